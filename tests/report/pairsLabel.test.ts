import { describe, expect, it } from 'vitest';
import { pairsLabel } from '../../src/report/countryText.js';

describe('pairsLabel', () => {
  it('says "pair" for a total of one and "pairs" otherwise, in both languages', () => {
    expect(pairsLabel('en', 0, 1)).toBe('Strongest pairs (0 of 1 pair)');
    expect(pairsLabel('nl', 0, 1)).toBe('Sterkste paren (0 van 1 paar)');
    expect(pairsLabel('en', 3, 21)).toBe('Strongest pairs (3 of 21 pairs)');
    expect(pairsLabel('nl', 3, 21)).toBe('Sterkste paren (3 van 21 paren)');
    expect(pairsLabel('nl', 3, 3)).toBe('Sterkste paren');
  });
});
