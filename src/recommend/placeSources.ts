/**
 * Evidence of a place: the geography rows that back "present in these areas" or "works with this
 * local partner there", rather than every row a member has in the country. A 3W table gives one
 * row per organisation and area, so a large organisation has hundreds of rows in a country; a
 * recommendation about two districts should cite the rows of those two districts.
 * @module
 */
import type { GeographyRecord, SourceRef } from '../schema/records.js';
import { mergeEvidence } from './evidence.js';
import type { PartnershipIndex } from './partnershipIndex.js';

/** What a recommendation says about where a member is. */
export interface PlaceClaim {
  /** Area ids of the country it is present in (any one of them); none: the country as a whole. */
  readonly areas?: readonly string[];
  /** Names of a local partner as written in the rows (any one of them); none: no partner claimed. */
  readonly partners?: readonly string[];
}

/**
 * The source rows that place a member where a recommendation says: its rows in the country that
 * name one of the claim's areas (a written path names every level, so a row of a district also
 * names its province) and, with partners, name one of those partners (there, when areas are
 * given too). When the claim names nothing, or no row matches, the rows that place the member in
 * the country as a whole (rows naming no area), else its first row there: one row shows presence,
 * and the expertise rows show what it does there. Rows of areas built without their sources (by
 * hand, through the API) cannot be told apart: the record's rows are cited then. Sorted by file
 * and line, each row once.
 *
 * @example
 * // a 3W member with rows in Kabul (line 2) and Hirat (line 3)
 * placeSources(index, 'aoad', 'AF', { areas: ['AF32'] }); // => [{ file: 'geography.csv', line: 3 }]
 * placeSources(index, 'aoad', 'AF'); // => [{ file: 'geography.csv', line: 2 }]
 */
export function placeSources(
  index: PartnershipIndex,
  member: string,
  country: string,
  claim: PlaceClaim = {},
): readonly SourceRef[] {
  const records = index.placeRecords(member, country);
  const areas = claim.areas !== undefined && claim.areas.length > 0 ? new Set(claim.areas) : null;
  const partners = claim.partners !== undefined && claim.partners.length > 0 ? new Set(claim.partners) : null;
  if (areas !== null || partners !== null) {
    const hits = records.map((r) => claimRows(r, areas, partners));
    if (hits.some((h) => h.length > 0)) return mergeEvidence(...hits);
  }
  const countryRows = records.map(countryLevelRows);
  if (countryRows.some((h) => h.length > 0)) return mergeEvidence(...countryRows);
  const first = records[0]?.sources[0];
  return first === undefined ? [] : [first];
}

/** The rows of a record that back the claim (areas and partners, each when given). */
function claimRows(
  r: GeographyRecord,
  areas: ReadonlySet<string> | null,
  partners: ReadonlySet<string> | null,
): readonly SourceRef[] {
  const named = (list: readonly string[]) => partners === null || list.some((p) => partners.has(p.trim()));
  const rowAreas = r.areas ?? [];
  const hits = rowAreas.filter((a) => (areas === null || areas.has(a.id)) && named(a.partners));
  if (hits.length > 0) return hits.flatMap((a) => a.sources ?? r.sources);
  // A partner named on a row without areas.
  return areas === null && rowAreas.length === 0 && named(r.partners) ? r.sources : [];
}

/** The rows of a record that name no area (all of them when its areas do not say which rows they came from). */
function countryLevelRows(r: GeographyRecord): readonly SourceRef[] {
  const rowAreas = r.areas ?? [];
  if (rowAreas.length === 0 || rowAreas.some((a) => a.sources === undefined)) return r.sources;
  const inAreas = new Set<string>();
  for (const a of rowAreas) for (const s of a.sources ?? []) inAreas.add(`${s.file}\u0000${s.line}`);
  return r.sources.filter((s) => !inAreas.has(`${s.file}\u0000${s.line}`));
}
