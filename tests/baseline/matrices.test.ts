/**
 * The two shapes of baseline.json's matrices: full N x N, and each member's top partners with a
 * small full focus block. The top shape must say exactly what the full shape says about each
 * member's strongest partners, and every reader (report, CSV, network, diff) must read both.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { FOCUS_MAX_MEMBERS } from '../../src/baseline/focusMembers.js';
import { FULL_MATRICES_MAX_MEMBERS, resolveMatricesShape } from '../../src/baseline/matricesJson.js';
import {
  BASELINE_MATRIX_NAMES,
  readBaselineMatrix,
  strongestPairs,
} from '../../src/baseline/matrixReader.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { loadBaselineJson } from '../../src/diff/loadBaselineJson.js';
import { OptionsError } from '../../src/errors.js';
import { buildNetwork } from '../../src/network/buildNetwork.js';
import { writeBaselineOutputs } from '../../src/node/writeOutputs.js';
import { toCsvExports } from '../../src/report/csv.js';
import { buildReportModel } from '../../src/report/model.js';
import { BaselineJsonSchema } from '../../src/schema/baseline.js';

const partnership = generatePartnership({
  n: 90,
  themes: 30,
  countries: 25,
  sectors: 15,
  perMember: 5,
  seed: 5,
});
const baseline = buildBaseline({ partnership });
const full = toBaselineJson(baseline, { matrices: 'full' });
const K = 7;
const top = toBaselineJson(baseline, { matrices: 'top', matricesTop: K });
const outDir = mkdtempSync(join(tmpdir(), 'partner-synergy-matrices-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('resolveMatricesShape(n, mode, k)', () => {
  it(`'auto' is full up to ${FULL_MATRICES_MAX_MEMBERS} members and top above; 'full' and 'top' always`, () => {
    expect(resolveMatricesShape(FULL_MATRICES_MAX_MEMBERS, 'auto', undefined)).toEqual({
      shape: 'full',
      k: 10,
    });
    expect(resolveMatricesShape(FULL_MATRICES_MAX_MEMBERS + 1, undefined, 3)).toEqual({ shape: 'top', k: 3 });
    expect(resolveMatricesShape(5000, 'full', undefined).shape).toBe('full');
    expect(resolveMatricesShape(2, 'top', undefined).shape).toBe('top');
  });

  it('rejects an unknown mode and a k that is not a whole number from 1 to 10,000 (OptionsError)', () => {
    expect(() => resolveMatricesShape(5, 'sparse' as 'top', undefined)).toThrow(OptionsError);
    for (const k of [0, 1.5, -1, 10_001, Number.NaN]) {
      expect(() => resolveMatricesShape(5, 'top', k)).toThrow(OptionsError);
    }
    expect(() => toBaselineJson(baseline, { matricesTop: 0 })).toThrow(OptionsError);
  });
});

describe('toBaselineJson(baseline, { matrices: "top" })', () => {
  it('fits the published schema, and old full baselines still do', () => {
    expect(BaselineJsonSchema.safeParse(top).success).toBe(true);
    expect(BaselineJsonSchema.safeParse(full).success).toBe(true);
    expect(loadBaselineJson(stringifyBaseline(top)).matrices.synergy).toEqual(top.matrices.synergy);
  });

  it('lists for every member and matrix exactly the top k of its full row (value > 0, ties in member order)', () => {
    for (const name of BASELINE_MATRIX_NAMES) {
      const f = readBaselineMatrix(full, name);
      const t = readBaselineMatrix(top, name);
      expect(t.shape).toBe('top');
      expect(t.k).toBe(K);
      for (let i = 0; i < f.ids.length; i++) {
        // full-row top k, computed here by sorting the whole row
        const values = f.full.values[i]!;
        const expected = values
          .map((value, j) => ({ j, value }))
          .filter((p) => p.j !== i && p.value > 0)
          .sort((a, b) => b.value - a.value || a.j - b.j)
          .slice(0, K);
        expect(t.partners(i, K), `${name} row ${i}`).toEqual(expected);
      }
    }
  });

  it('gives every value it holds exactly as the full shape does, 0 where a row lists fewer than k, undefined otherwise', () => {
    let unknown = 0;
    for (const name of BASELINE_MATRIX_NAMES) {
      const f = readBaselineMatrix(full, name);
      const t = readBaselineMatrix(top, name);
      for (let i = 0; i < f.ids.length; i++) {
        for (let j = 0; j < f.ids.length; j++) {
          const v = t.value(i, j);
          if (v === undefined) unknown++;
          else expect(v, `${name} [${i}][${j}]`).toBe(f.value(i, j));
        }
      }
    }
    expect(unknown).toBeGreaterThan(0); // the top shape does leave pairs out
  });

  it(`holds a full focus block of ${FOCUS_MAX_MEMBERS} members led by the first recommendations' members`, () => {
    const synergy = top.matrices.synergy;
    if (!('focus' in synergy)) throw new Error('expected the top shape');
    expect(synergy.focus.ids).toHaveLength(FOCUS_MAX_MEMBERS);
    for (const id of baseline.recommendations[0]!.members) expect(synergy.focus.ids).toContain(id);
    const f = readBaselineMatrix(full, 'synergy');
    synergy.focus.ids.forEach((a, x) => {
      synergy.focus.ids.forEach((b, y) => {
        expect(synergy.focus.values[x]![y]).toBe(f.value(f.indexOf(a), f.indexOf(b)));
      });
    });
  });

  it('holds much less than the full shape and is deterministic', () => {
    const size = (json: typeof top) => JSON.stringify(json.matrices, null, 2).length;
    expect(size(top)).toBeLessThan(size(full) / 2);
    expect(stringifyBaseline(toBaselineJson(baseline, { matrices: 'top', matricesTop: K }))).toBe(
      stringifyBaseline(top),
    );
  });
});

describe('readers of baseline.json read both shapes', () => {
  it('strongestPairs: the same top pairs from the top shape as from the full one (count <= k)', () => {
    for (const name of ['synergy', 'duplication', 'expertise.overlap'] as const) {
      expect(strongestPairs(readBaselineMatrix(top, name), K)).toEqual(
        strongestPairs(readBaselineMatrix(full, name), K),
      );
    }
  });

  it('report model: the same top synergies and duplication risks, with context and expertise overlap', () => {
    const a = buildReportModel(full, { top: 5 });
    const b = buildReportModel(top, { top: 5 });
    expect(b.topSynergies.map((p) => [p.a.id, p.b.id, p.value])).toEqual(
      a.topSynergies.map((p) => [p.a.id, p.b.id, p.value]),
    );
    expect(b.topDuplications.map((p) => [p.a.id, p.b.id, p.value])).toEqual(
      a.topDuplications.map((p) => [p.a.id, p.b.id, p.value]),
    );
    expect(b.partnersPerMember).toEqual(a.partnersPerMember);
  });

  it('network: the same graph from either shape when each member keeps at most k edges', () => {
    expect(buildNetwork(top, { topK: 5, threshold: 0 })).toEqual(
      buildNetwork(full, { topK: 5, threshold: 0 }),
    );
  });

  it('diff: a baseline compared with itself in the other shape has no pair changes', () => {
    const d = diffBaselines(full, top);
    expect([d.synergy, d.duplication, d.overlap.expertise]).toEqual([
      { rises: [], falls: [] },
      { rises: [], falls: [] },
      { rises: [], falls: [] },
    ]);
  });

  it('CSV: a grid for the full shape, long member,partner,value rows (best first) for the top shape', () => {
    const grid = toCsvExports(full)['synergy.csv'].split('\n');
    expect(grid[0]).toBe(`member,${full.members.map((m) => m.id).join(',')}`);
    const long = toCsvExports(top)['synergy.csv'].trimEnd().split('\n');
    expect(long[0]).toBe('member,partner,value');
    const t = readBaselineMatrix(top, 'synergy');
    const expected = t.ids.flatMap((id, i) => t.partners(i, K).map((p) => `${id},${t.ids[p.j]},${p.value}`));
    expect(long.slice(1)).toEqual(expected);
  });
});

describe('writeBaselineOutputs streams baseline.json', () => {
  it('writes the bytes of stringifyBaseline, in both shapes', () => {
    writeBaselineOutputs(baseline, join(outDir, 'full'), { matrices: 'full', network: false });
    writeBaselineOutputs(baseline, join(outDir, 'top'), { matrices: 'top', matricesTop: K, network: false });
    expect(readFileSync(join(outDir, 'full', 'baseline.json'), 'utf8')).toBe(stringifyBaseline(full));
    expect(readFileSync(join(outDir, 'top', 'baseline.json'), 'utf8')).toBe(stringifyBaseline(top));
  });
});

describe('strongestPairs with members left out and a limit per member', () => {
  /** A symmetric matrix read like the full shape: partners by value, then index. */
  const reader = (values: number[][]) => ({
    ids: values.map((_, i) => `m${i}`),
    partners: (i: number, k: number) =>
      values[i]!.map((value, j) => ({ j, value }))
        .filter((p) => p.j !== i && p.value > 0)
        .sort((a, b) => b.value - a.value || a.j - b.j)
        .slice(0, k),
  });
  /** The same choice made the slow way: every pair of the upper triangle, best first, greedily. */
  const bruteForce = (values: number[][], count: number, skip: Set<number>, perMember: number) => {
    const all = [];
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++)
        if (values[i]![j]! > 0 && !skip.has(i) && !skip.has(j)) all.push({ i, j, value: values[i]![j]! });
    all.sort((x, y) => y.value - x.value || x.i - y.i || x.j - y.j);
    const taken = new Map<number, number>();
    const out = [];
    for (const p of all) {
      if (out.length >= count) break;
      if ((taken.get(p.i) ?? 0) >= perMember || (taken.get(p.j) ?? 0) >= perMember) continue;
      taken.set(p.i, (taken.get(p.i) ?? 0) + 1);
      taken.set(p.j, (taken.get(p.j) ?? 0) + 1);
      out.push(p);
    }
    return out;
  };
  const matrix = fc.integer({ min: 2, max: 12 }).chain((n) =>
    fc
      .array(fc.constantFrom(0, 0.25, 0.5, 1), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
      .map((upper) => {
        const v = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        let at = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            v[i]![j] = upper[at]!;
            v[j]![i] = upper[at]!;
            at++;
          }
        return v;
      }),
  );

  it('chooses the same pairs as the greedy choice over the whole upper triangle (ties included)', () => {
    fc.assert(
      fc.property(
        matrix,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
        (values, count, perMember, skipped) => {
          const skip = new Set(skipped.filter((i) => i < values.length));
          expect(strongestPairs(reader(values), count, { skip, perMember })).toEqual(
            bruteForce(values, count, skip, perMember),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
