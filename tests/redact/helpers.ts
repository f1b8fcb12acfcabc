import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Baseline } from '../../src/baseline/buildBaseline.js';
import { writeBaselineOutputs } from '../../src/node/writeOutputs.js';
import { foldText } from '../../src/normalise/fold.js';

/** One written output file: its name and its text as a reader would see it. */
export interface OutputFile {
  readonly name: string;
  /** The file as written. */
  readonly raw: string;
  /** HTML entities decoded, Markdown backslash escapes and CSV doubled quotes undone. */
  readonly plain: string;
  /** `plain` in lower case. */
  readonly lower: string;
  /** `plain` folded (case, accents, punctuation ignored), padded with spaces. */
  readonly folded: string;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * Write every output of a baseline (baseline.json, CSV exports, report.md and report.html, in
 * English and in Dutch) to a temporary directory and read them back.
 */
export function writeAllOutputs(baseline: Baseline): OutputFile[] {
  const files: OutputFile[] = [];
  for (const lang of ['en', 'nl'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `ps-redact-${lang}-`));
    try {
      writeBaselineOutputs(baseline, dir, { lang });
      for (const name of readdirSync(dir).sort()) {
        const raw = readFileSync(join(dir, name), 'utf8');
        const plain = decodeEntities(raw).replace(/\\(.)/g, '$1').replace(/""/g, '"');
        files.push({
          name: `${lang}/${name}`,
          raw,
          plain,
          lower: plain.toLowerCase(),
          folded: ` ${foldText(plain)} `,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return files;
}

/**
 * Where a string occurs in the outputs: case-insensitively anywhere in the plain text (needles of
 * more than four characters), or as whole folded words (so "Workers' Voice", "WORKERS’ VOICE" and
 * "workers-voice" all count, and "GBV" is found in "GBV-programme"). Returns
 * "file: ...context..." lines, empty when absent.
 */
export function findText(files: readonly OutputFile[], needle: string): string[] {
  const low = needle.toLowerCase();
  const folded = foldText(needle);
  const hits: string[] = [];
  for (const f of files) {
    // Short needles (aliases such as "cao") only count as whole words: "cao" is not in "Cacao".
    const i = needle.length > 4 ? f.lower.indexOf(low) : -1;
    if (i >= 0) {
      hits.push(`${f.name}: ...${f.plain.slice(Math.max(0, i - 50), i + needle.length + 50)}...`);
      continue;
    }
    if (folded !== '' && f.folded.includes(` ${folded} `)) hits.push(`${f.name}: folded "${folded}"`);
  }
  return hits;
}

/**
 * Where a code (ISO country code, member id) occurs as a whole token, case-insensitively: "KE" is
 * found in `"KE"`, `,KE,` and `(VAW, KE)` but not in "KEY" or "Kenya".
 */
export function findToken(files: readonly OutputFile[], token: string): string[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const hits: string[] = [];
  for (const f of files) {
    const m = re.exec(f.plain);
    if (m)
      hits.push(`${f.name}: ...${f.plain.slice(Math.max(0, m.index - 50), m.index + token.length + 50)}...`);
  }
  return hits;
}
