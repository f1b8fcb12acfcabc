import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../src/normalise/types.js';
import {
  DRIVER_ALIASES,
  LEVEL_ALIASES,
  MEMBER_TYPE_ALIASES,
  matchLevel,
  NETWORK_ALIASES,
  PRESENCE_ALIASES,
  parseDriver,
  parseLevel,
  parseMemberType,
  parseNetworkKind,
  parsePresence,
  parseRole,
  ROLE_ALIASES,
  splitMulti,
} from '../../src/normalise/vocab.js';

const resolved = <T>(r: MatchResult<T>): T | null =>
  r.kind === 'exact' || r.kind === 'fuzzy' ? r.value : null;

describe('parseLevel', () => {
  it('gives what matchLevel gives, also on its one-character fast path', () => {
    const exact = (raw: string) => {
      const result = matchLevel(raw);
      return result.kind === 'exact' ? result.value : null;
    };
    for (let code = 0; code < 0x3000; code++) {
      const raw = String.fromCharCode(code);
      expect(parseLevel(raw)).toBe(exact(raw));
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), (raw) => {
        expect(parseLevel(raw)).toBe(exact(raw));
      }),
    );
  });

  it.each([
    ['0', 0],
    ['5', 5],
    [' 4 ', 4],
    ['4.0', 4],
    ['4,0', 4],
    ['4/5', 4],
    ['4 / 5', 4],
    ['4 of 5', 4],
    ['4 van 5', 4],
    ['level 4', 4],
    ['Level: 3', 3],
    ['niveau 2', 2],
    ['4 - advanced', 4],
    ['3 (gemiddeld)', 3],
  ])('reads the number in %j as %i', (raw, level) => {
    expect(parseLevel(raw)).toBe(level);
  });

  it.each([
    ['none', 0],
    ['geen', 0],
    ['beginner', 1],
    ['minimal', 1],
    ['beperkt', 1],
    ['basic', 2],
    ['basis', 2],
    ['intermediate', 3],
    ['gemiddeld', 3],
    ['advanced', 4],
    ['Gevorderd', 4],
    ['EXPERT', 5],
    ['deskundig', 5],
    ['level: advanced', 4],
  ])('reads the word %j as %i (English and Dutch)', (raw, level) => {
    expect(parseLevel(raw)).toBe(level);
  });

  it.each(['', '   ', '3.5', '6', '-1', '10', '4/10', '4 - basic', 'n/a', 'unknown', 'level', '__proto__'])(
    'rejects %j with null',
    (raw) => {
      expect(parseLevel(raw)).toBeNull();
    },
  );

  it('does not accept misspelt words, but matchLevel reports them as fuzzy', () => {
    expect(parseLevel('intermedate')).toBeNull();
    expect(matchLevel('intermedate')).toMatchObject({ kind: 'fuzzy', value: 3, matched: 'intermediate' });
  });

  it('never yields -0', () => {
    expect(Object.is(parseLevel('-0'), 0)).toBe(true);
  });

  it('knows a word for every level 0-5', () => {
    for (const level of [0, 1, 2, 3, 4, 5] as const) {
      for (const word of LEVEL_ALIASES[level]) expect(parseLevel(word)).toBe(level);
    }
  });
});

describe('closed vocabularies', () => {
  const tables = [
    ['presence', PRESENCE_ALIASES, parsePresence],
    ['network', NETWORK_ALIASES, parseNetworkKind],
    ['member type', MEMBER_TYPE_ALIASES, parseMemberType],
    ['role', ROLE_ALIASES, parseRole],
    ['driver', DRIVER_ALIASES, parseDriver],
  ] as const;

  for (const [name, table, parse] of tables) {
    it(`${name}: every alias and every canonical value resolves exactly to its own value`, () => {
      for (const [value, aliases] of Object.entries(table) as [string, readonly string[]][]) {
        expect(parse(value)).toEqual({ kind: 'exact', value });
        for (const alias of aliases) expect([alias, parse(alias)]).toEqual([alias, { kind: 'exact', value }]);
      }
    });

    it(`${name}: the alias table is frozen`, () => {
      expect(Object.isFrozen(table)).toBe(true);
      for (const aliases of Object.values(table)) expect(Object.isFrozen(aliases)).toBe(true);
    });
  }

  it('reads the Dutch words of formats.md', () => {
    expect(resolved(parsePresence('Kantoor'))).toBe('office');
    expect(resolved(parsePresence('eigen kantoor'))).toBe('office');
    expect(resolved(parsePresence('landenkantoor'))).toBe('office');
    expect(resolved(parsePresence('Lokale partner'))).toBe('local_partner');
    expect(resolved(parsePresence('via partner'))).toBe('local_partner');
    expect(resolved(parsePresence('Programma'))).toBe('programme');
    expect(resolved(parsePresence('netwerk'))).toBe('network');
    expect(resolved(parsePresence('contacten'))).toBe('network');
    expect(resolved(parseNetworkKind('IMVO-convenant'))).toBe('irbc_agreement');
    expect(resolved(parseNetworkKind('Brancheorganisatie'))).toBe('association');
    expect(resolved(parseNetworkKind('bedrijven'))).toBe('companies');
    expect(resolved(parseNetworkKind('producenten'))).toBe('producers');
    expect(resolved(parseNetworkKind('Coöperaties'))).toBe('producers');
    expect(resolved(parseNetworkKind('vakbonden'))).toBe('unions');
    expect(resolved(parseMemberType("NGO's"))).toBe('ngo');
    expect(resolved(parseMemberType('NGO/CSO'))).toBe('ngo');
    expect(resolved(parseMemberType('maatschappelijke organisatie'))).toBe('ngo');
    expect(resolved(parseMemberType('Vakbond'))).toBe('union');
    expect(resolved(parseMemberType('kennisinstelling'))).toBe('knowledge');
    expect(resolved(parseMemberType('Universiteit'))).toBe('knowledge');
    expect(resolved(parseMemberType('overheid'))).toBe('government');
    expect(resolved(parseMemberType('overig'))).toBe('other');
    expect(resolved(parseRole('Penvoerder'))).toBe('lead');
    expect(resolved(parseRole('trekker'))).toBe('lead');
    expect(resolved(parseRole('lid'))).toBe('member');
    expect(resolved(parseRole('lokale partner'))).toBe('local_partner');
    expect(resolved(parseDriver('Issue/responsibility driven'))).toBe('issue');
    expect(resolved(parseDriver('kansen'))).toBe('opportunity');
    expect(resolved(parseDriver('geografie'))).toBe('geography');
    expect(resolved(parseDriver('strategie'))).toBe('strategy');
  });

  it("resolves typos as 'fuzzy' with the matched alias", () => {
    expect(parsePresence('kantor')).toEqual({
      kind: 'fuzzy',
      value: 'office',
      matched: 'kantoor',
      score: 0.1429,
    });
    expect(parsePresence('netwrk')).toMatchObject({ kind: 'fuzzy', value: 'network' });
    expect(parseNetworkKind('vakbondn')).toMatchObject({ kind: 'fuzzy', value: 'unions' });
    expect(parseRole('penvoeder')).toMatchObject({ kind: 'fuzzy', value: 'lead' });
  });

  it("returns 'none' for unrelated words and prototype names", () => {
    for (const raw of ['banana split', '', '__proto__', 'constructor', 'toString']) {
      expect(parsePresence(raw).kind).toBe('none');
      expect(parseMemberType(raw).kind).toBe('none');
    }
  });
});

describe('splitMulti', () => {
  it('splits on ; | and line breaks, trims and drops empty items', () => {
    expect(splitMulti(' a ;b|c\nd\r\ne;; |', { allowComma: false })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('splits on commas only when allowed', () => {
    expect(splitMulti('a, b', { allowComma: false })).toEqual(['a, b']);
    expect(splitMulti('a, b', { allowComma: true })).toEqual(['a', 'b']);
  });

  it('does not split inside parentheses or brackets', () => {
    expect(splitMulti('Partner (Bangladesh, India); Other [x; y]', { allowComma: true })).toEqual([
      'Partner (Bangladesh, India)',
      'Other [x; y]',
    ]);
  });

  it('an unmatched bracket protects nothing', () => {
    expect(splitMulti('a (b; c', { allowComma: false })).toEqual(['a (b', 'c']);
    expect(splitMulti('x ( a (b; c); d', { allowComma: false })).toEqual(['x ( a (b; c)', 'd']);
  });

  it("splits on '/' only with spaces around it by default", () => {
    expect(splitMulti('NGO/CSO / Union', { allowComma: false })).toEqual(['NGO/CSO', 'Union']);
    expect(splitMulti('a/b', { allowComma: false, slash: 'always' })).toEqual(['a', 'b']);
    expect(splitMulti('a / b', { allowComma: false, slash: 'never' })).toEqual(['a / b']);
  });

  it('drops repeats case-, accent- and punctuation-insensitively, the first spelling wins', () => {
    expect(splitMulti('Côte d’Ivoire; cote divoire; COTE D IVOIRE', { allowComma: false })).toEqual([
      'Côte d’Ivoire',
      'COTE D IVOIRE',
    ]);
    expect(splitMulti('Oxfam; CNV | oxfam', { allowComma: false })).toEqual(['Oxfam', 'CNV']);
  });

  it('a cell without any separator character (the fast path) splits as the full scan does (property)', () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        'a',
        'É',
        ' ',
        '\t',
        '(',
        ')',
        '[',
        ']',
        '-',
        '’',
        ';',
        ',',
        '/',
        '|',
        '\n',
        '\r',
      ),
      maxLength: 30,
    });
    const options = fc.record({
      allowComma: fc.boolean(),
      slash: fc.constantFrom<'spaced' | 'always' | 'never'>('spaced', 'always', 'never'),
    });
    fc.assert(
      fc.property(cell, options, (text, o) => {
        // A trailing ';' always sends the cell through the full scan and adds only an empty item.
        expect(splitMulti(text, o)).toEqual(splitMulti(`${text};`, o));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns [] for an empty cell', () => {
    expect(splitMulti('', { allowComma: true })).toEqual([]);
    expect(splitMulti(' ; | ', { allowComma: true })).toEqual([]);
  });
});
