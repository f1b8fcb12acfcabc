import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_VARIANTS,
  countryName,
  countryNamedIn,
  createCountryResolver,
  resolveCountry,
} from '../../src/normalise/countries.js';

describe('resolveCountry', () => {
  it('resolves every curated variant exactly to its code', () => {
    for (const [variant, code] of Object.entries(COUNTRY_VARIANTS)) {
      expect([variant, resolveCountry(variant)]).toEqual([variant, { kind: 'exact', value: code }]);
    }
  });

  it('resolves the variants named in formats.md', () => {
    const expected: Record<string, string> = {
      'Ivory Coast': 'CI',
      "Côte d'Ivoire": 'CI',
      Ivoorkust: 'CI',
      DRC: 'CD',
      'DR Congo': 'CD',
      'Congo-Kinshasa': 'CD',
      Burma: 'MM',
      Myanmar: 'MM',
      'the Netherlands': 'NL',
      Nederland: 'NL',
      Holland: 'NL',
      NL: 'NL',
      UK: 'GB',
      'Great Britain': 'GB',
      England: 'GB',
      USA: 'US',
      US: 'US',
      'United States': 'US',
      Turkey: 'TR',
      Türkiye: 'TR',
      Turkije: 'TR',
      'Viet Nam': 'VN',
      Vietnam: 'VN',
      'South Korea': 'KR',
      Tanzania: 'TZ',
      Bolivia: 'BO',
      Laos: 'LA',
      Russia: 'RU',
      Syria: 'SY',
      Iran: 'IR',
      Palestine: 'PS',
      Swaziland: 'SZ',
      Eswatini: 'SZ',
      'Cape Verde': 'CV',
      Czechia: 'CZ',
      Kosovo: 'XK',
    };
    for (const [label, code] of Object.entries(expected)) {
      expect([label, resolveCountry(label)]).toEqual([label, { kind: 'exact', value: code }]);
    }
  });

  it('accepts ISO alpha-2, alpha-3 and numeric codes in any case', () => {
    expect(resolveCountry('bd')).toEqual({ kind: 'exact', value: 'BD' });
    expect(resolveCountry('BGD')).toEqual({ kind: 'exact', value: 'BD' });
    expect(resolveCountry('050')).toEqual({ kind: 'exact', value: 'BD' });
    expect(resolveCountry('nld')).toEqual({ kind: 'exact', value: 'NL' });
    expect(resolveCountry('528')).toEqual({ kind: 'exact', value: 'NL' });
  });

  it('accepts English and Dutch names, official and short, with or without accents', () => {
    expect(resolveCountry('Ethiopië')).toEqual({ kind: 'exact', value: 'ET' });
    expect(resolveCountry('Ethiopie')).toEqual({ kind: 'exact', value: 'ET' });
    expect(resolveCountry('Oeganda')).toEqual({ kind: 'exact', value: 'UG' });
    expect(resolveCountry('Kenia')).toEqual({ kind: 'exact', value: 'KE' });
    expect(resolveCountry('Federal Democratic Republic of Ethiopia').kind).not.toBe('none');
    expect(resolveCountry('Verenigde Staten')).toEqual({ kind: 'exact', value: 'US' });
    expect(resolveCountry('Republiek Korea')).toEqual({ kind: 'exact', value: 'KR' });
  });

  it("keeps 'Niger' and 'Nigeria', 'Guinea' and 'Guinea-Bissau' apart, exactly", () => {
    expect(resolveCountry('Niger')).toEqual({ kind: 'exact', value: 'NE' });
    expect(resolveCountry('Nigeria')).toEqual({ kind: 'exact', value: 'NG' });
    expect(resolveCountry('Guinea')).toEqual({ kind: 'exact', value: 'GN' });
    expect(resolveCountry('Guinea-Bissau')).toEqual({ kind: 'exact', value: 'GW' });
    expect(resolveCountry('Equatorial Guinea')).toEqual({ kind: 'exact', value: 'GQ' });
  });

  it("resolves typos as 'fuzzy' with the matched name", () => {
    expect(resolveCountry('Bangaldesh')).toEqual({
      kind: 'fuzzy',
      value: 'BD',
      matched: 'Bangladesh',
      score: 0.1,
    });
    expect(resolveCountry('Mozambiqe')).toMatchObject({ kind: 'fuzzy', value: 'MZ' });
    expect(resolveCountry('Phillipines')).toMatchObject({ kind: 'fuzzy', value: 'PH' });
    expect(resolveCountry('Guatamala')).toMatchObject({ kind: 'fuzzy', value: 'GT' });
  });

  it("returns 'none' for unknown places, regions and prototype names", () => {
    for (const label of [
      'Atlantis',
      'Europe',
      'Global',
      'Worldwide',
      '__proto__',
      'constructor',
      'toString',
      '',
    ]) {
      expect([label, resolveCountry(label).kind]).toEqual([label, 'none']);
    }
  });

  it("does not match short codes fuzzily ('XX' is unknown, 'Asia' is not Anguilla's AIA)", () => {
    expect(resolveCountry('XX')).toEqual({ kind: 'none', suggestion: null });
    expect(resolveCountry('Asia')).toEqual({ kind: 'none', suggestion: null });
  });

  it("reports 'Congo' alone as ambiguous between CD and CG", () => {
    expect(resolveCountry('Congo')).toEqual({ kind: 'ambiguous', candidates: ['CD', 'CG'] });
  });

  it('resolves a label with a parenthesised city by the country before it', () => {
    expect(resolveCountry('Bangladesh (Dhaka)')).toEqual({ kind: 'exact', value: 'BD' });
  });

  it('lets a caller add local spellings', () => {
    const r = createCountryResolver({ variants: { 'Oost-Congo': 'CD', Nowhere: 'ZZ' } });
    expect(r.resolve('oost congo')).toEqual({ kind: 'exact', value: 'CD' });
    // unknown target codes are ignored
    expect(r.resolve('Nowhere').kind).toBe('none');
  });

  it('memoises: repeated labels are resolved once', () => {
    const r = createCountryResolver();
    for (let i = 0; i < 1000; i++) r.resolve(i % 2 === 0 ? 'Bangaldesh' : 'bangaldesh');
    expect(r.stats.lookups).toBe(1000);
    expect(r.stats.misses).toBe(1);
    expect(r.stats.searches).toBe(1);
  });
});

describe('countryName', () => {
  it('gives the usual short name in English and Dutch', () => {
    expect(countryName('NL', 'en')).toBe('Netherlands');
    expect(countryName('NL', 'nl')).toBe('Nederland');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('US', 'nl')).toBe('Verenigde Staten');
    expect(countryName('CD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('CD', 'nl')).toBe('Congo-Kinshasa');
    expect(countryName('CI', 'en')).toBe("Côte d'Ivoire");
    expect(countryName('CI', 'nl')).toBe('Ivoorkust');
    expect(countryName('XK', 'en')).toBe('Kosovo');
    expect(countryName('bd', 'en')).toBe('Bangladesh');
  });

  it('falls back to the code for unknown codes', () => {
    expect(countryName('ZZ', 'en')).toBe('ZZ');
    expect(countryName('__proto__', 'nl')).toBe('__proto__');
  });

  it('round-trips: every display name resolves back to its code', () => {
    for (const code of [
      'BD',
      'NL',
      'GB',
      'US',
      'CD',
      'CG',
      'CI',
      'KR',
      'KP',
      'LA',
      'TZ',
      'VN',
      'TR',
      'XK',
      'PS',
    ]) {
      for (const lang of ['en', 'nl'] as const) {
        expect([code, lang, resolveCountry(countryName(code, lang))]).toEqual([
          code,
          lang,
          { kind: 'exact', value: code },
        ]);
      }
    }
  });
});

const realdata = path.resolve(__dirname, '../../../shared/realdata/iati-codelists/csv-en/Country.csv');
if (!existsSync(realdata)) console.warn(`skipping IATI country list test: ${realdata} not found`);

describe.skipIf(!existsSync(realdata))('IATI Country codelist', () => {
  it('every active IATI country name resolves to its own code', () => {
    const lines = readFileSync(realdata, 'utf8').trim().split(/\r?\n/).slice(1);
    let active = 0;
    for (const line of lines) {
      const m = /^([A-Z]{2}),("?)(.*)\2,(\w+)$/.exec(line);
      if (m?.[4] !== 'active') continue;
      active++;
      const result = resolveCountry(m[3]!);
      const ok = (result.kind === 'exact' || result.kind === 'fuzzy') && result.value === m[1];
      expect([m[3], ok]).toEqual([m[3], true]);
    }
    expect(active).toBeGreaterThan(240);
  });
});

describe('countryNamedIn: the country an organisation name names', () => {
  it('reads whole country names, longest first, never codes', () => {
    expect(countryNamedIn('Kenya Legal and Ethical Issues Network on HIV & AIDS (KELIN)')).toBe('KE');
    expect(countryNamedIn('NCD Alliance Association of Thailand')).toBe('TH');
    expect(countryNamedIn('Papua New Guinea Red Cross')).toBe('PG');
    expect(countryNamedIn('Nigeria Health Watch')).toBe('NG');
    expect(countryNamedIn('Save the Children UK')).toBeNull();
    expect(countryNamedIn('ACTION FOR RECOVERY AND TRANSFORMATION ART')).toBeNull();
    expect(countryNamedIn('Royal University of Phnom Penh')).toBeNull();
    // Two countries named: no single home.
    expect(countryNamedIn('Kenya Uganda Cross-border Network')).toBeNull();
  });
});
