/** buildBipartite's dense layers give the edges of a plain per-pair sum (or maximum) and sort. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBipartite, PRESENCE_WEIGHTS } from '../../src/network/bipartite.js';
import { compareStrings, round4 } from '../../src/network/format.js';
import type { BaselineJson } from '../../src/schema/baseline.js';

type Presence = keyof typeof PRESENCE_WEIGHTS;

/** The straightforward layers: one map per member, a set per list, then one sort. */
function plainLayers(baseline: BaselineJson) {
  const layer = () => new Map<string, Map<string, number>>();
  const themes = layer();
  const sectors = layer();
  const countries = layer();
  const bump = (l: Map<string, Map<string, number>>, m: string, c: string, w: number, max: boolean) => {
    const row = l.get(m) ?? new Map<string, number>();
    l.set(m, row);
    const prev = row.get(c) ?? 0;
    row.set(c, max ? Math.max(prev, w) : prev + w);
  };
  for (const cc of Object.keys(baseline.countries).sort(compareStrings)) {
    const view = baseline.countries[cc]!;
    for (const m of view.members) bump(countries, m.id, cc, PRESENCE_WEIGHTS[m.presence as Presence], true);
    for (const t of view.themes) for (const id of new Set(t.members)) bump(themes, id, t.theme, 1, false);
    for (const s of view.sectors) for (const id of new Set(s.members)) bump(sectors, id, s.sector, 1, false);
  }
  const flat = (l: Map<string, Map<string, number>>) =>
    [...l]
      .flatMap(([member, row]) => [...row].map(([category, w]) => ({ member, category, weight: round4(w) })))
      .sort((a, b) => compareStrings(a.member, b.member) || compareStrings(a.category, b.category));
  return { themes: flat(themes), countries: flat(countries), sectors: flat(sectors) };
}

const ids = ['m1', 'M2', 'a3', 'b4'];
const list = fc.array(fc.constantFrom(...ids), { maxLength: 5 });
const view = fc.record({
  members: fc.array(
    fc.record({ id: fc.constantFrom(...ids), presence: fc.constantFrom(...Object.keys(PRESENCE_WEIGHTS)) }),
    { maxLength: 5 },
  ),
  themes: fc.array(fc.record({ theme: fc.constantFrom('t1', 'T2', 't3'), members: list }), { maxLength: 4 }),
  sectors: fc.array(fc.record({ sector: fc.constantFrom('s1', 's2'), members: list }), { maxLength: 3 }),
});

describe('buildBipartite', () => {
  it('equals the plain per-member maps, repeated themes and members included (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('BD', 'KE', 'NL', 'ET'), view), (views) => {
        const baseline = {
          members: ids.map((id) => ({ id, name: id })),
          countries: views,
          labels: { themes: {}, sectors: {}, countries: {} },
        } as unknown as BaselineJson;
        const { themes, countries, sectors } = buildBipartite(baseline, 'en');
        expect({ themes, countries, sectors }).toEqual(plainLayers(baseline));
      }),
      { numRuns: 500 },
    );
  });
});
