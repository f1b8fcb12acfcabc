import type { PairScores } from '../../country/pairScores.js';
import type { Scope } from '../../schema/records.js';
import { type DenseIndex, denseIndex, EVIDENCE_OBSERVED } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import type { Candidate, RationaleValue, RecommendationKindDefinition, ScoreFloor } from '../types.js';
import { v } from './util.js';

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
  return reachMayTeach(reach(e.type, e.scope), reach(l.type, l.scope));
}

/** The rule of {@link mayTeach} on two reaches (null: unknown). */
function reachMayTeach(from: number | null, to: number | null): boolean {
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
    const d = denseIndex(index);
    const strongThemes = strongFocusThemes(d, index, ctx.focusThemes, expertLevel);
    const reaches = d.members.map((m) => {
      const k = index.kindOf(m);
      return reach(k.type, k.scope);
    });
    const stamp = new Int32Array(d.members.length).fill(-1);
    const positions = Int32Array.from(d.members, (m) => scores.dense?.positionOf(m) ?? -1);
    const buffer: Offers = {
      experts: new Int32Array(d.members.length),
      gaps: new Float64Array(d.members.length),
      length: 0,
    };
    for (let learner = 0; learner < d.members.length; learner++) {
      if (d.isMember[learner] === 0) continue;
      const learnerId = d.members[learner]!;
      const offers = learnerOffers(
        d,
        strongThemes,
        reaches,
        stamp,
        learner,
        {
          weakLevel,
          absentFactor,
          near: [
            ...index.countriesOf(learnerId).map((c) => d.membersIn(c)),
            ...index.sectorsOf(learnerId).map((s) => d.membersInSector(s)),
          ],
        },
        buffer,
      );
      if (ctx.floor) dropHopeless(offers, ctx.floor);
      for (const { expert: e, score } of bestOffers(
        offers,
        maxOffers,
        contextOf(scores, d, positions, learner, offers),
      )) {
        if (ctx.floor?.cannotMake(score)) continue;
        const themes = gapThemes(d, strongThemes[e]!, learner, weakLevel);
        yield offerCandidate(index, d.members[e]!, learnerId, themes, score);
      }
    }
  },
};

/**
 * The context factor of an offer to `learner` by expert ordinal: the larger of their geography and
 * sector overlaps. With many offers it is read from the learner's rows (dense rows by `positions`,
 * else `rowOf`), one row each, not a read per pair.
 */
function contextOf(
  scores: PairScores,
  d: DenseIndex,
  positions: Int32Array,
  learner: number,
  offers: Offers,
): (expert: number) => number {
  const learnerId = d.members[learner]!;
  const pair = (expert: number) =>
    Math.max(
      scores.geographyOverlap(d.members[expert]!, learnerId),
      scores.sectorOverlap(d.members[expert]!, learnerId),
    );
  if (offers.length <= 16) return pair;
  const dense = scores.dense;
  const i = positions[learner]!;
  if (dense !== undefined && i >= 0) {
    const geo = dense.row('geographyOverlap', i);
    const sec = dense.row('sectorOverlap', i);
    return (expert) => {
      const j = positions[expert]!;
      return j < 0 ? pair(expert) : Math.max(geo[j]!, sec[j]!);
    };
  }
  const row = scores.rowOf?.(learnerId);
  const geo = row?.geographyOverlap ?? ((b: string) => scores.geographyOverlap(b, learnerId));
  const sec = row?.sectorOverlap ?? ((b: string) => scores.sectorOverlap(b, learnerId));
  return (expert) => Math.max(geo(d.members[expert]!), sec(d.members[expert]!));
}

/** Per member ordinal: its focus themes rated at expertLevel or higher (theme ordinals, ascending). */
function strongFocusThemes(
  d: DenseIndex,
  index: PartnershipIndex,
  focusThemes: readonly string[],
  expertLevel: number,
): (Int32Array | null)[] {
  const focus = new Set(focusThemes);
  return d.members.map((m) => {
    if (!index.isMember(m)) return null;
    const strong = index
      .themesOf(m)
      .filter(([t, level]) => level >= expertLevel && focus.has(t))
      .map(([t]) => d.themeOrd(t)!);
    return strong.length > 0 ? Int32Array.from(strong) : null;
  });
}

/** The offers to one learner before their context is read: expert ordinals and mean gaps (the score's bound). */
interface Offers {
  readonly experts: Int32Array;
  readonly gaps: Float64Array;
  length: number;
}

/** Whether the learner is weak on the theme at row offset `at`: rated <= weakLevel (observed activity has no gap). */
function weakAt(d: DenseIndex, at: number, weakLevel: number): boolean {
  return !(d.level[at]! > weakLevel || d.evidence[at] === EVIDENCE_OBSERVED);
}

/**
 * Every expert near the learner (sharing a country or a sector) who may teach it, with the mean
 * gap over the focus themes where the learner is weak (as the score formula), written into
 * `offers` (reused from learner to learner); the themes themselves are read again only for the
 * offers kept ({@link gapThemes}).
 */
function learnerOffers(
  d: DenseIndex,
  strongThemes: readonly (Int32Array | null)[],
  reaches: readonly (number | null)[],
  stamp: Int32Array,
  learner: number,
  o: { weakLevel: number; absentFactor: number; near: readonly Int32Array[] },
  offers: Offers,
): Offers {
  const T = d.themeCount;
  const { level } = d;
  offers.length = 0;
  const to = reaches[learner] ?? null;
  for (const list of o.near) {
    for (let k = 0; k < list.length; k++) {
      const expert = list[k]!;
      if (stamp[expert] === learner) continue;
      stamp[expert] = learner;
      const strong = strongThemes[expert];
      if (expert === learner || strong === null || strong === undefined) continue;
      if (!reachMayTeach(reaches[expert] ?? null, to)) continue;
      let n = 0;
      let sum = 0;
      for (let s = 0; s < strong.length; s++) {
        const t = strong[s]!;
        // A learner observed working on a theme has no rating: no gap can be claimed there.
        if (!weakAt(d, learner * T + t, o.weakLevel)) continue;
        const mine = level[learner * T + t]!;
        n++;
        sum += ((level[expert * T + t]! - mine) / 5) * (mine === 0 ? o.absentFactor : 1);
      }
      if (n > 0) {
        offers.experts[offers.length] = expert;
        offers.gaps[offers.length++] = sum / n;
      }
    }
  }
  return offers;
}

/**
 * Drop the offers that cannot make the list whatever their context: score = gap * (0.5 + 0.5 *
 * context) with context in [0, 1] is at most max(gap, gap / 2). The margin of 2e-9 keeps every
 * offer that could tie (to 1e-9) with one kept, so the best offers per learner stay the same.
 */
function dropHopeless(offers: Offers, floor: ScoreFloor): void {
  let kept = 0;
  for (let o = 0; o < offers.length; o++) {
    const gap = offers.gaps[o]!;
    if (floor.cannotMake(Math.max(gap, gap / 2) + 2e-9)) continue;
    offers.experts[kept] = offers.experts[o]!;
    offers.gaps[kept++] = gap;
  }
  offers.length = kept;
}

/** The expert's strong focus themes on which the learner is weak, as ids in theme order. */
function gapThemes(d: DenseIndex, strong: Int32Array, learner: number, weakLevel: number): string[] {
  const out: string[] = [];
  for (const t of strong) if (weakAt(d, learner * d.themeCount + t, weakLevel)) out.push(d.themes[t]!);
  return out;
}

/**
 * The best `k` offers by score = gap * (0.5 + 0.5 * context) (desc, equal to 1e-9 counts as
 * equal, ties by expert id), as `topK` over all of them would pick, kept in a list of at most k.
 */
function bestOffers(
  offers: Offers,
  k: number,
  context: (expert: number) => number,
): { expert: number; score: number }[] {
  const limit = Number.isFinite(k) ? Math.max(0, Math.floor(k)) : offers.length;
  if (limit === 0) return [];
  const best: { expert: number; score: number; r: number }[] = [];
  // Expert ordinal order is id order (both sorted), so ties by ordinal are ties by id.
  const before = (a: { r: number; expert: number }, b: { r: number; expert: number }) =>
    b.r - a.r || a.expert - b.expert;
  for (let o = 0; o < offers.length; o++) {
    const expert = offers.experts[o]!;
    const gap = offers.gaps[o]!;
    // With the list full, an offer whose best possible score (context 1) ranks below its last is
    // left out without reading its context.
    if (best.length === limit && Math.round(Math.max(gap, gap / 2) * 1e9) < best[limit - 1]!.r) continue;
    const score = gap * (0.5 + 0.5 * context(expert));
    const entry = { expert, score, r: Math.round(score * 1e9) };
    if (best.length === limit && before(best[limit - 1]!, entry) <= 0) continue;
    let i = best.length;
    while (i > 0 && before(best[i - 1]!, entry) > 0) i--;
    best.splice(i, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** The candidate of one offer (evidence read only when the engine keeps it). */
function offerCandidate(
  index: PartnershipIndex,
  expert: string,
  learner: string,
  themes: string[],
  score: number,
): Candidate {
  const { country, sector } = sharedPlace(index, expert, learner);
  let where: RationaleValue;
  if (country !== null && sector !== null) {
    where = v.fragment('inBoth', { country: v.country(country), sector: v.sector(sector) });
  } else if (country !== null) where = v.fragment('inCountry', { country: v.country(country) });
  else where = v.fragment('inSector', { sector: v.sector(sector ?? '') });
  return {
    members: [expert, learner],
    country,
    sector,
    themes,
    score,
    key: `${expert}>${learner}`,
    get evidence() {
      return [
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
      ];
    },
    vars: {
      expert: v.member(expert),
      learner: v.member(learner),
      themes: v.themes(themes),
      gaps: {
        kind: 'gaps',
        entries: themes.map((t) => ({ theme: t, from: index.level(expert, t), to: index.level(learner, t) })),
      },
      context: where,
    },
  };
}

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
