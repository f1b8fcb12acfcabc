import { describe, expect, it } from 'vitest';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { DIFF_MESSAGES } from '../../src/diff/i18n.js';
import { renderDiffHtml } from '../../src/diff/renderDiffHtml.js';
import { renderDiffMarkdown } from '../../src/diff/renderDiffMarkdown.js';
import { YEAR1, YEAR2 } from '../fixtures/diff/years.js';

const diff = diffBaselines(YEAR1, YEAR2);

describe('renderDiffMarkdown', () => {
  const en = renderDiffMarkdown(diff, { lang: 'en' });
  const nl = renderDiffMarkdown(diff, { lang: 'nl' });

  it('has a summary with the counts people look for first', () => {
    expect(en.split('\n')[0]).toBe('# What changed: baseline comparison');
    expect(en).toContain(
      'Members: 1 joined, 1 left, 3 stayed. Presence in countries: 2 gained, 2 lost, 1 changed. Recommendations: 1 new, 1 dropped, 2 still open.',
    );
    expect(nl).toContain('Leden: 1 toegetreden, 1 vertrokken, 3 gebleven.');
  });

  it('shows presence changes with translated presence kinds', () => {
    expect(en).toContain(
      '| Bangladesh (BD) | Mondiaal Vakbondsnetwerk (mvn) | through local partner | office |',
    );
    expect(nl).toContain(
      '| Bangladesh (BD) | Mondiaal Vakbondsnetwerk (mvn) | via lokale partner | kantoor |',
    );
    expect(nl).toContain('| Kenia (KE) | Kennisinstituut Arbeid (kia) | programma | – |');
  });

  it('shows theme changes per country with labels and levels', () => {
    expect(en).toContain('### India (IN) (new country)');
    expect(en).toContain('- Highest expertise level: Gender-based violence 5 → 2; Living wage 4 → 5');
    expect(nl).toContain('- Nieuw gedeelde lokale partners: Karmojibi Nari');
  });

  it('lists pair changes with signed differences and decimal commas in Dutch', () => {
    expect(en).toContain('| Fair Wear Coalitie (fwc) | Gender & Werk (sgw) | 0.50 | 0.10 | −0.40 |');
    expect(nl).toContain(
      '| Fair Wear Coalitie (fwc) | Mondiaal Vakbondsnetwerk (mvn) | 0,40 | 0,60 | +0,20 |',
    );
  });

  it('lists new, dropped and still-open recommendations', () => {
    expect(en).toMatch(
      /### New\n\n\| Kind .*\n.*\n\| Shared local partner \| Mondiaal Vakbondsnetwerk, Textiel/,
    );
    expect(en).toContain('### Dropped (done, or no longer indicated)');
    expect(en).toContain(
      '| Joint lobby toward a sector | Fair Wear Coalitie, Mondiaal Vakbondsnetwerk | – | Garment and textiles | 0.81 | 0.85 |',
    );
  });

  it('escapes user text: no raw HTML, no extra table columns', () => {
    // Markdown stays plain text: the tag-like name gets a backslash, so no renderer makes it an element.
    expect(en).not.toMatch(/(?<!\\)<Partners>/);
    expect(en).toContain('Textiel \\<Partners> & Co \\| BV');
    expect(en).toContain('Both work with \\<Karmojibi Nari> in Bangladesh \\| align support.');
  });
});

describe('renderDiffHtml', () => {
  const html = renderDiffHtml(diff, { lang: 'nl' });

  it('is one self-contained page in the chosen language', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('<h1>Wat is er veranderd: vergelijking van twee baselines</h1>');
  });

  it('escapes every user text', () => {
    expect(html).not.toContain('<Partners>');
    expect(html).not.toContain('<Karmojibi Nari>');
    expect(html).toContain('Textiel &lt;Partners&gt; &amp; Co | BV');
  });

  it('marks rises and falls for the eye', () => {
    expect(html).toContain('<td class="num up">+0,20</td>');
    expect(html).toContain('<td class="num down">−0,40</td>');
  });

  it('has the same sections as the Markdown form', () => {
    for (const key of [
      'section.members',
      'section.presence',
      'section.themes',
      'section.pairs',
      'section.recommendations',
    ] as const) {
      expect(html).toContain(`>${DIFF_MESSAGES.nl[key].replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h2>`);
    }
  });
});

describe('diff texts', () => {
  it('has the same keys in English and Dutch, none empty', () => {
    expect(Object.keys(DIFF_MESSAGES.nl).sort()).toEqual(Object.keys(DIFF_MESSAGES.en).sort());
    for (const lang of ['en', 'nl'] as const) {
      for (const v of Object.values(DIFF_MESSAGES[lang])) expect(v.trim()).not.toBe('');
    }
  });

  it('renders a no-change diff with "none" notes instead of empty tables', () => {
    const md = renderDiffMarkdown(diffBaselines(YEAR1, YEAR1));
    expect(md).toContain('No member joined or left, and no member details changed.');
    expect(md).toContain('No presence changed.');
    expect(md).toContain('No theme coverage changed in any country.');
  });
});
