/**
 * Members of a recommendation that already work together in its country (geography.csv
 * `works_with`): how much that lowers the item's priority, and the sentence that says who.
 */
import type { Lang } from '../lang.js';
import type { PartnershipIndex } from './partnershipIndex.js';
import { TOGETHER_WEIGHT } from './rank.js';
import { joinList } from './rationale.js';

/**
 * The priority factor for members that already work together in the country: from 1 (no pair of
 * them does) down to TOGETHER_WEIGHT (every pair does), in proportion to the share of their pairs
 * that do (IIED, IDS and LSHTM of one consortium with two other members: 3 of 10 pairs, 0.85).
 *
 * @example
 * togetherFactor(['A', 'B'], 'KE', index); // => 0.5 when A names B in works_with in Kenya, else 1
 */
export function togetherFactor(
  members: readonly string[],
  country: string | null,
  index: PartnershipIndex,
): number {
  if (country === null || members.length < 2 || !index.namesWorksWith) return 1;
  // A member named twice is one member: its pairs count once.
  const distinct = [...new Set(members)];
  let pairs = 0;
  let together = 0;
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      pairs++;
      if (index.worksWith(distinct[i]!, distinct[j]!, country)) together++;
    }
  }
  if (together === 0) return 1;
  return together === pairs ? TOGETHER_WEIGHT : 1 - ((1 - TOGETHER_WEIGHT) * together) / pairs;
}

/** The sentences in each language: all members together, a group of three or more, one member with others. */
const SENTENCES: Readonly<
  Record<
    Lang,
    { all: string; group: (names: string) => string; star: (name: string, others: string) => string }
  >
> = {
  en: {
    all: ' They already work together there: build on that.',
    group: (names) => ` ${names} already work together there.`,
    star: (name, others) => ` ${name} already works with ${others} there.`,
  },
  nl: {
    all: ' Ze werken daar al samen: bouw daarop voort.',
    group: (names) => ` ${names} werken daar al samen.`,
    star: (name, others) => ` ${name} werkt daar al samen met ${others}.`,
  },
};

/** Above this many members the groups of three or more are not searched (every subset is tried). */
const MAX_GROUP_SEARCH = 12;

/**
 * What a rationale adds about an item's members that already work together in its country: one
 * sentence when all of them do; else the groups of three or more in which everyone works with
 * everyone, then, member by member (most links first), whom each works with among the rest.
 *
 * @example
 * togetherText(['A', 'B', 'C'], 'KE', 1 - 0.5 / 3, index, 'en'); // => ' Alpha already works with Beta there.'
 */
export function togetherText(
  members: readonly string[],
  country: string | null,
  factor: number,
  index: PartnershipIndex,
  lang: Lang,
): string {
  const say = SENTENCES[lang];
  if (factor === TOGETHER_WEIGHT) return say.all;
  if (factor === 1 || country === null) return '';
  const k = members.length;
  const linked = (i: number, j: number) => index.worksWith(members[i]!, members[j]!, country);
  const open = new Set<number>();
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (linked(i, j)) open.add(i * k + j);
  const name = (i: number) => index.name(members[i]!);
  let text = '';
  for (const group of k <= MAX_GROUP_SEARCH ? cliques(k, linked, open) : []) {
    text += say.group(joinList(group.map(name), lang));
  }
  while (open.size > 0) {
    const degree = (i: number) =>
      members.filter((_, j) => open.has(Math.min(i, j) * k + Math.max(i, j))).length;
    let hub = 0;
    for (let i = 1; i < k; i++) if (degree(i) > degree(hub)) hub = i;
    const others = members.flatMap((_, j) => (open.has(Math.min(hub, j) * k + Math.max(hub, j)) ? [j] : []));
    for (const j of others) open.delete(Math.min(hub, j) * k + Math.max(hub, j));
    text += say.star(name(hub), joinList(others.map(name), lang));
  }
  return text;
}

/**
 * Groups of three or more members in which every pair works together, largest first, each
 * covering at least one pair not yet said (the pairs they cover leave `open`).
 */
function cliques(k: number, linked: (i: number, j: number) => boolean, open: Set<number>): number[][] {
  const all: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) {
    const group = [...Array(k).keys()].filter((i) => mask & (1 << i));
    if (group.length < 3) continue;
    if (group.every((i, a) => group.slice(a + 1).every((j) => linked(i, j)))) all.push(group);
  }
  all.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const out: number[][] = [];
  for (const group of all) {
    const pairs = group.flatMap((i, a) => group.slice(a + 1).map((j) => i * k + j));
    if (!pairs.some((p) => open.has(p))) continue;
    for (const p of pairs) open.delete(p);
    out.push(group);
  }
  return out;
}
