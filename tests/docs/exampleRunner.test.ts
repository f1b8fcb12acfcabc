/**
 * The example runner must catch a wrong claim: otherwise the docs test could pass on examples
 * that lie. Each case states a claim grammar rule from exampleRunner.ts.
 */
import { describe, expect, it } from 'vitest';
import { difference, instrument, runExample } from './exampleRunner.js';

const scope = {
  double: (x: number) => 2 * x,
  fail: () => {
    throw new RangeError('no');
  },
};

describe('runExample', () => {
  it('passes true claims and counts them', async () => {
    await expect(runExample("double(2); // => 4\n'a' + 'b'; // => 'ab'", scope)).resolves.toBe(2);
  });

  it('fails a false claim, naming the line and both values', async () => {
    await expect(runExample('const x = 1;\ndouble(x); // => 3', scope)).rejects.toThrow(
      /line 2: `double\(x\)` \$: got 2, expected 3/,
    );
  });

  it('compares arrays and objects deeply, and `...` allows more elements or keys', async () => {
    await expect(
      runExample('[1, 2, 3]; // => [1, 2, ...]\n({ a: 1, b: 2 }); // => { a: 1, ... }', scope),
    ).resolves.toBe(2);
    await expect(runExample('[1, 2, 3]; // => [1, 2]', scope)).rejects.toThrow(/length 3, expected 2/);
    await expect(runExample('({ a: 1, b: 2 }); // => { a: 1 }', scope)).rejects.toThrow(/unexpected keys b/);
  });

  it('compares numbers exactly unless the claim is marked ~ (1e-4)', async () => {
    await expect(runExample('1 / 3; // => ~0.3333', scope)).resolves.toBe(1);
    await expect(runExample('1 / 3; // => 0.3333', scope)).rejects.toThrow(/expected 0.3333/);
    await expect(runExample('1 / 3; // => ~0.333', scope)).rejects.toThrow(/expected 0.333/);
  });

  it('reads a value continued on indented comment lines, or starting on the next line', async () => {
    await expect(runExample('[1, 2];\n// => [1,\n//     2]', scope)).resolves.toBe(1);
  });

  it('evaluates the expected value in the example scope', async () => {
    await expect(runExample('const a = [1, 2];\n[...a]; // => a', scope)).resolves.toBe(1);
  });

  it('checks `// throws Name` against the error class', async () => {
    await expect(runExample('fail(); // throws RangeError', scope)).resolves.toBe(1);
    await expect(runExample('fail(); // throws TypeError', scope)).rejects.toThrow(
      /threw RangeError, expected TypeError/,
    );
    await expect(runExample('double(1); // throws RangeError', scope)).rejects.toThrow(/did not throw/);
  });

  it('refuses claims it cannot check instead of skipping them', async () => {
    await expect(runExample('const y = 2; // => 2', scope)).rejects.toThrow(
      /must follow an expression statement/,
    );
    await expect(runExample('if (true) {\n  double(1); // => 2\n}', scope)).rejects.toThrow(
      /not after a top-level/,
    );
    await expect(runExample('double(1); // => 2 (the double)', scope)).rejects.toThrow(
      /not a JavaScript expression/,
    );
  });

  it('runs TypeScript (types are stripped) and top-level await', async () => {
    await expect(runExample('const n: number = await Promise.resolve(3);\nn; // => 3', scope)).resolves.toBe(
      1,
    );
  });
});

describe('instrument and difference', () => {
  it('leaves an example without claims unchanged', () => {
    const code = 'const x = 1;\n// a comment\n';
    expect(instrument(code)).toEqual({ source: code, claims: [], problems: [] });
  });

  it('tells typed arrays from plain arrays and Maps by content', () => {
    expect(difference(Int32Array.of(1), Int32Array.of(1), false)).toBeNull();
    expect(difference([1], Int32Array.of(1), false)).not.toBeNull();
    expect(difference(new Map([['a', 1]]), new Map([['a', 2]]), false)).toMatch(/get\('a'\)/);
  });
});
