/**
 * The core reads the shipped taxonomies from src/normalise/taxonomyTables.ts, which
 * scripts/build-taxonomy-tables.ts writes from data/taxonomies/*.json (the files people edit and
 * the package ships). The entries must be the files' entries, without their descriptions, which
 * `partner-synergy/report` gives as TAXONOMY_DESCRIPTIONS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  readTaxonomyFile,
  TAXONOMY_TABLES_PATH,
  taxonomyTablesSource,
} from '../../scripts/build-taxonomy-tables.js';
import { DEFAULT_SECTORS, DEFAULT_THEMES } from '../../src/normalise/taxonomy.js';
import { TAXONOMY_DESCRIPTIONS } from '../../src/report/taxonomyDescriptions.js';
import { TaxonomyFileSchema } from '../../src/schema/taxonomy.js';

const shipped = [
  ['themes', DEFAULT_THEMES],
  ['sectors', DEFAULT_SECTORS],
] as const;

describe('the taxonomy tables of the core', () => {
  it('are the fresh output of scripts/build-taxonomy-tables.ts (run `npm run taxonomies` after editing data/taxonomies)', () => {
    expect(readFileSync(TAXONOMY_TABLES_PATH, 'utf8')).toBe(taxonomyTablesSource());
  });

  for (const [name, entries] of shipped) {
    it(`${name}: the entries are the file's, field for field and in order, without descriptions`, () => {
      const file = readTaxonomyFile(name);
      expect(TaxonomyFileSchema.safeParse(file).success).toBe(true);
      const withoutDescription = file.map(({ description: _, ...rest }) => rest);
      // JSON.stringify compares the key order too (id, en, nl, aliases, irbc, dac).
      expect(JSON.stringify(entries)).toBe(JSON.stringify(withoutDescription));
      expect(entries.length).toBeGreaterThan(20);
      expect(entries.some((e) => e.description !== undefined)).toBe(false);
    });

    it(`${name}: every description of the file is in TAXONOMY_DESCRIPTIONS (partner-synergy/report)`, () => {
      const file = readTaxonomyFile(name);
      expect(TAXONOMY_DESCRIPTIONS[name]).toEqual(Object.fromEntries(file.map((e) => [e.id, e.description])));
      expect(Object.keys(TAXONOMY_DESCRIPTIONS[name])).toEqual(entries.map((e) => e.id));
    });
  }

  it('keeps the DAC codes and IRBC agreements the importers and the lobby recommendation use', () => {
    expect(DEFAULT_THEMES.find((t) => t.id === 'gbv')?.dac).toEqual(['15180']);
    const garment = DEFAULT_SECTORS.find((s) => s.id === 'garment-textiles');
    expect(garment?.dac).toEqual(['32163']);
    expect(garment?.irbc).toMatch(/Garment/);
    expect(DEFAULT_THEMES.find((t) => t.id === 'living-wage')?.aliases).toContain('leefbaar loon');
  });
});
