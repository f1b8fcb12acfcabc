/**
 * The geography vector with areas below the country, and the expertise weight of observed themes.
 * Hand arithmetic in the test names; fast-check properties for the contract that a partnership
 * without areas (or with areaWeight 0) gets exactly the country-level numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { explainPair } from '../../src/metrics/explainPair.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import type { GeographyArea, Partnership, PresenceKind } from '../../src/schema/records.js';
import { partnershipArb } from '../metrics/arbitraries.js';

function geo(rows: string) {
  return parsePartnership({
    'members.csv': 'id,name\nA,Alpha\nB,Beta\nC,Gamma\n',
    'geography.csv': `member,country,presence,area\n${rows}`,
  }).partnership;
}

describe('geography overlap with areas (Ruzicka on countries and areas)', () => {
  it('same country, different provinces: overlap = 1 / (1 + 1 + 1) = 1/3 (only the country is shared)', () => {
    const m = computeMetrics(geo('A,Afghanistan,office,Kandahar\nB,Afghanistan,office,Hilmand\n'));
    expect(m.geography.overlap.get('A', 'B')).toBeCloseTo(1 / 3, 12);
  });

  it('same country and province: overlap 1; without areas both are also 1', () => {
    const m = computeMetrics(geo('A,Afghanistan,office,Kandahar\nB,Afghanistan,office,Kandahar\n'));
    expect(m.geography.overlap.get('A', 'B')).toBe(1);
  });

  it('a district path counts the province and the district: sharing the province only = (1 + 1) / (1 + 1 + 1 + 1) = 1/2', () => {
    const m = computeMetrics(
      geo('A,Afghanistan,office,Kandahar > Spin Boldak\nB,Afghanistan,office,Kandahar > Daman\n'),
    );
    expect(m.geography.overlap.get('A', 'B')).toBeCloseTo(0.5, 12);
  });

  it('areaWeight 0.5 and programme presence: country 0.5, area 0.25 each: (0.5) / (0.5 + 0.25 + 0.25) = 1/2', () => {
    const p = geo('A,Afghanistan,programme,Kandahar\nB,Afghanistan,programme,Hilmand\n');
    expect(computeMetrics(p, { areaWeight: 0.5 }).geography.overlap.get('A', 'B')).toBeCloseTo(0.5, 12);
  });

  it('the area presence is its own: an office in Kabul (1) and a programme there (0.5) share min 0.5', () => {
    const profile = buildProfiles(
      geo('A,Afghanistan,office,Kabul\nB,Afghanistan,programme,Kabul\n'),
    ).geography;
    expect(profile.categories).toEqual(['AF', 'AF:kabul']);
    expect([...profile.rows[0]!.weights]).toEqual([1, 1]);
    expect([...profile.rows[1]!.weights]).toEqual([0.5, 0.5]);
  });

  it('explainPair splits the geography sums into countries and areas', () => {
    const p = geo('A,Afghanistan,office,Kandahar\nB,Afghanistan,office,"Kandahar; Hilmand"\n');
    const why = explainPair(buildProfiles(p), 'A', 'B', 'geography');
    expect(why.places?.countries).toMatchObject({ sumMin: 1, sumMax: 1 });
    expect(why.places?.areas).toMatchObject({ sumMin: 1, sumMax: 2 });
    expect(why.places?.areas.contributions.map((c) => c.category)).toEqual(['AF:hilmand', 'AF:kandahar']);
    // overlap = (1 + 1) / (1 + 2)
    expect(why.overlap).toBeCloseTo(2 / 3, 12);
    expect(explainPair(buildProfiles(p), 'A', 'B', 'expertise').places).toBeUndefined();
  });

  it('rejects an areaWeight outside [0, 1] naming the option', () => {
    expect(() => buildProfiles(geo(''), { areaWeight: 2 })).toThrow(/areaWeight/);
    expect(() => buildProfiles(geo(''), { observedWeight: -1 })).toThrow(/observedWeight/);
  });
});

describe('observed themes in the expertise profile', () => {
  const p = parsePartnership({
    'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
    'expertise.csv': 'member,theme,level,evidence\nA,health,,observed\nB,health,5,rated\nB,wash,,observed\n',
  }).partnership;

  it('weighs an observed theme observedWeight (default 0.6, the weight of level 3), never its activity count', () => {
    const e = buildProfiles(p).expertise;
    expect([...e.rows[0]!.weights]).toEqual([0.6]);
    expect([...e.rows[1]!.weights]).toEqual([1, 0.6]);
    expect([...buildProfiles(p, { observedWeight: 1 }).expertise.rows[0]!.weights]).toEqual([1]);
  });

  it('observedWeight 0 leaves observed themes out (the member has an empty profile)', () => {
    expect(buildProfiles(p, { observedWeight: 0 }).expertise.empty).toEqual([true, false]);
  });
});

const AREAS = ['kabul', 'kandahar', 'hilmand', 'AF24', 'kandahar>daman'];
const PRESENCE: PresenceKind[] = ['office', 'local_partner', 'programme', 'network'];

/** The partnership with random areas added to its geography rows. */
const withAreasArb: fc.Arbitrary<Partnership> = partnershipArb.chain((p) =>
  fc
    .array(
      fc.uniqueArray(fc.tuple(fc.constantFrom(...AREAS), fc.constantFrom(...PRESENCE)), {
        maxLength: 3,
        selector: ([a]) => a,
      }),
      { minLength: p.geography.length, maxLength: p.geography.length },
    )
    .map((lists) => ({
      ...p,
      geography: p.geography.map((g, i) => ({
        ...g,
        areas: (lists[i] ?? [])
          .map(([id, presence]): GeographyArea => ({ id, name: id, parent: null, presence, partners: [] }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      })),
    })),
);

const stripAreas = (p: Partnership): Partnership => ({
  ...p,
  geography: p.geography.map(({ areas: _a, ...g }) => g),
});

function sameMetrics(a: Partnership, b: Partnership, options: { areaWeight?: number } = {}): boolean {
  const x = computeMetrics(a, options);
  const y = computeMetrics(b);
  for (const d of ['geography', 'expertise', 'sectors'] as const) {
    if (x[d].overlap.values.join() !== y[d].overlap.values.join()) return false;
    if (x[d].complementarity.values.join() !== y[d].complementarity.values.join()) return false;
  }
  return x.synergy.values.join() === y.synergy.values.join();
}

describe('properties: areas change nothing unless they are there and weigh something', () => {
  it('a partnership without areas gives exactly the country-level numbers, whatever the areaWeight', () => {
    fc.assert(
      fc.property(partnershipArb, fc.constantFrom(0, 0.5, 1), (p, areaWeight) => {
        expect(sameMetrics(p, p, { areaWeight })).toBe(true);
        // Rows with an empty area list are the same as rows without the field.
        const empty = { ...p, geography: p.geography.map((g) => ({ ...g, areas: [] })) };
        expect(sameMetrics(empty, p, { areaWeight })).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('areaWeight 0 gives exactly the numbers of the same partnership without its areas', () => {
    fc.assert(
      fc.property(withAreasArb, (p) => {
        expect(sameMetrics(p, stripAreas(p), { areaWeight: 0 })).toBe(true);
        expect(buildProfiles(p, { areaWeight: 0 }).geography.categories).toEqual(
          buildProfiles(stripAreas(p)).geography.categories,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('with areas the identity O + C(a<-b) + C(b<-a) = 1 still holds for every non-empty geography pair', () => {
    fc.assert(
      fc.property(withAreasArb, (p) => {
        const m = computeMetrics(p);
        const ids = m.ids;
        for (const a of ids) {
          for (const b of ids) {
            const i = ids.indexOf(a);
            const j = ids.indexOf(b);
            if (m.geography.empty[i] && m.geography.empty[j]) continue;
            const sum =
              m.geography.overlap.get(a, b) +
              m.geography.complementarity.get(a, b) +
              m.geography.complementarity.get(b, a);
            expect(sum).toBeCloseTo(1, 9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adding the same area to every member present in one country never lowers the overlap of two of them', () => {
    fc.assert(
      fc.property(withAreasArb, fc.constantFrom('BD', 'IN', 'KE'), (p, country) => {
        const m = computeMetrics(p);
        const shared: GeographyArea = {
          id: 'zz-shared',
          name: 'Shared',
          parent: null,
          presence: 'office',
          partners: [],
        };
        const q = {
          ...p,
          geography: p.geography.map((g) =>
            g.country === country ? { ...g, areas: [...(g.areas ?? []), shared] } : g,
          ),
        };
        const n = computeMetrics(q);
        const present = new Set(p.geography.filter((g) => g.country === country).map((g) => g.member));
        for (const a of present) {
          for (const b of present) {
            // (min + 1) / (max + 1) >= min / max
            if (a !== b)
              expect(n.geography.overlap.get(a, b)).toBeGreaterThanOrEqual(
                m.geography.overlap.get(a, b) - 1e-12,
              );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
