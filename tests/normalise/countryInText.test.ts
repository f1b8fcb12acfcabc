import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { countryInText } from '../../src/normalise/countryInText.js';

describe('countryInText: a country in a sentence takes the article its name takes', () => {
  it('in English: the United Kingdom, the Netherlands, the Philippines; Kenya as it is', () => {
    expect(countryInText('GB', 'United Kingdom', 'en')).toBe('the United Kingdom');
    expect(countryInText('NL', 'Netherlands', 'en')).toBe('the Netherlands');
    expect(countryInText('PH', 'Philippines', 'en')).toBe('the Philippines');
    expect(countryInText('CD', 'Democratic Republic of the Congo', 'en')).toBe(
      'the Democratic Republic of the Congo',
    );
    expect(countryInText('KE', 'Kenya', 'en')).toBe('Kenya');
  });

  it('in Dutch: het Verenigd Koninkrijk, de Verenigde Staten, de Filipijnen; Nederland as it is', () => {
    expect(countryInText('GB', 'Verenigd Koninkrijk', 'nl')).toBe('het Verenigd Koninkrijk');
    expect(countryInText('US', 'Verenigde Staten', 'nl')).toBe('de Verenigde Staten');
    expect(countryInText('PH', 'Filipijnen', 'nl')).toBe('de Filipijnen');
    expect(countryInText('NL', 'Nederland', 'nl')).toBe('Nederland');
    expect(countryInText('CD', 'Congo-Kinshasa', 'nl')).toBe('Congo-Kinshasa');
  });

  it('leaves a name that is not the ISO display name alone', () => {
    expect(countryInText('GB', 'UK', 'en')).toBe('UK');
    expect(countryInText('GB', 'United Kingdom', 'nl')).toBe('United Kingdom');
  });

  it('is what the recommendations say, in both languages', () => {
    const input = {
      'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\n',
      'geography.csv': 'member,country,presence\nA,United Kingdom,office\nB,United Kingdom,office\n',
      'expertise.csv': 'member,theme,level\nA,health,5\nB,health,5\n',
    };
    const say = (lang: 'en' | 'nl') =>
      buildBaseline(input, { lang, minScore: 0, kinds: ['in-country-coordination'] }).recommendations[0]
        ?.rationale;
    expect(say('en')).toContain(' in the United Kingdom: coordinate');
    expect(say('nl')).toContain('werken in het Verenigd Koninkrijk elk op hoog niveau aan ');
  });
});
