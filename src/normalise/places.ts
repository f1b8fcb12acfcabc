/**
 * Expertise rows that say where (a country, areas) checked against geography: a member said to
 * work on a theme in a place where no geography row places it is worth a warning, because the
 * country and area views list the members present (from geography) and would not show it there.
 * @module
 */
import type { Lang } from '../country/labels.js';
import { message } from '../messages/catalogue.js';
import type { IngestIssue } from '../schema/issues.js';
import type { ExpertiseRecord, GeographyRecord } from '../schema/records.js';
import { countryName } from './countries.js';
import { makeIssue } from './issue.js';

/**
 * One 'place_not_present' warning per expertise record whose country (or some of whose areas) no
 * geography row of its member names. Located at the record's first source, column `country` or
 * `area`. Records without a place are never warned about. Cost O(expertise + geography areas).
 *
 * @param expertise - the expertise records (unified area ids)
 * @param geography - the geography records (unified area ids)
 * @param areaName - the display name of an area id in a country
 * @example
 * const issues = checkExpertisePlaces(
 *   [{ member: 'FTA', theme: 'living-wage', level: 4, country: 'KE', sources: [{ file: 'expertise.csv', line: 3 }] }],
 *   [],
 *   (_c, id) => id,
 * );
 * issues[0]?.code; // => 'place_not_present'
 */
export function checkExpertisePlaces(
  expertise: readonly ExpertiseRecord[],
  geography: readonly GeographyRecord[],
  areaName: (country: string, id: string) => string,
  lang: Lang = 'en',
): IngestIssue[] {
  if (!expertise.some((e) => e.country !== undefined)) return [];
  const present = new Map<string, Set<string>>(); // member\0country -> area ids
  for (const g of geography) {
    const key = `${g.member}\u0000${g.country}`;
    const set = present.get(key) ?? new Set<string>();
    for (const a of g.areas ?? []) set.add(a.id);
    present.set(key, set);
  }
  const issues: IngestIssue[] = [];
  for (const e of expertise) {
    const at = e.sources[0];
    if (e.country === undefined || at === undefined) continue;
    const areas = present.get(`${e.member}\u0000${e.country}`);
    const country = countryName(e.country, lang);
    if (areas === undefined) {
      issues.push(
        makeIssue(
          at,
          'place_not_present',
          message(lang, 'place_not_present.country', { member: e.member, theme: e.theme, country }),
          { column: 'country', value: e.country },
        ),
      );
      continue;
    }
    const missing = (e.areas ?? []).filter((id) => !areas.has(id));
    if (missing.length === 0) continue;
    const list = missing.map((id) => areaName(e.country!, id)).join('; ');
    issues.push(
      makeIssue(
        at,
        'place_not_present',
        message(lang, 'place_not_present.areas', { member: e.member, theme: e.theme, areas: list, country }),
        { column: 'area', value: list },
      ),
    );
  }
  return issues;
}
