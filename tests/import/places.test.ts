import { describe, expect, it } from 'vitest';
import { countryFromOrgRef, countryFromPcode, countryFromText, isoAlpha2 } from '../../src/import/places.js';

describe('country detection', () => {
  it('reads the ISO prefix of IATI organisation refs, not multilateral prefixes', () => {
    expect(countryFromOrgRef('NL-KVK-41160054')).toBe('NL');
    expect(countryFromOrgRef('GB-CHC-202918')).toBe('GB');
    expect(countryFromOrgRef('XM-DAC-41122')).toBeNull();
    expect(countryFromOrgRef('XI-IATI-EC_INTPA')).toBeNull();
    expect(countryFromOrgRef('44000')).toBeNull();
  });

  it('reads alpha-2, alpha-3 and ISO-numeric (HLCIT) p-code prefixes', () => {
    expect(countryFromPcode('AF01')).toBe('AF');
    expect(countryFromPcode('ML0505')).toBe('ML');
    expect(countryFromPcode('NGA008')).toBe('NG');
    expect(countryFromPcode('NG008023')).toBe('NG');
    expect(countryFromPcode('524 2 05 30 5 046')).toBe('NP');
    expect(countryFromPcode('Kabul')).toBeNull();
    expect(countryFromPcode('ZZ01')).toBeNull();
    expect(countryFromPcode('')).toBeNull();
  });

  it('validates alpha-2 codes and resolves country names', () => {
    expect(isoAlpha2(' ke ')).toBe('KE');
    expect(isoAlpha2('XX')).toBeNull();
    expect(countryFromText('Afghanistan')).toBe('AF');
    expect(countryFromText('Nederland')).toBe('NL');
    expect(countryFromText('Atlantis')).toBeNull();
  });
});
