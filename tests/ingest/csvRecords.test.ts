import { describe, expect, it } from 'vitest';
import { LimitError } from '../../src/errors.js';
import { readCsvRecords } from '../../src/ingest/csvRecords.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';

type Event = [number, ...string[]] | ['unterminated', number, string];

/** Every callback in order: [line, ...cells] for records, ['unterminated', line, excerpt]. */
function events(text: string, delimiter = ','): Event[] {
  const out: Event[] = [];
  readCsvRecords(
    text,
    { delimiter, file: 't.csv', limits: DEFAULT_LIMITS },
    {
      onRecord: (cells, line) => {
        out.push([line, ...cells]);
        return true;
      },
      onUnterminated: (line, excerpt) => {
        out.push(['unterminated', line, excerpt]);
        return true;
      },
    },
  );
  return out;
}

describe('readCsvRecords', () => {
  it('numbers records by their physical start line, counting CRLF, LF and a lone CR inside quotes once each', () => {
    expect(events('a,b\r\n"x\r\ny\rz",1\n"p\nq",2\r\n3,4')).toEqual([
      [1, 'a', 'b'],
      [2, 'x\r\ny\rz', '1'],
      [5, 'p\nq', '2'],
      [7, '3', '4'],
    ]);
  });

  it('keeps the records and their lines when the first record is a title of another width', () => {
    // csv-parse takes the expected width from the first record; readCsvRecords restarts it
    // on the header. Nothing about the records may change.
    const rows = Array.from({ length: 50 }, (_, i) => `${i};"v ${i}\n(2)";x`);
    const out = events(`Partnerlijst 2024\n\nnaam;opmerking;land\n${rows.join('\n')}\nnote\n`, ';');
    expect(out.slice(0, 4)).toEqual([
      [1, 'Partnerlijst 2024'],
      [2, ''],
      [3, 'naam', 'opmerking', 'land'],
      [4, '0', 'v 0\n(2)', 'x'],
    ]);
    // Each data row takes two physical lines.
    expect(out[52]).toEqual([4 + 2 * 49, '49', 'v 49\n(2)', 'x']);
    expect(out[53]).toEqual([4 + 2 * 50, 'note']);
    expect(out).toHaveLength(54);
  });

  it('reports an unterminated quote by its first line (excerpt cut at 200 characters) and resumes on the next line', () => {
    const long = `é${'x'.repeat(300)}`;
    expect(events(`a,b\r\n1,"${long}\r\n2,3\r\n`)).toEqual([
      [1, 'a', 'b'],
      ['unterminated', 2, `1,"${long}`.slice(0, 200)],
      [3, '2', '3'],
    ]);
  });

  it('stops reading when onRecord or onUnterminated returns false', () => {
    const seen: number[] = [];
    const handlers = (stopAt: number) => ({
      onRecord: (_cells: string[], line: number) => {
        seen.push(line);
        return line < stopAt;
      },
      onUnterminated: (line: number) => {
        seen.push(-line);
        return false;
      },
    });
    const options = { delimiter: ',', file: 't.csv', limits: DEFAULT_LIMITS };
    readCsvRecords('a\nb\nc\nd\n', options, handlers(2));
    expect(seen).toEqual([1, 2]);
    seen.length = 0;
    readCsvRecords('a\n"b\nc\n', options, handlers(9));
    expect(seen).toEqual([1, -2]);
  });

  it('after 8 recoveries reads the rest line by line: quotes may no longer span lines', () => {
    // Each `""a","` line ends in an open quote that the rest of the file never closes (`x,y`
    // and `n,""""` stay inside a quoted field), so every restart from lines 2-9 fails again.
    // From line 10 on, quoted fields may not span lines: an open quote rejects its line only,
    // and the good lines after it are read in growing windows.
    const chained = Array.from({ length: 12 }, () => '""a","');
    const tail = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'x,y' : `${i},""""`));
    const out = events(['h1,h2', ...chained, ...tail].join('\r\n'));
    expect(out[0]).toEqual([1, 'h1', 'h2']);
    expect(out.slice(1, 13)).toEqual(Array.from({ length: 12 }, (_, i) => ['unterminated', i + 2, '""a","']));
    expect(out.slice(13)).toEqual(
      tail.map((_, i) => (i % 2 === 0 ? [14 + i, 'x', 'y'] : [14 + i, String(i), '"'])),
    );
  });

  it('checks maxColumns and maxCellChars on every record, with the first offending cell', () => {
    const limits = { ...DEFAULT_LIMITS, maxColumns: 3, maxCellChars: 5 };
    const read = (text: string) =>
      readCsvRecords(
        text,
        { delimiter: ',', file: 't.csv', limits },
        { onRecord: () => true, onUnterminated: () => true },
      );
    expect(() => read('a,b,c\n1,2,3,4,5\n')).toThrow(
      expect.objectContaining({ limit: 'maxColumns', actual: 4 }),
    );
    expect(() => read('a\n"123456",1,2,3\n')).toThrow(
      expect.objectContaining({ limit: 'maxCellChars', actual: 6 }),
    );
    expect(() => read('a,b\n1,2\n')).not.toThrow();
    expect(() => read('a,b,c,d\n')).toThrow(LimitError);
  });
});
