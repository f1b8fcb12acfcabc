import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifyAreaSpellings } from '../../src/import/areas.js';
import { import3w } from '../../src/import/import3w.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

describe('one spelling per area in what the importers write', () => {
  it('a p-code written under two spellings gives one geography row (the Nepal 3W: Kumpur / kumpur)', () => {
    const table = [
      'Organisation,Cluster,Country,Admin1,Admin1 Pcode',
      'Global Communities,Shelter,Nepal,Kumpur,524205305033',
      'Global Communities,Shelter,Nepal,kumpur,524205305033',
      'Global Communities,WASH,Nepal,Kumpur,524205305033',
    ].join('\n');
    const imported = import3w(table);
    const rows = imported.files['geography.csv'].trim().split('\n').slice(1);
    expect(rows).toEqual(['global-communities,NP,Kumpur (524205305033),programme,,,3']);
    const read = parsePartnership(
      Object.entries(imported.files).map(([name, content]) => ({ name, content })),
    );
    expect(read.warnings.filter((w) => w.code === 'duplicate_row')).toEqual([]);
  });

  it('property: areas with the same codes end with one spelling, the most frequent; nothing else changes', () => {
    const spelling = fc.constantFrom(
      'Kumpur (P1)',
      'kumpur (P1)',
      'KUMPUR (P1)',
      'Gao (P2)',
      'gao (P2)',
      'Mopti',
    );
    const rows = fc.array(fc.option(spelling, { nil: null }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, (areas) => {
        const out = unifyAreaSpellings(areas.map((area) => ({ places: [{ area }] }))).map(
          (a) => a.places[0]!.area,
        );
        const code = (a: string | null) => (a === null ? null : (/\((P\d)\)$/.exec(a)?.[1] ?? a));
        expect(out.map(code)).toEqual(areas.map(code));
        for (const c of new Set(areas.map(code))) {
          if (c === null) continue;
          const written = areas.filter((a) => code(a) === c);
          const counts = written.map((w) => written.filter((x) => x === w).length);
          const top = Math.max(...counts);
          const best = [...new Set(written.filter((_, i) => counts[i] === top))].sort()[0];
          expect(new Set(out.filter((a) => code(a) === c))).toEqual(new Set([best]));
        }
      }),
    );
  });
});
