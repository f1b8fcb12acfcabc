import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { matchCompanies } from '../../src/recommend/companies.js';
import type { CompanyRecord, Partnership } from '../../src/schema/records.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';
import { partnership } from '../fixtures/recommend/partnership.js';

const member = (id: string) => ({
  id,
  name: id.toUpperCase(),
  type: 'ngo' as const,
  country: 'NL',
  role: 'member' as const,
  extras: {},
  sources: [],
});
const company = (over: Partial<CompanyRecord>): CompanyRecord => ({
  company: 'Co',
  sector: null,
  countries: [],
  drivers: [],
  needs: [],
  sources: [{ file: 'companies.csv', line: 2 }],
  ...over,
});
/** A partnership from "member:theme:level" strings plus extra records. */
function build(
  levels: string[],
  extra: Partial<Partnership> = {},
  companies: CompanyRecord[] = [],
): Partnership {
  const rows = levels.map((s) => s.split(':') as [string, string, string]);
  const ids = [...new Set(rows.map(([m]) => m))].sort();
  return {
    members: ids.map(member),
    expertise: rows.map(([m, theme, level], i) => ({
      member: m,
      theme,
      level: Number(level),
      sources: [{ file: 'expertise.csv', line: i + 2 }],
    })),
    geography: [],
    sectors: [],
    companies,
    ...extra,
  };
}

describe('matchCompanies on the hand-built partnership', () => {
  const [brand] = matchCompanies(partnership, simplePairScores(partnership));

  it('matches Brand A to Fair Labour Union (living wage) and Gender Justice Network (GBV)', () => {
    expect(brand?.members).toEqual(['flu', 'gjn']);
    expect(brand?.covered).toEqual([
      { theme: 'gbv', level: 5, members: ['gjn'] },
      { theme: 'living-wage', level: 5, members: ['flu'] },
    ]);
    expect(brand?.uncovered).toEqual(['land-rights']);
  });

  it('explains which members serve each driver', () => {
    expect(brand?.serves).toEqual([
      { driver: 'issue', members: ['flu', 'gjn'] },
      { driver: 'geography', members: ['flu', 'gjn'] },
    ]);
  });

  it('scores coverage times fit', () => {
    // coverage 2 of 3 needs fully covered; fit flu = (office 1 + strength 5/5) / 2 = 1,
    // fit gjn = (local_partner .75 + strength 4/5) / 2 = .775; mean .8875; gjn's network names
    // Brand A (known 1): coverage * (0.4 + 0.4 * meanFit + 0.2 * known).
    expect(brand?.score).toBeCloseTo((2 / 3) * (0.4 + 0.4 * 0.8875 + 0.2), 12);
    expect(brand?.doorOpeners).toEqual(['gjn']);
  });

  it('cites the company row and the rows behind the coalition', () => {
    expect(brand?.evidence).toEqual([
      { file: 'companies.csv', line: 2 },
      { file: 'expertise.csv', line: 2 },
      { file: 'expertise.csv', line: 6 },
      { file: 'geography.csv', line: 2 },
      { file: 'geography.csv', line: 4 },
      { file: 'sectors.csv', line: 2 },
      { file: 'sectors.csv', line: 4 },
    ]);
  });
});

describe('matchCompanies coalition choice', () => {
  it('prefers one member covering every need over two specialists', () => {
    const p = build(['x:a:4', 'x:b:4', 'y:a:5', 'z:b:5'], {}, [company({ needs: ['a', 'b'] })]);
    expect(matchCompanies(p, simplePairScores(p))[0]?.members).toEqual(['x']);
  });

  it('prefers an expert (>= 4) over a member at level 3', () => {
    const p = build(['y:a:3', 'z:a:5'], {}, [company({ needs: ['a'] })]);
    const [m] = matchCompanies(p, simplePairScores(p));
    expect(m?.members).toEqual(['z']);
    expect(m?.score).toBeCloseTo(0.4 + 0.4 * 1, 12); // coverage 1, fit 1 (the company names no country or sector), nobody knows it
  });

  it('gives partial credit at level 3 (default 0.75)', () => {
    const p = build(['y:a:3'], {}, [company({ needs: ['a'] })]);
    expect(matchCompanies(p, simplePairScores(p))[0]?.score).toBeCloseTo(0.75 * 0.8, 12);
  });

  it('prefers the member present in the company country among equal experts', () => {
    const p = build(
      ['p:a:5', 'q:a:5'],
      {
        geography: [
          { member: 'q', country: 'BD', presence: 'office', partners: [], since: null, sources: [] },
        ],
      },
      [company({ needs: ['a'], countries: ['BD'] })],
    );
    expect(matchCompanies(p, simplePairScores(p))[0]?.members).toEqual(['q']);
  });

  it('drops a member made redundant by later picks', () => {
    // Greedy picks m1 (4 needs), then m2 (e) and m3 (f); m2 + m3 cover all of m1's needs.
    const p = build(
      ['m1:a:4', 'm1:b:4', 'm1:c:4', 'm1:d:4', 'm2:a:4', 'm2:b:4', 'm2:e:4', 'm3:c:4', 'm3:d:4', 'm3:f:4'],
      {},
      [company({ needs: ['a', 'b', 'c', 'd', 'e', 'f'] })],
    );
    expect(matchCompanies(p, simplePairScores(p))[0]?.members).toEqual(['m2', 'm3']);
  });

  it('names the opportunity and strategy members', () => {
    const p = build(
      ['x:a:5', 'x:b:4', 'y:c:4'],
      {
        sectors: [
          { member: 'y', sector: 'banking', network: 'companies', strength: 3, companies: [], sources: [] },
          { member: 'x', sector: 'banking', network: 'unions', strength: 5, companies: [], sources: [] },
        ],
      },
      [company({ needs: ['a', 'b', 'c'], sector: 'banking', drivers: ['opportunity', 'strategy'] })],
    );
    const [m] = matchCompanies(p, simplePairScores(p));
    expect(m?.members).toEqual(['x', 'y']);
    expect(m?.serves).toEqual([
      { driver: 'opportunity', members: ['y'] },
      { driver: 'strategy', members: ['x'] },
    ]);
  });

  it('gives an empty coalition and score 0 without needs or without anyone covering them', () => {
    const p = build(['x:a:5', 'x:b:1'], {}, [
      company({ needs: [] }),
      company({ company: 'Other', needs: ['b', 'z'] }),
    ]);
    const [none, uncovered] = matchCompanies(p, simplePairScores(p));
    expect(none).toMatchObject({ members: [], covered: [], uncovered: [], score: 0 });
    expect(uncovered).toMatchObject({ members: [], covered: [], uncovered: ['b', 'z'], score: 0 });
  });

  it('returns [] without companies and rejects invalid options', () => {
    const p = build(['x:a:5']);
    expect(matchCompanies(p, simplePairScores(p))).toEqual([]);
    expect(() => matchCompanies(p, simplePairScores(p), { minLevel: 6 })).toThrow(OptionsError);
    expect(() => matchCompanies(p, simplePairScores(p), { partialCredit: Number.NaN })).toThrow(OptionsError);
  });
});
