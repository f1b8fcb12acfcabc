import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

/**
 * English words and phrases that no Dutch output may contain. Read the outputs too: a list only
 * catches what it names (see CHANGELOG, issue 19 part two, for what was read by eye).
 */
const ENGLISH = [
  ' the ',
  ' with ',
  'members',
  'Written to',
  'warning',
  'Warning',
  'Read theme',
  'Read country',
  'Unknown ',
  ' is not ',
  'Did you mean',
  'did you mean',
  'Duplicate of',
  'Rejected',
  ' rows',
  ' skipped',
  ' was ',
  ' were ',
  'empty;',
  'Synergy baseline',
  'Top recommendations',
  'Input:',
];

/**
 * What may stay English in a Dutch output: file names (members.csv), issue codes
 * (title_row_skipped) and kind ids (joint-lobby). Agreement names are Dutch in Dutch text
 * (agreementName), so they are not exempt.
 */
function withoutExempt(text: string): string {
  return text
    .replace(/[\w.-]+\.(?:csv|json|md|html|xlsx)\b/g, '')
    .replace(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g, '')
    .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, '');
}

function englishIn(text: string): string[] {
  const clean = withoutExempt(text);
  return ENGLISH.filter((w) => clean.includes(w)).map((w) => {
    const at = clean.indexOf(w);
    return `${JSON.stringify(w)} in "${clean.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}"`;
  });
}

/** The visible text of an HTML page (no style, no script, no tags, entities decoded). */
function visibleHtml(page: string): string {
  return page
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const tmp = mkdtempSync(join(tmpdir(), 'ps-dutch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const INPUTS = {
  'the Dutch sample partnership (messy)': join(repoRoot, 'data/sample-partnership-messy'),
  'the sample partnership': join(repoRoot, 'data/sample-partnership'),
  'a partnership with typical mistakes': join(repoRoot, 'tests/fixtures/typical-mistakes'),
};

describe('--lang nl: no English sentence in what a coordinator reads', () => {
  for (const [name, dir] of Object.entries(INPUTS)) {
    it(`validate --lang nl on ${name}`, async () => {
      const r = await runCaptured('validate', dir, '--lang', 'nl');
      expect(r.stdout).toMatch(/rijen: \d+ aanvaard, \d+ afgewezen, \d+ waarschuwingen\./);
      expect(englishIn(r.stdout + r.stderr)).toEqual([]);
    });

    it(`baseline --lang nl on ${name}: summary, report.md and report.html`, async () => {
      const out = join(tmp, name.replace(/\W+/g, '-'));
      const r = await runCaptured('baseline', dir, '--out', out, '--lang', 'nl');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Synergie-nulmeting: \d+ leden/);
      expect(r.stdout).toContain('Geschreven naar');
      expect(englishIn(r.stdout + r.stderr)).toEqual([]);
      expect(englishIn(readFileSync(join(out, 'report.md'), 'utf8'))).toEqual([]);
      expect(englishIn(visibleHtml(readFileSync(join(out, 'report.html'), 'utf8')))).toEqual([]);
    });
  }

  it('the typical mistakes are reported in Dutch with their codes unchanged', async () => {
    const r = await runCaptured('validate', INPUTS['a partnership with typical mistakes'], '--lang', 'nl');
    expect(r.code).toBe(1);
    for (const line of [
      'expertise.csv:2 [thema] "leefbaar loonn" fuzzy_match: Het thema "leefbaar loonn" gelezen als "Leefbaar loon" (bijna gelijk)',
      'expertise.csv:4 [lid] "Onbekende Stichting" unknown_member: Het lid "Onbekende Stichting" is onbekend.',
      'landen.csv:2 [land] "Atlantis" unknown_country: Het land "Atlantis" is onbekend.',
      'leden.csv:1 "Partnerschap Eerlijk Werk 2026" title_row_skipped: Deze rij bevat een titel',
    ]) {
      expect(r.stdout).toContain(line);
    }
    const en = await runCaptured('validate', INPUTS['a partnership with typical mistakes']);
    expect(en.stdout).toContain('fuzzy_match: Read theme "leefbaar loonn" as "Living wage" (close match)');
  });

  it('import 3w --lang nl prints the summary and the importer warnings in Dutch', async () => {
    const file = join(repoRoot, 'tests/fixtures/import/3w-hxl-bom.csv');
    const r = await runCaptured('import', '3w', file, '--out', join(tmp, 'import'), '--lang', 'nl');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('geïmporteerd');
    expect(englishIn(r.stdout + r.stderr)).toEqual([]);
  });

  it('an error found before the command ran is reported in the language of --lang', async () => {
    const r = await runCaptured(
      'baseline',
      join(tmp, 'does-not-exist'),
      '--out',
      join(tmp, 'x'),
      '--lang',
      'nl',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^partner-synergy: fout \[E_IO\]: Kan ".*" niet lezen/);
  });
});
