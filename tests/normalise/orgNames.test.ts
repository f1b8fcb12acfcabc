import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterOrgNames } from '../../src/normalise/orgClusters.js';
import { orgNameKey, splitAcronym } from '../../src/normalise/orgNames.js';

const canon = (spellings: Parameters<typeof clusterOrgNames>[0], options = {}) =>
  clusterOrgNames(spellings, options).map((c) => [c.canonical, c.reason, c.spellings.length]);

describe('orgNameKey', () => {
  it('ignores case, accents, spaces, a (ACRONYM) suffix, Stichting/The and legal forms', () => {
    expect(orgNameKey('Stichting Plan Nederland')).toBe('plan nederland');
    expect(orgNameKey('  Solidarités   International ')).toBe('solidarites international');
    expect(orgNameKey('DanChurchAid (DCA)')).toBe('danchurchaid');
    expect(orgNameKey('The International Rescue Committee')).toBe(
      orgNameKey('International Rescue Committee Inc.'),
    );
    expect(orgNameKey('Christoffel-Blindenmission e.V.')).toBe('christoffel blindenmission');
  });

  it('keeps a parenthesised part that is not an acronym', () => {
    expect(splitAcronym('Cordaid (Catholic Organisation for Relief)').acronym).toBeNull();
    expect(splitAcronym('Terre des hommes (Tdh)').acronym).toBe('Tdh');
  });
});

describe('clusterOrgNames', () => {
  it('merges case and trailing-space variants and names the cluster after the most used spelling', () => {
    expect(
      canon([
        { name: 'Batas foundation', count: 1 },
        { name: 'Batas Foundation', count: 3 },
        { name: 'Asal Chimekee Nepal ', count: 2 },
      ]),
    ).toEqual([
      ['Asal Chimekee Nepal', null, 1],
      ['Batas Foundation', 'spelling', 2],
    ]);
  });

  it('merges a near-typo carrying the same acronym (DAN Chruch Aid (DCA) ~ DanChurchAid (DCA))', () => {
    const clusters = clusterOrgNames([
      { name: 'DAN Chruch Aid (DCA)', count: 1 },
      { name: 'DanChurchAid (DCA)', count: 2 },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ canonical: 'DanChurchAid (DCA)', reason: 'acronym', acronym: 'DCA' });
  });

  it('never merges names with different acronyms by fuzziness (LWF vs LWR)', () => {
    const clusters = clusterOrgNames(
      [
        { name: 'Lutheran World Federation (LWF)', count: 1 },
        { name: 'Lutheran World Relief (LWR)', count: 1 },
        { name: 'Handicap Internationale', acronym: 'HI', count: 1 },
        { name: 'Handicap International', acronym: 'HII', count: 1 },
      ],
      { fuzzyThreshold: 0.5 },
    );
    expect(clusters).toHaveLength(4);
  });

  it('merges near-typos without acronyms within the threshold, not beyond', () => {
    const spellings = [
      { name: 'Handicap International', count: 2 },
      { name: 'Handicap Internationl', count: 1 },
      { name: 'Caritas Switzerland', count: 1 },
      { name: 'Caritas Nepal', count: 1 },
    ];
    expect(canon(spellings)).toEqual([
      ['Caritas Nepal', null, 1],
      ['Caritas Switzerland', null, 1],
      ['Handicap International', 'fuzzy', 2],
    ]);
    // 1 edit in 21 letters = 0.048: no merge at threshold 0.04.
    expect(clusterOrgNames(spellings, { fuzzyThreshold: 0.04 })).toHaveLength(4);
  });

  it('merges a bare acronym with the one organisation that carries it', () => {
    expect(
      canon([
        { name: 'ACF', count: 1 },
        { name: 'Action Contre la Faim (ACF)', count: 4 },
      ]),
    ).toEqual([['Action Contre la Faim (ACF)', 'acronym', 2]]);
  });

  it('merges on equal refs whatever the names, and never across different refs', () => {
    const clusters = clusterOrgNames([
      { name: 'Amref Flying Doctors', ref: 'NL-KVK-41150298', count: 2 },
      { name: 'Amref Health Africa NL', ref: 'NL-KVK-41150298', count: 3 },
      { name: 'World Vision', ref: 'NL-KVK-41179943', count: 1 },
      { name: 'World Vision', ref: 'GB-CHC-285908', count: 1 },
    ]);
    expect(clusters.map((c) => [c.canonical, c.ref, c.reason])).toEqual([
      ['Amref Health Africa NL', 'NL-KVK-41150298', 'ref'],
      ['World Vision', 'GB-CHC-285908', null],
      ['World Vision', 'NL-KVK-41179943', null],
    ]);
  });

  it('applies user overrides: keep splits a variant off, a canonical name moves or renames', () => {
    const spellings = [
      { name: 'Batas Foundation', count: 3 },
      { name: 'Batas foundation', count: 1 },
      { name: 'SDC Humanitarian Aid', count: 1 },
      { name: 'Swiss Agency for Development and Cooperation', count: 2 },
    ];
    const kept = clusterOrgNames(spellings, { merge: { 'batas foundation': 'keep' } });
    // Both spellings fold to the same key, so 'keep' keeps them together, apart from any other group.
    expect(kept.find((c) => c.canonical === 'Batas Foundation')?.spellings).toHaveLength(2);
    const moved = clusterOrgNames(spellings, {
      merge: { 'SDC Humanitarian Aid': 'Swiss Agency for Development and Cooperation' },
    });
    expect(moved.map((c) => [c.canonical, c.reason, c.spellings])).toEqual([
      ['Batas Foundation', 'spelling', ['Batas Foundation', 'Batas foundation']],
      [
        'Swiss Agency for Development and Cooperation',
        'override',
        ['Swiss Agency for Development and Cooperation', 'SDC Humanitarian Aid'],
      ],
    ]);
    const renamed = clusterOrgNames(spellings, {
      merge: { 'SDC Humanitarian Aid': 'SDC', 'Swiss Agency for Development and Cooperation': 'SDC' },
    });
    expect(renamed.find((c) => c.canonical === 'SDC')?.spellings).toEqual([
      'SDC',
      'SDC Humanitarian Aid',
      'Swiss Agency for Development and Cooperation',
    ]);
  });

  it('splits a fuzzy merge apart with keep', () => {
    const clusters = clusterOrgNames(
      [
        { name: 'Handicap International', count: 2 },
        { name: 'Handicap Internationl', count: 1 },
      ],
      { merge: { 'Handicap Internationl': 'keep' } },
    );
    expect(clusters).toHaveLength(2);
  });

  it('puts every spelling in exactly one cluster, independent of input order (property)', () => {
    const names = [
      'Batas Foundation',
      'Batas foundation',
      'DAN Chruch Aid (DCA)',
      'DanChurchAid (DCA)',
      'ACF',
      'Action Contre la Faim (ACF)',
      'Stichting Plan Nederland',
      'Plan Nederland',
      'Handicap International',
      'Handicap Internationl',
      'UNICEF',
      'UNHCR',
    ];
    const spelling = fc.record({ name: fc.constantFrom(...names), count: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.uniqueArray(spelling, { selector: (s) => s.name, minLength: 1 }), (list) => {
        const clusters = clusterOrgNames(list);
        const seen = clusters.flatMap((c) => c.members).sort((a, b) => a - b);
        expect(seen).toEqual(list.map((_, i) => i));
        const reversed = clusterOrgNames([...list].reverse());
        expect(reversed.map((c) => [c.canonical, [...c.spellings].sort()])).toEqual(
          clusters.map((c) => [c.canonical, [...c.spellings].sort()]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('returns nothing for no spellings', () => {
    expect(clusterOrgNames([])).toEqual([]);
  });
});

describe('clusterOrgNames: refs that identify and refs that do not (IATI publishers)', () => {
  const names = (input: { name: string; ref?: string; count: number }[]) =>
    clusterOrgNames(input).map((c) => c.members.length);

  it('joins the same name under a vendor number, a slug or a bare number with its registered ref', () => {
    expect(
      names([
        { name: 'AMREF HEALTH AFRICA', ref: 'XM-DAC-41122-VN-233888', count: 1 },
        { name: 'AMREF HEALTH AFRICA', ref: 'XM-DAC-21045', count: 2 },
      ]),
    ).toEqual([2]);
    expect(
      names([
        { name: 'Send a Cow Uganda', ref: 'SACU', count: 1 },
        { name: 'Send a Cow Uganda', ref: 'sacu-2', count: 1 },
      ]),
    ).toEqual([2]);
    expect(
      names([
        { name: 'Innovations For Poverty Action', ref: 'US-EIN-061660068', count: 1 },
        { name: 'Innovations For Poverty Action', ref: '061660068', count: 1 },
      ]),
    ).toEqual([2]);
  });

  it('reads a ref that extends another ref of the input as that ref', () => {
    expect(
      names([
        { name: 'London School of Hygiene and Tropical Medicine', ref: 'GB-EDU-133903', count: 3 },
        {
          name: 'London School of Hygiene and Tropical Medicine',
          ref: 'GB-EDU-133903-NIHR200125-SHARP',
          count: 1,
        },
      ]),
    ).toEqual([2]);
  });

  it("joins a multilateral's two DAC codes under one spelling, but not different names", () => {
    expect(
      names([
        { name: 'World Health Organization', ref: 'XM-DAC-41143', count: 3 },
        { name: 'World Health Organization', ref: 'XM-DAC-928', count: 1 },
      ]),
    ).toEqual([2]);
    expect(
      names([
        { name: 'UNDP', ref: 'XM-DAC-41114', count: 3 },
        { name: 'UNEP', ref: 'XM-DAC-41116', count: 1 },
      ]),
    ).toEqual([1, 1]);
  });

  it('joins one spelling under two registers of its country or an international one, not across countries', () => {
    // A Scottish university is a charity (GB-SC) and a provider (GB-UKPRN); a university under a
    // wrong government ref and its GRID id.
    expect(
      names([
        { name: 'University of Glasgow', ref: 'GB-SC-SC004401', count: 1 },
        { name: 'University of Glasgow', ref: 'GB-UKPRN-10007794', count: 1 },
      ]),
    ).toEqual([2]);
    expect(
      names([
        { name: 'University of Cape Town', ref: 'GB-GOV-10', count: 1 },
        { name: 'University of Cape Town', ref: 'XI-GRID-grid.7836.a', count: 1 },
      ]),
    ).toEqual([2]);
    // Two national offices of one name stay apart; so do two numbers in one register.
    expect(
      names([
        { name: 'World Vision', ref: 'NL-KVK-41179049', count: 1 },
        { name: 'World Vision', ref: 'GB-CHC-285908', count: 1 },
      ]),
    ).toEqual([1, 1]);
    expect(
      names([
        { name: 'Sightsavers', ref: 'GB-CHC-207544', count: 1 },
        { name: 'Sightsavers', ref: 'GB-CHC-207567', count: 1 },
      ]),
    ).toEqual([1, 1]);
    // A fuzzy match across registers is refused: only one spelling joins that way.
    expect(
      names([
        { name: 'Africa Health Trust', ref: 'GB-CHC-1100001', count: 1 },
        { name: 'Africa Health Trusts', ref: 'GB-COH-09000001', count: 1 },
      ]),
    ).toEqual([1, 1]);
  });

  it('reads a registry number without its separators and leading zeros', () => {
    expect(
      names([
        { name: 'Palladium International Ltd (UK)', ref: 'GB-COH-02394229', count: 1 },
        { name: 'Palladium International Ltd (UK)', ref: 'GB-COH-2394229', count: 1 },
      ]),
    ).toEqual([2]);
    expect(
      names([
        { name: "Women's Refugee Commission", ref: 'US-EIN-46-3668128', count: 1 },
        { name: "Women's Refugee Commission", ref: 'US-EIN-463668128', count: 1 },
      ]),
    ).toEqual([2]);
  });
});
