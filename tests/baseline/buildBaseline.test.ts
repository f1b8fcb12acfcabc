import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { PartnerSynergyError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { BaselineJsonSchema } from '../../src/schema/baseline.js';
import { encodeWindows1252, fullMatrices, readDataDir, repoRoot } from '../helpers.js';

// Golden files: regenerate with `npm run update-golden` (UPDATE_GOLDEN=1 npx vitest run tests/baseline).
// A missing golden file fails: the first run must not pass by writing what it compares against.
function golden(name: string, actual: string): void {
  const path = resolve(repoRoot, 'tests/golden/baseline', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${name} is missing: run \`npm run update-golden\``).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const sample = readDataDir('data/sample-partnership');

describe('buildBaseline on the sample partnership', () => {
  const json = toBaselineJson(buildBaseline(sample));
  const text = stringifyBaseline(json);

  it('matches the golden baseline.json', () => golden('sample-baseline.json', text));
  it('matches the golden report.md (English and Dutch)', () => {
    golden('sample-report.en.md', renderMarkdown(json, { lang: 'en', top: 20 }));
    golden('sample-report.nl.md', renderMarkdown(json, { lang: 'nl', top: 20 }));
  });

  it('is valid against the published schema', () => {
    expect(BaselineJsonSchema.safeParse(json).success).toBe(true);
  });

  it('gives byte-identical JSON on rerun', () => {
    expect(stringifyBaseline(toBaselineJson(buildBaseline(sample)))).toBe(text);
  });

  it('has square matrices indexed by the sorted member ids, complementarity[i][j] = what j adds to i', () => {
    const ids = json.members.map((m) => m.id);
    expect(ids).toEqual([...ids].sort());
    for (const d of ['expertise', 'geography', 'sectors'] as const) {
      const m = fullMatrices(json)[d];
      expect(m.ids).toEqual(ids);
      expect(m.overlap).toHaveLength(ids.length);
      for (let i = 0; i < ids.length; i++) {
        for (let j = 0; j < ids.length; j++) {
          const sum = m.overlap[i]![j]! + m.complementarity[i]![j]! + m.complementarity[j]![i]!;
          if (i !== j && m.overlap[i]![j]! > 0) expect(sum).toBeCloseTo(1, 3);
        }
      }
    }
  });

  it('has recommendations ranked by priority (kinds taking turns) with evidence pointing at real rows', () => {
    const recs = json.recommendations;
    expect(recs.length).toBeGreaterThan(0);
    // The first is the highest priority of all; each later one has a priority no higher than the best listed before it.
    const best = Math.max(...recs.map((r) => r.priority ?? 0));
    expect(recs[0]!.priority).toBe(best);
    const lines = new Map<string, number>();
    for (const [name, bytes] of Object.entries(sample)) {
      lines.set(name, new TextDecoder().decode(bytes).split('\n').filter(Boolean).length);
    }
    for (const r of recs) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(lines.has(e.file)).toBe(true);
        expect(e.line).toBeGreaterThanOrEqual(2);
        expect(e.line).toBeLessThanOrEqual(lines.get(e.file)!);
      }
    }
  });
});

describe('buildBaseline determinism', () => {
  /** Shuffle the data rows of a CSV text with a seeded generator (the header stays first). */
  function shuffleRows(text: string, seed: number): string {
    const [header, ...rows] = text.trimEnd().split('\n');
    let s = seed;
    for (let i = rows.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    return `${[header, ...rows].join('\n')}\n`;
  }
  const texts = Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, new TextDecoder().decode(v)]));
  /** Everything but provenance: line numbers necessarily move when rows move. */
  const withoutLines = (json: ReturnType<typeof toBaselineJson>) =>
    JSON.stringify({
      ...json,
      ingest: null,
      records: null,
      recommendations: json.recommendations.map(({ evidence: _e, ...r }) => r),
      moreRecommendations: (json.moreRecommendations ?? []).map(({ evidence: _e, ...r }) => r),
      recordsWithoutSources: Object.fromEntries(
        Object.entries(json.records ?? {}).map(([k, rows]) => [
          k,
          (rows ?? []).map(({ sources: _s, ...r }) => r),
        ]),
      ),
    });

  it('shuffled rows give the same baseline apart from line numbers', () => {
    const base = withoutLines(toBaselineJson(buildBaseline(texts)));
    for (const seed of [1, 2, 3]) {
      const shuffled = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, shuffleRows(v, seed)]));
      expect(withoutLines(toBaselineJson(buildBaseline(shuffled)))).toBe(base);
    }
  });

  it('semicolons, CRLF and Windows-1252 give byte-identical JSON apart from the reported encoding and delimiter', () => {
    const base = toBaselineJson(buildBaseline(texts));
    const recoded: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(texts)) {
      const rows = parse(v) as string[][];
      const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
      const semi = `${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
      recoded[k] = encodeWindows1252(semi);
    }
    const other = toBaselineJson(buildBaseline(recoded));
    const strip = (j: typeof base) =>
      stringifyBaseline({
        ...j,
        ingest: {
          ...j.ingest,
          files: j.ingest.files.map((f) => ({ ...f, encoding: '', delimiter: '' })),
          warnings: [],
        },
      });
    expect(strip(other)).toBe(strip(base));
  });
});

describe('buildBaseline inputs and errors', () => {
  it('accepts already-normalised records', () => {
    const first = buildBaseline(sample);
    const again = buildBaseline({ partnership: first.partnership });
    expect(toBaselineJson(again).recommendations).toEqual(toBaselineJson(first).recommendations);
  });

  it('throws E_NO_MEMBERS when no member could be read', () => {
    expect(() => buildBaseline({ 'expertise.csv': 'member,theme,level\nA,gbv,3\n' })).toThrowError(
      PartnerSynergyError,
    );
    try {
      buildBaseline({ 'expertise.csv': 'member,theme,level\nA,gbv,3\n' });
    } catch (e) {
      expect((e as PartnerSynergyError).code).toBe('E_NO_MEMBERS');
    }
  });

  it('throws E_SCHEMA for records that do not fit the schema', () => {
    expect(() => buildBaseline({ partnership: { members: [{ id: 1 }] } as never })).toThrowError(/schema/);
  });

  it('a members-only partnership yields zero matrices, flagged empty profiles and no NaN', () => {
    const json = toBaselineJson(buildBaseline({ 'members.csv': 'id,name\nA,Alpha\nB,Beta\n' }));
    expect(json.emptyProfiles.expertise).toEqual(['A', 'B']);
    expect(JSON.stringify(json)).not.toMatch(/NaN|null,null/);
    expect(fullMatrices(json).synergy.values).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('buildBaseline focus themes', () => {
  it('accepts labels, Dutch words and ids for focus themes, and rejects unknown ones with a suggestion', () => {
    const byLabel = toBaselineJson(buildBaseline(sample, { focusThemes: ['leefbaar loon', 'GBV'] }));
    const byId = toBaselineJson(buildBaseline(sample, { focusThemes: ['living-wage', 'gbv'] }));
    expect(byLabel.countries).toEqual(byId.countries);
    const missing = new Set(Object.values(byId.countries).flatMap((c) => c.missing));
    expect([...missing].every((t) => t === 'living-wage' || t === 'gbv')).toBe(true);
    expect(missing.size).toBeGreaterThan(0);
    expect(() => buildBaseline(sample, { focusThemes: ['livng wagee stuff'] })).toThrowError(
      /Unknown focus theme/,
    );
  });
});
