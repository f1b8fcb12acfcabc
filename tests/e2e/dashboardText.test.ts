import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The dashboard's UI texts without a browser: the TEXT table of examples/dashboard/dashboard.js
 * (read from the source) holds every key in English and Dutch, every t('key') the page calls is
 * in both, and no sentence is put on the page outside the table (a fixed English 'The heatmap
 * could not be drawn.' was shown in Dutch mode).
 */
const source = readFileSync(join(repoRoot, 'examples/dashboard/dashboard.js'), 'utf8');
const start = source.indexOf('const TEXT = {');
const end = source.indexOf('\n};\n', start);
const TEXT = new Function(`return ${source.slice(start + 'const TEXT = '.length, end + 2)}`)() as Record<
  'en' | 'nl',
  Record<string, string>
>;
const rest = source.slice(end);

describe('dashboard UI texts', () => {
  it('has every key in English and in Dutch, none empty', () => {
    expect(Object.keys(TEXT.nl).sort()).toEqual(Object.keys(TEXT.en).sort());
    for (const lang of ['en', 'nl'] as const) {
      for (const [key, text] of Object.entries(TEXT[lang]))
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has the heatmap texts in both languages', () => {
    expect(TEXT.en.heatmapError).toBe('The heatmap could not be drawn.');
    expect(TEXT.nl.heatmapError).toBe('De heatmap kon niet worden getekend.');
    expect([TEXT.en.heatmapAxisNote, TEXT.nl.heatmapAxisNote]).toEqual([
      'row gains from column',
      'rij wint van kolom',
    ]);
    expect([TEXT.en.heatmapEmpty, TEXT.nl.heatmapEmpty]).toEqual(['No data', 'Geen gegevens']);
  });

  it('calls t() only with keys of the table', () => {
    const used = [...rest.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !Object.hasOwn(TEXT.en, k))).toEqual([]);
  });

  it('puts no fixed sentence on the page outside the table', () => {
    // A text: or textContent = with a literal of two or more words would skip the language switch.
    const literals = [...rest.matchAll(/(?:text:|textContent =)\s*(['"`])([A-Za-z][^'"`]*\s[^'"`]*)\1/g)].map(
      (m) => m[2],
    );
    expect(literals).toEqual([]);
    expect(rest).not.toMatch(/state\.lang === 'nl' \? '[^']* [^']*' : '/);
  });
});
