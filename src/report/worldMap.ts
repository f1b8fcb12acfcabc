/**
 * The world map of where the partnership works, as inline SVG: one shape per country (those
 * with members or recommendations carry their code: `<path data-country="BD">`), shaded by
 * how many members are present (lightness steps of one hue, readable in grey), patterned by the strongest presence (solid office, hatched local
 * partner, dotted programme, lined network), outlined where joint activities are proposed,
 * with a marker for countries too small to see, a tooltip per country and a legend.
 *
 * The country outlines are data, not code: {@link WorldMapGeometry} comes from
 * `partner-synergy/map` (`WORLD_MAP`), so the browser core does not carry them.
 * @module
 */
import { asBaselineJson, type BaselineOrJson } from '../baseline/toJson.js';
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { escapeHtml as esc } from '../output/escape.js';
import { formatNumber } from '../output/format.js';
import type { PresenceKind } from '../schema/records.js';
import { textColorOn } from './colors.js';
import { type Lang, type MessageKey, t, tn, tValue } from './i18n.js';
import { createLookup } from './lookup.js';
import { buildMapRows, type MapCountryRow, PRESENCE_ORDER } from './mapModel.js';
import { resolveReportOptions } from './model.js';

/**
 * One country's outline, projected: SVG path data (empty for a country drawn as a point only),
 * a point inside it (where a marker goes), its area in px².
 *
 * @example
 * const shape: WorldMapShape = { d: 'M70 20h5v5h-5z', x: 72.5, y: 22.5, area: 25 };
 * shape.area < 80; // => true
 */
export interface WorldMapShape {
  readonly d: string;
  readonly x: number;
  readonly y: number;
  readonly area: number;
}

/**
 * Projected country outlines keyed by ISO 3166-1 alpha-2 code, in a `width` x `height` px
 * frame. `WORLD_MAP` from `partner-synergy/map` is one (Natural Earth 1:110m).
 *
 * @example
 * const tiny: WorldMapGeometry = { width: 100, height: 50, source: 'test', projection: 'none', countries: {
 *   BD: { d: 'M70 20h5v5h-5z', x: 72.5, y: 22.5, area: 25 } } };
 * renderWorldMapSvg(json, tiny).includes('data-country="BD"'); // => true
 */
export interface WorldMapGeometry {
  readonly width: number;
  readonly height: number;
  /** Where the outlines come from, e.g. 'Natural Earth 1:110m' (shown under the map). */
  readonly source: string;
  /** The projection's name, e.g. 'Equal Earth' (shown under the map). */
  readonly projection: string;
  readonly countries: Readonly<Record<string, WorldMapShape>>;
}

/**
 * Options of {@link renderWorldMapSvg}.
 *
 * @example
 * const options: WorldMapOptions = { lang: 'nl', interactive: true };
 * renderWorldMapSvg(json, WORLD_MAP, options).includes('role="button"'); // => true
 */
export interface WorldMapOptions {
  /** Language of the legend and tooltips. Default `'en'`. */
  readonly lang?: Lang;
  /**
   * For a page with a script (the dashboard): countries with members become keyboard-focusable
   * buttons (`tabindex="0" role="button"`, an `aria-label` saying who is there). Default `false`
   * (a static image with tooltips, as in report.html).
   */
  readonly interactive?: boolean;
}

/** Upper bounds of the member-count classes: 1, 2, 3-4, 5-9, 10+. */
const CLASS_MIN = [1, 2, 3, 5, 10] as const;
const CLASS_LABELS = ['1', '2', '3–4', '5–9', '10+'] as const;
/** One hue, five lightness steps: the order survives grey-scale printing (tested on luminance). */
export const MAP_CLASS_FILLS = ['#b9d4ea', '#7fb0d6', '#4684bb', '#1f5898', '#0c2f5e'] as const;
const CLASS_FILLS = MAP_CLASS_FILLS;
/** Fill of a country where no member is present. */
export const MAP_ABSENT_FILL = '#f4f4f4';
const ABSENT_FILL = MAP_ABSENT_FILL;
const ABSENT_STROKE = '#c4c4c4';
const PRESENT_STROKE = '#1d1d1f';
const INK = '#1d1d1f';
/** Countries smaller than this (px² on a 1000 px wide map) get a marker when members are there. */
const SMALL_AREA = 80;
const TILE = 5;
const FONT = 15;
const LEGEND_ROW = 28;
const LEGEND_HEIGHT = 16 + 3 * LEGEND_ROW + 6;
const ID = 'ps-map';

const num = (x: number): string => formatNumber(x, 1, { trimZeros: true });

function classOf(count: number): number {
  let k = 0;
  for (let i = 0; i < CLASS_MIN.length; i++) if (count >= CLASS_MIN[i]!) k = i;
  return k;
}

/** The pattern drawn over a class colour for a presence kind (none for an office: solid). */
function patternMarks(kind: PresenceKind, ink: string): string {
  const stroke = `stroke="${ink}" stroke-opacity=".6"`;
  switch (kind) {
    case 'local_partner':
      return `<path d="M-1 1l2-2M0 ${TILE}l${TILE}-${TILE}M${TILE - 1} ${TILE + 1}l2-2" ${stroke} stroke-width="1.1"/>`;
    case 'programme':
      return `<circle cx="${TILE / 2}" cy="${TILE / 2}" r="1.1" fill="${ink}" fill-opacity=".6"/>`;
    case 'network':
      return `<path d="M0 ${TILE / 2}h${TILE}" ${stroke} stroke-width="1.1"/>`;
    default:
      return '';
  }
}

function patternId(k: number, kind: PresenceKind): string {
  return `${ID}-${k}-${kind}`;
}

function fillOf(k: number, kind: PresenceKind | null): string {
  return kind === null || kind === 'office' ? CLASS_FILLS[k]! : `url(#${patternId(k, kind)})`;
}

function patternDefs(used: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const key of [...used].sort()) {
    const [k, kind] = key.split(':') as [string, PresenceKind];
    const colour = CLASS_FILLS[Number(k)]!;
    out.push(
      `<pattern id="${patternId(Number(k), kind)}" patternUnits="userSpaceOnUse" width="${TILE}" height="${TILE}"><rect width="${TILE}" height="${TILE}" fill="${colour}"/>${patternMarks(kind, textColorOn(colour))}</pattern>`,
    );
  }
  return out.length === 0 ? '' : `<defs>${out.join('')}</defs>`;
}

function tooltip(lang: Lang, row: MapCountryRow): string {
  const shown = row.named.map((m) => `${m.name} (${m.presenceLabel})`).join(', ');
  const more = row.more > 0 ? ` ${t(lang, 'note.moreEvidence', { count: row.more })}` : '';
  const who = row.members.length === 0 ? '' : `: ${shown}${more}`;
  const recs = row.recommendations > 0 ? `. ${tn(lang, 'count.proposedHere', row.recommendations)}` : '';
  return `${row.name}, ${tn(lang, 'count.members', row.members.length)}${who}${recs}`;
}

interface Drawn {
  readonly row: MapCountryRow;
  readonly shape: { readonly d: string; readonly x: number; readonly y: number; readonly area: number };
  readonly fill: string;
}

function countryAttributes(lang: Lang, item: Drawn, interactive: boolean): string {
  const { row } = item;
  const data = `data-country="${esc(row.code)}" data-members="${row.members.length}" data-presence="${row.strongest ?? 'none'}" data-recommendations="${row.recommendations}"`;
  return interactive ? `${data} tabindex="0" role="button" aria-label="${esc(tooltip(lang, row))}"` : data;
}

function legend(lang: Lang, top: number, width: number): string {
  const parts: string[] = [`<g font-size="${FONT}" fill="${INK}" transform="translate(0 ${num(top)})">`];
  const label = (x: number, y: number, key: MessageKey) =>
    `<text x="${num(x)}" y="${num(y + 12)}" font-weight="600">${esc(t(lang, key))}</text>`;
  const labelWidth = Math.min(
    width * 0.3,
    12 +
      0.62 *
        FONT *
        Math.max(
          ...(['map.legendMembers', 'map.legendStrongest'] as const).map(
            (k) => Array.from(t(lang, k)).length,
          ),
        ),
  );
  const swatch = (x: number, y: number, fill: string, text: string, stroke = PRESENT_STROKE) =>
    `<rect x="${num(x)}" y="${num(y)}" width="28" height="14" fill="${fill}" stroke="${stroke}" stroke-width=".6"/><text x="${num(x + 34)}" y="${num(y + 12)}">${esc(text)}</text>`;
  const advance = (text: string) => 34 + 0.62 * FONT * Array.from(text).length + 18;
  // Row 1: members present.
  parts.push(label(0, 0, 'map.legendMembers'));
  let x = labelWidth;
  const none = t(lang, 'map.legendNone');
  parts.push(swatch(x, 0, ABSENT_FILL, none, ABSENT_STROKE));
  x += advance(none);
  CLASS_LABELS.forEach((text, k) => {
    parts.push(swatch(x, 0, CLASS_FILLS[k]!, text));
    x += advance(text);
  });
  // Row 2: strongest presence, on the middle colour.
  parts.push(label(0, LEGEND_ROW, 'map.legendStrongest'));
  x = labelWidth;
  for (const kind of PRESENCE_ORDER) {
    const text = tValue(lang, 'presence', kind);
    parts.push(swatch(x, LEGEND_ROW, fillOf(2, kind), text));
    x += advance(text);
  }
  // Row 3: joint activities, small countries.
  const y3 = 2 * LEGEND_ROW;
  const recText = t(lang, 'map.legendRecommendations');
  parts.push(
    `<rect x="0" y="${y3}" width="28" height="14" fill="${CLASS_FILLS[1]}" stroke="${INK}" stroke-width="2.6"/><rect x="0" y="${y3}" width="28" height="14" fill="none" stroke="#ffffff" stroke-width=".9"/>`,
    `<text x="34" y="${y3 + 12}">${esc(recText)}</text>`,
  );
  const mx = advance(recText) + 8;
  parts.push(
    `<circle cx="${num(mx)}" cy="${y3 + 7}" r="5" fill="${CLASS_FILLS[1]}" stroke="${INK}" stroke-width="1.2"/>`,
    `<text x="${num(mx + 12)}" y="${y3 + 12}">${esc(t(lang, 'map.legendMarker'))}</text>`,
  );
  parts.push('</g>');
  return parts.join('');
}

/** Throws an OptionsError unless `geometry` looks like a {@link WorldMapGeometry} (a wrong object fails loudly, not as a broken map). */
function checkGeometry(geometry: WorldMapGeometry): void {
  const ok =
    typeof geometry === 'object' &&
    geometry !== null &&
    Number.isFinite(geometry.width) &&
    geometry.width > 0 &&
    Number.isFinite(geometry.height) &&
    geometry.height > 0 &&
    typeof geometry.countries === 'object' &&
    geometry.countries !== null;
  if (!ok) {
    throw new OptionsError(
      'map',
      'map must be country outlines such as WORLD_MAP from partner-synergy/map ({ width, height, countries }).',
    );
  }
}

/**
 * Renders the map of one baseline's presence from already built rows (see `buildMapRows`).
 * Used by {@link renderWorldMapSvg} and the HTML report.
 */
export function worldMapSvgFromRows(
  rows: readonly MapCountryRow[],
  geometry: WorldMapGeometry,
  lang: Lang,
  interactive: boolean,
): string {
  checkGeometry(geometry);
  const { width, height } = geometry;
  const small = SMALL_AREA * (width / 1000) ** 2;
  const shapes = geometry.countries;
  const present = new Map<string, Drawn>();
  const used = new Set<string>();
  for (const row of rows) {
    if (row.members.length === 0 && row.recommendations === 0) continue;
    if (!Object.hasOwn(shapes, row.code)) continue;
    const k = classOf(row.members.length);
    if (row.strongest !== null && row.strongest !== 'office') used.add(`${k}:${row.strongest}`);
    present.set(row.code, {
      row,
      shape: shapes[row.code]!,
      fill: row.members.length === 0 ? ABSENT_FILL : fillOf(k, row.strongest),
    });
  }
  for (const kind of PRESENCE_ORDER) if (kind !== 'office') used.add(`2:${kind}`);
  const marked = rows.filter((r) => r.recommendations > 0).length;
  const withMembers = rows.filter((r) => r.members.length > 0).length;
  const total = height + LEGEND_HEIGHT;
  const title = t(lang, 'section.map');
  const desc = t(lang, 'map.desc', {
    countries: tn(lang, 'count.countries', withMembers),
    marked: String(marked),
  });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" ${interactive ? 'role="group"' : 'role="img"'} aria-labelledby="${ID}-title ${ID}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title id="${ID}-title">${esc(title)}</title><desc id="${ID}-desc">${esc(desc)}</desc>`,
    patternDefs(used),
    `<g fill="${ABSENT_FILL}" stroke="${ABSENT_STROKE}" stroke-width=".5" stroke-linejoin="round">`,
  ];
  for (const code of Object.keys(shapes).sort()) {
    const shape = shapes[code]!;
    if (shape.d === '' || present.has(code)) continue;
    // No code on land without members: the page names only the countries the baseline has.
    parts.push(`<path d="${esc(shape.d)}"/>`);
  }
  parts.push(`</g><g stroke="${PRESENT_STROKE}" stroke-width=".6" stroke-linejoin="round">`);
  const drawn = [...present.values()];
  for (const item of drawn) {
    if (item.shape.d === '') continue;
    parts.push(
      `<path ${countryAttributes(lang, item, interactive)} d="${esc(item.shape.d)}" fill="${item.fill}"><title>${esc(tooltip(lang, item.row))}</title></path>`,
    );
  }
  parts.push('</g><g fill="none" stroke-linejoin="round" aria-hidden="true">');
  for (const item of drawn) {
    if (item.row.recommendations === 0 || item.shape.d === '' || item.shape.area < small) continue;
    parts.push(
      `<path d="${esc(item.shape.d)}" stroke="${INK}" stroke-width="2.6"/><path d="${esc(item.shape.d)}" stroke="#ffffff" stroke-width=".9"/>`,
    );
  }
  parts.push('</g><g>');
  for (const item of drawn) {
    if (item.shape.area >= small) continue;
    const { x, y } = item.shape;
    const ring =
      item.row.recommendations > 0
        ? `<circle cx="${num(x)}" cy="${num(y)}" r="8" fill="none" stroke="${INK}" stroke-width="1.6" aria-hidden="true"/>`
        : '';
    const attributes =
      item.shape.d === ''
        ? countryAttributes(lang, item, interactive).replace(
            'data-country=',
            'data-marker-only="true" data-country=',
          )
        : `data-marker="${esc(item.row.code)}" aria-hidden="true"`;
    parts.push(
      `${ring}<circle ${attributes} cx="${num(x)}" cy="${num(y)}" r="5" fill="${item.fill}" stroke="${INK}" stroke-width="1.2"><title>${esc(tooltip(lang, item.row))}</title></circle>`,
    );
  }
  parts.push('</g>', legend(lang, height + 16, width));
  parts.push(
    `<text x="${width}" y="${total - 4}" text-anchor="end" font-size="11" fill="#5b5b60">${esc(t(lang, 'map.source', { source: geometry.source, projection: geometry.projection }))}</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Renders where the partnership works as one inline SVG world map: a shape per country
 * (`<path data-country="BD">`), countries with members shaded by how many (1, 2, 3–4, 5–9, 10+:
 * lightness steps of one blue) and patterned by the strongest presence (office solid, local
 * partner hatched, programme dotted, network lined), countries with proposed joint activities
 * outlined (black and white double line), a marker for countries too small to see, a tooltip
 * per country with who is there and how, and a legend. Readable in grey scale and in print;
 * no scripts, no requests. Pure and deterministic. Cost O(countries · members).
 *
 * @param input - The baseline: the live `Baseline` from buildBaseline or its JSON (baseline.json data); the same bytes either way.
 * @param geometry - Country outlines: `WORLD_MAP` from `partner-synergy/map`.
 * @param options - See {@link WorldMapOptions}.
 * @returns An `<svg>` element as text.
 * @throws {OptionsError} for an unknown `lang` or a `geometry` that is not country outlines.
 * @example
 * const svg = renderWorldMapSvg(json, WORLD_MAP, { lang: 'nl' });
 * svg.includes('<path data-country="BD" data-members="7" data-presence="office" data-recommendations="12"'); // => true
 * svg.includes('<title>Bangladesh, 7 leden: Fair Threads Alliance (kantoor),'); // => true
 */
export function renderWorldMapSvg(
  input: BaselineOrJson,
  geometry: WorldMapGeometry,
  options: WorldMapOptions = {},
): string {
  checkOptionKeys(options, ['interactive', 'lang'] satisfies (keyof WorldMapOptions)[]);
  const baseline = asBaselineJson(input);
  const { lang } = resolveReportOptions({ lang: options.lang ?? 'en' });
  const rows = buildMapRows(baseline, lang, createLookup(baseline, lang));
  return worldMapSvgFromRows(rows, geometry, lang, options.interactive ?? false);
}
