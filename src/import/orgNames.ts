/**
 * De-duplication of organisation names met in public data (IATI, OCHA 3W): spellings that
 * differ in case, spaces, accents, a `(ACRONYM)` suffix, a "Stichting" prefix, a legal form or
 * a near-typo are folded into one organisation, with a report a user can override.
 * @module
 */

import { editDistance } from '../normalise/editDistance.js';
import { foldText } from '../normalise/fold.js';
import { DEFAULT_IMPORT_OPTIONS, type MergeReason } from './types.js';

/** One distinct spelling of an organisation as met in the input. */
export interface OrgSpelling {
  /** The name as written (it is trimmed and inner whitespace collapsed here). */
  readonly name: string;
  /** An acronym from a separate column, if any. */
  readonly acronym?: string | null;
  /** An authoritative identifier (IATI org ref), if any: equal refs always merge, different refs never. */
  readonly ref?: string | null;
  /** How many input rows used this spelling (the most used spelling names the organisation). */
  readonly count: number;
}

/** One organisation after de-duplication. */
export interface OrgCluster {
  /** Display name: the most used spelling, or the user's canonical name. */
  readonly canonical: string;
  /** Indexes (into the input array) of the spellings it holds, ascending. */
  readonly members: readonly number[];
  /** Every distinct cleaned spelling, canonical first, then sorted. */
  readonly spellings: readonly string[];
  /** The most used acronym (column or `(ACR)` suffix), or null. */
  readonly acronym: string | null;
  /** Every distinct acronym (compared folded; the most used way of writing each), sorted. */
  readonly acronyms: readonly string[];
  /** The most used ref, or null. */
  readonly ref: string | null;
  /** Weakest evidence used, or null for a single spelling with at most one acronym. */
  readonly reason: MergeReason | null;
  /** Sum of the spellings' counts. */
  readonly count: number;
}

/** Options of {@link clusterOrgNames}; see CommonImportOptions for the meaning and defaults. */
export interface ClusterOptions {
  readonly fuzzyThreshold?: number;
  readonly acronymThreshold?: number;
  readonly merge?: Readonly<Record<string, string>>;
  /** Shortest compact key (letters and digits only) that may be matched as a near-typo. Default 8. */
  readonly minFuzzyLength?: number;
}

/**
 * Default of {@link ClusterOptions.minFuzzyLength}: shorter names (acronyms like 'UNHCR' and
 * 'UNICEF') are never matched as near-typos.
 *
 * @example
 * clusterOrgNames(names, { minFuzzyLength: MIN_FUZZY_NAME_LENGTH + 2 });
 */
export const MIN_FUZZY_NAME_LENGTH = 8;

/** Words dropped at the start of a folded name. */
const LEADING_WORDS = ['stichting', 'the', 'vereniging'];
/** Legal forms dropped at the end of a folded name (folded, so 'e.V.' is 'e v'). */
const TRAILING_FORMS = [
  'inc',
  'ltd',
  'limited',
  'llc',
  'plc',
  'e v',
  'ev',
  'b v',
  'bv',
  'gmbh',
  'ggmbh',
  'asbl',
  'vzw',
  'n v',
  'nv',
];
/** A trailing parenthesised acronym: "DanChurchAid (DCA)". */
const ACRONYM_SUFFIX = /^(.*\S)\s*\(\s*([^()]{1,15}?)\s*\)$/u;

const RANK: Readonly<Record<MergeReason, number>> = {
  ref: 0,
  spelling: 1,
  acronym: 2,
  fuzzy: 3,
  override: 4,
};

/**
 * Trim and collapse inner whitespace.
 *
 * @example
 * cleanName('  Asal  Chimekee Nepal '); // => 'Asal Chimekee Nepal'
 */
export function cleanName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim();
}

/**
 * Split "Name (ACR)" into name and acronym when the part in parentheses looks like an acronym
 * (at most two words, with a capital letter or digit).
 *
 * @example
 * splitAcronym('DanChurchAid (DCA)'); // => { base: 'DanChurchAid', acronym: 'DCA' }
 * splitAcronym('Plan (the one in Kenya)'); // => { base: 'Plan (the one in Kenya)', acronym: null }
 */
export function splitAcronym(name: string): { base: string; acronym: string | null } {
  const m = ACRONYM_SUFFIX.exec(name);
  if (!m) return { base: name, acronym: null };
  const inner = m[2]!;
  // An acronym has no more than two words and at least one capital letter or digit.
  if (inner.split(' ').length > 2 || !/[\p{Lu}\d]/u.test(inner)) return { base: name, acronym: null };
  return { base: m[1]!, acronym: inner };
}

/**
 * The comparison key of an organisation name: folded (case, accents, punctuation), a trailing
 * `(ACRONYM)` removed, leading "Stichting" / "The" / "Vereniging" and trailing legal forms
 * (Inc, Ltd, e.V., B.V., gGmbH, ...) removed. Never empty for a non-empty name (falls back to
 * the plain fold).
 *
 * @example
 * orgNameKey('Stichting Plan Nederland'); // => 'plan nederland'
 * orgNameKey('International Rescue Committee Inc.'); // => 'international rescue committee'
 * orgNameKey('DanChurchAid (DCA)'); // => 'danchurchaid'
 */
export function orgNameKey(name: string): string {
  const { base } = splitAcronym(cleanName(name));
  let key = foldText(base);
  for (const word of LEADING_WORDS) {
    if (key.startsWith(`${word} `)) key = key.slice(word.length + 1);
  }
  for (const form of TRAILING_FORMS) {
    if (key.endsWith(` ${form}`)) {
      key = key.slice(0, -(form.length + 1));
      break;
    }
  }
  return key === '' ? foldText(name) : key;
}

/** Key of an acronym: folded without spaces ('AAH/ACF' -> 'aahacf'). */
function acronymKey(acronym: string | null | undefined): string {
  return acronym ? foldText(acronym).replace(/ /g, '') : '';
}

interface Node {
  readonly index: number;
  readonly display: string;
  readonly folded: string;
  readonly key: string;
  readonly compact: string;
  readonly acronym: string | null;
  readonly acronymKey: string;
  readonly ref: string | null;
  readonly count: number;
}

/** Union-find over node indexes with per-set refs and acronyms, refusing merges that conflict. */
class Groups {
  private readonly parent: number[];
  private readonly refs: Set<string>[];
  private readonly acronyms: Set<string>[];
  readonly reason: (MergeReason | null)[];

  constructor(nodes: readonly Node[]) {
    this.parent = nodes.map((_, i) => i);
    this.refs = nodes.map((n) => new Set(n.ref ? [n.ref] : []));
    this.acronyms = nodes.map((n) => new Set(n.acronymKey ? [n.acronymKey] : []));
    this.reason = nodes.map(() => null);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j]!;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }

  /** Merge the sets of a and b unless their refs (or, when `strictAcronyms`, their acronyms) conflict. */
  union(a: number, b: number, reason: MergeReason, strictAcronyms: boolean): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (reason !== 'ref' && disjoint(this.refs[ra]!, this.refs[rb]!)) return false;
    if (strictAcronyms && disjoint(this.acronyms[ra]!, this.acronyms[rb]!)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const r of this.refs[child]!) this.refs[root]!.add(r);
    for (const x of this.acronyms[child]!) this.acronyms[root]!.add(x);
    this.reason[root] = weakest(weakest(this.reason[root]!, this.reason[child]!), reason);
    return true;
  }
}

/** True when both sets are non-empty and share nothing. */
function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function weakest(a: MergeReason | null, b: MergeReason | null): MergeReason | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toNode(s: OrgSpelling, index: number): Node {
  const display = cleanName(s.name);
  const split = splitAcronym(display);
  const acronym = s.acronym && cleanName(s.acronym) !== '' ? cleanName(s.acronym) : split.acronym;
  const key = orgNameKey(display);
  const ref = s.ref && s.ref.trim() !== '' ? s.ref.trim() : null;
  return {
    index,
    display,
    folded: foldText(display),
    key,
    compact: key.replace(/ /g, ''),
    acronym,
    acronymKey: acronymKey(acronym),
    ref,
    count: s.count,
  };
}

function bucketPush<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Whether two names are within `threshold` of each other: the optimal-string-alignment distance
 * of their compact keys (spaces removed) divided by the longer length. Cut off early, so the cost
 * is about O(length x allowed edits).
 */
function withinDistance(a: Node, b: Node, threshold: number): boolean {
  const longer = Math.max(a.compact.length, b.compact.length);
  const allowed = Math.floor(threshold * longer + 1e-9);
  return editDistance(a.compact, b.compact, allowed) <= allowed;
}

/**
 * Cluster organisation spellings into organisations.
 *
 * Rules, in order (each merge is refused when the two groups carry different refs; the fuzzy
 * rule also refuses groups with different acronyms):
 * 1. `ref`: the same non-empty ref (IATI organisation identifier).
 * 2. `spelling`: the same `orgNameKey` (case, spaces, accents, punctuation, a `(ACR)`
 *    suffix, "Stichting"/"The", legal forms).
 * 3. `acronym`: the same acronym (column or `(ACR)` suffix, compared without spaces) and names
 *    within `acronymThreshold` (or one name is just the acronym); or a spelling without an
 *    acronym that is exactly the acronym of exactly one other group ("ACF" and
 *    "Action Contre la Faim (ACF)").
 * 4. `fuzzy`: names within `fuzzyThreshold` (optimal-string-alignment distance of the keys with
 *    spaces removed / longer length), both at least `minFuzzyLength` letters long, and sharing
 *    their first or last three letters (the blocking that keeps this fast).
 * 5. `override`: the user's `merge` map, applied last (see CommonImportOptions.merge).
 *
 * Deterministic: the canonical name is the spelling with the highest count (ties: one without a
 * "Stichting"/"The" prefix or legal-form suffix, then the longer, then smaller in code-unit
 * order); clusters are returned sorted by folded canonical name.
 *
 * Cost: O(n) hashing for rules 1-3 plus the same-acronym pairs; rule 4 compares the pairs
 * within each block with a cut-off edit distance, O(name length x allowed edits) per pair.
 *
 * @param spellings - each distinct spelling with its number of rows (the most used spelling names the cluster)
 * @param options - thresholds and `merge` overrides; defaults in {@link DEFAULT_IMPORT_OPTIONS}
 * @example
 * const clusters = clusterOrgNames([
 *   { name: 'DAN Chruch Aid (DCA)', count: 3 },
 *   { name: 'DanChurchAid (DCA)', count: 5 },
 *   { name: 'Batas Foundation', count: 2 },
 *   { name: 'Batas foundation ', count: 1 },
 * ]);
 * clusters.map((c) => [c.canonical, c.reason]);
 * // => [['Batas Foundation', 'spelling'], ['DanChurchAid (DCA)', 'acronym']]
 */
export function clusterOrgNames(
  spellings: readonly OrgSpelling[],
  options: ClusterOptions = {},
): OrgCluster[] {
  const {
    fuzzyThreshold = DEFAULT_IMPORT_OPTIONS.fuzzyThreshold,
    acronymThreshold = DEFAULT_IMPORT_OPTIONS.acronymThreshold,
    merge = {},
    minFuzzyLength = MIN_FUZZY_NAME_LENGTH,
  } = options;
  const nodes = spellings.map(toNode);
  const groups = new Groups(nodes);

  // 1. refs
  const byRef = new Map<string, number[]>();
  for (const n of nodes) if (n.ref) bucketPush(byRef, n.ref, n.index);
  for (const list of byRef.values()) for (const i of list.slice(1)) groups.union(list[0]!, i, 'ref', false);

  // 2. folded key
  const byKey = new Map<string, number[]>();
  for (const n of nodes) bucketPush(byKey, n.key, n.index);
  for (const list of byKey.values()) {
    for (const i of list.slice(1)) groups.union(list[0]!, i, 'spelling', false);
  }

  // 3. acronyms
  const byAcronym = new Map<string, number[]>();
  for (const n of nodes) if (n.acronymKey.length >= 2) bucketPush(byAcronym, n.acronymKey, n.index);
  for (const list of byAcronym.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x]!]!;
        const b = nodes[list[y]!]!;
        const nameIsAcronym = a.compact === a.acronymKey || b.compact === b.acronymKey;
        if (nameIsAcronym || withinDistance(a, b, acronymThreshold)) {
          groups.union(a.index, b.index, 'acronym', false);
        }
      }
    }
  }
  for (const n of nodes) {
    if (n.acronymKey !== '' || n.compact.length < 2) continue;
    const owners = byAcronym.get(n.compact);
    if (!owners) continue;
    const roots = new Set(owners.map((i) => groups.find(i)));
    if (roots.size === 1) groups.union(n.index, owners[0]!, 'acronym', false);
  }

  // 4. near-typos, blocked by first and last three letters of the compact key
  const blocks = new Map<string, number[]>();
  for (const n of nodes) {
    if (n.compact.length < minFuzzyLength) continue;
    bucketPush(blocks, `^${n.compact.slice(0, 3)}`, n.index);
    bucketPush(blocks, `$${n.compact.slice(-3)}`, n.index);
  }
  const tried = new Set<string>();
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x]!]!;
        const b = nodes[list[y]!]!;
        if (groups.find(a.index) === groups.find(b.index)) continue;
        const pair = a.index < b.index ? `${a.index},${b.index}` : `${b.index},${a.index}`;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (withinDistance(a, b, fuzzyThreshold)) groups.union(a.index, b.index, 'fuzzy', true);
      }
    }
  }

  // Automatic groups, then 5. overrides.
  const label = new Map<number, string>();
  const reasonOf = new Map<string, MergeReason | null>();
  const forcedName = new Map<string, string>();
  for (const n of nodes) {
    const root = groups.find(n.index);
    label.set(n.index, `auto:${root}`);
    reasonOf.set(`auto:${root}`, groups.reason[root] ?? null);
  }
  const overrides = Object.keys(merge)
    .sort(cmp)
    .map((variant) => ({ variant: foldText(variant), target: merge[variant]! }));
  for (const { variant, target } of overrides) {
    if (foldText(target) !== 'keep') continue;
    for (const n of nodes) if (n.folded === variant) label.set(n.index, `keep:${variant}`);
  }
  for (const { variant, target } of overrides) {
    const foldedTarget = foldText(target);
    if (foldedTarget === 'keep' || foldedTarget === '') continue;
    const anchor = nodes.find((n) => n.folded === foldedTarget && n.folded !== variant);
    const targetLabel = anchor ? label.get(anchor.index)! : `user:${foldedTarget}`;
    if (!anchor) forcedName.set(targetLabel, cleanName(target));
    let moved = false;
    for (const n of nodes) {
      if (n.folded === variant && label.get(n.index) !== targetLabel) {
        label.set(n.index, targetLabel);
        moved = true;
      }
    }
    if (moved) reasonOf.set(targetLabel, 'override');
  }

  const byLabel = new Map<string, Node[]>();
  for (const n of nodes) bucketPush(byLabel, label.get(n.index)!, n);
  const clusters: OrgCluster[] = [];
  for (const [lab, list] of byLabel) {
    clusters.push(buildCluster(list, forcedName.get(lab) ?? null, reasonOf.get(lab) ?? null));
  }
  // Sort by folded name, then name, ref, acronyms and spellings: independent of input order.
  const sortKey = new Map(
    clusters.map(
      (c) =>
        [
          c,
          [
            foldText(c.canonical),
            c.canonical,
            c.ref ?? '',
            c.acronyms.join('\u0000'),
            c.spellings.join('\u0000'),
          ],
        ] as const,
    ),
  );
  clusters.sort((a, b) => {
    const ka = sortKey.get(a)!;
    const kb = sortKey.get(b)!;
    for (let i = 0; i < ka.length; i++) {
      const d = cmp(ka[i]!, kb[i]!);
      if (d !== 0) return d;
    }
    return 0;
  });
  return clusters;
}

/** The value with the highest total count (ties: smaller string). */
function mostUsed(values: readonly (readonly [string | null, number])[]): string | null {
  const totals = new Map<string, number>();
  for (const [v, c] of values) if (v !== null) totals.set(v, (totals.get(v) ?? 0) + c);
  let best: string | null = null;
  let bestCount = -1;
  for (const [v, c] of [...totals].sort((a, b) => cmp(a[0], b[0]))) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function buildCluster(list: readonly Node[], forced: string | null, reason: MergeReason | null): OrgCluster {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n.display, (counts.get(n.display) ?? 0) + n.count);
  // Most used first; ties: a spelling without "Stichting"/"The"/legal-form noise, then the longer, then code-unit order.
  const noisy = (name: string): number => (foldText(splitAcronym(name).base) === orgNameKey(name) ? 0 : 1);
  const ranked = [...counts].sort(
    (a, b) => b[1] - a[1] || noisy(a[0]) - noisy(b[0]) || b[0].length - a[0].length || cmp(a[0], b[0]),
  );
  const canonical = forced ?? ranked[0]![0];
  const others = [...counts.keys()].filter((s) => s !== canonical).sort(cmp);
  const byAcronymKey = new Map<string, [string, number][]>();
  for (const n of list) if (n.acronym !== null) bucketPush(byAcronymKey, n.acronymKey, [n.acronym, n.count]);
  const acronyms = [...byAcronymKey.values()].map((pairs) => mostUsed(pairs)!).sort(cmp);
  const distinct = others.length > 0 || acronyms.length > 1 || forced !== null;
  return {
    canonical,
    members: list.map((n) => n.index).sort((a, b) => a - b),
    spellings: [canonical, ...others],
    acronym: mostUsed(list.map((n) => [n.acronym, n.count] as const)),
    acronyms,
    ref: mostUsed(list.map((n) => [n.ref, n.count] as const)),
    reason: distinct ? (reason ?? 'spelling') : null,
    count: list.reduce((s, n) => s + n.count, 0),
  };
}
