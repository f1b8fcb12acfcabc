/**
 * `partner-synergy/map`: the country outlines of the world map, kept out of the browser core
 * (about 27 kB gzipped). Pass them to the report, or draw the map with `renderWorldMapSvg`
 * (both in `partner-synergy/report`):
 *
 * ```ts
 * import { renderHtml, renderWorldMapSvg } from 'partner-synergy/report';
 * import { WORLD_MAP } from 'partner-synergy/map';
 * const page = renderHtml(baseline, { lang: 'nl', map: WORLD_MAP });
 * const svg = renderWorldMapSvg(baseline, WORLD_MAP, { lang: 'nl' });
 * ```
 *
 * The Node writer (`writeBaselineOutputs`, the CLI) passes them by default.
 * @module
 */
export { WORLD_MAP } from './worldGeometry.js';
