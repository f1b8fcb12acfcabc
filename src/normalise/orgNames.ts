/**
 * Organisation names: the one clusterer of the library. Spellings of an organisation that differ
 * in case, spaces, accents, punctuation, a `(ACRONYM)` suffix, a legal form ("Stichting",
 * "Foundation", "e.V.", "Ltd") or a near-typo are folded into one organisation. The importers use
 * it for the organisations of IATI and 3W data (clusterOrgNames in orgClusters.ts, which adds the
 * rules of refs, official names and overrides); the country views use it for the local partners
 * members name ({@link clusterPartnerNames}).
 * @module
 */
import { withoutCountryNames } from './countries.js';
import { editDistance } from './editDistance.js';
import { foldRemembered, foldText } from './fold.js';
import { isoAlpha3 } from './isoCountries.js';
import { cmp } from './issue.js';
import { remember } from './memo.js';

/** Why two or more organisation spellings were folded into one organisation. */
export type MergeReason =
  /** Same IATI organisation identifier (ref). */
  | 'ref'
  /** Same name key (case, accents, punctuation, a `(ACRONYM)` suffix, legal forms, spaces, word order). */
  | 'spelling'
  /** Same acronym and similar names, or one spelling is the other's acronym. */
  | 'acronym'
  /** A near-typo of a name (small edit distance), no conflicting acronym or ref. */
  | 'fuzzy'
  /** The user's `merge` option. */
  | 'override';

/** One distinct spelling of an organisation as met in the input. */
export interface OrgSpelling {
  /** The name as written (it is trimmed and inner whitespace collapsed here). */
  readonly name: string;
  /** An acronym from a separate column, if any. */
  readonly acronym?: string | null;
  /**
   * An identifier (IATI org ref), if any: equal refs always merge; different identifying refs
   * never (see {@link clusterOrgNames} for which refs identify).
   */
  readonly ref?: string | null;
  /** How many input rows used this spelling (the most used spelling names the organisation). */
  readonly count: number;
}

/** One organisation after de-duplication. */
export interface OrgCluster {
  /** Display name: the most used spelling (see {@link clusterOrgNames}), or the user's canonical name. */
  readonly canonical: string;
  /** Indexes (into the input array) of the spellings it holds, ascending. */
  readonly members: readonly number[];
  /** Every distinct cleaned spelling, canonical first, then sorted. */
  readonly spellings: readonly string[];
  /** The most used acronym (column or `(ACR)` suffix), or null. */
  readonly acronym: string | null;
  /** Every distinct acronym (compared folded; the most used way of writing each), sorted. */
  readonly acronyms: readonly string[];
  /** The most used identifying ref, else the most used ref, or null. */
  readonly ref: string | null;
  /** Weakest evidence used, or null for a single spelling with at most one acronym. */
  readonly reason: MergeReason | null;
  /** Sum of the spellings' counts. */
  readonly count: number;
}

/**
 * Options of {@link clusterOrgNames}. Defaults in {@link DEFAULT_ORG_NAME_OPTIONS}.
 *
 * @example
 * const options: ClusterOptions = { fuzzyThreshold: 0.12, merge: { 'SDC Humanitarian Aid': 'SDC' } };
 * clusterOrgNames([{ name: 'SDC Humanitarian Aid', count: 1 }], options)[0]?.canonical; // => 'SDC'
 */
export interface ClusterOptions {
  /**
   * Highest normalised edit distance (0-1) at which two names without conflicting acronyms are
   * near-typos of each other, compared with spaces removed.
   */
  readonly fuzzyThreshold?: number;
  /** Highest normalised edit distance at which two names with the same acronym are merged. */
  readonly acronymThreshold?: number;
  /**
   * Overrides: variant spelling -> canonical name, or 'keep' to keep the variant as its own
   * organisation. A canonical name that matches no spelling becomes the display name of a new
   * organisation holding every variant mapped to it. Compared folded.
   */
  readonly merge?: Readonly<Record<string, string>>;
  /** Shortest compact key (letters and digits only) that may be matched as a near-typo. */
  readonly minFuzzyLength?: number;
  /** Legal-form and filler words dropped at the start or end of a name. */
  readonly legalForms?: readonly string[];
  /**
   * Official names by ref (e.g. from the IATI ReportingOrganisation codelist): an organisation
   * holding a spelling with a listed ref is named so instead of its most used spelling (refs
   * compared trimmed and case-blind; with several listed refs, the most used one's name). A
   * `merge` override that names the organisation wins. Default none.
   */
  readonly officialNames?: Readonly<Record<string, string>>;
}

/**
 * Legal-form and filler words dropped at the edges of an organisation name (never in the
 * middle, never when nothing else would remain). Words that are often a real part of a name
 * ("association", "union", "trust", "society") are deliberately absent. Two-letter forms written
 * with dots ("B.V.", "e.V.", "N.V.") are matched too.
 *
 * @example
 * DEFAULT_LEGAL_FORMS.includes('stichting'); // => true
 */
export const DEFAULT_LEGAL_FORMS: readonly string[] = Object.freeze([
  'the',
  'stichting',
  'vereniging',
  'foundation',
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
  'ggmbh',
]);

/**
 * Defaults of {@link ClusterOptions}: 1 edit in 10 letters for a near-typo, 0.35 for names that
 * share an acronym, names of 8 letters or more for near-typos, {@link DEFAULT_LEGAL_FORMS}.
 *
 * @example
 * DEFAULT_ORG_NAME_OPTIONS.fuzzyThreshold; // => 0.1
 */
export const DEFAULT_ORG_NAME_OPTIONS = Object.freeze({
  fuzzyThreshold: 0.1,
  acronymThreshold: 0.35,
  minFuzzyLength: 8,
  legalForms: DEFAULT_LEGAL_FORMS,
});

/**
 * Default of {@link ClusterOptions.minFuzzyLength}: shorter names (acronyms like 'UNHCR' and
 * 'UNICEF') are never matched as near-typos.
 *
 * @example
 * clusterOrgNames([{ name: 'UNHCR', count: 1 }, { name: 'UNHRC', count: 1 }], { minFuzzyLength: MIN_FUZZY_NAME_LENGTH }).length; // => 2
 */
export const MIN_FUZZY_NAME_LENGTH = DEFAULT_ORG_NAME_OPTIONS.minFuzzyLength;

/** A trailing parenthesised part: "DanChurchAid (DCA)". */
const PAREN_SUFFIX = /^(.*\S)\s*\(\s*([^()]*?)\s*\)\s*$/u;

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
 * Split "Name (ACR)" into name and acronym when the part in parentheses looks like an acronym:
 * one word (no spaces) of at most 15 characters with a letter or digit, after a non-empty name.
 *
 * @example
 * splitAcronym('DanChurchAid (DCA)'); // => { base: 'DanChurchAid', acronym: 'DCA' }
 * splitAcronym('Awaj (Dhaka office)'); // => { base: 'Awaj (Dhaka office)', acronym: null }
 */
export function splitAcronym(name: string): { base: string; acronym: string | null } {
  const m = PAREN_SUFFIX.exec(name);
  if (!m) return { base: name, acronym: null };
  const inner = m[2]!;
  if (inner === '' || inner.length > 15 || /\s/u.test(inner) || foldText(inner) === '') {
    return { base: name, acronym: null };
  }
  if (foldText(m[1]!) === '') return { base: name, acronym: null };
  return { base: m[1]!, acronym: inner };
}

/** Folded legal forms as token lists, cached per list. */
const formCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function formSet(forms: readonly string[]): ReadonlySet<string> {
  let set = formCache.get(forms);
  if (!set) {
    set = new Set(forms.map((f) => foldText(f)).filter((f) => f !== ''));
    formCache.set(forms, set);
  }
  return set;
}

/** Drop legal forms at both ends while another word remains; "b v" (B.V.) counts as "bv". */
function stripForms(tokens: string[], forms: ReadonlySet<string>): string[] {
  const out = [...tokens];
  for (;;) {
    const n = out.length;
    if (n > 1 && forms.has(out[0]!)) out.shift();
    else if (n > 1 && forms.has(out[n - 1]!)) out.pop();
    else if (
      n > 2 &&
      out[n - 1]!.length === 1 &&
      out[n - 2]!.length === 1 &&
      forms.has(out[n - 2]! + out[n - 1]!)
    )
      out.splice(-2, 2);
    else return out;
  }
}

/** The folded key of an organisation name and the acronym it carried in trailing parentheses. */
export interface OrgNameParts {
  /** Folded words without the acronym suffix and legal forms ('' for a name without letters or digits). */
  readonly key: string;
  /** The parenthesised acronym as written (e.g. 'KN'), or null. */
  readonly acronym: string | null;
}

/**
 * Key and acronym of an organisation name: folded (case, accents, punctuation, `&` as "and"),
 * a trailing one-word `(ACRONYM)` removed, legal forms ({@link DEFAULT_LEGAL_FORMS}) removed at
 * the start and end while another word remains.
 *
 * Cost: O(length of name).
 *
 * @param name - the name as written
 * @param legalForms - words dropped at the edges; default {@link DEFAULT_LEGAL_FORMS}
 * @example
 * orgNameParts('Stichting Awaj Foundation (SAF)'); // => { key: 'awaj', acronym: 'SAF' }
 */
export function orgNameParts(
  name: string,
  legalForms: readonly string[] = DEFAULT_LEGAL_FORMS,
): OrgNameParts {
  const { base, acronym } = splitAcronym(cleanName(name));
  const folded = foldText(base);
  if (folded === '') return { key: '', acronym };
  return { key: stripForms(folded.split(' '), formSet(legalForms)).join(' '), acronym };
}

// Memos (see memo.ts): a baseline clusters the local partner names of every country and area in
// a call of its own, the same names come back in each, and one call folds a name several times
// (its key, its sort key, its display rank).
const cleanedNames = new Map<string, string>();
const wordSortedKeys = new Map<string, string>();

/** foldText of a name, remembered. */
const foldName = foldRemembered;
/** cleanName of a name, remembered. */
const cleanedName = (name: string): string => remember(cleanedNames, name, cleanName);
/** A key with its words sorted (the spelling rule's word-order key), remembered. */
const wordSorted = (key: string): string =>
  remember(wordSortedKeys, key, (k) => k.split(' ').sort(cmp).join(' '));

const partsMemo = new WeakMap<readonly string[], Map<string, OrgNameParts>>();

/** orgNameParts, remembered per legal-form list and name (as {@link foldName}); the result is shared, never changed. */
function memoParts(name: string, legalForms: readonly string[]): OrgNameParts {
  let memo = partsMemo.get(legalForms);
  if (memo === undefined) {
    memo = new Map();
    partsMemo.set(legalForms, memo);
  }
  return remember(memo, name, (n) => orgNameParts(n, legalForms));
}

/**
 * The comparison key of an organisation name ({@link orgNameParts} without the acronym): never
 * empty for a name with a letter or digit.
 *
 * @example
 * orgNameKey('Stichting Plan Nederland'); // => 'plan nederland'
 * orgNameKey('International Rescue Committee Inc.'); // => 'international rescue committee'
 * orgNameKey('DanChurchAid (DCA)'); // => 'danchurchaid'
 */
export function orgNameKey(name: string, legalForms: readonly string[] = DEFAULT_LEGAL_FORMS): string {
  const { key } = orgNameParts(name, legalForms);
  return key === '' ? foldText(name) : key;
}

/**
 * The family key of an organisation name: its {@link orgNameKey} without country names and
 * without a last word that is a country code ('SNV Rwanda' -> 'snv', 'Save the Children
 * Netherlands' -> 'save the children', 'Amref Health Africa - UK' -> 'amref health africa');
 * see {@link sameFamily}.
 *
 * @example
 * orgFamilyKey('Sightsavers (GB-CHC-207544)'); // => 'sightsavers'
 * orgFamilyKey('Save the Children Netherlands'); // => 'save the children'
 * orgFamilyKey('Amref Health Africa NL'); // => 'amref health africa'
 */
export function orgFamilyKey(name: string): string {
  const words = withoutCountryNames(orgNameKey(name)).split(' ');
  const last = words.at(-1) ?? '';
  if (words.length > 1 && last.length === 2 && (last === 'uk' || isoAlpha3(last.toUpperCase()) !== undefined))
    words.pop();
  return words.join(' ');
}

/**
 * Whether two family keys ({@link orgFamilyKey}) name one organisation family: equal, or one is
 * the other's first words ('snv' and 'snv development organisation', 'save the children' and
 * 'save the children uk'). Sister organisations are not told to coordinate with each other.
 *
 * @example
 * sameFamily(orgFamilyKey('SNV Rwanda'), orgFamilyKey('SNV Netherlands Development Organisation')); // => true
 * sameFamily(orgFamilyKey('Oxford Policy Management'), orgFamilyKey('University of Oxford')); // => false
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short} `);
}

/** Key of an acronym: folded without spaces ('AAH/ACF' -> 'aahacf'). */
function acronymKey(acronym: string | null | undefined): string {
  return acronym ? foldName(acronym).replace(/ /g, '') : '';
}

/** One spelling as the clusterer sees it (internal to orgNames.ts and orgClusters.ts). */
export interface OrgNode {
  readonly index: number;
  readonly display: string;
  readonly folded: string;
  readonly key: string;
  readonly compact: string;
  readonly acronym: string | null;
  readonly acronymKey: string;
  readonly ref: string | null;
  /** The ref identities are compared on (see identityRefs in orgClusters.ts); null when the ref identifies nothing beyond its publisher. */
  readonly identity: string | null;
  readonly count: number;
}

/**
 * What {@link clusterOrgNames} (orgClusters.ts) adds to the name rules of {@link clusterSpellings}:
 * identifying refs, official names and the user's overrides. Kept out of this module so the
 * browser core, which clusters local partner names (no refs, no overrides), does not carry them.
 */
export interface ClusterRules {
  /** Each node's identity ref (null: none), from the nodes without one. */
  readonly identities: (nodes: readonly Omit<OrgNode, 'identity'>[]) => (string | null)[];
  /** The form of an identity ref that groups compare. */
  readonly identityKey: (identity: string) => string;
  /** Whether two groups' identity keys say they are two organisations (checked for every rule but `ref`). */
  readonly refsConflict: (a: ReadonlySet<string>, b: ReadonlySet<string>, reason: MergeReason) => boolean;
  /** Unions after the spelling rule and before the acronym rule. */
  readonly afterSpelling: (groups: OrgGroups, nodes: readonly OrgNode[]) => void;
  /** Rule 5: changes the automatic labels (the overrides). */
  readonly relabel: (labels: GroupLabels, nodes: readonly OrgNode[]) => void;
  /** The display name a group gets instead of its most used spelling, or null. */
  readonly groupName: (list: readonly OrgNode[]) => string | null;
}

/** Each node's group label, each label's merge reason and the display names forced on labels. */
export interface GroupLabels {
  readonly label: Map<number, string>;
  readonly reasonOf: Map<string, MergeReason | null>;
  readonly forcedName: Map<string, string>;
}

/** Union-find over node indexes with per-set refs and acronyms, refusing merges that conflict. */
export class OrgGroups {
  private readonly parent: number[];
  private readonly refs: Set<string>[];
  private readonly acronyms: Set<string>[];
  readonly reason: (MergeReason | null)[];

  constructor(
    nodes: readonly OrgNode[],
    private readonly rules: ClusterRules | undefined,
  ) {
    this.parent = nodes.map((_, i) => i);
    this.refs = nodes.map((n) => new Set(n.identity && rules ? [rules.identityKey(n.identity)] : []));
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
    if (reason !== 'ref' && this.rules?.refsConflict(this.refs[ra]!, this.refs[rb]!, reason)) return false;
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
export function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function weakest(a: MergeReason | null, b: MergeReason | null): MergeReason | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** A spelling as a node, without an identity until the rules give one. */
function toNode(s: OrgSpelling, index: number, legalForms: readonly string[]): OrgNode {
  const display = cleanedName(s.name);
  const parts = memoParts(display, legalForms);
  const acronym = s.acronym && cleanName(s.acronym) !== '' ? cleanName(s.acronym) : parts.acronym;
  const folded = foldName(display);
  const key = parts.key === '' ? folded : parts.key;
  const ref = s.ref && s.ref.trim() !== '' ? s.ref.trim() : null;
  return {
    index,
    display,
    folded,
    key,
    compact: key.replace(/ /g, ''),
    acronym,
    acronymKey: acronymKey(acronym),
    ref,
    identity: null,
    count: s.count,
  };
}

function bucketPush<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Union every bucket of nodes that share a key under one reason. */
export function unionBuckets(
  groups: OrgGroups,
  nodes: readonly OrgNode[],
  keyOf: (n: OrgNode) => string | null,
  reason: MergeReason,
): void {
  const buckets = new Map<string, number[]>();
  for (const n of nodes) {
    const key = keyOf(n);
    if (key !== null && key !== '') bucketPush(buckets, key, n.index);
  }
  for (const list of buckets.values())
    for (const i of list.slice(1)) groups.union(list[0]!, i, reason, false);
}

/**
 * Whether two names are within `threshold` of each other: the optimal-string-alignment distance
 * of their compact keys (spaces removed) divided by the longer length. Cut off early, so the cost
 * is about O(length x allowed edits).
 */
function withinDistance(a: OrgNode, b: OrgNode, threshold: number): boolean {
  const longer = Math.max(a.compact.length, b.compact.length);
  const allowed = Math.floor(threshold * longer + 1e-9);
  if (allowed < 1) return a.compact === b.compact;
  return editDistance(a.compact, b.compact, allowed) <= allowed;
}

/** True when the words only one key has include a short word or a number ("Union A" vs "Union B"). */
function differsInShortWord(a: string, b: string): boolean {
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  const risky = (t: string): boolean => t.length <= 3 || /\d/.test(t);
  for (const t of ta) if (!tb.has(t) && risky(t)) return true;
  for (const t of tb) if (!ta.has(t) && risky(t)) return true;
  return false;
}

/** Rule 3: same acronym and similar names; a bare acronym joins the one group that carries it. */
function unionAcronyms(groups: OrgGroups, nodes: readonly OrgNode[], threshold: number): void {
  const byAcronym = new Map<string, number[]>();
  for (const n of nodes) if (n.acronymKey.length >= 2) bucketPush(byAcronym, n.acronymKey, n.index);
  for (const list of byAcronym.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x]!]!;
        const b = nodes[list[y]!]!;
        const nameIsAcronym = a.compact === a.acronymKey || b.compact === b.acronymKey;
        if (nameIsAcronym || withinDistance(a, b, threshold))
          groups.union(a.index, b.index, 'acronym', false);
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
}

/** Rule 4: near-typos, blocked by the first and last three letters of the compact key. */
/**
 * Longest name (folded, without spaces) compared by edit distance; longer ones cluster only when
 * their keys are equal. Real organisation names are far shorter, and a 200,000-character name
 * would cost minutes per pair.
 */
const MAX_FUZZY_NAME_CHARS = 300;

function unionNearTypos(
  groups: OrgGroups,
  nodes: readonly OrgNode[],
  threshold: number,
  minLength: number,
): void {
  const blocks = new Map<string, number[]>();
  for (const n of nodes) {
    if (n.compact.length < minLength || n.compact.length > MAX_FUZZY_NAME_CHARS) continue;
    bucketPush(blocks, `^${n.compact.slice(0, 3)}`, n.index);
    bucketPush(blocks, `$${n.compact.slice(-3)}`, n.index);
  }
  // Pairs tried, as one number each (smaller index x node count + larger): no string per pair.
  const tried = new Set<number>();
  for (const list of blocks.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = nodes[list[x]!]!;
        const b = nodes[list[y]!]!;
        if (groups.find(a.index) === groups.find(b.index)) continue;
        const pair = a.index < b.index ? a.index * nodes.length + b.index : b.index * nodes.length + a.index;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (withinDistance(a, b, threshold) && !differsInShortWord(a.key, b.key)) {
          groups.union(a.index, b.index, 'fuzzy', true);
        }
      }
    }
  }
}

/** Each node's automatic label: its group after rules 1-4, with that group's merge reason. */
function autoLabels(groups: OrgGroups, nodes: readonly OrgNode[]): GroupLabels {
  const label = new Map<number, string>();
  const reasonOf = new Map<string, MergeReason | null>();
  for (const n of nodes) {
    const root = groups.find(n.index);
    label.set(n.index, `auto:${root}`);
    reasonOf.set(`auto:${root}`, groups.reason[root] ?? null);
  }
  return { label, reasonOf, forcedName: new Map() };
}

/**
 * The clusterer of {@link clusterOrgNames} and {@link clusterPartnerNames}: rules 1-4 on the
 * names (see clusterOrgNames), plus what `rules` adds (refs, official names, overrides); without
 * `rules`, spellings carry no identity and nothing is relabelled.
 *
 * @param spellings - each distinct spelling with its number of rows
 * @param options - thresholds and legal forms; defaults in {@link DEFAULT_ORG_NAME_OPTIONS}
 * @param rules - the ref, official-name and override rules (orgClusters.ts), if any
 * @example
 * clusterSpellings([{ name: 'Batas Foundation', count: 2 }, { name: 'Batas foundation ', count: 1 }], {})[0]?.canonical; // => 'Batas Foundation'
 */
export function clusterSpellings(
  spellings: readonly OrgSpelling[],
  options: Omit<ClusterOptions, 'merge' | 'officialNames'>,
  rules?: ClusterRules,
): OrgCluster[] {
  const {
    fuzzyThreshold = DEFAULT_ORG_NAME_OPTIONS.fuzzyThreshold,
    acronymThreshold = DEFAULT_ORG_NAME_OPTIONS.acronymThreshold,
    minFuzzyLength = DEFAULT_ORG_NAME_OPTIONS.minFuzzyLength,
    legalForms = DEFAULT_ORG_NAME_OPTIONS.legalForms,
  } = options;
  const bare = spellings.map((s, i) => toNode(s, i, legalForms));
  const identities = rules?.identities(bare);
  // Without rules (local partner names) no node has an identity: the nodes as they are.
  const nodes: OrgNode[] =
    identities === undefined ? bare : bare.map((n, i) => ({ ...n, identity: identities[i] ?? null }));
  const groups = new OrgGroups(nodes, rules);
  unionBuckets(groups, nodes, (n) => n.ref, 'ref');
  unionBuckets(groups, nodes, (n) => n.key, 'spelling');
  unionBuckets(groups, nodes, (n) => n.compact, 'spelling');
  unionBuckets(groups, nodes, (n) => (n.key.includes(' ') ? wordSorted(n.key) : null), 'spelling');
  rules?.afterSpelling(groups, nodes);
  unionAcronyms(groups, nodes, acronymThreshold);
  unionNearTypos(groups, nodes, fuzzyThreshold, minFuzzyLength);
  const labels = autoLabels(groups, nodes);
  rules?.relabel(labels, nodes);

  const byLabel = new Map<string, OrgNode[]>();
  for (const n of nodes) bucketPush(byLabel, labels.label.get(n.index)!, n);
  const clusters: OrgCluster[] = [];
  for (const [lab, list] of byLabel) {
    const forced = labels.forcedName.get(lab) ?? rules?.groupName(list) ?? null;
    clusters.push(buildCluster(list, forced, labels.reasonOf.get(lab) ?? null, legalForms));
  }
  return sortClusters(clusters);
}

/** Sort by folded name, then name, ref, acronyms and spellings: independent of input order. */
function sortClusters(clusters: OrgCluster[]): OrgCluster[] {
  const sortKey = new Map(
    clusters.map(
      (c) =>
        [
          c,
          [
            foldName(c.canonical),
            c.canonical,
            c.ref ?? '',
            c.acronyms.join('\u0000'),
            c.spellings.join('\u0000'),
          ],
        ] as const,
    ),
  );
  return clusters.sort((a, b) => {
    const ka = sortKey.get(a)!;
    const kb = sortKey.get(b)!;
    for (let i = 0; i < ka.length; i++) {
      const d = cmp(ka[i]!, kb[i]!);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/**
 * The value with the highest total count (ties: the smaller string in code-unit order); null
 * and '' values are ignored; null when none is left.
 *
 * @example
 * mostUsed([['ngo', 2], ['other', 1], ['ngo', 1], [null, 5]]); // => 'ngo'
 */
export function mostUsed<T extends string>(values: Iterable<readonly [T | null, number]>): T | null {
  const totals = new Map<T, number>();
  for (const [v, c] of values) if (v !== null && v !== '') totals.set(v, (totals.get(v) ?? 0) + c);
  let best: T | null = null;
  let bestCount = -1;
  for (const [v, c] of [...totals].sort((a, b) => cmp(a[0], b[0]))) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function buildCluster(
  list: readonly OrgNode[],
  forced: string | null,
  reason: MergeReason | null,
  legalForms: readonly string[],
): OrgCluster {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n.display, (counts.get(n.display) ?? 0) + n.count);
  const acronymKeys = new Set(list.map((n) => n.acronymKey).filter((k) => k !== ''));
  const canonical = forced ?? pickDisplay(counts, acronymKeys, legalForms);
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
    ref:
      mostUsed(list.map((n) => [n.identity, n.count] as const)) ??
      mostUsed(list.map((n) => [n.ref, n.count] as const)),
    reason: distinct ? (reason ?? 'spelling') : null,
    count: list.reduce((s, n) => s + n.count, 0),
  };
}

/**
 * The display name among spellings with their counts: the most used; ties go to a spelling
 * without legal forms, then one that is not a bare acronym of the group, then one without an
 * `(ACR)` suffix, then the longer, then the smaller in code-unit order.
 */
function pickDisplay(
  counts: ReadonlyMap<string, number>,
  acronymKeys: ReadonlySet<string>,
  legalForms: readonly string[],
): string {
  // One spelling (most groups, e.g. a country's local partners): no traits to weigh.
  if (counts.size === 1) return counts.keys().next().value!;
  const traits = new Map(
    [...counts.keys()].map((name) => {
      const { base, acronym } = splitAcronym(name);
      const folded = foldName(base);
      const noisy = folded !== memoParts(base, legalForms).key ? 1 : 0;
      const bare = acronymKeys.has(folded.replace(/ /g, '')) ? 1 : 0;
      return [name, [noisy, bare, acronym === null ? 0 : 1] as const] as const;
    }),
  );
  const ranked = [...counts].sort((a, b) => {
    const ta = traits.get(a[0])!;
    const tb = traits.get(b[0])!;
    return (
      b[1] - a[1] ||
      ta[0] - tb[0] ||
      ta[1] - tb[1] ||
      ta[2] - tb[2] ||
      b[0].length - a[0].length ||
      cmp(a[0], b[0])
    );
  });
  return ranked[0]![0];
}

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
  /** The comparison key of the cluster (the key of its display name). */
  readonly key: string;
  /** Display name: the most frequent variant (ties as in {@link clusterOrgNames}). */
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
   * Minimum similarity (1 - edit distance / longer length, on the keys without spaces) for two
   * different keys to be fused as spelling variants. Default 0.88.
   */
  readonly similarity?: number;
  /** Keys shorter than this (without spaces) are only fused on exact match. Default 8. */
  readonly minFuzzyLength?: number;
  /**
   * Legal-form words dropped at the start or end of a name (never in the middle, never when
   * nothing else would remain). Default {@link DEFAULT_LEGAL_FORMS}.
   */
  readonly legalForms?: readonly string[];
}

/**
 * Defaults of {@link PartnerNameOptions}.
 *
 * @example
 * DEFAULT_PARTNER_NAME_OPTIONS.similarity; // => 0.88
 */
export const DEFAULT_PARTNER_NAME_OPTIONS = Object.freeze({
  similarity: 0.88,
  minFuzzyLength: DEFAULT_ORG_NAME_OPTIONS.minFuzzyLength,
  legalForms: DEFAULT_LEGAL_FORMS,
});

/** The folded key of a partner name and the acronym it carried in trailing parentheses, if any. */
export interface PartnerNameKey {
  /** Folded words joined by single spaces ('' for a name with no letters or digits). */
  readonly key: string;
  /** A trailing parenthesised one-word acronym, folded without spaces (e.g. 'kn'), or null. */
  readonly acronym: string | null;
}

/**
 * The comparison key of a local partner name: {@link orgNameParts} with the acronym folded.
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
  const parts = orgNameParts(name, legalForms);
  return { key: parts.key, acronym: parts.acronym === null ? null : acronymKey(parts.acronym) };
}

/**
 * Group local partner mentions that name the same organisation: {@link clusterOrgNames} over the
 * distinct spellings (counted by mention), with `fuzzyThreshold = 1 - similarity`. Mentions whose
 * name has no letters or digits are ignored.
 *
 * Cost: that of clusterOrgNames over the distinct names (typically tens per country).
 *
 * @param mentions - each name as a member wrote it (order does not matter)
 * @param options - similarity threshold, minimum fuzzy length and legal-form words; defaults in {@link DEFAULT_PARTNER_NAME_OPTIONS}
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
    legalForms = DEFAULT_PARTNER_NAME_OPTIONS.legalForms,
  } = options;
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const raw = m.name.trim();
    if (foldName(raw) !== '') counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  const names = [...counts.keys()].sort(cmp);
  const clusters = clusterSpellings(
    names.map((name) => ({ name, count: counts.get(name)! })),
    {
      fuzzyThreshold: 1 - similarity,
      minFuzzyLength,
      legalForms,
    },
  );
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, ci) => {
    for (const i of c.members) clusterOf.set(names[i]!, ci);
  });
  const members = clusters.map(() => new Set<string>());
  for (const m of mentions) {
    const ci = clusterOf.get(m.name.trim());
    if (ci !== undefined) members[ci]!.add(m.member);
  }
  return clusters
    .map((c, ci) => ({
      key: memoParts(c.canonical, legalForms).key,
      partner: c.members.map((i) => names[i]!).find((n) => cleanedName(n) === c.canonical) ?? c.canonical,
      variants: c.members.map((i) => names[i]!).sort(cmp),
      members: [...members[ci]!].sort(cmp),
      mentions: c.count,
    }))
    .sort((x, y) => y.members.length - x.members.length || cmp(x.partner, y.partner));
}
