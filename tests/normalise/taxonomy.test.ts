import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { foldText } from '../../src/normalise/fold.js';
import {
  CUSTOM_ID_PREFIX,
  createTaxonomy,
  DEFAULT_SECTORS,
  DEFAULT_THEMES,
  isCustomId,
} from '../../src/normalise/taxonomy.js';
import type { MatchResult, TaxonomyEntry } from '../../src/normalise/types.js';
import { TAXONOMY_DESCRIPTIONS } from '../../src/report/taxonomyDescriptions.js';
import { TaxonomyFileSchema } from '../../src/schema/taxonomy.js';

const idOf = (r: MatchResult<TaxonomyEntry>): string | null =>
  r.kind === 'exact' || r.kind === 'fuzzy' ? r.value.id : null;

const shipped = [
  ['themes', DEFAULT_THEMES],
  ['sectors', DEFAULT_SECTORS],
] as const;

describe('shipped taxonomy data', () => {
  for (const [name, entries] of shipped) {
    it(`${name}.json validates against TaxonomyFileSchema`, () => {
      expect(TaxonomyFileSchema.safeParse(entries).success).toBe(true);
    });

    it(`${name}: every id, label and alias resolves exactly to its own entry`, () => {
      const taxonomy = createTaxonomy(entries);
      for (const entry of entries) {
        for (const key of [entry.id, entry.en, entry.nl, ...entry.aliases]) {
          expect([key, idOf(taxonomy.resolve(key)), taxonomy.resolve(key).kind]).toEqual([
            key,
            entry.id,
            'exact',
          ]);
        }
      }
    });

    it(`${name}: no folded key is shared by two entries`, () => {
      const owner = new Map<string, string>();
      for (const entry of entries) {
        for (const key of [entry.id, entry.en, entry.nl, ...entry.aliases]) {
          const folded = foldText(key);
          const previous = owner.get(folded);
          expect([folded, previous ?? entry.id]).toEqual([folded, entry.id]);
          owner.set(folded, entry.id);
        }
      }
    });

    it(`${name}: ids are unique kebab-case and every entry has Dutch and English labels`, () => {
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of entries) {
        expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(e.en.length).toBeGreaterThan(0);
        expect(e.nl.length).toBeGreaterThan(0);
        expect(TAXONOMY_DESCRIPTIONS[name][e.id]?.length ?? 0, e.id).toBeGreaterThan(0);
      }
    });
  }

  it('has the themes of the seed documents', () => {
    const ids = new Set(DEFAULT_THEMES.map((t) => t.id));
    for (const id of [
      'osh',
      'gbv',
      'living-wage',
      'wages-contracts',
      'working-hours',
      'maternity',
      'childcare',
      'womens-empowerment',
      'child-labour',
      'freedom-of-association',
      'due-diligence',
      'grievance-mechanisms',
      'land-rights',
      'environment',
      'lobby-advocacy',
      'stakeholder-mapping',
      'research',
      'training',
      'business-case',
    ]) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('names the IRBC agreement of the IRBC sectors', () => {
    for (const id of [
      'garment-textiles',
      'banking',
      'food-products',
      'gold-metals',
      'natural-stone',
      'floriculture',
      'pensions',
      'insurance',
    ]) {
      expect(DEFAULT_SECTORS.find((s) => s.id === id)?.irbc?.length ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('createTaxonomy.resolve', () => {
  const themes = createTaxonomy(DEFAULT_THEMES);
  const sectors = createTaxonomy(DEFAULT_SECTORS);

  it('resolves abbreviations and Dutch labels', () => {
    expect(idOf(themes.resolve('GBV'))).toBe('gbv');
    expect(themes.resolve('gendergerelateerd geweld').kind).toBe('exact');
    expect(idOf(themes.resolve('gendergerelateerd geweld'))).toBe('gbv');
    expect(idOf(themes.resolve('Leefbaar loon'))).toBe('living-wage');
    expect(idOf(themes.resolve('OSH'))).toBe('osh');
    expect(idOf(themes.resolve('Occupational Health & Safety'))).toBe('osh');
    expect(idOf(themes.resolve('OESO-richtlijnen'))).toBe('due-diligence');
    expect(idOf(sectors.resolve('Kleding en textiel'))).toBe('garment-textiles');
    expect(idOf(sectors.resolve('sierteelt'))).toBe('floriculture');
  });

  it('resolves "Label (ABBR)" exactly', () => {
    expect(themes.resolve('Gender-based violence (GBV)')).toMatchObject({
      kind: 'exact',
      value: { id: 'gbv' },
    });
    expect(themes.resolve('Human rights due diligence (HRDD)')).toMatchObject({
      kind: 'exact',
      value: { id: 'due-diligence' },
    });
  });

  it("resolves typos as 'fuzzy'", () => {
    expect(themes.resolve('livng wage')).toMatchObject({
      kind: 'fuzzy',
      value: { id: 'living-wage' },
      matched: 'Living wage',
    });
    expect(themes.resolve('freedom of assocation')).toMatchObject({
      kind: 'fuzzy',
      value: { id: 'freedom-of-association' },
    });
    expect(sectors.resolve('Garmnet')).toMatchObject({ kind: 'fuzzy', value: { id: 'garment-textiles' } });
  });

  it("returns 'none' for unknown labels and prototype names, without side effects", () => {
    for (const label of ['quantum computing', '__proto__', 'constructor', 'hasOwnProperty', '']) {
      expect(themes.resolve(label).kind).toBe('none');
    }
    expect(themes.get('__proto__')).toBeUndefined();
    expect(themes.get('constructor')).toBeUndefined();
    expect(themes.label('constructor', 'en')).toBe('constructor');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('createTaxonomy: ids, labels, custom categories, DAC codes', () => {
  it('looks entries up by id and renders labels in English and Dutch', () => {
    const themes = createTaxonomy(DEFAULT_THEMES);
    expect(themes.get('gbv')?.en).toBe('Gender-based violence and sexual harassment');
    expect(themes.label('living-wage', 'nl')).toBe('Leefbaar loon');
    expect(themes.label('living-wage', 'en')).toBe('Living wage');
    expect(themes.label('no-such-id', 'en')).toBe('no-such-id');
  });

  it('registers custom categories that render as their original text', () => {
    const themes = createTaxonomy(DEFAULT_THEMES);
    const custom = themes.addCustom('  Quantum Computing  ');
    expect(custom.id).toBe(`${CUSTOM_ID_PREFIX}quantum-computing`);
    expect(isCustomId(custom.id)).toBe(true);
    expect(themes.label(custom.id, 'nl')).toBe('Quantum Computing');
    expect(themes.get(custom.id)).toBe(custom);
    expect(themes.addCustom('quantum-computing')).toBe(custom);
    expect(themes.resolve('QUANTUM COMPUTING')).toEqual({ kind: 'exact', value: custom });
    expect(themes.entries().at(-1)).toBe(custom);
    expect(themes.entries()).toHaveLength(DEFAULT_THEMES.length + 1);
  });

  it('resolves a label the same after thousands of lookups as on a fresh taxonomy (memoised folding, property)', () => {
    const label = fc.string({
      unit: fc.constantFrom('q', 'Q', 'u', 'é', ' ', '-', '_', 'x', '1'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 30 }),
        fc.array(label, { maxLength: 30 }),
        (added, asked) => {
          const used = createTaxonomy(DEFAULT_THEMES);
          const fresh = createTaxonomy(DEFAULT_THEMES);
          for (const l of [...asked, ...added]) used.resolve(l);
          for (const l of added) {
            if (foldText(l) === '') continue;
            used.addCustom(l);
            fresh.addCustom(l);
          }
          for (const l of [...asked, ...added]) expect(used.resolve(l)).toEqual(fresh.resolve(l));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps custom categories per taxonomy instance', () => {
    const a = createTaxonomy(DEFAULT_THEMES);
    const b = createTaxonomy(DEFAULT_THEMES);
    a.addCustom('Quantum computing');
    expect(b.get('custom:quantum-computing')).toBeUndefined();
  });

  it('refuses a custom category without letters or digits', () => {
    expect(() => createTaxonomy(DEFAULT_THEMES).addCustom(' -- ')).toThrow(OptionsError);
  });

  it('maps DAC codes to entries', () => {
    const sectors = createTaxonomy(DEFAULT_SECTORS);
    expect(sectors.fromDac('32163')?.id).toBe('garment-textiles');
    expect(sectors.fromDac('24030')?.id).toBe('banking');
    expect(sectors.fromDac('99999')).toBeUndefined();
    expect(createTaxonomy(DEFAULT_THEMES).fromDac('15180')?.id).toBe('gbv');
  });

  it('accepts extra entries from the user', () => {
    const themes = createTaxonomy(DEFAULT_THEMES, [
      { id: 'fair-taxes', en: 'Fair taxation', nl: 'Eerlijke belastingen', aliases: ['tax justice'] },
    ]);
    expect(idOf(themes.resolve('tax justice'))).toBe('fair-taxes');
    expect(themes.entries()).toHaveLength(DEFAULT_THEMES.length + 1);
  });

  it('throws OptionsError listing duplicate ids, colliding keys, shared DAC codes and invalid entries', () => {
    const base: TaxonomyEntry = { id: 'a', en: 'Alpha', nl: 'Alfa', aliases: ['first'], dac: ['11110'] };
    expect(() => createTaxonomy([base, { ...base, en: 'Other', nl: 'Ander', aliases: [], dac: [] }])).toThrow(
      /duplicate id "a"/,
    );
    expect(() => createTaxonomy([base, { id: 'b', en: 'Beta', nl: 'Bèta', aliases: ['FIRST'] }])).toThrow(
      /key "first" names several entries: a, b/,
    );
    expect(() =>
      createTaxonomy([base, { id: 'b', en: 'Beta', nl: 'Bèta', aliases: [], dac: ['11110'] }]),
    ).toThrow(/DAC code 11110/);
    const invalid = [
      { id: 'Not Kebab', en: '', nl: 'x', aliases: [], alias: [] },
    ] as unknown as TaxonomyEntry[];
    try {
      createTaxonomy(invalid);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OptionsError);
      const message = (e as Error).message;
      expect(message).toMatch(/id/);
      expect(message).toMatch(/en/);
      expect(message).toMatch(/alias/);
    }
    expect(() => createTaxonomy(DEFAULT_THEMES, DEFAULT_THEMES.slice(0, 1))).toThrow(OptionsError);
  });

  it('memoises resolution per distinct label', () => {
    const themes = createTaxonomy(DEFAULT_THEMES);
    for (let i = 0; i < 10_000; i++) themes.resolve(['livng wage', 'GBV', 'Leefbaar Loon'][i % 3]!);
    expect(themes.stats.misses).toBe(3);
    expect(themes.stats.searches).toBe(1);
  });
});

const sectorCsv = path.resolve(__dirname, '../../../shared/realdata/iati-codelists/csv-en/Sector.csv');
if (!existsSync(sectorCsv)) console.warn(`skipping DAC code check: ${sectorCsv} not found`);

describe.skipIf(!existsSync(sectorCsv))('DAC codes against the IATI Sector codelist', () => {
  it('every DAC code in the taxonomies is an active IATI sector code', () => {
    const active = new Set<string>();
    for (const line of readFileSync(sectorCsv, 'utf8').split(/\r?\n/)) {
      const code = /^(\d{5}),/.exec(line)?.[1];
      if (code && /,active,[^,]*$/.test(line)) active.add(code);
    }
    expect(active.size).toBeGreaterThan(250);
    for (const entry of [...DEFAULT_THEMES, ...DEFAULT_SECTORS]) {
      for (const code of entry.dac ?? [])
        expect([entry.id, code, active.has(code)]).toEqual([entry.id, code, true]);
    }
  });
});
