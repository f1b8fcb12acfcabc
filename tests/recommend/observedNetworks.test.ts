import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// An import (IATI, 3W) writes sectors.csv rows with a count of activities and no strength: the
// members were seen working in the sector; nobody named a network there.
const members = 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\n';
const geography = 'member,country,presence\nA,Kenya,programme\nB,Kenya,programme\nC,Kenya,programme\n';
const observed =
  'member,sector,network,companies,activities\nA,agriculture,association,,4\nB,agriculture,association,,1\n';
const rated = 'member,sector,network,strength\nA,agriculture,association,3\nB,agriculture,association,3\n';

const build = (sectors: string, lang: 'en' | 'nl' = 'en') =>
  buildBaseline(
    {
      'members.csv': members,
      'geography.csv': geography,
      'sectors.csv': sectors,
      'expertise.csv': 'member,theme,level\nA,living wage,3\n',
    },
    { top: 100, minScore: 0, lang },
  );
const mapping = (b: ReturnType<typeof build>) =>
  [...b.recommendations, ...(b.moreRecommendations ?? [])].find(
    (r) => r.kind === 'joint-stakeholder-mapping',
  );

describe('sector rows seen in activities, not named as networks', () => {
  it('are read as observed with their activity count; rows with a strength stay as they were', () => {
    const b = build(observed);
    expect(b.partnership.sectors.map((r) => [r.member, r.evidence, r.activities])).toEqual([
      ['A', 'observed', 4],
      ['B', 'observed', 1],
    ]);
    const plain = build(rated).partnership.sectors[0]!;
    expect('evidence' in plain || 'activities' in plain).toBe(false);
  });

  it('make the stakeholder mapping say the members work in the sector, not that they have networks', () => {
    const seen = mapping(build(observed))!;
    expect(seen.members).toEqual(['A', 'B']);
    expect(seen.rationale).toContain(
      'work in the agriculture sector (seen in their activities, no network named)',
    );
    expect(seen.rationale).not.toContain('have networks');
    expect(mapping(build(observed, 'nl'))!.rationale).toContain('werken in de sector');
    const named = mapping(build(rated))!;
    expect(named.rationale).toContain('have networks in the agriculture sector');
    // Same default strength, same score: only the wording differs.
    expect(seen.score).toBe(named.score);
  });
});
