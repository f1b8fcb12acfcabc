import type { RationaleValue, RecommendationKindDefinition } from '../types.js';
import { cmp, topK, v } from './util.js';

/**
 * joint-company-engagement: one member's company network in a sector combined
 * with another member's expertise that the companies need.
 *
 * Two variants:
 * - company (from companies.csv through matchCompanies): one recommendation per
 *   company whose needs the partnership covers; score = the match score,
 *   coverage * (0.5 + 0.5 * meanFit).
 * - network (no company data needed): member A with a network of kind
 *   'companies' in a sector and member B expert (rated >= expertLevel, 4) on
 *   focus themes where A is rated at most maxOwnLevel (2) or has no record
 *   (observed activity without a rating never counts: the expertise part needs
 *   ratings); score = genericFactor (0.8) *
 *   (companyStrength(A) / 5 + meanLevel(B) / 5) / 2; only the best
 *   maxExpertsPerNetwork (3) experts per network (ties by id).
 */
export const jointCompanyEngagement: RecommendationKindDefinition = {
  id: 'joint-company-engagement',
  title: { en: 'Joint company engagement', nl: 'Gezamenlijke benadering van bedrijven' },
  eligibility: {
    en: 'A company (companies.csv) whose needs members cover at level 3 or higher; or a member with a company network in a sector plus another member expert (level expertLevel, 4, or higher) on a focus theme the first lacks (level maxOwnLevel, 2, or lower), the best maxExpertsPerNetwork (3) experts per network.',
    nl: 'Een bedrijf (companies.csv) waarvan leden de behoeften op niveau 3 of hoger dekken; of een lid met een bedrijvennetwerk in een sector plus een ander lid met expertise (niveau expertLevel, 4, of hoger) op een focusthema dat het eerste lid mist (niveau maxOwnLevel, 2, of lager), de beste maxExpertsPerNetwork (3) experts per netwerk.',
  },
  formula:
    'company: score = coverage * (0.5 + 0.5 * meanFit) (see matchCompanies); network: score = genericFactor * (companyStrength(A) / 5 + meanLevel(B) / 5) / 2',
  weight: 1,
  params: { expertLevel: 4, maxOwnLevel: 2, genericFactor: 0.8, maxExpertsPerNetwork: 3 },
  rationale: {
    default: {
      en: '{broker} has a company network in the {sector} sector{companies} and {expert} brings expertise on {themes} that {broker} lacks ({gaps}), so together they can engage these companies.',
      nl: '{broker} heeft een bedrijvennetwerk in de sector {sector}{companies} en {expert} brengt expertise in op het gebied van {themes} die {broker} mist ({gaps}), dus samen kunnen ze deze bedrijven benaderen.',
    },
    company: {
      en: '{members} {members|can engage|can jointly engage} {company}{where}, covering its needs on {themes}{drivers}{uncovered}.',
      nl: '{members} {members|kan|kunnen samen} {company}{where} benaderen en {members|dekt|dekken} daarmee de behoefte aan {themes}{drivers}{uncovered}.',
    },
  },
  fragments: {
    companies: { en: ' ({names})', nl: ' ({names})' },
    whereSector: { en: ' in the {sector} sector', nl: ' in de sector {sector}' },
    whereCountries: { en: ' in {countries}', nl: ' in {countries}' },
    whereBoth: { en: ' in the {sector} sector in {countries}', nl: ' in de sector {sector} in {countries}' },
    drivers: {
      en: ", which fits the company's drivers ({drivers})",
      nl: ', wat aansluit bij de drijfveren van het bedrijf ({drivers})',
    },
    uncovered: { en: '; still uncovered: {needs}', nl: '; nog niet gedekt: {needs}' },
  },
  *generate(ctx) {
    const { index, params } = ctx;
    const expertLevel = params.expertLevel ?? 4;
    const maxOwnLevel = params.maxOwnLevel ?? 2;
    const genericFactor = params.genericFactor ?? 0.8;

    for (const match of ctx.companyMatches) {
      if (match.members.length === 0 || match.covered.length === 0) continue;
      const themes = match.covered.map((c) => c.theme);
      const countries = match.countries;
      let where: RationaleValue = null;
      if (match.sector !== null && countries.length > 0) {
        where = v.fragment('whereBoth', {
          sector: v.sector(match.sector),
          countries: { kind: 'countries', ids: countries },
        });
      } else if (match.sector !== null) where = v.fragment('whereSector', { sector: v.sector(match.sector) });
      else if (countries.length > 0)
        where = v.fragment('whereCountries', { countries: { kind: 'countries', ids: countries } });
      yield {
        members: match.members,
        country: countries.length === 1 ? (countries[0] ?? null) : null,
        sector: match.sector,
        themes,
        score: match.score,
        evidence: match.evidence,
        template: 'company',
        key: `company:${match.company}`,
        vars: {
          members: v.members(match.members),
          company: match.company,
          where,
          themes: v.themes(themes),
          drivers:
            match.drivers.length > 0
              ? v.fragment('drivers', { drivers: { kind: 'drivers', ids: match.drivers } })
              : null,
          uncovered:
            match.uncovered.length > 0 ? v.fragment('uncovered', { needs: v.themes(match.uncovered) }) : null,
        },
      };
    }

    const maxExperts = params.maxExpertsPerNetwork ?? 3;
    // Experts per focus theme (level >= expertLevel), ids sorted.
    const expertsOf = new Map<string, string[]>();
    for (const t of [...new Set(ctx.focusThemes)].sort(cmp)) {
      const experts = index.memberIds.filter((m) => index.isMember(m) && index.level(m, t) >= expertLevel);
      if (experts.length > 0) expertsOf.set(t, experts);
    }
    for (const sector of index.sectors) {
      for (const broker of index.membersInSector(sector)) {
        const network = index.network(broker, sector);
        if (!network || network.companyStrength <= 0 || !index.isMember(broker)) continue;
        // What each expert brings that the broker lacks (themes in sorted order).
        const brings = new Map<string, string[]>();
        for (const [t, experts] of expertsOf) {
          // The broker must lack the theme: rated low or no record (observed activity is not lacking).
          if (index.level(broker, t) > maxOwnLevel || index.evidence(broker, t) === 'observed') continue;
          for (const expert of experts) {
            if (expert === broker) continue;
            const list = brings.get(expert);
            if (list) list.push(t);
            else brings.set(expert, [t]);
          }
        }
        const offers = [...brings].map(([expert, themes]) => {
          const meanLevel = themes.reduce((s, t) => s + index.level(expert, t), 0) / themes.length;
          return {
            expert,
            themes,
            score: (genericFactor * (network.companyStrength / 5 + meanLevel / 5)) / 2,
          };
        });
        for (const { expert, themes, score } of topK(
          offers,
          maxExperts,
          (o) => o.score,
          (o) => o.expert,
        )) {
          yield {
            members: [broker, expert],
            sector,
            themes,
            score,
            evidence: [
              ...network.sources,
              ...themes.flatMap((t) => [
                ...index.expertiseSources(expert, t),
                ...index.expertiseSources(broker, t),
              ]),
            ],
            key: `network:${broker}`,
            vars: {
              broker: v.member(broker),
              expert: v.member(expert),
              sector: v.sector(sector),
              companies:
                network.companies.length > 0
                  ? v.fragment('companies', { names: v.list(network.companies) })
                  : null,
              themes: v.themes(themes),
              gaps: {
                kind: 'gaps',
                entries: themes.map((t) => ({
                  theme: t,
                  from: index.level(expert, t),
                  to: index.level(broker, t),
                })),
              },
            },
          };
        }
      }
    }
  },
};
