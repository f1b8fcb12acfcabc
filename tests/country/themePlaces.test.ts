/**
 * Themes linked to places: which theme a member works on where, from expertise rows that say
 * where (country, areas) and rows that do not (everywhere the member is present).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import { indexThemePlaces, worksOnThemeIn } from '../../src/country/themePlaces.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import type { ExpertiseRecord, GeographyArea, Partnership } from '../../src/schema/records.js';
import { arbPartnership } from '../fixtures/recommend/arbitrary.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';

const area = (id: string, name: string, parent: string | null): GeographyArea => ({
  id,
  name,
  parent,
  presence: 'programme',
  partners: [],
});
const KANDAHAR = area('AF24', 'Kandahar', null);
const SPIN = area('AF2405', 'Spin Boldak', 'AF24');
const DAMAN = area('AF2402', 'Daman', 'AF24');
const HILMAND = area('AF30', 'Hilmand', null);

const geo = (member: string, areas: GeographyArea[]) => ({
  member,
  country: 'AF',
  presence: 'programme' as const,
  partners: [],
  since: null,
  sources: [],
  areas,
});
const obs = (
  member: string,
  theme: string,
  where: { country?: string; areas?: string[] } = {},
): ExpertiseRecord => ({
  member,
  theme,
  level: null,
  evidence: 'observed',
  sources: [],
  ...where,
});

// nrc: Kandahar (Spin Boldak, Daman) and Hilmand. shelter named in Spin Boldak; wash in the
// province Kandahar; health for the whole country; education says no place.
const partnership: Partnership = {
  members: [],
  expertise: [
    obs('nrc', 'shelter', { country: 'AF', areas: ['AF24', 'AF2405'] }),
    obs('nrc', 'wash', { country: 'AF', areas: ['AF24'] }),
    obs('nrc', 'health', { country: 'AF' }),
    obs('nrc', 'education'),
    obs('nrc', 'food-security', { country: 'PK' }),
    { member: 'drc', theme: 'gbv', level: 4, sources: [], country: 'AF', areas: ['AF30'] },
    { member: 'drc', theme: 'gbv', level: 2, sources: [], country: 'AF', areas: ['AF24'] },
    { member: 'drc', theme: 'osh', level: 0, sources: [] },
  ],
  geography: [geo('nrc', [KANDAHAR, SPIN, DAMAN, HILMAND]), geo('drc', [KANDAHAR, HILMAND])],
  sectors: [],
  companies: [],
};
const places = indexThemePlaces(partnership);
const themes = (member: string, country: string, a?: string) =>
  Object.fromEntries(places.themesIn(member, country, a ?? null));

describe('indexThemePlaces', () => {
  it('counts a row that names an area there, and in the areas above it (the path), not in its neighbours', () => {
    expect(themes('nrc', 'AF', 'AF2405')).toMatchObject({ shelter: null });
    expect(themes('nrc', 'AF', 'AF24')).toMatchObject({ shelter: null });
    expect(themes('nrc', 'AF', 'AF2402')).not.toHaveProperty('shelter');
    expect(themes('nrc', 'AF', 'AF30')).not.toHaveProperty('shelter');
  });

  it('counts a row that names a province in its districts where the member is present', () => {
    expect(themes('nrc', 'AF', 'AF2402')).toHaveProperty('wash');
    expect(themes('nrc', 'AF', 'AF2405')).toHaveProperty('wash');
    expect(themes('nrc', 'AF', 'AF30')).not.toHaveProperty('wash');
  });

  it('counts a row that names only the country in every area of it where the member is present', () => {
    for (const a of ['AF24', 'AF2402', 'AF2405', 'AF30'])
      expect(themes('nrc', 'AF', a)).toHaveProperty('health');
    expect(themes('nrc', 'PK')).not.toHaveProperty('health');
  });

  it('counts a row that names no place everywhere the member is present, and nowhere else', () => {
    expect(themes('nrc', 'AF', 'AF30')).toHaveProperty('education');
    expect(themes('nrc', 'AF')).toHaveProperty('education');
    // nrc has no geography row in Pakistan: only the row naming Pakistan counts there.
    expect(themes('nrc', 'PK')).toEqual({ 'food-security': null });
    expect(themes('drc', 'AF', 'AF2405')).toEqual({});
  });

  it('keeps the level of the place: the highest rating among the rows that count there; rated 0 is not worked on', () => {
    expect(themes('drc', 'AF', 'AF30')).toEqual({ gbv: 4 });
    expect(themes('drc', 'AF', 'AF24')).toEqual({ gbv: 2 });
    expect(themes('drc', 'AF')).toEqual({ gbv: 4 });
    expect(places.linked('drc')).toBe(true);
    expect(places.anyLinked).toBe(true);
  });

  it('answers worksOnThemeIn from the index or from the partnership', () => {
    expect(worksOnThemeIn(places, 'nrc', 'shelter', 'AF', 'AF2405')).toBe(true);
    expect(worksOnThemeIn(partnership, 'nrc', 'shelter', 'AF', 'AF2402')).toBe(false);
    expect(worksOnThemeIn(partnership, 'nrc', 'shelter', 'AF')).toBe(true);
    expect(worksOnThemeIn(partnership, 'drc', 'osh', 'AF')).toBe(false);
    expect(worksOnThemeIn(partnership, 'nobody', 'osh', 'AF')).toBe(false);
  });
});

describe('country and area views with linked themes', () => {
  const views = buildCountryViews({ ...partnership, members: [] }, simplePairScores(partnership));
  const af = views.AF!;
  const view = (id: string) => af.areas?.find((a) => a.area === id);

  it('lists in an area only the themes linked there, so duplication and the 3W gap are facts', () => {
    expect(view('AF2402')?.themes.map((t) => t.theme)).toEqual(['education', 'health', 'wash']);
    expect(view('AF2405')?.themes.map((t) => t.theme)).toEqual(['education', 'health', 'shelter', 'wash']);
    // In Daman nobody works on shelter, which nrc does in Spin Boldak.
    expect(view('AF2402')?.missing).toContain('shelter');
    expect(view('AF30')?.themes.find((t) => t.theme === 'gbv')).toMatchObject({
      maxLevel: 4,
      members: ['drc'],
    });
    // Kandahar: gbv only at level 2 (drc), below the coverage level.
    expect(view('AF24')?.missing).toEqual(['gbv']);
  });
});

/** Every expertise record of a member linked to each country where the member is present. */
function linkedEverywhere(p: Partnership): Partnership {
  const countries = new Map<string, string[]>();
  for (const g of p.geography) countries.set(g.member, [...(countries.get(g.member) ?? []), g.country]);
  return {
    ...p,
    expertise: p.expertise.flatMap((e) =>
      (countries.get(e.member) ?? []).map((country) => ({ ...e, country })),
    ),
  };
}

describe('properties of the link', () => {
  it('a row that names no place equals the same row named in every country where the member is present', () => {
    fc.assert(
      fc.property(arbPartnership, (p) => {
        const scores = simplePairScores(p);
        const plain = buildCountryViews(p, scores);
        const linked = buildCountryViews(linkedEverywhere(p), scores);
        expect(JSON.stringify(linked)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 150 },
    );
  });

  it('linking rows to places leaves the expertise profile as it is (the strongest weight over places)', () => {
    fc.assert(
      fc.property(arbPartnership, (p) => {
        const a = buildProfiles(p).expertise;
        const b = buildProfiles(linkedEverywhere(p)).expertise;
        // Members without any geography row lose their (unplaced) rows in linkedEverywhere.
        const placed = new Set(p.geography.map((g) => g.member));
        const row = (profile: typeof a, i: number) =>
          [...profile.rows[i]!.indices].map((k, n) => [profile.categories[k], profile.rows[i]!.weights[n]]);
        a.ids.forEach((id, i) => {
          if (placed.has(id)) expect(row(b, i)).toEqual(row(a, i));
        });
      }),
      { numRuns: 150 },
    );
  });
});
