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

describe('the common services (coordination, logistics, emergency telecommunications)', () => {
  it('are no reason to coordinate either', () => {
    expect(coordination('logistics')).toEqual([]);
    expect(coordination('emergency telecommunications')).toEqual([]);
  });

  it('give no coverage gap in an area, where another theme does', () => {
    // Kenya, three areas of three members each; Turkana has neither health nor logistics, which
    // members work on in the two other areas.
    const place = (m: string) =>
      ['A', 'B', 'C'].includes(m) ? 'Nairobi' : ['D', 'E', 'F'].includes(m) ? 'Kisumu' : 'Turkana';
    const members = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    const themes: Record<string, string> = {
      A: 'health',
      B: 'health',
      C: 'logistics',
      D: 'health',
      E: 'logistics',
      F: 'wash',
      G: 'wash',
      H: 'wash',
      I: 'wash',
    };
    const input = {
      'members.csv': `id,name,type\n${members.map((m) => `${m},Org ${m},ngo`).join('\n')}\n`,
      'geography.csv': `member,country,area,presence\n${members.map((m) => `${m},Kenya,${place(m)},programme`).join('\n')}\n`,
      'expertise.csv': `member,theme,evidence,country,area\n${members.map((m) => `${m},${themes[m]},observed,Kenya,${place(m)}`).join('\n')}\n`,
    };
    const gaps = buildBaseline(input, { minScore: 0, kinds: ['coverage-gap'] }).recommendations;
    const found = gaps.map((r) => `${r.themes.join()} in ${r.areas?.join()}`);
    expect(found).toContain('health in turkana');
    expect(found).toContain('wash in nairobi');
    // Without the exception, Turkana would also lack logistics (2 of 3 areas have it).
    expect(gaps.some((r) => r.themes.includes('logistics'))).toBe(false);
  });
});
