import { checkOptionKeys } from '../optionKeys.js';
import type { Profiles } from '../profile/types.js';
import type { Partnership } from '../schema/records.js';
import { combinedSource } from './combined.js';
import { type DimensionMetrics, dimensionMetricsFromIndex } from './dimensionMatrices.js';
import { METRICS_OPTION_KEYS, type MetricsOptions, resolveMetricsOptions } from './options.js';
import { preparePartnership } from './prepare.js';
import { SquareMatrix } from './SquareMatrix.js';

export type { MetricsOptions } from './options.js';

/**
 * Every pair metric of a partnership. All matrices share `ids` (the partnership's member order).
 * @example
 * const m: PartnershipMetrics = baseline.metrics;
 * m.dimensionsPresent; // => { expertise: true, geography: true, sectors: true }
 * m.contextWeights; // => { geography: 0.5, sectors: 0.5 }
 * // synergy = context x (1 - expertise overlap)
 * m.synergy.get('FTA', 'SEW'); // => ~m.context.get('FTA', 'SEW') * (1 - m.expertise.overlap.get('FTA', 'SEW'))
 */
export interface PartnershipMetrics {
  /** Member ids: the row and column order of every matrix (the partnership's members order). */
  readonly ids: readonly string[];
  /** The member profiles the metrics were computed from. */
  readonly profiles: Profiles;
  /** Expertise overlap and complementarity (and cosine when requested). */
  readonly expertise: DimensionMetrics;
  /** Geography overlap and complementarity (and cosine when requested). */
  readonly geography: DimensionMetrics;
  /** Sector overlap and complementarity (and cosine when requested). */
  readonly sectors: DimensionMetrics;
  /** context(i, j): weighted mean of geography and sector overlap over the dimensions present. */
  readonly context: SquareMatrix;
  /** synergy(i, j) = context(i, j) * (1 - expertise overlap); 0 on the diagonal. */
  readonly synergy: SquareMatrix;
  /** duplication(i, j) = context(i, j) * expertise overlap; 0 on the diagonal. */
  readonly duplication: SquareMatrix;
  /** Which dimensions have at least one record. A missing one drops out of the context mean. */
  readonly dimensionsPresent: {
    readonly expertise: boolean;
    readonly geography: boolean;
    readonly sectors: boolean;
  };
  /** The context weights actually used (normalised to sum 1 over the dimensions present, or 0/0). */
  readonly contextWeights: { readonly geography: number; readonly sectors: number };
}

/**
 * Compute profiles and all pair metrics of a partnership: per dimension overlap and
 * complementarity (and cosine), then context, synergy and duplication.
 *
 * - context(i, j) = wg·O_geo(i, j) + ws·O_sec(i, j) with the context weights normalised over the
 *   dimensions present (no member has any record in a missing one); 0 everywhere when neither is
 *   present. On the diagonal it keeps that formula value.
 * - synergy(i, j) = context(i, j) · (1 - O_exp(i, j)); duplication(i, j) = context(i, j) · O_exp(i, j);
 *   both 0 on the diagonal. When expertise is missing, O_exp = 0 and synergy = context.
 * - Pairs where both members are empty in a dimension are 0 there (flagged by `empty`), never NaN.
 *
 * Cost: building profiles and inverted indexes is O(records + N + categories). The matrices are
 * computed on demand from the sparse profiles, never by looping over all categories for all
 * pairs: `get(i, j)` merges two profiles, `row(i)` is one pass over the inverted indexes, `values`
 * one pass over all co-occurring pairs plus 8·N² bytes, and is refused (LimitError) beyond
 * `maxMatrixMembers`. For large partnerships use {@link topSynergyPartners}.
 *
 * @param partnership - the normalised partnership
 * @param options - profile weights, context weights, cosine; defaults in {@link DEFAULT_METRICS_OPTIONS}
 * @throws OptionsError with the option path for an invalid option.
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER / E_SCHEMA for records that do not fit the members.
 * @example
 * const { partnership: ab } = parsePartnership({
 *   'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
 *   'expertise.csv': 'member,theme,level\nA,living wage,5\nB,freedom of association,5\n',
 *   'geography.csv': 'member,country,presence\nA,Bangladesh,office\nB,Bangladesh,office\n',
 * });
 * // A and B both have an office in Bangladesh (geography overlap 1), there is no sector data
 * // (sectors drop out of the context) and they share no theme (expertise overlap 0):
 * const m = computeMetrics(ab);
 * m.context.get('A', 'B'); // => 1
 * // 1 * (1 - 0)
 * m.synergy.get('A', 'B'); // => 1
 * m.duplication.get('A', 'B'); // => 0
 * m.synergy.toArray(2); // => [[0, 1], [1, 0]]
 * JSON.stringify(m.synergy); // => '{"ids":["A","B"],"values":[[0,1],[1,0]]}'
 */
export function computeMetrics(partnership: Partnership, options: MetricsOptions = {}): PartnershipMetrics {
  checkOptionKeys(options, METRICS_OPTION_KEYS);
  const resolved = resolveMetricsOptions(options);
  const { cosine, maxMatrixMembers, engine } = resolved;
  const { profiles, combined, dimensionsPresent, contextWeights } = preparePartnership(partnership, resolved);
  const ids = profiles.ids;
  const dim = { cosine, maxMatrixMembers };
  return {
    ids,
    profiles,
    expertise: dimensionMetricsFromIndex(profiles.expertise, combined.expertise, dim),
    geography: dimensionMetricsFromIndex(profiles.geography, combined.geography, dim),
    sectors: dimensionMetricsFromIndex(profiles.sectors, combined.sectors, dim),
    context: new SquareMatrix(ids, combinedSource(combined, 'context', maxMatrixMembers, engine)),
    synergy: new SquareMatrix(ids, combinedSource(combined, 'synergy', maxMatrixMembers, engine)),
    duplication: new SquareMatrix(ids, combinedSource(combined, 'duplication', maxMatrixMembers, engine)),
    dimensionsPresent,
    contextWeights,
  };
}
