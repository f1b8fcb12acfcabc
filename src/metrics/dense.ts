/**
 * The dense reference implementation: every metric computed the plain way, looping over all
 * categories for every ordered pair. O(N² · C) time and O(N · C + N²) memory, so only for small
 * inputs and for testing the sparse engine, which must agree with it exactly (both sum in
 * ascending category order and share the pair formulas of formulas.ts).
 */
import { pickOptions } from '../optionKeys.js';
import { buildProfiles } from '../profile/buildProfiles.js';
import { PROFILE_OPTION_KEYS } from '../profile/options.js';
import type { DimensionProfile } from '../profile/types.js';
import type { Partnership } from '../schema/records.js';
import type { DimensionMetrics } from './dimensionMatrices.js';
import {
  contextOf,
  contextWeightsOf,
  cosineOf,
  cosineSelf,
  duplicationOf,
  gainOf,
  overlapOf,
  synergyOf,
} from './formulas.js';
import { type MetricsOptions, resolveMetricsOptions } from './options.js';
import { SquareMatrix } from './SquareMatrix.js';
import { weightInUnits, weightScaleOf } from './weightScale.js';

/**
 * A profile as a dense row-major N x C matrix of weights (0 where a member lacks a category).
 *
 * @example
 * denseWeights(profile)[0 * profile.categories.length + 2]; // => weight of member 0 in category 2
 */
export function denseWeights(profile: DimensionProfile): Float64Array {
  const c = profile.categories.length;
  const x = new Float64Array(profile.ids.length * c);
  profile.rows.forEach((row, i) => {
    for (let p = 0; p < row.indices.length; p++) x[i * c + row.indices[p]!] = row.weights[p]!;
  });
  return x;
}

/**
 * Dense reference of {@link computeDimensionMetrics}: eager matrices from plain loops.
 *
 * @param profile - one dimension of {@link buildProfiles}
 * @param options - `cosine`: also compute cosine similarity (default false)
 * @example
 * // the dense reference agrees with the sparse computation
 * denseDimensionMetrics(profiles.sectors).overlap.get('FTA', 'SEW'); // => metrics.sectors.overlap.get('FTA', 'SEW')
 */
export function denseDimensionMetrics(
  profile: DimensionProfile,
  options: { readonly cosine?: boolean } = {},
): DimensionMetrics {
  const { cosine = false } = options;
  const n = profile.ids.length;
  const c = profile.categories.length;
  // Sum in the same units as the sparse engine (whole numbers when the weights are on a grid).
  const scale = weightScaleOf(profile);
  const x = denseWeights(profile).map((w) => weightInUnits(w, scale));
  const l1 = new Float64Array(n);
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < c; k++) {
      l1[i] = l1[i]! + x[i * c + k]!;
      sq[i] = sq[i]! + x[i * c + k]! * x[i * c + k]!;
    }
  }
  const overlap = new Float64Array(n * n);
  const complementarity = new Float64Array(n * n);
  const cos = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let min = 0;
      let dot = 0;
      for (let k = 0; k < c; k++) {
        min += Math.min(x[i * c + k]!, x[j * c + k]!);
        dot += x[i * c + k]! * x[j * c + k]!;
      }
      overlap[i * n + j] = overlapOf(min, l1[i]!, l1[j]!);
      complementarity[i * n + j] = gainOf(min, l1[i]!, l1[j]!);
      cos[i * n + j] = i === j ? cosineSelf(sq[i]!) : cosineOf(dot, sq[i]!, sq[j]!);
    }
  }
  const ids = profile.ids;
  const base = {
    dimension: profile.dimension,
    ids,
    overlap: new SquareMatrix(ids, overlap),
    complementarity: new SquareMatrix(ids, complementarity),
  };
  const rest = { empty: Array.from(l1, (v) => !(v > 0)), present: profile.present };
  return cosine ? { ...base, cosine: new SquareMatrix(ids, cos), ...rest } : { ...base, ...rest };
}

/** What {@link denseMetrics} returns: the dense counterparts of computeMetrics' results. */
export interface DenseMetrics {
  readonly ids: readonly string[];
  readonly expertise: DimensionMetrics;
  readonly geography: DimensionMetrics;
  readonly sectors: DimensionMetrics;
  readonly context: SquareMatrix;
  readonly synergy: SquareMatrix;
  readonly duplication: SquareMatrix;
}

/**
 * Dense reference of {@link computeMetrics} (same options, same definitions, eager matrices).
 *
 * @param partnership - the normalised partnership
 * @param options - as for {@link computeMetrics}
 * @example
 * denseMetrics(partnership).synergy.get('FTA', 'SEW'); // => ~metrics.synergy.get('FTA', 'SEW')
 */
export function denseMetrics(partnership: Partnership, options: MetricsOptions = {}): DenseMetrics {
  const resolved = resolveMetricsOptions(options);
  const profiles = buildProfiles(partnership, pickOptions(resolved, PROFILE_OPTION_KEYS));
  const dims = {
    expertise: denseDimensionMetrics(profiles.expertise, { cosine: resolved.cosine }),
    geography: denseDimensionMetrics(profiles.geography, { cosine: resolved.cosine }),
    sectors: denseDimensionMetrics(profiles.sectors, { cosine: resolved.cosine }),
  };
  const w = contextWeightsOf(
    resolved.contextWeights.geography,
    resolved.contextWeights.sectors,
    profiles.geography.present,
    profiles.sectors.present,
  );
  const n = profiles.ids.length;
  const context = new Float64Array(n * n);
  const synergy = new Float64Array(n * n);
  const duplication = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const ctx = contextOf(
        dims.geography.overlap.get(i, j),
        dims.sectors.overlap.get(i, j),
        w.geography,
        w.sectors,
      );
      const eo = dims.expertise.overlap.get(i, j);
      context[i * n + j] = ctx;
      synergy[i * n + j] = i === j ? 0 : synergyOf(ctx, eo);
      duplication[i * n + j] = i === j ? 0 : duplicationOf(ctx, eo);
    }
  }
  const ids = profiles.ids;
  return {
    ids,
    ...dims,
    context: new SquareMatrix(ids, context),
    synergy: new SquareMatrix(ids, synergy),
    duplication: new SquareMatrix(ids, duplication),
  };
}
