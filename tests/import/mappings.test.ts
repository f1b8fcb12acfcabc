import { describe, expect, it } from 'vitest';
import { clusterTheme } from '../../src/import/clusterThemes.js';
import {
  classifyDacCode,
  dacSector,
  dacSectorIndex,
  dacTheme,
  sectorCodeFromName,
} from '../../src/import/dac.js';
import { isNational3wType, memberTypeFrom3w, memberTypeFromIati } from '../../src/import/orgTypes.js';
import { themeCanonicaliser, themeMapLookup } from '../../src/import/themes.js';
import { DEFAULT_SECTORS } from '../../src/normalise/taxonomy.js';

describe('humanitarian clusters -> themes', () => {
  it('maps English, French and code labels of the real 3W files', () => {
    const cases: [string, string][] = [
      ['Santé', 'health'],
      ['HEA', 'health'],
      ['Sécurité Alimentaire', 'food-security'],
      ['FSC', 'food-security'],
      ['EHA', 'wash'],
      ['WASH', 'wash'],
      ['Abris', 'shelter'],
      ['SHL', 'shelter'],
      ['NFI', 'shelter'],
      ['Éducation', 'education'],
      ['EDU', 'education'],
      ['PRO', 'protection'],
      ['NUT', 'nutrition'],
      ['CCCM', 'camp-management'],
      ['ERL', 'early-recovery'],
      ['Cash', 'cash-assistance'],
      ['Operational Presence: Emergency Shelter & Non-Food Items', 'shelter'],
      ['Operatioanl Presence: Water, Sanitation & Hygiene', 'wash'],
      ['EiE_OP', 'education'],
      ['FSAC_OP', 'food-security'],
      ['Gender Based Violence', 'gbv'],
      ['Housing, Land and Property', 'land-rights'],
    ];
    for (const [label, theme] of cases) expect([label, clusterTheme(label)]).toEqual([label, theme]);
  });

  it('returns null for labels it does not know', () => {
    expect(clusterTheme('Labor')).toBeNull();
    expect(clusterTheme('')).toBeNull();
  });
});

describe('theme ids through the taxonomy', () => {
  it('uses the library id where the taxonomy knows the id as an alias, keeps others', () => {
    const canonical = themeCanonicaliser();
    expect(canonical('nutrition')).toBe('nutrition');
    expect(canonical('malnutrition')).toBe('nutrition');
    expect(canonical('disaster-risk-reduction')).toBe('humanitarian');
    expect(canonical('health')).toBe('health');
    expect(canonical('camp-management')).toBe('camp-management');
  });

  it('looks up user theme maps folded, with null meaning ignore', () => {
    const lookup = themeMapLookup({ Labor: 'livelihoods', Coordination: null });
    expect(lookup(['LABOR'])).toBe('livelihoods');
    expect(lookup(['coordination'])).toBeNull();
    expect(lookup(['Health'])).toBeUndefined();
    expect(themeMapLookup(undefined)(['x'])).toBeUndefined();
  });
});

describe('DAC codes', () => {
  it('classifies 5-digit codes, 3-digit categories and other vocabularies', () => {
    expect(classifyDacCode('12220')).toEqual({ code: '12220', category: '122' });
    expect(classifyDacCode('121')).toEqual({ code: '121', category: '121' });
    expect(classifyDacCode('3.8')).toBeNull();
    expect(classifyDacCode('21-01-01')).toBeNull();
    expect(dacSector('12220')?.name).toBe('Basic health care');
    expect(sectorCodeFromName('basic health care')).toBe('12220');
  });

  it('maps codes to themes: code table first, then category table, conservative elsewhere', () => {
    expect(dacTheme('12240')).toBe('nutrition');
    expect(dacTheme('12220')).toBe('health');
    expect(dacTheme('13020')).toBe('health');
    expect(dacTheme('15180')).toBe('gbv');
    expect(dacTheme('15110')).toBeNull();
    expect(dacTheme('31120')).toBeNull();
    expect(dacTheme('72010')).toBe('humanitarian');
    expect(dacTheme('72040')).toBe('food-security');
  });

  it('maps codes to sectors from the dac field of sectors.json', () => {
    const lookup = dacSectorIndex(DEFAULT_SECTORS);
    expect(lookup('32163')).toEqual(['garment-textiles']);
    expect(lookup('12220')).toEqual(['health']);
    expect(lookup('121')).toEqual(['health']);
    // Category 321 (industry) is split over several sectors: no sector.
    expect(lookup('321')).toEqual([]);
    expect(lookup('15110')).toEqual([]);
  });
});

describe('organisation types', () => {
  it('maps IATI codes and names', () => {
    expect(
      ['21', '22', '23', '10', '11', '15', '70', '80', '40', '60', '90'].map(memberTypeFromIati),
    ).toEqual([
      'ngo',
      'ngo',
      'ngo',
      'government',
      'government',
      'government',
      'company',
      'knowledge',
      'other',
      'other',
      'other',
    ]);
    expect(memberTypeFromIati('International NGO')).toBe('ngo');
    expect(memberTypeFromIati('')).toBeNull();
    expect(memberTypeFromIati('99')).toBeNull();
  });

  it('maps 3W labels in English and French', () => {
    expect(
      ['INGO', 'NNGO', 'UN Agency', 'Govt', 'ONG Int', 'ONG Nat', 'Agence UN', 'Mouv. CR'].map(
        memberTypeFrom3w,
      ),
    ).toEqual(['ngo', 'ngo', 'other', 'government', 'ngo', 'ngo', 'other', 'other']);
    expect(memberTypeFrom3w('Unknown thing')).toBeNull();
    expect(isNational3wType('ONG Nat')).toBe(true);
    expect(isNational3wType('INGO')).toBe(false);
  });
});
