import type { RecommendationKindDefinition } from '../types.js';
import { sharedAreas } from './areas.js';
import { cmp, presentWeights, topK, v } from './util.js';

/**
 * joint-programme: two members present in the same country with complementary
 * expertise (high synergy): coordinate in-country and design a joint programme.
 * Requires synergy >= minSynergy (0.2) and at least one theme one of them
 * brings (rated >= expertLevel, 4, or observed working on it) that the other
 * lacks (no record, or rated <= weakLevel, 2; a member observed working on a
 * theme does not lack it). Two members that both name areas in the country
 * must share an area, and the recommendation names the most specific areas they
 * share.
 *
 * score = synergy(a, b) * sqrt(presenceWeight(a, country) * presenceWeight(b, country)) * place,
 * place = 1 in a country without areas; in a country with areas 1 - 0.5^k for a pair sharing k
 * areas (0.5 for one, 0.75 for two: more places to work together is more to act on), and 0.5 for a
 * pair placed only by the country. At most maxPairsPerCountry (10) pairs per country and
 * maxPairsPerMember (2) per member, the best first.
 */
export const jointProgramme: RecommendationKindDefinition = {
  id: 'joint-programme',
  title: { en: 'In-country joint programme', nl: 'Gezamenlijk programma in een land' },
  eligibility: {
    en: 'Two members present in the same country (in the same area where the country has areas) with synergy minSynergy (0.2) or more, one of them bringing a theme (level expertLevel, 4, or higher, or observed working on it) the other lacks (level weakLevel, 2, or lower, or no record); at most maxPairsPerCountry (10) pairs per country and maxPairsPerMember (2) per member.',
    nl: 'Twee leden die in hetzelfde land actief zijn (in hetzelfde gebied als het land gebieden heeft), met een synergie van minSynergy (0,2) of meer, waarvan er minstens een een thema inbrengt (niveau expertLevel, 4, of hoger, of waargenomen als actief) dat de ander mist (niveau weakLevel, 2, of lager, of geen gegevens); hoogstens maxPairsPerCountry (10) paren per land en maxPairsPerMember (2) per lid.',
  },
  formula:
    'score = synergy(a, b) * sqrt(presenceWeight(a, country) * presenceWeight(b, country)) * place; place = 1 without areas, 1 - 0.5^sharedAreas with areas (0.5 when placed by the country only)',
  weight: 1,
  params: { minSynergy: 0.2, expertLevel: 4, weakLevel: 2, maxPairsPerCountry: 10, maxPairsPerMember: 2 },
  rationale: {
    default: {
      en: '{members} both work in {country} and complement each other ({contributions}): set up a joint programme there.',
      nl: '{members} werken allebei in {country} en vullen elkaar aan ({contributions}): zet daar samen een programma op.',
    },
    inAreas: {
      en: '{members} both work in {areas}, {country}, and complement each other ({contributions}): combine the work there in a joint programme.',
      nl: '{members} werken allebei in {areas}, {country}, en vullen elkaar aan ({contributions}): combineer het werk daar in een gezamenlijk programma.',
    },
  },
  detail: {
    default: { en: 'Synergy {synergy}.', nl: 'Synergie {synergy}.' },
    inAreas: { en: 'Synergy {synergy}.', nl: 'Synergie {synergy}.' },
  },
  fragments: {},
  *generate(ctx) {
    const { index, params, scores } = ctx;
    const minSynergy = params.minSynergy ?? 0.2;
    const expertLevel = params.expertLevel ?? 4;
    const weakLevel = params.weakLevel ?? 2;
    const maxPairs = params.maxPairsPerCountry ?? 10;
    const maxPerMember = params.maxPairsPerMember ?? 2;
    const strong = new Map<string, string[]>();
    for (const m of index.memberIds) {
      strong.set(
        m,
        index
          .workedThemesOf(m)
          .filter((t) => index.level(m, t) >= expertLevel || index.evidence(m, t) === 'observed'),
      );
    }
    const lacks = (b: string, t: string): boolean =>
      index.evidence(b, t) === null || (index.evidence(b, t) === 'rated' && index.level(b, t) <= weakLevel);
    const brings = (a: string, b: string): string[] => (strong.get(a) ?? []).filter((t) => lacks(b, t));
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(view);
      const ids = [...weights.keys()].filter((m) => index.isMember(m)).sort(cmp);
      const hasAreas = index.areas.list(country).length > 0;
      const pairs: {
        a: string;
        b: string;
        fromA: string[];
        fromB: string[];
        synergy: number;
        score: number;
        areas: string[];
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
          // Two members that both name areas must share one; otherwise the country is the place.
          const placed =
            hasAreas &&
            index.areas.areasOf(a, country).length > 0 &&
            index.areas.areasOf(b, country).length > 0;
          const areas = placed ? sharedAreas(index, country, a, b) : [];
          if (placed && areas.length === 0) continue;
          const place = hasAreas ? 1 - 0.5 ** Math.max(1, areas.length) : 1;
          const score = synergy * Math.sqrt((weights.get(a) ?? 0) * (weights.get(b) ?? 0)) * place;
          pairs.push({ a, b, fromA, fromB, synergy, score, areas });
        }
      }
      const perMember = new Map<string, number>();
      const chosen = topK(
        pairs,
        Number.POSITIVE_INFINITY,
        (p) => p.score,
        (p) => `${p.a}\u0000${p.b}`,
      ).filter((p) => {
        const [na, nb] = [perMember.get(p.a) ?? 0, perMember.get(p.b) ?? 0];
        if (na >= maxPerMember || nb >= maxPerMember) return false;
        perMember.set(p.a, na + 1);
        perMember.set(p.b, nb + 1);
        return true;
      });
      for (const { a, b, fromA, fromB, synergy, score, areas } of chosen.slice(0, Math.max(0, maxPairs))) {
        const themes = [...fromA, ...fromB].sort(cmp);
        const entries = [
          { member: a, themes: fromA },
          { member: b, themes: fromB },
        ].filter((e) => e.themes.length > 0);
        yield {
          members: [a, b],
          country,
          areas,
          themes,
          score,
          evidence: [
            ...(index.presence(a, country)?.sources ?? []),
            ...(index.presence(b, country)?.sources ?? []),
            ...themes.flatMap((t) => [...index.expertiseSources(a, t), ...index.expertiseSources(b, t)]),
          ],
          vars: {
            members: areas.length > 0 ? v.tagged([a, b]) : v.members([a, b]),
            country: v.country(country),
            areas: v.areas(country, areas),
            contributions: { kind: 'contributions', entries },
            synergy,
          },
          ...(areas.length > 0 ? { template: 'inAreas' } : {}),
        };
      }
    }
  },
};
