/**
 * Local partner names: fold, key and cluster the free-text names members give
 * for the local organisations they work with, so that "Karmojibi Nari",
 * "Karmojibi Nari (KN)" and "karmojibi-nari" are recognised as one organisation.
 */
import { foldText } from '../normalise/fold.js';

/** One mention of a local partner by a member. */
export interface PartnerMention {
  /** The name as the member wrote it. */
  readonly name: string;
  /** The member id that named it. */
  readonly member: string;
}

/**
 * A group of mentions that name the same local organisation.
 * @example
 * const [cluster]: PartnerCluster[] = clusterPartnerNames([
 *   { name: 'Sabuj Nari Kendra', member: 'UWS' },
 *   { name: 'Sabuj Nari Kendra (SNK)', member: 'VAW' },
 * ]);
 * cluster?.members; // => ['UWS', 'VAW']
 * cluster?.mentions; // => 2
 */
export interface PartnerCluster {
  /** The comparison key of the cluster (the key of its canonical variant). */
  readonly key: string;
  /** Display name: the most frequent variant; ties by shortest, then lexicographic. */
  readonly partner: string;
  /** Every distinct spelling seen (trimmed), sorted. */
  readonly variants: readonly string[];
  /** Distinct member ids that named it, sorted. */
  readonly members: readonly string[];
  /** Number of mentions (member x spelling occurrences). */
  readonly mentions: number;
}

/**
 * Options of {@link clusterPartnerNames} and {@link partnerNameKey}.
 *
 * @example
 * const options: PartnerNameOptions = { similarity: 0.9, minFuzzyLength: 8 };
 * clusterPartnerNames([], options); // => []
 */
export interface PartnerNameOptions {
  /**
   * Minimum similarity (1 - edit distance / longer length, on the keys without
   * spaces) for two different keys to be fused as spelling variants. Default 0.88.
   */
  readonly similarity?: number;
  /** Keys shorter than this (without spaces) are only fused on exact match. Default 8. */
  readonly minFuzzyLength?: number;
  /**
   * Legal-form words dropped at the start or end of a name (never in the middle,
   * never when nothing else would remain). Default {@link DEFAULT_LEGAL_FORMS}.
   */
  readonly legalForms?: readonly string[];
}

/**
 * Legal-form and filler words dropped at the edges of a partner name. Words that
 * are often a real part of a name ("association", "union", "trust", "society")
 * are deliberately absent.
 */
export const DEFAULT_LEGAL_FORMS: readonly string[] = Object.freeze([
  'the',
  'foundation',
  'stichting',
  'fundacion',
  'fondation',
  'fundacao',
  'ngo',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'plc',
  'pvt',
  'bv',
  'nv',
  'vzw',
  'asbl',
  'ev',
  'gmbh',
]);

/** Defaults of {@link PartnerNameOptions}. */
export const DEFAULT_PARTNER_NAME_OPTIONS = Object.freeze({
  similarity: 0.88,
  minFuzzyLength: 8,
  legalForms: DEFAULT_LEGAL_FORMS,
});

const TRAILING_PARENS = /\(([^()]*)\)\s*$/u;

function foldTokens(s: string): string[] {
  const folded = foldText(s);
  return folded === '' ? [] : folded.split(' ');
}

/** The folded key of a partner name and the acronym it carried in trailing parentheses, if any. */
export interface PartnerNameKey {
  /** Folded tokens joined by single spaces ('' for a name with no letters or digits). */
  readonly key: string;
  /** A trailing parenthesised single-token acronym, folded (e.g. 'kn'), or null. */
  readonly acronym: string | null;
}

/**
 * Compute the comparison key of a local partner name: Unicode NFKD with accents
 * removed, lowercase, `&` read as "and", apostrophes removed, punctuation and
 * hyphens as spaces; a trailing parenthesised single token (an acronym such as
 * "(KN)") is dropped and returned separately; legal-form words
 * ({@link DEFAULT_LEGAL_FORMS}) are dropped at the start and end while another
 * word remains.
 *
 * Cost: O(length of name).
 *
 * @example
 * partnerNameKey('Karmojibi Nari (KN)'); // => { key: 'karmojibi nari', acronym: 'kn' }
 * partnerNameKey('Stichting Awaj Foundation'); // => { key: 'awaj', acronym: null }
 * partnerNameKey('Foundation'); // => { key: 'foundation', acronym: null }
 */
export function partnerNameKey(name: string, options: PartnerNameOptions = {}): PartnerNameKey {
  const { legalForms = DEFAULT_PARTNER_NAME_OPTIONS.legalForms } = options;
  let text = name.trim();
  let acronym: string | null = null;
  const m = TRAILING_PARENS.exec(text);
  if (m) {
    const inner = foldTokens(m[1] ?? '');
    const before = foldTokens(text.slice(0, m.index));
    if (inner.length === 1 && (inner[0] ?? '').length <= 12 && before.length > 0) {
      acronym = inner[0] ?? null;
      text = text.slice(0, m.index);
    }
  }
  const tokens = foldTokens(text);
  const forms = new Set(legalForms.map((f) => foldTokens(f).join(' ')));
  while (tokens.length > 1 && forms.has(tokens[0] ?? '')) tokens.shift();
  while (tokens.length > 1 && forms.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  // "B.V." folds to "b v": drop a trailing two-letter legal form split by dots.
  if (tokens.length > 2 && forms.has(tokens.slice(-2).join(''))) tokens.splice(-2, 2);
  return { key: tokens.join(' '), acronym };
}

/** Edit distance of a and b, or max + 1 as soon as it certainly exceeds max. */
/**
 * Longest name (folded, without spaces) compared by edit distance; longer ones cluster only when
 * their keys are equal. Real organisation names are far shorter, and a 200,000-character name
 * would cost minutes per pair.
 */
const MAX_FUZZY_NAME_CHARS = 300;

function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? max + 1;
}

/** True when the tokens only one side has include a short token or a number ("Union A" vs "Union B"). */
function differsInShortToken(a: string, b: string): boolean {
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  const risky = (t: string): boolean => t.length <= 3 || /\d/.test(t);
  for (const t of ta) if (!tb.has(t) && risky(t)) return true;
  for (const t of tb) if (!ta.has(t) && risky(t)) return true;
  return false;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Group local partner mentions that name the same organisation. Two keys are
 * fused when (1) their keys are equal, (2) they are equal with spaces removed or
 * with their words sorted, (3) one name is exactly the acronym another carried in
 * parentheses ("KN" and "Karmojibi Nari (KN)"), or (4) they are near-identical
 * spellings: similarity >= `similarity` on keys of at least `minFuzzyLength`
 * characters, unless the differing words include a number or a word of three
 * letters or fewer ("Union A" vs "Union B" stay apart). Fusing is transitive.
 * Mentions whose name has no letters or digits are ignored.
 *
 * Cost: O(k^2 * L) for k distinct keys of length L (k is the number of distinct
 * names in one country, typically tens).
 *
 * @param mentions - each name as a member wrote it (order does not matter)
 * @param options - similarity threshold, minimum fuzzy length and legal-form words; defaults on {@link PartnerNameOptions}
 * @returns clusters sorted by number of members (desc), then display name
 * @example
 * clusterPartnerNames([
 *   { name: 'Karmojibi Nari', member: 'a' },
 *   { name: 'Karmojibi Nari (KN)', member: 'b' },
 *   { name: 'karmojibi-nari', member: 'c' },
 * ]);
 * // => [{ key: 'karmojibi nari', partner: 'Karmojibi Nari', members: ['a', 'b', 'c'], mentions: 3,
 * //       variants: ['Karmojibi Nari', 'Karmojibi Nari (KN)', 'karmojibi-nari'] }]
 */
export function clusterPartnerNames(
  mentions: readonly PartnerMention[],
  options: PartnerNameOptions = {},
): PartnerCluster[] {
  const {
    similarity = DEFAULT_PARTNER_NAME_OPTIONS.similarity,
    minFuzzyLength = DEFAULT_PARTNER_NAME_OPTIONS.minFuzzyLength,
  } = options;

  // Distinct keys (sorted, so the result does not depend on mention order).
  const keyOf = new Map<string, PartnerNameKey>();
  for (const m of mentions) {
    const raw = m.name.trim();
    if (!keyOf.has(raw)) keyOf.set(raw, partnerNameKey(raw, options));
  }
  const keys = [...new Set([...keyOf.values()].map((k) => k.key).filter((k) => k !== ''))].sort(byString);
  const index = new Map<string, number>(keys.map((k, i) => [k, i]));
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };

  // (2) same letters without spaces, or same words in another order.
  const byVariantForm = new Map<string, number>();
  keys.forEach((k, i) => {
    for (const form of [`c:${k.replace(/ /g, '')}`, `s:${k.split(' ').sort(byString).join(' ')}`]) {
      const j = byVariantForm.get(form);
      if (j === undefined) byVariantForm.set(form, i);
      else union(i, j);
    }
  });
  // (3) a name that is exactly another name's parenthesised acronym.
  for (const k of [...keyOf.values()].sort((a, b) => byString(a.key, b.key))) {
    if (k.acronym === null || k.key === '') continue;
    const j = index.get(k.acronym);
    const i = index.get(k.key);
    if (i !== undefined && j !== undefined) union(i, j);
  }
  // (4) near-identical spellings (names of a normal length: the distance costs length x band).
  const compact = keys.map((k) => k.replace(/ /g, ''));
  const fuzzy = (s: string) => s.length >= minFuzzyLength && s.length <= MAX_FUZZY_NAME_CHARS;
  for (let i = 0; i < keys.length; i++) {
    const a = compact[i] ?? '';
    if (!fuzzy(a)) continue;
    for (let j = i + 1; j < keys.length; j++) {
      const b = compact[j] ?? '';
      if (!fuzzy(b)) continue;
      const longer = Math.max(a.length, b.length);
      const maxDistance = Math.floor((1 - similarity) * longer + 1e-9);
      if (maxDistance < 1 || Math.abs(a.length - b.length) > maxDistance) continue;
      if (find(i) === find(j)) continue;
      if (boundedLevenshtein(a, b, maxDistance) > maxDistance) continue;
      if (differsInShortToken(keys[i] ?? '', keys[j] ?? '')) continue;
      union(i, j);
    }
  }

  // Collect mentions per cluster root.
  interface Acc {
    counts: Map<string, number>;
    members: Set<string>;
    mentions: number;
  }
  const acc = new Map<number, Acc>();
  for (const m of mentions) {
    const raw = m.name.trim();
    const k = keyOf.get(raw);
    if (!k || k.key === '') continue;
    const root = find(index.get(k.key) ?? 0);
    let a = acc.get(root);
    if (!a) {
      a = { counts: new Map(), members: new Set(), mentions: 0 };
      acc.set(root, a);
    }
    a.counts.set(raw, (a.counts.get(raw) ?? 0) + 1);
    a.members.add(m.member);
    a.mentions += 1;
  }
  const clusters: PartnerCluster[] = [];
  for (const a of acc.values()) {
    const variants = [...a.counts.keys()].sort(byString);
    const partner = [...variants].sort(
      (x, y) => (a.counts.get(y) ?? 0) - (a.counts.get(x) ?? 0) || x.length - y.length || byString(x, y),
    )[0] as string;
    clusters.push({
      key: keyOf.get(partner)?.key ?? partner,
      partner,
      variants,
      members: [...a.members].sort(byString),
      mentions: a.mentions,
    });
  }
  return clusters.sort((x, y) => y.members.length - x.members.length || byString(x.partner, y.partner));
}
