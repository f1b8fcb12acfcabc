/**
 * Who is who in an IATI activity: the members (organisations that do the work), the funders
 * (who give, manage or oversee the money) and the implementing organisations that become a
 * member's local partners.
 * @module
 */
import { orgNameKey } from '../normalise/orgNames.js';
import type { IatiOrg, IatiRole } from './iatiActivity.js';
import { isPlaceholderOrg, type OrgKind } from './orgTypes.js';
import type { FunderRole } from './types.js';

/** One organisation of an activity with every role it has there. */
export interface ActivityOrg {
  /** The first mention (its name, ref and type are used). */
  readonly org: IatiOrg;
  /** Every mention of it in the activity (the reporting org and participating entries). */
  readonly mentions: readonly IatiOrg[];
  readonly roles: ReadonlySet<IatiRole>;
}

/** The activity's organisations sorted into members, funders and implementers. */
export interface ActivityCast {
  readonly members: readonly ActivityOrg[];
  readonly funders: readonly { readonly org: ActivityOrg; readonly role: FunderRole }[];
  readonly implementers: readonly ActivityOrg[];
}

/** Types that never make an organisation a peer by default: government bodies (ministries, embassies, agencies). */
const DONOR_TYPES: ReadonlySet<string> = new Set(['government']);
/** Types that do the work whenever they report or are accountable: NGOs, knowledge institutes, companies, unions. */
const DOER_TYPES: ReadonlySet<string> = new Set(['ngo', 'knowledge', 'company', 'union']);

/** The key under which two mentions in one activity are the same organisation: its ref, else its name key. */
function mentionKey(org: IatiOrg): string {
  return org.ref ? `ref:${org.ref.toLowerCase()}` : `name:${orgNameKey(org.name)}`;
}

/**
 * The distinct organisations of an activity with their roles; a mention without ref joins a
 * mention with a ref and the same name key. Placeholder names ("IP not published", see
 * isPlaceholderOrg) are left out.
 *
 * @example
 * const orgs = activityOrgs([
 *   { name: 'Cordaid', ref: 'NL-KVK-41160054', type: '21', role: 'reporting' },
 *   { name: 'Stichting Cordaid', ref: null, type: '', role: 'accountable' },
 * ]);
 * orgs.map((o) => [o.org.name, [...o.roles]]); // => [['Cordaid', ['reporting', 'accountable']]]
 */
export function activityOrgs(orgs: readonly IatiOrg[]): ActivityOrg[] {
  const byKey = new Map<string, { org: IatiOrg; mentions: IatiOrg[]; roles: Set<IatiRole> }>();
  const refOfName = new Map<string, string>();
  for (const o of orgs) if (o.ref && o.name) refOfName.set(`name:${orgNameKey(o.name)}`, mentionKey(o));
  for (const o of orgs) {
    if ((!o.ref && !o.name) || isPlaceholderOrg(o.ref, o.name)) continue;
    let key = mentionKey(o);
    key = refOfName.get(key) ?? key;
    const entry = byKey.get(key);
    if (entry) {
      entry.mentions.push(o);
      entry.roles.add(o.role);
    } else {
      byKey.set(key, { org: o, mentions: [o], roles: new Set([o.role]) });
    }
  }
  return [...byKey.values()];
}

/** The funder roles of an organisation that is not a member (a bare reporting donor funds). */
function funderRoles(roles: ReadonlySet<IatiRole>): FunderRole[] {
  const out = (['funding', 'extending', 'accountable'] as const).filter((r) => roles.has(r));
  return out.length === 0 && roles.has('reporting') ? ['funding'] : out;
}

/**
 * Whether an organisation of an activity is a member (a peer that does the work):
 * - never a government body (type `government`: ministries, embassies, donor agencies), nor a
 *   funding vehicle (a trust or pooled fund, a development bank: `fundingVehicle`, known by name);
 * - an implementing organisation is one;
 * - a reporting or accountable organisation is one when it is an NGO, knowledge institute,
 *   company or union, or, for other types (UN agencies, multilaterals, foundations, pooled funds,
 *   unknown), when it does not fund or extend the activity;
 * - a funding or extending organisation alone is not.
 *
 * @example
 * isActivityMember(new Set(['reporting', 'funding']), { type: 'ngo', scope: 'international' }); // => true
 * isActivityMember(new Set(['reporting', 'funding']), { type: 'un', scope: 'international' }); // => false
 * isActivityMember(new Set(['implementing']), { type: 'government', scope: null }); // => false
 * isActivityMember(new Set(['accountable']), { type: 'un', scope: null }, true); // => false
 */
export function isActivityMember(
  roles: ReadonlySet<IatiRole>,
  kind: OrgKind | null,
  fundingVehicle = false,
): boolean {
  const type = kind?.type ?? 'other';
  if (DONOR_TYPES.has(type) || fundingVehicle) return false;
  if (roles.has('implementing')) return true;
  if (!roles.has('reporting') && !roles.has('accountable')) return false;
  return DOER_TYPES.has(type) || !(roles.has('funding') || roles.has('extending'));
}

/**
 * Sort an activity's organisations into members, funders and implementers (see
 * {@link isActivityMember}); with `fundersAsMembers` every organisation is a member too (and
 * the funders are still listed as funders).
 * An organisation that is not a member is a funder for each of its funding, extending and
 * accountable roles (a reporting organisation without a role funds).
 *
 * @param kindOf - the type and scope of an organisation (null: unknown)
 * @param vehicleOf - whether an organisation is a funding vehicle (see looksLikeFundingVehicle)
 * @example
 * const cast = activityCast(
 *   [
 *     { name: 'Ministry of Foreign Affairs', ref: 'XM-DAC-7', type: '10', role: 'funding' },
 *     { name: 'Cordaid', ref: 'NL-KVK-41160054', type: '21', role: 'reporting' },
 *     { name: 'Local Health NGO', ref: null, type: '22', role: 'implementing' },
 *   ],
 *   (o) => (o.type === '10' ? { type: 'government', scope: null } : { type: 'ngo', scope: null }),
 *   false,
 * );
 * cast.members.map((m) => m.org.name); // => ['Cordaid', 'Local Health NGO']
 * cast.funders.map((f) => [f.org.org.name, f.role]); // => [['Ministry of Foreign Affairs', 'funding']]
 */
export function activityCast(
  orgs: readonly IatiOrg[],
  kindOf: (org: IatiOrg) => OrgKind | null,
  fundersAsMembers: boolean,
  vehicleOf: (org: IatiOrg) => boolean = () => false,
): ActivityCast {
  const members: ActivityOrg[] = [];
  const funders: { org: ActivityOrg; role: FunderRole }[] = [];
  const implementers: ActivityOrg[] = [];
  for (const o of activityOrgs(orgs)) {
    if (o.roles.has('implementing')) implementers.push(o);
    const peer = isActivityMember(o.roles, kindOf(o.org), vehicleOf(o.org));
    if (peer || fundersAsMembers) members.push(o);
    if (!peer) for (const role of funderRoles(o.roles)) funders.push({ org: o, role });
  }
  return { members, funders, implementers };
}

/**
 * Whether a member names local partners in an activity: when it reports it or is accountable
 * for it (then the other implementing organisations work for it), not when it only implements.
 *
 * @example
 * namesPartners({ org: { name: 'Cordaid', ref: null, type: '', role: 'reporting' }, mentions: [], roles: new Set(['reporting']) }); // => true
 */
export function namesPartners(member: ActivityOrg): boolean {
  return member.roles.has('reporting') || member.roles.has('accountable');
}
