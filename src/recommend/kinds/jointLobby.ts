import type { PartnershipIndex } from '../partnershipIndex.js';
import type { Candidate, GenerateContext, RationaleValue, RecommendationKindDefinition } from '../types.js';
import { cmp, v } from './util.js';

/** Gender themes: a lobby takes a specialist on them explicitly when the partnership has one. */
export const GENDER_THEMES: readonly string[] = Object.freeze(['gbv', 'maternity', 'womens-empowerment']);

/**
 * joint-lobby: one lobby per IRBC agreement (and per sector network where there is no
 * agreement), with a division of roles. The members in the agreement's network (network kind
 * irbc_agreement; without an agreement, any network in the sector) with strength
 * openerStrength (4) or more open the doors (at least the strongest one; at most maxOpeners, 4,
 * strongest first); specialists do the
 * details: for each theme the agreement's focus calls for (the needs of companies.csv in the
 * sector, plus the gender themes) that the door openers do not cover at minLevel (4), the best
 * member rated minLevel or higher (members in the sector's network first, then level, then id);
 * gender explicitly when the partnership has a gender specialist; at most maxSpecialists (3).
 * Needs at least one door opener and one specialist (a lobby of door openers alone adds nothing
 * the agreement does not already do).
 *
 * score = irbc * (strength / 5 + covered) / 2, strength the strongest door opener's network,
 * covered the share of the focus themes the lobby covers at minLevel; irbc = 1 with an
 * agreement, else nonIrbcFactor (0.75).
 */
export const jointLobby: RecommendationKindDefinition = {
  id: 'joint-lobby',
  title: { en: 'Joint lobby toward a sector', nl: 'Gezamenlijke lobby richting een sector' },
  eligibility: {
    en: "An IRBC agreement (or a sector network without one) with members in its network: those with strength openerStrength (4) or more open doors (at most maxOpeners, 4); specialists rated minLevel (4) or higher on what the agreement calls for (companies' needs in the sector, gender) do the details; at least one door opener and one specialist.",
    nl: 'Een IMVO-convenant (of een sectornetwerk zonder convenant) met leden in het netwerk: wie sterkte openerStrength (4) of meer heeft, opent deuren (hooguit maxOpeners, 4); specialisten met niveau minLevel (4) of hoger op waar het convenant om vraagt (behoeften van bedrijven in de sector, gender) werken het uit; minstens één deuropener en één specialist.',
  },
  formula:
    'score = irbc * (strength / 5 + covered) / 2; irbc = 1 for an IRBC agreement, else nonIrbcFactor; covered = share of the focus themes the lobby covers',
  weight: 1,
  params: { minLevel: 4, openerStrength: 4, maxOpeners: 4, maxSpecialists: 3, nonIrbcFactor: 0.75 },
  rationale: {
    default: {
      en: 'Lobby together within the {agreement}: {openers} {openers|opens|open} doors through {openers|its|their} network; {specialists} {specialists|does|do} the details on {specThemes}.',
      nl: 'Lobby samen binnen het {agreement}: {openers} {openers|opent|openen} deuren via {openers|het eigen|hun} netwerk; {specialists} {specialists|werkt|werken} de aanpak van {specThemes} uit.',
    },
    sector: {
      en: 'Lobby the {sector} sector together: {openers} {openers|opens|open} doors through {openers|its|their} network; {specialists} {specialists|does|do} the details on {specThemes}.',
      nl: 'Lobby samen richting de sector {sector}: {openers} {openers|opent|openen} deuren via {openers|het eigen|hun} netwerk; {specialists} {specialists|werkt|werken} de aanpak van {specThemes} uit.',
    },
  },
  detail: {
    default: {
      en: 'Network strengths: {strengths}; specialist levels: {levels}; focus covered: {covered} of {focus}.',
      nl: 'Sterkte van de netwerken: {strengths}; niveaus van de specialisten: {levels}; focus gedekt: {covered} van {focus}.',
    },
    sector: {
      en: 'Network strengths: {strengths}; specialist levels: {levels}; focus covered: {covered} of {focus}.',
      nl: 'Sterkte van de netwerken: {strengths}; niveaus van de specialisten: {levels}; focus gedekt: {covered} van {focus}.',
    },
  },
  fragments: {},
  *generate(ctx) {
    const expertThemes = themesAtLevel(ctx.index, ctx.params.minLevel ?? 4);
    for (const sector of ctx.index.sectors) {
      const candidate = lobbyFor(ctx, sector, expertThemes);
      if (candidate !== null) yield candidate;
    }
  },
};

/**
 * An agreement's name in the language of the text: Dutch first in Dutch ("Convenant Duurzame
 * Kleding en Textiel"), the English name in English; the taxonomy writes "English (Dutch)".
 */
export function agreementName(irbc: string): RationaleValue {
  const dutch = [...irbc.matchAll(/\(([^()]+)\)/g)].map((m) => (m[1] as string).trim());
  const english = irbc.replace(/\s*\([^()]*\)/g, '').trim();
  if (dutch.length === 0) return { kind: 'text', en: irbc, nl: irbc };
  return { kind: 'text', en: english === '' ? irbc : english, nl: dutch.join(' en ') };
}

/** The themes some partnership member is rated minLevel or higher on (the only themes a specialist can bring). */
function themesAtLevel(index: PartnershipIndex, minLevel: number): Set<string> {
  const out = new Set<string>();
  for (const m of index.memberIds) {
    if (!index.isMember(m)) continue;
    for (const [t, level] of index.themesOf(m)) if (level >= minLevel) out.add(t);
  }
  return out;
}

/**
 * The lobby team of one sector: door openers and specialists, or null when there is no team
 * (at once when no member is expert on any theme of the focus: then no specialist can be found).
 */
function lobbyFor(ctx: GenerateContext, sector: string, expertThemes: ReadonlySet<string>): Candidate | null {
  const { index, params } = ctx;
  const minLevel = params.minLevel ?? 4;
  const openerStrength = params.openerStrength ?? 4;
  const maxSpecialists = params.maxSpecialists ?? 3;
  const focus = focusOf(ctx, sector);
  if (!focus.some((t) => expertThemes.has(t))) return null;
  const agreement = ctx.sectorInfo(sector)?.irbc;
  const networked = index.membersInSector(sector).filter((m) => index.isMember(m));
  const inAgreement = networked.filter((m) => index.network(m, sector)?.kinds.includes('irbc_agreement'));
  const irbc = agreement !== undefined || inAgreement.length > 0;
  const network = irbc && inAgreement.length > 0 ? inAgreement : networked;
  if (network.length === 0) return null;
  const strength = (m: string) => index.network(m, sector)?.strength ?? 0;
  const byStrength = [...network].sort((a, b) => strength(b) - strength(a) || cmp(a, b));
  const strong = byStrength.filter((m) => strength(m) >= openerStrength);
  const covers = (m: string, t: string) => index.level(m, t) >= minLevel;
  // A network member that only brings what nobody else in the lobby has is a specialist, not an opener.
  const maxOpeners = Math.max(1, params.maxOpeners ?? 4);
  let openers = (strong.length > 0 ? strong : byStrength).slice(0, maxOpeners).sort(cmp);
  const specialists = pickSpecialists(index, focus, openers, networked, minLevel, maxSpecialists);
  openers = openers.filter((m) => !specialists.some((s) => s.member === m));
  if (openers.length === 0 || specialists.length === 0) return null;
  const team = [...openers, ...specialists.map((s) => s.member)];
  const covered = focus.filter((t) => team.some((m) => covers(m, t)));
  const specThemes = [...new Set(specialists.flatMap((s) => s.themes))].sort(cmp);
  const top = Math.max(...openers.map(strength));
  return {
    members: team,
    sector,
    themes: [...new Set([...specThemes, ...focus.filter((t) => openers.some((m) => covers(m, t)))])].sort(
      cmp,
    ),
    score:
      ((irbc ? 1 : (params.nonIrbcFactor ?? 0.75)) *
        (top / 5 + (focus.length === 0 ? 0 : covered.length / focus.length))) /
      2,
    evidence: [
      ...openers.flatMap((m) => index.network(m, sector)?.sources ?? []),
      ...specialists.flatMap((s) => s.themes.flatMap((t) => index.expertiseSources(s.member, t))),
    ],
    template: agreement !== undefined ? 'default' : 'sector',
    key: 'agreement',
    roles: [
      ...openers.map((m) => ({ member: m, role: 'door-opener' as const, themes: [] })),
      ...specialists.map((s) => ({ member: s.member, role: 'specialist' as const, themes: s.themes })),
    ],
    vars: {
      members: v.members([...team].sort(cmp)),
      agreement: agreement === undefined ? null : agreementName(agreement),
      sector: v.sector(sector),
      openers: v.members(openers),
      specialists: v.members(specialists.map((s) => s.member)),
      specThemes: v.themes([...new Set(specialists.flatMap((s) => s.themes.slice(0, 2)))].sort(cmp)),
      strengths: v.list(openers.map((m) => `${index.name(m)} ${strength(m)}`)),
      levels: {
        kind: 'levels',
        entries: specialists.flatMap((s) =>
          s.themes.map((t) => ({ member: s.member, theme: t, level: index.level(s.member, t) })),
        ),
      },
      covered: covered.length,
      focus: focus.length,
    },
  };
}

/** What the agreement's focus calls for: the needs of the sector's companies (companies.csv) and the gender themes. */
function focusOf(ctx: GenerateContext, sector: string): string[] {
  const needs = ctx.partnership.companies.filter((c) => c.sector === sector).flatMap((c) => c.needs);
  return [...new Set([...needs, ...GENDER_THEMES])].sort(cmp);
}

/**
 * Specialists for the focus themes the door openers leave open: gender first when the
 * partnership has a gender specialist, then the themes in order; per theme the best member
 * (in the sector's network first, then level, then id); a member chosen once takes every open
 * theme it covers.
 */
function pickSpecialists(
  index: PartnershipIndex,
  focus: readonly string[],
  openers: readonly string[],
  networked: readonly string[],
  minLevel: number,
  max: number,
): { member: string; themes: string[] }[] {
  const open = focus.filter((t) => !openers.some((m) => index.level(m, t) >= minLevel));
  const ordered = [
    ...open.filter((t) => GENDER_THEMES.includes(t)),
    ...open.filter((t) => !GENDER_THEMES.includes(t)),
  ];
  const chosen: { member: string; themes: string[] }[] = [];
  const done = new Set<string>();
  for (const t of ordered) {
    if (done.has(t) || chosen.length >= max) continue;
    const best = index.memberIds
      .filter(
        (m) => index.isMember(m) && !chosen.some((c) => c.member === m) && index.level(m, t) >= minLevel,
      )
      .sort(
        (a, b) =>
          (networked.includes(b) ? 1 : 0) - (networked.includes(a) ? 1 : 0) ||
          index.level(b, t) - index.level(a, t) ||
          cmp(a, b),
      )[0];
    if (best === undefined) continue;
    const themes = open.filter((x) => !done.has(x) && index.level(best, x) >= minLevel);
    for (const x of themes) done.add(x);
    chosen.push({ member: best, themes });
  }
  return chosen.sort((a, b) => cmp(a.member, b.member));
}
