/**
 * The baseline comparison as a self-contained HTML page (inline CSS, nothing loaded).
 * @module
 */
import { checkOptionKeys } from '../optionKeys.js';
import { escapeHtml } from '../output/escape.js';
import { htmlPage } from '../output/htmlPage.js';
import { dt } from './i18n.js';
import { buildDiffModel, type DiffBlock, type DiffCell } from './model.js';
import { DEFAULT_DIFF_RENDER_OPTIONS, type DiffRenderOptions } from './renderDiffMarkdown.js';
import type { BaselineDiff } from './types.js';

const DIFF_CSS = `
td.up { color: #14532d; font-weight: 600; }
td.down { color: #b3261e; font-weight: 600; }
section.diff-themes ul { margin: 4px 0 12px; }
`;

const esc = escapeHtml;

function cellHtml(tag: 'th' | 'td', c: DiffCell): string {
  const classes = [c.numeric ? 'num' : '', tag === 'td' && c.tone ? c.tone : ''].filter((x) => x !== '');
  const attr = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  return `<${tag}${attr}>${esc(c.text)}</${tag}>`;
}

function block(b: DiffBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ''}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return [
        '<div class="table-wrap"><table>',
        `<thead><tr>${b.header.map((c) => cellHtml('th', c)).join('')}</tr></thead>`,
        '<tbody>',
        ...b.rows.map((r) => `<tr>${r.map((c) => cellHtml('td', c)).join('')}</tr>`),
        '</tbody></table></div>',
      ].join('\n');
  }
}

/**
 * Render a baseline comparison (from diffBaselines) as one self-contained HTML page in English
 * or Dutch, with the same sections as renderDiffMarkdown. Inline CSS only, a Content-Security-
 * Policy that loads nothing, and every text from the baselines HTML-escaped.
 *
 * @param diff - from {@link diffBaselines}
 * @param options - `lang`: 'en' (default) or 'nl'
 * @example
 * const page = renderDiffHtml(diffBaselines(json, nextYear), { lang: 'en' });
 * page.startsWith('<!DOCTYPE html>\n<html lang="en">'); // => true
 * page.includes('Nieuw Maatwerk'); // => true
 */
export function renderDiffHtml(diff: BaselineDiff, options: DiffRenderOptions = {}): string {
  checkOptionKeys(options, ['lang'] satisfies (keyof DiffRenderOptions)[]);
  const { lang = DEFAULT_DIFF_RENDER_OPTIONS.lang } = options;
  const model = buildDiffModel(diff, lang);
  return htmlPage({
    lang: model.lang,
    title: model.title,
    extraCss: DIFF_CSS,
    body: [
      '<header>',
      `<h1>${esc(model.title)}</h1>`,
      `<p class="summary">${esc(model.summary)}</p>`,
      '</header>',
      '<main>',
      ...model.blocks.map(block),
      '</main>',
      `<footer>${esc(dt(model.lang, 'footer'))}</footer>`,
    ],
  });
}
