/**
 * The time split of the study: profiles come from activities that start before the split date,
 * collaborations to predict from activities that start on or after it. Who counts as a peer (an
 * organisation to pair) and who as a funder is decided from the earlier activities alone, so
 * nothing from the later period leaks into the candidates or their profiles.
 * @module
 */
import type { Activity, Organisation, Role } from './readIati.js';

/** Options of the split. */
export interface SplitOptions {
  /** First day of the later period, YYYY-MM-DD: activities starting on or after it are "later". */
  readonly splitDate: string;
  /** Roles that make an organisation a participant of an activity. Default reporting and implementing. */
  readonly peerRoles?: readonly Role[];
  /**
   * IATI organisation types that mark a funder (when the organisation never implements). Default
   * 10 government, 15 other public sector, 60 foundation.
   */
  readonly funderTypes?: readonly string[];
}

export const DEFAULT_PEER_ROLES: readonly Role[] = Object.freeze(['reporting', 'implementing']);
export const DEFAULT_FUNDER_TYPES: readonly string[] = Object.freeze(['10', '15', '60']);

/** Activities before and from the split date. */
export function splitActivities(
  activities: readonly Activity[],
  splitDate: string,
): { earlier: Activity[]; later: Activity[] } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(splitDate))
    throw new Error(`splitDate must be YYYY-MM-DD, got "${splitDate}".`);
  return {
    earlier: activities.filter((a) => a.start < splitDate),
    later: activities.filter((a) => a.start >= splitDate),
  };
}

/**
 * Funders, judged on the given (earlier) activities: organisations that never implement there and
 * either are named in the funding role or have a funder organisation type. A donor that only
 * publishes and funds (a ministry, a foundation, a pooled fund) is a funder; an NGO that passes
 * money to partners but also implements stays a peer.
 */
export function classifyFunders(
  activities: readonly Activity[],
  organisations: ReadonlyMap<string, Organisation>,
  funderTypes: readonly string[] = DEFAULT_FUNDER_TYPES,
): Set<string> {
  const implementing = new Set<string>();
  const candidates = new Set<string>();
  for (const a of activities) {
    for (const p of a.participants) {
      if (p.role === 'implementing') implementing.add(p.key);
      const type = organisations.get(p.key)?.type ?? '';
      if (p.role === 'funding' || funderTypes.includes(type)) candidates.add(p.key);
    }
  }
  return new Set([...candidates].filter((k) => !implementing.has(k)));
}

/** The peers of one activity: participants in a peer role who are not funders, sorted, unique. */
export function activityPeers(
  activity: Activity,
  funders: ReadonlySet<string>,
  peerRoles: readonly Role[] = DEFAULT_PEER_ROLES,
): string[] {
  const keys = activity.participants.filter((p) => peerRoles.includes(p.role) && !funders.has(p.key));
  return [...new Set(keys.map((p) => p.key))].sort();
}

/** Index of the pair (i, j), i < j, of n organisations in row-major upper-triangle order. */
export function pairIndex(i: number, j: number, n: number): number {
  return (i * (2 * n - i - 1)) / 2 + (j - i - 1);
}

/** Everything the scoring needs, from one split. */
export interface StudySplit {
  readonly splitDate: string;
  readonly earlier: readonly Activity[];
  readonly later: readonly Activity[];
  /** Funders found in the earlier activities (never paired). */
  readonly funders: readonly string[];
  /** Organisations with at least one earlier activity as a peer: the candidates, sorted by key. */
  readonly peers: readonly string[];
  /** Candidate pairs (every pair of peers), as indices into `peers`. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** 1 when the pair co-participates (both peers) in at least one later activity. */
  readonly positive: Uint8Array;
  /** Number of earlier activities the pair shares as peers. */
  readonly earlierTogether: Int32Array;
  /** Number of earlier activities per peer. */
  readonly earlierActivities: Int32Array;
  /** 1 when the peer takes part (as a peer) in at least one later activity. */
  readonly activeLater: Uint8Array;
  /** Later activities with at least two candidate peers (they make the positives). */
  readonly laterActivitiesWithPairs: number;
}

function countPairs(
  activities: readonly Activity[],
  index: ReadonlyMap<string, number>,
  funders: ReadonlySet<string>,
  peerRoles: readonly Role[],
  onPair: (p: number) => void,
): number {
  const n = index.size;
  let withPairs = 0;
  for (const act of activities) {
    const ids = activityPeers(act, funders, peerRoles)
      .map((k) => index.get(k))
      .filter((i): i is number => i !== undefined)
      .sort((x, y) => x - y);
    if (ids.length >= 2) withPairs++;
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) onPair(pairIndex(ids[x]!, ids[y]!, n));
    }
  }
  return withPairs;
}

/** Split the activities and derive candidates, positives and the earlier co-participation counts. */
export function buildSplit(
  activities: readonly Activity[],
  organisations: ReadonlyMap<string, Organisation>,
  options: SplitOptions,
): StudySplit {
  const peerRoles = options.peerRoles ?? DEFAULT_PEER_ROLES;
  const { earlier, later } = splitActivities(activities, options.splitDate);
  const funders = classifyFunders(earlier, organisations, options.funderTypes);
  const peerSet = new Set<string>();
  for (const act of earlier) for (const k of activityPeers(act, funders, peerRoles)) peerSet.add(k);
  const peers = [...peerSet].sort();
  const index = new Map(peers.map((k, i) => [k, i]));
  const n = peers.length;
  const nPairs = (n * (n - 1)) / 2;
  const a = new Int32Array(nPairs);
  const b = new Int32Array(nPairs);
  for (let i = 0, p = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, p++) {
      a[p] = i;
      b[p] = j;
    }
  }
  const earlierActivities = new Int32Array(n);
  for (const act of earlier)
    for (const k of activityPeers(act, funders, peerRoles)) earlierActivities[index.get(k)!]!++;
  const activeLater = new Uint8Array(n);
  for (const act of later) {
    for (const k of activityPeers(act, funders, peerRoles)) {
      const i = index.get(k);
      if (i !== undefined) activeLater[i] = 1;
    }
  }
  const earlierTogether = new Int32Array(nPairs);
  countPairs(earlier, index, funders, peerRoles, (p) => earlierTogether[p]!++);
  const positive = new Uint8Array(nPairs);
  const laterActivitiesWithPairs = countPairs(later, index, funders, peerRoles, (p) => {
    positive[p] = 1;
  });
  return {
    splitDate: options.splitDate,
    earlier,
    later,
    funders: [...funders].sort(),
    peers,
    a,
    b,
    positive,
    earlierTogether,
    earlierActivities,
    activeLater,
    laterActivitiesWithPairs,
  };
}
