/**
 * The coverage rows of the report model (themes and sectors across the country views) against a
 * straightforward computation with sets of ids, on country views drawn at random: members in
 * member order then unknown ids by code unit, observed-only members apart, countries by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportModel, type CoverageRow } from '../../src/report/model.js';
import type { BaselineJson, CountryView } from '../../src/schema/baseline.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { clone } from './helpers.js';

const base = FIXTURE_BASELINE;
const memberIds = base.members.map((m) => m.id);
const ids = [...memberIds, 'zz-unknown', 'aa-unknown'];
const countryCodes = Object.keys(base.countries);

/** Members in baseline order, then ids that are no member sorted by code unit (deduplicated). */
function ordered(list: Iterable<string>): string[] {
  const set = new Set(list);
  return [
    ...memberIds.filter((id) => set.has(id)),
    ...[...set].filter((id) => !memberIds.includes(id)).sort(),
  ];
}

/** The coverage rows the straightforward way: a set per row, countries sorted by display name. */
function expectedRows(json: BaselineJson, kind: 'theme' | 'sector', countryOrder: string[]) {
  const rows = new Map<
    string,
    {
      level: number;
      rated: boolean;
      observed: boolean;
      members: Set<string>;
      obs: Set<string>;
      countries: Set<string>;
    }
  >();
  for (const code of countryOrder) {
    const view = json.countries[code]!;
    const items = kind === 'theme' ? view.themes : view.sectors;
    for (const x of items) {
      const id = 'theme' in x ? x.theme : x.sector;
      const level = 'maxLevel' in x ? (x.maxLevel ?? 0) : 0;
      let row = rows.get(id);
      if (row === undefined) {
        row = {
          level,
          rated: false,
          observed: false,
          members: new Set(),
          obs: new Set(),
          countries: new Set(),
        };
        rows.set(id, row);
      }
      for (const m of x.members) row.members.add(m);
      if ('maxLevel' in x) {
        row.level = Math.max(row.level, level);
        row.rated ||= x.maxLevel !== null;
        row.observed ||= (x.observed ?? []).length > 0;
        if (x.maxLevel !== null) for (const m of x.observed ?? []) row.obs.add(m);
        row.countries.add(code);
      } else if (x.linked === undefined || x.linked.length > 0) row.countries.add(code);
    }
  }
  return [...rows]
    .map(([id, row]) => ({
      id,
      maxLevel: kind === 'theme' && row.rated ? row.level : null,
      members: ordered(row.members),
      observed: ordered([...row.obs].filter((m) => !row.members.has(m))),
      countries: countryOrder.filter((c) => row.countries.has(c)),
    }))
    .sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

const shape = (rows: readonly CoverageRow[]) =>
  rows.map((r) => ({
    id: r.id,
    maxLevel: r.maxLevel,
    members: r.members.map((m) => m.id),
    observed: r.observed.map((m) => m.id),
    countries: r.countries.map((c) => c.id),
  }));

const someIds = fc.subarray(ids, { minLength: 0, maxLength: 6 });
const themeEntry = fc.record({
  theme: fc.constantFrom('gbv', 'osh', 'living-wage', 'x-theme'),
  maxLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  members: someIds,
  observed: someIds,
});
const sectorEntry = fc.record({
  sector: fc.constantFrom('garment', 'tea', 'cocoa'),
  members: someIds,
  linked: fc.option(fc.constantFrom([], ['x']), { nil: undefined }),
});

describe('report model coverage rows', () => {
  it('equal a computation with sets of ids (fast-check, unknown ids and repeats included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(themeEntry, { maxLength: 5 }), fc.array(sectorEntry, { maxLength: 4 })), {
          minLength: countryCodes.length,
          maxLength: countryCodes.length,
        }),
        (drawn) => {
          const json = clone(base);
          countryCodes.forEach((code, i) => {
            const view = json.countries[code]!;
            const [themes, sectors] = drawn[i]!;
            view.themes = themes.map((x) => ({
              ...x,
              evidence: x.maxLevel === null ? 'observed' : x.observed.length > 0 ? 'both' : 'rated',
            })) as CountryView['themes'];
            view.sectors = sectors.map(({ linked, ...s }) =>
              linked === undefined ? s : { ...s, linked },
            ) as CountryView['sectors'];
          });
          const model = buildReportModel(json);
          const countryOrder = model.countries.map((c) => c.code);
          expect(shape(model.themeCoverage)).toEqual(expectedRows(json, 'theme', countryOrder));
          expect(shape(model.sectorCoverage)).toEqual(expectedRows(json, 'sector', countryOrder));
        },
      ),
      { numRuns: 300 },
    );
  });
});
