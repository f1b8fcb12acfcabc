import type { Partnership } from '../schema/records.js';

/**
 * Whether a member is known only by a registry code: its name is its id and reads as a code
 * ("TZ-MOCDGWSG-4196", "GB-CHC-207578": a digit and a hyphen, no space). IATI files give some
 * organisations a reference and no name.
 */
function knownOnlyByCode(id: string, name: string): boolean {
  return name === id && /\d/.test(id) && id.includes('-') && !/\s/.test(id);
}

/**
 * What backs each member, for ordering recommendations of equal score: the activities observed
 * for it (over its themes, the highest count of each, as `activities(member, theme)` gives them),
 * and -1 for a member known only by a registry code (nobody can act on an item naming an
 * organisation without a name). Rated data without counts gives 0 for everyone, so their ties
 * keep their order by id.
 */
export function memberSupport(
  members: Partnership['members'],
  workedThemesOf: (member: string) => readonly string[],
  activities: (member: string, theme: string) => number,
): Map<string, number> {
  const support = new Map<string, number>();
  for (const m of members) {
    if (support.has(m.id)) continue;
    let total = knownOnlyByCode(m.id, m.name) ? -1 : 0;
    if (total === 0) for (const t of workedThemesOf(m.id)) total += activities(m.id, t);
    support.set(m.id, total);
  }
  return support;
}

/** An item's support: its weakest member's (see memberSupport); 0 for an item without members. */
export function itemSupport(members: readonly string[], support: (member: string) => number): number {
  let weakest = Number.POSITIVE_INFINITY;
  for (const m of members) weakest = Math.min(weakest, support(m));
  return weakest === Number.POSITIVE_INFINITY ? 0 : weakest;
}
