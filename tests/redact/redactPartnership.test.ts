import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { redactPartnership } from '../../src/redact/redactPartnership.js';
import type { Partnership } from '../../src/schema/records.js';

const src = (file: string, line: number) => [{ file, line }];
const member = (id: string, name: string, country: string | null = 'NL') => ({
  id,
  name,
  type: 'ngo' as const,
  country,
  role: 'member' as const,
  extras: {},
  sources: src('members.csv', 2),
});

const p: Partnership = {
  members: [
    member('flu', 'Fair Labour Union'),
    member('gjn', 'Gender Justice Network'),
    member('ken', 'Kenya Workers Trust', 'KE'),
  ],
  expertise: [
    { member: 'flu', theme: 'freedom-of-association', level: 5, sources: src('expertise.csv', 2) },
    { member: 'flu', theme: 'living-wage', level: 4, sources: src('expertise.csv', 3) },
    { member: 'gjn', theme: 'gbv', level: 5, sources: src('expertise.csv', 4) },
    { member: 'ken', theme: 'gbv', level: 3, sources: src('expertise.csv', 5) },
  ],
  geography: [
    {
      member: 'flu',
      country: 'BD',
      presence: 'office',
      partners: ['Karmojibi Nari (KN)', 'Sabuj Kendra'],
      since: null,
      sources: src('geography.csv', 2),
    },
    {
      member: 'gjn',
      country: 'BD',
      presence: 'local_partner',
      partners: ['karmojibi-nari'],
      since: null,
      sources: src('geography.csv', 3),
    },
    {
      member: 'gjn',
      country: 'KE',
      presence: 'office',
      partners: ['Maua Women Trust'],
      since: null,
      sources: src('geography.csv', 4),
    },
    {
      member: 'ken',
      country: 'KE',
      presence: 'office',
      partners: [],
      since: null,
      sources: src('geography.csv', 5),
    },
  ],
  sectors: [
    {
      member: 'flu',
      sector: 'garment-textiles',
      network: 'companies',
      strength: 3,
      companies: ['Brand A', 'Brand B Ltd'],
      sources: src('sectors.csv', 2),
    },
    {
      member: 'gjn',
      sector: 'garment-textiles',
      network: 'companies',
      strength: 2,
      companies: ['Brand B'],
      sources: src('sectors.csv', 3),
    },
  ],
  companies: [
    {
      company: 'Brand C',
      sector: 'garment-textiles',
      countries: ['BD', 'KE'],
      drivers: ['issue'],
      needs: ['gbv', 'living-wage'],
      sources: src('companies.csv', 2),
    },
  ],
};

describe('redactPartnership', () => {
  it('numbers local partners in (member, country, list) order; spellings of one organisation share a pseudonym', () => {
    const { partnership, withheld } = redactPartnership(p, { partners: true });
    expect(partnership.geography.map((g) => g.partners)).toEqual([
      ['Partner 1', 'Partner 2'], // flu BD: Karmojibi Nari (KN), Sabuj Kendra
      ['Partner 1'], //              gjn BD: karmojibi-nari is the same organisation
      ['Partner 3'], //              gjn KE
      [],
    ]);
    expect(withheld.partners).toBe(3);
  });

  it('numbers companies; "Brand B Ltd" and "Brand B" share one pseudonym', () => {
    const { partnership, withheld } = redactPartnership(p, { companies: true });
    expect(partnership.sectors.map((s) => s.companies)).toEqual([['Company 1', 'Company 2'], ['Company 2']]);
    expect(partnership.companies[0]?.company).toBe('Company 3');
    expect(withheld.companies).toBe(3);
  });

  it('names company pseudonyms in Dutch with lang nl ("Bedrijf 1"), local partners "Partner 1" in both', () => {
    const nl = redactPartnership(p, { companies: true, partners: true }, undefined, 'nl').partnership;
    expect(nl.sectors.map((s) => s.companies)).toEqual([['Bedrijf 1', 'Bedrijf 2'], ['Bedrijf 2']]);
    expect(nl.companies[0]?.company).toBe('Bedrijf 3');
    expect(nl.geography[0]?.partners).toEqual(['Partner 1', 'Partner 2']);
  });

  it('pseudonyms do not depend on the order of the records', () => {
    const expected = redactPartnership(p, { partners: true, companies: true }).partnership;
    const key = (x: Partnership) =>
      JSON.stringify([
        [...x.geography].sort((a, b) => (a.sources[0]!.line < b.sources[0]!.line ? -1 : 1)),
        [...x.sectors].sort((a, b) => (a.sources[0]!.line < b.sources[0]!.line ? -1 : 1)),
      ]);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(p.geography, { minLength: p.geography.length }),
        fc.shuffledSubarray(p.sectors, { minLength: p.sectors.length }),
        (geography, sectors) => {
          const r = redactPartnership({ ...p, geography, sectors }, { partners: true, companies: true });
          expect(key(r.partnership)).toBe(key(expected));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('removes themes from expertise and company needs, resolving labels in either language', () => {
    const { partnership, withheld } = redactPartnership(p, { themes: ['gendergerelateerd geweld'] });
    expect(partnership.expertise.map((e) => e.theme)).toEqual(['freedom-of-association', 'living-wage']);
    expect(partnership.companies[0]?.needs).toEqual(['living-wage']);
    expect(withheld).toMatchObject({ expertise: 2, themes: 1 });
  });

  it('removes countries: presence rows, headquarters, company countries; names mentioning the country are blanked', () => {
    const { partnership, withheld } = redactPartnership(p, { countries: ['Kenia'] });
    expect(partnership.geography.map((g) => `${g.member}:${g.country}`)).toEqual(['flu:BD', 'gjn:BD']);
    expect(partnership.members.find((m) => m.id === 'ken')).toMatchObject({
      country: null,
      name: '[redacted] Workers Trust',
    });
    expect(partnership.companies[0]?.countries).toEqual(['BD']);
    expect(withheld).toMatchObject({ geography: 2, countries: 1, texts: 1 });
  });

  it('opt-out removes the member and every row of it, and numbers partners without gaps', () => {
    const { partnership, withheld } = redactPartnership(p, { optOut: ['flu'], partners: true });
    expect(partnership.members.map((m) => m.id)).toEqual(['gjn', 'ken']);
    expect(partnership.expertise.every((e) => e.member !== 'flu')).toBe(true);
    expect(partnership.geography.map((g) => g.partners)).toEqual([['Partner 1'], ['Partner 2'], []]);
    expect(withheld).toMatchObject({ members: 1, expertise: 2, geography: 1, sectors: 1 });
  });

  it('accepts an opt-out by exact member name', () => {
    expect(redactPartnership(p, { optOut: ['Gender Justice Network'] }).withheld.members).toBe(1);
  });

  it('fails closed: an unknown theme, country or member throws OptionsError (a typo must not leak data)', () => {
    expect(() => redactPartnership(p, { themes: ['xyzzy'] })).toThrow(OptionsError);
    expect(() => redactPartnership(p, { countries: ['Atlantis'] })).toThrow(OptionsError);
    expect(() => redactPartnership(p, { optOut: ['nobody'] })).toThrow(OptionsError);
    try {
      redactPartnership(p, { themes: ['gbvvv'] });
    } catch (e) {
      expect((e as OptionsError).option).toBe('redact.themes');
      expect((e as Error).message).toMatch(/Did you mean/);
    }
  });

  it('without options nothing changes, and the input is never mutated', () => {
    const before = JSON.stringify(p);
    const r = redactPartnership(p, {});
    expect(JSON.stringify(r.partnership)).toBe(before);
    expect(Object.values(r.withheld).every((v) => v === 0)).toBe(true);
    redactPartnership(p, {
      partners: true,
      companies: true,
      themes: ['gbv'],
      countries: ['KE'],
      optOut: ['flu'],
    });
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('redactPartnership free text', () => {
  it('blanks pseudonymised partner names and removed countries inside extra columns and file names', () => {
    const q: Partnership = {
      ...p,
      members: p.members.map((m) =>
        m.id === 'flu'
          ? {
              ...m,
              extras: { notes: 'works with Sabuj Kendra in Kenya' },
              sources: src('leden-kenya.csv', 2),
            }
          : m,
      ),
    };
    const { partnership } = redactPartnership(q, { partners: true, countries: ['KE'] });
    const flu = partnership.members.find((m) => m.id === 'flu')!;
    expect(flu.extras).toEqual({ notes: 'works with [redacted] in [redacted]' });
    expect(flu.sources).toEqual([{ file: 'leden-[redacted].csv', line: 2 }]);
  });
});

describe('redactPartnership and rows that say where', () => {
  const placed: Partnership = {
    members: [member('a', 'Alpha')],
    expertise: [
      { member: 'a', theme: 'gbv', level: 4, country: 'MM', sources: src('expertise.csv', 2) },
      { member: 'a', theme: 'gbv', level: 3, country: 'BD', sources: src('expertise.csv', 3) },
      { member: 'a', theme: 'osh', level: 3, sources: src('expertise.csv', 4) },
    ],
    geography: [],
    sectors: [
      {
        member: 'a',
        sector: 'banking',
        network: 'companies',
        strength: 3,
        companies: [],
        countries: ['MM'],
        sources: [],
      },
      {
        member: 'a',
        sector: 'cocoa',
        network: 'companies',
        strength: 3,
        companies: [],
        countries: ['GH', 'MM'],
        sources: [],
      },
    ],
    companies: [],
    focus: [
      { theme: 'gbv', country: 'MM', sources: [] },
      { theme: 'gbv', country: null, sources: [] },
    ],
  };

  it('withholds the rows that place a theme, a network or a focus in a withheld country', () => {
    const { partnership: safe } = redactPartnership(placed, { countries: ['Myanmar'] });
    expect(JSON.stringify(safe)).not.toContain('MM');
    expect(safe.expertise.map((e) => [e.theme, e.country])).toEqual([
      ['gbv', 'BD'],
      ['osh', undefined],
    ]);
    expect(safe.sectors.map((s) => [s.sector, s.countries])).toEqual([['cocoa', ['GH']]]);
    expect(safe.focus).toEqual([{ theme: 'gbv', country: null, sources: [] }]);
  });
});
