/**
 * The views of the areas below one country: per area who is present how, the themes worked on
 * there, the themes missing there that members cover elsewhere in the country (the classic 3W gap
 * view), and local partners two or more members name there.
 * @module
 */

import { cmp } from '../normalise/issue.js';
import type { PartnerNameOptions } from '../normalise/orgNames.js';
import type { AreaView } from '../schema/baseline.js';
import type { GeographyRecord, PresenceKind } from '../schema/records.js';
import { sortedWithout, type ThemeCoverer } from './coverage.js';
import { presenceRank } from './presence.js';
import { sharedPartners } from './sharedPartners.js';
import type { ThemeCodes } from './themePlaces.js';

interface AreaPresent {
  id: string;
  presence: PresenceKind;
  partners: string[];
}

/** What {@link buildAreaViews} needs besides the records. */
export interface AreaViewContext {
  /** A member's themes in an area of the country (see ThemePlaces.codesIn). */
  readonly codesIn: (member: string, area: string) => ThemeCodes;
  readonly memberCmp: (a: string, b: string) => number;
  /** The coverage of a group (levels and theme ordinals as codesIn's). */
  readonly cover: ThemeCoverer;
  /** Themes covered by the members present in the whole country, sorted. */
  readonly countryCovered: readonly string[];
  readonly partnerNames: PartnerNameOptions;
}

/**
 * Build the views of the areas named in one country's geography records, sorted by area id.
 * Members of an area are listed strongest presence first, then in member order; a member named
 * in an area by several records keeps its strongest presence there and the union of its
 * partners. Themes come from the members present that are not there with contacts only
 * (presence `network`), each with its themes in the area (`codesIn`). `missing` = themes covered
 * in the country (rated at coverageLevel or higher, or observed) that no member present in the
 * area covers. Cost O(area entries * themes per member there).
 *
 * @param records - the geography records of one country
 * @param ctx - member themes, member order, levels, the country's covered themes, partner-name options
 * @example
 * const views = buildAreaViews(
 *   [{ member: 'a', country: 'AF', presence: 'programme', partners: [], since: null, sources: [],
 *      areas: [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: [] }] }],
 *   { codesIn: () => new Int32Array(0), memberCmp: (x, y) => (x < y ? -1 : 1),
 *     cover: themeCoverer([], (x, y) => (x < y ? -1 : 1), { duplicationLevel: 4, coverageLevel: 3 }),
 *     countryCovered: ['health'], partnerNames: {} },
 * );
 * views[0]?.missing; // => ['health']
 */
export function buildAreaViews(records: readonly GeographyRecord[], ctx: AreaViewContext): AreaView[] {
  const byArea = new Map<
    string,
    { name: string; parent: string | null; present: Map<string, AreaPresent> }
  >();
  for (const g of records) {
    for (const a of g.areas ?? []) {
      let area = byArea.get(a.id);
      if (!area) {
        area = { name: a.name, parent: a.parent, present: new Map() };
        byArea.set(a.id, area);
      }
      const prev = area.present.get(g.member);
      if (!prev) {
        area.present.set(g.member, { id: g.member, presence: a.presence, partners: [...a.partners] });
      } else {
        if (presenceRank(a.presence) < presenceRank(prev.presence)) prev.presence = a.presence;
        prev.partners = [...new Set([...prev.partners, ...a.partners])].sort(cmp);
      }
    }
  }
  return [...byArea.keys()].sort(cmp).map((id) => {
    const area = byArea.get(id)!;
    const present = [...area.present.values()].sort(
      (a, b) => presenceRank(a.presence) - presenceRank(b.presence) || ctx.memberCmp(a.id, b.id),
    );
    const ids = present
      .filter((p) => p.presence !== 'network')
      .map((p) => p.id)
      .sort(ctx.memberCmp);
    const coverage = ctx.cover(ids, (m) => ctx.codesIn(m, id));
    return {
      area: id,
      name: area.name,
      parent: area.parent,
      members: present.map((p) => ({ id: p.id, presence: p.presence, partners: p.partners })),
      themes: coverage.themes,
      duplicated: coverage.duplicated,
      missing: sortedWithout(ctx.countryCovered, coverage.covered),
      sharedPartners: sharedPartners(present, ctx.partnerNames, ctx.memberCmp),
    };
  });
}
