import type { DimensionProfile } from '../profile/types.js';
import { type DimensionMetrics, dimensionMetricsFromIndex } from './dimensionMatrices.js';
import { checkBoolean, checkPositiveInteger, DEFAULT_METRICS_OPTIONS } from './options.js';
import { buildPairIndex } from './pairIndex.js';

/**
 * Options of {@link computeDimensionMetrics}.
 * @example
 * const options: DimensionMetricsOptions = { cosine: true };
 * computeDimensionMetrics(profiles.expertise, options).cosine?.get('FTA', 'SEW'); // => ~0.762
 */
export interface DimensionMetricsOptions {
  /** Also compute cosine similarity. Default false. */
  readonly cosine?: boolean;
  /** Largest number of members for which a matrix's full `values` may be built. Default 10,000. */
  readonly maxMatrixMembers?: number;
}

/**
 * Overlap (weighted Jaccard / Ruzicka), complementarity and optionally cosine similarity of every
 * pair of members in one dimension, computed from the sparse profile through an inverted index
 * (only co-occurring pairs are touched; sums of maxima come from row sums:
 * sum_k max(x, y) = |x|_1 + |y|_1 - sum_k min(x, y)).
 *
 * - overlap(i, j) = sum_k min / sum_k max; 1 on the diagonal for a non-empty member.
 * - complementarity(i, j) = C(i<-j) = (|x_j|_1 - sum_k min) / sum_k max, what j adds to i.
 * - Both-empty pairs are 0 everywhere (never NaN) and flagged by `empty`; when only one member is
 *   empty, overlap is 0 and C(empty<-other) = 1, C(other<-empty) = 0.
 *
 * The matrices are computed on demand: `get(i, j)` merges the two profiles, `row(i)` is one pass
 * over the inverted index, `values` (8·N² bytes) one pass per matrix, O(sum over categories of
 * postings²/2 + N²). Building the index is O(N + C + nnz).
 *
 * @param profile - one dimension of {@link buildProfiles}
 * @param options - `cosine` (default false) and `maxMatrixMembers` for materialising `values` (default 10,000)
 * @throws OptionsError for an invalid option.
 * @throws PartnerSynergyError E_SCHEMA for a malformed profile.
 * @example
 * const { partnership: two } = parsePartnership({
 *   'members.csv': 'id,name\nfnv,FNV\noxfam,Oxfam\n',
 *   'geography.csv': 'member,country,presence\nfnv,Bangladesh,office\noxfam,Bangladesh,programme\noxfam,Kenya,office\n',
 * });
 * // fnv: office in BD (weight 1); oxfam: programme in BD (0.5) and office in KE (1)
 * const geo = computeDimensionMetrics(buildProfiles(two).geography);
 * // overlap: 0.5 / (1 + 1.5 - 0.5)
 * geo.overlap.get('fnv', 'oxfam'); // => 0.25
 * // what oxfam adds to fnv: (1.5 - 0.5) / 2
 * geo.complementarity.get('fnv', 'oxfam'); // => 0.5
 * // what fnv adds to oxfam: (1 - 0.5) / 2
 * geo.complementarity.get('oxfam', 'fnv'); // => 0.25
 */
export function computeDimensionMetrics(
  profile: DimensionProfile,
  options: DimensionMetricsOptions = {},
): DimensionMetrics {
  const cosine = checkBoolean('cosine', options.cosine, DEFAULT_METRICS_OPTIONS.cosine);
  const maxMatrixMembers = checkPositiveInteger(
    'maxMatrixMembers',
    options.maxMatrixMembers,
    DEFAULT_METRICS_OPTIONS.maxMatrixMembers,
  );
  return dimensionMetricsFromIndex(profile, buildPairIndex(profile), { cosine, maxMatrixMembers });
}
