/**
 * partner-synergy/diff: follow a partnership over time. Compare two baseline.json files (last
 * year's and this year's) and render what changed as Markdown or HTML. Browser-safe; kept out of
 * the core entry so the core's browser bundle stays small. Read a baseline.json file with
 * `loadBaselineJson` (core). Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/diff
 */
export { DEFAULT_DIFF_OPTIONS, type DiffOptions, diffBaselines } from './diffBaselines.js';
export { renderDiffHtml } from './renderDiffHtml.js';
export { type DiffRenderOptions, renderDiffMarkdown } from './renderDiffMarkdown.js';
export type { BaselineDiff } from './types.js';
