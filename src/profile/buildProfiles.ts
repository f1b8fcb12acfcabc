import { PartnerSynergyError } from '../errors.js';
import type { Partnership } from '../schema/records.js';
import { profileFromRecords } from './buildDimensionProfile.js';
import { type ProfileOptions, resolveProfileOptions } from './options.js';
import type { Profiles } from './types.js';

function lookup(
  table: Readonly<Record<string | number, number>>,
  key: string | number,
  what: string,
): number {
  const w = Object.hasOwn(table, key) ? table[key] : undefined;
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
 * @throws OptionsError for an invalid weight option (path in `option`).
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER when a record names a member that is not listed;
 *   E_SCHEMA for duplicate member ids or a level/presence/strength outside the schema.
 * @example
 * const profiles = buildProfiles(partnership, { presenceWeights: { network: 0.1 } });
 * profiles.geography.categories; // => ['BD', 'KE']
 * profiles.geography.rows[0];    // => { indices: Int32Array [0], weights: Float64Array [1] }
 */
export function buildProfiles(partnership: Partnership, options: ProfileOptions = {}): Profiles {
  const { levelWeights, presenceWeights, strengthWeights } = resolveProfileOptions(options);
  const ids = partnership.members.map((m) => m.id);
  const expertise = profileFromRecords('expertise', ids, partnership.expertise, {
    member: (r) => r.member,
    category: (r) => r.theme,
    weight: (r) => lookup(levelWeights, r.level, 'expertise level'),
  });
  const geography = profileFromRecords('geography', ids, partnership.geography, {
    member: (r) => r.member,
    category: (r) => r.country,
    weight: (r) => lookup(presenceWeights, r.presence, 'presence kind'),
  });
  const sectors = profileFromRecords('sectors', ids, partnership.sectors, {
    member: (r) => r.member,
    category: (r) => r.sector,
    weight: (r) => lookup(strengthWeights, r.strength, 'network strength'),
  });
  return { ids, expertise, geography, sectors };
}
