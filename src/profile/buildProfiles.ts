import { PartnerSynergyError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { Partnership } from '../schema/records.js';
import { profileFromColumns, profileScratch } from './buildDimensionProfile.js';
import { PROFILE_OPTION_KEYS, type ProfileOptions, resolveProfileOptions } from './options.js';
import { applySpecialisation } from './specialisation.js';
import type { Profiles } from './types.js';

/** A weight table as a Map (fast lookups; keys are compared with SameValueZero, so 5 and '5' differ). */
function table<K extends string | number>(
  weights: Readonly<Record<K, number>>,
  numeric: boolean,
): Map<unknown, number> {
  const out = new Map<unknown, number>();
  for (const key of Object.keys(weights))
    out.set(numeric ? Number(key) : key, (weights as Record<string, number>)[key]!);
  return out;
}

function weightOf(t: Map<unknown, number>, key: unknown, what: string): number {
  const w = t.get(key);
  if (w === undefined)
    throw new PartnerSynergyError('E_SCHEMA', `Unknown ${what} ${String(key)} in a record.`);
  return w;
}

/**
 * The geography category of an area: `<country>:<area id>` (e.g. 'AF:AF24'), next to the country
 * categories ('AF') in the same vector.
 *
 * @example
 * areaCategory('AF', 'AF2405'); // => 'AF:AF2405'
 */
export function areaCategory(country: string, areaId: string): string {
  return `${country}:${areaId}`;
}

/**
 * The country and area id of a geography category, or null for a country category.
 *
 * @example
 * splitAreaCategory('AF:AF2405'); // => { country: 'AF', area: 'AF2405' }
 * splitAreaCategory('AF');        // => null
 */
export function splitAreaCategory(category: string): { country: string; area: string } | null {
  if (category.length < 4 || category[2] !== ':') return null;
  return { country: category.slice(0, 2), area: category.slice(3) };
}

/**
 * Geography entries read by position: entry e is record recordOf[e], as its country (areaOf -1)
 * or as its area areaOf[e]. Without areas (or with areaWeight 0) the entries are the records.
 */
function geographyEntries(
  records: Partnership['geography'],
  areaWeight: number,
): { length: number; recordOf: Int32Array; areaOf: Int32Array } | null {
  if (areaWeight === 0) return null;
  let length = 0;
  for (const g of records) length += 1 + (g.areas?.length ?? 0);
  if (length === records.length) return null;
  const recordOf = new Int32Array(length);
  const areaOf = new Int32Array(length);
  let e = 0;
  records.forEach((g, r) => {
    recordOf[e] = r;
    areaOf[e++] = -1;
    for (let a = 0; a < (g.areas?.length ?? 0); a++) {
      recordOf[e] = r;
      areaOf[e++] = a;
    }
  });
  return { length, recordOf, areaOf };
}

/**
 * Build the member profiles of a partnership: per dimension a sparse weight vector per member.
 * Expertise: category = theme id, weight = levelWeights[level] (default level / 5), or
 * observedWeight (default 0.6) for a theme only observed (evidence `observed`, no level).
 * Geography: category = country code, weight = presenceWeights[presence] (default office 1,
 * local_partner 0.75, programme 0.5, network 0.25), plus one category per area the member names
 * in that country (`<country>:<area id>`, see {@link areaCategory}; a written path such as
 * admin-1 > admin-2 gives a category for each level) with weight areaWeight (default 1) x the
 * presence weight of that area. Overlap and complementarity keep their formulas on this longer
 * vector: two members in the same country but different areas share the country only, in the
 * same areas they share more. Without areas (or with areaWeight 0) the vectors are the
 * country-level ones exactly. Sectors: category = sector id, weight =
 * strengthWeights[strength] (default strength / 5). Several records of the same member and
 * category (two networks in one sector, an office and a programme in one country) count once with
 * the largest weight. The members file's headquarters country is not a presence and is not used.
 * Rows follow the partnership's member order (upstream: the order of the members file). Cost
 * O(R + N + C log C).
 *
 * @param partnership - the normalised partnership
 * @param options - level, observed, presence, area and strength weights; defaults in {@link DEFAULT_PROFILE_OPTIONS}
 * @throws OptionsError for an invalid weight option (path in `option`).
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER when a record names a member that is not listed;
 *   E_SCHEMA for duplicate member ids or a level/presence/strength outside the schema.
 * @example
 * const weighted = buildProfiles(partnership, { presenceWeights: { network: 0.1 } });
 * weighted.geography.categories; // => ['BD', 'CI', 'ET', 'GH', 'IN', 'KE', 'KH', 'MM', 'PK', 'TR', 'UG', 'VN']
 * // AER: programme in CI, local partner in GH, network in MM, local partner in UG
 * weighted.geography.rows[0]; // => { indices: Int32Array.of(1, 3, 7, 10), weights: Float64Array.of(0.5, 0.75, 0.1, 0.75) }
 */
export function buildProfiles(partnership: Partnership, options: ProfileOptions = {}): Profiles {
  checkOptionKeys(options, PROFILE_OPTION_KEYS);
  const resolved = resolveProfileOptions(options);
  const levels = table(resolved.levelWeights, true);
  const observed = resolved.observedWeight;
  const presence = table(resolved.presenceWeights, false);
  const strengths = table(resolved.strengthWeights, true);
  const ids = partnership.members.map((m) => m.id);
  const { expertise: er, geography: gr, sectors: sr } = partnership;
  // One set of working arrays for the three dimensions.
  const geoLength = gr.reduce((n, g) => n + 1 + (g.areas?.length ?? 0), 0);
  const scratch = profileScratch(Math.max(er.length, geoLength, sr.length));
  const expertise = profileFromColumns(
    'expertise',
    ids,
    {
      length: er.length,
      member: (r) => er[r]!.member,
      category: (r) => er[r]!.theme,
      weight: (r) => {
        const level = er[r]!.level;
        return level === null ? observed : weightOf(levels, level, 'expertise level');
      },
    },
    scratch,
  );
  const entries = geographyEntries(gr, resolved.areaWeight);
  const geography = profileFromColumns(
    'geography',
    ids,
    entries === null
      ? {
          length: gr.length,
          member: (r) => gr[r]!.member,
          category: (r) => gr[r]!.country,
          weight: (r) => weightOf(presence, gr[r]!.presence, 'presence kind'),
        }
      : {
          length: entries.length,
          member: (e) => gr[entries.recordOf[e]!]!.member,
          category: (e) => {
            const g = gr[entries.recordOf[e]!]!;
            const a = entries.areaOf[e]!;
            return a < 0 ? g.country : areaCategory(g.country, g.areas![a]!.id);
          },
          weight: (e) => {
            const g = gr[entries.recordOf[e]!]!;
            const a = entries.areaOf[e]!;
            const kind = a < 0 ? g.presence : g.areas![a]!.presence;
            return (a < 0 ? 1 : resolved.areaWeight) * weightOf(presence, kind, 'presence kind');
          },
        },
    scratch,
  );
  const sectors = profileFromColumns(
    'sectors',
    ids,
    {
      length: sr.length,
      member: (r) => sr[r]!.member,
      category: (r) => sr[r]!.sector,
      weight: (r) => weightOf(strengths, sr[r]!.strength, 'network strength'),
    },
    scratch,
  );
  if (resolved.weighting === 'specialisation') {
    return {
      ids,
      expertise: applySpecialisation(expertise),
      geography: applySpecialisation(geography),
      sectors: applySpecialisation(sectors),
    };
  }
  return { ids, expertise, geography, sectors };
}
