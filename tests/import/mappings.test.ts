import { describe, expect, it } from 'vitest';
import { clusterTheme } from '../../src/import/clusterThemes.js';
import {
  classifyDacCode,
  dacSector,
  dacSectorIndex,
  dacTheme,
  sectorCodeFromName,
} from '../../src/import/dac.js';
import {
  isGovernmentOrg,
  isPlaceholderName,
  isPlaceholderOrg,
  looksGovernmental,
  looksLikeFundingVehicle,
  looksLikeUnAgency,
  orgKindFrom3w,
  orgKindFromIati,
  redCrossScope,
} from '../../src/import/orgTypes.js';
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

describe('organisation types and scopes', () => {
  const kind = (k: { type: string; scope: string | null } | null) =>
    k === null ? null : `${k.type}/${k.scope ?? ''}`;

  it('maps IATI codes and names to the contract types (40 -> un) and scopes', () => {
    expect(
      ['21', '22', '23', '24', '10', '11', '15', '70', '72', '80', '40', '60', '90'].map((c) =>
        kind(orgKindFromIati(c)),
      ),
    ).toEqual([
      'ngo/international',
      'ngo/national',
      'ngo/international',
      'ngo/national',
      'government/',
      'government/local',
      'government/',
      'company/',
      'company/national',
      'knowledge/',
      'un/international',
      'other/',
      'other/',
    ]);
    expect(kind(orgKindFromIati('International NGO'))).toBe('ngo/international');
    expect(kind(orgKindFromIati('un'))).toBe('un/');
    expect(orgKindFromIati('')).toBeNull();
    expect(orgKindFromIati('99')).toBeNull();
    expect(orgKindFromIati('constructor')).toBeNull();
  });

  it('maps the 3W labels of the four real tables in English and French', () => {
    const labels = [
      'INGO',
      'NNGO',
      'UN Agency',
      'Govt',
      'ONG Int',
      'ONG Nat',
      'Agence UN',
      'Mouv. CR',
      'International NGO',
      'National NGO',
      'United Nations',
      'CBO',
    ];
    expect(labels.map((l) => kind(orgKindFrom3w(l)))).toEqual([
      'ngo/international',
      'ngo/national',
      'un/international',
      'government/national',
      'ngo/international',
      'ngo/national',
      'un/international',
      'other/',
      'ngo/international',
      'ngo/national',
      'un/international',
      'ngo/local',
    ]);
    expect(orgKindFrom3w('Unknown thing')).toBeNull();
  });

  it('gives a Red Cross / Red Crescent society its scope from its name and the country', () => {
    expect(redCrossScope('Croix-Rouge Malienne', ['Mali'])).toBe('national');
    expect(redCrossScope('Afghan Red Crescent Society', ['Afghanistan'])).toBe('national');
    expect(redCrossScope('Nigerian Red Cross Society', ['Nigeria'])).toBe('national');
    expect(redCrossScope('Niger Red Cross', ['Nigeria'])).toBe('international');
    expect(redCrossScope('Comité International de la Croix-Rouge', ['Mali'])).toBe('international');
    expect(redCrossScope('Croix-Rouge française', ['Mali'])).toBe('international');
  });

  it('recognises government bodies, funding vehicles and placeholder names by name', () => {
    for (const n of [
      'Ministry of Foreign Affairs',
      'Embassy of the Kingdom of the Netherlands',
      'LAMU COUNTY GOVERNMENT',
      'Gouvernement du bénéficiaire',
    ])
      expect([n, looksGovernmental(n)]).toEqual([n, true]);
    for (const n of ['Adventist Development and Relief Agency', 'Cordaid', 'Save the Children Fund'])
      expect([n, looksGovernmental(n)]).toEqual([n, false]);
    expect(looksLikeFundingVehicle('Multi-Donor Trust Fund for the Global Financing Facility')).toBe(true);
    expect(looksLikeFundingVehicle('Global Fund for Women')).toBe(false);
    expect(isPlaceholderName('IP not published (XM-DAC-41122-VN-216405)')).toBe(true);
    expect(isPlaceholderName('Malaria Consortium')).toBe(false);
  });

  it('tells a category of organisations from an organisation ("Government" is none, "Government of Nepal" is one)', () => {
    for (const n of [
      'Government',
      'Govt.',
      'Local NGOs',
      'Local authorities',
      'Community',
      'Private sector',
      'N/A',
    ])
      expect([n, isPlaceholderName(n)]).toEqual([n, true]);
    for (const n of [
      'Government of Nepal',
      'Community Action Nepal',
      'Local Capacities for Peace',
      'NGO Forum',
    ])
      expect([n, isPlaceholderName(n)]).toEqual([n, false]);
    // Church ministries are no government bodies; a ministry of something is.
    expect(looksGovernmental('Nazarene Compassionate Ministries Nepal')).toBe(false);
    expect(looksGovernmental('Grace Ministry')).toBe(false);
    expect(looksGovernmental('Federal Ministry for Economic Cooperation and Development')).toBe(true);
    expect(looksGovernmental('Ministry of Health and Population')).toBe(true);
  });

  it('recognises donors by ref, UN agencies by name and DAC channel categories as no organisation', () => {
    for (const [ref, name] of [
      ['CA-3', 'Foreign Affairs, Trade and Development Canada (DFATD)'],
      ['XM-DAC-7', 'Netherlands'],
      ['GB-GOV-1', 'UK - Foreign, Commonwealth and Development Office'],
      ['NL-KVK-27378529', 'Netherlands Enterprise Agency'],
      [null, 'AGENCE FRANCAISE DE DEVELOPPEMENT'],
    ] as const)
      expect([name, isGovernmentOrg(ref, name)]).toEqual([name, true]);
    for (const [ref, name] of [
      ['XM-DAC-928', 'World Health Organization'],
      ['XM-DAC-41122', 'UNICEF'],
      ['GB-CHC-202918', 'Oxfam GB'],
      ['NL-KVK-41160054', 'Cordaid'],
    ] as const)
      expect([name, isGovernmentOrg(ref, name)]).toEqual([name, false]);
    for (const n of [
      'UN Environment Programme',
      'United Nations Economic Commission for Europe',
      'Programme alimentaire mondial',
    ])
      expect([n, looksLikeUnAgency(n)]).toEqual([n, true]);
    for (const n of ['Unity Foundation', 'Union of Cocoa Farmers', 'World Vision'])
      expect([n, looksLikeUnAgency(n)]).toEqual([n, false]);
    expect(
      isPlaceholderOrg(
        'XM-DAC-51000',
        'University, college or other teaching institution, research institute or think-tank',
      ),
    ).toBe(true);
    expect(
      isPlaceholderOrg(
        null,
        'University, college or other teaching institution, research institute or think-tank',
      ),
    ).toBe(true);
    expect(isPlaceholderOrg('XM-DAC-41143', 'World Health Organization')).toBe(false);
  });
});
