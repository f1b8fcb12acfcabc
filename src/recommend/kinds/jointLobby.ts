import type { Candidate, RecommendationKindDefinition } from '../types.js';
import { cmp, groupBy, mean, v } from './util.js';

/**
 * joint-lobby: members with a network in the same sector (an IRBC agreement
 * above all) and strong expertise on the same theme lobby that sector together.
 * One recommendation per sector and coalition; themes with the same coalition
 * are grouped.
 *
 * score = irbc * (meanStrength / 5 + meanLevel / 5) / 2, where meanStrength is
 * the coalition's mean network strength in the sector, meanLevel the mean level
 * over coalition members and themes, and irbc = 1 when the sector is covered by
 * an IRBC agreement (sector metadata) or a coalition network is an
 * irbc_agreement, else `nonIrbcFactor` (0.75).
 */
export const jointLobby: RecommendationKindDefinition = {
  id: 'joint-lobby',
  title: { en: 'Joint lobby toward a sector', nl: 'Gezamenlijke lobby richting een sector' },
  eligibility: {
    en: 'Two or more members (minMembers) with a network in the same sector and expertise at level minLevel (4) or higher on the same theme; at most maxMembers (5), strongest network first.',
    nl: 'Twee of meer leden (minMembers) met een netwerk in dezelfde sector en expertise op niveau minLevel (4) of hoger op hetzelfde thema; hooguit maxMembers (5), sterkste netwerk eerst.',
  },
  formula:
    'score = irbc * (meanStrength / 5 + meanLevel / 5) / 2; irbc = 1 if the sector has an IRBC agreement or a coalition network is an irbc_agreement, else nonIrbcFactor',
  weight: 1,
  params: { minLevel: 4, minMembers: 2, maxMembers: 5, nonIrbcFactor: 0.75 },
  rationale: {
    default: {
      en: '{members} each have a network in the {sector} sector{irbc} and strong expertise on {themes} ({levels}), so they can lobby this sector together.',
      nl: '{members} hebben elk een netwerk in de sector {sector}{irbc} en veel expertise op het gebied van {themes} ({levels}), dus ze kunnen samen lobbyen richting deze sector.',
    },
  },
  fragments: {
    irbcNamed: { en: ', which is covered by the {agreement},', nl: ', waarvoor het {agreement} geldt,' },
    irbc: { en: ' (an IRBC agreement sector)', nl: ' (een sector met een IMVO-convenant)' },
  },
  *generate(ctx) {
    const { index, params } = ctx;
    const minLevel = params.minLevel ?? 4;
    const minMembers = Math.max(2, params.minMembers ?? 2);
    const maxMembers = Math.max(minMembers, params.maxMembers ?? 5);
    const nonIrbc = params.nonIrbcFactor ?? 0.75;
    for (const sector of index.sectors) {
      const networked = index.membersInSector(sector).filter((m) => index.isMember(m));
      if (networked.length < minMembers) continue;
      const perTheme: { theme: string; members: string[] }[] = [];
      for (const theme of index.themes) {
        // A lobby coalition people can actually form: at most maxMembers, the strongest network
        // in the sector first, then the highest level on the theme, then member id.
        const members = networked
          .filter((m) => index.level(m, theme) >= minLevel)
          .sort(
            (a, b) =>
              (index.network(b, sector)?.strength ?? 0) - (index.network(a, sector)?.strength ?? 0) ||
              index.level(b, theme) - index.level(a, theme) ||
              cmp(a, b),
          )
          .slice(0, maxMembers)
          .sort(cmp);
        if (members.length >= minMembers) perTheme.push({ theme, members });
      }
      for (const group of groupBy(perTheme, (g) => g.members.join('\u0000')).values()) {
        const members = group[0]?.members ?? [];
        const themes = group.map((g) => g.theme).sort(cmp);
        const agreement = ctx.sectorInfo(sector)?.irbc;
        const irbcNetwork = members.some((m) => index.network(m, sector)?.kinds.includes('irbc_agreement'));
        const irbc = agreement !== undefined || irbcNetwork ? 1 : nonIrbc;
        const meanStrength = mean(members.map((m) => index.network(m, sector)?.strength ?? 0));
        const meanLevel = mean(members.flatMap((m) => themes.map((t) => index.level(m, t))));
        const candidate: Candidate = {
          members,
          sector,
          themes,
          score: (irbc * (meanStrength / 5 + meanLevel / 5)) / 2,
          evidence: [
            ...members.flatMap((m) => index.network(m, sector)?.sources ?? []),
            ...members.flatMap((m) => themes.flatMap((t) => index.expertiseSources(m, t))),
          ],
          vars: {
            members: v.members(members),
            sector: v.sector(sector),
            themes: v.themes(themes),
            levels: {
              kind: 'levels',
              entries: themes.flatMap((t) =>
                members.map((m) => ({ member: m, theme: t, level: index.level(m, t) })),
              ),
            },
            irbc:
              agreement !== undefined
                ? v.fragment('irbcNamed', { agreement })
                : irbcNetwork
                  ? v.fragment('irbc')
                  : null,
          },
        };
        yield candidate;
      }
    }
  },
};
