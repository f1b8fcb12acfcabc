import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { parseTable } from '../../src/ingest/parseTable.js';
import type { RawTable } from '../../src/ingest/types.js';
import {
  expectAccounted,
  haveShared,
  physicalLines,
  readBytes,
  sharedRealdata,
  sumBreaks,
} from './helpers.js';

const present = haveShared('real-data ingestion tests');

function load(relative: string): { table: RawTable; lines: string[] } {
  const bytes = readBytes(path.join(sharedRealdata, relative));
  return {
    table: parseTable(bytes, { file: path.basename(relative) }),
    lines: physicalLines(decodeBytes(bytes).text),
  };
}

/**
 * Every row starts on the physical line it claims: that line begins with the row's first cell
 * (quoted or not), and, with no blank lines in these files, the next row starts right after
 * the line breaks inside this row's cells.
 */
function expectLinesMatchText(t: RawTable, lines: string[]): void {
  const wrong: string[] = [];
  t.rows.forEach((row, i) => {
    const first = physicalLines(row.cells[0] ?? '')[0]!;
    const text = lines[row.line - 1] ?? '';
    if (!text.startsWith(first) && !text.startsWith(`"${first.replace(/"/g, '""')}`)) {
      wrong.push(`line ${row.line} does not start with ${JSON.stringify(first)}`);
    }
    const next = t.rows[i + 1];
    const expected = row.line + sumBreaks(row.cells) + 1;
    if (next && next.line !== expected)
      wrong.push(`row after line ${row.line} is on ${next.line}, not ${expected}`);
  });
  expect(wrong).toEqual([]);
}

describe.skipIf(!present)('real files from ../shared/realdata', () => {
  it('nepal agency_relief.csv: CR-only, no final line break, 7,315 rows on lines 2-7316', () => {
    const { table: t, lines } = load('nepal-2015-3w/agency_relief.csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual([
      'hlcit',
      'impl_ag',
      'src_ag',
      'vdc',
      'action',
      'desc',
      'target',
      'no_actions',
      'no_hh',
      'ave_cost',
    ]);
    expect(t.rows).toHaveLength(7315);
    expect(t.totalRows).toBe(7315);
    expect(t.rows[0]).toEqual({
      line: 2,
      cells: [
        '524 2 05 30 5 046',
        'AAR Japan',
        '',
        'Tasarpu',
        'Shelter',
        'Tarpaulin',
        'All / Blanket',
        '1299',
        '1299',
        '2103',
      ],
    });
    expect(t.rows.at(-1)).toEqual({
      line: 7316,
      cells: [
        '',
        'World Vision International',
        '',
        '',
        'Shelter',
        'CGI Bundle (72ft/bundle)',
        '',
        '260',
        '260',
        '',
      ],
    });
    expect(lines).toHaveLength(7316);
    expectLinesMatchText(t, lines);
    expectAccounted(t);
  });

  it('iati_health_projects.sample.csv: 1,187 rows, CRLF inside quotes while records end in LF', () => {
    const { table: t, lines } = load('iati-east-africa-health/iati_health_projects.sample.csv');
    expect(t.header).toHaveLength(33);
    expect(t.rows).toHaveLength(1187);
    expect(t.rejected).toEqual([]);
    expect(t.rows.some((r) => r.cells.some((c) => c.includes('\r\n')))).toBe(true);
    // Spot check: the row on line 88 holds 5 line breaks; the next row starts on line 94.
    const at88 = t.rows.find((r) => r.line === 88)!;
    expect(at88.cells[0]).toBe('GB-EDU-133903-NIHR200125-SHARP');
    expect(lines[87]!.startsWith('GB-EDU-133903-NIHR200125-SHARP,')).toBe(true);
    const next = t.rows[t.rows.indexOf(at88) + 1]!;
    expect(next.line).toBe(94);
    expect(lines[93]!.startsWith(`${next.cells[0]},`)).toBe(true);
    expectLinesMatchText(t, lines);
    expectAccounted(t);
  });

  it.each([
    ['afg_3w_operational_presence_jan_mar_2024.sample.csv', 1922, 'utf-8-bom', 'REGION', '#region+name'],
    ['mli_3w_december_2023.ML_5W.sample.csv', 1985, 'utf-8', 'Organisation Accronyme', '#org+acronym'],
    ['nga_3w_oct_dec_2023.sample.csv', 1950, 'utf-8', 'Organization', '#org'],
  ])(
    'OCHA 3W %s: %i rows, HXL row skipped, first row on line 3',
    (file, count, encoding, firstHeader, firstTag) => {
      const { table: t, lines } = load(`ocha-3w/${file}`);
      expect(t.encoding).toBe(encoding);
      expect(t.header[0]).toBe(firstHeader);
      expect(t.hxlTags?.[0]).toBe(firstTag);
      expect(t.warnings).toEqual([expect.objectContaining({ code: 'hxl_row_skipped', line: 2 })]);
      expect(t.rows).toHaveLength(count);
      expect(t.totalRows).toBe(count);
      expect(t.rows[0]!.line).toBe(3);
      expectLinesMatchText(t, lines);
      expectAccounted(t);
    },
  );

  it('Mali 3W keeps the French headers with accents and the org names with their spaces', () => {
    const { table: t } = load('ocha-3w/mli_3w_december_2023.ML_5W.sample.csv');
    expect(t.header).toContain('Date début');
    expect(t.header).toContain('Total Personnes ciblées');
    expect(t.rows[0]!.cells.slice(0, 3)).toEqual(['SIF', 'Secours Islamique France', 'ONG Int']);
    expect(t.rows.some((r) => r.cells[1] !== r.cells[1]!.trim())).toBe(true);
  });

  it('csvkit test_latin1.csv and mac_newlines.csv from ../shared load with every row accounted for', () => {
    const latin = load('csv-conformance/csvkit-examples/test_latin1.csv').table;
    expect(latin.rows.map((r) => r.cells[2])).toEqual(['3', '©']);
    const mac = load('csv-conformance/csvkit-examples/mac_newlines.csv').table;
    expect(mac.rows.map((r) => r.line)).toEqual([2, 3]);
    for (const t of [latin, mac]) {
      expect(t.totalRows).toBe(2);
      expectAccounted(t);
    }
  });
});
