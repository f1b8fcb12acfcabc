/**
 * Country views down to areas, on the small Afghan fixture (tests/fixtures/areas): six
 * organisations, two provinces, three districts, observed and rated themes, a shared local
 * partner.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { readDataDir } from '../helpers.js';

const baseline = buildBaseline(readDataDir('tests/fixtures/areas'));
const af = baseline.countries.AF!;
const area = (id: string) => af.areas?.find((a) => a.area === id);

describe('area views of a country', () => {
  it('lists every area named, provinces and districts, each pointing at its province', () => {
    expect(af.areas?.map((a) => [a.area, a.name, a.parent])).toEqual([
      ['AF24', 'Kandahar', null],
      ['AF2402', 'Daman', 'AF24'],
      ['AF2405', 'Spin Boldak', 'AF24'],
      ['AF30', 'Hilmand', null],
      ['AF3001', 'Lashkargah', 'AF30'],
    ]);
  });

  it('says who is present how: strongest presence first, then member order', () => {
    expect(area('AF24')?.members.map((m) => `${m.id}:${m.presence}`)).toEqual([
      'NRC:office',
      'WFP:office',
      'LHO:local_partner',
      'DRC:programme',
    ]);
  });

  it('shows each theme with its evidence: observed themes have no level and list who works on them', () => {
    const spin = area('AF2405')!;
    expect(spin.themes[0]).toEqual({
      theme: 'shelter',
      maxLevel: null,
      members: ['DRC', 'NRC'],
      evidence: 'observed',
      observed: ['DRC', 'NRC'],
      count: 2,
    });
    // NRC and DRC both work on shelter in Spin Boldak.
    expect(spin.duplicated).toEqual(['shelter']);
    const hilmand = area('AF30')!;
    expect(hilmand.themes.find((t) => t.theme === 'health')).toMatchObject({
      maxLevel: 5,
      evidence: 'rated',
    });
  });

  it('lists as missing the themes covered elsewhere in the country but by nobody present (the 3W gap)', () => {
    // Covered in Afghanistan: shelter, education, protection, food security, nutrition, health,
    // gbv (RAT rates it 4); Spin Boldak has shelter, education, protection.
    expect(area('AF2405')?.missing).toEqual(['food-security', 'gbv', 'health', 'nutrition']);
    // Kandahar: gbv only at level 1 (WFP, LHO), below the coverage level 3.
    expect(area('AF24')?.missing).toEqual(['gbv']);
  });

  it('finds the local partner two members name in the same district under two spellings', () => {
    expect(area('AF2405')?.sharedPartners).toEqual([
      { partner: 'AINA welfare', variants: ['AINA welfare', 'Aina Welfare'], members: ['DRC', 'NRC'] },
    ]);
    expect(area('AF3001')?.sharedPartners).toEqual([]);
  });

  it('gives pairs different geography overlaps depending on the areas they share', () => {
    const g = baseline.metrics.geography.overlap;
    // NRC and DRC share Kandahar and Spin Boldak; NRC and AKF only the country.
    expect(g.get('NRC', 'DRC')).toBeGreaterThan(g.get('NRC', 'AKF'));
    const values = new Set(baseline.metrics.ids.flatMap((a) => baseline.metrics.ids.map((b) => g.get(a, b))));
    expect(values.size).toBeGreaterThan(5);
  });

  it('keeps the funders apart: listed with what they fund, never members', () => {
    expect(baseline.funders.map((f) => [f.funder, f.roles, f.members])).toEqual([
      ['Afghanistan Humanitarian Fund', ['extending'], ['AKF']],
      ['European Civil Protection and Humanitarian Aid', ['funding'], ['DRC', 'NRC']],
    ]);
    expect(baseline.partnership.members.map((m) => m.id)).toEqual(['AKF', 'DRC', 'LHO', 'NRC', 'RAT', 'WFP']);
    const inRecommendations = new Set(baseline.recommendations.flatMap((r) => r.members));
    expect(inRecommendations.has('European Civil Protection and Humanitarian Aid')).toBe(false);
  });
});
