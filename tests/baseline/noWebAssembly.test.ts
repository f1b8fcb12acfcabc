/**
 * The default path compiles no WebAssembly: buildBaseline, computeMetrics and topSynergyPartners
 * without an engine run plain TypeScript. Every WebAssembly entry point that compiles or
 * instantiates a module is wrapped to count its calls; the fast engine (partner-synergy/fast) is
 * the control that shows the counting sees a compile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { fastEngine } from '../../src/fast/engine.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import { readDataDir } from '../helpers.js';

const ENTRY_POINTS = [
  'Module',
  'Instance',
  'compile',
  'instantiate',
  'compileStreaming',
  'instantiateStreaming',
  'validate',
] as const;

const calls: string[] = [];
const originals = new Map<string, unknown>();
const wasm = WebAssembly as unknown as Record<string, unknown>;

beforeAll(() => {
  for (const name of ENTRY_POINTS) {
    const original = wasm[name];
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    const counted = new Proxy(original, {
      apply(target, thisArg, args) {
        calls.push(name);
        return Reflect.apply(target, thisArg, args);
      },
      construct(target, args) {
        calls.push(name);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.defineProperty(WebAssembly, name, { value: counted, configurable: true, writable: true });
  }
});

afterAll(() => {
  for (const [name, original] of originals) {
    Object.defineProperty(WebAssembly, name, { value: original, configurable: true, writable: true });
  }
});

const sample = readDataDir('data/sample-partnership');
// Grid weights (the defaults), so the kernel would apply if anything called it.
const synthetic = generatePartnership({
  n: 300,
  themes: 40,
  countries: 60,
  sectors: 20,
  perMember: 6,
  seed: 5,
});

describe('the default path compiles no WebAssembly', () => {
  it('counts the entry points it watches', () => {
    expect([...originals.keys()]).toEqual(
      expect.arrayContaining(['Module', 'Instance', 'compile', 'instantiate']),
    );
  });

  it('buildBaseline with every matrix in full, computeMetrics and topSynergyPartners: no compile, no instance', () => {
    const json = toBaselineJson(buildBaseline(sample), { matrices: 'full' });
    expect(json.members.length).toBe(12);
    const m = computeMetrics(synthetic);
    expect(m.synergy.values.length).toBe(300 * 300);
    expect(m.context.values.length).toBe(300 * 300);
    expect(topSynergyPartners(synthetic, { k: 5 })).toHaveLength(300);
    expect(calls).toEqual([]);
  });

  it('the fast engine, asked for, does compile (the counting works) and gives the same baseline.json', () => {
    const plain = JSON.stringify(toBaselineJson(buildBaseline(sample), { matrices: 'full' }));
    const fast = JSON.stringify(
      toBaselineJson(buildBaseline(sample, { engine: fastEngine }), { matrices: 'full' }),
    );
    expect(calls).toContain('Instance');
    expect(fast).toBe(plain);
  });
});
