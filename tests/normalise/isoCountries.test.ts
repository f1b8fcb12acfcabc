/**
 * src/normalise/isoCountries.ts reads the compact table scripts/build-iso-countries.ts writes from
 * i18n-iso-countries' data files (without its index.js, which brings `diacritics`, and without
 * its JSON, which takes 3 kB more of the browser core gzipped). Its answers must be the library's own.
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { ISO_TABLE_PATH, isoTableSource } from '../../scripts/build-iso-countries.js';
import { isoAlpha2Codes, isoAlpha3, isoNames, isoNumeric } from '../../src/normalise/isoCountries.js';

countries.registerLocale(en);
countries.registerLocale(nl);

describe('the ISO country data without i18n-iso-countries index.js', () => {
  it('is the fresh output of scripts/build-iso-countries.ts (run `npm run iso-countries` after an update)', () => {
    expect(readFileSync(ISO_TABLE_PATH, 'utf8')).toBe(isoTableSource());
  });

  it('has the same alpha-2, alpha-3 and numeric codes', () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    expect(codes.length).toBeGreaterThan(240);
    expect(isoAlpha2Codes()).toEqual(codes);
    for (const code of codes) {
      expect(isoAlpha3(code), code).toBe(countries.alpha2ToAlpha3(code));
      expect(isoNumeric(code), code).toBe(countries.alpha2ToNumeric(code));
    }
    expect(isoAlpha3('ZZ')).toBeUndefined();
    expect([isoAlpha3('CI'), isoNumeric('NL'), isoAlpha3('XK')]).toEqual(['CIV', '528', 'XKK']);
  });

  it('has every English and Dutch name, official name first', () => {
    for (const lang of ['en', 'nl'] as const) {
      const theirs = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
      expect(Object.fromEntries(isoNames(lang)), lang).toEqual(theirs);
    }
    expect(isoNames('nl').get('KE')).toEqual(['Republiek Kenia', 'Kenia']);
  });
});
