/**
 * themeLevelsFromRecords and themeLevelCellsFromRecords keep each place's levels as numeric codes
 * kept in order as members come; this compares them with the straightforward computation: every
 * counted member's themes there, one `{ id, level }` each, sorted strongest first (stable, so in
 * member order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberOrder } from '../../src/country/memberOrder.js';
import { themeLevelCellsFromRecords, themeLevelsFromRecords } from '../../src/country/themeLevels.js';
import { indexThemePlaces } from '../../src/country/themePlaces.js';
import type { CountryView } from '../../src/schema/baseline.js';
import type { ExpertiseRecord, GeographyRecord, Partnership } from '../../src/schema/records.js';

const PRESENCES = ['office', 'local_partner', 'programme', 'network'] as const;

/** Few members, themes and countries, so members share themes at the same and other levels. */
const arbPlaces = fc
  .record({
    size: fc.integer({ min: 1, max: 9 }),
    expertise: fc.array(
      fc.record({
        m: fc.nat(8),
        theme: fc.constantFrom('gbv', 'health', 'wash'),
        level: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 5 }),
      }),
      { maxLength: 40 },
    ),
    geography: fc.array(
      fc.record({
        m: fc.nat(8),
        country: fc.constantFrom('AF', 'BD'),
        presence: fc.constantFrom(...PRESENCES),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ size, expertise, geography }) => {
    // Members listed in a shuffled-looking order, so member order is not id order.
    const members = Array.from({ length: size }, (_, i) => ({ id: `m${(i * 7) % size}` }));
    const id = (m: number) => `m${m % size}`;
    const exp: ExpertiseRecord[] = expertise.map((e) =>
      e.level === null
        ? { member: id(e.m), theme: e.theme, level: null, evidence: 'observed', sources: [] }
        : { member: id(e.m), theme: e.theme, level: e.level, sources: [] },
    ) as ExpertiseRecord[];
    const seen = new Set<string>();
    const geo = geography.filter((g) => {
      const key = `${id(g.m)} ${g.country}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const records = {
      expertise: exp,
      geography: geo.map(
        (g) =>
          ({
            member: id(g.m),
            country: g.country,
            presence: g.presence,
            partners: [],
            since: null,
            sources: [],
          }) as GeographyRecord,
      ),
    };
    const countries: Record<string, CountryView> = {};
    for (const g of records.geography) {
      countries[g.country] ??= { members: [] } as unknown as CountryView;
      const view = countries[g.country]!;
      (view.members as { id: string; presence: string; partners: string[] }[]).push({
        id: g.member,
        presence: g.presence,
        partners: [],
      });
    }
    return { members, records: records as unknown as Partnership, countries };
  });

describe('theme levels from records', () => {
  it('equal the levels sorted the straightforward way, as objects and as CSV cell text', () => {
    fc.assert(
      fc.property(arbPlaces, ({ members, records: p, countries }) => {
        const json = { members, records: p, countries } as unknown as Parameters<
          typeof themeLevelsFromRecords
        >[0];
        const levels = themeLevelsFromRecords(json);
        const cells = themeLevelCellsFromRecords(json);
        const places = indexThemePlaces(p);
        const cmp = memberOrder(json.members);
        const themes = [...new Set(p.expertise.map((e) => e.theme)), 'no-such-theme'];
        for (const [code, view] of Object.entries(countries)) {
          const ids = view.members
            .filter((m) => m.presence !== 'network')
            .map((m) => m.id)
            .sort(cmp);
          for (const theme of themes) {
            const expected: { id: string; level: number }[] = [];
            for (const id of ids) {
              const level = places.themesIn(id, code, null).get(theme);
              if (level !== undefined && level !== null) expected.push({ id, level });
            }
            expected.sort((x, y) => y.level - x.level);
            expect(levels(code, null, theme)).toEqual(expected);
            expect(cells(code, null, theme)).toBe(expected.map((r) => `${r.id}:${r.level}`).join('; '));
          }
        }
        expect(cells('XX', null, 'gbv')).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
