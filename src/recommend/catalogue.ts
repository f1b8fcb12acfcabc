import { RECOMMENDATION_KINDS, type RecommendationKind } from './kindIds.js';
import { coverageGap } from './kinds/coverageGap.js';
import { inCountryCoordination } from './kinds/inCountryCoordination.js';
import { jointCompanyEngagement } from './kinds/jointCompanyEngagement.js';
import { jointLobby } from './kinds/jointLobby.js';
import { jointProgramme } from './kinds/jointProgramme.js';
import { jointStakeholderMapping } from './kinds/jointStakeholderMapping.js';
import { sharedLocalPartner } from './kinds/sharedLocalPartner.js';
import { trainingOffer } from './kinds/trainingOffer.js';
import type { RecommendationKindDefinition } from './types.js';

/** The built-in kind definitions by id: the compiler insists on one for every id of RECOMMENDATION_KINDS. */
const BUILTIN_BY_ID = {
  'coverage-gap': coverageGap,
  'in-country-coordination': inCountryCoordination,
  'joint-company-engagement': jointCompanyEngagement,
  'joint-lobby': jointLobby,
  'joint-programme': jointProgramme,
  'joint-stakeholder-mapping': jointStakeholderMapping,
  'shared-local-partner': sharedLocalPartner,
  'training-offer': trainingOffer,
} satisfies Record<RecommendationKind, RecommendationKindDefinition>;

/** The definition of built-in kind `id`; throws when its own id says otherwise (a kind filed under the wrong id). */
function builtin<K extends RecommendationKind>(id: K): RecommendationKindDefinition<K> {
  const kind = BUILTIN_BY_ID[id];
  if (kind.id !== id) throw new Error(`Built-in kind '${kind.id}' is filed under '${id}'.`);
  return kind as RecommendationKindDefinition<K>;
}

/**
 * The built-in recommendation kinds, sorted by id. Each is data (title,
 * eligibility, score formula, parameters, rationale templates) plus a
 * `generate` function; tune them through `RecommendOptions.overrides`, replace
 * them through `catalogue`, or add kinds through `extend`.
 *
 * | kind | score |
 * |---|---|
 * | coverage-gap | (missing / focus) * (1 - mean bestLevelPresent / 5) |
 * | in-country-coordination | meanPresenceWeight * meanLevel / 5 |
 * | joint-company-engagement | company: coverage * (0.4 + 0.4 meanFit + 0.2 known); network: 0.8 * (strength / 5 + meanLevel / 5) / 2 |
 * | joint-lobby | irbc * (strength / 5 + covered) / 2 (irbc 1, else 0.75) |
 * | joint-programme | synergy * sqrt(presenceWeight(a) * presenceWeight(b)) |
 * | joint-stakeholder-mapping | meanPresenceWeight * meanStrength / 5 |
 * | shared-local-partner | 0.5 + 0.5 * meanPresenceWeight |
 * | training-offer | gap * (0.5 + 0.5 * max(geographyOverlap, sectorOverlap)); gap of an absent learner * 0.5 |
 *
 * @example
 * BUILTIN_CATALOGUE.map((k) => k.id);
 * // => ['coverage-gap', 'in-country-coordination', 'joint-company-engagement', 'joint-lobby',
 * //     'joint-programme', 'joint-stakeholder-mapping', 'shared-local-partner', 'training-offer']
 */
export const BUILTIN_CATALOGUE: readonly RecommendationKindDefinition<RecommendationKind>[] = Object.freeze(
  RECOMMENDATION_KINDS.map(builtin),
);

/**
 * The data part of a kind (everything but `generate`): serialisable, for documentation and reports.
 * @example
 * const lobby: KindDescription | undefined = describeCatalogue().find((k) => k.id === 'joint-lobby');
 * Object.keys(lobby ?? {}); // => ['id', 'title', 'eligibility', 'formula', 'weight', 'params', 'rationale', 'fragments']
 */
export type KindDescription = Pick<
  RecommendationKindDefinition,
  'id' | 'title' | 'eligibility' | 'formula' | 'weight' | 'params' | 'rationale' | 'fragments'
>;

/**
 * Describe a catalogue as plain JSON-able data (without the generate functions),
 * e.g. to print the score formulas in a report.
 *
 * @param catalogue - the kinds to describe; default {@link BUILTIN_CATALOGUE}
 * @example
 * const lobby = describeCatalogue().find((k) => k.id === 'joint-lobby');
 * lobby?.formula.startsWith('score = irbc * (strength / 5 + covered) / 2;'); // => true
 * lobby?.params; // => { minLevel: 4, openerStrength: 4, maxOpeners: 4, maxSpecialists: 3, nonIrbcFactor: 0.75 }
 */
export function describeCatalogue(
  catalogue: readonly RecommendationKindDefinition[] = BUILTIN_CATALOGUE,
): KindDescription[] {
  return catalogue.map((k) => ({
    id: k.id,
    title: { ...k.title },
    eligibility: { ...k.eligibility },
    formula: k.formula,
    weight: k.weight,
    params: { ...k.params },
    rationale: Object.fromEntries(Object.entries(k.rationale).map(([n, t]) => [n, { ...t }])),
    fragments: Object.fromEntries(Object.entries(k.fragments).map(([n, t]) => [n, { ...t }])),
  }));
}

/**
 * The display title of a recommendation kind: the catalogue's title in `lang`, or, for a kind
 * of your own, its id in words ("my-custom-kind" -> "My custom kind"), so readers never see a
 * raw id.
 *
 * @param kind - A kind id.
 * @param lang - 'en' or 'nl'.
 * @param catalogue - Where to look; default {@link BUILTIN_CATALOGUE}.
 * @example
 * kindTitle('joint-company-engagement', 'nl'); // => 'Gezamenlijke benadering van bedrijven'
 * kindTitle('my-custom-kind', 'en'); // => 'My custom kind'
 */
export function kindTitle(
  kind: string,
  lang: 'en' | 'nl',
  catalogue: readonly RecommendationKindDefinition[] = BUILTIN_CATALOGUE,
): string {
  const known = catalogue.find((k) => k.id === kind);
  if (known !== undefined) return known.title[lang];
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words === '' ? kind : words.charAt(0).toUpperCase() + words.slice(1);
}
