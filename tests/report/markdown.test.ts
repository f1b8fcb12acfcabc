import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel } from '../../src/report/model.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import {
  clone,
  deepFreeze,
  hostileBaseline,
  markdownCellCount,
  markdownTables,
  syntheticBaseline,
} from './helpers.js';

const headings = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));

/** A CommonMark + GFM renderer with raw HTML on, as on GitHub or in a static site generator. */
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (
  o: object,
) => {
  render(s: string): string;
};
const toHtml = (md: string) => new MarkdownIt({ html: true, linkify: false }).render(md);

describe('renderMarkdown(baseline, options)', () => {
  it('has the sections a partner meeting needs, in order (English)', () => {
    const md = renderMarkdown(FIXTURE_BASELINE);
    expect(headings(md).filter((h) => h.startsWith('## '))).toEqual([
      '## Who is in the partnership',
      '## Where the partnership works',
      '## Coverage',
      '## Top synergies',
      '## Top duplication risks',
      '## Countries',
      '## Recommended joint activities',
      '## Ingestion problems to fix',
    ]);
    expect(md.startsWith('# Partnership synergy baseline\n\nThis baseline describes 5 members')).toBe(true);
  });

  it("writes Dutch headings, labels and decimal commas with lang 'nl'", () => {
    const md = renderMarkdown(FIXTURE_BASELINE, { lang: 'nl' });
    expect(headings(md)).toEqual(
      expect.arrayContaining([
        '# Synergie-nulmeting van het partnerschap',
        '## Wie zit in het partnerschap',
        '## Sterkste synergieën',
        '## Landen',
        '### Kenia (KE)',
        '## Aanbevolen gezamenlijke activiteiten',
        '## Inleesproblemen om op te lossen',
      ]),
    );
    expect(md).toContain('| 1 | Mondiaal Vakbondsnetwerk | Stichting Gender & Werk | 0,41 |');
    expect(md).toContain('Gezamenlijke lobby');
    expect(md).toContain('via lokale partner');
    expect(md).not.toContain('Who is in the partnership');
  });

  it('lists the top synergy pairs from the upper triangle with names, strongest first', () => {
    const md = renderMarkdown(FIXTURE_BASELINE, { top: 3 });
    // synergy(mvn, sgw) = 0.4147 > synergy(fwc, mvn) = 0.3955 > synergy(fwc, tpb) = 0.3556;
    // shared context = synergy + duplication = 0.4147 + 0.1091 = 0.5238 -> 0.52.
    expect(md).toContain('| 1 | Mondiaal Vakbondsnetwerk | Stichting Gender & Werk | 0.41 | 0.52 | 0.21 |');
    expect(md).toContain('| 2 | Fair Wear Coalitie | Mondiaal Vakbondsnetwerk | 0.40 | 0.46 | 0.15 |');
    expect(md).toContain('| 3 | Fair Wear Coalitie | Textiel Partners BV | 0.36 | 0.40 | 0.11 |');
    const section = md.slice(md.indexOf('## Top synergies'), md.indexOf('## Top duplication risks'));
    expect(section).not.toContain('| 4 | ');
  });

  it('shows only the top recommendations and says where the rest are', () => {
    const md = renderMarkdown(FIXTURE_BASELINE, { top: 3 });
    expect(md).toContain('### 3\\. Training offer / peer learning (Score 0.66)');
    expect(md).not.toContain('### 4\\.');
    expect(md).toContain('_Showing the top 3 of 7; all are in recommendations.csv._');
  });

  it('gives each recommendation its rationale and evidence as file:line', () => {
    const md = renderMarkdown(FIXTURE_BASELINE);
    expect(md).toContain('- **Evidence:** geography.csv:2, geography.csv:6');
    expect(md).toContain('- **Where:** no particular country');
    // Kind titles, never kind ids (the recommendation's own ID line is a reference code).
    const text = md
      .split('\n')
      .filter((l) => !l.startsWith('- **ID:**'))
      .join('\n');
    expect(text).not.toMatch(/joint-lobby|training-offer|shared-local-partner|coverage-gap/);
    expect(md).toContain('### 1\\. Joint lobby toward a sector (Score');
  });

  it('lists rejected rows with file, line, column, value, reason and suggestion, and warnings by code', () => {
    const md = renderMarkdown(FIXTURE_BASELINE);
    expect(md).toContain(
      '| geography.csv | 9 | country | Bangladsh | Unknown country "Bangladsh". (unknown\\_country) | BD |',
    );
    expect(md).toMatch(/\| fuzzy\\_match \| 3 \| expertise\.csv:10: /);
    expect(md).toContain('| encoding\\_fallback | 1 | sectors.csv (whole file): ');
    expect(md).toContain('- **Geography:** Textiel Partners BV');
  });

  it('is deterministic and does not mutate the baseline', () => {
    const frozen = deepFreeze(clone(FIXTURE_BASELINE));
    const first = renderMarkdown(frozen, { lang: 'nl' });
    expect(renderMarkdown(frozen, { lang: 'nl' })).toBe(first);
    expect(frozen).toEqual(FIXTURE_BASELINE);
  });

  it('a custom title is escaped', () => {
    expect(renderMarkdown(FIXTURE_BASELINE, { title: '# <b>Baseline</b> | 2026' })).toMatch(
      /^# \\# \\<b>Baseline\\<\/b> \\| 2026\n/,
    );
  });

  it('rejects unknown languages and invalid top', () => {
    // @ts-expect-error: only 'en' and 'nl'
    expect(() => renderMarkdown(FIXTURE_BASELINE, { lang: 'de' })).toThrow(OptionsError);
    expect(() => renderMarkdown(FIXTURE_BASELINE, { top: -1 })).toThrow(OptionsError);
    expect(() => renderMarkdown(FIXTURE_BASELINE, { top: 1.5 })).toThrow(OptionsError);
    expect(renderMarkdown(FIXTURE_BASELINE, { top: Number.POSITIVE_INFINITY })).toContain('### 7\\.');
  });

  it('renders an empty partnership with notes and no NaN', () => {
    const md = renderMarkdown(syntheticBaseline(0));
    expect(md).toContain('0 members');
    expect(md).toContain('No pair has a value above zero.');
    expect(md).toContain('No member reported a presence in any country.');
    expect(md).toContain('No joint activities were proposed.');
    expect(md).toContain('No rows were rejected.');
    expect(md).toContain('All input rows were accepted without warnings.');
    expect(md).not.toMatch(/NaN|undefined|n\/a/);
  });
});

describe('renderMarkdown with hostile names', () => {
  const md = renderMarkdown(hostileBaseline());

  it('renders no HTML element from a name in a CommonMark renderer with raw HTML on, and shows the names as written', () => {
    const html = toHtml(md);
    expect(html).not.toMatch(/<(script|img|svg|b)[\s>]/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(md).toContain('\\<script>alert(1)\\</script>');
    // Plain text stays plain: no entities in the Markdown itself.
    expect(md).toContain('"quotes" & \'apostrophes\'');
    expect(md).not.toContain('&amp;');
  });

  it('escapes pipes, so every table row has the header width', () => {
    expect(md).toContain('a\\|b');
    for (const table of markdownTables(md)) {
      const width = markdownCellCount(table[0]!);
      for (const row of table) expect(markdownCellCount(row), row).toBe(width);
    }
  });

  it('escapes link, emphasis and heading syntax and keeps rows on one line', () => {
    expect(md).toContain('\\# Tea \\| \\*bold\\* \\[link\\](javascript:alert(1))');
    expect(toHtml(md)).not.toContain('href="javascript');
    expect(md).toContain('line one line two');
    expect(md).not.toMatch(/^line two/m);
  });

  it('keeps emoji and right-to-left text', () => {
    expect(md).toContain('Textiel 🧵 Partners — شركاء النسيج');
  });

  it('shows an unknown recommendation kind escaped', () => {
    // A kind of one's own is shown in words; its markup is escaped.
    expect(md).toContain('### 2\\. ">\\<script>window. pwned=1\\</script> (Score 0.74)');
  });

  it('the model keeps the raw strings (escaping is the renderer’s job)', () => {
    const model = buildReportModel(hostileBaseline());
    expect(model.members[1]!.name).toBe('<script>alert(1)</script>');
  });
});
