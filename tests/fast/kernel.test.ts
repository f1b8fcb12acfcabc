import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { createFastEngine, fastEngine } from '../../src/fast/engine.js';
import { fillUpperWithKernel } from '../../src/fast/kernel/combinedRows.js';
import { rowScanner } from '../../src/fast/kernel/contextScanner.js';
import { kernelInstance } from '../../src/fast/kernel/kernel.js';
import { evaluateRow, rowScratch } from '../../src/metrics/combined.js';
import { computeMetrics, type MetricsOptions } from '../../src/metrics/computeMetrics.js';
import type { MetricsEngine } from '../../src/metrics/engine.js';
import { resolveMetricsOptions } from '../../src/metrics/options.js';
import { preparePartnership } from '../../src/metrics/prepare.js';
import type { TopK } from '../../src/metrics/topKTypes.js';
import { type TopSynergyOptions, topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import type { Partnership } from '../../src/schema/records.js';
import { partnershipArb } from '../metrics/arbitraries.js';

/** The fast engine, recording which jobs it actually did (rather than declining). */
function countingFastEngine(): MetricsEngine & { fills: number; topKs: number } {
  const counts = { fills: 0, topKs: 0 };
  return Object.assign(counts, {
    name: 'counting fast',
    fillCombinedUpper: (...args: Parameters<MetricsEngine['fillCombinedUpper']>) => {
      const done = fastEngine.fillCombinedUpper(...args);
      if (done) counts.fills++;
      return done;
    },
    topK: (...args: Parameters<MetricsEngine['topK']>) => {
      const top = fastEngine.topK(...args);
      if (top !== undefined) counts.topKs++;
      return top;
    },
  });
}

const viaKernel = (p: Partnership, options: TopSynergyOptions): TopK =>
  topSynergyPartners(p, { ...options, engine: fastEngine });

/** The top k of each full synergy row (the definition top-k must meet). */
function expectedTopK(p: Partnership, k: number, options: MetricsOptions = {}): [string, number][][] {
  const m = computeMetrics(p, options);
  return m.ids.map((_, i) =>
    Array.from(m.synergy.row(i), (v, j) => ({ j, v }))
      .filter(({ j, v }) => j !== i && v > 0)
      .sort((x, y) => y.v - x.v || x.j - y.j)
      .slice(0, k)
      .map((e) => [m.ids[e.j]!, e.v] as [string, number]),
  );
}

function pairsOf(top: TopK): [string, number][][] {
  return top.map((t) => t.partners.map((x) => [x.id, x.synergy] as [string, number]));
}

function modesOf(p: Partnership, options: MetricsOptions = {}) {
  const { combined } = preparePartnership(p, resolveMetricsOptions(options));
  return rowScanner(combined, combined.weights.geography, combined.weights.sectors, 10)?.modes ?? null;
}

describe('the WebAssembly pair kernel', () => {
  it('compiles and instantiates here, so the tests below exercise it', () => {
    expect(kernelInstance()).not.toBeNull();
  });

  it('the committed kernelBytes.ts is the assembly of kernel.wat', () => {
    const run = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('top-k through the kernel equals the JavaScript scan on random partnerships', () => {
    fc.assert(
      fc.property(partnershipArb, fc.integer({ min: 1, max: 9 }), (p, k) => {
        const top = viaKernel(p, { k });
        expect(top).toEqual(topSynergyPartners(p, { k }));
        expect(pairsOf(top)).toEqual(expectedTopK(p, k));
      }),
      { numRuns: 150 },
    );
  });

  // Dense dimensions of up to 64 categories take the byte-code path, denser or larger ones with
  // few unit levels the bit-set path, sparse many-category ones the scatter path; all must give
  // the exact top k.
  const cases: { name: string; p: Partnership; options: MetricsOptions; modes: object }[] = [
    {
      name: 'sectors as byte codes, geography scattered',
      p: generatePartnership({ n: 400, themes: 40, countries: 160, sectors: 30, perMember: 10, seed: 3 }),
      options: {},
      modes: { geography: 'scatter', sectors: 'codes' },
    },
    {
      name: 'both as byte codes, units 1, 2, 4 and 8 (presence in eighths)',
      p: generatePartnership({ n: 400, themes: 40, countries: 12, sectors: 20, perMember: 8, seed: 4 }),
      options: { presenceWeights: { office: 1, local_partner: 0.5, programme: 0.25, network: 0.125 } },
      modes: { geography: 'codes', sectors: 'codes' },
    },
    {
      name: 'geography as bit sets (100 countries, 4 unit levels), sectors as byte codes',
      p: generatePartnership({ n: 500, themes: 40, countries: 100, sectors: 40, perMember: 40, seed: 7 }),
      options: {},
      modes: { geography: 'bits', sectors: 'codes' },
    },
    {
      name: 'both scattered (too many categories for 8 words)',
      p: generatePartnership({ n: 300, themes: 40, countries: 200, sectors: 150, perMember: 6, seed: 5 }),
      options: { contextWeights: { geography: 0.8, sectors: 0.2 } },
      modes: { geography: 'scatter', sectors: 'scatter' },
    },
  ];
  for (const c of cases) {
    it(`gives the exact top k with ${c.name}`, () => {
      expect(modesOf(c.p, c.options)).toEqual(c.modes);
      for (const k of [1, 5, 12]) {
        const engine = countingFastEngine();
        const top = topSynergyPartners(c.p, { ...c.options, k, engine });
        expect(engine.topKs).toBe(1);
        expect(pairsOf(top)).toEqual(expectedTopK(c.p, k, c.options));
        expect(top).toEqual(topSynergyPartners(c.p, { ...c.options, k }));
      }
    });
  }

  it('is not used for weights on no grid (the JavaScript scan gives the answer)', () => {
    const p = generatePartnership({ n: 50, themes: 10, countries: 8, sectors: 6, perMember: 4, seed: 6 });
    expect(modesOf(p, { weighting: 'specialisation' })).toBeNull();
    const engine = countingFastEngine();
    const top = topSynergyPartners(p, { k: 3, weighting: 'specialisation', engine });
    expect(engine.topKs).toBe(0);
    expect(pairsOf(top)).toEqual(expectedTopK(p, 3, { weighting: 'specialisation' }));
  });
});

describe('all-pairs rows through the kernel', () => {
  it('equal the JavaScript rows bit for bit for context, synergy and duplication', () => {
    const cases: [Partnership, MetricsOptions][] = [
      [generatePartnership({ n: 300, themes: 40, countries: 60, sectors: 20, perMember: 8, seed: 8 }), {}],
      [
        generatePartnership({ n: 200, themes: 30, countries: 290, sectors: 120, perMember: 5, seed: 9 }),
        { presenceWeights: { network: 0.125 }, contextWeights: { geography: 0.3, sectors: 0.7 } },
      ],
    ];
    for (const [p, options] of cases) {
      const { combined } = preparePartnership(p, resolveMetricsOptions(options));
      const n = combined.expertise.size;
      for (const kind of ['context', 'synergy', 'duplication'] as const) {
        const viaKernel = new Float64Array(n * n);
        expect(fillUpperWithKernel(combined, kind, viaKernel)).toBe(true);
        const viaJs = new Float64Array(n * n);
        const scratch = rowScratch(n);
        for (let i = 0; i < n; i++) evaluateRow(combined, i, true, scratch, kind, viaJs, i * n);
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            if (!Object.is(viaKernel[i * n + j], viaJs[i * n + j])) {
              throw new Error(
                `${kind} (${i}, ${j}): kernel ${viaKernel[i * n + j]}, JavaScript ${viaJs[i * n + j]}`,
              );
            }
          }
        }
      }
    }
  });

  it('declines weights on no grid (the JavaScript rows are used)', () => {
    const p = generatePartnership({ n: 30, themes: 10, countries: 8, sectors: 6, perMember: 4, seed: 6 });
    const { combined } = preparePartnership(p, resolveMetricsOptions({ weighting: 'specialisation' }));
    expect(fillUpperWithKernel(combined, 'synergy', new Float64Array(900))).toBe(false);
  });
});

describe('the fast engine behind the engine option', () => {
  it('gives the same full matrices as the plain path, bit for bit, on random partnerships', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const engine = countingFastEngine();
        const fast = computeMetrics(p, { engine });
        const plain = computeMetrics(p);
        for (const kind of ['context', 'synergy', 'duplication'] as const) {
          expect(Array.from(fast[kind].values)).toEqual(Array.from(plain[kind].values));
        }
        // The kernel did the work (it declines only an empty partnership).
        expect(engine.fills).toBe(p.members.length > 0 ? 3 : 0);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves partnerships below its sizes to the plain path', () => {
    const p = generatePartnership({ n: 120, themes: 20, countries: 30, sectors: 12, perMember: 5, seed: 11 });
    const { combined, profiles } = preparePartnership(p, resolveMetricsOptions());
    const small = createFastEngine({ minMembers: 121, minTopKMembers: 121 });
    expect(small.fillCombinedUpper(combined, 'synergy', new Float64Array(120 * 120))).toBe(false);
    expect(small.topK(combined, profiles.ids, 5)).toBeUndefined();
    const from120 = createFastEngine({ minMembers: 120, minTopKMembers: 120 });
    expect(from120.fillCombinedUpper(combined, 'synergy', new Float64Array(120 * 120))).toBe(true);
    expect(from120.topK(combined, profiles.ids, 5)).toEqual(topSynergyPartners(p, { k: 5 }));
  });

  it('refuses an engine option that is not an engine, naming the option', () => {
    expect(() => computeMetrics(generatePartnership({ n: 5, seed: 1 }), { engine: 'fast' as never })).toThrow(
      /Option engine must be a metrics engine/,
    );
    expect(() => createFastEngine({ minMembers: 0 })).toThrow(/minMembers/);
  });
});
