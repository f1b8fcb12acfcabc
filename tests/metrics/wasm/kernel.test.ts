import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../../bench/generate.js';
import { computeMetrics, type MetricsOptions } from '../../../src/metrics/computeMetrics.js';
import { resolveMetricsOptions } from '../../../src/metrics/options.js';
import { preparePartnership } from '../../../src/metrics/prepare.js';
import { type TopK, topSynergyPartnersWith } from '../../../src/metrics/topSynergyPartners.js';
import { rowScanner } from '../../../src/metrics/wasm/contextScanner.js';
import { kernelInstance } from '../../../src/metrics/wasm/kernel.js';
import type { Partnership } from '../../../src/schema/records.js';
import { partnershipArb } from '../arbitraries.js';

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
        const viaKernel = topSynergyPartnersWith(p, { k }, 'auto');
        expect(viaKernel).toEqual(topSynergyPartnersWith(p, { k }, 'js'));
        expect(pairsOf(viaKernel)).toEqual(expectedTopK(p, k));
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
        const top = topSynergyPartnersWith(c.p, { ...c.options, k }, 'auto');
        expect(pairsOf(top)).toEqual(expectedTopK(c.p, k, c.options));
        expect(top).toEqual(topSynergyPartnersWith(c.p, { ...c.options, k }, 'js'));
      }
    });
  }

  it('is not used for weights on no grid (the JavaScript scan gives the answer)', () => {
    const p = generatePartnership({ n: 50, themes: 10, countries: 8, sectors: 6, perMember: 4, seed: 6 });
    expect(modesOf(p, { weighting: 'specialisation' })).toBeNull();
    const top = topSynergyPartnersWith(p, { k: 3, weighting: 'specialisation' }, 'auto');
    expect(pairsOf(top)).toEqual(expectedTopK(p, 3, { weighting: 'specialisation' }));
  });
});

describe('all-pairs rows through the kernel', () => {
  it('equal the JavaScript rows bit for bit for context, synergy and duplication', async () => {
    const { evaluateRow, rowScratch } = await import('../../../src/metrics/combined.js');
    const { fillUpperWithKernel } = await import('../../../src/metrics/wasm/combinedRows.js');
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

  it('declines weights on no grid (the JavaScript rows are used)', async () => {
    const { fillUpperWithKernel } = await import('../../../src/metrics/wasm/combinedRows.js');
    const p = generatePartnership({ n: 30, themes: 10, countries: 8, sectors: 6, perMember: 4, seed: 6 });
    const { combined } = preparePartnership(p, resolveMetricsOptions({ weighting: 'specialisation' }));
    expect(fillUpperWithKernel(combined, 'synergy', new Float64Array(900))).toBe(false);
  });
});
