import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { OptionsError } from '../../src/errors.js';
import { BaselineJsonSchema } from '../../src/schema/baseline.js';
import { YEAR1, YEAR2 } from '../fixtures/diff/years.js';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('diffBaselines on two hand-made years', () => {
  const year1 = deepFreeze(structuredClone(YEAR1));
  const year2 = deepFreeze(structuredClone(YEAR2));
  const diff = diffBaselines(year1, year2);

  it('uses fixtures that are valid baseline.json', () => {
    expect(BaselineJsonSchema.safeParse(YEAR1).success).toBe(true);
    expect(BaselineJsonSchema.safeParse(YEAR2).success).toBe(true);
  });

  it('lists members who joined, left or changed', () => {
    expect(diff.members.joined.map((m) => m.id)).toEqual(['tpb']);
    expect(diff.members.left.map((m) => m.id)).toEqual(['kia']);
    expect(diff.members.stayed).toBe(3);
    expect(diff.members.changed).toEqual([
      {
        id: 'sgw',
        name: 'Gender & Werk',
        changes: [{ field: 'name', before: 'Stichting Gender & Werk', after: 'Gender & Werk' }],
      },
    ]);
  });

  it('lists presence gained, lost and changed per country', () => {
    expect(diff.presence).toEqual({
      gained: [
        { country: 'BD', member: 'tpb', before: null, after: 'programme' },
        { country: 'IN', member: 'sgw', before: null, after: 'programme' },
      ],
      lost: [
        { country: 'BD', member: 'sgw', before: 'programme', after: null },
        { country: 'KE', member: 'kia', before: 'programme', after: null },
      ],
      changed: [{ country: 'BD', member: 'mvn', before: 'local_partner', after: 'office' }],
    });
    expect(diff.countries).toEqual({ joined: ['IN'], left: [] });
  });

  it('compares themes per country: coverage, duplication, gaps, levels, who brings them', () => {
    const byCountry = Object.fromEntries(diff.themes.map((t) => [t.country, t]));
    expect(Object.keys(byCountry)).toEqual(['BD', 'IN', 'KE']);
    expect(byCountry.BD).toEqual({
      country: 'BD',
      status: 'both',
      coveredGained: [],
      coveredLost: [],
      duplicatedGained: ['osh'],
      duplicatedLost: ['gbv'],
      missingGained: [],
      missingLost: ['research'],
      levels: [
        { theme: 'gbv', before: 5, after: 2 },
        { theme: 'living-wage', before: 4, after: 5 },
      ],
      themeMembers: [
        { theme: 'gbv', joined: [], left: ['sgw'] },
        { theme: 'osh', joined: ['tpb'], left: [] },
      ],
      sharedPartnersGained: ['Karmojibi Nari'],
      sharedPartnersLost: [],
    });
    expect(byCountry.IN).toMatchObject({ status: 'new', coveredGained: ['gbv'] });
    expect(byCountry.KE).toMatchObject({
      status: 'both',
      coveredLost: ['research'],
      missingGained: ['research'],
      themeMembers: [{ theme: 'research', joined: [], left: ['kia'] }],
    });
  });

  it('reports the largest rises and falls for pairs in both years, ignoring changes below minChange', () => {
    expect(diff.synergy).toEqual({
      rises: [],
      falls: [
        { a: 'fwc', b: 'sgw', before: 0.5, after: 0.1, change: -0.4 },
        { a: 'fwc', b: 'mvn', before: 0.3, after: 0.25, change: -0.05 },
      ],
    });
    expect(diff.duplication).toEqual({
      rises: [{ a: 'fwc', b: 'mvn', before: 0.4, after: 0.6, change: 0.2 }],
      falls: [{ a: 'mvn', b: 'sgw', before: 0.1, after: 0.05, change: -0.05 }],
    });
    expect(diff.overlap.geography.rises).toEqual([
      { a: 'fwc', b: 'mvn', before: 0.4286, after: 1, change: 0.5714 },
    ]);
    expect(diff.overlap.geography.falls.map((c) => [c.a, c.b, c.change])).toEqual([
      ['fwc', 'sgw', -0.4],
      ['mvn', 'sgw', -0.3333],
    ]);
    expect(diff.overlap.expertise).toEqual({ rises: [], falls: [] });
    expect(diff.overlap.sectors).toEqual({ rises: [], falls: [] });
  });

  it('honours top and minChange', () => {
    const small = diffBaselines(year1, year2, { top: 1, minChange: 0.001 });
    expect(small.synergy.falls.map((c) => c.b)).toEqual(['sgw']);
    expect(small.synergy.rises).toEqual([{ a: 'mvn', b: 'sgw', before: 0.2, after: 0.205, change: 0.005 }]);
    expect(() => diffBaselines(year1, year2, { top: -1 })).toThrow(OptionsError);
    expect(() => diffBaselines(year1, year2, { minChange: Number.NaN })).toThrow(OptionsError);
  });

  it('sorts recommendations into new, dropped and still open by stable id', () => {
    expect(diff.recommendations.new.map((r) => r.id)).toEqual(['shared-local-partner:BD:karmojibi-nari']);
    expect(diff.recommendations.dropped.map((r) => [r.id, r.score])).toEqual([
      ['training-offer:gbv:sgw', 0.6],
    ]);
    expect(diff.recommendations.open.map((r) => [r.id, r.before, r.score])).toEqual([
      ['joint-lobby:garment-textiles:living-wage', 0.81, 0.85],
      ['coverage-gap:KE:living-wage', 0.5, 0.5],
    ]);
  });

  it('keeps the names of members from both years for rendering', () => {
    expect(diff.names.kia).toBe('Kennisinstituut Arbeid');
    expect(diff.names.sgw).toBe('Gender & Werk');
    expect(diff.labels.countries.IN?.nl).toBe('India');
  });

  it('is deterministic and JSON-serialisable', () => {
    expect(JSON.stringify(diffBaselines(YEAR1, YEAR2))).toBe(JSON.stringify(diff));
  });
});

describe('diffBaselines identities', () => {
  it('a baseline compared with itself has no changes (property over the fixture years)', () => {
    fc.assert(
      fc.property(fc.constantFrom(YEAR1, YEAR2), (year) => {
        const d = diffBaselines(year, structuredClone(year));
        expect(d.members.joined.length + d.members.left.length + d.members.changed.length).toBe(0);
        expect(d.presence).toEqual({ gained: [], lost: [], changed: [] });
        expect(d.themes).toEqual([]);
        expect(d.synergy).toEqual({ rises: [], falls: [] });
        expect(d.recommendations.new.length + d.recommendations.dropped.length).toBe(0);
        expect(d.recommendations.open.length).toBe(year.recommendations.length);
      }),
    );
  });

  it('swapping the years swaps joined/left, gained/lost, rises/falls and new/dropped', () => {
    const forward = diffBaselines(YEAR1, YEAR2);
    const backward = diffBaselines(YEAR2, YEAR1);
    expect(backward.members.joined.map((m) => m.id)).toEqual(forward.members.left.map((m) => m.id));
    expect(backward.presence.gained.map((p) => [p.country, p.member])).toEqual(
      forward.presence.lost.map((p) => [p.country, p.member]),
    );
    expect(backward.synergy.rises.map((c) => [c.a, c.b, -c.change])).toEqual(
      forward.synergy.falls.map((c) => [c.a, c.b, c.change]),
    );
    expect(backward.recommendations.new.map((r) => r.id)).toEqual(
      forward.recommendations.dropped.map((r) => r.id),
    );
  });

  it('handles baselines without members, countries or recommendations', () => {
    const empty = {
      ...YEAR1,
      members: [],
      countries: {},
      recommendations: [],
      matrices: {
        expertise: { ids: [], overlap: [], complementarity: [] },
        geography: { ids: [], overlap: [], complementarity: [] },
        sectors: { ids: [], overlap: [], complementarity: [] },
        synergy: { ids: [], values: [] },
        duplication: { ids: [], values: [] },
      },
    };
    const d = diffBaselines(empty, YEAR2);
    expect(d.members.joined).toHaveLength(4);
    expect(d.members.stayed).toBe(0);
    expect(d.synergy).toEqual({ rises: [], falls: [] });
    expect(d.countries.joined).toEqual(['BD', 'IN', 'KE']);
    expect(d.recommendations.new).toHaveLength(3);
  });
});
