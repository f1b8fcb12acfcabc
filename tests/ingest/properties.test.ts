import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitError } from '../../src/errors.js';
import { readCsvRecords } from '../../src/ingest/csvRecords.js';
import { mostlyUtf8, utf8Problems } from '../../src/ingest/decode.js';
import { DELIMITER_CANDIDATES, type Delimiter, detectDelimiter } from '../../src/ingest/delimiter.js';
import { foldHeader } from '../../src/ingest/headers.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { parseTable } from '../../src/ingest/parseTable.js';
import { repoRoot } from '../helpers.js';
import { expectAccounted, sumBreaks } from './helpers.js';

/** Characters of generated cells: CSV specials, spaces, accents, curly quotes, astral symbols. */
const CELL_CHARS = [
  'a',
  'Z',
  '7',
  ' ',
  '"',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r',
  '#',
  'é',
  '€',
  '’',
  'ʤ',
  '𝄞',
  'ß',
];
const cellArb = fc.string({ unit: fc.constantFrom(...CELL_CHARS), maxLength: 8 });
const headerNameArb = fc
  .string({ unit: fc.constantFrom('a', 'b', 'Q', 'é', '_', ' ', '1', '€'), minLength: 1, maxLength: 6 })
  .map((s) => s.trim())
  .filter((s) => s !== '');

const tableArb = fc
  .uniqueArray(headerNameArb, { minLength: 1, maxLength: 5, selector: (s) => foldHeader(s) })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(fc.array(cellArb, { minLength: header.length, maxLength: header.length }), {
        maxLength: 8,
      }),
      delimiter: fc.constantFrom(...DELIMITER_CANDIDATES),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      finalEol: fc.boolean(),
      quoteAll: fc.boolean(),
      encoding: fc.constantFrom('string', 'utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'),
    }),
  );

function quoteCell(cell: string, delimiter: string, quoteAll: boolean): string {
  const needs = quoteAll || cell.includes(delimiter) || /["\r\n]/.test(cell);
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Windows-1252 bytes of text, or null when a character has no Windows-1252 byte. */
function encodeWindows1252(text: string): Uint8Array | null {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const h = high.indexOf(ch);
    if (h >= 0) out.push(0x80 + h);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else return null;
  }
  return new Uint8Array(out);
}

function encode(text: string, encoding: string): string | Uint8Array | null {
  switch (encoding) {
    case 'string':
      return text;
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le': {
      const out = new Uint8Array(2 + 2 * text.length);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return out;
    }
    default: {
      const bytes = encodeWindows1252(text);
      // Bytes that also happen to be (mostly) valid UTF-8 are (rightly) read as UTF-8: not this case.
      if (bytes === null || (bytes.some((b) => b >= 0x80) && mostlyUtf8(utf8Problems(bytes)))) return null;
      return bytes;
    }
  }
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

describe('parseTable round trip (property)', () => {
  it('reads back the header, cells and physical start lines of any table, in any delimiter, line ending, quoting and encoding', () => {
    fc.assert(
      fc.property(tableArb, ({ header, rows, delimiter, eol, finalEol, quoteAll, encoding }) => {
        const records = [header, ...rows].map((cells) =>
          cells.map((c) => quoteCell(c, delimiter, quoteAll)).join(delimiter),
        );
        const text = records.join(eol) + (finalEol ? eol : '');
        const input = encode(text, encoding);
        fc.pre(input !== null);
        const t = parseTable(input, { file: 'p.csv', delimiter });

        // Expected: blank rows skipped; the first remaining row is an HXL row when every
        // non-empty cell starts with '#'. A row starts after the breaks of all earlier records.
        const expected: { line: number; cells: string[] }[] = [];
        let line = 2;
        for (const cells of rows) {
          if (!blank(cells)) expected.push({ line, cells });
          line += sumBreaks(cells) + 1;
        }
        const first = expected[0];
        const hxl = first?.cells.every((c) => c.trim() === '' || c.trimStart().startsWith('#')) ?? false;
        expect(t.header).toEqual(header);
        expect(t.headerLine).toBe(1);
        expect(t.rows).toEqual(hxl ? expected.slice(1) : expected);
        expect(t.hxlTags).toEqual(hxl && first ? first.cells.map((c) => c.trim()) : undefined);
        expect(t.rejected).toEqual([]);
        expectAccounted(t);
      }),
      { numRuns: 300 },
    );
  });

  it('detects the delimiter when every field is quoted and the header has 2+ columns', () => {
    fc.assert(
      fc.property(
        tableArb.filter((t) => t.header.length >= 2),
        fc.constantFrom('\n', '\r\n', '\r'),
        ({ header, rows, delimiter }, eol) => {
          const text = [header, ...rows]
            .map((cells) => cells.map((c) => quoteCell(c, delimiter, true)).join(delimiter))
            .join(eol);
          const t = parseTable(text, { file: 'p.csv' });
          expect(t.delimiter).toBe(delimiter);
          expect(t.header).toEqual(header);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readCsvRecords adds only line numbers and recovery to csv-parse (property)', () => {
  it('gives the same records as one plain csv-parse call, and start lines that count every earlier line break', () => {
    // Records of varying widths and blank lines make readCsvRecords restart csv-parse (so that
    // the expected width comes from a typical record); the records must not change.
    const recordsArb = fc.array(
      fc.oneof(fc.array(cellArb, { minLength: 1, maxLength: 4 }), fc.constant([''])),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        recordsArb,
        fc.constantFrom<Delimiter>(...DELIMITER_CANDIDATES),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (records, delimiter, eol, quoteAll) => {
          const text = records
            .map((cells) => cells.map((c) => quoteCell(c, delimiter, quoteAll)).join(delimiter))
            .join(eol);
          const ours: string[][] = [];
          const lines: number[] = [];
          readCsvRecords(
            text,
            { delimiter, file: 'p.csv', limits: DEFAULT_LIMITS },
            {
              onRecord: (cells, line) => {
                ours.push(cells);
                lines.push(line);
                return true;
              },
              onUnterminated: () => true,
            },
          );
          const theirs = csvParse(text, {
            delimiter,
            relax_column_count: true,
            record_delimiter: ['\r\n', '\n', '\r'],
          }) as string[][];
          expect(ours).toEqual(theirs);
          let line = 1;
          const expectedLines = theirs.map((cells) => {
            const start = line;
            line += sumBreaks(cells) + 1;
            return start;
          });
          expect(lines).toEqual(expectedLines);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseTable on arbitrary input (property)', () => {
  const noisyText = fc.string({
    unit: fc.constantFrom(
      'a',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '#',
      '\0',
      '\uFEFF',
      'é',
      '\u0007',
    ),
    maxLength: 80,
  });

  it('never throws on arbitrary bytes and accounts for every row', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectAccounted(parseTable(bytes, { file: 'fuzz.bin' }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on CSV-like noise and accounts for every row', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const t = parseTable(text, { file: 'fuzz.csv' });
        expectAccounted(t);
        // A rejected record is never the header record.
        expect(t.rejected.filter((i) => i.line > 0 && i.line === t.headerLine)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but LimitError under tight limits', () => {
    fc.assert(
      fc.property(
        noisyText,
        fc.record({
          maxBytes: fc.integer({ min: 1, max: 100 }),
          maxRows: fc.integer({ min: 1, max: 5 }),
          maxColumns: fc.integer({ min: 1, max: 5 }),
          maxCellChars: fc.integer({ min: 1, max: 10 }),
        }),
        (text, limits) => {
          try {
            expectAccounted(parseTable(text, { file: 'fuzz.csv', limits }));
          } catch (e) {
            expect(e).toBeInstanceOf(LimitError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the fast path of readCsvRecords (property)', () => {
  /** Everything readCsvRecords reports, in order. */
  function readAll(text: string | Uint8Array, delimiter: Delimiter, careful: boolean): unknown[] {
    const events: unknown[] = [];
    readCsvRecords(
      text,
      { delimiter, file: 'p.csv', limits: DEFAULT_LIMITS, careful },
      {
        onRecord: (cells, line) => {
          events.push(['record', line, cells]);
          return true;
        },
        onUnterminated: (line, excerpt) => {
          events.push(['unterminated', line, excerpt]);
          return true;
        },
      },
    );
    return events;
  }

  it('reports the same records, lines and broken records as the careful path on noisy text', () => {
    const noisy = fc.string({
      unit: fc.constantFrom('a', 'bc', '"', '""', ',', ';', '\n', '\r', '\r\n', ' ', 'é'),
      maxLength: 120,
    });
    fc.assert(
      fc.property(noisy, fc.constantFrom<Delimiter>(',', ';'), (text, delimiter) => {
        expect(readAll(text, delimiter, false)).toEqual(readAll(text, delimiter, true));
      }),
      { numRuns: 1500 },
    );
  });

  it('splits quote-free text as csv-parse does (the plain-records path), bytes valid or not', () => {
    const plain = fc.string({
      unit: fc.constantFrom(
        'a',
        'bc',
        ',',
        ';',
        '\t',
        '|',
        '\n',
        '\r',
        '\r\n',
        ' ',
        'é',
        '😀',
        '\uFEFF',
        '\uFFFD',
        '\0',
      ),
      maxLength: 120,
    });
    const broken = fc.uint8Array({ maxLength: 4 });
    fc.assert(
      fc.property(plain, broken, fc.constantFrom<Delimiter>(',', ';', '\t', '|'), (text, junk, delimiter) => {
        const fast = readAll(text, delimiter, false);
        expect(fast).toEqual(readAll(text, delimiter, true));
        const records = fast.map((e) => (e as [string, number, string[]])[2]);
        const lines = fast.map((e) => (e as [string, number, string[]])[1]);
        expect(records).toEqual(
          csvParse(text, {
            delimiter,
            record_delimiter: ['\r\n', '\n', '\r'],
            relax_column_count: true,
            skip_empty_lines: false,
            bom: false,
          }),
        );
        expect(lines).toEqual(records.map((_, i) => i + 1));
        // Invalid UTF-8 in the middle: csv-parse decides (the same records either way).
        const bytes = new TextEncoder().encode(text);
        const mixed = new Uint8Array([...bytes.subarray(0, 5), ...junk, ...bytes.subarray(5)]);
        expect(readAll(mixed, delimiter, false)).toEqual(readAll(mixed, delimiter, true));
      }),
      { numRuns: 1500 },
    );
  });

  it('reports the same as the careful path on every corpus file', () => {
    const root = resolve(repoRoot, 'tests/corpus');
    let files = 0;
    for (const dir of readdirSync(root)) {
      const abs = join(root, dir);
      if (!statSync(abs).isDirectory()) continue;
      for (const name of readdirSync(abs).filter((f) => f.endsWith('.csv'))) {
        const text = new TextDecoder().decode(readFileSync(join(abs, name)));
        for (const delimiter of [',', ';'] as const) {
          expect(readAll(text, delimiter, false), `${dir}/${name}`).toEqual(readAll(text, delimiter, true));
        }
        files++;
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});

describe('detectDelimiter reads only the records it samples (property)', () => {
  /** The rule as first written: every candidate reads the whole sample (fast path), then scores. */
  function referenceDelimiter(text: string): Delimiter {
    const sample = text.slice(0, 65_536);
    let best: Delimiter = ',';
    let bestScore = -1;
    for (const delimiter of DELIMITER_CANDIDATES) {
      const counts: number[] = [];
      let unterminated = 0;
      const more = () => counts.length + unterminated < 20;
      readCsvRecords(
        sample,
        {
          delimiter,
          file: 's.csv',
          limits: { ...DEFAULT_LIMITS, maxColumns: Infinity, maxCellChars: Infinity },
        },
        {
          onRecord: (cells) => {
            if (cells.length > 1 || (cells[0] ?? '').trim() !== '') counts.push(cells.length);
            return more();
          },
          onUnterminated: () => {
            unterminated++;
            return more();
          },
        },
      );
      const header = counts[0] ?? 0;
      if (header < 2) continue;
      const score = counts.filter((c) => c === header).length / counts.length;
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
    return best;
  }

  it('picks what scoring the fully read sample picks', () => {
    const noisy = fc.string({
      unit: fc.constantFrom('a', 'bc', '"', ',', ';', '\t', '|', '\n', '\r\n', '\n\n', ' '),
      maxLength: 200,
    });
    fc.assert(
      fc.property(noisy, (text) => {
        expect(detectDelimiter(text)).toBe(referenceDelimiter(text));
      }),
      { numRuns: 1500 },
    );
  });
});
