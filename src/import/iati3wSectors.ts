/**
 * The sector vocabularies of the IATI3W organisation index (David Megginson's "who does what
 * where in Somalia"): humanitarian cluster slugs and DAC sector-group slugs, mapped to themes.
 * @module
 */
import { clusterTheme } from './clusterThemes.js';
import { dacTheme } from './dac.js';

/**
 * The slug IATI3W writes for activities whose DAC sectors have no humanitarian cluster.
 *
 * @example
 * NO_CLUSTER_SLUG; // => 'no-corresponding-humanitarian-cluster'
 */
export const NO_CLUSTER_SLUG = 'no-corresponding-humanitarian-cluster';

/**
 * How IATI3W maps a DAC group to the humanitarian clusters: `cluster` (its activities are
 * counted under a cluster in `sectors.*.humanitarian`), `none` ("no corresponding humanitarian
 * cluster": they make up the no-cluster count) or `per-code` (the group has no mapping of its own;
 * IATI3W maps its 5-digit codes one by one, so its activities may be under a cluster or not).
 *
 * @example
 * const mapping: DacGroupMapping = 'per-code';
 */
export type DacGroupMapping = 'cluster' | 'none' | 'per-code';

/**
 * DAC sector groups as the IATI3W index slugs them (`sectors.*.dac`) -> their DAC 3-digit
 * categories and how IATI3W maps them to the clusters ({@link DacGroupMapping}). From the
 * project's `inputs/dac3-sector-map.json` (Unlicense, public domain): the groups whose
 * categories all map to a cluster are `cluster`, those without a mapping `per-code`, the rest
 * `none` (agriculture and industry are mapped in part, to food security and to housing, land and
 * property; their other part is in the no-cluster count).
 *
 * @example
 * IATI3W_DAC_GROUPS['general-environment-protection']; // => { codes: ['410'], mapping: 'none' }
 */
export const IATI3W_DAC_GROUPS: Readonly<
  Record<string, { readonly codes: readonly string[]; readonly mapping: DacGroupMapping }>
> = Object.freeze({
  education: { codes: ['111', '112', '113', '114'], mapping: 'cluster' },
  health: { codes: ['121', '122', '123'], mapping: 'cluster' },
  'population-policies-programmes-reproductive-health': { codes: ['130'], mapping: 'cluster' },
  'water-supply-sanitation': { codes: ['140'], mapping: 'cluster' },
  'government-civil-society': { codes: ['151', '152'], mapping: 'none' },
  'other-social-infrastructure-services': { codes: ['160'], mapping: 'per-code' },
  'transport-storage': { codes: ['210'], mapping: 'cluster' },
  communications: { codes: ['220'], mapping: 'cluster' },
  energy: { codes: ['230', '231', '232', '233', '234', '235', '236'], mapping: 'none' },
  'banking-financial-services': { codes: ['240'], mapping: 'none' },
  'business-other-services': { codes: ['250'], mapping: 'none' },
  'agriculture-forestry-fishing': { codes: ['311', '312', '313'], mapping: 'none' },
  'industry-mining-construction': { codes: ['321', '322', '323'], mapping: 'none' },
  'trade-policies-regulations': { codes: ['331'], mapping: 'none' },
  tourism: { codes: ['332'], mapping: 'none' },
  'general-environment-protection': { codes: ['410'], mapping: 'none' },
  'other-multisector': { codes: ['430'], mapping: 'none' },
  'general-budget-support': { codes: ['510'], mapping: 'none' },
  'development-food-assistance': { codes: ['520'], mapping: 'cluster' },
  'other-commodity-assistance': { codes: ['530'], mapping: 'cluster' },
  'action-relating-to-debt': { codes: ['600'], mapping: 'none' },
  'emergency-response': { codes: ['720'], mapping: 'per-code' },
  'reconstruction-relief-rehabilitation': { codes: ['730'], mapping: 'cluster' },
  'disaster-prevention-preparedness': { codes: ['740'], mapping: 'per-code' },
  'administrative-costs-of-donors': { codes: ['910'], mapping: 'none' },
  'refugees-in-donor-countries': { codes: ['930'], mapping: 'per-code' },
  'unallocated-unspecified': { codes: ['998'], mapping: 'none' },
});

/**
 * The theme of an IATI3W humanitarian cluster slug ('water-sanitation-hygiene' -> 'wash',
 * 'fsc' -> 'food-security'), through the cluster table of the 3W importer; null when none
 * (and for {@link NO_CLUSTER_SLUG}).
 *
 * @example
 * clusterSlugTheme('water-sanitation-hygiene'); // => 'wash'
 * clusterSlugTheme('camp-coordination-management'); // => 'camp-management'
 * clusterSlugTheme(NO_CLUSTER_SLUG); // => null
 */
export function clusterSlugTheme(slug: string): string | null {
  return slug === NO_CLUSTER_SLUG ? null : clusterTheme(slug.replace(/-/g, ' '));
}

/**
 * What an IATI3W DAC group slug adds to the themes of activities without a cluster: 'skip' when
 * the group is not (only) behind the no-cluster count (`cluster` and `per-code` groups: counting
 * their theme again would count activities twice, or claim a theme for activities IATI3W put
 * under a cluster), else the theme its DAC categories map to through the DAC table of the IATI
 * importer (all mapped categories agreeing), else null (unknown slug, or no theme: governance,
 * agriculture, energy, ...).
 *
 * @example
 * dacGroupTheme('general-environment-protection'); // => 'environment'
 * dacGroupTheme('emergency-response'); // => 'skip'
 * dacGroupTheme('education'); // => 'skip'
 * dacGroupTheme('government-civil-society'); // => null
 */
export function dacGroupTheme(slug: string): string | 'skip' | null {
  const group = Object.hasOwn(IATI3W_DAC_GROUPS, slug) ? IATI3W_DAC_GROUPS[slug] : undefined;
  if (group === undefined) return null;
  if (group.mapping !== 'none') return 'skip';
  const themes = new Set(group.codes.map(dacTheme).filter((t): t is string => t !== null));
  return themes.size === 1 ? [...themes][0]! : null;
}
