import type { PairScores } from '../../country/pairScores.js';
import {
  type DenseIndex,
  denseIndex,
  EVIDENCE_NONE,
  EVIDENCE_OBSERVED,
  EVIDENCE_RATED,
} from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
import type { Candidate, GenerateContext, RecommendationKindDefinition } from '../types.js';
import { sharedAreas } from './areas.js';
import { cmp, presentWeights, v } from './util.js';

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
    const { index, params } = ctx;
    const minSynergy = params.minSynergy ?? 0.2;
    const expertLevel = params.expertLevel ?? 4;
    const weakLevel = params.weakLevel ?? 2;
    const maxPairs = params.maxPairsPerCountry ?? 10;
    const maxPerMember = params.maxPairsPerMember ?? 2;
    const d = denseIndex(index);
    const T = d.themeCount;
    // Per member ordinal: the themes it brings (rated >= expertLevel or observed), ascending.
    const strong = d.members.map((m, i) =>
      index
        .workedThemesOf(m)
        .map((t) => d.themeOrd(t)!)
        .filter((t) => d.level[i * T + t]! >= expertLevel || d.evidence[i * T + t] === EVIDENCE_OBSERVED),
    );
    const lacks = (b: number, t: number): boolean =>
      d.evidence[b * T + t] === EVIDENCE_NONE ||
      (d.evidence[b * T + t] === EVIDENCE_RATED && d.level[b * T + t]! <= weakLevel);
    const brings = (a: number, b: number): number[] => strong[a]!.filter((t) => lacks(b, t));
    const bringsAny = (a: number, b: number): boolean => {
      const themes = strong[a]!;
      for (let i = 0; i < themes.length; i++) if (lacks(b, themes[i]!)) return true;
      return false;
    };
    const countries = countryPairs(ctx, d, minSynergy, (a, b) => bringsAny(a, b) || bringsAny(b, a));
    for (const c of countries) {
      const { country, ids } = c;
      const perMember = new Map<number, number>();
      let kept = 0;
      for (const p of rankedPairs(c.pairs, (i) => index.support(ids[i]!))) {
        if (kept >= Math.max(0, maxPairs)) break;
        const [ia, ib, synergy, score] = [c.pairs[p]!, c.pairs[p + 1]!, c.pairs[p + 2]!, c.pairs[p + 3]!];
        const [na, nb] = [perMember.get(ia) ?? 0, perMember.get(ib) ?? 0];
        if (na >= maxPerMember || nb >= maxPerMember) continue;
        perMember.set(ia, na + 1);
        perMember.set(ib, nb + 1);
        kept++;
        const a = ids[ia]!;
        const b = ids[ib]!;
        const [oa, ob] = [d.memberOrd(a)!, d.memberOrd(b)!];
        const fromA = brings(oa, ob).map((t) => d.themes[t]!);
        const fromB = brings(ob, oa).map((t) => d.themes[t]!);
        const areas = c.placed(a, b) ? sharedAreas(index, country, a, b) : [];
        yield pairCandidate(index, country, { a, b, fromA, fromB, synergy, score, areas });
      }
    }
  },
};

/** One country's present members and the pairs that pass the kind's rules, packed. */
interface CountryPairs {
  readonly country: string;
  /** Members present, sorted by id. */
  readonly ids: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
  /** Whether both members name areas in the country (then they must share one). */
  readonly placed: (a: string, b: string) => boolean;
  /** Each member's position in the dense rows of the scores (-1 without them or unknown there). */
  readonly positions: Int32Array;
  /** Each member's presence weight and {@link DenseIndex} ordinal, by position in `ids`. */
  readonly weightAt: Float64Array;
  readonly ords: Int32Array;
  /** Per pair four numbers: position of a, position of b (a < b), synergy, score. */
  readonly pairs: number[];
}

/**
 * The pairs of members present in each country with synergy >= minSynergy, something one brings
 * that the other lacks, and (where both name areas) a shared area, with their scores. Each
 * member's synergy row is read once (`PairScores.rowOf`, when the scores have it) for all the
 * countries it is present in; otherwise one read per pair.
 */
function countryPairs(
  ctx: GenerateContext,
  d: DenseIndex,
  minSynergy: number,
  complement: (a: number, b: number) => boolean,
): CountryPairs[] {
  const { index, scores } = ctx;
  const out: CountryPairs[] = [];
  const placesOf = new Map<string, [CountryPairs, number][]>();
  for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
    const view = ctx.countryViews[country];
    if (!view) continue;
    const weights = presentWeights(index, view);
    const ids = [...weights.keys()].filter((m) => index.isMember(m)).sort(cmp);
    const hasAreas = index.areas.list(country).length > 0;
    const c: CountryPairs = {
      country,
      ids,
      weights,
      placed: (a, b) =>
        hasAreas && index.areas.areasOf(a, country).length > 0 && index.areas.areasOf(b, country).length > 0,
      positions: Int32Array.from(ids, (id) => scores.dense?.positionOf(id) ?? -1),
      weightAt: Float64Array.from(ids, (id) => weights.get(id) ?? 0),
      ords: Int32Array.from(ids, (id) => d.memberOrd(id)!),
      pairs: [],
    };
    out.push(c);
    ids.forEach((id, i) => {
      const list = placesOf.get(id);
      if (list === undefined) placesOf.set(id, [[c, i]]);
      else list.push([c, i]);
    });
  }
  for (const a of [...placesOf.keys()].sort(cmp)) {
    const places = placesOf.get(a)!;
    if (!places.some(([c, i]) => i < c.ids.length - 1)) continue;
    const synergyWith = new SynergyReader(scores, a);
    // The row read here, in the loop (a call returning a number per pair would box it).
    const row = synergyWith.row();
    const oa = d.memberOrd(a)!;
    for (const [c, ia] of places) {
      const hasAreas = index.areas.list(c.country).length > 0;
      const wa = c.weightAt[ia]!;
      for (let ib = ia + 1; ib < c.ids.length; ib++) {
        const j = c.positions[ib]!;
        const synergy = row !== undefined && j >= 0 ? row[j]! : synergyWith.at(c.ids[ib]!, j);
        if (synergy < minSynergy - 1e-9) continue;
        const weight = Math.sqrt(wa * c.weightAt[ib]!);
        // The place factor is at most 1; 2e-9 keeps a pair that could tie with one kept, so the
        // pairs each country keeps (best first, per-member caps) stay the same.
        if (ctx.floor?.cannotMake(synergy * weight + 2e-9) || !complement(oa, c.ords[ib]!)) continue;
        const b = c.ids[ib]!;
        // Two members that both name areas must share one; otherwise the country is the place.
        const placed = c.placed(a, b);
        const shared = placed ? sharedAreas(index, c.country, a, b).length : 0;
        if (placed && shared === 0) continue;
        const place = hasAreas ? 1 - 0.5 ** Math.max(1, shared) : 1;
        const score = synergy * weight * place;
        c.pairs.push(ia, ib, synergy, score);
      }
    }
  }
  return out;
}

/**
 * Member a's synergy with b (at dense position j): from its dense row when the scores have dense
 * rows (j < 0, unknown there, reads through the function), else from its row (`rowOf`), else a call
 * per pair. A class, so the pair loop calls one method (no closure per member).
 */
class SynergyReader {
  readonly #scores: PairScores;
  readonly #a: string;
  readonly #i: number;
  /** a's dense synergy row, once read. */
  values: Float64Array | undefined;
  #row: ((b: string) => number) | undefined;
  constructor(scores: PairScores, a: string) {
    this.#scores = scores;
    this.#a = a;
    const dense = scores.dense;
    this.#i = dense === undefined ? -1 : dense.positionOf(a);
    if (this.#i < 0) this.#row = scores.rowOf?.(a)?.synergy;
  }
  /** a's dense synergy row (read once), or undefined when a has none (then ask {@link at}). */
  row(): Float64Array | undefined {
    if (this.#i < 0) return undefined;
    this.values ??= this.#scores.dense!.row('synergy', this.#i);
    return this.values;
  }
  at(b: string, j: number): number {
    if (this.#i < 0) {
      const row = this.#row;
      return row === undefined ? this.#scores.synergy(this.#a, b) : row(b);
    }
    if (j < 0) return this.#scores.synergy(this.#a, b);
    this.values ??= this.#scores.dense!.row('synergy', this.#i);
    return this.values[j]!;
  }
}

/**
 * Offsets of the packed pairs (see {@link CountryPairs}), best first: score desc (equal to 1e-9
 * counts as equal), then the weaker member's support (see `PartnershipIndex.support`), then
 * member a, then member b (id order: positions follow sorted ids).
 */
function rankedPairs(pairs: readonly number[], support: (position: number) => number): number[] {
  const offsets = Array.from({ length: pairs.length / 4 }, (_, i) => i * 4);
  const r = offsets.map((p) => Math.round(pairs[p + 3]! * 1e9));
  const rank = new Map(offsets.map((p, i) => [p, r[i]!]));
  const backing = new Map(offsets.map((p) => [p, Math.min(support(pairs[p]!), support(pairs[p + 1]!))]));
  return offsets.sort(
    (x, y) =>
      rank.get(y)! - rank.get(x)! ||
      backing.get(y)! - backing.get(x)! ||
      pairs[x]! - pairs[y]! ||
      pairs[x + 1]! - pairs[y + 1]!,
  );
}

/** The candidate of one chosen pair (evidence read only when the engine keeps it). */
function pairCandidate(
  index: PartnershipIndex,
  country: string,
  p: {
    a: string;
    b: string;
    fromA: string[];
    fromB: string[];
    synergy: number;
    score: number;
    areas: string[];
  },
): Candidate {
  const { a, b, fromA, fromB, synergy, score, areas } = p;
  const themes = [...fromA, ...fromB].sort(cmp);
  const entries = [
    { member: a, themes: fromA },
    { member: b, themes: fromB },
  ].filter((e) => e.themes.length > 0);
  return {
    members: [a, b],
    country,
    areas,
    themes,
    score,
    get evidence() {
      return [
        ...placeSources(index, a, country, { areas }),
        ...placeSources(index, b, country, { areas }),
        ...themes.flatMap((t) => [
          ...index.expertiseSources(a, t, country),
          ...index.expertiseSources(b, t, country),
        ]),
      ];
    },
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
