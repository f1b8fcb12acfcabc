/**
 * The writers' fast paths give what the straightforward code gives: the plain-text shortcut of
 * escapeMarkdownCell, the letter-or-digit shortcut of CSV cells, the number text of CSV cells and
 * the rank sort of nameSorter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/displayText.js';
import { guardFormula } from '../../src/ingest/formulaGuard.js';
import { csvCell, escapeMarkdownCell } from '../../src/output/escape.js';
import { formatNumber } from '../../src/output/format.js';
import { compareNames, nameSorter } from '../../src/report/text.js';

/** escapeMarkdownCell as the chain of replacements alone (no shortcut). */
function markdownByReplacements(s: string): string {
  const out = s
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, visibleText)
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
    .replace(
      /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)|<(?=[A-Za-z/!?])|\|/g,
      '\\$&',
    )
    .replace(/:(?=\/\/)|@|(?<=[\p{L}\p{N}])\.(?!(?:csv|tsv|txt|json)\b)(?=\p{L}[\p{L}\p{N}])/gu, '\\$&')
    .trim();
  return out.replace(/^([#+=>-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A CSV cell of a string: the formula guard, then quotes where needed. */
function csvByGuard(s: string, delimiter: string): string {
  const text = guardFormula(s);
  const quote = text.includes(delimiter) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

// Letters, digits and every character some rule looks at.
const tricky = fc.string({
  unit: fc.constantFrom(...'aZ09 ,\'()/-.:@#+=>|&<;_*`~[]\\\t\r\n"\u202e\u0007xé'.split('')),
  maxLength: 12,
});

describe('writer fast paths', () => {
  it('escapeMarkdownCell equals its chain of replacements (property)', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(escapeMarkdownCell(s)).toBe(markdownByReplacements(s));
      }),
      {
        numRuns: 3000,
      },
    );
    expect(escapeMarkdownCell('Member 12')).toBe('Member 12');
    expect(escapeMarkdownCell('a.bc')).toBe('a\\.bc');
  });

  it('a CSV cell of a string equals the formula guard plus quoting (property)', () => {
    fc.assert(
      fc.property(tricky, fc.constantFrom(',', ';', '\t'), (s, delimiter) => {
        expect(csvCell(s, { delimiter })).toBe(csvByGuard(s, delimiter));
      }),
      { numRuns: 3000 },
    );
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('a CSV number equals formatNumber with trimmed zeros (property)', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1e4),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1e4 + 5e-5),
      fc.integer(),
      fc.constantFrom(
        0,
        -0,
        1e21,
        -1e21,
        2 ** 53,
        2 ** 53 + 2,
        9e15 + 0.5,
        1e-7,
        -1e-5,
        0.99995,
        123456.78905,
      ),
    );
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 20 }), (x, decimals) => {
        expect(csvCell(x, { decimals })).toBe(formatNumber(x, decimals, { trimZeros: true }));
      }),
      { numRuns: 20000 },
    );
    expect(csvCell(-0.00001)).toBe('0');
    expect(csvCell(0.12345, { decimalSeparator: ',', delimiter: ';' })).toBe('0,1235');
  });

  it('nameSorter sorts like compareNames on names, then ids (property)', () => {
    const names: Record<string, string> = {
      CI: "Côte d'Ivoire",
      CO: 'Colombia',
      CU: 'Cuba',
      X1: 'cuba',
      X2: 'Cuba',
      Z9: 'Zambia 10',
      Z2: 'Zambia 9',
      E: '',
    };
    const name = (id: string) => names[id] ?? id;
    const ids = fc.array(fc.constantFrom(...Object.keys(names), 'AA', 'ZZ'), { maxLength: 12 });
    fc.assert(
      fc.property(ids, ids, fc.constantFrom('en' as const, 'nl' as const), (known, asked, lang) => {
        const byName = compareNames(lang);
        const expected = [...asked]
          .map((id) => ({ id, name: name(id) }))
          .sort((x, y) => byName(x.name, y.name) || byName(x.id, y.id));
        expect(nameSorter(lang, name, known)(asked)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
