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
    const { index, params, scores, floor } = ctx;
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
    const places = placeBits(index, d);
    const positions = Int32Array.from(d.members, (m) => scores.dense?.positionOf(m) ?? -1);
    const bounds = floor === undefined ? null : gapBounds(d, strongThemes, absentFactor);
    const buffer: Offers = {
      experts: new Int32Array(d.members.length),
      scores: new Float64Array(d.members.length),
      length: 0,
    };
    for (let learner = 0; learner < d.members.length; learner++) {
      if (d.isMember[learner] === 0) continue;
      const learnerId = d.members[learner]!;
      const offers = learnerOffers(
        d,
        { strongThemes, reaches, places, bounds, floor },
        learner,
        { weakLevel, absentFactor, context: contextOf(scores, d, positions, learner) },
        buffer,
      );
      for (const { expert: e, score } of bestOffers(offers, maxOffers)) {
        if (floor?.cannotMake(score)) continue;
        const themes = gapThemes(d, strongThemes[e]!, learner, weakLevel);
        yield offerCandidate(index, d.members[e]!, learnerId, themes, score);
      }
    }
  },
};

/**
 * The context factor of an offer to `learner` by expert ordinal: the larger of their geography and
 * sector overlaps, read from the learner's rows (dense rows by `positions`, computed on the first
 * read, else `rowOf`), not a read per pair.
 */
function contextOf(
  scores: PairScores,
  d: DenseIndex,
  positions: Int32Array,
  learner: number,
): (expert: number) => number {
  const learnerId = d.members[learner]!;
  const pair = (expert: number) =>
    Math.max(
      scores.geographyOverlap(d.members[expert]!, learnerId),
      scores.sectorOverlap(d.members[expert]!, learnerId),
    );
  const dense = scores.dense;
  const i = positions[learner]!;
  if (dense !== undefined && i >= 0) {
    let geo: Float64Array | undefined;
    let sec: Float64Array | undefined;
    return (expert) => {
      const j = positions[expert]!;
      if (j < 0) return pair(expert);
      geo ??= dense.row('geographyOverlap', i);
      sec ??= dense.row('sectorOverlap', i);
      return Math.max(geo[j]!, sec[j]!);
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

/** The offers to one learner: expert ordinals and scores. */
interface Offers {
  readonly experts: Int32Array;
  readonly scores: Float64Array;
  length: number;
}

/** Whether the learner is weak on the theme at row offset `at`: rated <= weakLevel (observed activity has no gap). */
function weakAt(d: DenseIndex, at: number, weakLevel: number): boolean {
  return !(d.level[at]! > weakLevel || d.evidence[at] === EVIDENCE_OBSERVED);
}

/**
 * An upper bound of the mean gap of every expert with one learner, without a pass over each
 * expert's themes: an expert's gap counted as if the learner lacked all its strong themes
 * (`base`, `count`), corrected for the few themes the learner has a record on (`load`). The
 * mean of the same terms in another order, plus a slack far above the rounding.
 */
interface GapBounds {
  /** Per expert: the sum of level / 5 * absentFactor over its strong themes, and how many. */
  readonly base: Float64Array;
  readonly count: Int32Array;
  /** Per theme: the experts strong on it. */
  readonly strongBy: readonly number[][];
  /** Per member: the themes it has a record on. */
  readonly recorded: readonly Int32Array[];
  /** The current learner's corrections of `base` and `count`, and the experts corrected. */
  readonly sum: Float64Array;
  readonly drop: Int32Array;
  readonly touched: number[];
  readonly slack: number;
}

function gapBounds(
  d: DenseIndex,
  strongThemes: readonly (Int32Array | null)[],
  absentFactor: number,
): GapBounds {
  const n = d.members.length;
  const T = d.themeCount;
  const base = new Float64Array(n);
  const count = new Int32Array(n);
  const strongBy: number[][] = Array.from({ length: T }, () => []);
  const recorded: Int32Array[] = [];
  for (let m = 0; m < n; m++) {
    for (const t of strongThemes[m] ?? []) {
      base[m]! += ((d.level[m * T + t]! - 0) / 5) * absentFactor;
      count[m]!++;
      strongBy[t]!.push(m);
    }
    const mine: number[] = [];
    for (let t = 0; t < T; t++) if (d.evidence[m * T + t] !== 0) mine.push(t);
    recorded.push(Int32Array.from(mine));
  }
  const slack = 1e-9 * Math.max(1, Math.abs(absentFactor));
  return {
    base,
    count,
    strongBy,
    recorded,
    sum: new Float64Array(n),
    drop: new Int32Array(n),
    touched: [],
    slack,
  };
}

/** Correct the bounds for one learner: its themes with a record change the terms of the experts strong on them. */
function loadLearner(
  b: GapBounds,
  d: DenseIndex,
  learner: number,
  weakLevel: number,
  absentFactor: number,
): void {
  const T = d.themeCount;
  for (const e of b.touched) {
    b.sum[e] = 0;
    b.drop[e] = 0;
  }
  b.touched.length = 0;
  for (const t of b.recorded[learner]!) {
    const weak = weakAt(d, learner * T + t, weakLevel);
    const mine = d.level[learner * T + t]!;
    if (weak && mine === 0) continue; // the same term as absent
    for (const e of b.strongBy[t]!) {
      const theirs = d.level[e * T + t]!;
      const absent = ((theirs - 0) / 5) * absentFactor;
      if (b.sum[e] === 0 && b.drop[e] === 0) b.touched.push(e);
      if (weak) b.sum[e]! += (theirs - mine) / 5 - absent;
      else {
        b.sum[e]! -= absent;
        b.drop[e]!++;
      }
    }
  }
}

/**
 * The countries and sectors of every member ordinal as one bit set each (`words` 32-bit words):
 * two members are near each other (present in a common country or networked in a common sector)
 * when their sets share a bit.
 */
interface Places {
  readonly words: number;
  readonly bits: Int32Array;
}

function placeBits(index: PartnershipIndex, d: DenseIndex): Places {
  const at = new Map<string, number>();
  for (const c of index.countries) at.set(`c${c}`, at.size);
  for (const s of index.sectors) at.set(`s${s}`, at.size);
  const words = (at.size + 31) >> 5;
  const bits = new Int32Array(d.members.length * words);
  d.members.forEach((m, i) => {
    const set = (key: string) => {
      const b = at.get(key)!;
      bits[i * words + (b >> 5)]! |= 1 << (b & 31);
    };
    for (const c of index.countriesOf(m)) set(`c${c}`);
    for (const s of index.sectorsOf(m)) set(`s${s}`);
  });
  return { words, bits };
}

/**
 * Every expert near the learner (sharing a country or a sector, see {@link Places}) who may teach
 * it, with the score of its offer: the mean gap over the focus themes where the learner is weak
 * (as the score formula) times 0.5 + 0.5 * context, written into `offers` (reused from learner to
 * learner). With a score floor, an offer whose bound (the gap bound, then at the pair's context)
 * cannot make the list is never scored: the learner's best offers among the rest are the same
 * ones above the floor.
 */
function learnerOffers(
  d: DenseIndex,
  run: {
    strongThemes: readonly (Int32Array | null)[];
    reaches: readonly (number | null)[];
    places: Places;
    bounds: GapBounds | null;
    floor: ScoreFloor | undefined;
  },
  learner: number,
  o: { weakLevel: number; absentFactor: number; context: (e: number) => number },
  offers: Offers,
): Offers {
  const T = d.themeCount;
  const { level } = d;
  const { strongThemes, reaches, places, bounds: b, floor } = run;
  const { words, bits } = places;
  offers.length = 0;
  const to = reaches[learner] ?? null;
  if (b !== null) loadLearner(b, d, learner, o.weakLevel, o.absentFactor);
  const hopeless = floor === undefined ? null : memoFloor(floor);
  for (let expert = 0; expert < d.members.length; expert++) {
    const strong = strongThemes[expert];
    if (expert === learner || strong === null || strong === undefined) continue;
    if (!reachMayTeach(reaches[expert] ?? null, to)) continue;
    let context: number | undefined;
    if (b !== null && hopeless !== null) {
      const count = b.count[expert]! - b.drop[expert]!;
      if (count <= 0) continue; // no theme where the learner is weak
      const bound = (b.base[expert]! + b.sum[expert]!) / count + b.slack;
      // score = gap * (0.5 + 0.5 * context) with context in [0, 1]: at most max(bound, bound / 2).
      if (hopeless(Math.max(bound, bound / 2) + 2e-9)) continue;
      if (!near(bits, words, learner, expert)) continue;
      context = o.context(expert);
      if (hopeless(bound * (0.5 + 0.5 * context) + 2e-9)) continue;
    } else if (!near(bits, words, learner, expert)) continue;
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
      offers.scores[offers.length++] = (sum / n) * (0.5 + 0.5 * (context ?? o.context(expert)));
    }
  }
  return offers;
}

/**
 * The floor's answer with the largest score known hopeless and the smallest known not: the floor
 * holds still while one learner's offers are read (it moves only when a candidate is yielded), and
 * cannotMake is monotonic in a finite score, so most reads need no call.
 */
function memoFloor(floor: ScoreFloor): (score: number) => boolean {
  let no = Number.NEGATIVE_INFINITY;
  let yes = Number.POSITIVE_INFINITY;
  return (score) => {
    if (!Number.isFinite(score)) return floor.cannotMake(score);
    if (score <= no) return true;
    if (score >= yes) return false;
    const cannot = floor.cannotMake(score);
    if (cannot) no = score;
    else yes = score;
    return cannot;
  };
}

/** Whether members a and b share a bit of their places. */
function near(bits: Int32Array, words: number, a: number, b: number): boolean {
  for (let w = 0; w < words; w++) if ((bits[a * words + w]! & bits[b * words + w]!) !== 0) return true;
  return false;
}

/** The expert's strong focus themes on which the learner is weak, as ids in theme order. */
function gapThemes(d: DenseIndex, strong: Int32Array, learner: number, weakLevel: number): string[] {
  const out: string[] = [];
  for (const t of strong) if (weakAt(d, learner * d.themeCount + t, weakLevel)) out.push(d.themes[t]!);
  return out;
}

/**
 * The best `k` offers by score (desc, equal to 1e-9 counts as equal, ties by expert id), as `topK`
 * over all of them would pick, kept in a list of at most k.
 */
function bestOffers(offers: Offers, k: number): { expert: number; score: number }[] {
  const limit = Number.isFinite(k) ? Math.max(0, Math.floor(k)) : offers.length;
  if (limit === 0) return [];
  const best: { expert: number; score: number; r: number }[] = [];
  // Expert ordinal order is id order (both sorted), so ties by ordinal are ties by id.
  const before = (a: { r: number; expert: number }, b: { r: number; expert: number }) =>
    b.r - a.r || a.expert - b.expert;
  for (let o = 0; o < offers.length; o++) {
    const score = offers.scores[o]!;
    const entry = { expert: offers.experts[o]!, score, r: Math.round(score * 1e9) };
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
