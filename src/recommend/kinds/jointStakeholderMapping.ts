import type { RecommendationKindDefinition } from '../types.js';
import { cmp, mean, presentWeights, v } from './util.js';

/**
 * joint-stakeholder-mapping: two or more members present in the same country
 * with a network in the same sector map that sector's stakeholders there
 * together (seed 000: "mapping stakeholders together gives additional
 * opportunities for engagement").
 *
 * score = meanPresenceWeight(members, country) * meanStrength(members, sector) / 5.
 */
export const jointStakeholderMapping: RecommendationKindDefinition = {
  id: 'joint-stakeholder-mapping',
  title: { en: 'Joint stakeholder mapping', nl: 'Gezamenlijke stakeholderanalyse' },
  eligibility: {
    en: 'Two or more members present in the same country with a network in the same sector.',
    nl: 'Twee of meer leden die in hetzelfde land actief zijn en een netwerk hebben in dezelfde sector.',
  },
  formula: 'score = meanPresenceWeight(members, country) * meanStrength(members, sector) / 5',
  weight: 1,
  params: {},
  rationale: {
    default: {
      en: '{members} are present in {country} and have networks in the {sector} sector, so they can map the stakeholders of this sector there together.',
      nl: '{members} zijn actief in {country} en hebben een netwerk in de sector {sector}, dus ze kunnen samen de stakeholders van deze sector daar in kaart brengen.',
    },
  },
  fragments: {},
  *generate(ctx) {
    const { index } = ctx;
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(view);
      for (const { sector, members: raw } of view.sectors) {
        const members = [...new Set(raw)].filter((m) => index.isMember(m) && weights.has(m)).sort(cmp);
        if (members.length < 2) continue;
        yield {
          members,
          country,
          sector,
          score:
            (mean(members.map((m) => weights.get(m) ?? 0)) *
              mean(members.map((m) => index.network(m, sector)?.strength ?? 0))) /
            5,
          evidence: [
            ...members.flatMap((m) => index.presence(m, country)?.sources ?? []),
            ...members.flatMap((m) => index.network(m, sector)?.sources ?? []),
          ],
          vars: { members: v.members(members), country: v.country(country), sector: v.sector(sector) },
        };
      }
    }
  },
};
