/**
 * partner-synergy/report: render a baseline (the live `Baseline` or its baseline.json) as files
 * people read: the Markdown and HTML reports, the meeting pack, the member x member heatmap and
 * the world map as SVG, and the CSV exports. Browser-safe; kept out of the core entry so the
 * core's browser bundle stays small (the dashboard loads `dist/browser/partner-synergy.report.js`
 * beside the core). The world map's outlines are `WORLD_MAP` from `partner-synergy/map`.
 * Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/report
 */
export type { ColorScale } from './colors.js';
export { type CsvExportFile, toCsvExports } from './csv.js';
export type { HeatmapOptions } from './heatmap.js';
export { renderHeatmapSvg } from './heatmap.js';
export type { HtmlOptions } from './html.js';
export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export type { IdMatrix } from './matrix.js';
export {
  type ActionRow,
  buildMeetingPack,
  type MeetingPack,
  type MeetingPackOptions,
  type MemberPage,
  renderMeetingPackHtml,
  renderMeetingPackMarkdown,
} from './meetingPack.js';
export type { ReportOptions } from './model.js';
export { TAXONOMY_DESCRIPTIONS, type TaxonomyDescriptions } from './taxonomyDescriptions.js';
export {
  renderWorldMapSvg,
  type WorldMapGeometry,
  type WorldMapOptions,
  type WorldMapShape,
} from './worldMap.js';
