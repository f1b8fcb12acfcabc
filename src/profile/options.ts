import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { PresenceKind } from '../schema/records.js';

/**
 * An expertise level as records carry it (0 = none, 5 = expert): the keys of `levelWeights`.
 * @example
 * const level: ExpertiseLevel = 4;
 * DEFAULT_PROFILE_OPTIONS.levelWeights[level]; // => 0.8
 */
export type ExpertiseLevel = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * A sector network strength as records carry it (1 = weak, 5 = strong): the keys of `strengthWeights`.
 * @example
 * const strength: NetworkStrength = 5;
 * DEFAULT_PROFILE_OPTIONS.strengthWeights[strength]; // => 1
 */
export type NetworkStrength = 1 | 2 | 3 | 4 | 5;

/**
 * How records become profile weights. Every weight must be a finite number in [0, 1]; a weight of 0
 * means the record does not count. Partial objects are merged over the defaults.
 *
 * @example
 * const options: ProfileOptions = { presenceWeights: { network: 0 } };
 * // contacts-only presence ignored: AER's network presence in Myanmar (MM) drops out
 * buildProfiles(partnership, options).geography.rows[0]?.indices.length; // => 3
 * profiles.geography.rows[0]?.indices.length; // => 4
 */
export interface ProfileOptions {
  /** Weight per expertise level. Default level / 5: `{ 0: 0, 1: 0.2, 2: 0.4, 3: 0.6, 4: 0.8, 5: 1 }`. */
  readonly levelWeights?: Readonly<Partial<Record<ExpertiseLevel, number>>>;
  /** Weight per presence kind. Default `{ office: 1, local_partner: 0.75, programme: 0.5, network: 0.25 }`. */
  readonly presenceWeights?: Readonly<Partial<Record<PresenceKind, number>>>;
  /** Weight per network strength. Default strength / 5: `{ 1: 0.2, 2: 0.4, 3: 0.6, 4: 0.8, 5: 1 }`. */
  readonly strengthWeights?: Readonly<Partial<Record<NetworkStrength, number>>>;
  /**
   * 'raw' (default) uses the weights as given; 'specialisation' multiplies each weight by its
   * category's factor (1 + ln(N / n_k)) / (1 + ln N), so categories nearly every member holds
   * count less and overlap on rare expertise stands out (see `specialisationFactors`).
   */
  readonly weighting?: 'raw' | 'specialisation';
  /**
   * Weight of the area part of a geography vector, in [0, 1]: a (country, area) category weighs
   * areaWeight x the presence weight of that area's row. Default 1. 0 leaves the areas out, so
   * the numbers are the country-level ones exactly.
   */
  readonly areaWeight?: number;
  /**
   * Expertise weight, in [0, 1], of a theme a member is observed to work on without a rating
   * (evidence `observed`): presence of the theme, not a skill. Default 0.6, the weight of level 3
   * (the middle of the scale: works on it, skill unknown). Rated records keep their level weight.
   */
  readonly observedWeight?: number;
}

/** Every option key of {@link ProfileOptions} (the compiler keeps the list complete). */
export const PROFILE_OPTION_KEYS: readonly string[] = Object.keys({
  areaWeight: true,
  levelWeights: true,
  observedWeight: true,
  presenceWeights: true,
  strengthWeights: true,
  weighting: true,
} satisfies Record<keyof ProfileOptions, true>);

/** Fully resolved profile weights (every key present). */
export interface ResolvedProfileOptions {
  readonly levelWeights: Readonly<Record<ExpertiseLevel, number>>;
  readonly presenceWeights: Readonly<Record<PresenceKind, number>>;
  readonly strengthWeights: Readonly<Record<NetworkStrength, number>>;
  readonly weighting: 'raw' | 'specialisation';
  readonly areaWeight: number;
  readonly observedWeight: number;
}

/**
 * The default profile weights: expertise level / 5 (an observed theme without a rating 0.6);
 * presence office 1, local_partner 0.75, programme 0.5, network 0.25, areas at the same weight as
 * their row (areaWeight 1); sector strength / 5.
 *
 * @example
 * DEFAULT_PROFILE_OPTIONS.presenceWeights.local_partner; // => 0.75
 */
export const DEFAULT_PROFILE_OPTIONS: ResolvedProfileOptions = Object.freeze({
  levelWeights: Object.freeze({ 0: 0, 1: 0.2, 2: 0.4, 3: 0.6, 4: 0.8, 5: 1 }),
  presenceWeights: Object.freeze({ office: 1, local_partner: 0.75, programme: 0.5, network: 0.25 }),
  strengthWeights: Object.freeze({ 1: 0.2, 2: 0.4, 3: 0.6, 4: 0.8, 5: 1 }),
  weighting: 'raw',
  areaWeight: 1,
  observedWeight: 0.6,
});

/**
 * Check that an option value is a finite number within [min, max]; throw an OptionsError naming
 * the option path otherwise.
 *
 * @throws OptionsError when the value is not a number, NaN, infinite or out of range.
 * @example
 * checkNumber('presenceWeights.office', 0.5, 0, 1); // => 0.5
 * checkNumber('presenceWeights.office', -1, 0, 1);  // throws OptionsError (option 'presenceWeights.office')
 */
export function checkNumber(path: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new OptionsError(path, `Option ${path} must be a finite number, got ${String(value)}.`);
  }
  if (value < min || value > max) {
    throw new OptionsError(path, `Option ${path} must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

function mergeTable<K extends string | number>(
  path: string,
  defaults: Readonly<Record<K, number>>,
  given: unknown,
): Readonly<Record<K, number>> {
  if (given === undefined) return defaults;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new OptionsError(path, `Option ${path} must be an object of weights.`);
  }
  const out = Object.create(null) as Record<string, number>;
  for (const key of Object.keys(defaults)) out[key] = (defaults as Record<string, number>)[key]!;
  checkOptionKeys(given, Object.keys(defaults), `${path}.`);
  for (const key of Object.keys(given)) {
    const value = (given as Record<string, unknown>)[key];
    if (value === undefined) continue;
    out[key] = checkNumber(`${path}.${key}`, value, 0, 1);
  }
  return Object.freeze(out) as Readonly<Record<K, number>>;
}

/**
 * Merge profile options over {@link DEFAULT_PROFILE_OPTIONS} and validate them.
 *
 * @throws OptionsError (with the option path, e.g. 'presenceWeights.office', 'areaWeight') for a
 *   weight that is NaN, infinite, negative or above 1, or for an unknown key.
 * @example
 * resolveProfileOptions({ levelWeights: { 1: 0.1 } }).levelWeights[1]; // => 0.1
 */
export function resolveProfileOptions(options: ProfileOptions = {}): ResolvedProfileOptions {
  const {
    levelWeights,
    presenceWeights,
    strengthWeights,
    weighting = DEFAULT_PROFILE_OPTIONS.weighting,
    areaWeight = DEFAULT_PROFILE_OPTIONS.areaWeight,
    observedWeight = DEFAULT_PROFILE_OPTIONS.observedWeight,
  } = options;
  if (weighting !== 'raw' && weighting !== 'specialisation') {
    throw new OptionsError(
      'weighting',
      `Option weighting must be 'raw' or 'specialisation', got ${String(weighting)}.`,
    );
  }
  return {
    weighting,
    areaWeight: checkNumber('areaWeight', areaWeight, 0, 1),
    observedWeight: checkNumber('observedWeight', observedWeight, 0, 1),
    levelWeights: mergeTable('levelWeights', DEFAULT_PROFILE_OPTIONS.levelWeights, levelWeights),
    presenceWeights: mergeTable('presenceWeights', DEFAULT_PROFILE_OPTIONS.presenceWeights, presenceWeights),
    strengthWeights: mergeTable('strengthWeights', DEFAULT_PROFILE_OPTIONS.strengthWeights, strengthWeights),
  };
}
