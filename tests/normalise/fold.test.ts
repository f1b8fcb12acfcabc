import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/normalise/fold.js';

describe('foldText', () => {
  it('removes accents, case, punctuation and collapses separators', () => {
    expect(foldText("  Côte d'Ivoire ")).toBe('cote divoire');
    expect(foldText('COTE D’IVOIRE')).toBe('cote divoire');
    expect(foldText('gender_based-violence / GBV')).toBe('gender based violence gbv');
    expect(foldText('Türkiye')).toBe('turkiye');
    expect(foldText('Straße, Ørsted & Æble')).toBe('strasse orsted and aeble');
  });

  it("reads '&' as 'and' so 'Health & Safety' equals 'health and safety'", () => {
    expect(foldText('Health & Safety')).toBe(foldText('health and safety'));
    expect(foldText('H&S')).toBe('h and s');
  });

  it('drops apostrophes without splitting words', () => {
    expect(foldText("NGO's")).toBe('ngos');
    expect(foldText('Women’s empowerment')).toBe('womens empowerment');
  });

  it('folds empty and punctuation-only text to the empty string', () => {
    expect(foldText('')).toBe('');
    expect(foldText(' -_/.;  ')).toBe('');
  });

  it('is idempotent and yields only single-spaced lowercase words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/ {2}/);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});
