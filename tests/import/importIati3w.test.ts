import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { OptionsError } from '../../src/errors.js';
import { importIati3w, stubNamesFromCsv } from '../../src/import/importIati3w.js';
import type { ImportResult } from '../../src/import/types.js';
import {
  expectContract,
  expectLoadable,
  fixture,
  HAS_REALDATA,
  REALDATA,
  realdata,
  rows,
} from './helpers.js';

const FILE = 'iati3w-org-index.json';
const slice = () => importIati3w(fixture(FILE), { file: FILE });
const members = (r: ImportResult) => rows(r.files['members.csv']).records;
const expertise = (r: ImportResult) => rows(r.files['expertise.csv']).records;
const geo = (r: ImportResult) => rows(r.files['geography.csv']).records;

/** A one-record index with the fields given (info.name set unless `info` is given). */
function index(records: Record<string, Record<string, unknown>>): string {
  return JSON.stringify(records, null, 4);
}

describe('importIati3w on the real slice (tests/fixtures/import/iati3w-org-index.json)', () => {
  it('writes every organisation as a member: IATI ref else stub, acronym, type from the code, scope from the index', () => {
    const result = slice();
    expectContract(result);
    expectLoadable(result);
    expect(
      members(result).map((m) => `${m.id}|${m.name}|${m.type}|${m.scope}|${m.country}|${m.org_acronym}`),
    ).toEqual([
      'aid-vision|Aid Vision|other|national|SO|',
      'GB-CHC-292506|CARE International UK|ngo|international||CARE UK',
      'XI-IATI-GREDO|Gargaar Relief Development Organization|other|national|SO|GREDO',
      'GB-CHC-1001813|HALO Trust|ngo|international||',
      // "HREC | Hiran Regional Education Committee" split into acronym and name
      'hrec-hiran-regional-education-committee|Hiran Regional Education Committee|other|||HREC',
      'GB-CHC-1098106|Relief International UK|ngo|international||',
      'sswc|Save Somali Women and Children|other|national|SO|SSWC',
    ]);
    // The index lists HALO Trust twice (3W and IATI stubs): one member, its activities added up, reported.
    expect(result.merges.map((m) => `${m.canonical} < ${m.variants.join(', ')}`)).toEqual([
      'HALO Trust < The HALO Trust',
    ]);
    expect(members(result).find((m) => m.id === 'GB-CHC-1001813')?.activities).toBe(String(344 + 7));
  });

  it('maps cluster slugs to themes at country level (no area), with the counts, and DAC groups without a theme to nothing', () => {
    const result = slice();
    const of = (id: string) =>
      expertise(result)
        .filter((e) => e.member === id)
        .map((e) => `${e.theme}:${e.activities}:${e.country}:${e.area}`);
    // gredo: water-sanitation-hygiene -> wash, nutrition; nothing placed in an area.
    expect(of('XI-IATI-GREDO')).toEqual(['education:2:SO:', 'nutrition:44:SO:', 'wash:32:SO:']);
    // care-uk: 4 activities without a cluster are "government-civil-society": no theme, counted and warned.
    expect(of('GB-CHC-292506')).toEqual(['education:7:SO:']);
    expect(result.stats.unmappedThemes).toEqual({ 'government-civil-society': 22, 'other-multisector': 20 });
    const dac = result.warnings.filter((w) => w.column === '$[*].sectors.all.dac').map((w) => w.value);
    expect(dac).toEqual(['government-civil-society', 'other-multisector']);
    // Counted per organisation record, and said so (not "rows").
    expect(result.warnings.find((w) => w.value === 'government-civil-society')?.message).toMatch(
      /\(4 organisations\)$/,
    );
    expect(expertise(result).every((e) => e.area === '' && e.country === 'SO')).toBe(true);
  });

  it('places each organisation where the index counts its activities: the country row, then admin-1 and admin-2 areas apart', () => {
    const result = slice();
    const of = (id: string) =>
      geo(result)
        .filter((g) => g.member === id)
        .map((g) => `${g.area}:${g.activities}`);
    expect(of('XI-IATI-GREDO')).toEqual([':79', 'Bay:76', 'Baydhaba:57', 'Buur Hakaba:4', 'Diinsoor:15']);
    // CARE UK has no locations in the index: the country row only, no area it never worked in.
    expect(of('GB-CHC-292506')).toEqual([':11']);
    expect(geo(result).some((g) => g.area!.includes('>'))).toBe(false);
  });

  it('partners: index organisations work together (both ways), local ones outside are local partners, funders fund', () => {
    const names = stubNamesFromCsv(fixture('iati3w-org-stubs.csv'));
    const result = importIati3w(fixture(FILE), { file: FILE, names });
    const country = (id: string) => geo(result).find((g) => g.member === id && g.area === '')!;
    // CARE UK names gredo (in the index) as a local partner: they work together, listed on both sides.
    expect(country('GB-CHC-292506').works_with).toBe('XI-IATI-GREDO');
    expect(country('XI-IATI-GREDO').works_with).toBe('GB-CHC-292506');
    // Its other local partners are outside the index: local partners, named from the names table.
    expect(country('GB-CHC-292506').partners!.split('; ')).toEqual([
      'Horn of Africa Voluntary Youth Committee',
      'Nagaad Network',
      'Somali Women Study Centre',
      'Tadamun Social Society',
      'Umbrella for Community Education in Somalia',
      'Wardi Relief and Development Initiatives',
    ]);
    // International and unknown partners outside the index are left out, counted in a warning each.
    const outside = result.warnings.filter((w) => w.code === 'unknown_member' && w.column === null);
    expect(outside.map((w) => w.value)).toEqual([
      'international',
      'unknown',
      'VSF-Veterinaires Sans Frontieres',
    ]);
    expect(outside[0]!.message).toContain(': 17;');
    // The fund manager only funds: not a member, a funder of Relief International UK.
    expect(rows(result.files['funders.csv']).records).toEqual([
      {
        funder: 'EGEPT- Fund Manager PWC',
        funder_ref: '',
        funder_type: 'other',
        member: 'GB-CHC-1098106',
        country: 'SO',
        role: 'funding',
        activities: '1',
      },
    ]);
    expect(members(result).some((m) => m.name!.startsWith('EGEPT'))).toBe(false);
    expect(result.stats.partners).toBe(7);
  });

  it('without a names table, names local partners from their stubs and says so', () => {
    const result = slice();
    expect(geo(result).find((g) => g.member === 'GB-CHC-292506')?.partners).toBe(
      'Havoyoco; Nagaad Network; SWSC; TASS; UCES; WARDI',
    );
    expect(result.warnings.map((w) => w.value)).toContain('nagaad-network');
  });

  it('fundersAsMembers keeps organisations that mostly fund as members', () => {
    const result = importIati3w(fixture(FILE), { fundersAsMembers: true });
    expect(members(result).map((m) => m.name)).toContain('EGEPT- Fund Manager PWC');
    expect(result.files['funders.csv'].trim().split('\n')).toHaveLength(1);
  });

  it('accounts for every record: used + skipped = rows, each skipped record reported at its JSON path', () => {
    const result = slice();
    expect(result.stats).toMatchObject({ rows: 11, usedRows: 10, skippedRows: 1, members: 7 });
    const skipped = result.warnings.filter((w) => w.code === 'missing_value');
    expect(skipped.map((w) => `${w.file}:${w.line} ${w.column}`)).toEqual([
      'iati3w-org-index.json:1026 $["anonymous-org-7"].info.name',
    ]);
  });

  it('builds a baseline in which CARE UK and GREDO already work together', () => {
    const baseline = buildBaseline(slice().files);
    expect(baseline.partnership.members).toHaveLength(7);
    const care = baseline.partnership.geography.find((g) => g.member === 'GB-CHC-292506');
    expect(care?.worksWith).toEqual(['XI-IATI-GREDO']);
  });
});

describe('importIati3w: records, shapes and options', () => {
  it('reports a record without a name, a non-object record and a wrong field shape at their JSON paths', () => {
    const text = index({
      'care-uk': { info: { name: '  ', scope: 'international' } },
      odd: [1, 2] as unknown as Record<string, unknown>,
      sswc: {
        info: { name: 'Save Somali Women and Children', scope: 'locally' },
        sectors: { all: { humanitarian: { protection: 'many', health: 3 } } },
        locations: { all: { admin1: 'bay' } },
        activity_totals: { all: 4 },
      },
      idle: { info: { name: 'Idle Org' }, activity_totals: { all: 0 } },
    });
    const result = importIati3w(text, { file: 'org-index.json' });
    expect(result.stats).toMatchObject({ rows: 4, usedRows: 1, skippedRows: 3, members: 1 });
    expect(result.warnings.map((w) => `${w.file}:${w.line} ${w.column} ${w.code}`)).toEqual([
      'org-index.json:2 $["care-uk"].info.name missing_value',
      'org-index.json:8 $["odd"] parse_error',
      'org-index.json:12 $["sswc"].info.scope parse_error',
      'org-index.json:12 $["sswc"].sectors.all.humanitarian.protection parse_error',
      'org-index.json:12 $["sswc"].locations.all.admin1 parse_error',
      'org-index.json:34 $["idle"].activity_totals.all missing_value',
    ]);
    expect(result.files['expertise.csv'].split('\n')[1]).toBe('sswc,health,,observed,3,SO,');
    expect(result.files['members.csv'].split('\n')[1]).toBe(
      'sswc,Save Somali Women and Children,other,,,member,,unknown,4',
    );
  });

  it('gives malformed JSON one located warning (line and column) and no members', () => {
    const text = '{\n    "sswc": {\n        "info": {"name": "SSWC",}\n    }\n}\n';
    const result = importIati3w(text, { file: 'org-index.json' });
    expect(result.stats.members).toBe(0);
    expect(result.warnings).toHaveLength(1);
    const [w] = result.warnings;
    expect([w!.file, w!.line, w!.code]).toEqual(['org-index.json', 3, 'parse_error']);
    expect(w!.message).toMatch(/^Not valid JSON at line 3, column \d+: .+\. Nothing was read\.$/);
    expect(w!.message.split('\n')).toHaveLength(1);
    const cut = importIati3w('{"sswc": {"info": {"name": "SSWC"}', { file: 'org-index.json' });
    expect(cut.warnings[0]?.message).toMatch(/^Not valid JSON at line 1, column \d+/);
    const list = importIati3w('[1, 2]', { file: 'org-index.json' });
    expect(list.warnings.map((x) => `${x.column} ${x.code}`)).toEqual(['$ parse_error']);
  });

  it('speaks Dutch when asked (codes and paths unchanged)', () => {
    const bad = importIati3w('{"a": {"info": {"name": ""}}}', { lang: 'nl' });
    const idle = importIati3w('{"a": {"info": {"name": "A"}}}', { lang: 'nl' });
    expect(idle.warnings[0]?.message).toBe('Organisatie zonder enige activiteit in de index; overgeslagen.');
    expect(bad.warnings[0]).toMatchObject({ code: 'missing_value', column: '$["a"].info.name' });
    expect(bad.warnings[0]?.message).toBe('Organisatie zonder naam; overgeslagen.');
    const broken = importIati3w('{"a": ', { lang: 'nl' });
    expect(broken.warnings[0]?.message).toMatch(
      /^Geen geldige JSON op regel 1, kolom \d+: .+ Er is niets gelezen\.$/,
    );
    const partners = importIati3w(fixture(FILE), { lang: 'nl' }).warnings.map((w) => w.message);
    expect(partners).toContain(
      'Partners met reikwijdte "international" die geen organisatie uit de index zijn: 17; weggelaten (alleen lokale partners worden bewaard, als lokale partner).',
    );
  });

  it('applies themeMap to cluster and DAC slugs, and the country option', () => {
    const text = index({
      x: {
        info: { name: 'X Relief', scope: 'local' },
        activity_totals: { all: 7 },
        sectors: {
          all: {
            humanitarian: { nutrition: 2, 'no-corresponding-humanitarian-cluster': 5 },
            dac: { 'government-civil-society': 5, 'general-environment-protection': 1 },
          },
        },
      },
    });
    const plain = importIati3w(text);
    expect(expertise(plain).map((e) => `${e.theme}:${e.activities}`)).toEqual([
      'environment:1',
      'nutrition:2',
    ]);
    const mapped = importIati3w(text, {
      themeMap: { 'government-civil-society': 'governance', nutrition: null },
      country: 'Kenya',
    });
    expect(expertise(mapped).map((e) => `${e.theme}:${e.activities}:${e.country}`)).toEqual([
      'environment:1:KE',
      'governance:5:KE',
    ]);
    expect(mapped.stats.unmappedThemes).toEqual({});
  });

  it('rejects unknown option keys and a country that is none', () => {
    expect(() => importIati3w('{}', { contry: 'SO' } as never)).toThrow(OptionsError);
    expect(() => importIati3w('{}', { country: 'Atlantis' })).toThrow(/Atlantis/);
  });

  it('enforces the size limits', () => {
    expect(() => importIati3w('{"a": {"info": {"name": "A"}}}', { limits: { maxBytes: 10 } })).toThrow(/10/);
    expect(importIati3w('{"a": {"info": {"name": "A"}, "activity_totals": {"all": 1}}}').stats.members).toBe(
      1,
    );
    expect(() =>
      importIati3w('{"a": {"info": {"name": "A"}}, "b": {"info": {"name": "B"}}}', {
        limits: { maxRows: 1 },
      }),
    ).toThrow();
  });
});

describe.skipIf(!HAS_REALDATA)('importIati3w on the full sample in ../shared/realdata', () => {
  const file = 'somalia-iati3w/org-index.sample.json';
  it(`reads ${file}: every record used or reported, files in the contract, loadable`, () => {
    const names = stubNamesFromCsv(realdata('somalia-iati3w/org-stubs.derived.csv'));
    const result = importIati3w(realdata(file), { file: 'org-index.sample.json', names });
    const { rows: n, usedRows, skippedRows } = result.stats;
    expect([n, usedRows + skippedRows]).toEqual([170, 170]);
    expect(result.warnings.filter((w) => w.code === 'missing_value')).toHaveLength(skippedRows);
    expect(result.stats.members).toBeGreaterThan(130);
    expectContract(result);
    expectLoadable(result);
    // No area is invented: every area row is an admin-1 or admin-2 slug of that organisation.
    expect(geo(result).filter((g) => g.area !== '').length).toBeGreaterThan(result.stats.members);
    // With the curators' names table, every local partner outside the index has a real name.
    expect(result.warnings.some((w) => w.message.includes('--names'))).toBe(false);
  });
});
if (!HAS_REALDATA)
  console.warn(`[tests/import] ${REALDATA} not found: the IATI3W real-data test is skipped.`);
