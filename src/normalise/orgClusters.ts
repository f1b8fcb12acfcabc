/**
 * The organisation clusterer of the importers ({@link clusterOrgNames}): the name rules of
 * orgNames.ts ({@link clusterSpellings}) plus what only IATI and 3W data need: identifying refs
 * (IATI organisation identifiers), official names by ref and the user's `merge` overrides. Apart
 * from orgNames.ts so the browser core, which clusters the local partners members name (no refs,
 * no overrides), does not carry these rules.
 * @module
 */
import { foldText } from './fold.js';
import { cmp } from './issue.js';
import {
  type ClusterOptions,
  cleanName,
  clusterSpellings,
  DEFAULT_ORG_NAME_OPTIONS,
  disjoint,
  type GroupLabels,
  type MergeReason,
  mostUsed,
  type OrgCluster,
  type OrgNode,
  type OrgSpelling,
  orgNameParts,
  unionBuckets,
} from './orgNames.js';

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
function identityRefs(nodes: readonly Omit<OrgNode, 'identity'>[]): (string | null)[] {
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

/** Rule 5: the user's overrides, on top of the automatic groups: moves nodes to other labels. */
function applyOverrides(
  labels: GroupLabels,
  nodes: readonly OrgNode[],
  merge: Readonly<Record<string, string>>,
): void {
  const { label, reasonOf, forcedName } = labels;
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
  const { merge = {}, officialNames = {}, ...names } = options;
  const legalForms = names.legalForms ?? DEFAULT_ORG_NAME_OPTIONS.legalForms;
  const official = officialNameLookup(officialNames);
  return clusterSpellings(spellings, names, {
    identities: identityRefs,
    identityKey: registryNumber,
    refsConflict,
    // A spelling whose ref has an official name is also that name ("Makerere University School of
    // Public Health" of XI-GRID-grid.11194.3c meets "Makerere University").
    afterSpelling: (groups, nodes) => {
      if (official.size > 0) {
        unionBuckets(groups, nodes, (n) => officialKey(n, official, legalForms) ?? n.key, 'spelling');
      }
    },
    relabel: (labels, nodes) => applyOverrides(labels, nodes, merge),
    groupName: (list) => officialName(list, official),
  });
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
  n: OrgNode,
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
function officialName(list: readonly OrgNode[], official: ReadonlyMap<string, string>): string | null {
  if (official.size === 0) return null;
  const name = mostUsed(
    list.map(
      (n) => [n.ref === null ? null : (official.get(n.ref.trim().toLowerCase()) ?? null), n.count] as const,
    ),
  );
  if (name === null || mixedCase(name) || !list.some((n) => mixedCase(n.display))) return name;
  return null;
}
