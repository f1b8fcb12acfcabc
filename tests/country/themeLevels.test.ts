/**
 * baseline.json version 4 leaves every member's level per theme (`themes[].rated`) out of the
 * country and area views; themeLevelsFromRecords derives it from `records`. A version 3 file
 * (the area fixture's golden as the version 3 writer wrote it) still reads, and gives the same
 * levels, CSV exports, report and diff as today's version 4 file of the same partnership.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { themeLevelsFromRecords } from '../../src/country/themeLevels.js';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { loadBaselineJson } from '../../src/diff/loadBaselineJson.js';
import { toCsvExports } from '../../src/report/csv.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { readDataDir, repoRoot } from '../helpers.js';

const v3 = loadBaselineJson(
  readFileSync(resolve(repoRoot, 'tests/fixtures/baseline-v3/areas-baseline.json'), 'utf8'),
);
const v4 = loadBaselineJson(
  stringifyBaseline(toBaselineJson(buildBaseline(readDataDir('tests/fixtures/areas')))),
);

describe('themeLevelsFromRecords', () => {
  it('gives every theme of every country and area view exactly the levels version 3 listed', () => {
    expect([v3.schemaVersion, v4.schemaVersion]).toEqual([3, 4]);
    const levels = themeLevelsFromRecords(v4);
    let checked = 0;
    for (const [code, view] of Object.entries(v3.countries)) {
      for (const t of view.themes) {
        expect(levels(code, null, t.theme), `${code} ${t.theme}`).toEqual(t.rated);
        checked++;
      }
      for (const area of view.areas ?? []) {
        for (const t of area.themes) {
          expect(levels(code, area.area, t.theme), `${code} ${area.area} ${t.theme}`).toEqual(t.rated);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    // Some theme has members below the strongest: the detail `members` alone does not give.
    expect(
      Object.values(v3.countries).some((v) =>
        v.themes.some((t) => (t.rated?.length ?? 0) > t.members.length),
      ),
    ).toBe(true);
  });

  it('counts every member working on a theme, rated or observed', () => {
    for (const [code, view] of Object.entries(v4.countries)) {
      const before = v3.countries[code]!;
      for (const t of view.themes) {
        expect(t.rated).toBeUndefined();
        const old = before.themes.find((x) => x.theme === t.theme)!;
        expect(t.count).toBe((old.rated?.length ?? 0) + (old.observed?.length ?? 0));
      }
    }
  });

  it('is undefined without records or for a country or area that has no view', () => {
    const { records: _, ...bare } = v4;
    expect(themeLevelsFromRecords(bare)('AF', null, 'health')).toBeUndefined();
    expect(themeLevelsFromRecords(v4)('XX', null, 'health')).toBeUndefined();
    expect(themeLevelsFromRecords(v4)('AF', 'no-such-area', 'health')).toBeUndefined();
  });
});

describe('a version 3 baseline.json and its version 4 successor', () => {
  it('give the same country and area theme CSVs (levels from `rated`, or from the records)', () => {
    const before = toCsvExports(v3);
    const after = toCsvExports(v4);
    expect(after['country-themes.csv']).toBe(before['country-themes.csv']);
    expect(after['area-themes.csv']).toBe(before['area-themes.csv']);
    expect(after['country-themes.csv']).toMatch(/:observed/);
  });

  it('give the same report apart from the schema version in its footer', () => {
    for (const lang of ['en', 'nl'] as const) {
      const footer = /(schema version|schemaversie) [34]\)/;
      const after = renderMarkdown(v4, { lang, top: 20 });
      expect(after).toMatch(footer);
      expect(after.replace(footer, '')).toBe(renderMarkdown(v3, { lang, top: 20 }).replace(footer, ''));
    }
  });

  it('diff to no change', () => {
    const diff = diffBaselines(v3, v4);
    expect(diff.themes).toEqual([]);
    expect(diff.expertise).toEqual([]);
    expect(diff.members).toMatchObject({ joined: [], left: [], changed: [] });
  });
});
