import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { formatCsv } from '../../src/output/csv.js';
import { CSV_EXPORT_FILES, toCsvExports } from '../../src/report/csv.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { fullMatrices, readDataDir } from '../helpers.js';
import { clone, deepFreeze, HOSTILE_NAMES, hostileBaseline, syntheticBaseline } from './helpers.js';

const read = (text: string, delimiter = ',') => parse(text, { delimiter, bom: true }) as string[][];

describe('toCsvExports(baseline)', () => {
  const files = toCsvExports(deepFreeze(clone(FIXTURE_BASELINE)));

  it('returns exactly the documented files, in order', () => {
    expect(Object.keys(files)).toEqual([...CSV_EXPORT_FILES]);
  });

  it('writes each matrix with a member column, the ids as header and one row per id', () => {
    const rows = read(files['synergy.csv']);
    const ids = FIXTURE_BASELINE.matrices.synergy.ids;
    expect(rows[0]).toEqual(['member', ...ids]);
    expect(rows.map((r) => r[0]).slice(1)).toEqual(ids);
    rows.slice(1).forEach((row, i) => {
      expect(row.slice(1).map(Number)).toEqual(fullMatrices(FIXTURE_BASELINE).synergy.values[i]);
    });
  });

  it('writes complementarity as row gains from column: C(fwc <- mvn) = 0.4444 in row fwc, column mvn', () => {
    const rows = read(files['expertise-complementarity.csv']);
    const col = rows[0]!.indexOf('mvn');
    const row = rows.find((r) => r[0] === 'fwc')!;
    expect(row[col]).toBe('0.4444');
  });

  it('writes countries.csv in long form with partners joined by "; "', () => {
    const rows = read(files['countries.csv']);
    expect(rows[0]).toEqual(['country', 'member', 'presence', 'partners']);
    expect(rows[1]).toEqual(['BD', 'fwc', 'office', 'Awaj Foundation; BILS']);
    expect(rows.length - 1).toBe(9);
  });

  it('writes covered, duplicated and missing themes per country', () => {
    const rows = read(files['country-themes.csv']);
    expect(rows[0]).toEqual([
      'country',
      'theme',
      'status',
      'max_level',
      'members',
      'evidence_kind',
      'levels',
    ]);
    // The fixture is a version 1 baseline: its themes carry no evidence kind, so they read as
    // rated, and no list of every member's level.
    expect(rows).toContainEqual(['BD', 'gbv', 'duplicated', '5', 'fwc; sgw', 'rated', '']);
    expect(rows).toContainEqual(['BD', 'due-diligence', 'covered', '5', 'fwc', 'rated', '']);
    expect(rows).toContainEqual(['IN', 'freedom-of-association', 'missing', '', '', '', '']);
  });

  it('writes each theme once, every member with its level, a missing focus theme with the level it has here', () => {
    const sample = toBaselineJson(
      buildBaseline(readDataDir('data/sample-partnership'), { focusThemes: ['living wage', 'child labour'] }),
    );
    const rows = read(toCsvExports(sample)['country-themes.csv']).filter((r) => r[0] === 'KE');
    expect(rows.filter((r) => r[1] === 'living-wage')).toEqual([
      ['KE', 'living-wage', 'missing', '2', 'SRR; UWS', 'rated', 'SRR:2; UWS:2'],
    ]);
    expect(rows.filter((r) => r[1] === 'child-labour')).toEqual([
      ['KE', 'child-labour', 'missing', '', '', '', ''],
    ]);
    expect(rows.find((r) => r[1] === 'gbv')?.[6]).toBe('VAW:5; MWK:4; SRR:3');
  });

  it('writes recommendations with rank and evidence as file:line', () => {
    const rows = read(files['recommendations.csv']);
    expect(rows[0]).toEqual([
      'rank',
      'id',
      'kind',
      'score',
      'members',
      'country',
      'sector',
      'themes',
      'rationale',
      'evidence',
      'areas',
    ]);
    expect(rows[1]!.slice(0, 8)).toEqual([
      '1',
      'joint-lobby:garment-textiles:living-wage',
      'joint-lobby',
      '0.81',
      'fwc; mvn; kia',
      '',
      'garment-textiles',
      'living-wage',
    ]);
    expect(rows[1]![9]).toBe(
      'expertise.csv:3; expertise.csv:7; expertise.csv:16; sectors.csv:2; sectors.csv:3; sectors.csv:9',
    );
    expect(rows.length - 1).toBe(FIXTURE_BASELINE.recommendations.length);
  });

  it('writes rejected rows and warnings with file, line, column, value, code, message, suggestion', () => {
    const header = ['file', 'line', 'column', 'value', 'code', 'message', 'suggestion'];
    const rejected = read(files['rejected.csv']);
    expect(rejected[0]).toEqual(header);
    expect(rejected[1]).toEqual([
      'expertise.csv',
      '14',
      'level',
      'very good',
      'invalid_level',
      'Level "very good" is not 1-5 or none/basic/intermediate/advanced/expert.',
      'advanced',
    ]);
    const warnings = read(files['warnings.csv']);
    expect(warnings[0]).toEqual(header);
    expect(warnings[4]).toEqual(['sectors.csv', '0', '', '', 'encoding_fallback', expect.any(String), '']);
  });

  it('is deterministic', () => {
    expect(toCsvExports(FIXTURE_BASELINE)).toEqual(files);
  });

  it('writes a header-only file when there are no rejected rows', () => {
    const b = clone(FIXTURE_BASELINE);
    b.ingest.rejected = [];
    expect(toCsvExports(b)['rejected.csv']).toBe('file,line,column,value,code,message,suggestion\n');
  });

  it('fails loudly on a malformed matrix', () => {
    const b = clone(FIXTURE_BASELINE);
    fullMatrices(b).synergy.values[1] = [0, 1];
    expect(() => toCsvExports(b)).toThrow(PartnerSynergyError);
  });
});

describe('toCsvExports options', () => {
  it("delimiter ';', CRLF, BOM and decimal comma for Dutch Excel", () => {
    const files = toCsvExports(FIXTURE_BASELINE, {
      delimiter: ';',
      newline: '\r\n',
      bom: true,
      decimalSeparator: ',',
    });
    for (const text of Object.values(files)) {
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    }
    const rows = read(files['synergy.csv'], ';');
    expect(rows[1]!.slice(0, 3)).toEqual(['fwc', '0', '0,3955']);
  });

  it('has no BOM and LF endings by default', () => {
    const text = toCsvExports(FIXTURE_BASELINE)['members.csv'];
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
  });

  it('rejects invalid options', () => {
    expect(() => toCsvExports(FIXTURE_BASELINE, { delimiter: '\n' })).toThrow(OptionsError);
    expect(() => toCsvExports(FIXTURE_BASELINE, { delimiter: ',', decimalSeparator: ',' })).toThrow(
      OptionsError,
    );
    // @ts-expect-error: only '\n' and '\r\n'
    expect(() => toCsvExports(FIXTURE_BASELINE, { newline: '\r' })).toThrow(OptionsError);
  });
});

describe('CSV exports with hostile text', () => {
  const b = hostileBaseline();
  const files = toCsvExports(b);

  it('prefixes formula-like names with an apostrophe and parses back to the original text otherwise', () => {
    const rows = read(files['members.csv']);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r[1]]));
    expect(byId.get('fwc')).toBe(`'${HOSTILE_NAMES.fwc}`);
    expect(byId.get('mvn')).toBe(HOSTILE_NAMES.mvn);
    expect(byId.get('sgw')).toBe(HOSTILE_NAMES.sgw);
    expect(byId.get('kia')).toBe(HOSTILE_NAMES.kia);
    expect(byId.get('tpb')).toBe(HOSTILE_NAMES.tpb);
  });

  it('no parsed cell of any export starts with = + - @ tab or CR', () => {
    for (const [name, text] of Object.entries(files)) {
      for (const row of read(text)) {
        for (const cell of row) expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps formula-like partner names, values with newlines and file names intact after the apostrophe', () => {
    const countries = read(files['countries.csv']);
    expect(countries[1]![3]).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0; BILS`);
    const rejected = read(files['rejected.csv']);
    expect(rejected[1]![3]).toBe("'=1+1");
    expect(rejected[2]![3]).toBe('line one\nline two');
    expect(rejected[3]![3]).toBe("'\t@tab");
    const recs = read(files['recommendations.csv']);
    expect(recs[1]![9]).toBe("'-2+3.csv:4");
    expect(recs[1]![8]).toBe('Close </style><script>window.__pwned=1</script> and\nnew line');
  });

  it('every row of every file has the header width', () => {
    for (const text of Object.values(files)) {
      const rows = read(text);
      for (const row of rows) expect(row.length).toBe(rows[0]!.length);
    }
  });
});

describe('formatCsv(rows)', () => {
  it('writes numbers unprefixed and text protected', () => {
    expect(
      formatCsv([
        ['member', 'score'],
        ['=cmd', -0.25],
      ]),
    ).toBe("member,score\n'=cmd,-0.25\n");
  });

  it('handles 300 members quickly (90 000 cells per matrix)', () => {
    const started = performance.now();
    const files = toCsvExports(syntheticBaseline(300));
    expect(read(files['synergy.csv']).length).toBe(301);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
