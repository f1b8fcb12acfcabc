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
 * DAC sector groups as the IATI3W index slugs them (`sectors.*.dac`) -> their DAC 3-digit
 * categories, and whether IATI3W maps the group to a humanitarian cluster (`true`: its
 * activities are already counted under that cluster in `sectors.*.humanitarian`). From the
 * project's `inputs/dac3-sector-map.json` (Unlicense, public domain). Groups that are mapped only
 * in part (agriculture: food security; industry: housing, land and property) count as unmapped.
 *
 * @example
 * IATI3W_DAC_GROUPS['emergency-response']; // => { codes: ['720'], cluster: false }
 */
export const IATI3W_DAC_GROUPS: Readonly<
  Record<string, { readonly codes: readonly string[]; readonly cluster: boolean }>
> = Object.freeze({
  education: { codes: ['111', '112', '113', '114'], cluster: true },
  health: { codes: ['121', '122', '123'], cluster: true },
  'population-policies-programmes-reproductive-health': { codes: ['130'], cluster: true },
  'water-supply-sanitation': { codes: ['140'], cluster: true },
  'government-civil-society': { codes: ['151', '152'], cluster: false },
  'other-social-infrastructure-services': { codes: ['160'], cluster: false },
  'transport-storage': { codes: ['210'], cluster: true },
  communications: { codes: ['220'], cluster: true },
  energy: { codes: ['230', '231', '232', '233', '234', '235', '236'], cluster: false },
  'banking-financial-services': { codes: ['240'], cluster: false },
  'business-other-services': { codes: ['250'], cluster: false },
  'agriculture-forestry-fishing': { codes: ['311', '312', '313'], cluster: false },
  'industry-mining-construction': { codes: ['321', '322', '323'], cluster: false },
  'trade-policies-regulations': { codes: ['331'], cluster: false },
  tourism: { codes: ['332'], cluster: false },
  'general-environment-protection': { codes: ['410'], cluster: false },
  'other-multisector': { codes: ['430'], cluster: false },
  'general-budget-support': { codes: ['510'], cluster: false },
  'development-food-assistance': { codes: ['520'], cluster: true },
  'other-commodity-assistance': { codes: ['530'], cluster: true },
  'action-relating-to-debt': { codes: ['600'], cluster: false },
  'emergency-response': { codes: ['720'], cluster: false },
  'reconstruction-relief-rehabilitation': { codes: ['730'], cluster: true },
  'disaster-prevention-preparedness': { codes: ['740'], cluster: false },
  'administrative-costs-of-donors': { codes: ['910'], cluster: false },
  'refugees-in-donor-countries': { codes: ['930'], cluster: false },
  'unallocated-unspecified': { codes: ['998'], cluster: false },
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
 * What an IATI3W DAC group slug says about themes: 'cluster' when IATI3W counts the group under
 * a humanitarian cluster already (nothing to add), else the theme its DAC categories map to
 * through the DAC table of the IATI importer (all mapped categories agreeing), else null
 * (unknown slug, or no theme: governance, agriculture, energy, ...).
 *
 * @example
 * dacGroupTheme('emergency-response'); // => 'humanitarian'
 * dacGroupTheme('general-environment-protection'); // => 'environment'
 * dacGroupTheme('education'); // => 'cluster'
 * dacGroupTheme('government-civil-society'); // => null
 */
export function dacGroupTheme(slug: string): string | 'cluster' | null {
  const group = Object.hasOwn(IATI3W_DAC_GROUPS, slug) ? IATI3W_DAC_GROUPS[slug] : undefined;
  if (group === undefined) return null;
  if (group.cluster) return 'cluster';
  const themes = new Set(group.codes.map(dacTheme).filter((t): t is string => t !== null));
  return themes.size === 1 ? [...themes][0]! : null;
}
