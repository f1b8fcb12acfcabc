/**
 * The troubleshooting guide and the dependency list cannot drift from the code: every error code
 * and every issue code has its own entry in docs/troubleshooting.md (and nothing else does), and
 * docs/dependencies.md explains exactly the runtime dependencies of package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { IssueCodeSchema } from '../../src/schema/issues.js';
import { repoRoot } from '../helpers.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** The members of the ErrorCode union, read from src/errors.ts (a type has no runtime list). */
function errorCodes(): string[] {
  const source = read('src/errors.ts');
  const union = /export type ErrorCode =([^;]+);/.exec(source);
  expect(union, 'ErrorCode union in src/errors.ts').not.toBeNull();
  return [...union![1]!.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

/** Codes named in the `### ` headings of a Markdown document. */
function headingCodes(md: string): string[] {
  return md
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .flatMap((line) => [...line.matchAll(/`([A-Za-z0-9_]+)`/g)].map((m) => m[1]!));
}

describe('docs/troubleshooting.md', () => {
  const doc = read('docs/troubleshooting.md');
  const documented = headingCodes(doc);

  it('has one entry for every ErrorCode and every IssueCode, and none for codes that do not exist', () => {
    const codes = [...errorCodes(), ...IssueCodeSchema.options];
    expect(errorCodes()).toContain('E_LIMIT');
    expect([...documented].sort()).toEqual([...codes].sort());
  });

  it('gives every entry an example message and a fix (reserved codes excepted)', () => {
    const sections = doc.split(/\n### /).slice(1);
    for (const section of sections) {
      const title = section.split('\n')[0]!;
      if (/parse_error|limit_exceeded/.test(title)) continue;
      expect(section, title).toMatch(/\n> `/);
      expect(section, title).toMatch(/\*\*Fix:\*\*/);
    }
  });

  it('states the default limits the code uses', () => {
    expect(doc).toContain(`| \`maxRows\` | ${DEFAULT_LIMITS.maxRows.toLocaleString('en')} data rows`);
    expect(doc).toContain(`| \`maxColumns\` | ${DEFAULT_LIMITS.maxColumns.toLocaleString('en')} cells`);
    expect(doc).toContain(
      `| \`maxCellChars\` | ${DEFAULT_LIMITS.maxCellChars.toLocaleString('en')} characters`,
    );
    expect(doc).toContain(`| \`maxBytes\` | ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MiB`);
  });
});

describe('docs/dependencies.md', () => {
  it('explains exactly the runtime dependencies of package.json, at their pinned versions', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const doc = read('docs/dependencies.md');
    const rows = [...doc.matchAll(/^\| \[`([^`]+)`\]\([^)]*\) \| ([^ |]+) \|/gm)].map((m) => [m[1]!, m[2]!]);
    expect(Object.fromEntries(rows)).toEqual(pkg.dependencies);
  });
});
