import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartnershipIndex } from '../../src/recommend/partnershipIndex.js';
import { TOGETHER_WEIGHT } from '../../src/recommend/rank.js';
import { togetherFactor, togetherText } from '../../src/recommend/together.js';

/** An index that knows only names ("M0" -> "N0") and which pairs work together in Kenya. */
function indexOf(links: ReadonlySet<string>): PartnershipIndex {
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  return {
    name: (m: string) => m.replace('M', 'N'),
    namesWorksWith: links.size > 0,
    worksWith: (a: string, b: string, country: string) => country === 'KE' && links.has(key(a, b)),
  } as unknown as PartnershipIndex;
}

/** The pairs a rationale's added sentences say work together (names back to ids, "a|b"). */
function pairsSaid(text: string): Set<string> {
  const ids = (list: string) => list.split(/, | and /).map((n) => n.replace('N', 'M'));
  const out = new Set<string>();
  const add = (a: string, b: string) => out.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const s of text
    .split('. ')
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter(Boolean)) {
    const group = /^(.+) already work together there$/.exec(s);
    const star = /^(N\d+) already works with (.+) there$/.exec(s);
    if (group) {
      const g = ids(group[1]!);
      for (const [i, a] of g.entries()) for (const b of g.slice(i + 1)) add(a, b);
    } else if (star) for (const b of ids(star[2]!)) add(star[1]!.replace('N', 'M'), b);
    else throw new Error(`not a together sentence: ${s}`);
  }
  return out;
}

const graphs = fc.integer({ min: 2, max: 7 }).chain((k) => {
  const members = Array.from({ length: k }, (_, i) => `M${i}`);
  const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b) => `${a}|${b}`));
  return fc.record({ members: fc.constant(members), links: fc.subarray(pairs).map((l) => new Set(l)) });
});

describe('members that already work together', () => {
  it('priority factor: 1 with no pair, TOGETHER_WEIGHT with all, in proportion between', () => {
    fc.assert(
      fc.property(graphs, ({ members, links }) => {
        const pairs = (members.length * (members.length - 1)) / 2;
        const f = togetherFactor(members, 'KE', indexOf(links));
        expect(f).toBeCloseTo(1 - ((1 - TOGETHER_WEIGHT) * links.size) / pairs, 12);
        // A member named twice (as a kind may before the ranking sorts and de-duplicates) changes nothing.
        expect(togetherFactor([...members, members[0]!], 'KE', indexOf(links))).toBe(f);
        expect(togetherFactor(members, 'UG', indexOf(links))).toBe(1);
        expect(togetherFactor(members, null, indexOf(links))).toBe(1);
      }),
    );
  });

  it('the sentences name exactly the pairs that work together, no more and none left out', () => {
    fc.assert(
      fc.property(graphs, ({ members, links }) => {
        const index = indexOf(links);
        const text = togetherText(members, 'KE', togetherFactor(members, 'KE', index), index, 'en');
        const pairs = (members.length * (members.length - 1)) / 2;
        if (links.size === pairs) expect(text).toBe(' They already work together there: build on that.');
        else expect(pairsSaid(text)).toEqual(links);
      }),
    );
  });

  it('in Dutch too', () => {
    const index = indexOf(new Set(['M0|M1', 'M0|M2', 'M1|M2', 'M2|M3']));
    const members = ['M0', 'M1', 'M2', 'M3'];
    expect(togetherText(members, 'KE', togetherFactor(members, 'KE', index), index, 'nl')).toBe(
      ' N0, N1 en N2 werken daar al samen. N2 werkt daar al samen met N3.',
    );
  });
});
