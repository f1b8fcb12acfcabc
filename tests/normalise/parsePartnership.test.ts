import { describe, expect, it } from 'vitest';
import { InputRejectedError } from '../../src/errors.js';
import { parsePartnership, parsePartnershipOrThrow } from '../../src/normalise/parsePartnership.js';
import type { Partnership } from '../../src/schema/records.js';
import { readDataDir, readText } from '../helpers.js';

/** The partnership without provenance (sources) and without `since` (a survey export has no years). */
function content(p: Partnership) {
  return {
    members: p.members.map(({ sources: _s, extras: _e, ...m }) => m),
    expertise: p.expertise.map(({ sources: _s, ...r }) => r),
    geography: p.geography.map(({ sources: _s, since: _y, ...r }) => r),
    sectors: p.sectors.map(({ sources: _s, ...r }) => r),
    companies: p.companies.map(({ sources: _s, ...r }) => r),
  };
}

function accountedFor(result: ReturnType<typeof parsePartnership>) {
  for (const f of result.files) {
    expect(f.accepted + f.rejected, f.file).toBe(f.rows);
    const rowIssues = result.rejected.filter((i) => i.file === f.file && i.line > 0);
    expect(rowIssues.length, f.file).toBe(f.rejected);
  }
}

describe('parsePartnership on the bundled samples', () => {
  const clean = parsePartnership(readDataDir('data/sample-partnership'));
  const messy = parsePartnership(readDataDir('data/sample-partnership-messy'));

  it('reads the clean sample with no rejection and no warning', () => {
    expect(clean.rejected).toEqual([]);
    expect(clean.warnings).toEqual([]);
    expect(clean.partnership.members).toHaveLength(12);
    accountedFor(clean);
  });

  it('reads the messy sample (Dutch, Windows-1252, ;, CRLF, survey export, typos) to the same partnership', () => {
    expect(content(messy.partnership)).toEqual(content(clean.partnership));
  });

  it('rejects exactly the planted bad rows, at the right file, line, column and code', () => {
    const expected = JSON.parse(readText('tests/fixtures/sample-expected/messy-rejections.json')) as {
      file: string;
      line: number;
      column: string;
      code: string;
    }[];
    const got = messy.rejected.map((i) => ({ file: i.file, line: i.line, column: i.column, code: i.code }));
    expect(got).toEqual(expected.map(({ file, line, column, code }) => ({ file, line, column, code })));
    accountedFor(messy);
  });

  it('reports what the fuzzy matcher changed, original -> normalised, with the suggestion', () => {
    const typo = messy.warnings.find((w) => w.code === 'fuzzy_match' && w.value === 'Bangaldesh');
    expect(typo?.suggestion).toBe('Bangladesh');
    expect(typo?.message).toContain('"Bangaldesh"');
  });

  it('gives a "did you mean" for an unknown member', () => {
    const unknown = messy.rejected.find((i) => i.code === 'unknown_member');
    expect(unknown?.value).toBe('Onbekende Stichting');
    expect(unknown?.message).toMatch(/Unknown member/);
  });

  it('says which encoding and delimiter each file used', () => {
    const leden = messy.files.find((f) => f.file === 'leden.csv');
    expect(leden).toMatchObject({ encoding: 'windows-1252', delimiter: ';', kind: 'members' });
    const netwerken = messy.files.find((f) => f.file === 'netwerken.csv');
    expect(netwerken).toMatchObject({ encoding: 'utf-8-bom', kind: 'sectors' });
  });
});

describe('parsePartnership rules', () => {
  const members =
    'id,name,type,country,role\nA,Alpha Foundation,ngo,Netherlands,lead\nB,Bèta Union,union,NL,member\n';

  it('resolves member references by id or by name, case and accents ignored', () => {
    const r = parsePartnership({
      'members.csv': members,
      'expertise.csv': 'member,theme,level\nalpha foundation,GBV,4\nBETA UNION,living wage,expert\n',
    });
    expect(r.rejected).toEqual([]);
    expect(r.partnership.expertise.map((e) => [e.member, e.theme, e.level])).toEqual([
      ['A', 'gbv', 4],
      ['B', 'living-wage', 5],
    ]);
  });

  it('merges duplicate expertise rows: the highest level wins, reported as a warning at the later line', () => {
    const r = parsePartnership({
      'members.csv': members,
      'expertise.csv': 'member,theme,level\nA,gbv,2\nA,GBV,4\nA,gender-based violence,3\n',
    });
    expect(r.partnership.expertise).toHaveLength(1);
    expect(r.partnership.expertise[0]?.level).toBe(4);
    expect(r.partnership.expertise[0]?.sources.map((s) => s.line)).toEqual([2, 3, 4]);
    const dups = r.warnings.filter((w) => w.code === 'duplicate_row');
    expect(dups.map((w) => w.line)).toEqual([3, 4]);
  });

  it('merges duplicate geography rows: the strongest presence wins and partners are combined', () => {
    const r = parsePartnership({
      'members.csv': members,
      'geography.csv': 'member,country,presence,partners\nA,BD,network,X\nA,Bangladesh,office,Y; X\n',
    });
    expect(r.partnership.geography).toEqual([
      expect.objectContaining({ member: 'A', country: 'BD', presence: 'office', partners: ['X', 'Y'] }),
    ]);
  });

  it('rejects "n/a" and other no-value placeholders as a missing theme or sector, not a custom category', () => {
    const r = parsePartnership({
      'members.csv': members,
      'expertise.csv': 'member,theme,level\nA,n/a,3\nA,N.v.t.,2\nA,living wage,4\n',
      'sectors.csv': 'member,sector,network,strength\nA,Unknown,companies,3\nA,textiles,companies,4\n',
    });
    expect(r.partnership.expertise.map((e) => e.theme)).toEqual(['living-wage']);
    expect(r.partnership.sectors).toHaveLength(1);
    expect(r.rejected.map((i) => [i.file, i.line, i.code, i.value])).toEqual([
      ['expertise.csv', 2, 'missing_value', 'n/a'],
      ['expertise.csv', 3, 'missing_value', 'N.v.t.'],
      ['sectors.csv', 2, 'missing_value', 'Unknown'],
    ]);
    expect(r.warnings.map((w) => w.code)).not.toContain('custom_category');
  });

  it('keeps an unknown theme as a custom category with a warning, and rejects it in strict mode', () => {
    const files = { 'members.csv': members, 'expertise.csv': 'member,theme,level\nA,Beekeeping,3\n' };
    const forgiving = parsePartnership(files);
    expect(forgiving.partnership.expertise[0]?.theme).toMatch(/^custom:/);
    expect(forgiving.warnings.map((w) => w.code)).toContain('custom_category');
    const strict = parsePartnership(files, { strict: true });
    expect(strict.partnership.expertise).toEqual([]);
    expect(strict.rejected.map((i) => [i.line, i.code])).toEqual([[2, 'custom_category']]);
    expect(strict.files.find((f) => f.file === 'expertise.csv')).toMatchObject({
      rows: 1,
      accepted: 0,
      rejected: 1,
    });
  });

  it('rejects every row of a file it cannot identify, and says how to fix it', () => {
    const r = parsePartnership({ 'members.csv': members, 'notes.csv': 'foo,bar\n1,2\n3,4\n' });
    const notes = r.rejected.filter((i) => i.file === 'notes.csv');
    expect(notes.map((i) => i.line)).toEqual([2, 3]);
    expect(notes[0]?.code).toBe('unknown_file');
    expect(notes[0]?.message).toMatch(/members\.csv/);
  });

  it('derives member ids from names when there is no id column', () => {
    const r = parsePartnership({ 'leden.csv': 'naam;soort\nFair Threads Alliance;ngo\n' });
    expect(r.partnership.members.map((m) => m.id)).toEqual(['fair-threads-alliance']);
  });

  it('keeps one member per id folded for case (the id first in code-unit order), whatever the row order', () => {
    const a = parsePartnership({ 'members.csv': 'id,name\nabc,Alpha\nABC,Another\n' });
    const b = parsePartnership({ 'members.csv': 'id,name\nABC,Another\nabc,Alpha\n' });
    for (const r of [a, b])
      expect(r.partnership.members.map((m) => `${m.id}:${m.name}`)).toEqual(['ABC:Another']);
    expect(a.rejected.map((i) => [i.line, i.code, i.value])).toEqual([[2, 'duplicate_member', 'abc']]);
    expect(b.rejected.map((i) => [i.line, i.code, i.value])).toEqual([[3, 'duplicate_member', 'abc']]);
  });

  it('keeps unknown member columns as extras, and headers like __proto__ pollute nothing', () => {
    const r = parsePartnership({
      'members.csv': 'id,name,__proto__,constructor,website\nA,Alpha,x,y,https://a.example\n',
    });
    const m = r.partnership.members[0]!;
    expect(m.extras.website).toBe('https://a.example');
    expect(Object.getOwnPropertyNames(m.extras)).toContain('__proto__');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('reads a wide survey export: levels, presence columns, "Partner (Country)" and sector items', () => {
    const r = parsePartnership({
      'survey.csv': [
        'Naam;Expertise;Kantoren;Programmalanden;Lokale partners;Sectoren',
        'Alpha;"Leefbaar loon (5); GBV: 4";Bangladesh;India | Kenia;Karmojibi Nari (Bangladesh);Kleding en textiel (IMVO-convenant, 4)',
      ].join('\r\n'),
    });
    expect(r.rejected).toEqual([]);
    const p = r.partnership;
    expect(p.members.map((m) => m.name)).toEqual(['Alpha']);
    expect(p.expertise.map((e) => [e.theme, e.level])).toEqual([
      ['gbv', 4],
      ['living-wage', 5],
    ]);
    expect(p.geography.map((g) => [g.country, g.presence, g.partners])).toEqual([
      ['BD', 'office', ['Karmojibi Nari']],
      ['IN', 'programme', []],
      ['KE', 'programme', []],
    ]);
    expect(p.sectors.map((s) => [s.sector, s.network, s.strength])).toEqual([
      ['garment-textiles', 'irbc_agreement', 4],
    ]);
  });

  it('parsePartnershipOrThrow throws InputRejectedError carrying every located issue', () => {
    expect(() =>
      parsePartnershipOrThrow({ 'members.csv': members, 'expertise.csv': 'member,theme,level\nA,gbv,9\n' }),
    ).toThrowError(InputRejectedError);
    try {
      parsePartnershipOrThrow({ 'members.csv': members, 'expertise.csv': 'member,theme,level\nA,gbv,9\n' });
    } catch (e) {
      expect((e as InputRejectedError).issues[0]).toMatchObject({
        file: 'expertise.csv',
        line: 2,
        code: 'invalid_level',
      });
    }
  });

  it('does not depend on the order of files or rows', () => {
    const a = parsePartnership({
      'members.csv': members,
      'expertise.csv': 'member,theme,level\nA,gbv,4\nB,osh,3\n',
    });
    const b = parsePartnership({
      'expertise.csv': 'member,theme,level\nB,osh,3\nA,gbv,4\n',
      'members.csv':
        'id,name,type,country,role\nB,Bèta Union,union,NL,member\nA,Alpha Foundation,ngo,Netherlands,lead\n',
    });
    expect(content(a.partnership)).toEqual(content(b.partnership));
  });
});
