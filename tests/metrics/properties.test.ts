import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, type PartnershipMetrics } from '../../src/metrics/computeMetrics.js';
import { denseMetrics } from '../../src/metrics/dense.js';
import { explainPair } from '../../src/metrics/explainPair.js';
import type { SquareMatrix } from '../../src/metrics/SquareMatrix.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import type { Dimension, Partnership } from '../../src/schema/records.js';
import { deepFreeze, partnershipArb, permutationArb } from './arbitraries.js';

const DIMS: Dimension[] = ['expertise', 'geography', 'sectors'];
const RUNS = { numRuns: 150 };

function matrices(m: PartnershipMetrics): [string, SquareMatrix][] {
  const out: [string, SquareMatrix][] = [];
  for (const d of DIMS) {
    out.push([`${d}.overlap`, m[d].overlap], [`${d}.complementarity`, m[d].complementarity]);
    if (m[d].cosine) out.push([`${d}.cosine`, m[d].cosine!]);
  }
  out.push(['context', m.context], ['synergy', m.synergy], ['duplication', m.duplication]);
  return out;
}

/** Fail with a message (cheaper than one expect() per matrix cell). */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

describe('metric properties on random partnerships', () => {
  it('every value is a number in [0, 1] (never NaN)', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        for (const [name, mat] of matrices(computeMetrics(p, { cosine: true }))) {
          for (const v of mat.values) {
            if (!(v >= 0 && v <= 1)) throw new Error(`${name} has ${v}`);
          }
        }
      }),
      RUNS,
    );
  });

  it('overlap is symmetric, 1 on the diagonal of non-empty members, 0 for empty ones', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const m = computeMetrics(p);
        const n = m.ids.length;
        for (const d of DIMS) {
          const o = m[d].overlap;
          for (let i = 0; i < n; i++) {
            check(o.get(i, i) === (m[d].empty[i] ? 0 : 1), `${d} diagonal ${i}`);
            for (let j = 0; j < n; j++) check(o.get(i, j) === o.get(j, i), `${d} symmetric ${i},${j}`);
          }
        }
      }),
      RUNS,
    );
  });

  it('O(i,j) + C(i<-j) + C(j<-i) = 1 for every pair that is not both empty (0 when both are)', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const m = computeMetrics(p);
        const n = m.ids.length;
        for (const d of DIMS) {
          const { overlap: o, complementarity: c, empty } = m[d];
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              const sum = o.get(i, j) + c.get(i, j) + c.get(j, i);
              if (empty[i] && empty[j]) check(sum === 0, `${d} both empty ${i},${j}: ${sum}`);
              else check(Math.abs(sum - 1) <= 1e-12, `${d} ${i},${j}: O + C + C = ${sum}`);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('the sparse engine equals the dense reference bit for bit, through values, row and get', () => {
    fc.assert(
      fc.property(partnershipArb, fc.boolean(), (p, cosine) => {
        const sparse = computeMetrics(p, { cosine });
        const dense = denseMetrics(p, { cosine });
        const denseByName = new Map(matrices(dense as unknown as PartnershipMetrics));
        for (const [name, mat] of matrices(sparse)) {
          const ref = denseByName.get(name)!;
          expect(sameBits(mat.values, ref.values), name).toBe(true);
        }
        // row() and get() on fresh (not yet materialised) matrices take other code paths
        const fresh = computeMetrics(p, { cosine });
        const n = fresh.ids.length;
        for (const [name, mat] of matrices(fresh)) {
          const ref = denseByName.get(name)!;
          for (let i = 0; i < n; i++) {
            check(sameBits(mat.row(i), ref.row(i)), `${name} row ${i}`);
            for (let j = 0; j < n; j++) check(Object.is(mat.get(i, j), ref.get(i, j)), `${name} ${i},${j}`);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rows asked member by member across matrices (the shared row sums) equal the dense reference', () => {
    fc.assert(
      fc.property(partnershipArb, fc.boolean(), (p, cosine) => {
        const dense = new Map(matrices(denseMetrics(p, { cosine }) as unknown as PartnershipMetrics));
        const fresh = matrices(computeMetrics(p, { cosine }));
        for (let i = 0; i < p.members.length; i++) {
          for (const [name, mat] of fresh)
            check(sameBits(mat.row(i), dense.get(name)!.row(i)), `${name} row ${i}`);
          // again in reverse order, and a cell in between
          for (const [name, mat] of [...fresh].reverse()) {
            mat.get(i, 0);
            check(sameBits(mat.row(i), dense.get(name)!.row(i)), `${name} row ${i} (reverse)`);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reordering the members permutes the matrices and changes no value', () => {
    fc.assert(
      fc.property(
        partnershipArb.chain((p) => fc.tuple(fc.constant(p), permutationArb(p.members.length))),
        ([p, perm]) => {
          const q: Partnership = { ...p, members: perm.map((i) => p.members[i]!) };
          const a = computeMetrics(p, { cosine: true });
          const b = computeMetrics(q, { cosine: true });
          const byName = new Map(matrices(b));
          for (const [name, mat] of matrices(a)) {
            const other = byName.get(name)!;
            for (const x of a.ids)
              for (const y of a.ids) check(other.get(x, y) === mat.get(x, y), `${name} ${x},${y}`);
          }
        },
      ),
      RUNS,
    );
  });

  it('shuffling the records changes nothing; renaming categories changes values by at most 1e-12', () => {
    const rename = (s: string) => `z${[...s].reverse().join('')}`;
    fc.assert(
      fc.property(
        partnershipArb.chain((p) =>
          fc.tuple(
            fc.constant(p),
            permutationArb(p.expertise.length),
            permutationArb(p.geography.length),
            permutationArb(p.sectors.length),
          ),
        ),
        ([p, pe, pg, ps]) => {
          const shuffled: Partnership = {
            ...p,
            expertise: pe.map((i) => p.expertise[i]!),
            geography: pg.map((i) => p.geography[i]!),
            sectors: ps.map((i) => p.sectors[i]!),
          };
          const renamed: Partnership = {
            ...p,
            expertise: p.expertise.map((r) => ({ ...r, theme: rename(r.theme) })),
            sectors: p.sectors.map((r) => ({ ...r, sector: rename(r.sector) })),
          };
          const a = matrices(computeMetrics(p, { cosine: true }));
          const b = new Map(matrices(computeMetrics(shuffled, { cosine: true })));
          const c = new Map(matrices(computeMetrics(renamed, { cosine: true })));
          for (const [name, mat] of a) {
            expect(sameBits(mat.values, b.get(name)!.values), name).toBe(true);
            const other = c.get(name)!.values;
            mat.values.forEach((v, t) => {
              check(Math.abs(v - other[t]!) <= 1e-12, `${name} renamed at ${t}`);
            });
          }
        },
      ),
      RUNS,
    );
  });

  it('explainPair contributions sum to the matrix values', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const m = computeMetrics(p, { cosine: true });
        for (const d of DIMS) {
          for (const a of m.ids) {
            for (const b of m.ids) {
              const e = explainPair(m.profiles, a, b, d);
              // same summation order: exact
              expect(e.contributions.reduce((s, c) => s + c.min, 0)).toBe(e.sumMin);
              expect(e.overlap).toBe(m[d].overlap.get(a, b));
              expect(e.complementarityAB).toBe(m[d].complementarity.get(a, b));
              expect(e.complementarityBA).toBe(m[d].complementarity.get(b, a));
              expect(e.cosine).toBe(m[d].cosine!.get(a, b));
              // sums of max and gains, and the ratios they give, to 1e-12
              const sumMax = e.contributions.reduce((s, c) => s + c.max, 0);
              const gainA = e.contributions.reduce((s, c) => s + c.gainToA, 0);
              const gainB = e.contributions.reduce((s, c) => s + c.gainToB, 0);
              expect(Math.abs(sumMax - e.sumMax)).toBeLessThanOrEqual(1e-12);
              if (e.bothEmpty) {
                expect([e.overlap, e.complementarityAB, e.complementarityBA, sumMax]).toEqual([0, 0, 0, 0]);
              } else {
                expect(Math.abs(e.sumMin / sumMax - e.overlap)).toBeLessThanOrEqual(1e-12);
                expect(Math.abs(gainA / sumMax - e.complementarityAB)).toBeLessThanOrEqual(1e-12);
                expect(Math.abs(gainB / sumMax - e.complementarityBA)).toBeLessThanOrEqual(1e-12);
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('top-k equals the top k of the full synergy matrix (ties by member order, zeros left out)', () => {
    fc.assert(
      fc.property(partnershipArb, fc.integer({ min: 1, max: 9 }), (p, k) => {
        const m = computeMetrics(p);
        const n = m.ids.length;
        const top = topSynergyPartners(p, { k });
        expect(top.map((t) => t.member)).toEqual(m.ids);
        for (let i = 0; i < n; i++) {
          const expected = Array.from(m.synergy.row(i), (v, j) => ({ j, v }))
            .filter(({ j, v }) => j !== i && v > 0)
            .sort((x, y) => y.v - x.v || x.j - y.j)
            .slice(0, k);
          const got = top[i]!.partners;
          expect(got.map((x) => x.id)).toEqual(expected.map((e) => m.ids[e.j]));
          got.forEach((x, t) => {
            const j = expected[t]!.j;
            expect(x.synergy).toBe(expected[t]!.v);
            expect(x.duplication).toBe(m.duplication.get(i, j));
            expect(x.context).toBe(m.context.get(i, j));
            expect(x.expertiseOverlap).toBe(m.expertise.overlap.get(i, j));
          });
        }
      }),
      RUNS,
    );
  });

  it('does not mutate the partnership', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const before = JSON.stringify(p);
        const frozen = deepFreeze(p);
        const m = computeMetrics(frozen, { cosine: true });
        for (const [, mat] of matrices(m)) void mat.values;
        topSynergyPartners(frozen, { k: 2 });
        expect(JSON.stringify(p)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});
