/**
 * Local partners named by two or more members in one place (a country or an area).
 * @module
 */
import { clusterPartnerNames, type PartnerNameOptions } from '../normalise/orgNames.js';
import type { CountryView } from '../schema/baseline.js';

/**
 * The local partners two or more of `members` name (fuzzy name matching, see
 * {@link clusterPartnerNames}), most members first; each with its spellings and its members in
 * member order. Nothing is clustered when fewer than two members name partners.
 *
 * @param members - the members present with the partners each names
 * @param options - how partner names are matched
 * @param memberCmp - the display order of members
 * @example
 * const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
 * sharedPartners([{ id: 'b', partners: ['Awaj'] }, { id: 'a', partners: ['AWAJ '] }], {}, byId);
 * // => [{ partner: 'AWAJ', variants: ['AWAJ', 'Awaj'], members: ['a', 'b'] }]
 */
export function sharedPartners(
  members: readonly { readonly id: string; readonly partners: readonly string[] }[],
  options: PartnerNameOptions,
  memberCmp: (a: string, b: string) => number,
): CountryView['sharedPartners'] {
  let naming = 0;
  for (const m of members) if (m.partners.length > 0) naming++;
  if (naming < 2) return [];
  const mentions = members.flatMap((m) => m.partners.map((name) => ({ name, member: m.id })));
  return clusterPartnerNames(mentions, options)
    .filter((c) => c.members.length >= 2)
    .map((c) => ({
      partner: c.partner,
      variants: [...c.variants],
      members: [...c.members].sort(memberCmp),
    }));
}
