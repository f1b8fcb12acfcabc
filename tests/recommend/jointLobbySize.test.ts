import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// Eight members in the garment IRBC agreement, all expert on living wage, and a gender
// specialist: a lobby team of nine is not something a coordinator can act on; the
// recommendation names at most maxOpeners (4) door openers, the strongest networks first, and
// the specialist.
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const files = {
  'members.csv': `id,name,type\n${[...ids, 'V'].map((id) => `${id},Member ${id},ngo`).join('\n')}\n`,
  'expertise.csv': `member,theme,level\n${ids.map((id) => `${id},living wage,5`).join('\n')}\nV,gbv,5\n`,
  'sectors.csv': `member,sector,network,strength\n${ids
    .map((id, i) => `${id},garment and textiles,irbc_agreement,${i < 3 ? 5 : i < 6 ? 4 : 2}`)
    .join('\n')}\n`,
};

describe('joint-lobby team size', () => {
  it('names at most maxOpeners (4) door openers, the strongest networks first, and the specialist', () => {
    const lobby = buildBaseline(files).recommendations.filter((r) => r.kind === 'joint-lobby');
    expect(lobby).toHaveLength(1);
    expect(lobby[0]!.members).toEqual(['A', 'B', 'C', 'D', 'V']);
    expect(lobby[0]!.roles?.find((x) => x.member === 'V')).toEqual({
      member: 'V',
      role: 'specialist',
      themes: ['gbv'],
    });
  });

  it('the cap is a tunable parameter', () => {
    const lobby = buildBaseline(files, {
      overrides: { 'joint-lobby': { params: { maxOpeners: 2 } } },
    }).recommendations.filter((r) => r.kind === 'joint-lobby');
    expect(lobby[0]!.members).toEqual(['A', 'B', 'V']);
  });
});
