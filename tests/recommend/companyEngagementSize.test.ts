import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { bestByRank } from '../../src/recommend/kinds/jointCompanyEngagement.js';
import { strongestMembers } from '../../src/recommend/kinds/util.js';

// Nine members whose company networks in agriculture name the same unlisted company (a synthetic
// partnership of 800 gave one engagement of 50 door openers): the recommendation names the
// maxOpeners (5) strongest networks and says how many more could join.
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
const strength = (i: number) => [3, 5, 2, 4, 5, 1, 4, 2, 3][i]!;
const files = {
  'members.csv': `id,name,type\n${[...ids, 'S'].map((id) => `${id},Member ${id},ngo`).join('\n')}\n`,
  'expertise.csv': 'member,theme,level\nS,living wage,5\nA,gender,2\n',
  'sectors.csv': `member,sector,network,strength,companies\n${ids
    .map((id, i) => `${id},agriculture,companies,${strength(i)},Acme Farms`)
    .join('\n')}\n`,
};

function engagement(options = {}) {
  const b = buildBaseline(files, { top: 100, minScore: 0, ...options });
  return [...b.recommendations, ...(b.moreRecommendations ?? [])].filter(
    (r) => r.kind === 'joint-company-engagement',
  );
}

describe('joint company engagement group size', () => {
  it('names the 5 strongest door openers and the specialist, and counts the others', () => {
    const [r] = engagement();
    expect(r).toBeDefined();
    // strengths 5, 5, 4, 4 and then the first 3 by id (A before I)
    expect(r!.members).toEqual(['A', 'B', 'D', 'E', 'G', 'S']);
    expect(r!.roles?.filter((x) => x.role === 'door-opener').map((x) => x.member)).toEqual([
      'A',
      'B',
      'D',
      'E',
      'G',
    ]);
    expect(r!.rationale).toContain(' 4 more members have these companies in their network and could join.');
  });

  it('says it in Dutch too, and the cap is the kind parameter maxOpeners', () => {
    const [nl] = engagement({ lang: 'nl' });
    expect(nl!.rationale).toContain(
      ' Nog 4 leden hebben deze bedrijven in hun netwerk en kunnen aansluiten.',
    );
    const [r] = engagement({ overrides: { 'joint-company-engagement': { params: { maxOpeners: 8 } } } });
    expect(r!.members).toHaveLength(9);
    expect(r!.rationale).toContain(' 1 more member has these companies in its network and could join.');
    const [all] = engagement({ overrides: { 'joint-company-engagement': { params: { maxOpeners: 9 } } } });
    expect(all!.rationale).not.toContain('could join');
  });

  it('keeps the id of the whole group (capping never makes two groups one)', () => {
    const [five] = engagement();
    const [eight] = engagement({ overrides: { 'joint-company-engagement': { params: { maxOpeners: 8 } } } });
    expect(five!.id).not.toBe(eight!.id);
  });

  it('strongestMembers picks as a full sort would', () => {
    const member = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      strength: fc.integer({ min: 0, max: 5 }),
      weight: fc.constantFrom(0, 0.25, 0.5, 1),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { selector: (m) => m.id }),
        fc.integer({ min: 0, max: 8 }),
        (ms, k) => {
          const full = [...ms]
            .sort((a, b) => b.strength - a.strength || b.weight - a.weight || (a.id < b.id ? -1 : 1))
            .slice(0, k)
            .map((m) => m.id)
            .sort();
          expect(strongestMembers(ms, k)).toEqual(full);
        },
      ),
    );
  });

  it('bestByRank ranks the specialists as a sort of every member would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.integer({ min: 0, max: 20 })), {
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 6 }),
        (cells, max) => {
          const count = Int32Array.from(cells.map(([n]) => n));
          const sum = Int32Array.from(cells.map(([n, s]) => (n > 0 ? s : 0)));
          const rank = (m: number) => Math.round((count[m]! + sum[m]! / count[m]! / 10) * 1e9);
          const full = cells
            .map((_, m) => m)
            .filter((m) => count[m]! > 0)
            .sort((a, b) => rank(b) - rank(a) || a - b)
            .slice(0, max);
          expect(bestByRank(count, sum, max)).toEqual(full);
        },
      ),
    );
  });
});
