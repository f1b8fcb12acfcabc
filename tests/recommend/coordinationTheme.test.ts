import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';

// Two members observed in Rwanda on relief coordination (DAC 72050, 3W cluster "Coordination")
// and, depending on the case, on health too.
const files = (shared: string) => ({
  'members.csv': 'id,name,type\nA,Alpha,un\nB,Beta,un\n',
  'geography.csv': 'member,country,presence\nA,Rwanda,office\nB,Rwanda,office\n',
  'expertise.csv': `member,theme,evidence\n${['A', 'B'].flatMap((m) => shared.split(';').map((t) => `${m},${t},observed`)).join('\n')}\n`,
});
const coordination = (shared: string) =>
  buildBaseline(files(shared), { minScore: 0, kinds: ['in-country-coordination'] }).recommendations;

describe('in-country coordination', () => {
  it('does not tell two members to coordinate because both do humanitarian coordination', () => {
    expect(coordination('humanitarian coordination')).toEqual([]);
  });

  it('still does for the other themes they share, without naming coordination', () => {
    const [item, ...rest] = coordination('humanitarian coordination;health');
    expect(rest).toEqual([]);
    expect(item?.themes).toEqual(['health']);
    expect(item?.rationale).not.toContain('coordination and');
  });
});
