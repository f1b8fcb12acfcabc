/**
 * Fuzzing (fast-check, bounded runs): arbitrary bytes and hostile text never make the pipeline
 * throw anything but a typed error, every row is accounted for (rows = accepted + rejected), and
 * whatever is built is valid baseline.json and a well-formed report with no unescaped user text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartnerSynergyError } from '../../src/errors.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { renderHtml } from '../../src/report/html.js';
import { csvDress, hostileFiles, rowCount, tableModel, writeTables } from './arbitraries.js';
import { expectAccounting, expectSafeOutputs, runPipeline } from './pipeline.js';

/**
 * Fixed seed so a failure is reproducible; runs bounded so each property stays under 5 s. Explore
 * with FUZZ_SEED=<n> FUZZ_SCALE=<k> npx vitest run tests/reliability/fuzz.test.ts.
 */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => ({
  seed: Number(process.env.FUZZ_SEED ?? 20_241_125),
  numRuns: Math.ceil(n * SCALE),
});

describe('fuzz: hostile bytes and text', () => {
  it('parsePartnership never throws on arbitrary input and accounts for every row', () => {
    fc.assert(
      fc.property(hostileFiles, (files) => {
        const result = parsePartnership(files);
        expectAccounting(result);
        // Every issue is located in a file that was given (or the whole input).
        const names = new Set([...Object.keys(files), '(input)']);
        for (const i of [...result.rejected, ...result.warnings]) expect(names.has(i.file)).toBe(true);
      }),
      runs(80),
    );
  });

  it('buildBaseline either builds valid, safe outputs or throws E_NO_MEMBERS', () => {
    fc.assert(
      fc.property(hostileFiles, (files) => {
        try {
          expectSafeOutputs(runPipeline(files));
        } catch (e) {
          if (!(e instanceof PartnerSynergyError) || e.code !== 'E_NO_MEMBERS') throw e;
        }
      }),
      runs(30),
    );
  });

  it('HTML stays well-formed when every user-visible string is hostile', () => {
    fc.assert(
      fc.property(hostileFiles, (files) => {
        const result = parsePartnership(files);
        if (result.partnership.members.length === 0) return;
        const json = runPipeline(result).json;
        for (const lang of ['en', 'nl'] as const) {
          expectSafeOutputs({
            ...runPipeline(result),
            html: renderHtml(json, { lang, title: '<b>&"title' }),
          });
        }
      }),
      runs(15),
    );
  });
});

describe('fuzz: valid tables', () => {
  it('every row of a valid table is accepted, in any delimiter, quoting, line ending and encoding', () => {
    fc.assert(
      fc.property(tableModel, csvDress, (model, dress) => {
        const result = parsePartnership(writeTables(model, dress));
        expectAccounting(result);
        const total = result.files.reduce((n, f) => n + f.rows, 0);
        expect(total).toBe(rowCount(model));
        expect(result.rejected).toEqual([]);
        expect(result.partnership.members).toHaveLength(model.members.length);
        expect(result.files.every((f) => f.delimiter === dress.delimiter)).toBe(true);
      }),
      runs(30),
    );
  });

  it('the baseline of a valid table validates against the published schema and renders safely', () => {
    fc.assert(
      fc.property(tableModel, csvDress, (model, dress) => {
        expectSafeOutputs(runPipeline(writeTables(model, dress)));
      }),
      runs(30),
    );
  });
});
