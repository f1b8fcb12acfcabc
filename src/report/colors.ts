/**
 * Sequential colour scales for heatmaps, written out as a few anchor colours
 * and interpolated: no colour library needed.
 * @module
 */
import { OptionsError } from '../errors.js';

/**
 * Maps a position `t` in [0, 1] to a CSS hex colour `#rrggbb` (the `colorScale` of a heatmap).
 * @example
 * const greys: ColorScale = (t) => (t < 0.5 ? '#eeeeee' : '#333333');
 * const svg = renderHeatmapSvg(readBaselineMatrix(json, 'synergy').full, { title: 'Synergy', colorScale: greys });
 * svg.includes('fill="#333333"'); // => true
 */
export type ColorScale = (t: number) => string;

/**
 * Nine anchors of matplotlib's viridis (at 0, 1/8, ..., 1): perceptually
 * uniform, readable by people with the common colour-vision deficiencies, and
 * still ordered when printed in grey.
 */
export const VIRIDIS_ANCHORS: readonly string[] = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];

function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex);
  if (m === null)
    throw new OptionsError('colorScale', `Colour anchors must be #rrggbb; got ${JSON.stringify(hex)}.`);
  return [Number.parseInt(m[1]!, 16), Number.parseInt(m[2]!, 16), Number.parseInt(m[3]!, 16)];
}

function toHex(channels: readonly number[]): string {
  return `#${channels
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * A colour scale that interpolates linearly (in sRGB) between evenly spaced
 * anchors. `t` is clamped to [0, 1]; a non-finite `t` throws (never a silent
 * colour for NaN). Cost O(1) per call.
 *
 * @param anchors - Two or more `#rrggbb` colours, low to high.
 * @throws {OptionsError} for fewer than two anchors, a malformed colour, or a non-finite `t`.
 * @example
 * const greys = rampScale(['#000000', '#ffffff']);
 * greys(0.5); // => '#808080'
 */
export function rampScale(anchors: readonly string[]): ColorScale {
  if (anchors.length < 2) throw new OptionsError('colorScale', 'A colour ramp needs at least two anchors.');
  const rgb = anchors.map(parseHex);
  const segments = rgb.length - 1;
  return (t) => {
    if (!Number.isFinite(t))
      throw new OptionsError('colorScale', `Colour scale position must be finite; got ${t}.`);
    const x = Math.min(1, Math.max(0, t)) * segments;
    const k = Math.min(segments - 1, Math.floor(x));
    const f = x - k;
    const lo = rgb[k]!;
    const hi = rgb[k + 1]!;
    return toHex([0, 1, 2].map((c) => lo[c]! + (hi[c]! - lo[c]!) * f));
  };
}

/**
 * The default heatmap scale: viridis, dark purple (0) to yellow (1).
 *
 * @example
 * viridis(0); // => '#440154'
 * viridis(1); // => '#fde725'
 */
export const viridis: ColorScale = rampScale(VIRIDIS_ANCHORS);

/**
 * Black or white, whichever reads better on a `#rrggbb` background (WCAG
 * relative luminance, threshold 0.179).
 *
 * @example
 * textColorOn('#440154'); // => '#ffffff'
 * textColorOn('#fde725'); // => '#000000'
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  const linear = parseHex(background).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
