/**
 * Organisation names: the one clusterer of the library. Spellings of an organisation that differ
 * in case, spaces, accents, punctuation, a `(ACRONYM)` suffix, a legal form ("Stichting",
 * "Foundation", "e.V.", "Ltd") or a near-typo are folded into one organisation. The importers use
 * it for the organisations of IATI and 3W data ({@link clusterOrgNames}); the country views use it
 * for the local partners members name ({@link clusterPartnerNames}).
 * @module
 */
import { withoutCountryNames } from './countries.js';
import { editDistance } from './editDistance.js';
import { foldText } from './fold.js';
import { isoAlpha3 } from './isoCountries.js';

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
  /** The ref identities are compared on (see identityRefs); null when the ref identifies nothing beyond its publisher. */
  readonly identity: string | null;
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
    this.refs = nodes.map((n) => new Set(n.identity ? [registryNumber(n.identity)] : []));
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
    if (reason !== 'ref' && refsConflict(this.refs[ra]!, this.refs[rb]!, reason)) return false;
    if (strictAcronyms && disjoint(this.acronyms[ra]!, this.acronyms[rb]!)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const r of this.refs[child]!) this.refs[root]!.add(r);
    for (const x of this.acronyms[child]!) this.acronyms[root]!.add(x);
    this.reason[root] = weakest(weakest(this.reason[root]!, this.reason[child]!), reason);
    return true;
  }
}

/** A ref with a registration agency's prefix ('GB-CHC-', 'NL-KVK-', 'XM-DAC-'): one that identifies beyond its publisher. */
const IDENTIFIER_REF = /^[A-Z]{2}-[A-Z0-9]+(-[A-Za-z0-9._]+)*$/;
/** A vendor number inside a publisher's ref ('XM-DAC-41122-VN-216405', UNICEF's partner numbers). */
const VENDOR_REF = /-VN-/i;
/** A multilateral's DAC code ('XM-DAC-41143', 'XM-DAC-928'): one body may go by its channel and its agency code. */
const DAC_CODE_REF = /^XM-DAC-\d+$/;

/**
 * The refs identities are compared on, per node: null for refs that identify nothing beyond
 * their publisher (vendor numbers, lower-case slugs such as 'sacu-2', bare numbers), and a ref
 * that extends another ref of the file ('GB-EDU-133903-NIHR200125-SHARP' after
 * 'GB-EDU-133903') as that shorter ref. Only used to refuse merges: rule 1 joins on the refs as
 * written.
 */
function identityRefs(nodes: readonly Omit<Node, 'identity'>[]): (string | null)[] {
  const strong = nodes.map((n) =>
    n.ref && IDENTIFIER_REF.test(n.ref) && !VENDOR_REF.test(n.ref) ? n.ref : null,
  );
  const present = new Set(strong.filter((r): r is string => r !== null));
  return strong.map((ref) => {
    if (ref === null) return null;
    const parts = ref.split('-');
    for (let k = 3; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join('-');
      if (present.has(prefix)) return prefix;
    }
    return ref;
  });
}

/**
 * A ref as registry and number, the number without separators and leading zeros: the same
 * company under 'GB-COH-02394229' and 'GB-COH-2394229', the same tax number under
 * 'US-EIN-46-3668128' and 'US-EIN-463668128'.
 */
function registryNumber(ref: string): string {
  const [country = '', agency = '', ...rest] = ref.toUpperCase().split('-');
  const number = rest
    .join('')
    .replace(/[._\s]/g, '')
    .replace(/^0+(?=.)/, '');
  return `${country}-${agency}-${number}`;
}

/** Country parts of refs that are no country: international registries (XI-GRID, XI-IATI) and the DAC's XM-. */
const INTERNATIONAL_PREFIX = new Set(['XI', 'XM']);

/**
 * Whether two groups carry refs that say they are different organisations: both have refs and
 * share none. Groups of the same spelling conflict only when two of their refs are different
 * numbers in one registry (except a multilateral's two DAC codes) or are registered in
 * different countries: one organisation may be in two registries of its country ('GB-SC-' and
 * 'GB-UKPRN-' for a Scottish university) or in an international one, while 'World Vision' under
 * 'NL-KVK-' and under 'GB-CHC-' are two national offices.
 */
function refsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>, reason: MergeReason): boolean {
  if (!disjoint(a, b)) return false;
  if (reason !== 'spelling') return true;
  for (const x of a) for (const y of b) if (identitiesDiffer(x, y)) return true;
  return false;
}

/** Whether two registry numbers of one spelling name two organisations (see refsConflict). */
function identitiesDiffer(x: string, y: string): boolean {
  const [cx = '', ax = ''] = x.split('-');
  const [cy = '', ay = ''] = y.split('-');
  if (cx === cy && ax === ay) return !(DAC_CODE_REF.test(x) && DAC_CODE_REF.test(y));
  return cx !== cy && !INTERNATIONAL_PREFIX.has(cx) && !INTERNATIONAL_PREFIX.has(cy);
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

function toNode(s: OrgSpelling, index: number, legalForms: readonly string[]): Omit<Node, 'identity'> {
  const display = cleanName(s.name);
  const parts = orgNameParts(display, legalForms);
  const acronym = s.acronym && cleanName(s.acronym) !== '' ? cleanName(s.acronym) : parts.acronym;
  const key = parts.key === '' ? foldText(display) : parts.key;
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

/** Union every bucket of nodes that share a key under one reason. */
function unionBuckets(
  groups: Groups,
  nodes: readonly Node[],
  keyOf: (n: Node) => string | null,
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
function withinDistance(a: Node, b: Node, threshold: number): boolean {
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
function unionAcronyms(groups: Groups, nodes: readonly Node[], threshold: number): void {
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

function unionNearTypos(groups: Groups, nodes: readonly Node[], threshold: number, minLength: number): void {
  const blocks = new Map<string, number[]>();
  for (const n of nodes) {
    if (n.compact.length < minLength || n.compact.length > MAX_FUZZY_NAME_CHARS) continue;
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
        if (withinDistance(a, b, threshold) && !differsInShortWord(a.key, b.key)) {
          groups.union(a.index, b.index, 'fuzzy', true);
        }
      }
    }
  }
}

/** Rule 5: the user's overrides, on top of the automatic groups. Returns each node's group label. */
function applyOverrides(
  groups: Groups,
  nodes: readonly Node[],
  merge: Readonly<Record<string, string>>,
): {
  label: Map<number, string>;
  reasonOf: Map<string, MergeReason | null>;
  forcedName: Map<string, string>;
} {
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
  return { label, reasonOf, forcedName };
}

/**
 * Cluster organisation spellings into organisations.
 *
 * Rules, in order (each merge is refused when the two groups carry different identifying refs:
 * refs with a registration agency's prefix, a ref that extends another ref of the input counting
 * as that ref, vendor numbers and slugs not counting, and a multilateral's two DAC codes not
 * refusing a merge of the same spelling; the fuzzy rule also refuses groups with different
 * acronyms):
 * 1. `ref`: the same non-empty ref (IATI organisation identifier).
 * 2. `spelling`: the same {@link orgNameKey} (case, spaces, accents, punctuation, a `(ACR)`
 *    suffix, legal forms at the edges), the same key without spaces ("Karmojibinari"), or the
 *    same words in another order.
 * 3. `acronym`: the same acronym (column or `(ACR)` suffix, compared without spaces) and names
 *    within `acronymThreshold` (or one name is just the acronym); or a spelling without an
 *    acronym that is exactly the acronym of exactly one other group ("ACF" and
 *    "Action Contre la Faim (ACF)").
 * 4. `fuzzy`: names within `fuzzyThreshold` (optimal-string-alignment distance of the keys with
 *    spaces removed / longer length), both at least `minFuzzyLength` letters long, sharing their
 *    first or last three letters (the blocking that keeps this fast), and not differing in a
 *    number or a word of three letters or fewer ("Union A" and "Union B" stay apart).
 * 5. `override`: the user's `merge` map, applied last.
 *
 * Deterministic: the canonical name is the spelling with the highest count; ties go to a
 * spelling without legal forms, then one that is not a bare acronym, then one without an
 * `(ACR)` suffix, then the longer, then the smaller in code-unit order. Clusters are returned
 * sorted by folded canonical name.
 *
 * Cost: O(n) hashing for rules 1-3 plus the same-acronym pairs; rule 4 compares the pairs
 * within each block with a cut-off edit distance, O(name length x allowed edits) per pair.
 *
 * @param spellings - each distinct spelling with its number of rows (the most used spelling names the cluster)
 * @param options - thresholds, legal forms and `merge` overrides; defaults in {@link DEFAULT_ORG_NAME_OPTIONS}
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
    fuzzyThreshold = DEFAULT_ORG_NAME_OPTIONS.fuzzyThreshold,
    acronymThreshold = DEFAULT_ORG_NAME_OPTIONS.acronymThreshold,
    merge = {},
    minFuzzyLength = DEFAULT_ORG_NAME_OPTIONS.minFuzzyLength,
    legalForms = DEFAULT_ORG_NAME_OPTIONS.legalForms,
    officialNames = {},
  } = options;
  const official = officialNameLookup(officialNames);
  const bare = spellings.map((s, i) => toNode(s, i, legalForms));
  const identities = identityRefs(bare);
  const nodes: Node[] = bare.map((n, i) => ({ ...n, identity: identities[i]! }));
  const groups = new Groups(nodes);
  unionBuckets(groups, nodes, (n) => n.ref, 'ref');
  unionBuckets(groups, nodes, (n) => n.key, 'spelling');
  unionBuckets(groups, nodes, (n) => n.compact, 'spelling');
  unionBuckets(
    groups,
    nodes,
    (n) => (n.key.includes(' ') ? n.key.split(' ').sort(cmp).join(' ') : null),
    'spelling',
  );
  // A spelling whose ref has an official name is also that name ("Makerere University School of
  // Public Health" of XI-GRID-grid.11194.3c meets "Makerere University").
  if (official.size > 0) {
    unionBuckets(groups, nodes, (n) => officialKey(n, official, legalForms) ?? n.key, 'spelling');
  }
  unionAcronyms(groups, nodes, acronymThreshold);
  unionNearTypos(groups, nodes, fuzzyThreshold, minFuzzyLength);
  const { label, reasonOf, forcedName } = applyOverrides(groups, nodes, merge);

  const byLabel = new Map<string, Node[]>();
  for (const n of nodes) bucketPush(byLabel, label.get(n.index)!, n);
  const clusters: OrgCluster[] = [];
  for (const [lab, list] of byLabel) {
    const forced = forcedName.get(lab) ?? officialName(list, official);
    clusters.push(buildCluster(list, forced, reasonOf.get(lab) ?? null, legalForms));
  }
  return sortClusters(clusters);
}

/** Official names keyed by trimmed, lower-cased ref; names cleaned as spellings are. */
function officialNameLookup(names: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const ref of Object.keys(names)) {
    const name = cleanName(names[ref] ?? '');
    if (ref.trim() !== '' && name !== '') out.set(ref.trim().toLowerCase(), name);
  }
  return out;
}

/** The name key of a node's official name, or null when its ref has none. */
function officialKey(
  n: Node,
  official: ReadonlyMap<string, string>,
  legalForms: readonly string[],
): string | null {
  const name = n.ref === null ? undefined : official.get(n.ref.trim().toLowerCase());
  if (name === undefined) return null;
  const key = orgNameParts(name, legalForms).key;
  return key === '' ? foldText(name) : key;
}

/** Whether a name mixes upper and lower case ("ActionAid", not "ACTIONAID" or "act4africa"). */
function mixedCase(name: string): boolean {
  return name !== name.toUpperCase() && name !== name.toLowerCase();
}

/**
 * The official name of a group: that of its most used listed ref; null when none is listed, or
 * when it is written in one case only while a spelling of the group mixes cases (registries
 * hold "ACTIONAID INTERNATIONAL KENYA" and "act4africa" too).
 */
function officialName(list: readonly Node[], official: ReadonlyMap<string, string>): string | null {
  if (official.size === 0) return null;
  const name = mostUsed(
    list.map(
      (n) => [n.ref === null ? null : (official.get(n.ref.trim().toLowerCase()) ?? null), n.count] as const,
    ),
  );
  if (name === null || mixedCase(name) || !list.some((n) => mixedCase(n.display))) return name;
  return null;
}

/** Sort by folded name, then name, ref, acronyms and spellings: independent of input order. */
function sortClusters(clusters: OrgCluster[]): OrgCluster[] {
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
  list: readonly Node[],
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
  const traits = new Map(
    [...counts.keys()].map((name) => {
      const { base, acronym } = splitAcronym(name);
      const folded = foldText(base);
      const noisy = folded !== orgNameParts(base, legalForms).key ? 1 : 0;
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
    if (foldText(raw) !== '') counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  const names = [...counts.keys()].sort(cmp);
  const clusters = clusterOrgNames(
    names.map((name) => ({ name, count: counts.get(name)! })),
    { fuzzyThreshold: 1 - similarity, minFuzzyLength, legalForms },
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
      key: orgNameParts(c.canonical, legalForms).key,
      partner: c.members.map((i) => names[i]!).find((n) => cleanName(n) === c.canonical) ?? c.canonical,
      variants: c.members.map((i) => names[i]!).sort(cmp),
      members: [...members[ci]!].sort(cmp),
      mentions: c.count,
    }))
    .sort((x, y) => y.members.length - x.members.length || cmp(x.partner, y.partner));
}
