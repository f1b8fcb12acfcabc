/**
 * Inline SVG heatmaps of member x member matrices: one `<rect>` per cell with
 * a `<title>` tooltip, escaped axis labels, a colour legend. No scripts, no
 * external references, no ids (several heatmaps can share a page).
 * @module
 */
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { escapeHtml as esc } from '../output/escape.js';
import { formatNumber } from '../output/format.js';
import { type ColorScale, textColorOn, viridis } from './colors.js';
import { checkIdMatrix, type IdMatrix } from './matrix.js';
import { seriate } from './seriate.js';

export { seriate } from './seriate.js';

/**
 * Options of {@link renderHeatmapSvg}.
 *
 * @example
 * const options: HeatmapOptions = { title: 'Synergy', cellSize: 30, showValues: true };
 * renderHeatmapSvg(readBaselineMatrix(json, 'synergy').full, options).includes('<title>Synergy</title>'); // => true
 */
export interface HeatmapOptions {
  /** Title, shown above the grid and as the SVG's accessible name. Required. */
  readonly title: string;
  /** Display names per id (member names). Default: the ids. */
  readonly labels?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Colour of a value scaled to [0, 1] within `domain`. Default {@link viridis}. */
  readonly colorScale?: ColorScale;
  /** Cell width and height in px (8-80). Default `18`. */
  readonly cellSize?: number;
  /** Values mapped to the two ends of the colour scale (values outside are clamped). Default `[0, 1]`. */
  readonly domain?: readonly [number, number];
  /** `'seriate'` (similar members together, see {@link seriate}), `'input'`, or an explicit permutation. Default `'seriate'`. */
  readonly order?: 'seriate' | 'input' | readonly number[];
  /** Whether the matrix is asymmetric (row gains from column). Default: detected from the values. */
  readonly asymmetric?: boolean;
  /** Axis note of an asymmetric matrix. Default `'row gains from column'`. */
  readonly axisNote?: string;
  /** Draw the diagonal (self-pairs) in colour (`'show'`) or as a neutral grey cell (`'hide'`). Default `'hide'`. */
  readonly diagonal?: 'show' | 'hide';
  /** Print the value inside each cell (readable on paper; needs cellSize >= 28). Default `false`. */
  readonly showValues?: boolean;
  /** Decimals of tooltip and cell values. Default `2`. */
  readonly decimals?: number;
  /** Decimal separator of tooltip and cell values. Default `'.'`. */
  readonly decimalSeparator?: '.' | ',';
  /**
   * Characters per axis-label line. Labels wrap at spaces into two lines where cells are 26 px
   * or more, else one; what does not fit is cut at a word with "…" (the full name stays in the
   * tooltip). Default `24`.
   */
  readonly maxLabelChars?: number;
  /** Text of a heatmap without members. Default `'No data'`. */
  readonly emptyText?: string;
}

/** Every option key of {@link HeatmapOptions} (the compiler keeps the list complete). */
const HEATMAP_OPTION_KEYS = Object.keys({
  asymmetric: true,
  axisNote: true,
  cellSize: true,
  colorScale: true,
  decimalSeparator: true,
  decimals: true,
  diagonal: true,
  domain: true,
  emptyText: true,
  labels: true,
  maxLabelChars: true,
  order: true,
  showValues: true,
  title: true,
} satisfies Record<keyof HeatmapOptions, true>);

/** Defaults of {@link HeatmapOptions}. */
export const DEFAULT_HEATMAP_OPTIONS = {
  cellSize: 18,
  domain: [0, 1] as readonly [number, number],
  order: 'seriate',
  axisNote: 'row gains from column',
  diagonal: 'hide',
  showValues: false,
  decimals: 2,
  decimalSeparator: '.',
  maxLabelChars: 24,
  emptyText: 'No data',
} as const;

const FONT_SIZE = 11;
const CHAR_WIDTH = 6.6;
const TITLE_HEIGHT = 24;
const NOTE_HEIGHT = 16;
const LEGEND_STEPS = 10;
const LEGEND_STEP_WIDTH = 16;
const HIDDEN_FILL = '#e8e8e8';

/** A coordinate with at most one decimal, no exponent. */
function px(x: number): string {
  return formatNumber(x, 1, { trimZeros: true });
}

function labelOf(labels: HeatmapOptions['labels'], id: string): string {
  if (labels === undefined) return id;
  if (labels instanceof Map) return labels.get(id) ?? id;
  const record = labels as Readonly<Record<string, string>>;
  return Object.hasOwn(record, id) ? (record[id] ?? id) : id;
}

/** Line height of a two-line axis label. */
const LINE_HEIGHT = 12;

/** Cuts text to `max` characters with "…", at a word boundary when one is near the end. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= Math.ceil(max * 0.6) ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * An axis label in at most `lines` lines of at most `max` characters: words are kept whole
 * where they fit, and what does not fit ends in "…" (the full name is the tooltip).
 */
export function wrapLabel(text: string, max: number, lines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines) {
    let line = words[i]!;
    i++;
    while (i < words.length && Array.from(`${line} ${words[i]}`).length <= max) {
      line = `${line} ${words[i]}`;
      i++;
    }
    out.push(line);
  }
  if (out.length === 0) return [shorten(text, max)];
  const last = out.length - 1;
  const rest = i < words.length ? `${out[last]} ${words.slice(i).join(' ')}` : out[last]!;
  out[last] = shorten(rest, max);
  for (let k = 0; k < last; k++) out[k] = shorten(out[k]!, max);
  return out;
}

/** `<tspan>`s of a label's lines, centred around the text's own position (dx/dy along its baseline). */
function labelLines(lines: readonly string[], along: 'x' | 'y', anchor: number): string {
  if (lines.length === 1) return esc(lines[0]!);
  const first = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return lines
    .map(
      (line, k) =>
        `<tspan ${along}="${px(anchor)}" dy="${px(k === 0 ? first : LINE_HEIGHT)}">${esc(line)}</tspan>`,
    )
    .join('');
}

function isAsymmetric(values: readonly (readonly number[])[]): boolean {
  return values.some((row, i) => row.some((v, j) => Math.abs(v - values[j]![i]!) > 1e-12));
}

function resolveOrder(
  order: 'seriate' | 'input' | readonly number[],
  values: readonly (readonly number[])[],
): number[] {
  const n = values.length;
  if (order === 'seriate') return seriate(values);
  if (order === 'input') return values.map((_, i) => i);
  const seen = new Set(order);
  if (order.length !== n || seen.size !== n || order.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) {
    throw new OptionsError('order', `order must be a permutation of 0..${n - 1}.`);
  }
  return [...order];
}

/** Column labels (read bottom-up, ending just above their column) and row labels (right-aligned against the grid), each with the full name as tooltip. */
function axisLabels(
  perm: readonly number[],
  shown: readonly (readonly string[])[],
  names: readonly string[],
  grid: { readonly left: number; readonly top: number; readonly cellSize: number },
): string[] {
  const { left, top, cellSize } = grid;
  const columns = perm.map((idx, p) => {
    const x = left + p * cellSize + cellSize / 2 + 4;
    return `<text transform="translate(${px(x)} ${px(top - 4)}) rotate(-90)" text-anchor="start">${labelLines(shown[idx]!, 'x', 0)}<title>${esc(names[idx]!)}</title></text>`;
  });
  const rows = perm.map((idx, p) => {
    const y = top + p * cellSize + cellSize / 2 + 4;
    return `<text x="${px(left - 4)}" y="${px(y)}" text-anchor="end">${labelLines(shown[idx]!, 'x', left - 4)}<title>${esc(names[idx]!)}</title></text>`;
  });
  return [...columns, ...rows];
}

/**
 * Renders a square member x member matrix as an inline SVG heatmap: members
 * ordered so that similar ones sit together (unless `order` says otherwise),
 * a sequential colour scale (viridis by default) over `domain`, one `<title>`
 * tooltip per cell (`"A ↔ B: 0.42"`, or `"A ← B: 0.42"` = A gains from B for
 * asymmetric matrices, whose axes are then labelled "row gains from column"),
 * escaped and truncated axis labels with the full name as tooltip, and a colour
 * legend. The SVG has no ids, scripts or external references. Pure and
 * deterministic. Cost O(n²).
 *
 * @param matrix - `{ ids, values }` with `values[i][j]` for `(ids[i], ids[j])`.
 * @param options - See {@link HeatmapOptions}; defaults in {@link DEFAULT_HEATMAP_OPTIONS}.
 * @returns An `<svg>` element as text.
 * @throws {OptionsError} for invalid options; `PartnerSynergyError` `E_SCHEMA` for a malformed matrix.
 * @example
 * const svg = renderHeatmapSvg(readBaselineMatrix(json, 'synergy').full, { title: 'Synergy', labels: { FTA: 'Fair Threads' } });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // => true
 * svg.includes('<title>Synergy</title>'); // => true
 */
export function renderHeatmapSvg(matrix: IdMatrix, options: HeatmapOptions): string {
  checkOptionKeys(options, HEATMAP_OPTION_KEYS);
  const {
    title,
    labels,
    colorScale = viridis,
    cellSize = DEFAULT_HEATMAP_OPTIONS.cellSize,
    domain = DEFAULT_HEATMAP_OPTIONS.domain,
    order = DEFAULT_HEATMAP_OPTIONS.order,
    axisNote = DEFAULT_HEATMAP_OPTIONS.axisNote,
    diagonal = DEFAULT_HEATMAP_OPTIONS.diagonal,
    showValues = DEFAULT_HEATMAP_OPTIONS.showValues,
    decimals = DEFAULT_HEATMAP_OPTIONS.decimals,
    decimalSeparator = DEFAULT_HEATMAP_OPTIONS.decimalSeparator,
    maxLabelChars = DEFAULT_HEATMAP_OPTIONS.maxLabelChars,
    emptyText = DEFAULT_HEATMAP_OPTIONS.emptyText,
  } = options;
  if (!Number.isFinite(cellSize) || cellSize < 8 || cellSize > 80) {
    throw new OptionsError('cellSize', `cellSize must be from 8 to 80 px; got ${cellSize}.`);
  }
  const [lo, hi] = domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
    throw new OptionsError(
      'domain',
      `domain must be two finite numbers [low, high] with low < high; got [${lo}, ${hi}].`,
    );
  }
  if (!Number.isInteger(maxLabelChars) || maxLabelChars < 2) {
    throw new OptionsError('maxLabelChars', `maxLabelChars must be an integer >= 2; got ${maxLabelChars}.`);
  }
  checkIdMatrix(matrix, 'heatmap');
  const { ids, values } = matrix;
  const n = ids.length;
  const asym = options.asymmetric ?? isAsymmetric(values);
  const fmt = (v: number) => formatNumber(v, decimals, { decimalSeparator });
  const titleText = `<text x="0" y="15" font-size="13" font-weight="bold">${esc(title)}</text>`;
  const open = (w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(w)}" height="${px(h)}" viewBox="0 0 ${px(w)} ${px(h)}" role="img" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}"><title>${esc(title)}</title>`;

  if (n === 0) {
    const w = Math.max(160, Array.from(title).length * 8);
    return `${open(w, 48)}${titleText}<text x="0" y="38" fill="#555555">${esc(emptyText)}</text></svg>`;
  }

  const perm = resolveOrder(order, values);
  const names = ids.map((id) => labelOf(labels, id));
  // Two lines per label where a cell is tall (wide) enough for them, else one line.
  const lineCount = cellSize >= 2 * LINE_HEIGHT + 2 ? 2 : 1;
  const shown = names.map((name) => wrapLabel(name, maxLabelChars, lineCount));
  const longest = Math.max(...shown.flat().map((s) => Array.from(s).length));
  const labelSpace = Math.ceil(longest * CHAR_WIDTH) + 8;
  const top = TITLE_HEIGHT + (asym ? NOTE_HEIGHT : 0) + labelSpace;
  const left = labelSpace;
  const grid = n * cellSize;
  const legendY = top + grid + 12;
  const width = Math.max(
    left + grid + 8,
    left + LEGEND_STEPS * LEGEND_STEP_WIDTH + 40,
    Array.from(title).length * 8,
  );
  const height = legendY + 28;
  const scale = (v: number) => colorScale((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo));
  const arrow = asym ? '←' : '↔';

  const parts: string[] = [open(width, height), titleText];
  if (asym)
    parts.push(
      `<text x="0" y="${px(TITLE_HEIGHT + 10)}" font-style="italic" fill="#444444">${esc(axisNote)}</text>`,
    );
  parts.push(...axisLabels(perm, shown, names, { left, top, cellSize }));
  // Per row and column once: their coordinates and escaped names (escaping is per character, so
  // the escaped parts of a cell's title join to the escaped title).
  const xs = perm.map((_, q) => px(left + q * cellSize));
  const ys = perm.map((_, p) => px(top + p * cellSize));
  const escaped = names.map((name) => esc(name));
  const size = px(cellSize - 1);
  const square = `" width="${size}" height="${size}" fill="`;
  const valueSize = px(Math.min(FONT_SIZE, cellSize / 3));
  for (let p = 0; p < n; p++) {
    const ri = perm[p]!;
    const y = ys[p]!;
    const row = values[ri]!;
    const rowTitle = `${escaped[ri]!} ${arrow} `;
    for (let q = 0; q < n; q++) {
      const ci = perm[q]!;
      const v = row[ci]!;
      if (ri === ci && diagonal === 'hide') {
        parts.push(
          `<rect x="${xs[q]!}" y="${y}${square}${HIDDEN_FILL}"><title>${escaped[ri]!}</title></rect>`,
        );
        continue;
      }
      const fill = scale(v);
      const text = esc(fmt(v));
      parts.push(
        `<rect x="${xs[q]!}" y="${y}${square}${fill}"><title>${rowTitle}${escaped[ci]!}: ${text}</title></rect>`,
      );
      if (showValues) {
        const cx = px(left + q * cellSize + (cellSize - 1) / 2);
        const cy = px(top + p * cellSize + (cellSize - 1) / 2 + 4);
        parts.push(
          `<text x="${cx}" y="${cy}" text-anchor="middle" fill="${textColorOn(fill)}" font-size="${valueSize}" pointer-events="none">${text}</text>`,
        );
      }
    }
  }
  // Legend: LEGEND_STEPS swatches from low to high.
  for (let s = 0; s < LEGEND_STEPS; s++) {
    const fill = colorScale((s + 0.5) / LEGEND_STEPS);
    parts.push(
      `<rect x="${px(left + s * LEGEND_STEP_WIDTH)}" y="${px(legendY)}" width="${LEGEND_STEP_WIDTH}" height="10" fill="${fill}"/>`,
    );
  }
  const legendEnd = left + LEGEND_STEPS * LEGEND_STEP_WIDTH;
  parts.push(`<text x="${px(left)}" y="${px(legendY + 23)}" text-anchor="start">${esc(fmt(lo))}</text>`);
  parts.push(`<text x="${px(legendEnd)}" y="${px(legendY + 23)}" text-anchor="end">${esc(fmt(hi))}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
