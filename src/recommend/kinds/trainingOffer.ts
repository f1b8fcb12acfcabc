import type { PairScores } from '../../country/pairScores.js';
import type { Scope } from '../../schema/records.js';
import { type DenseIndex, denseIndex, EVIDENCE_OBSERVED } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
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
    const near = nearness(index, d);
    const positions = Int32Array.from(d.members, (m) => scores.dense?.positionOf(m) ?? -1);
    const bounds = new GapBounds(d, strongThemes, weakLevel, absentFactor);
    const buffer: Offers = {
      experts: new Int32Array(d.members.length),
      scores: new Float64Array(d.members.length),
      length: 0,
    };
    const run = { strongThemes, reaches, near, bounds, floor };
    for (let learner = 0; learner < d.members.length; learner++) {
      if (d.isMember[learner] === 0) continue;
      const learnerId = d.members[learner]!;
      bounds.forLearner(learner);
      const context = new LearnerContext(scores, d, positions, learner);
      const offers = learnerOffers(d, run, learner, { weakLevel, absentFactor, context }, buffer);
      for (const { expert: e, score } of bestOffers(offers, maxOffers)) {
        if (floor?.cannotMake(score)) continue;
        const themes = gapThemes(d, strongThemes[e]!, learner, weakLevel);
        yield offerCandidate(index, d.members[e]!, learnerId, themes, score);
      }
    }
  },
};

/**
 * Near: present in a common country or networked in a common sector. Per member ordinal a bit per
 * country it is present in and per sector it has a network in, so a pair is one AND per word
 * instead of a presence lookup per country.
 */
function nearness(index: PartnershipIndex, d: DenseIndex): (a: number, b: number) => boolean {
  // Bit positions: the countries first, then the sectors.
  const C = index.countries.length;
  const countryBit = new Map(index.countries.map((c, i) => [c, i]));
  const sectorBit = new Map(index.sectors.map((s, i) => [s, C + i]));
  const W = Math.max(1, Math.ceil((C + index.sectors.length) / 32));
  const bits = new Int32Array(d.members.length * W);
  const set = (m: number, p: number) => {
    bits[m * W + (p >>> 5)]! |= 1 << (p & 31);
  };
  d.members.forEach((id, m) => {
    for (const c of index.countriesOf(id)) set(m, countryBit.get(c)!);
    for (const s of index.sectorsOf(id)) set(m, sectorBit.get(s)!);
  });
  return (a, b) => {
    for (let w = 0; w < W; w++) if ((bits[a * W + w]! & bits[b * W + w]!) !== 0) return true;
    return false;
  };
}

/**
 * The context factor of the offers to one learner by expert ordinal: the larger of their geography
 * and sector overlaps, read from the learner's dense rows (by `positions`, fetched on the first
 * read), else pair by pair. A class with plain fields, so the hot loop reads numbers (no closure
 * call that boxes a double per pair).
 */
class LearnerContext {
  readonly #scores: PairScores;
  readonly #d: DenseIndex;
  /** Dense positions by member ordinal, and the learner's (-1: not in the dense rows). */
  readonly positions: Int32Array;
  readonly i: number;
  readonly #learner: number;
  /** The learner's rows, once read. */
  geo: Float64Array | undefined;
  sec: Float64Array | undefined;
  constructor(scores: PairScores, d: DenseIndex, positions: Int32Array, learner: number) {
    this.#scores = scores;
    this.#d = d;
    this.positions = positions;
    this.i = positions[learner]!;
    this.#learner = learner;
  }
  of(expert: number): number {
    const j = this.positions[expert]!;
    if (this.i < 0 || j < 0) {
      const [a, b] = [this.#d.members[expert]!, this.#d.members[this.#learner]!];
      return Math.max(this.#scores.geographyOverlap(a, b), this.#scores.sectorOverlap(a, b));
    }
    this.geo ??= this.#scores.dense!.row('geographyOverlap', this.i);
    this.sec ??= this.#scores.dense!.row('sectorOverlap', this.i);
    return Math.max(this.geo[j]!, this.sec[j]!);
  }
}

/** {@link LearnerContext.of}, with the common case (rows read) in a small function the compiler inlines. */
function contextAt(c: LearnerContext, expert: number): number {
  const j = c.positions[expert]!;
  if (c.geo !== undefined && c.sec !== undefined && c.i >= 0 && j >= 0) return Math.max(c.geo[j]!, c.sec[j]!);
  return c.of(expert);
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
 * An upper bound of the mean gap of every expert with a learner, without a pass over the expert's
 * themes: its terms as if the learner lacked all the expert's strong themes, corrected for the few
 * themes the learner has a record on; the mean of the same terms in another order, plus a slack far
 * above the rounding. -Infinity when no strong theme of the expert is a weak one of the learner.
 * Typed arrays reused from learner to learner ({@link GapBounds.forLearner}), read by {@link gapBound}.
 */
class GapBounds {
  readonly #d: DenseIndex;
  readonly #weakLevel: number;
  readonly #absentFactor: number;
  /** Per expert: its terms summed as if the learner lacked all its strong themes, and their number. */
  readonly base: Float64Array;
  readonly count: Int32Array;
  /** Per theme ordinal: the experts strong on it. */
  readonly #strongBy: number[][];
  /** Per expert, for the current learner: the correction of the sum, and the themes dropped. */
  readonly sum: Float64Array;
  readonly drop: Int32Array;
  readonly slack: number;
  constructor(
    d: DenseIndex,
    strongThemes: readonly (Int32Array | null)[],
    weakLevel: number,
    absentFactor: number,
  ) {
    const n = d.members.length;
    this.#d = d;
    this.#weakLevel = weakLevel;
    this.#absentFactor = absentFactor;
    this.base = new Float64Array(n);
    this.count = new Int32Array(n);
    this.#strongBy = Array.from({ length: d.themeCount }, () => []);
    strongThemes.forEach((strong, e) => {
      for (const t of strong ?? []) {
        this.base[e]! += this.#absent(e, t);
        this.count[e]!++;
        this.#strongBy[t]!.push(e);
      }
    });
    this.sum = new Float64Array(n);
    this.drop = new Int32Array(n);
    this.slack = 1e-9 * Math.max(1, Math.abs(absentFactor));
  }
  #absent(e: number, t: number): number {
    return ((this.#d.level[e * this.#d.themeCount + t]! - 0) / 5) * this.#absentFactor;
  }
  /** Correct the sums for the themes `learner` has a record on. */
  forLearner(learner: number): void {
    const d = this.#d;
    const T = d.themeCount;
    const { level } = d;
    const sum = this.sum;
    const drop = this.drop;
    sum.fill(0);
    drop.fill(0);
    for (let t = 0; t < T; t++) {
      const at = learner * T + t;
      const mine = level[at]!;
      const weak = weakAt(d, at, this.#weakLevel);
      if (weak && mine === 0) continue; // no record, or the same term as none
      for (const e of this.#strongBy[t]!) {
        if (weak) sum[e]! += (level[e * T + t]! - mine) / 5 - this.#absent(e, t);
        else {
          sum[e]! -= this.#absent(e, t);
          drop[e]!++;
        }
      }
    }
  }
}

/** The bound of the expert's mean gap with the current learner (see {@link GapBounds}). */
function gapBound(b: GapBounds, e: number): number {
  const c = b.count[e]! - b.drop[e]!;
  return c > 0 ? (b.base[e]! + b.sum[e]!) / c + b.slack : Number.NEGATIVE_INFINITY;
}

/**
 * Every expert near the learner who may teach it, with the score of its offer: the mean gap over
 * the focus themes where the learner is weak (as the score formula) times 0.5 + 0.5 * context,
 * written into `offers` (reused from learner to learner). An offer whose bound (the gap bound,
 * then at the pair's context) the floor calls hopeless is never scored: the learner's best offers
 * among the rest are the same ones above the floor.
 */
function learnerOffers(
  d: DenseIndex,
  run: {
    strongThemes: readonly (Int32Array | null)[];
    reaches: readonly (number | null)[];
    near: (a: number, b: number) => boolean;
    bounds: GapBounds;
    floor: ScoreFloor | undefined;
  },
  learner: number,
  o: { weakLevel: number; absentFactor: number; context: LearnerContext },
  offers: Offers,
): Offers {
  const T = d.themeCount;
  const { level } = d;
  const { strongThemes, reaches, bounds } = run;
  const hopeless = new FloorMemo(run.floor);
  offers.length = 0;
  const to = reaches[learner] ?? null;
  for (let expert = 0; expert < d.members.length; expert++) {
    const strong = strongThemes[expert];
    if (expert === learner || !strong || !reachMayTeach(reaches[expert] ?? null, to)) continue;
    const bound = gapBound(bounds, expert);
    // score = gap * (0.5 + 0.5 * context) with context in [0, 1]: at most max(bound, bound / 2).
    if (hopelessAt(hopeless, Math.max(bound, bound / 2) + 2e-9)) continue;
    const context = contextAt(o.context, expert);
    if (hopelessAt(hopeless, bound * (0.5 + 0.5 * context) + 2e-9) || !run.near(learner, expert)) continue;
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
      offers.scores[offers.length++] = (sum / n) * (0.5 + 0.5 * context);
    }
  }
  return offers;
}

/**
 * The floor's answer (never hopeless without a floor), with the largest score known hopeless and
 * the smallest known not: the floor holds still while one learner's offers are read (it moves only
 * when a candidate is yielded) and cannotMake is monotonic in a finite score, so most reads need
 * no call.
 */
class FloorMemo {
  readonly #floor: ScoreFloor | undefined;
  /** The largest score known hopeless, and the smallest known not. */
  no = Number.NEGATIVE_INFINITY;
  yes = Number.POSITIVE_INFINITY;
  constructor(floor: ScoreFloor | undefined) {
    this.#floor = floor;
  }
  /** Whether a score this high cannot make the list (see {@link hopelessAt} for the fast path). */
  ask(score: number): boolean {
    const floor = this.#floor;
    if (floor === undefined || !Number.isFinite(score)) return floor?.cannotMake(score) === true;
    if (score <= this.no) return true;
    if (score >= this.yes) return false;
    const cannot = floor.cannotMake(score);
    if (cannot) this.no = score;
    else this.yes = score;
    return cannot;
  }
}

/** {@link FloorMemo.ask}: a finite score the memo already answers in a small function the compiler inlines. */
function hopelessAt(m: FloorMemo, score: number): boolean {
  if (score <= m.no && score > Number.NEGATIVE_INFINITY) return true;
  if (score >= m.yes && score < Number.POSITIVE_INFINITY) return false;
  return m.ask(score);
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
          ...index.expertiseSources(expert, t, country ?? undefined),
          ...index.expertiseSources(learner, t, country ?? undefined),
        ]),
        ...(country === null
          ? []
          : [...placeSources(index, expert, country), ...placeSources(index, learner, country)]),
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
