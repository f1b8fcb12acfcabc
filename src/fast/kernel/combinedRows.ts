/**
 * All-pairs context, synergy and duplication rows through the WebAssembly kernel: the three
 * dimensions' pair sums by the kernel's scatter (whole units, exact), then `combinedRow`, which
 * applies the formulas of formulas.ts in evaluateRow's order, so every value has the bits of the
 * JavaScript path.
 */
import type { CombinedIndex, CombinedKind } from '../../metrics/combinedIndex.js';
import { fitsKernel, scatterPlan, writeDimension } from './contextScanner.js';
import { Arena, kernelInstance } from './kernel.js';

const KIND: Record<CombinedKind, number> = { context: 0, synergy: 1, duplication: 2 };

/**
 * Write the upper triangle (j > i) of the context, synergy or duplication matrix into `out`
 * (row-major n x n) with the kernel. Returns false, writing nothing, when the kernel does not
 * apply (weights not on a grid, WebAssembly unavailable, or too large); the caller then uses the
 * JavaScript rows.
 *
 * @example
 * fillUpperWithKernel(combined, 'synergy', out); // => true when the weights are on a grid
 */
export function fillUpperWithKernel(c: CombinedIndex, kind: CombinedKind, out: Float64Array): boolean {
  const dims = [c.geography, c.sectors, c.expertise] as const;
  // Row sums must fit the kernel's i32 accumulators.
  if (!dims.every((d) => fitsKernel(d, 2 ** 31))) return false;
  const n = c.expertise.size;
  const arena = new Arena();
  const cfg = arena.reserve(48);
  const acc = dims.map(() => arena.reserve(n * 4));
  const l1 = dims.map(() => arena.reserve(n * 4));
  const row = arena.reserve(n * 8);
  const plans = dims.map((d) => scatterPlan(d, arena));
  if (plans.some((p) => p === null)) return false;
  const kernel = kernelInstance(arena.size);
  if (kernel === null) return false;
  const buffer = kernel.memory.buffer;
  dims.forEach((d, t) => {
    new Int32Array(buffer, l1[t]!, n).set(d.l1);
    writeDimension(d, plans[t]!, buffer);
  });
  const view = new DataView(buffer, cfg, 48);
  // rcfg (kernel.wat, combinedRow): n, the three accumulators, the three row-sum arrays, wg, ws
  const fields = [n, ...acc, ...l1];
  for (let t = 0; t < fields.length; t++) view.setInt32(4 * t, fields[t]!, true);
  view.setFloat64(32, c.weights.geography, true);
  view.setFloat64(40, c.weights.sectors, true);
  const values = new Float64Array(buffer, row, n);
  const code = KIND[kind];
  for (let i = 0; i < n; i++) {
    dims.forEach((_, t) => {
      const p = plans[t]!;
      kernel.scatter(i, p.off, p.row, p.self, p.postOff, p.post, acc[t]!, 0);
    });
    kernel.combinedRow(cfg, i, code, row);
    out.set(values.subarray(i + 1), i * n + i + 1);
  }
  return true;
}
