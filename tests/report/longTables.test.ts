import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { renderHtml } from '../../src/report/html.js';
import { readDataDir } from '../helpers.js';

/** A partnership of n members, each in Kenya with one theme. */
function partnership(n: number): Record<string, string> {
  const ids = Array.from({ length: n }, (_, i) => `M${String(i).padStart(2, '0')}`);
  return {
    'members.csv': `id,name,type\n${ids.map((id) => `${id},Member ${id},ngo`).join('\n')}\n`,
    'geography.csv': `member,country,presence\n${ids.map((id) => `${id},Kenya,office`).join('\n')}\n`,
    'expertise.csv': `member,theme,level\n${ids.map((id, i) => `${id},${i % 2 ? 'health' : 'nutrition'},4`).join('\n')}\n`,
  };
}

describe('long lists in report.html', () => {
  it('fold the member table of more than 30 members under "Show all N rows", so the sections after it stay near', () => {
    const page = renderHtml(buildBaseline(partnership(35)));
    const members = page.indexOf('<section id="members"');
    const fold = page.indexOf('<details class="long-table"><summary>Show all 35 rows</summary>', members);
    expect(fold).toBeGreaterThan(members);
    // Every member is still in the page, inside the fold.
    expect(page.indexOf('Member M34', fold)).toBeGreaterThan(fold);
    expect(renderHtml(buildBaseline(partnership(35)), { lang: 'nl' })).toContain(
      '<summary>Toon alle 35 rijen</summary>',
    );
  });

  it('leave the tables of a partnership of 30 members or fewer open', () => {
    expect(renderHtml(buildBaseline(partnership(30)))).not.toContain('long-table"><summary>');
    expect(renderHtml(buildBaseline(readDataDir('data/sample-partnership')))).not.toContain(
      'long-table"><summary>',
    );
  });
});
