import type { PairScores } from '../country/pairScores.js';
import type { PartnershipMetrics } from '../metrics/computeMetrics.js';

/**
 * Adapt the library's metrics to the PairScores the country views and recommendations read.
 *
 * @example
 * const scores = pairScoresFromMetrics(computeMetrics(partnership));
 * scores.synergy('FTA', 'UWS'); // => the synergy matrix entry
 */
export function pairScoresFromMetrics(m: PartnershipMetrics): PairScores {
  return {
    synergy: (a, b) => m.synergy.get(a, b),
    duplication: (a, b) => m.duplication.get(a, b),
    expertiseOverlap: (a, b) => m.expertise.overlap.get(a, b),
    geographyOverlap: (a, b) => m.geography.overlap.get(a, b),
    sectorOverlap: (a, b) => m.sectors.overlap.get(a, b),
  };
}
