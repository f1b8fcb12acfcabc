import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// Nine members present in Kenya with a network in agriculture (an unfiltered IATI import gave
// one mapping of 90 organisations): the recommendation names at most maxMembers (5), the
// strongest networks first, then the strongest presence.
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
const strength = (i: number) => (i < 2 ? 5 : i < 4 ? 3 : 2);
const files = {
  'members.csv': `id,name,type\n${ids.map((id) => `${id},Member ${id},ngo`).join('\n')}\n`,
  'expertise.csv': 'member,theme,level\nA,living wage,3\n',
  'geography.csv': `member,country,presence\n${ids
    .map((id, i) => `${id},Kenya,${i === 5 ? 'own_office' : 'programme'}`)
    .join('\n')}\n`,
  'sectors.csv': `member,sector,network,strength\n${ids
    .map((id, i) => `${id},agriculture,association,${strength(i)}`)
    .join('\n')}\n`,
};

describe('joint stakeholder mapping group size', () => {
  const mapping = (options = {}) => {
    const b = buildBaseline(files, { top: 100, minScore: 0, ...options });
    return [...b.recommendations, ...(b.moreRecommendations ?? [])].filter(
      (r) => r.kind === 'joint-stakeholder-mapping' && r.country === 'KE',
    );
  };

  it('names at most maxMembers (5): the strongest networks, then the own office', () => {
    const items = mapping();
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) expect(r.members.length).toBeLessThanOrEqual(5);
    expect(items[0]!.members).toEqual(['A', 'B', 'C', 'D', 'F']);
  });

  it('the cap is the kind parameter maxMembers', () => {
    const items = mapping({ overrides: { 'joint-stakeholder-mapping': { params: { maxMembers: 3 } } } });
    expect(items[0]!.members).toEqual(['A', 'B', 'C']);
  });
});
