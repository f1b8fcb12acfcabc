import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DELIMITER_CANDIDATES,
  detectDelimiter,
  fieldCounts,
  quoteFreeFieldCounts,
} from '../../src/ingest/delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon', 'a;b;c\n1;2;3\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3\n', '|'],
  ])('detects %s', (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('picks ; for Dutch Excel exports with decimal commas', () => {
    expect(detectDelimiter('naam;score;gewicht\nOxfam;3,5;1,25\nCordaid;4,0;2,5\n')).toBe(';');
  });

  it('ignores delimiters inside quoted fields, also across quoted line breaks', () => {
    expect(detectDelimiter('name,themes\n"Oxfam; Novib","gender; wages; land"\n"A;B","x;\ny;z"\n')).toBe(',');
    expect(detectDelimiter('name;note\n"a,b,c";"1,2"\n"d,e";"3,4,5"\n')).toBe(';');
  });

  it('does not split on multi-value separators inside unquoted cells when the header does not split', () => {
    expect(detectDelimiter('name,expertise\nOxfam,gender;wages\nCordaid,land;wages;gbv\n')).toBe(',');
    expect(detectDelimiter('name\tsectors\nOxfam\tgarment|banking\n')).toBe('\t');
  });

  it('handles CR-only line endings', () => {
    expect(detectDelimiter('a;b\r1;2\r3;4\r')).toBe(';');
    expect(detectDelimiter('a,b\r1,2\r3,4')).toBe(',');
  });

  it('prefers the candidate whose rows agree with the header most often', () => {
    // Comma splits the header in 2 but no data row; semicolon splits every record in 2.
    expect(detectDelimiter('a;b,c\n1;2\n3;4\n5;6\n')).toBe(';');
  });

  it('breaks exact ties in the order tab, ;, ,, |', () => {
    expect(detectDelimiter('a;b,c\n1;2,3\n')).toBe(';');
    expect(detectDelimiter('a\tb;c\n1\t2;3\n')).toBe('\t');
    expect(detectDelimiter('a,b|c\n1,2|3\n')).toBe(',');
  });

  it('skips leading blank lines and samples only the first records', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i};x`).join('\n');
    expect(detectDelimiter(`\n\n\nid;v\n${rows}\n${'1,2,3,4\n'.repeat(100)}`)).toBe(';');
  });

  it('still detects the delimiter when a quote never closes (no error, reading goes on)', () => {
    // Line 2 opens a quote that never closes: it is not scored, and reading resumes on line 3.
    // ';' splits the header and lines 3-4 in 2; ',' splits the header and line 2 only.
    expect(detectDelimiter('a;b,c\n1;"x, y\n2;3\n4;5\n')).toBe(';');
  });

  it('falls back to , for single-column and empty text', () => {
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter('name\nOxfam\n')).toBe(',');
  });

  it('counts the fields of quote-free text as the CSV reader does (the fast path)', () => {
    const unit = fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '|', '\r', '\n', '\r\n');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 60 }),
        fc.constantFrom(...DELIMITER_CANDIDATES),
        fc.integer({ min: 1, max: 6 }),
        (text, delimiter, max) => {
          const careful = fieldCounts(new TextEncoder().encode(text), delimiter, max);
          expect(quoteFreeFieldCounts(text, delimiter, max)).toEqual(careful);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
