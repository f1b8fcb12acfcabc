import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toMatrix } from '../../src/matrix.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { explainPair } from '../../src/metrics/explainPair.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import type { Partnership } from '../../src/schema/records.js';
import { expertise, geography, member, sector } from './arbitraries.js';

/**
 * Four members, order A, B, C, D (D has no records at all).
 *
 * expertise (level/5):  A: gbv 5 -> 1, living-wage 3 -> 0.6      B: gbv 2 -> 0.4, osh 4 -> 0.8   C, D: none
 * geography (presence): A: BD office 1, IN network 0.25           B: BD local_partner 0.75
 *                       C: BD programme 0.5, IN programme 0.5 and IN network 0.25 (max -> 0.5)
 * sectors (strength/5): A: textiles 5 -> 1                        B: textiles 3 -> 0.6, banking 5 -> 1
 */
const partnership: Partnership = {
  members: ['A', 'B', 'C', 'D'].map(member),
  expertise: [
    expertise('A', 'gbv', 5),
    expertise('A', 'living-wage', 3),
    expertise('B', 'gbv', 2),
    expertise('B', 'osh', 4),
  ],
  geography: [
    geography('A', 'BD', 'office'),
    geography('A', 'IN', 'network'),
    geography('B', 'BD', 'local_partner'),
    geography('C', 'BD', 'programme'),
    geography('C', 'IN', 'programme'),
    geography('C', 'IN', 'network'),
  ],
  sectors: [sector('A', 'textiles', 5), sector('B', 'textiles', 3), sector('B', 'banking', 5)],
  companies: [],
};

const m = computeMetrics(partnership, { cosine: true });
const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 12);

describe('computeMetrics on a hand-computed example', () => {
  it('expertise A-B: sum min = 0.4, |A| = 1.6, |B| = 1.2, sum max = 1.6 + 1.2 - 0.4 = 2.4', () => {
    // O = 0.4 / 2.4 = 1/6; C(A<-B) = (1.2 - 0.4) / 2.4 = 1/3; C(B<-A) = (1.6 - 0.4) / 2.4 = 1/2
    close(m.expertise.overlap.get('A', 'B'), 1 / 6);
    close(m.expertise.complementarity.get('A', 'B'), 1 / 3);
    close(m.expertise.complementarity.get('B', 'A'), 1 / 2);
    // cosine = (1 * 0.4) / (sqrt(1 + 0.36) * sqrt(0.16 + 0.64)) = 0.4 / sqrt(1.088)
    close(m.expertise.cosine!.get('A', 'B'), 0.4 / Math.sqrt(1.088));
  });

  it('geography A-B = 0.75 / 1.25 = 0.6, A-C = 0.75 / 1.5 = 0.5, B-C = 0.5 / 1.25 = 0.4', () => {
    // A-B: min = 0.75 (BD); sum max = 1.25 + 0.75 - 0.75 = 1.25; C(A<-B) = 0, C(B<-A) = 0.5 / 1.25 = 0.4
    close(m.geography.overlap.get('A', 'B'), 0.6);
    close(m.geography.complementarity.get('A', 'B'), 0);
    close(m.geography.complementarity.get('B', 'A'), 0.4);
    // A-C: min = 0.5 (BD) + 0.25 (IN); sum max = 1.25 + 1 - 0.75 = 1.5
    close(m.geography.overlap.get('A', 'C'), 0.5);
    // B-C: min = 0.5 (BD); sum max = 0.75 + 1 - 0.5 = 1.25
    close(m.geography.overlap.get('B', 'C'), 0.4);
  });

  it('sectors A-B = 0.6 / (1 + 1.6 - 0.6) = 0.3; a member with an empty profile gets 0 overlap and gains everything', () => {
    close(m.sectors.overlap.get('A', 'B'), 0.3);
    expect(m.sectors.overlap.get('A', 'C')).toBe(0);
    expect(m.sectors.complementarity.get('C', 'A')).toBe(1); // what A adds to empty C: (1 - 0) / 1
    expect(m.sectors.complementarity.get('A', 'C')).toBe(0);
    // C and D are both empty: 0 everywhere, flagged
    expect(m.sectors.overlap.get('C', 'D')).toBe(0);
    expect(m.sectors.complementarity.get('C', 'D')).toBe(0);
    expect(m.sectors.empty).toEqual([false, false, true, true]);
  });

  it('context = 0.5 O_geo + 0.5 O_sec; synergy = context (1 - O_exp); duplication = context O_exp', () => {
    // A-B: context = 0.5 * 0.6 + 0.5 * 0.3 = 0.45; synergy = 0.45 * 5/6 = 0.375; duplication = 0.45 / 6 = 0.075
    close(m.context.get('A', 'B'), 0.45);
    close(m.synergy.get('A', 'B'), 0.375);
    close(m.duplication.get('A', 'B'), 0.075);
    // A-C: context = 0.5 * 0.5 + 0.5 * 0 = 0.25; C has no expertise so O_exp = 0 and synergy = 0.25
    close(m.synergy.get('A', 'C'), 0.25);
    expect(m.duplication.get('A', 'C')).toBe(0);
    // B-C: context = 0.5 * 0.4 = 0.2
    close(m.synergy.get('B', 'C'), 0.2);
    // D shares nothing with anyone
    expect(Array.from(m.synergy.row('D'))).toEqual([0, 0, 0, 0]);
    // the diagonal: no synergy or duplication with oneself; context(A, A) = 0.5 * 1 + 0.5 * 1
    expect(m.synergy.get('A', 'A')).toBe(0);
    expect(m.duplication.get('B', 'B')).toBe(0);
    expect(m.context.get('A', 'A')).toBe(1);
  });

  it('exports the matrices as nested arrays, JSON and ml-matrix', () => {
    expect(m.synergy.toArray(4)).toEqual([
      [0, 0.375, 0.25, 0],
      [0.375, 0, 0.2, 0],
      [0.25, 0.2, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(JSON.parse(JSON.stringify(m.geography.overlap)).ids).toEqual(['A', 'B', 'C', 'D']);
    const mat = toMatrix(m.sectors.overlap);
    expect(mat).toBeInstanceOf(Matrix);
    expect(mat.get(0, 1)).toBeCloseTo(0.3, 12);
  });

  it('explainPair lists the categories of A and B with their contributions', () => {
    const e = explainPair(m.profiles, 'A', 'B', 'expertise');
    expect(e.contributions).toEqual([
      { category: 'gbv', weightA: 1, weightB: 0.4, min: 0.4, max: 1, gainToA: 0, gainToB: 0.6 },
      { category: 'living-wage', weightA: 0.6, weightB: 0, min: 0, max: 0.6, gainToA: 0, gainToB: 0.6 },
      { category: 'osh', weightA: 0, weightB: 0.8, min: 0, max: 0.8, gainToA: 0.8, gainToB: 0 },
    ]);
    expect(e.overlap).toBe(m.expertise.overlap.get('A', 'B'));
    expect(e.complementarityAB).toBe(m.expertise.complementarity.get('A', 'B'));
    expect(e.complementarityBA).toBe(m.expertise.complementarity.get('B', 'A'));
  });

  it('topSynergyPartners ranks A-B (0.375) over A-C (0.25) and leaves D without partners', () => {
    const top = topSynergyPartners(partnership, { k: 1 });
    expect(top.map((t) => [t.member, t.partners.map((p) => p.id)])).toEqual([
      ['A', ['B']],
      ['B', ['A']],
      ['C', ['A']],
      ['D', []],
    ]);
    close(top[0]!.partners[0]!.synergy, 0.375);
    close(top[0]!.partners[0]!.context, 0.45);
    close(top[0]!.partners[0]!.expertiseOverlap, 1 / 6);
    close(top[0]!.partners[0]!.duplication, 0.075);
  });
});
