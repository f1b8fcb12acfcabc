import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// Eight members in the garment IRBC agreement, all expert on living wage: a lobby coalition of
// eight is not something a coordinator can act on; the recommendation names at most five, the
// strongest networks first.
const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const files = {
  'members.csv': `id,name,type\n${ids.map((id) => `${id},Member ${id},ngo`).join('\n')}\n`,
  'expertise.csv': `member,theme,level\n${ids.map((id) => `${id},living wage,5`).join('\n')}\n`,
  'sectors.csv': `member,sector,network,strength\n${ids
    .map((id, i) => `${id},garment and textiles,irbc_agreement,${i < 3 ? 5 : i < 6 ? 3 : 2}`)
    .join('\n')}\n`,
};

describe('joint-lobby coalition size', () => {
  it('names at most maxMembers (5) members, the strongest networks first', () => {
    const lobby = buildBaseline(files).recommendations.filter((r) => r.kind === 'joint-lobby');
    expect(lobby).toHaveLength(1);
    expect(lobby[0]!.members).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('the cap is a tunable parameter', () => {
    const lobby = buildBaseline(files, {
      overrides: { 'joint-lobby': { params: { maxMembers: 3 } } },
    }).recommendations.filter((r) => r.kind === 'joint-lobby');
    expect(lobby[0]!.members).toEqual(['A', 'B', 'C']);
  });
});
