/**
 * In-country synergy views: who is present where, theme coverage, shared local
 * partners, sector networks and pair synergy per country.
 * @packageDocumentation
 */

export {
  clusterPartnerNames,
  DEFAULT_LEGAL_FORMS,
  DEFAULT_PARTNER_NAME_OPTIONS,
  type PartnerCluster,
  type PartnerMention,
  type PartnerNameKey,
  type PartnerNameOptions,
  partnerNameKey,
} from '../normalise/orgNames.js';
export {
  buildCountryViews,
  type CountryViewOptions,
  compareScoresDesc,
  DEFAULT_COUNTRY_VIEW_OPTIONS,
  roundTo,
} from './buildCountryViews.js';
export { DEFAULT_FOCUS_LEVEL, defaultFocusThemes } from './focusThemes.js';
export { type LabelGroup, type Lang, labelOf } from './labels.js';
export { clampScore, type PairScores, safePairScores } from './pairScores.js';
export { PRESENCE_ORDER, PRESENCE_WEIGHTS, presenceRank } from './presence.js';
