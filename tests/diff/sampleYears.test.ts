import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { renderDiffMarkdown } from '../../src/diff/renderDiffMarkdown.js';
import { readDataDir } from '../helpers.js';

// Year 1 is the bundled sample. Year 2 is the same partnership a year later, edited by hand:
// the bank GHB left; a new union, Textielbond Vietnam (TBV), joined with an office in Vietnam;
// SRR raised its living-wage expertise from 2 to 4 after training; FTA opened an office in India
// (it worked there through a local partner).
const year1Files = Object.fromEntries(
  Object.entries(readDataDir('data/sample-partnership')).map(([k, v]) => [k, new TextDecoder().decode(v)]),
);
function withoutMember(text: string, id: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith(`${id},`))
    .join('\n');
}
const year2Files: Record<string, string> = {
  ...year1Files,
  'members.csv': `${withoutMember(year1Files['members.csv']!, 'GHB').trimEnd()}\nTBV,Textielbond Vietnam,union,Vietnam,member\n`,
  'expertise.csv': `${withoutMember(year1Files['expertise.csv']!, 'GHB')
    .replace('SRR,living wage,2', 'SRR,living wage,4')
    .trimEnd()}\nTBV,freedom of association,5\nTBV,wages and contracts,4\n`,
  'geography.csv': `${withoutMember(year1Files['geography.csv']!, 'GHB')
    .replace(/^FTA,India,local_partner,/m, 'FTA,India,office,')
    .trimEnd()}\nTBV,Vietnam,office,,2025\n`,
  'sectors.csv': `${withoutMember(year1Files['sectors.csv']!, 'GHB').trimEnd()}\nTBV,garment and textiles,unions,4,\n`,
};

describe('diffBaselines over two years of the sample partnership', () => {
  const before = toBaselineJson(buildBaseline(year1Files));
  const after = toBaselineJson(buildBaseline(year2Files));
  const diff = diffBaselines(before, after);

  it('reports who joined and who left', () => {
    expect(diff.members.joined.map((m) => m.id)).toEqual(['TBV']);
    expect(diff.members.left.map((m) => m.id)).toEqual(['GHB']);
    expect(diff.members.stayed).toBe(11);
  });

  it('reports presence gained and changed per country', () => {
    expect(diff.presence.changed).toContainEqual(
      expect.objectContaining({ member: 'FTA', country: 'IN', before: 'local_partner', after: 'office' }),
    );
    expect(diff.presence.gained).toContainEqual(
      expect.objectContaining({ member: 'TBV', country: 'VN', before: null, after: 'office' }),
    );
  });

  it('reports expertise levels that changed, per member', () => {
    expect(diff.expertise).toEqual([{ member: 'SRR', theme: 'living-wage', before: 2, after: 4 }]);
  });

  it('lists recommendations that involved the member who left as dropped', () => {
    expect(diff.recommendations.dropped.length).toBeGreaterThan(0);
    const involvedGhb = before.recommendations.filter((r) => r.members.includes('GHB')).map((r) => r.id);
    for (const id of involvedGhb) expect(diff.recommendations.dropped.map((r) => r.id)).toContain(id);
    expect(diff.recommendations.new.some((r) => r.members.includes('TBV'))).toBe(true);
  });

  it('renders a readable Markdown section in English and Dutch', () => {
    const en = renderDiffMarkdown(diff, { lang: 'en' });
    expect(en).toMatch(/Textielbond Vietnam/);
    expect(en).toMatch(/Expertise by member/);
    const nl = renderDiffMarkdown(diff, { lang: 'nl' });
    expect(nl).toMatch(/Expertise per lid/);
  });

  it('an unchanged year gives an empty diff', () => {
    const same = diffBaselines(before, before);
    expect(same.members.joined).toEqual([]);
    expect(same.expertise).toEqual([]);
    expect(same.recommendations.new).toEqual([]);
    expect(same.recommendations.dropped).toEqual([]);
  });
});
