import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { indexPartnership } from '../../src/recommend/partnershipIndex.js';

// Two members present in the United Kingdom (head offices) and in Somalia; what each works on
// and where is the case. DOMAIN.md: a theme counts in a country when an expertise row names that
// country, or, for a row without a country, everywhere the member is present.
const input = (expertise: string) => ({
  'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\n',
  'geography.csv':
    'member,country,presence\nA,United Kingdom,office\nB,United Kingdom,office\nA,Somalia,programme\nB,Somalia,programme\n',
  'expertise.csv': `member,theme,level,country\n${expertise}`,
});
/** Every coordination item, also those merged into another (same members, same themes). */
const coordination = (expertise: string) => {
  const b = buildBaseline(input(expertise), { minScore: 0, kinds: ['in-country-coordination'] });
  return [...b.recommendations, ...(b.moreRecommendations ?? [])].map(
    (r) => `${r.themes.join('+')} in ${r.country}`,
  );
};

describe('in-country coordination counts a theme only where it counts (DOMAIN.md)', () => {
  it('work on health named in Somalia is no reason to coordinate in the United Kingdom', () => {
    expect(coordination('A,health,5,Somalia\nB,health,5,Somalia\n')).toEqual(['health in SO']);
  });

  it('a row without a country counts everywhere the member is present', () => {
    expect(coordination('A,health,5,\nB,health,5,\n').sort()).toEqual(['health in GB', 'health in SO']);
    expect(coordination('A,health,5,\nB,health,5,Somalia\n')).toEqual(['health in SO']);
  });

  it('two members working on it in different countries are not said to share it in either', () => {
    expect(coordination('A,health,5,Somalia\nB,health,5,United Kingdom\n')).toEqual([]);
  });
});

describe('PartnershipIndex.worksIn', () => {
  it('is true exactly when a record of the member and theme names the country or names none', () => {
    const countries = ['GB', 'SO', 'KE'] as const;
    const record = fc.record({
      member: fc.constantFrom('A', 'B'),
      theme: fc.constantFrom('health', 'wash'),
      country: fc.option(fc.constantFrom(...countries), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        const rows = records.map((r) => `${r.member},${r.theme},4,${r.country ?? ''}`).join('\n');
        const { partnership } = parsePartnership(
          Object.entries(input(`${rows}\n`)).map(([name, content]) => ({ name, content })),
        );
        const index = indexPartnership(partnership);
        expect(index.namesExpertiseCountries).toBe(records.some((r) => r.country !== null));
        for (const member of ['A', 'B'])
          for (const theme of ['health', 'wash'])
            for (const country of countries) {
              const mine = records.filter((r) => r.member === member && r.theme === theme);
              const expected = mine.some((r) => r.country === null || r.country === country);
              expect(index.worksIn(member, theme, country)).toBe(expected);
            }
      }),
      { numRuns: 60 },
    );
  });
});

describe('coverage gaps in an area name as helpers only members whose work counts in the country', () => {
  // Kenya: health in Nairobi (A) and Kisumu (C), none in Turkana. H is present in Kisumu but its
  // health row names Uganda: it is no one to extend health work "elsewhere in Kenya".
  const members = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const area: Record<string, string> = {
    ...{ A: 'Nairobi', B: 'Nairobi', C: 'Kisumu', D: 'Kisumu' },
    ...{ E: 'Turkana', F: 'Turkana', G: 'Turkana', H: 'Kisumu' },
  };
  const theme = (m: string) => (m === 'A' || m === 'C' ? 'health' : 'wash');
  const row = (m: string) =>
    m === 'H' ? 'H,health,observed,Uganda,' : `${m},${theme(m)},observed,Kenya,${area[m]}`;
  const healthGap = (extra: string) => {
    const input = {
      'members.csv': `id,name,type\n${members.map((m) => `${m},Org ${m},ngo`).join('\n')}\n`,
      'geography.csv': `member,country,area,presence\n${members.map((m) => `${m},Kenya,${area[m]},programme`).join('\n')}\nH,Uganda,,office\n`,
      'expertise.csv': `member,theme,evidence,country,area\n${members.map(row).join('\n')}\n${extra}`,
    };
    const gaps = buildBaseline(input, { minScore: 0, kinds: ['coverage-gap'] }).recommendations;
    return gaps.find((r) => r.themes.includes('health') && r.areas?.includes('turkana'))?.rationale ?? '';
  };

  it('leaves out a member whose health work is in Uganda', () => {
    const said = healthGap('');
    expect(said).toContain('Org A (NGO) and Org C (NGO) work on it elsewhere in Kenya');
    expect(said).not.toContain('Org H');
  });

  it('names it once a row says it works on health in Kenya too', () => {
    expect(healthGap('H,health,observed,Kenya,Kisumu\n')).toContain('Org H');
  });
});

describe('PartnershipIndex.expertiseSources with a country', () => {
  // An IATI import writes one expertise row per organisation, theme and country: a coordination
  // item in Senegal must cite the Senegal row, not the rows of twenty other countries.
  const { partnership } = parsePartnership(
    Object.entries({
      ...input('A,wash,4,Somalia\nA,wash,4,United Kingdom\nA,wash,3,\nB,wash,4,Somalia\n'),
    }).map(([name, content]) => ({ name, content })),
  );
  const index = indexPartnership(partnership);
  const lines = (country?: string) => index.expertiseSources('A', 'wash', country).map((s) => s.line);

  it('gives the rows naming the country and the rows naming none', () => {
    expect(lines('SO')).toEqual([2, 4]);
    expect(lines('GB')).toEqual([3, 4]);
  });

  it('gives every row without a country, and where no row counts there (nothing narrower backs it)', () => {
    expect(lines()).toEqual([2, 3, 4]);
    expect(index.expertiseSources('B', 'wash', 'GB').map((s) => s.line)).toEqual([5]);
  });
});
