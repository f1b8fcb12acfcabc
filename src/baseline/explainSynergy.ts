import { explainPair, type PairExplanation } from '../metrics/explainPair.js';
import type { Baseline } from './buildBaseline.js';

/**
 * Why a pair has the synergy it has, in one object: the shared context (geography and sector
 * overlap, each weighted), the expertise overlap, synergy = context x (1 - expertise overlap),
 * duplication = context x expertise overlap, and each dimension's per-category contributions
 * ({@link explainPair}).
 * @example
 * const why: SynergyExplanation = explainSynergy(baseline, 'FTA', 'SEW');
 * why.duplication === baseline.metrics.duplication.get('FTA', 'SEW'); // => true
 */
export interface SynergyExplanation {
  /** Member id a. */
  readonly a: string;
  /** Member id b. */
  readonly b: string;
  /** synergy.get(a, b). */
  readonly synergy: number;
  /** duplication.get(a, b). */
  readonly duplication: number;
  /** context.get(a, b): the weighted mean of the geography and sector overlap. */
  readonly context: number;
  /** The context weights used (normalised over the dimensions present). */
  readonly contextWeights: { readonly geography: number; readonly sectors: number };
  /** Each context dimension's share of the context: its weight x its overlap. */
  readonly contextContributions: { readonly geography: number; readonly sectors: number };
  /** expertise.overlap.get(a, b): what synergy discounts (the same expertise twice). */
  readonly expertiseOverlap: number;
  /** Per dimension: the categories behind the overlap and complementarity. */
  readonly dimensions: {
    readonly expertise: PairExplanation;
    readonly geography: PairExplanation;
    readonly sectors: PairExplanation;
  };
}

/**
 * Explain the synergy of two members of a baseline: context, expertise overlap and each
 * dimension's contributions, instead of rebuilding synergy from three explainPair calls. The
 * numbers are those of the baseline's matrices.
 *
 * @param baseline - the live baseline from buildBaseline
 * @param a - a member id
 * @param b - another member id
 * @returns the explanation; see {@link SynergyExplanation}
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER for an unknown member id.
 * @example
 * const why = explainSynergy(baseline, 'FTA', 'SEW');
 * why.synergy === baseline.metrics.synergy.get('FTA', 'SEW'); // => true
 * why.synergy; // => ~why.context * (1 - why.expertiseOverlap)
 * why.contextContributions.geography + why.contextContributions.sectors; // => ~why.context
 * why.dimensions.expertise.overlap === why.expertiseOverlap; // => true
 */
export function explainSynergy(baseline: Baseline, a: string, b: string): SynergyExplanation {
  const m = baseline.metrics;
  const dimensions = {
    expertise: explainPair(m.profiles, a, b, 'expertise'),
    geography: explainPair(m.profiles, a, b, 'geography'),
    sectors: explainPair(m.profiles, a, b, 'sectors'),
  };
  const w = m.contextWeights;
  return {
    a,
    b,
    synergy: m.synergy.get(a, b),
    duplication: m.duplication.get(a, b),
    context: m.context.get(a, b),
    contextWeights: { geography: w.geography, sectors: w.sectors },
    contextContributions: {
      geography: w.geography * dimensions.geography.overlap,
      sectors: w.sectors * dimensions.sectors.overlap,
    },
    expertiseOverlap: m.expertise.overlap.get(a, b),
    dimensions,
  };
}
