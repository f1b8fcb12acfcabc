/**
 * Scores of every candidate pair: the library's metrics (computed by the library from the input
 * files written from the earlier activities) and naive baselines.
 * @module
 */
import {
  computeMetrics,
  type Partnership,
  type PartnershipMetrics,
  parsePartnership,
} from '../../src/index.js';
import { mulberry32 } from './bootstrap.js';
import type { ProfileFiles } from './profileCsv.js';
import type { StudySplit } from './split.js';

/** One score of every candidate pair (aligned with split.a / split.b). */
export interface PairScore {
  /** Stable id, e.g. `synergy`, `overlap.expertise`, `baseline.sameCountries`. */
  readonly id: string;
  /** Library metric or naive baseline. */
  readonly kind: 'library' | 'baseline';
  readonly values: Float64Array;
}

/** The parsed partnership of the profile files, with its located problems counted. */
export interface ParsedProfiles {
  readonly partnership: Partnership;
  readonly rejected: number;
  readonly warnings: number;
}

/** Parse the profile files with the library; any rejected row is an error of the study (its own files). */
export function parseProfiles(profile: ProfileFiles): ParsedProfiles {
  const result = parsePartnership(profile.files);
  if (result.rejected.length > 0) {
    const first = result.rejected[0]!;
    throw new Error(
      `The library rejected ${result.rejected.length} row(s) of the study's own files, first ${first.file} line ${first.line}: ${first.message}`,
    );
  }
  if (result.partnership.members.length !== profile.ids.length) {
    throw new Error(
      `The library read ${result.partnership.members.length} members from the study's ${profile.ids.length} (merged by name?).`,
    );
  }
  const unexpected = result.warnings.filter((w) => w.code !== 'custom_category' && w.code !== 'invalid_type');
  return { partnership: result.partnership, rejected: 0, warnings: unexpected.length };
}

/** Member position of each peer in the metrics' matrices. */
function positions(metrics: PartnershipMetrics, ids: readonly string[]): Int32Array {
  const at = new Map(metrics.ids.map((id, i) => [id, i]));
  return Int32Array.from(ids, (id) => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`Member ${id} is missing from the metrics.`);
    return i;
  });
}

function fromMatrix(
  values: Float64Array,
  n: number,
  pos: Int32Array,
  split: StudySplit,
  combine?: (x: number, y: number) => number,
): Float64Array {
  const out = new Float64Array(split.a.length);
  for (let p = 0; p < out.length; p++) {
    const i = pos[split.a[p]!]!;
    const j = pos[split.b[p]!]!;
    out[p] = combine ? combine(values[i * n + j]!, values[j * n + i]!) : values[i * n + j]!;
  }
  return out;
}

/** Context, synergy and duplication of every pair under the given context weights. */
export function contextScores(
  partnership: Partnership,
  ids: readonly string[],
  split: StudySplit,
  weights: { geography: number; sectors: number },
): { context: Float64Array; synergy: Float64Array; duplication: Float64Array } {
  const m = computeMetrics(partnership, { contextWeights: weights });
  const pos = positions(m, ids);
  const n = m.ids.length;
  return {
    context: fromMatrix(m.context.values, n, pos, split),
    synergy: fromMatrix(m.synergy.values, n, pos, split),
    duplication: fromMatrix(m.duplication.values, n, pos, split),
  };
}

/** The library's metrics per pair at the default context weights (0.5 / 0.5), with cosine. */
export function libraryScores(
  partnership: Partnership,
  ids: readonly string[],
  split: StudySplit,
): PairScore[] {
  const m = computeMetrics(partnership, { cosine: true });
  const pos = positions(m, ids);
  const n = m.ids.length;
  const out: PairScore[] = [];
  const add = (id: string, values: Float64Array) => out.push({ id, kind: 'library', values });
  const dims = ['expertise', 'geography', 'sectors'] as const;
  for (const d of dims) add(`overlap.${d}`, fromMatrix(m[d].overlap.values, n, pos, split));
  for (const d of dims)
    add(`complementarity.${d}`, fromMatrix(m[d].complementarity.values, n, pos, split, Math.max));
  for (const d of dims) add(`cosine.${d}`, fromMatrix(m[d].cosine!.values, n, pos, split));
  add('context', fromMatrix(m.context.values, n, pos, split));
  add('synergy', fromMatrix(m.synergy.values, n, pos, split));
  add('duplication', fromMatrix(m.duplication.values, n, pos, split));
  return out;
}

/** Per member index (split.peers order): the set of categories of one dimension's records. */
function categorySets(
  records: readonly { member: string; category: string }[],
  ids: readonly string[],
): Set<string>[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  const sets = ids.map(() => new Set<string>());
  for (const r of records) sets[at.get(r.member)!]!.add(r.category);
  return sets;
}

function sharedCount(sets: readonly Set<string>[], split: StudySplit): Float64Array {
  const out = new Float64Array(split.a.length);
  for (let p = 0; p < out.length; p++) {
    const x = sets[split.a[p]!]!;
    const y = sets[split.b[p]!]!;
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    let c = 0;
    for (const v of small) if (large.has(v)) c++;
    out[p] = c;
  }
  return out;
}

/**
 * Naive baselines: shared countries, shared DAC purpose codes, a seeded random score, activity
 * volume (product of the two organisations' earlier activity counts) and earlier co-participation.
 */
export function baselineScores(
  partnership: Partnership,
  ids: readonly string[],
  split: StudySplit,
  seed: number,
): PairScore[] {
  const countries = categorySets(
    partnership.geography.map((g) => ({ member: g.member, category: g.country })),
    ids,
  );
  const themes = categorySets(
    partnership.expertise.map((e) => ({ member: e.member, category: e.theme })),
    ids,
  );
  const random = mulberry32(seed);
  const randomValues = new Float64Array(split.a.length);
  for (let p = 0; p < randomValues.length; p++) randomValues[p] = random();
  const volume = new Float64Array(split.a.length);
  for (let p = 0; p < volume.length; p++) {
    volume[p] = split.earlierActivities[split.a[p]!]! * split.earlierActivities[split.b[p]!]!;
  }
  return [
    { id: 'baseline.sameCountries', kind: 'baseline', values: sharedCount(countries, split) },
    { id: 'baseline.sameSectors', kind: 'baseline', values: sharedCount(themes, split) },
    { id: 'baseline.random', kind: 'baseline', values: randomValues },
    { id: 'baseline.volume', kind: 'baseline', values: volume },
    { id: 'baseline.earlierTogether', kind: 'baseline', values: Float64Array.from(split.earlierTogether) },
  ];
}
