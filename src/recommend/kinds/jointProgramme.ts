import type { RecommendationKindDefinition } from '../types.js';
import { cmp, presentWeights, topK, v } from './util.js';

/**
 * joint-programme: two members present in the same country with complementary
 * expertise (high synergy): coordinate in-country and design a joint programme.
 * Requires synergy >= minSynergy (0.2) and at least one theme one of them is
 * strong on (>= expertLevel, 4) where the other is weak (<= weakLevel, 2).
 *
 * score = synergy(a, b) * sqrt(presenceWeight(a, country) * presenceWeight(b, country)).
 * At most maxPairsPerCountry (10) pairs per country, the best first.
 */
export const jointProgramme: RecommendationKindDefinition = {
  id: 'joint-programme',
  title: { en: 'In-country joint programme', nl: 'Gezamenlijk programma in een land' },
  eligibility: {
    en: 'Two members present in the same country with synergy minSynergy (0.2) or more, one of them bringing a theme (level expertLevel, 4, or higher) the other lacks (level weakLevel, 2, or lower); at most maxPairsPerCountry (10) pairs per country.',
    nl: 'Twee leden die in hetzelfde land actief zijn, met een synergie van minSynergy (0,2) of meer, waarvan er minstens een een thema inbrengt (niveau expertLevel, 4, of hoger) dat de ander mist (niveau weakLevel, 2, of lager); hoogstens maxPairsPerCountry (10) paren per land.',
  },
  formula: 'score = synergy(a, b) * sqrt(presenceWeight(a, country) * presenceWeight(b, country))',
  weight: 1,
  params: { minSynergy: 0.2, expertLevel: 4, weakLevel: 2, maxPairsPerCountry: 10 },
  rationale: {
    default: {
      en: '{members} both work in {country} and complement each other ({contributions}; synergy {synergy}), so they could coordinate in-country and set up a joint programme.',
      nl: '{members} werken allebei in {country} en vullen elkaar aan ({contributions}; synergie {synergy}), dus ze kunnen hun werk daar op elkaar afstemmen en een gezamenlijk programma opzetten.',
    },
  },
  fragments: {},
  *generate(ctx) {
    const { index, params, scores } = ctx;
    const minSynergy = params.minSynergy ?? 0.2;
    const expertLevel = params.expertLevel ?? 4;
    const weakLevel = params.weakLevel ?? 2;
    const maxPairs = params.maxPairsPerCountry ?? 10;
    const strong = new Map<string, string[]>();
    for (const m of index.memberIds) {
      strong.set(
        m,
        index
          .themesOf(m)
          .filter(([, level]) => level >= expertLevel)
          .map(([t]) => t),
      );
    }
    const brings = (a: string, b: string): string[] =>
      (strong.get(a) ?? []).filter((t) => index.level(b, t) <= weakLevel);
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(view);
      const ids = [...weights.keys()].filter((m) => index.isMember(m)).sort(cmp);
      const pairs: {
        a: string;
        b: string;
        fromA: string[];
        fromB: string[];
        synergy: number;
        score: number;
      }[] = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] as string;
          const b = ids[j] as string;
          const synergy = scores.synergy(a, b);
          if (synergy < minSynergy - 1e-9) continue;
          const fromA = brings(a, b);
          const fromB = brings(b, a);
          if (fromA.length === 0 && fromB.length === 0) continue;
          const score = synergy * Math.sqrt((weights.get(a) ?? 0) * (weights.get(b) ?? 0));
          pairs.push({ a, b, fromA, fromB, synergy, score });
        }
      }
      for (const { a, b, fromA, fromB, synergy, score } of topK(
        pairs,
        maxPairs,
        (p) => p.score,
        (p) => `${p.a}\u0000${p.b}`,
      )) {
        const themes = [...fromA, ...fromB].sort(cmp);
        const entries = [
          { member: a, themes: fromA },
          { member: b, themes: fromB },
        ].filter((e) => e.themes.length > 0);
        yield {
          members: [a, b],
          country,
          themes,
          score,
          evidence: [
            ...(index.presence(a, country)?.sources ?? []),
            ...(index.presence(b, country)?.sources ?? []),
            ...themes.flatMap((t) => [...index.expertiseSources(a, t), ...index.expertiseSources(b, t)]),
          ],
          vars: {
            members: v.members([a, b]),
            country: v.country(country),
            contributions: { kind: 'contributions', entries },
            synergy,
          },
        };
      }
    }
  },
};
