import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// Observed data (a 3W table, an IATI export) gives many items the same score: four members in
// Kenya, each seen on one theme, make six joint programmes of synergy 1. What orders them is what
// backs them: the activities seen for the weaker member; an organisation known only by its
// registry code (IATI files give some no name) comes last.
const files = {
  'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\nKE-NGO-1234,KE-NGO-1234,ngo\n',
  'geography.csv':
    'member,country,presence\nA,Kenya,programme\nB,Kenya,programme\nC,Kenya,programme\nKE-NGO-1234,Kenya,programme\n',
  'expertise.csv':
    'member,theme,level,evidence,activities\nA,health,,observed,10\nB,nutrition,,observed,8\nC,education,,observed,1\nKE-NGO-1234,wash,,observed,50\n',
};

const programmes = (options: { top: number; more: number }) => {
  const b = buildBaseline(files, { ...options, minScore: 0, kinds: ['joint-programme'] });
  return [...b.recommendations, ...(b.moreRecommendations ?? [])].map((r) => [r.members.join('+'), r.score]);
};

describe('recommendations of equal score', () => {
  it('put the pair with the most activities seen first and the member without a name last', () => {
    const all = programmes({ top: 10, more: 10 });
    // At most two pairs per member in a country: the three named members fill them, so the
    // member known only by its code (with the most activities) is in none.
    expect(all[0]).toEqual(['A+B', 0.5]);
    expect(all.map(([m]) => m).sort()).toEqual(['A+B', 'A+C', 'B+C']);
    expect(new Set(all.map(([, s]) => s)).size).toBe(1);
  });

  it('give the member without a name its turn when it is the only partner left', () => {
    const two = { ...files, 'members.csv': 'id,name,type\nA,Alpha,ngo\nKE-NGO-1234,KE-NGO-1234,ngo\n' };
    const b = buildBaseline(two, { top: 10, minScore: 0, kinds: ['joint-programme'] });
    expect(b.recommendations.map((r) => r.members.join('+'))).toEqual(['A+KE-NGO-1234']);
  });

  it('keep the best-backed item when only one fits the list', () => {
    expect(programmes({ top: 1, more: 0 })).toEqual([['A+B', 0.5]]);
  });

  it('order rated data without counts by id, as before', () => {
    const rated = {
      ...files,
      'expertise.csv': 'member,theme,level\nA,health,4\nB,nutrition,4\nC,education,4\n',
    };
    const b = buildBaseline(rated, { top: 10, minScore: 0, kinds: ['joint-programme'] });
    const ids = b.recommendations.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
});
