import { describe, expect, it } from 'vitest';
import { type BaselineOptions, buildBaseline } from '../../src/baseline/buildBaseline.js';
import { OptionsError } from '../../src/errors.js';
import { closestKey } from '../../src/optionKeys.js';
import { readDataDir } from '../helpers.js';

const sample = readDataDir('data/sample-partnership');

/** The OptionsError buildBaseline throws for `options`. */
function rejection(options: Record<string, unknown>): OptionsError {
  try {
    buildBaseline(sample, options as BaselineOptions);
  } catch (e) {
    if (e instanceof OptionsError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe('unknown option keys', () => {
  it('are rejected at the top level with a typed "did you mean"', () => {
    const e = rejection({ contextWieghts: { geography: 1, sectors: 0 } });
    expect(e.option).toBe('contextWieghts');
    expect(e.suggestion).toBe('contextWeights');
    expect(e.message).toMatch(/Unknown option contextWieghts\. Did you mean "contextWeights"\?/);
    expect(rejection({ topPerKnd: 2 }).suggestion).toBe('topPerKind');
  });

  it('name no suggestion when nothing is close', () => {
    const e = rejection({ banana: true });
    expect(e.suggestion).toBeUndefined();
    expect(e.message).toMatch(/Known options: .*contextWeights/);
  });

  it('are still rejected when nested (contextWeights.geografy)', () => {
    expect(rejection({ contextWeights: { geografy: 1 } }).option).toBe('contextWeights.geografy');
  });

  it('leave every known option working (byte-identical results)', () => {
    expect(buildBaseline(sample, { top: 3 }).recommendations).toHaveLength(3);
  });

  it('closestKey is case-insensitive and bounded', () => {
    expect(closestKey('TOPPERKIND', ['top', 'topPerKind'])).toBe('topPerKind');
    expect(closestKey('zzzzzz', ['top', 'topPerKind'])).toBeUndefined();
  });
});
