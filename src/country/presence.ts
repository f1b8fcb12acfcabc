import type { PresenceKind } from '../schema/records.js';

/** Presence kinds from strongest to weakest: the order members are listed in a country view. */
export const PRESENCE_ORDER: readonly PresenceKind[] = Object.freeze([
  'office',
  'local_partner',
  'programme',
  'network',
]);

/** Default presence weights of the metrics contract (office 1, local_partner 0.75, programme 0.5, network 0.25). */
export const PRESENCE_WEIGHTS: Readonly<Record<PresenceKind, number>> = Object.freeze({
  office: 1,
  local_partner: 0.75,
  programme: 0.5,
  network: 0.25,
});

/**
 * Rank of a presence kind (0 = office, strongest; 3 = network, weakest).
 *
 * @example
 * presenceRank('office');  // => 0
 * presenceRank('network'); // => 3
 */
export function presenceRank(kind: PresenceKind): number {
  return PRESENCE_ORDER.indexOf(kind);
}
