import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPartnerNames, partnerNameKey } from '../../src/normalise/orgNames.js';

const names = (...xs: [string, string][]) => xs.map(([name, member]) => ({ name, member }));

describe('partnerNameKey', () => {
  it('folds accents, case and punctuation and drops a trailing parenthesised acronym', () => {
    expect(partnerNameKey('Karmojibi Nari (KN)')).toEqual({ key: 'karmojibi nari', acronym: 'kn' });
    expect(partnerNameKey('  karmojibi-nari ')).toEqual({ key: 'karmojibi nari', acronym: null });
    expect(partnerNameKey('Asociación Mujeres & Trabajo')).toEqual({
      key: 'asociacion mujeres and trabajo',
      acronym: null,
    });
  });

  it('drops legal forms only at the edges and never the whole name', () => {
    expect(partnerNameKey('Stichting Awaj').key).toBe('awaj');
    expect(partnerNameKey('Awaj Foundation Ltd.').key).toBe('awaj');
    expect(partnerNameKey('Workers Foundation for Change').key).toBe('workers foundation for change');
    expect(partnerNameKey('Foundation').key).toBe('foundation');
    expect(partnerNameKey('Sheva Textiles B.V.').key).toBe('sheva textiles');
  });

  it('keeps a multi-word parenthesised part (not an acronym)', () => {
    expect(partnerNameKey('Awaj (Dhaka office)')).toEqual({ key: 'awaj dhaka office', acronym: null });
  });
});

describe('clusterPartnerNames', () => {
  it('fuses the three spellings of Karmojibi Nari and picks the canonical display name', () => {
    const clusters = clusterPartnerNames(
      names(['Karmojibi Nari', 'a'], ['Karmojibi Nari (KN)', 'b'], ['karmojibi-nari', 'c'], ['BGWUC', 'a']),
    );
    expect(clusters).toEqual([
      {
        key: 'karmojibi nari',
        partner: 'Karmojibi Nari',
        variants: ['Karmojibi Nari', 'Karmojibi Nari (KN)', 'karmojibi-nari'],
        members: ['a', 'b', 'c'],
        mentions: 3,
      },
      { key: 'bgwuc', partner: 'BGWUC', variants: ['BGWUC'], members: ['a'], mentions: 1 },
    ]);
  });

  it('display name is the most frequent variant, then the shortest, then lexicographic', () => {
    const frequent = clusterPartnerNames(
      names(['Karmojibi Nari (KN)', 'a'], ['Karmojibi Nari (KN)', 'b'], ['Karmojibi Nari', 'c']),
    );
    expect(frequent[0]?.partner).toBe('Karmojibi Nari (KN)');
    const shortest = clusterPartnerNames(names(['Karmojibi Nari (KN)', 'a'], ['Karmojibi Nari', 'b']));
    expect(shortest[0]?.partner).toBe('Karmojibi Nari');
    const lexicographic = clusterPartnerNames(names(['karmojibi nari', 'a'], ['Karmojibi Nari', 'b']));
    expect(lexicographic[0]?.partner).toBe('Karmojibi Nari');
  });

  it('matches an acronym named alone to the organisation that carries it in parentheses', () => {
    const clusters = clusterPartnerNames(names(['KN', 'a'], ['Karmojibi Nari (KN)', 'b']));
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.members).toEqual(['a', 'b']);
  });

  it('fuses near-identical spellings and legal-form variants', () => {
    expect(clusterPartnerNames(names(['Karmojibi Nari', 'a'], ['Karmajibi Nari', 'b']))).toHaveLength(1);
    expect(clusterPartnerNames(names(['Stichting Awaj', 'a'], ['Awaj Foundation', 'b']))).toHaveLength(1);
    expect(clusterPartnerNames(names(['Karmojibinari', 'a'], ['Karmojibi Nari', 'b']))).toHaveLength(1);
  });

  it('keeps organisations apart that differ in a short word or a number', () => {
    expect(
      clusterPartnerNames(names(['Garment Workers Union A', 'a'], ['Garment Workers Union B', 'b'])),
    ).toHaveLength(2);
    expect(clusterPartnerNames(names(['Sramik Sangha 1', 'a'], ['Sramik Sangha 2', 'b']))).toHaveLength(2);
    expect(clusterPartnerNames(names(['Awaj', 'a'], ['Awal', 'b']))).toHaveLength(2);
  });

  it('ignores names without letters or digits and returns [] for no mentions', () => {
    expect(clusterPartnerNames([])).toEqual([]);
    expect(clusterPartnerNames(names([' ', 'a'], ['--', 'b']))).toEqual([]);
  });

  it('does not depend on mention order', () => {
    const pool = names(
      ['Karmojibi Nari', 'a'],
      ['Karmojibi Nari (KN)', 'b'],
      ['karmojibi-nari', 'c'],
      ['KN', 'd'],
      ['Awaj Foundation', 'a'],
      ['Stichting Awaj', 'c'],
      ['Union A', 'b'],
      ['Union B', 'd'],
    );
    const expected = JSON.stringify(clusterPartnerNames(pool));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
        expect(JSON.stringify(clusterPartnerNames(shuffled))).toBe(expected);
      }),
    );
  });
});
