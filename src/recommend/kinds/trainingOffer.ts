import type { Scope } from '../../schema/records.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import type { RationaleValue, RecommendationKindDefinition } from '../types.js';
import { mean, topK, v } from './util.js';

/** How far an organisation reaches: 3 international (and every UN agency), 2 national, 1 local, null unknown. */
function reach(type: string | null, scope: Scope | null): number | null {
  if (type === 'un' || scope === 'international') return 3;
  if (scope === 'national') return 2;
  if (scope === 'local') return 1;
  return null;
}

/**
 * The explicit rule of training offers between organisations of different reach: a national or
 * local organisation never offers training to a UN agency or an international organisation
 * (whatever their ratings say, that is not how a coordinator would pitch it). Unknown reach
 * never blocks an offer.
 */
export function mayTeach(index: PartnershipIndex, expert: string, learner: string): boolean {
  const e = index.kindOf(expert);
  const l = index.kindOf(learner);
  const from = reach(e.type, e.scope);
  const to = reach(l.type, l.scope);
  return !(to === 3 && from !== null && from < 3);
}

/**
 * training-offer: a member expert on a theme (rated level >= expertLevel, 4)
 * offers training or peer learning to a member weak on it (rated level <=
 * weakLevel, 2, or absent), when the two share a country (both present) or a
 * sector (both have a network). A skill gap needs ratings: a theme either
 * member is only observed working on (evidence `observed`, no rating) never
 * makes an offer. And never downwards in reach: a national or local
 * organisation does not offer training to a UN agency or an international
 * organisation. One recommendation per expert and learner, grouping the focus
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
    en: 'A member rated at level expertLevel (4) or higher and a member rated at level weakLevel (2) or lower (or absent) on the same focus theme, present in a common country or networked in a common sector; observed activity without a rating never counts; never from a national or local organisation to a UN agency or an international organisation; at most maxOffersPerLearner (3) offers per learner.',
    nl: 'Een lid met niveau expertLevel (4) of hoger en een lid met niveau weakLevel (2) of lager (of afwezig) op hetzelfde focusthema, actief in een gemeenschappelijk land of met een netwerk in een gemeenschappelijke sector; waargenomen activiteit zonder beoordeling telt nooit mee; nooit van een nationale of lokale organisatie aan een VN-organisatie of een internationale organisatie; hoogstens maxOffersPerLearner (3) aanbiedingen per lid.',
  },
  formula:
    'score = gap * (0.5 + 0.5 * context); gap = mean over themes of (level(expert) - level(learner)) / 5, times absentFactor when the learner is at level 0; context = max(geographyOverlap, sectorOverlap)',
  weight: 1,
  params: { expertLevel: 4, weakLevel: 2, absentFactor: 0.5, maxOffersPerLearner: 3 },
  rationale: {
    default: {
      en: '{expert} is strong on {themes} where {learner} is weak; both are active {context}, so {expert} could offer training or peer learning.',
      nl: '{expert} is sterk in {themes}, waarin {learner} zwak is; beide zijn actief {context}, dus {expert} kan training of intervisie aanbieden.',
    },
  },
  detail: { default: { en: 'Levels: {gaps}.', nl: 'Niveaus: {gaps}.' } },
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
        if (expert === learner || !strong || !mayTeach(index, expert, learner)) continue;
        // A learner observed working on a theme has no rating: no gap can be claimed there.
        const themes = strong.filter(
          (t) => index.level(learner, t) <= weakLevel && index.evidence(learner, t) !== 'observed',
        );
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
        const { country, sector } = sharedPlace(index, expert, learner);
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

/** The strongest country both are present in and the strongest sector both have a network in (null if none). */
function sharedPlace(
  index: PartnershipIndex,
  expert: string,
  learner: string,
): { country: string | null; sector: string | null } {
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
  return { country, sector };
}
