/**
 * The coordinator's loop on the command line: `template` writes the workbook (or CSV folder),
 * `validate`, `baseline` and `coalition` read a filled-in workbook; locations are cells
 * ("[partnership.xlsx]Expertise!C4"); broken workbooks give one line.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

const FIXTURE = resolve(repoRoot, 'tests/workbook/fixtures/sample-partnership.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'ps-cli-workbook-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = runCaptured;

describe('partner-synergy template', () => {
  it('writes the workbook and says what comes next, in English and Dutch', async () => {
    const en = await run('template', '--out', join(tmp, 'partnership.xlsx'));
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Wrote .*partnership\.xlsx: an instruction sheet and one sheet per dimension/);
    expect(en.stdout).toMatch(/\(44 themes, 24 sectors, 250 countries\)/);
    expect(en.stdout).toMatch(/ {2}partner-synergy baseline .*partnership\.xlsx --out report\n$/);
    const nl = await run('template', '--out', join(tmp, 'partnerschap.xlsx'), '--lang', 'nl');
    expect(nl.stdout).toMatch(/partnerschap\.xlsx geschreven: een werkblad met instructies/);
    expect(nl.stdout).toMatch(/--out rapport --lang nl\n$/);
    expect(readFileSync(join(tmp, 'partnership.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('never overwrites a file without --force, and never its own input', async () => {
    const out = join(tmp, 'once.xlsx');
    writeFileSync(out, 'my notes');
    const again = await run('template', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `partner-synergy: error [E_IO]: ${out} already exists; choose another --out or add --force to replace it.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect((await run('template', '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const themes = join(tmp, 'themes.xlsx');
    writeFileSync(themes, 'Living wage\n');
    const self = await run('template', '--out', themes, '--themes', themes, '--force');
    expect(self.stderr).toMatch(
      /is an input file \(--themes or --members\); the template is never written over it\.\n$/,
    );
    expect(readFileSync(themes, 'utf8')).toBe('Living wage\n');
    expect((await run('template', '--out', join(tmp, 'no-extension'))).stderr).toMatch(
      /does not end in \.xlsx/,
    );
  });

  it('takes the themes and members of the partnership', async () => {
    const themes = join(tmp, 'themes.txt');
    writeFileSync(themes, 'Living wage\nGender-based violence\nCocoa farmer income\n');
    const out = join(tmp, 'own.xlsx');
    const r = await run(
      'template',
      '--out',
      out,
      '--themes',
      themes,
      '--members',
      resolve(repoRoot, 'data/sample-partnership/members.csv'),
    );
    expect(r.stdout).toMatch(/\(3 themes, 24 sectors, 250 countries\)/);
    expect(r.stdout).toMatch(/^12 members filled in from the members file\.$/m);
    const v = await run('validate', out);
    expect(v.stdout).toMatch(/^\[own\.xlsx\]Members +members +xlsx +12 +12 +0$/m);
  });

  it('--format csv writes a folder of CSV files with a README', async () => {
    const dir = join(tmp, 'csv');
    const r = await run('template', '--out', dir, '--format', 'csv', '--lang', 'nl');
    expect(r.stdout).toMatch(
      /geschreven: leden\.csv, expertise\.csv, geografie\.csv, sectoren\.csv, bedrijven\.csv, README\.md\./,
    );
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# Partnerschap in kaart/);
    const before = readFileSync(join(dir, 'leden.csv'), 'utf8');
    const again = await run('template', '--out', dir, '--format', 'csv', '--lang', 'nl');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /leden\.csv, .*README\.md bestaan al; kies een andere --out of voeg --force toe/,
    );
    // In English only expertise.csv and the README have the same names: refused too, nothing written.
    const english = await run('template', '--out', dir, '--format', 'csv');
    expect(english.stderr).toMatch(/csv\/expertise\.csv, \S+README\.md already exist; choose another --out/);
    expect(existsSync(join(dir, 'members.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'leden.csv'), 'utf8')).toBe(before);
  });
});

describe('reading a workbook from the command line', () => {
  it('validate: the sheets, their rows, and the hidden sheet', async () => {
    const r = await run('validate', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[sample-partnership\.xlsx\]Expertise +expertise +xlsx +77 +77 +0$/m);
    expect(r.stdout).toMatch(/173 rows: 173 accepted, 0 rejected, 1 warning\./);
    expect(r.stdout).toMatch(/\[sample-partnership\.xlsx\]Oud:0 hidden_sheet: Sheet "Oud" is hidden/);
  });

  it('validate: a rejection names the cell, Excel-style', async () => {
    const book = join(tmp, 'typo.xlsx');
    writeFileSync(
      book,
      writeXlsx({
        sheets: [
          { name: 'Members', rows: [{ cells: ['id', 'name'] }, { cells: ['FTA', 'Fair Threads'] }] },
          {
            name: 'Expertise',
            rows: [
              { cells: ['Expertise, one row per theme'] },
              { cells: ['member', 'theme', 'level'] },
              { cells: ['FTA', 'living wage', 7] },
            ],
          },
        ],
      }),
    );
    const r = await run('validate', book);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}\[typo\.xlsx\]Expertise!C3 \[level\] "7" invalid_level: /m);
  });

  it('baseline and coalition read the workbook like the CSV folder', async () => {
    const out = join(tmp, 'report');
    const b = await run('baseline', FIXTURE, '--out', out);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^Synergy baseline: 12 members, 12 countries/);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const fromCsv = await run(
      'coalition',
      resolve(repoRoot, 'data/sample-partnership'),
      '--country',
      'BD',
      '--themes',
      'living wage, gbv',
    );
    const fromBook = await run('coalition', FIXTURE, '--country', 'BD', '--themes', 'living wage, gbv');
    expect(fromBook.stdout).toBe(fromCsv.stdout);
  });

  it('a broken workbook is one line; a zip bomb is one line', async () => {
    const truncated = join(tmp, 'cut.xlsx');
    writeFileSync(truncated, readFileSync(FIXTURE).subarray(0, 3000));
    const r = await run('validate', truncated);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^ {2}cut\.xlsx:0 unreadable_workbook: cut\.xlsx is not a complete workbook: the end of its zip container is missing \(an interrupted download or attachment\?\); ask for the file again\.$/m,
    );
    const small = await run('validate', FIXTURE, '--max-bytes', '20000');
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(
      /^partner-synergy: error \[E_LIMIT\]: sample-partnership\.xlsx \(unpacked\): more than 20000 bytes \(maxBytes\)[^\n]*\n$/,
    );
  });
});
