import type { RationaleValue, RecommendationKindDefinition } from '../types.js';
import { mean, topK, v } from './util.js';

/**
 * training-offer: a member expert on a theme (level >= expertLevel, 4) offers
 * training or peer learning to a member weak on it (level <= weakLevel, 2, or
 * absent), when the two share a country (both present) or a sector (both have
 * a network). One recommendation per expert and learner, grouping the focus
 * themes; country and sector are the strongest shared ones (null if none).
 * Each learner gets at most maxOffersPerLearner (3) offers, the best first.
 *
 * score = gap * (0.5 + 0.5 * context); gap = mean over the themes of
 * (level(expert) - level(learner)) / 5, times absentFactor (0.5) for a theme the
 * learner does not work on at all (level 0: a weak member has shown interest,
 * an absent one may not need it); context = max(geographyOverlap,
 * sectorOverlap) of the pair.
 */
export const trainingOffer: RecommendationKindDefinition = {
  id: 'training-offer',
  title: { en: 'Training offer / peer learning', nl: 'Trainingsaanbod / intervisie' },
  eligibility: {
    en: 'A member at level expertLevel (4) or higher and a member at level weakLevel (2) or lower (or absent) on the same focus theme, present in a common country or networked in a common sector; at most maxOffersPerLearner (3) offers per learner.',
    nl: 'Een lid op niveau expertLevel (4) of hoger en een lid op niveau weakLevel (2) of lager (of afwezig) op hetzelfde focusthema, actief in een gemeenschappelijk land of met een netwerk in een gemeenschappelijke sector; hoogstens maxOffersPerLearner (3) aanbiedingen per lid.',
  },
  formula:
    'score = gap * (0.5 + 0.5 * context); gap = mean over themes of (level(expert) - level(learner)) / 5, times absentFactor when the learner is at level 0; context = max(geographyOverlap, sectorOverlap)',
  weight: 1,
  params: { expertLevel: 4, weakLevel: 2, absentFactor: 0.5, maxOffersPerLearner: 3 },
  rationale: {
    default: {
      en: '{expert} is strong on {themes} where {learner} is weak ({gaps}) and both are active {context}, so {expert} could offer {learner} training or peer learning.',
      nl: '{expert} is sterk op het gebied van {themes}, waarin {learner} zwak is ({gaps}), en ze zijn allebei actief {context}; {expert} kan {learner} daarom training of intervisie aanbieden.',
    },
  },
  fragments: {
    inCountry: { en: 'in {country}', nl: 'in {country}' },
    inSector: { en: 'in the {sector} sector', nl: 'in de sector {sector}' },
    inBoth: { en: 'in {country} and in the {sector} sector', nl: 'in {country} en in de sector {sector}' },
  },
  *generate(ctx) {
    const { index, params, scores } = ctx;
    const expertLevel = params.expertLevel ?? 4;
    const weakLevel = params.weakLevel ?? 2;
    const absentFactor = params.absentFactor ?? 0.5;
    const maxOffers = params.maxOffersPerLearner ?? 3;
    const focus = new Set(ctx.focusThemes);
    const members = index.memberIds.filter((m) => index.isMember(m));
    const strongThemes = new Map<string, string[]>();
    for (const m of members) {
      const strong = index
        .themesOf(m)
        .filter(([t, level]) => level >= expertLevel && focus.has(t))
        .map(([t]) => t);
      if (strong.length > 0) strongThemes.set(m, strong);
    }
    for (const learner of members) {
      // Experts sharing a country or a sector with the learner.
      const near = new Set<string>();
      for (const c of index.countriesOf(learner)) for (const m of index.membersIn(c)) near.add(m);
      for (const s of index.sectorsOf(learner)) for (const m of index.membersInSector(s)) near.add(m);
      const offers: { expert: string; themes: string[]; score: number }[] = [];
      for (const expert of near) {
        const strong = strongThemes.get(expert);
        if (expert === learner || !strong) continue;
        const themes = strong.filter((t) => index.level(learner, t) <= weakLevel);
        if (themes.length === 0) continue;
        const gap = mean(
          themes.map((t) => {
            const mine = index.level(learner, t);
            return ((index.level(expert, t) - mine) / 5) * (mine === 0 ? absentFactor : 1);
          }),
        );
        const context = Math.max(
          scores.geographyOverlap(expert, learner),
          scores.sectorOverlap(expert, learner),
        );
        offers.push({ expert, themes, score: gap * (0.5 + 0.5 * context) });
      }
      for (const { expert, themes, score } of topK(
        offers,
        maxOffers,
        (o) => o.score,
        (o) => o.expert,
      )) {
        let country: string | null = null;
        let countryWeight = 0;
        for (const c of index.countriesOf(expert)) {
          const other = index.presence(learner, c);
          const mine = index.presence(expert, c);
          if (!other || !mine) continue;
          const w = Math.min(other.weight, mine.weight);
          if (w > countryWeight) {
            country = c;
            countryWeight = w;
          }
        }
        let sector: string | null = null;
        let sectorStrength = 0;
        for (const s of index.sectorsOf(expert)) {
          const other = index.network(learner, s);
          const mine = index.network(expert, s);
          if (!other || !mine) continue;
          const w = Math.min(other.strength, mine.strength);
          if (w > sectorStrength) {
            sector = s;
            sectorStrength = w;
          }
        }
        let where: RationaleValue;
        if (country !== null && sector !== null) {
          where = v.fragment('inBoth', { country: v.country(country), sector: v.sector(sector) });
        } else if (country !== null) where = v.fragment('inCountry', { country: v.country(country) });
        else where = v.fragment('inSector', { sector: v.sector(sector ?? '') });
        yield {
          members: [expert, learner],
          country,
          sector,
          themes,
          score,
          key: `${expert}>${learner}`,
          evidence: [
            ...themes.flatMap((t) => [
              ...index.expertiseSources(expert, t),
              ...index.expertiseSources(learner, t),
            ]),
            ...(country === null
              ? []
              : [
                  ...(index.presence(expert, country)?.sources ?? []),
                  ...(index.presence(learner, country)?.sources ?? []),
                ]),
            ...(sector === null
              ? []
              : [
                  ...(index.network(expert, sector)?.sources ?? []),
                  ...(index.network(learner, sector)?.sources ?? []),
                ]),
          ],
          vars: {
            expert: v.member(expert),
            learner: v.member(learner),
            themes: v.themes(themes),
            gaps: {
              kind: 'gaps',
              entries: themes.map((t) => ({
                theme: t,
                from: index.level(expert, t),
                to: index.level(learner, t),
              })),
            },
            context: where,
          },
        };
      }
    }
  },
};
