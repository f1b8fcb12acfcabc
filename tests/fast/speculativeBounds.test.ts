import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { rowScanner } from '../../src/fast/kernel/contextScanner.js';
import { kernelTopHeaps } from '../../src/fast/kernelTopK.js';
import { speculativeBounds } from '../../src/fast/speculativeBounds.js';
import { resolveMetricsOptions } from '../../src/metrics/options.js';
import { type PreparedPartnership, preparePartnership } from '../../src/metrics/prepare.js';
import type { TopK } from '../../src/metrics/topKTypes.js';
import { topKOfPrepared } from '../../src/metrics/topSynergyPartners.js';
import type { Partnership } from '../../src/schema/records.js';
import { expertise, geography, member, partnershipArb, sector } from '../metrics/arbitraries.js';

function prepare(p: Partnership) {
  return preparePartnership(p, resolveMetricsOptions());
}

/** Top-k through the kernel with the given speculative bounds. */
function withBounds(prepared: PreparedPartnership, k: number, bounds: Float32Array | null): TopK {
  const heaps = kernelTopHeaps(prepared.combined, k, bounds);
  if (heaps === null) throw new Error('the kernel does not apply');
  return heaps.toTopK(prepared.profiles.ids);
}

function scannerOf(prepared: ReturnType<typeof prepare>, k: number) {
  const { combined } = prepared;
  const scanner = rowScanner(combined, combined.weights.geography, combined.weights.sectors, k);
  if (scanner === null) throw new Error('the kernel does not apply');
  return scanner;
}

describe('speculative pruning bounds', () => {
  it('leave top-k exact whatever their values (too high ones are detected and recomputed)', () => {
    fc.assert(
      fc.property(
        partnershipArb,
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.float({ min: -1, max: 1.5, noNaN: true }), { minLength: 8, maxLength: 8 }),
        (p, k, values) => {
          const prepared = prepare(p);
          const bounds = Float32Array.from(values.slice(0, p.members.length));
          expect(withBounds(prepared, k, bounds)).toEqual(topKOfPrepared(prepared, k));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('recompute a heap exactly when the best contexts all have zero synergy', () => {
    // m0..m4 are identical (context 1, expertise overlap 1: synergy 0), so m0's best contexts give
    // nothing and its top k comes from members with lower contexts.
    const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
    const p: Partnership = {
      members: ids.map(member),
      expertise: ids.map((id, i) => expertise(id, i < 5 ? 'gbv' : `t${i}`, 4)),
      geography: ids.flatMap((id, i) => [
        geography(id, 'BD', 'office'),
        geography(id, i < 5 ? 'IN' : `C${i % 3}`, 'programme'),
      ]),
      sectors: ids.map((id, i) => sector(id, i < 5 ? 'textiles' : `s${i % 2}`, 3)),
      companies: [],
    };
    const prepared = prepare(p);
    for (const k of [1, 2, 5]) {
      const everyoneTooHigh = new Float32Array(ids.length).fill(0.999);
      const top = withBounds(prepared, k, everyoneTooHigh);
      expect(top).toEqual(topKOfPrepared(prepared, k));
      expect(top[0]?.partners.length).toBe(k);
    }
  });

  it('are calibrated on the pilots: few overestimate the exact k-th best, and the result is exact', () => {
    const p = generatePartnership({
      n: 1200,
      themes: 40,
      countries: 60,
      sectors: 30,
      perMember: 8,
      seed: 12,
    });
    const prepared = prepare(p);
    const k = 5;
    const bounds = speculativeBounds(prepared.combined, k, scannerOf(prepared, k), 64);
    expect(bounds).not.toBeNull();
    const exact = topKOfPrepared(prepared, k);
    let speculated = 0;
    let over = 0;
    exact.forEach((t, x) => {
      if (!(bounds![x]! > 0)) return;
      speculated++;
      if (t.partners.length < k || bounds![x]! > t.partners[k - 1]!.synergy) over++;
    });
    expect(speculated).toBeGreaterThan(1000);
    expect(over / speculated).toBeLessThan(0.05);
    expect(withBounds(prepared, k, bounds)).toEqual(exact);
  });

  it('are not made for partnerships too small for pilots', () => {
    const p = generatePartnership({ n: 100, themes: 10, countries: 8, sectors: 6, perMember: 4, seed: 2 });
    const prepared = prepare(p);
    expect(speculativeBounds(prepared.combined, 3, scannerOf(prepared, 3))).toBeNull();
  });
});
