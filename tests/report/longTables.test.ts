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

describe('a partnership whose expertise is all observed (a 3W import)', () => {
  it('lists the members of each theme without "(observed)" after every name, and says so once', async () => {
    const { import3w } = await import('../../src/import/import3w.js');
    const { readFileSync } = await import('node:fs');
    const imported = import3w(readFileSync('tests/fixtures/import/3w-admin2.csv', 'utf8'));
    const baseline = buildBaseline({ ...imported.files });
    for (const lang of ['en', 'nl'] as const) {
      const page = renderHtml(baseline, { lang });
      const countries = page.slice(
        page.indexOf('<section id="countries"'),
        page.indexOf('<section id="recommendations"'),
      );
      expect(countries).not.toMatch(lang === 'en' ? /\(observed\)/ : /\(waargenomen\)/);
      expect(countries).toContain(
        lang === 'en' ? 'No member rated its expertise' : 'Geen lid gaf zijn expertise een niveau',
      );
    }
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const md = renderMarkdown(baseline, { lang: 'nl' });
    expect(md).toContain('Geen lid gaf zijn expertise een niveau');
    expect(md.slice(md.indexOf('## Landen'))).not.toMatch(/[^|] \(waargenomen\)/);
    // Rated data keeps its levels, and no such note.
    const sample = renderHtml(buildBaseline(readDataDir('data/sample-partnership')));
    expect(sample).not.toContain('No member rated its expertise');
  });
});
