import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { parseTable } from '../../src/ingest/parseTable.js';
import type { RawTable } from '../../src/ingest/types.js';

const parse = (text: string | Uint8Array, delimiter?: string): RawTable =>
  parseTable(text, delimiter === undefined ? { file: 't.csv' } : { file: 't.csv', delimiter });

/** [line, ...cells] per accepted row. */
const lines = (t: RawTable) => t.rows.map((r) => [r.line, ...r.cells]);

/** The accounting invariant every table must satisfy. */
function expectAccounted(t: RawTable): void {
  expect(t.totalRows).toBe(t.rows.length + t.rejected.filter((i) => i.line > 0).length);
}

describe('parseTable: line breaks and physical line numbers', () => {
  it('numbers rows by the physical line they start on when quoted fields hold LF, CRLF and CR', () => {
    // line 1: header; line 2-4: one row (2 LFs inside quotes); line 5-6: CRLF inside quotes;
    // line 7-8: a lone CR inside quotes; line 9: plain row.
    const text = 'a,b\n"x\ny\nz",1\n"p\r\nq",2\n"m\rn",3\nlast,4\n';
    const t = parse(text);
    expect(lines(t)).toEqual([
      [2, 'x\ny\nz', '1'],
      [5, 'p\r\nq', '2'],
      [7, 'm\rn', '3'],
      [9, 'last', '4'],
    ]);
    expectAccounted(t);
  });

  it('accepts CR-only, CRLF and mixed line endings with the same cells and lines', () => {
    const expected = [
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ];
    expect(lines(parse('a,b\r1,2\r3,4\r5,6'))).toEqual(expected);
    expect(lines(parse('a,b\r\n1,2\r\n3,4\r\n5,6\r\n'))).toEqual(expected);
    expect(lines(parse('a,b\r\n1,2\n3,4\r5,6\n'))).toEqual(expected);
  });

  it('skips blank lines (also whitespace-only and delimiter-only records) without counting them, but counts their lines', () => {
    const t = parse('\n\na,b\n\n1,2\r\n   \r\n,\n 3 ,4\n\n');
    expect(t.headerLine).toBe(3);
    expect(lines(t)).toEqual([
      [5, '1', '2'],
      [8, ' 3 ', '4'],
    ]);
    expect(t.totalRows).toBe(2);
  });

  it('keeps cells as written (spaces, quotes doubled inside quotes) and trims header names only', () => {
    const t = parse(' Name , Thema \n" Oxfam ","say ""hi"""\n');
    expect(t.header).toEqual(['Name', 'Thema']);
    expect(t.rows[0]!.cells).toEqual([' Oxfam ', 'say "hi"']);
  });

  it('reads a last row without a line break and a trailing delimiter as an empty last cell', () => {
    expect(lines(parse('a,b,c\n1,2,'))).toEqual([[2, '1', '2', '']]);
  });
});

describe('parseTable: ragged rows', () => {
  it('pads short rows with empty cells', () => {
    const t = parse('a,b,c\n1\n2,3\n');
    expect(lines(t)).toEqual([
      [2, '1', '', ''],
      [3, '2', '3', ''],
    ]);
    expect(t.rejected).toEqual([]);
  });

  it('accepts long rows whose extra cells are empty and cuts them to the header width', () => {
    const t = parse('a,b\n1,2,, \n');
    expect(lines(t)).toEqual([[2, '1', '2']]);
  });

  it('rejects long rows with text in the extra cells (ragged_row, value = the extra text, expected width in the message)', () => {
    const t = parse('a,b\n1,2\nOxfam, Novib,NL\n3,4\n');
    expect(lines(t)).toEqual([
      [2, '1', '2'],
      [4, '3', '4'],
    ]);
    expect(t.rejected).toHaveLength(1);
    const issue = t.rejected[0]!;
    expect(issue).toMatchObject({ file: 't.csv', line: 3, column: null, value: 'NL', code: 'ragged_row' });
    expect(issue.message).toContain('expected at most 2');
    expect(t.totalRows).toBe(3);
    expectAccounted(t);
  });
});

describe('parseTable: unterminated quotes', () => {
  it('keeps the rows before and after a quote that never closes and rejects only its line', () => {
    const text = 'a,b\n1,2\n3,"oops\n5,6\n7,8\n';
    const t = parse(text);
    expect(lines(t)).toEqual([
      [2, '1', '2'],
      [4, '5', '6'],
      [5, '7', '8'],
    ]);
    expect(t.rejected).toEqual([
      expect.objectContaining({ line: 3, code: 'unterminated_quote', value: '3,"oops', column: null }),
    ]);
    expect(t.totalRows).toBe(4);
    expectAccounted(t);
  });

  it('recovers from an unterminated quote that starts after a valid multi-line field of the same record', () => {
    const t = parse('a,b,c\n"x\ny",2,"open\n9,9,9\n');
    // The record starting on line 2 never closes: line 2 is rejected and reading resumes on line 3,
    // where `y"` is literal text and `"open` again opens a quote that never closes: line 3 is rejected.
    expect(t.rejected.map((i) => [i.line, i.code, i.value])).toEqual([
      [2, 'unterminated_quote', '"x'],
      [3, 'unterminated_quote', 'y",2,"open'],
    ]);
    expect(lines(t)).toEqual([[4, '9', '9', '9']]);
    expectAccounted(t);
  });

  it('stays linear and rejects each line when every line leaves a quote open', () => {
    // `""a","`: the first field is `"a` (escaped quote), the last opens a quote that the next
    // line cannot close, so every line is an unterminated record.
    const n = 3000;
    const text = `a,b\n${Array.from({ length: n }, () => '""a","').join('\n')}\n`;
    const started = performance.now();
    const t = parse(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(t.rows).toEqual([]);
    expect(t.totalRows).toBe(n);
    expect(t.rejected.map((i) => i.line)).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    expect(t.rejected.every((i) => i.code === 'unterminated_quote')).toBe(true);
  });

  it('pairs a stray quote with the next quote like csv-parse relax_quotes does, so no line is lost', () => {
    // Line 2 opens a quote; the quote on line 3 is followed by text, so the field is literal text.
    const t = parse('a,b\n1,"x\n2,"y\n3,4\n');
    expect(lines(t)).toEqual([
      [2, '1', '"x\n2,"y'],
      [4, '3', '4'],
    ]);
  });

  it('treats a quote inside an unquoted field, or text after a closing quote, as literal text', () => {
    const t = parse('a,b\n5" screen,"ab"c\n');
    expect(t.rows[0]!.cells).toEqual(['5" screen', '"ab"c']);
  });
});

describe('parseTable: binary content and empty files', () => {
  it('rejects a row with a NUL character as binary_content, naming the column', () => {
    const t = parse('a,b,c\n\0,2,3\n4,5,6\n');
    expect(lines(t)).toEqual([[3, '4', '5', '6']]);
    expect(t.rejected).toEqual([
      expect.objectContaining({ line: 2, column: 'a', code: 'binary_content', value: '\\0' }),
    ]);
    expectAccounted(t);
  });

  it('reports a mostly-binary file once at line 0, with no header and totalRows 0', () => {
    const junk = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
    const t = parse(junk);
    expect(t.header).toEqual([]);
    expect(t.rows).toEqual([]);
    expect(t.totalRows).toBe(0);
    expect(t.rejected).toEqual([expect.objectContaining({ line: 0, code: 'binary_content', column: null })]);
    expectAccounted(t);
  });

  it('reads an Excel .xlsx signature as binary, not as rows', () => {
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    ]);
    expect(parse(zip).rejected[0]?.code).toBe('binary_content');
  });

  it.each([
    ['an empty string', ''],
    ['a lone BOM', '\uFEFF'],
    ['blank lines only', '\n\r\n\r  \n'],
    ['empty bytes', new Uint8Array()],
    ['a UTF-8 BOM as bytes', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('warns empty_file for %s: no header, totalRows 0', (_, input) => {
    const t = parse(input);
    expect(t).toMatchObject({ header: [], headerLine: 0, rows: [], rejected: [], totalRows: 0 });
    expect(t.warnings.map((w) => w.code)).toEqual(['empty_file']);
  });

  it('warns empty_file when there is a header but no data rows', () => {
    const t = parse('\uFEFFname;country\r\n');
    expect(t).toMatchObject({
      header: ['name', 'country'],
      headerLine: 1,
      rows: [],
      totalRows: 0,
      delimiter: ';',
    });
    expect(t.warnings.map((w) => [w.code, w.line])).toEqual([['empty_file', 1]]);
  });
});

describe('parseTable: header handling', () => {
  it('renames duplicate column names (case- and accent-insensitive) and warns duplicate_header', () => {
    const t = parse('Name,naam,name ,Name_2,Naam\n1,2,3,4,5\n');
    expect(t.header).toEqual(['Name', 'naam', 'name_3', 'Name_2', 'Naam_2']);
    expect(t.warnings.map((w) => [w.code, w.value, w.column])).toEqual([
      ['duplicate_header', 'name', 'name_3'],
      ['duplicate_header', 'Naam', 'Naam_2'],
    ]);
    expect(t.rows[0]!.cells).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps __proto__, constructor and prototype as ordinary column names without touching Object.prototype', () => {
    const t = parse('__proto__,constructor,prototype\n{"polluted":1},x,y\n');
    expect(t.header).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(t.rows[0]!.cells).toEqual(['{"polluted":1}', 'x', 'y']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(t.rows[0])).toBe(Object.prototype);
  });

  it('skips an HXL hashtag row under the header with an hxl_row_skipped warning and returns the tags', () => {
    const t = parse('org,country,note\r\n#org +name, #country,\r\nOxfam,NL,#1 partner\r\n');
    expect(t.hxlTags).toEqual(['#org +name', '#country', '']);
    expect(lines(t)).toEqual([[3, 'Oxfam', 'NL', '#1 partner']]);
    expect(t.totalRows).toBe(1);
    expect(t.warnings).toEqual([expect.objectContaining({ code: 'hxl_row_skipped', line: 2 })]);
  });

  it('does not take a data row with some #-values for an HXL row', () => {
    const t = parse('org,rank\nOxfam,#1\n');
    expect(t.hxlTags).toBeUndefined();
    expect(t.totalRows).toBe(1);
  });

  it('drops empty unnamed columns at the right edge with a trailing_columns_dropped warning', () => {
    const t = parse('a;b;;;\n1;2;;;\n3;;;;\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(lines(t)).toEqual([
      [2, '1', '2'],
      [3, '3', ''],
    ]);
    expect(t.warnings).toEqual([expect.objectContaining({ code: 'trailing_columns_dropped', line: 1 })]);
  });

  it('keeps an unnamed right-edge column that has a value in some row', () => {
    const t = parse('a,b,\n1,2,\n3,4,x\n');
    expect(t.header).toEqual(['a', 'b', '']);
    expect(t.warnings).toEqual([]);
  });
});

describe('parseTable: encodings and options', () => {
  it('reads Windows-1252 bytes with an encoding_fallback warning and correct curly quotes', () => {
    const t = parse(new Uint8Array([0x6e, 0x0a, 0x93, 0x41, 0x94, 0x0a]));
    expect(t.encoding).toBe('windows-1252');
    expect(t.rows[0]!.cells).toEqual(['“A”']);
    expect(t.warnings.map((w) => w.code)).toEqual(['encoding_fallback']);
  });

  it('uses a forced delimiter and rejects an invalid one with OptionsError', () => {
    expect(parse('a;b\n1;2\n', ',').header).toEqual(['a;b']);
    expect(() => parse('a\n', '"')).toThrow(OptionsError);
    expect(() => parse('a\n', ';;')).toThrow(OptionsError);
    expect(() => parse('a\n', '\n')).toThrow(OptionsError);
  });

  it('does not modify its byte input', () => {
    const input = new TextEncoder().encode('a,b\n1,2\n');
    const copy = input.slice();
    parse(input);
    expect(input).toEqual(copy);
  });

  it('gives the same result for the same input (deterministic)', () => {
    const text = 'a;b\n1;"x\ny"\n;\n"broken\n3;4\n';
    expect(parse(text)).toEqual(parse(text));
  });
});

describe('parseTable: Excel shapes, repeated headers, formula guards and bad bytes (issue 16)', () => {
  it("takes the delimiter from Excel's sep= line and keeps every line number", () => {
    const t = parseTable('sep=;\r\nid;name\r\nA;Alpha, Beta\r\n', { file: 'm.csv' });
    expect(t.delimiter).toBe(';');
    expect(t.headerLine).toBe(2);
    expect(t.rows).toEqual([{ line: 3, cells: ['A', 'Alpha, Beta'] }]);
    expect(t.warnings).toEqual([]);
  });

  it('skips title rows above the header only when a header and a row confirm them', () => {
    const titled = parseTable('Partner list 2024,,\n\nid,name,type\nA,Alpha,ngo\n', { file: 'm.csv' });
    expect(titled.header).toEqual(['id', 'name', 'type']);
    expect(titled.warnings.map((w) => `${w.line}:${w.code}:${w.value}`)).toEqual([
      '1:title_row_skipped:Partner list 2024',
    ]);
    // A one-column file is not a title: its first row is the header, the rest are rows.
    const single = parseTable('name\nOxfam\nCordaid\n', { file: 'm.csv' });
    expect([single.header, single.rows.length, single.warnings]).toEqual([['name'], 2, []]);
    // A wide row that nothing confirms is a ragged row, not a header.
    const ragged = parseTable('name\nOxfam\n"ICCO, Kerk",x\nHivos\n', { file: 'm.csv' });
    expect(ragged.header).toEqual(['name']);
    expect(ragged.rejected.map((i) => `${i.line}:${i.code}`)).toEqual(['3:ragged_row']);
  });

  it('rejects a row that repeats the header, compared as headers are', () => {
    const t = parseTable('id,name\nA,Alpha\n ID , Name \nB,Beta\n', { file: 'm.csv' });
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(t.rejected.map((i) => `${i.line}:${i.code}`)).toEqual(['3:repeated_header']);
    expect(t.totalRows).toBe(3);
  });

  it('removes the formula guard the CSV writer adds, and nothing else', () => {
    const t = parseTable("name\n'=Plus Union\n''=Quoted\n's-Hertogenbosch\nO'Brien\n'-5\n", {
      file: 'm.csv',
    });
    expect(t.rows.map((r) => r.cells[0])).toEqual([
      '=Plus Union',
      "'=Quoted",
      "'s-Hertogenbosch",
      "O'Brien",
      '-5',
    ]);
  });

  it('keeps a UTF-8 file with one bad byte UTF-8 and locates the byte', () => {
    const bytes = new TextEncoder().encode('naam\nCafé Noël\nCoöperatie Zuid\nRX\nÉén\n');
    bytes[bytes.indexOf(0x58)] = 0xe9; // the X on line 4
    const t = parseTable(bytes, { file: 'm.csv' });
    expect(t.encoding).toBe('utf-8');
    expect(t.rows.map((r) => r.cells[0])).toEqual(['Café Noël', 'Coöperatie Zuid', 'R\uFFFD', 'Één']);
    expect(t.warnings).toMatchObject([{ line: 4, code: 'invalid_utf8', value: 'R\uFFFD' }]);
    expect(t.warnings[0]!.message).toMatch(/0xE9 at byte 2 of this line/);
  });
});
