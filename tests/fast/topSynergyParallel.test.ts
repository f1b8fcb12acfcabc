import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { OptionsError } from '../../src/errors.js';
import {
  type ParallelTopSynergyOptions,
  topSynergyPartnersParallel,
} from '../../src/fast/parallel/topSynergyParallel.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import { repoRoot } from '../helpers.js';

const p = generatePartnership({ n: 600, themes: 60, countries: 40, sectors: 25, perMember: 8, seed: 21 });

describe('topSynergyPartnersParallel', () => {
  for (const threads of [2, 3]) {
    it(`with ${threads} worker threads equals topSynergyPartners exactly`, async () => {
      const reasons: string[] = [];
      const top = await topSynergyPartnersParallel(p, {
        k: 7,
        threads,
        minMembersPerWorker: 100,
        onSingleThread: (r) => reasons.push(r),
      });
      expect(reasons).toEqual([]);
      expect(top).toEqual(topSynergyPartners(p, { k: 7 }));
    });
  }

  it('with speculative bounds (4,200 members: pilot rows, checks, recomputed heaps) equals the JavaScript scan', async () => {
    const big = generatePartnership({
      n: 4200,
      themes: 40,
      countries: 60,
      sectors: 25,
      perMember: 6,
      seed: 22,
    });
    const top = await topSynergyPartnersParallel(big, { k: 4, threads: 2, minMembersPerWorker: 1000 });
    expect(top).toEqual(topSynergyPartners(big, { k: 4 }));
  });

  it('runs in this thread, saying why, when workers do not pay or do not apply', async () => {
    const cases: [ParallelTopSynergyOptions, RegExp][] = [
      [{ threads: 1 }, /1 thread/],
      [{ threads: 2 }, /fewer than 2000 per worker/],
      [{ threads: 2, minMembersPerWorker: 100, weighting: 'specialisation' }, /not on a grid/],
    ];
    for (const [options, reason] of cases) {
      const reasons: string[] = [];
      const top = await topSynergyPartnersParallel(p, {
        k: 3,
        ...options,
        onSingleThread: (r) => reasons.push(r),
      });
      expect(reasons).toEqual([expect.stringMatching(reason)]);
      // topSynergyPartners takes no thread options (it would reject them as unknown keys)
      const { threads: _threads, minMembersPerWorker: _minMembers, ...plain } = options;
      expect(top).toEqual(topSynergyPartners(p, { k: 3, ...plain }));
    }
  });

  it('rejects invalid thread counts with an OptionsError', async () => {
    for (const threads of [0, 1.5, -2]) {
      await expect(topSynergyPartnersParallel(p, { threads })).rejects.toThrow(OptionsError);
    }
  });

  // The package's own files: dist/topk-worker.js must be found from both module formats.
  const dist = resolve(repoRoot, 'dist');
  it.skipIf(!existsSync(resolve(dist, 'topk-worker.js')) || !existsSync(resolve(dist, 'fast.js')))(
    'the built package (ESM and CommonJS) starts its worker file and gives the same result',
    async () => {
      const expected = topSynergyPartners(p, { k: 4 });
      const entries = [];
      // partner-synergy/node and partner-synergy/fast both export it.
      for (const name of ['node', 'fast']) {
        entries.push(await import(pathToFileURL(resolve(dist, `${name}.js`)).href));
        entries.push(createRequire(import.meta.url)(resolve(dist, `${name}.cjs`)));
      }
      for (const entry of entries) {
        const reasons: string[] = [];
        const top = await entry.topSynergyPartnersParallel(p, {
          k: 4,
          threads: 2,
          minMembersPerWorker: 100,
          onSingleThread: (r: string) => reasons.push(r),
        });
        expect(reasons).toEqual([]);
        expect(top).toEqual(expected);
      }
    },
  );
});
