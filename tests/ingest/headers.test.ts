import { describe, expect, it } from 'vitest';
import {
  detectFileKind,
  foldHeader,
  HEADER_ALIASES,
  matchHeaders,
  REQUIRED_FIELDS,
} from '../../src/ingest/headers.js';
import type { FileKind } from '../../src/schema/records.js';

const fieldsOf = (header: string[], kind: FileKind) => Object.fromEntries(matchHeaders(header, kind).fields);

describe('foldHeader', () => {
  it('folds case, accents, spaces, underscores, hyphens, dots and slashes', () => {
    expect(foldHeader('  Organisatie_Type ')).toBe('organisatie type');
    expect(foldHeader('Niveau-Expertise')).toBe('niveau expertise');
    expect(foldHeader('Pays/Région')).toBe('pays region');
    expect(foldHeader('Org.\tNaam')).toBe('org naam');
    expect(foldHeader('ÉNQUÊTE')).toBe('enquete');
    expect(foldHeader('')).toBe('');
  });
});

describe('HEADER_ALIASES', () => {
  it('is frozen data covering every kind, with every required field present', () => {
    expect(Object.isFrozen(HEADER_ALIASES)).toBe(true);
    for (const kind of Object.keys(REQUIRED_FIELDS) as FileKind[]) {
      const table = HEADER_ALIASES[kind];
      expect(Object.isFrozen(table)).toBe(true);
      for (const field of REQUIRED_FIELDS[kind]) expect(table[field]?.length).toBeGreaterThan(0);
      for (const aliases of Object.values(table)) expect(Object.isFrozen(aliases)).toBe(true);
    }
  });

  it('lists the canonical name first for every field', () => {
    for (const table of Object.values(HEADER_ALIASES)) {
      for (const [field, aliases] of Object.entries(table)) {
        expect(foldHeader(aliases[0]!).replace(/ /g, '_')).toBe(field);
      }
    }
  });
});

describe('matchHeaders', () => {
  it('maps Dutch headers of a members file and reports unknown columns as extras', () => {
    const m = matchHeaders(['Afkorting', 'Naam', 'Soort', 'Land', 'Rol', 'Opmerking'], 'members');
    expect(Object.fromEntries(m.fields)).toEqual({ id: 0, name: 1, type: 2, country: 3, role: 4 });
    expect(m.extras).toEqual([{ name: 'Opmerking', index: 5 }]);
    expect(m.missing).toEqual([]);
  });

  it('matches case-, accent- and punctuation-insensitively', () => {
    expect(fieldsOf(['ORGANISATIE', 'Thémà', 'Niveau'], 'expertise')).toEqual({
      member: 0,
      theme: 1,
      level: 2,
    });
    expect(fieldsOf(['Member', 'Sector', 'Network_Type', 'Strength (1-5)'], 'sectors')).toEqual({
      member: 0,
      sector: 1,
      network: 2,
      strength: 3,
    });
    expect(fieldsOf(['Name', "Thema's", 'Kantoren'], 'wide')).toEqual({ name: 0, expertise: 1, offices: 2 });
  });

  it('reports missing required fields', () => {
    expect(matchHeaders(['member', 'level'], 'expertise').missing).toEqual(['theme']);
    expect(matchHeaders([], 'geography').missing).toEqual(['member', 'country']);
  });

  it('gives each column to one field only: the field whose alias ranks higher wins', () => {
    // "Name" is the first alias of name; "Partner" a later one: Partner becomes an extra.
    const m = matchHeaders(['Partner', 'Name'], 'members');
    expect(Object.fromEntries(m.fields)).toEqual({ name: 1 });
    expect(m.extras).toEqual([{ name: 'Partner', index: 0 }]);
    // In a geography file with a member column, "Partner" names the local partners.
    expect(fieldsOf(['Member', 'Country', 'Partner'], 'geography')).toEqual({
      member: 0,
      country: 1,
      partners: 2,
    });
  });

  it('takes the leftmost of two columns with the same name', () => {
    const m = matchHeaders(['name', 'Name'], 'members');
    expect(m.fields.get('name')).toBe(0);
    expect(m.extras).toEqual([{ name: 'Name', index: 1 }]);
  });

  it('ignores columns with an empty name for matching but lists them as extras', () => {
    const m = matchHeaders(['name', '', 'country'], 'members');
    expect(Object.fromEntries(m.fields)).toEqual({ name: 0, country: 2 });
    expect(m.extras).toEqual([{ name: '', index: 1 }]);
  });

  it('is safe with __proto__ and constructor as column names', () => {
    const m = matchHeaders(['__proto__', 'constructor', 'name'], 'members');
    expect(Object.fromEntries(m.fields)).toEqual({ name: 2 });
    expect(m.extras.map((e) => e.name)).toEqual(['__proto__', 'constructor']);
  });

  it('maps the wide survey columns to snake_case fields', () => {
    const header = [
      'Naam',
      'Expertise',
      'Landen met kantoor',
      'Landen via lokale partners',
      'Programmalanden',
      'Netwerklanden',
      'Lokale partners',
      'Sectoren',
    ];
    expect(fieldsOf(header, 'wide')).toEqual({
      name: 0,
      expertise: 1,
      offices: 2,
      local_partner_countries: 3,
      programme_countries: 4,
      network_countries: 5,
      local_partners: 6,
      sectors: 7,
    });
  });
});

describe('detectFileKind', () => {
  it.each([
    ['leden.csv', ['Naam', 'Soort', 'Land'], 'members'],
    ['Expertise export 2024.csv', ['Organisatie', 'Thema', 'Niveau'], 'expertise'],
    ['enquete_resultaten.csv', ['Naam', 'Expertise'], 'wide'],
    ['data/Geografie.CSV', ['lid', 'land', 'vorm'], 'geography'],
    ['C:\\exports\\sector_networks.tsv', ['member', 'sector'], 'sectors'],
    ['bedrijven.csv', ['Bedrijf', 'Sector'], 'companies'],
    ['partners_expertise.csv', ['member', 'theme'], 'expertise'],
  ] as const)('recognises %s by its name', (name, header, kind) => {
    expect(detectFileKind(name, header)).toBe(kind);
  });

  it.each([
    [['id', 'name', 'type', 'country', 'role'], 'members'],
    [['member', 'theme', 'level'], 'expertise'],
    [['organisation', 'country', 'presence', 'partners'], 'geography'],
    [['member', 'sector', 'network', 'strength'], 'sectors'],
    [['company', 'sector', 'countries', 'needs'], 'companies'],
    [['Name', 'Expertise', 'Offices', 'Sectors'], 'wide'],
  ] as const)('recognises %j by its header when the name says nothing', (header, kind) => {
    expect(detectFileKind('data.csv', header)).toBe(kind);
  });

  it('does not take a long expertise file for wide, even with multi-value-looking columns', () => {
    expect(detectFileKind('data.csv', ['name', 'expertise', 'offices', 'level'])).not.toBe('wide');
    expect(detectFileKind('data.csv', ['name', 'theme', 'offices', 'sectors'])).not.toBe('wide');
  });

  it('needs two multi-value columns to call a header wide without a file name', () => {
    expect(detectFileKind('data.csv', ['name', 'offices'])).toBe('members');
  });

  it('lets the header decide when it fits another kind better than the named one', () => {
    expect(detectFileKind('leden.csv', ['member', 'theme', 'level'])).toBe('expertise');
    expect(detectFileKind('partners.csv', ['name', 'country', 'presence'])).toBe('geography');
    expect(detectFileKind('expertise.csv', ['name', 'type', 'country'])).toBe('members');
  });

  it('lets the file name break ties between kinds the header fits equally well', () => {
    // organisatie + land fit members (name, country) and geography (member, country) alike.
    expect(detectFileKind('data.csv', ['organisatie', 'land'])).toBe('members');
    expect(detectFileKind('geografie.csv', ['organisatie', 'land'])).toBe('geography');
  });

  it('falls back to the named kind when the header fits nothing, and null when nothing is known', () => {
    expect(detectFileKind('geography.csv', ['foo', 'bar'])).toBe('geography');
    expect(detectFileKind('notes.csv', ['foo', 'bar'])).toBeNull();
    expect(detectFileKind('notes.csv', [])).toBeNull();
  });
});
