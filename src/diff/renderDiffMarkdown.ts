/**
 * The baseline comparison as Markdown (CommonMark + GFM tables).
 * @module
 */
import { checkOptionKeys } from '../optionKeys.js';
import { escapeMarkdownCell } from '../output/escape.js';
import type { Lang } from '../report/i18n.js';
import { dt } from './i18n.js';
import { buildDiffModel, type DiffBlock, type DiffCell } from './model.js';
import type { BaselineDiff } from './types.js';

/**
 * Options of the diff renderers.
 * @example
 * const options: DiffRenderOptions = { lang: 'nl' };
 * renderDiffMarkdown(diffBaselines(json, nextYear), options).split('\n')[0];
 * // => '# Wat is er veranderd: vergelijking van twee baselines'
 */
export interface DiffRenderOptions {
  /** Language of the fixed text. Default 'en'. */
  readonly lang?: Lang;
}

/**
 * Defaults of {@link DiffRenderOptions}.
 *
 * @example
 * DEFAULT_DIFF_RENDER_OPTIONS; // => { lang: 'en' }
 */
export const DEFAULT_DIFF_RENDER_OPTIONS = Object.freeze({ lang: 'en' as Lang });

const md = escapeMarkdownCell;

function block(b: DiffBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${md(b.text)}`;
    case 'paragraph':
      return b.note ? `_${md(b.text)}_` : md(b.text);
    case 'list':
      return b.items.map((item) => `- ${md(item)}`).join('\n');
    case 'table': {
      // Numeric cells are the library's own formatted numbers: written as they are (no "\\+").
      const text = (c: DiffCell) => (c.numeric && /^[+−]?[\d.,]+$/.test(c.text) ? c.text : md(c.text));
      const row = (cells: readonly DiffCell[]) => `| ${cells.map((c) => text(c) || ' ').join(' | ')} |`;
      const rule = `| ${b.header.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`;
      return [row(b.header), rule, ...b.rows.map(row)].join('\n');
    }
  }
}

/**
 * Render a baseline comparison (from diffBaselines) as Markdown in English or Dutch: summary,
 * members joined / left / changed, presence changes, theme changes per country, the largest
 * rises and falls in synergy, duplication and overlap, and new / dropped / still-open
 * recommendations. Every text from the baselines (names, ids, labels, rationales) is escaped
 * so it shows literally.
 *
 * @param diff - from {@link diffBaselines}
 * @param options - `lang`: 'en' (default) or 'nl'
 * @example
 * renderDiffMarkdown(diffBaselines(json, nextYear), { lang: 'nl' }).split('\n')[0];
 * // => '# Wat is er veranderd: vergelijking van twee baselines'
 */
export function renderDiffMarkdown(diff: BaselineDiff, options: DiffRenderOptions = {}): string {
  checkOptionKeys(options, ['lang'] satisfies (keyof DiffRenderOptions)[]);
  const { lang = DEFAULT_DIFF_RENDER_OPTIONS.lang } = options;
  const model = buildDiffModel(diff, lang);
  const parts = [
    `# ${md(model.title)}`,
    md(model.summary),
    ...model.blocks.map(block),
    `_${md(dt(model.lang, 'footer'))}_`,
  ];
  return `${parts.join('\n\n')}\n`;
}
