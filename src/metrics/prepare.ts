import { pickOptions } from '../optionKeys.js';
import { buildProfiles } from '../profile/buildProfiles.js';
import { PROFILE_OPTION_KEYS } from '../profile/options.js';
import type { Profiles } from '../profile/types.js';
import type { Partnership } from '../schema/records.js';
import type { CombinedIndex } from './combinedIndex.js';
import { contextWeightsOf } from './formulas.js';
import type { ResolvedMetricsOptions } from './options.js';
import { buildPairIndex } from './pairIndex.js';

/** Profiles, pair indexes and context weights of a partnership: what every metric is computed from. */
export interface PreparedPartnership {
  readonly profiles: Profiles;
  readonly combined: CombinedIndex;
  readonly dimensionsPresent: {
    readonly expertise: boolean;
    readonly geography: boolean;
    readonly sectors: boolean;
  };
  readonly contextWeights: { readonly geography: number; readonly sectors: number };
}

/**
 * Build the profiles and inverted indexes of a partnership and normalise the context weights
 * over the dimensions present. O(records + N + categories).
 *
 * @example
 * const { combined } = preparePartnership(partnership, resolveMetricsOptions());
 */
export function preparePartnership(
  partnership: Partnership,
  options: ResolvedMetricsOptions,
): PreparedPartnership {
  const profiles = buildProfiles(partnership, pickOptions(options, PROFILE_OPTION_KEYS));
  const dimensionsPresent = {
    expertise: profiles.expertise.present,
    geography: profiles.geography.present,
    sectors: profiles.sectors.present,
  };
  const contextWeights = contextWeightsOf(
    options.contextWeights.geography,
    options.contextWeights.sectors,
    dimensionsPresent.geography,
    dimensionsPresent.sectors,
  );
  const combined: CombinedIndex = {
    expertise: buildPairIndex(profiles.expertise),
    geography: buildPairIndex(profiles.geography),
    sectors: buildPairIndex(profiles.sectors),
    weights: contextWeights,
  };
  return { profiles, combined, dimensionsPresent, contextWeights };
}
