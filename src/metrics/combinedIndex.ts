import type { PairIndex } from './pairIndex.js';

/**
 * The pair indexes of the three dimensions plus the normalised context weights: what context,
 * synergy and duplication are computed from.
 */
export interface CombinedIndex {
  readonly expertise: PairIndex;
  readonly geography: PairIndex;
  readonly sectors: PairIndex;
  /** Context weights normalised over the dimensions present (see contextWeightsOf). */
  readonly weights: { readonly geography: number; readonly sectors: number };
}

/** Which combined value: context, synergy or duplication. */
export type CombinedKind = 'context' | 'synergy' | 'duplication';
