import { PartnerSynergyError } from '../errors.js';
import type { Partnership } from '../schema/records.js';
import { profileFromColumns, profileScratch } from './buildDimensionProfile.js';
import { type ProfileOptions, resolveProfileOptions } from './options.js';
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
 * Build the member profiles of a partnership: per dimension a sparse weight vector per member.
 * Expertise: category = theme id, weight = levelWeights[level] (default level / 5). Geography:
 * category = country code, weight = presenceWeights[presence] (default office 1, local_partner
 * 0.75, programme 0.5, network 0.25). Sectors: category = sector id, weight =
 * strengthWeights[strength] (default strength / 5). Several records of the same member and
 * category (two networks in one sector, an office and a programme in one country) count once with
 * the largest weight. The members file's headquarters country is not a presence and is not used.
 * Rows follow the partnership's member order (upstream: the order of the members file). Cost
 * O(R + N + C log C).
 *
 * @param partnership - the normalised partnership
 * @param options - level, presence and strength weights; defaults in {@link DEFAULT_PROFILE_OPTIONS}
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
  const resolved = resolveProfileOptions(options);
  const levels = table(resolved.levelWeights, true);
  const presence = table(resolved.presenceWeights, false);
  const strengths = table(resolved.strengthWeights, true);
  const ids = partnership.members.map((m) => m.id);
  const { expertise: er, geography: gr, sectors: sr } = partnership;
  // One set of working arrays for the three dimensions.
  const scratch = profileScratch(Math.max(er.length, gr.length, sr.length));
  const expertise = profileFromColumns(
    'expertise',
    ids,
    {
      length: er.length,
      member: (r) => er[r]!.member,
      category: (r) => er[r]!.theme,
      weight: (r) => weightOf(levels, er[r]!.level, 'expertise level'),
    },
    scratch,
  );
  const geography = profileFromColumns(
    'geography',
    ids,
    {
      length: gr.length,
      member: (r) => gr[r]!.member,
      category: (r) => gr[r]!.country,
      weight: (r) => weightOf(presence, gr[r]!.presence, 'presence kind'),
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
