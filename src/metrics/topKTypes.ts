/**
 * One of a member's best partners, with the numbers behind the ranking.
 * @example
 * const best: TopPartner | undefined = topSynergyPartners(partnership, { k: 1 })[1]?.partners[0];
 * best?.id; // => 'SSF'
 * best?.synergy; // => metrics.synergy.get('FTA', 'SSF')
 */
export interface TopPartner {
  /** Partner member id. */
  readonly id: string;
  /** synergy = context * (1 - expertiseOverlap), > 0. */
  readonly synergy: number;
  /** duplication = context * expertiseOverlap. */
  readonly duplication: number;
  /** Weighted mean of geography and sector overlap. */
  readonly context: number;
  /** Expertise overlap (weighted Jaccard). */
  readonly expertiseOverlap: number;
}

/**
 * A member and its best partners by synergy, best first.
 * @example
 * const fta: MemberTopPartners | undefined = topSynergyPartners(partnership, { k: 2 }).find((t) => t.member === 'FTA');
 * fta?.partners.map((p) => p.id); // => ['SSF', 'HDN']
 */
export interface MemberTopPartners {
  /** Member id. */
  readonly member: string;
  /** Up to k partners, synergy descending, ties by member order. */
  readonly partners: readonly TopPartner[];
}

/**
 * Per member (in partnership member order) the k best partners by synergy.
 * @example
 * const top: TopK = topSynergyPartners(partnership, { k: 3 });
 * top.map((t) => t.member); // => partnership.members.map((m) => m.id)
 */
export type TopK = readonly MemberTopPartners[];
