/**
 * The baseline as one self-contained HTML page: inline CSS, inline SVG
 * heatmaps, no scripts, no external requests (enforced by a
 * Content-Security-Policy), printable.
 * @module
 */

import { FOCUS_MAX_MEMBERS, focusMembers } from '../baseline/focusMembers.js';
import { type BaselineMatrixName, readBaselineMatrix, readFullMatrix } from '../baseline/matrixReader.js';
import { asBaselineJson, type BaselineOrJson } from '../baseline/toJson.js';
import { OptionsError } from '../errors.js';
import { countryInText } from '../normalise/countryInText.js';
import { checkOptionKeys } from '../optionKeys.js';
import { escapeHtml as esc, needsIsolation } from '../output/escape.js';
import { DECIMAL_SEPARATORS, formatNumber } from '../output/format.js';
import { htmlPagePieces } from '../output/htmlPage.js';
import { BUILTIN_CATALOGUE } from '../recommend/catalogue.js';
import type { BaselineJson } from '../schema/baseline.js';
import type { IngestIssue } from '../schema/issues.js';
import type { Dimension } from '../schema/records.js';
import {
  type AreaCellFormat,
  areaCells,
  countryRuleLevels,
  memberLevel,
  missingTheme,
  moreRecommendationItem,
} from './countryText.js';
import { renderHeatmapSvg } from './heatmap.js';
import { type Lang, type MessageKey, t, tValue } from './i18n.js';
import { createLookup } from './lookup.js';
import { checkIdMatrix, type IdMatrix, indexOfIds } from './matrix.js';
import {
  buildReportModel,
  COMPACT_LIST_SHOWN,
  type CountryRow,
  countOrDash,
  DASH,
  DEFAULT_REPORT_OPTIONS,
  type FunderRow,
  formatWhere,
  MEMBER_COLUMNS,
  MORE_RECOMMENDATIONS_SHOWN,
  type Named,
  onlySectorsOfObservedData,
  PARTNERS_SHOWN,
  type PairRow,
  type PartnerValue,
  REPORT_OPTION_KEYS,
  type RecommendationRow,
  type ReportModel,
  type ReportOptions,
  type Shown,
  shownItems,
} from './model.js';
import { areaThemeGrid } from './places.js';
import { seriate } from './seriate.js';
import {
  describeDelimiter,
  formatReportLevel,
  formatReportNumber,
  remembered,
  topPairsNote,
} from './text.js';
import { type WorldMapGeometry, worldMapSvgFromRows } from './worldMap.js';

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * const options: HtmlOptions = { title: 'Baseline 2026', maxHeatmapMembers: 40 };
 * renderHtml(json, options).includes('Baseline 2026'); // => true
 */
export interface HtmlOptions extends ReportOptions {
  /**
   * Heatmaps of larger partnerships show only this many members, chosen by what
   * matters: the members of the first 10 recommendations and their strongest
   * partners (see `focusMembers`), and say so in the caption. Default `40`
   * (up to 49 members a heatmap has 18 px rows and fits a 1,200 px wide page
   * unscaled, so its 11 px labels stay 11 px).
   */
  readonly maxHeatmapMembers?: number;
  /**
   * Country outlines for the world map (`WORLD_MAP` from `partner-synergy/map`). Without them
   * the "where" section shows its table only, with a note. Default: none (the Node writer and
   * the CLI pass `WORLD_MAP`).
   */
  readonly map?: WorldMapGeometry;
}

/** Defaults of {@link HtmlOptions}. */
export const DEFAULT_HTML_OPTIONS = {
  ...DEFAULT_REPORT_OPTIONS,
  maxHeatmapMembers: FOCUS_MAX_MEMBERS,
} as const;

/** Kinds with a badge colour of their own (the built-in catalogue); others share one. */
const KNOWN_KINDS = new Set<string>(BUILTIN_CATALOGUE.map((k) => k.id));

/**
 * User text: escaped, and isolated for bidirectional text when it holds a right-to-left letter or
 * a bidirectional control (a right-to-left name does not reorder its neighbours); other text lays
 * out the same without `<bdi>` (half a megabyte of markup in an 800-member report).
 */
const u = remembered((s: string): string => (needsIsolation(s) ? `<bdi>${esc(s)}</bdi>` : esc(s)));

function more(lang: Lang, count: number): string {
  return count > 0 ? ` <span class="muted">${esc(t(lang, 'note.moreEvidence', { count }))}</span>` : '';
}

/** Names joined with commas; in a compact report the first few and "… and N more". */
function names(list: readonly Named[], lang?: Lang, compact = false): string {
  if (list.length === 0) return DASH;
  const { items, more: left } = shownItems(list, compact);
  return items.map((n) => u(n.name)).join(', ') + (lang === undefined ? '' : more(lang, left));
}

const count = countOrDash;

interface Column {
  readonly head: string;
  readonly num?: boolean;
}

/**
 * A table with column headers and a caption (its accessible name). The caption is read out but
 * not shown when a heading right above already says the same (`shown` false).
 */
function table(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  caption: string,
  shown = false,
): string {
  const th = columns.map((c) => `<th scope="col"${c.num ? ' class="num"' : ''}>${esc(c.head)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${columns[i]?.num ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const cap = `<caption${shown ? '' : ' class="sr-only"'}>${esc(caption)}</caption>`;
  return `<div class="table-wrap"><table>${cap}\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/** Above this many rows a long list (members, partners per member, funders) is folded away, so the sections after it stay near. */
const FOLD_ROWS = 30;

/** A table of more than FOLD_ROWS rows folded under "Show all N rows" (closed; left out of print, the CSV files hold it). */
function folded(lang: Lang, rows: number, html: string): string {
  if (rows <= FOLD_ROWS) return html;
  return `<details class="long-table"><summary>${esc(t(lang, 'table.showAll', { count: rows }))}</summary>${html}</details>`;
}

function cols(lang: Lang, keys: readonly MessageKey[], numeric: readonly MessageKey[] = []): Column[] {
  return keys.map((k) => ({ head: t(lang, k), num: numeric.includes(k) }));
}

/** The note when there is one. */
function notes(text: string | null): string[] {
  return text === null ? [] : [note(text)];
}

function note(text: string): string {
  return `<p class="note">${esc(text)}</p>`;
}

function section(id: string, heading: string, body: string[]): string {
  return `<section id="${id}" class="page">\n<h2>${esc(heading)}</h2>\n${body.join('\n')}\n</section>`;
}

function summaryCards(model: ReportModel): string {
  const { lang, counts } = model;
  const card = (n: number, key: MessageKey, alert = false) =>
    `<div class="card${alert && n > 0 ? ' alert' : ''}"><span class="num">${n}</span><span class="label">${esc(t(lang, key))}</span></div>`;
  return [
    '<div class="cards">',
    card(counts.members, 'card.members'),
    card(counts.countries, 'card.countries'),
    card(counts.recommendations, 'card.recommendations'),
    card(counts.rejected, 'card.rejected', true),
    card(counts.warnings, 'card.warnings', true),
    '</div>',
  ].join('\n');
}

function membersTable(model: ReportModel): string[] {
  const { lang } = model;
  return [
    folded(
      lang,
      model.members.length,
      table(
        cols(lang, MEMBER_COLUMNS, ['col.themes', 'col.countries', 'col.sectors']),
        model.members.map((m) => [
          `<code>${u(m.id)}</code>`,
          u(m.name),
          esc(m.type),
          m.hq === null ? DASH : u(m.hq),
          esc(m.role),
          count(m.themes),
          count(m.countries),
          count(m.sectors),
        ]),
        t(lang, 'section.members'),
      ),
    ),
    note(t(lang, model.memberCounts === 'records' ? 'note.recordCounts' : 'note.derivedCounts')),
  ];
}

function coverage(model: ReportModel): string[] {
  const { lang, compact } = model;
  const out = [note(t(lang, 'note.coverage')), `<h3>${esc(t(lang, 'section.themeCoverage'))}</h3>`];
  const evidence = model.observedEvidence;
  out.push(
    model.themeCoverage.length === 0
      ? `<p>${esc(t(lang, 'note.none'))}</p>`
      : table(
          cols(
            lang,
            [
              'col.theme',
              'col.maxLevel',
              ...(evidence ? (['col.evidenceKind'] as const) : []),
              'col.members',
              'col.countries',
            ],
            ['col.maxLevel'],
          ),
          model.themeCoverage.map((r) => [
            u(r.label),
            r.maxLevel === null ? DASH : formatReportLevel(lang, r.maxLevel),
            ...(evidence ? [esc(tValue(lang, 'evidence', r.evidence ?? 'rated'))] : []),
            r.observed.length === 0
              ? names(r.members, lang, compact)
              : `${names(r.members, lang, compact)}; ${esc(t(lang, 'note.observedToo', { names: '' }))}${names(r.observed)}`,
            names(r.countries, lang, compact),
          ]),
          t(lang, 'section.themeCoverage'),
        ),
  );
  if (evidence) out.push(note(t(lang, 'note.evidence')));
  out.push(`<h3>${esc(t(lang, 'section.sectorCoverage'))}</h3>`);
  // Without a countries column in sectors.csv no sector is tied to a country: no column for it.
  const where = model.sectorPlaces !== false;
  out.push(
    model.sectorCoverage.length === 0
      ? `<p>${esc(t(lang, 'note.none'))}</p>`
      : table(
          cols(lang, ['col.sector', 'col.members', ...(where ? (['col.countries'] as const) : [])]),
          model.sectorCoverage.map((r) => [
            u(r.label),
            names(r.members, lang, compact),
            ...(where ? [names(r.countries, lang, compact)] : []),
          ]),
          t(lang, 'section.sectorCoverage'),
        ),
  );
  if (model.sectorCoverage.length > 0 && !where) out.push(note(t(lang, 'note.sectorsNowhere')));
  return out;
}

function pairTable(lang: Lang, valueKey: MessageKey, pairs: readonly PairRow[], caption: MessageKey): string {
  if (pairs.length === 0) return `<p>${esc(t(lang, 'note.noPairs'))}</p>`;
  const num = (x: number | null) => (x === null ? DASH : formatReportNumber(lang, x, 2));
  return table(
    cols(
      lang,
      ['col.rank', 'col.memberA', 'col.memberB', valueKey, 'col.context', 'col.expertiseOverlap'],
      ['col.rank', valueKey, 'col.context', 'col.expertiseOverlap'],
    ),
    pairs.map((p) => [
      String(p.rank),
      u(p.a.name),
      u(p.b.name),
      num(p.value),
      num(p.context),
      num(p.expertiseOverlap),
    ]),
    t(lang, caption),
  );
}

/** The largest off-diagonal value rounded up to a tenth (at most 1; 1 when all are 0): the top of a stretched colour scale. */
function niceMax(values: readonly (readonly number[])[]): number {
  let max = 0;
  values.forEach((row, i) => {
    row.forEach((v, j) => {
      if (i !== j && v > max) max = v;
    });
  });
  return max <= 0 ? 1 : Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
}

/** The rows and columns of `keep` (ids), in that order; ids the matrix lacks are left out. */
function subMatrix(matrix: IdMatrix, keep: readonly string[]): IdMatrix {
  const index = indexOfIds(matrix.ids);
  const rows = keep.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  return {
    ids: rows.map((i) => matrix.ids[i]!),
    values: rows.map((i) => rows.map((j) => matrix.values[i]![j]!)),
  };
}

/** Files that add a dimension, as the report names them. */
const DIMENSION_FILES: Readonly<Record<Dimension, string>> = {
  expertise: 'expertise.csv',
  geography: 'geography.csv',
  sectors: 'sectors.csv',
};

/**
 * What a heatmap needs, as groups of which at least one dimension must have data each:
 * synergy needs a shared context (geography or sectors), duplication also expertise.
 */
const HEATMAP_NEEDS: Readonly<Record<string, readonly (readonly Dimension[])[]>> = {
  'heatmap.synergy': [['geography', 'sectors']],
  'heatmap.duplication': [['expertise'], ['geography', 'sectors']],
  'heatmap.expertiseOverlap': [['expertise']],
  'heatmap.geographyOverlap': [['geography']],
  'heatmap.sectorOverlap': [['sectors']],
  'heatmap.expertiseComplementarity': [['expertise']],
};

/** "add expertise.csv" for a heatmap whose dimensions have no data at all, else null. */
function heatmapNeeds(lang: Lang, key: MessageKey, missing: readonly Dimension[]): string | null {
  const groups = (HEATMAP_NEEDS[key] ?? []).filter((g) => g.every((d) => missing.includes(d)));
  if (groups.length === 0) return null;
  const files = groups.map((g) => g.map((d) => DIMENSION_FILES[d]).join(` ${t(lang, 'heatmap.or')} `));
  return t(lang, 'heatmap.needs', { files: files.join(', ') });
}

/** The numbers of a heatmap as a table (its text alternative), folded away under the figure. */
function matrixTable(lang: Lang, title: string, matrix: IdMatrix, labels: ReadonlyMap<string, string>) {
  const name = (id: string) => labels.get(id) ?? id;
  const head = matrix.ids.map((id) => `<th scope="col">${u(name(id))}</th>`).join('');
  const body = matrix.values
    .map(
      (row, i) =>
        `<tr><th scope="row">${u(name(matrix.ids[i]!))}</th>${row
          .map((v, j) => `<td>${i === j ? DASH : formatReportNumber(lang, v, 2)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<details class="as-table"><summary>${esc(t(lang, 'heatmap.asTable'))}</summary><div class="table-wrap"><table class="values"><caption class="sr-only">${esc(title)}</caption>\n<thead><tr><td></td>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div></details>`;
}

/**
 * Width of a heatmap's grid that keeps the whole figure inside the report's 1,072 px column
 * (1,120 px less padding) next to 24-character labels (about 170 px): the page then never
 * scales a heatmap down, so its 11 px labels stay 11 px.
 */
const HEATMAP_GRID_WIDTH = 890;

/** Cell size for a heatmap of n members: 34 px with printed values up to 12 members, else 18 px or less to fit the column. */
function cellSizeFor(n: number): number {
  return n <= 12 ? 34 : Math.min(18, Math.max(8, Math.floor(HEATMAP_GRID_WIDTH / n)));
}

/**
 * The members the heatmaps show (ids): everyone up to `max`, else those {@link focusMembers}
 * chooses (members of the top recommendations and their strongest partners) from the full
 * matrix or, in a baseline with top partners only, from its focus block.
 */
function heatmapMembers(baseline: BaselineJson, max: number): { ids: string[]; total: number } {
  const synergy = readBaselineMatrix(baseline, 'synergy');
  const base = synergy.shape === 'full' ? synergy : readFullMatrix(synergy.full, true);
  checkIdMatrix(base.full, 'heatmap.synergy');
  const chosen = focusMembers(
    { ids: base.ids, recommendations: baseline.recommendations, partners: base.partners },
    max,
  );
  return { ids: chosen.map((i) => base.ids[i]!), total: synergy.ids.length };
}

interface HeatmapSpec {
  readonly key: MessageKey;
  readonly matrix: BaselineMatrixName;
  readonly caption: MessageKey;
  /** Order the members as in this matrix's heatmap (so two maps can be read side by side). */
  readonly orderFrom?: BaselineMatrixName;
  /** Colour scale up to the largest value instead of 1. */
  readonly stretch?: boolean;
}

const HEATMAPS: readonly HeatmapSpec[] = [
  // Synergy and duplication are products of two fractions and rarely near 1: their colour scale ends at the largest value.
  { key: 'heatmap.synergy', matrix: 'synergy', caption: 'note.synergy', stretch: true },
  { key: 'heatmap.duplication', matrix: 'duplication', caption: 'note.duplication', stretch: true },
  { key: 'heatmap.expertiseOverlap', matrix: 'expertise.overlap', caption: 'heatmap.caption.overlap' },
  { key: 'heatmap.geographyOverlap', matrix: 'geography.overlap', caption: 'heatmap.caption.overlap' },
  { key: 'heatmap.sectorOverlap', matrix: 'sectors.overlap', caption: 'heatmap.caption.overlap' },
  {
    key: 'heatmap.expertiseComplementarity',
    matrix: 'expertise.complementarity',
    caption: 'heatmap.caption.complementarity',
    orderFrom: 'expertise.overlap',
  },
];

function heatmaps(baseline: BaselineJson, model: ReportModel, maxMembers: number): string[] {
  const { lang } = model;
  const labels = createLookup(baseline, lang).memberNames;
  const chosen = heatmapMembers(baseline, maxMembers);
  const figures = HEATMAPS.map((spec) => {
    const full = readBaselineMatrix(baseline, spec.matrix).full;
    checkIdMatrix(full, spec.key);
    const needs = heatmapNeeds(lang, spec.key, model.missing);
    if (needs !== null) {
      return `<figure class="needs">\n<h3>${esc(t(lang, spec.key))}</h3>\n<p>${esc(needs)}</p>\n</figure>`;
    }
    const shown = subMatrix(full, chosen.ids);
    const n = shown.ids.length;
    const small = n <= 12;
    let order: 'seriate' | number[] = 'seriate';
    if (spec.orderFrom !== undefined) {
      const from = subMatrix(readBaselineMatrix(baseline, spec.orderFrom).full, shown.ids);
      if (from.ids.length === n && from.ids.every((id, i) => id === shown.ids[i]))
        order = seriate(from.values);
    }
    const svg = renderHeatmapSvg(shown, {
      title: t(lang, spec.key),
      labels,
      cellSize: cellSizeFor(n),
      showValues: small,
      order,
      domain: [0, spec.stretch ? niceMax(shown.values) : 1],
      axisNote: t(lang, 'heatmap.axisGain'),
      emptyText: t(lang, 'heatmap.empty'),
      decimalSeparator: DECIMAL_SEPARATORS[lang],
    });
    const seePartners = model.partnersPerMember === null ? '' : ` ${t(lang, 'heatmap.seePartners')}`;
    const truncated =
      chosen.total > n
        ? ` ${t(lang, 'heatmap.truncated', { shown: n, total: chosen.total })}${seePartners}`
        : '';
    return `<figure>\n${svg}\n<figcaption>${esc(t(lang, spec.caption) + truncated)}</figcaption>\n${matrixTable(lang, t(lang, spec.key), shown, labels)}\n</figure>`;
  });
  return [`<div class="heatmaps">\n${figures.join('\n')}\n</div>`];
}

/** What scored but was not listed: per kind how many and the first few; how many were merged. */
function moreRecommendations(model: ReportModel): string[] {
  const { lang, moreRecommendations: rows, mergedRecommendations: merged } = model;
  if (rows.length === 0 && merged === 0) return [];
  const out = [`<h3>${esc(t(lang, 'section.moreRecommendations'))}</h3>`];
  if (rows.length > 0) {
    out.push(
      note(t(lang, 'note.moreRecommendations', { shown: MORE_RECOMMENDATIONS_SHOWN })),
      table(
        cols(lang, ['col.kind', 'col.more', 'col.firstOfThem'], ['col.more']),
        rows.map((r) => [
          esc(r.kindLabel),
          String(r.count),
          r.first.map((x) => moreRecommendationItem(lang, x, u, esc)).join('; '),
        ]),
        t(lang, 'section.moreRecommendations'),
      ),
    );
  }
  if (merged > 0) out.push(note(t(lang, 'note.mergedRecommendations', { count: merged })));
  return out;
}

function countryTable(
  lang: Lang,
  countries: readonly CountryRow[],
  compact: boolean,
  allObserved: boolean,
): string {
  if (countries.length === 0) return `<p>${esc(t(lang, 'note.noCountries'))}</p>`;
  const cut = <T>(items: readonly T[], render: (item: T) => string) => {
    const shown = shownItems(items, compact);
    return { html: shown.items.map(render), more: more(lang, shown.more) };
  };
  const list = <T>(items: readonly T[] | Shown<T>, render: (item: T) => string) => {
    const shown =
      'more' in items ? { html: items.items.map(render), more: more(lang, items.more) } : cut(items, render);
    if (shown.html.length === 0) return DASH;
    return `<ul class="plain">${shown.html.map((i) => `<li>${i}</li>`).join('')}</ul>${shown.more}`;
  };
  const inline = <T>(items: readonly T[], render: (item: T) => string) => {
    if (items.length === 0) return DASH;
    const { html, more: left } = cut(items, render);
    return html.join(', ') + left;
  };
  return table(
    cols(lang, [
      'col.country',
      'col.members',
      'col.covered',
      'col.duplicated',
      'col.missing',
      'col.sharedPartners',
      'col.sectors',
    ]),
    countries.map((c) => [
      `${u(c.name)} <span class="muted">(${u(c.code)})</span>`,
      list(
        c.members,
        (m) =>
          `${u(m.member.name)} <span class="muted">${esc(m.presence)}${m.partners.length > 0 ? `: ${m.partners.map(u).join(', ')}` : ''}</span>`,
      ),
      list(c.themes, (x) => {
        // Every member with its level: nobody is hidden behind the strongest.
        const all = x.all;
        const members =
          all.items.map((m) => memberLevel(lang, m, u, esc, allObserved)).join(', ') + more(lang, all.more);
        return `${u(x.theme.name)} <span class="muted">(${members})</span>`;
      }),
      names(c.duplicated, lang, compact),
      c.focus === 'none'
        ? `${DASH} <span class="muted">(${esc(t(lang, 'note.noFocus'))})</span>`
        : inline(c.missing, (x) => missingTheme(lang, x, u, esc)),
      list(c.sharedPartners, (p) => {
        const variants =
          p.variants.length === 0
            ? ''
            : ` <span class="muted">(${esc(t(lang, 'note.writtenAs'))} ${p.variants.map(u).join(', ')})</span>`;
        return `${u(p.partner)}${variants}: ${names(p.members, lang, compact)}`;
      }),
      sectorCell(lang, c.sectors, compact),
    ]),
    t(lang, 'section.countries'),
  );
}

function mapSection(model: ReportModel, geometry: WorldMapGeometry | undefined): string[] {
  const { lang } = model;
  if (model.map.length === 0) return [`<p>${esc(t(lang, 'note.noCountries'))}</p>`];
  const figure =
    geometry === undefined
      ? note(t(lang, 'map.noGeometry'))
      : `<figure class="map">\n${worldMapSvgFromRows(model.map, geometry, lang, false)}\n</figure>`;
  const rows = model.map.map((r) => [
    `${u(r.name)} <span class="muted">(${u(r.code)})</span>`,
    String(r.members.length),
    r.strongestLabel === null ? DASH : esc(r.strongestLabel),
    r.named.length === 0
      ? DASH
      : r.named.map((m) => `${u(m.name)} <span class="muted">(${esc(m.presenceLabel)})</span>`).join(', ') +
        more(lang, r.more),
    String(r.recommendations),
  ]);
  return [
    figure,
    table(
      cols(
        lang,
        ['col.country', 'col.members', 'col.strongest', 'col.who', 'col.recommendations'],
        ['col.members', 'col.recommendations'],
      ),
      rows,
      t(lang, 'map.caption'),
      true,
    ),
  ];
}

/** The files to add when a whole dimension has no data: which file, and what it adds. */
function missingNotice(model: ReportModel): string {
  const { lang } = model;
  if (model.missing.length === 0) return '';
  if (onlySectorsOfObservedData(model)) return note(t(lang, 'missing.observedSectors'));
  const items = model.missing.map((d) => `<li>${esc(t(lang, `missing.${d}`))}</li>`).join('');
  return `<aside class="missing" aria-labelledby="missing-heading">\n<h2 id="missing-heading">${esc(t(lang, 'section.missing'))}</h2>\n<p>${esc(t(lang, 'missing.intro'))}</p>\n<ul>${items}</ul>\n</aside>`;
}

/**
 * The sectors of a country: those a sectors row names for it, then (labelled) the sectors of the
 * members present that no row places there. A compact report names the sectors only; the
 * members per sector are in countries.csv.
 */
function sectorCell(lang: Lang, sectors: CountryRow['sectors'], compact: boolean): string {
  if (sectors.length === 0) return DASH;
  const render = (list: CountryRow['sectors']) => {
    const shown = shownItems(list, compact);
    const items = shown.items.map((x) =>
      compact ? u(x.sector.name) : `${u(x.sector.name)} <span class="muted">(${names(x.members)})</span>`,
    );
    return `<ul class="plain">${items.map((i) => `<li>${i}</li>`).join('')}</ul>${more(lang, shown.more)}`;
  };
  // Older baselines do not say which sectors a row links to the country: one list, as before.
  if (sectors.some((x) => x.linked === null)) return render(sectors);
  const linked = sectors.filter((x) => x.linked === true);
  const present = sectors.filter((x) => x.linked === false);
  return [
    ...(linked.length > 0 ? [render(linked)] : []),
    ...(present.length > 0
      ? [`<span class="muted">${esc(t(lang, 'col.sectorsPresent'))}:</span>${render(present)}`]
      : []),
  ].join('');
}

function partnersTable(model: ReportModel): string[] {
  const { lang, partnersPerMember } = model;
  if (partnersPerMember === null) return [];
  const partners = (list: readonly PartnerValue[]) =>
    list.length === 0
      ? DASH
      : list
          .map(
            (p) =>
              `${u(p.partner.name)} <span class="muted">(${formatReportNumber(lang, p.value, 2)})</span>`,
          )
          .join(', ');
  return [
    note(t(lang, 'note.partnersPerMember', { count: PARTNERS_SHOWN })),
    folded(
      lang,
      partnersPerMember.length,
      table(
        cols(lang, ['col.member', 'col.synergyPartners', 'col.duplicationPartners']),
        partnersPerMember.map((r) => [u(r.member.name), partners(r.synergy), partners(r.duplication)]),
        t(lang, 'section.partnersPerMember'),
      ),
    ),
  ];
}

/** How the HTML report writes area cells: isolated user text, asides in muted type. */
const areaFormat: AreaCellFormat = {
  text: u,
  sentence: esc,
  aside: (inner) => ` <span class="muted">(${inner})</span>`,
  names: (members) => names(members),
};

/** The shade of a grid cell: `gap` for 0 (`none` for a common service), else g1-g4 by its share of its column's largest count. */
function shade(n: number, max: number, service: boolean): string {
  if (n === 0) return service ? 'none' : 'gap';
  return `g${Math.max(1, Math.ceil((4 * n) / Math.max(1, max)))}`;
}

/** Who works on what where: the country's areas x themes, counts shaded, gaps marked. */
function areaGridHtml(lang: Lang, c: CountryRow): string[] {
  const grid = areaThemeGrid(c.areas);
  if (grid === null) return [];
  const title = t(lang, 'section.areaGrid', { country: countryInText(c.code, c.name, lang) });
  const head = [
    `<th scope="col">${esc(t(lang, 'col.area'))}</th>`,
    ...grid.themes.map((x) => `<th scope="col" class="num">${u(x.name)}</th>`),
  ].join('');
  const body = grid.rows
    .map(
      (r) =>
        `<tr><th scope="row">${u(r.area.name)}</th>${r.counts.map((n, i) => `<td class="num ${shade(n, grid.max[i]!, grid.service[i]!)}">${n}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const total = grid.themes.length + grid.hidden;
  return [
    `<h3>${esc(title)}</h3>`,
    `<div class="table-wrap"><table class="grid"><caption class="sr-only">${esc(title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`,
    note(t(lang, 'note.areaGrid', { country: countryInText(c.code, c.name, lang) })),
    ...(grid.hidden > 0 ? [note(t(lang, 'note.areaGridHidden', { shown: grid.themes.length, total }))] : []),
  ];
}

function areaTables(lang: Lang, countries: readonly CountryRow[], linked: boolean): string[] {
  const out: string[] = [];
  for (const c of countries) {
    if (c.areas.length === 0) continue;
    out.push(...areaGridHtml(lang, c));
    out.push(`<h3>${esc(t(lang, 'section.areas', { country: countryInText(c.code, c.name, lang) }))}</h3>`);
    out.push(
      table(
        cols(lang, ['col.area', 'col.present', 'col.themesPresent', 'col.missingHere', 'col.sharedPartners']),
        c.areas.map((a) => areaCells(lang, a, areaFormat)),
        t(lang, 'section.areas', { country: countryInText(c.code, c.name, lang) }),
      ),
    );
    if (c.subAreas > 0) out.push(note(t(lang, 'note.subAreas', { count: c.subAreas })));
  }
  if (out.length > 0) out.push(note(t(lang, linked ? 'note.areasLinked' : 'note.areas')));
  return out;
}

function funderTable(lang: Lang, funders: readonly FunderRow[]): string[] {
  return [
    note(t(lang, 'note.funders')),
    folded(
      lang,
      funders.length,
      table(
        cols(
          lang,
          ['col.funder', 'col.type', 'col.role', 'col.funds', 'col.countries', 'col.activities'],
          ['col.activities'],
        ),
        funders.map((f) => [
          `${u(f.name)}${f.ref === null ? '' : ` <span class="muted">(${u(f.ref)})</span>`}`,
          f.type === null ? DASH : esc(f.type),
          f.roles.map(esc).join(', '),
          names(f.members),
          names(f.countries),
          f.activities === null ? DASH : String(f.activities),
        ]),
        t(lang, 'section.funders'),
      ),
    ),
  ];
}

function scoreBar(score: number): string {
  const width = formatNumber(Math.min(1, Math.max(0, score)) * 100, 1, { trimZeros: true });
  return `<svg width="100" height="8" viewBox="0 0 100 8" aria-hidden="true"><rect width="100" height="8" rx="2" fill="#e6e6ea"/><rect width="${width}" height="8" rx="2" fill="#2c728e"/></svg>`;
}

function recommendationCard(lang: Lang, r: RecommendationRow): string {
  const kindClass = KNOWN_KINDS.has(r.kind) ? `kind-${r.kind}` : 'kind-other';
  const row = (key: MessageKey, value: string) => `<dt>${esc(t(lang, key))}</dt><dd>${value}</dd>`;
  const evidence =
    r.evidence.length === 0
      ? DASH
      : `<ul>${r.evidence.map((e) => `<li><code>${u(e)}</code></li>`).join('')}</ul>${
          r.evidenceMore > 0 ? ` ${esc(t(lang, 'note.moreEvidence', { count: r.evidenceMore }))}` : ''
        }`;
  return [
    '<article class="rec">',
    `<h3><span class="rank">${r.rank}.</span> <span class="badge ${kindClass}">${u(r.kindLabel)}</span></h3>`,
    `<div class="score">${scoreBar(r.score)}<span>${esc(t(lang, 'col.score'))} ${formatReportNumber(lang, r.score, 2)}</span></div>`,
    '<dl>',
    row('col.members', names(r.members)),
    row('col.where', r.where.length === 0 ? esc(t(lang, 'note.noCountry')) : names(r.where)),
    ...(r.areas.length > 0 ? [row('col.areas', names(r.areas))] : []),
    ...(r.sector === null ? [] : [row('col.sector', u(r.sector.name))]),
    ...(r.themes.length === 0 ? [] : [row('col.themes', names(r.themes))]),
    row('col.id', `<code>${u(r.id)}</code>`),
    '</dl>',
    r.detail === ''
      ? `<p class="rationale">${u(r.rationale)}</p>`
      : `<p class="rationale" title="${esc(r.detail)}">${u(r.rationale)}</p>\n<p class="note">${u(r.detail)}</p>`,
    `<div class="evidence">${esc(t(lang, 'col.evidence'))}: ${evidence}</div>`,
    '</article>',
  ].join('\n');
}

function issueWhere(lang: Lang, issue: IngestIssue): string {
  return issue.line > 0
    ? `<code>${u(formatWhere(issue.file, issue.line))}</code>`
    : `<code>${u(issue.file)}</code> <span class="muted">(${esc(t(lang, 'note.fileLevel'))})</span>`;
}

function problems(model: ReportModel): string[] {
  const { lang } = model;
  const out = [`<h3>${esc(t(lang, 'section.files'))}</h3>`];
  out.push(
    model.files.length === 0
      ? `<p>${esc(t(lang, 'note.noFiles'))}</p>`
      : table(
          cols(
            lang,
            [
              'col.file',
              'col.fileKind',
              'col.encoding',
              'col.delimiter',
              'col.rows',
              'col.accepted',
              'col.rejected',
            ],
            ['col.rows', 'col.accepted', 'col.rejected'],
          ),
          model.files.map((f) => [
            `<code>${u(f.file)}</code>`,
            u(tValue(lang, 'fileKind', f.kind)),
            u(f.encoding),
            `<code>${u(describeDelimiter(f.delimiter))}</code>`,
            String(f.rows),
            String(f.accepted),
            String(f.rejected),
          ]),
          t(lang, 'section.files'),
        ),
  );
  out.push(`<h3>${esc(t(lang, 'section.rejected'))}</h3>`);
  out.push(
    model.rejected.length === 0
      ? `<p>${esc(t(lang, 'note.noRejected'))}</p>`
      : table(
          cols(
            lang,
            ['col.file', 'col.line', 'col.column', 'col.value', 'col.reason', 'col.suggestion'],
            ['col.line'],
          ),
          model.rejected.map((r) => [
            `<code>${u(r.file)}</code>`,
            r.line > 0 ? String(r.line) : DASH,
            r.column === null ? DASH : u(r.column),
            r.value === null ? DASH : `<code>${u(r.value)}</code>`,
            `${u(r.message)} <span class="muted">(${u(r.code)})</span>`,
            r.suggestion === null ? DASH : u(r.suggestion),
          ]),
          t(lang, 'section.rejected'),
        ),
  );
  out.push(`<h3>${esc(t(lang, 'section.warnings'))}</h3>`);
  out.push(
    model.warningGroups.length === 0
      ? `<p>${esc(t(lang, 'note.noWarnings'))}</p>`
      : table(
          cols(lang, ['col.code', 'col.count', 'col.examples'], ['col.count']),
          model.warningGroups.map((g) => [
            `<code>${u(g.code)}</code>`,
            String(g.count),
            `<ul class="plain">${g.examples.map((w) => `<li>${issueWhere(lang, w)}: ${u(w.message)}</li>`).join('')}</ul>`,
          ]),
          t(lang, 'section.warnings'),
        ),
  );
  if (model.emptyProfiles.length > 0) {
    out.push(`<h3>${esc(t(lang, 'section.emptyProfiles'))}</h3>`);
    out.push(
      `<ul>${model.emptyProfiles.map((e) => `<li><strong>${esc(e.label)}:</strong> ${names(e.members)}</li>`).join('')}</ul>`,
    );
    out.push(note(t(lang, 'note.emptyProfiles')));
  }
  if (model.shortProfiles && model.shortProfiles.dimensions.length > 0) {
    out.push(`<h3>${esc(t(lang, 'section.shortProfiles'))}</h3>`);
    out.push(
      `<ul>${model.shortProfiles.dimensions.map((e) => `<li><strong>${esc(e.label)}:</strong> ${names(e.members)}</li>`).join('')}</ul>`,
    );
    out.push(note(t(lang, 'note.shortProfiles', { min: model.shortProfiles.minCategories })));
  }

  return out;
}

/**
 * Renders a baseline as one self-contained HTML page: summary cards, who is in
 * the partnership, theme and sector coverage, six SVG heatmaps (synergy,
 * duplication, expertise/geography/sector overlap, expertise
 * complementarity), the strongest pairs, a country table, recommendation
 * cards (kind badge, score bar, members, country, sector, themes, rationale,
 * evidence) and the ingestion problems to fix.
 *
 * The page makes no requests: inline CSS, inline SVG, system fonts, no
 * scripts, and a Content-Security-Policy (`REPORT_CSP`) that forbids
 * loading anything. Every user string is escaped, and isolated with `<bdi>` when it holds right-to-left text;
 * `<html lang>` is the report language. Printable: each section starts on a
 * new page. Pure and deterministic (no dates).
 *
 * @param input - The baseline: the live `Baseline` from buildBaseline or its JSON (baseline.json data); the same bytes either way.
 * @param options - See {@link HtmlOptions}; defaults in {@link DEFAULT_HTML_OPTIONS}.
 * @returns The HTML document, ending with a newline.
 * @throws {OptionsError} for invalid options; `PartnerSynergyError` `E_SCHEMA` for a malformed matrix.
 * @example
 * const page = renderHtml(json, { lang: 'nl' });
 * page.startsWith('<!DOCTYPE html>\n<html lang="nl">'); // => true
 * page.includes('Content-Security-Policy'); // => true
 * renderHtml(baseline, { lang: 'nl' }) === page; // => true
 */
export function renderHtml(input: BaselineOrJson, options: HtmlOptions = {}): string {
  checkOptionKeys(options, [...REPORT_OPTION_KEYS, 'maxHeatmapMembers', 'map']);
  const baseline = asBaselineJson(input);
  const { maxHeatmapMembers, map, ...reportOptions } = options;
  return htmlFromModel(baseline, buildReportModel(baseline, reportOptions), {
    ...(maxHeatmapMembers === undefined ? {} : { maxHeatmapMembers }),
    ...(map === undefined ? {} : { map }),
  });
}

/**
 * report.html from a report model already built ({@link renderHtml} builds it; the file writer
 * builds it once for report.md and report.html). `model` must come from `baseline`.
 *
 * @param baseline - baseline.json as data (the heatmaps read its matrices)
 * @param model - `buildReportModel(baseline, …)`
 * @param options - heatmap size and map geometry of {@link HtmlOptions}
 * @throws {OptionsError} for an invalid `maxHeatmapMembers`.
 * @example
 * htmlFromModel(json, buildReportModel(json, { lang: 'nl' })) === renderHtml(json, { lang: 'nl' }); // => true
 */
export function htmlFromModel(
  baseline: BaselineJson,
  model: ReportModel,
  options: Pick<HtmlOptions, 'maxHeatmapMembers' | 'map'> = {},
): string {
  return [...htmlPiecesFromModel(baseline, model, options)].join('');
}

/**
 * {@link htmlFromModel}'s text in pieces (joined, exactly that text), for the file writer, which
 * encodes them one by one: the page of megabytes is never copied into one string. One pass.
 *
 * @example
 * [...htmlPiecesFromModel(json, model)].join('') === htmlFromModel(json, model); // => true
 */
export function htmlPiecesFromModel(
  baseline: BaselineJson,
  model: ReportModel,
  options: Pick<HtmlOptions, 'maxHeatmapMembers' | 'map'> = {},
): Iterable<string> {
  const { maxHeatmapMembers = DEFAULT_HTML_OPTIONS.maxHeatmapMembers, map } = options;
  if (!Number.isInteger(maxHeatmapMembers) || maxHeatmapMembers < 1) {
    throw new OptionsError(
      'maxHeatmapMembers',
      `maxHeatmapMembers must be an integer >= 1; got ${maxHeatmapMembers}.`,
    );
  }
  const { lang } = model;

  const recommendations: string[] = [];
  if (model.recommendations.length === 0)
    recommendations.push(`<p>${esc(t(lang, 'note.noRecommendations'))}</p>`);
  else if (model.recommendations.length < model.counts.recommendations) {
    recommendations.push(
      note(
        t(lang, 'note.showingTop', {
          shown: model.recommendations.length,
          total: model.counts.recommendations,
        }),
      ),
    );
  }
  if (model.recommendations.length > 0) {
    recommendations.push(
      `<div class="recs">\n${model.recommendations.map((r) => recommendationCard(lang, r)).join('\n')}\n</div>`,
    );
  }
  recommendations.push(...moreRecommendations(model));

  const sections: { id: string; key: MessageKey; body: string[] }[] = [
    { id: 'members', key: 'section.members', body: membersTable(model) },
    { id: 'map', key: 'section.map', body: mapSection(model, map) },
    { id: 'matrices', key: 'section.matrices', body: heatmaps(baseline, model, maxHeatmapMembers) },
    {
      id: 'pairs',
      key: 'section.topSynergies',
      body: [
        note(t(lang, 'note.synergy')),
        pairTable(lang, 'col.synergy', model.topSynergies, 'section.topSynergies'),
        ...notes(topPairsNote(lang, model.topPairsLimits)),
        `<h3>${esc(t(lang, 'section.topDuplications'))}</h3>`,
        note(t(lang, 'note.duplication')),
        pairTable(lang, 'col.duplication', model.topDuplications, 'section.topDuplications'),
      ],
    },
    ...(model.partnersPerMember === null
      ? []
      : [{ id: 'partners', key: 'section.partnersPerMember' as const, body: partnersTable(model) }]),
    { id: 'coverage', key: 'section.coverage', body: coverage(model) },
    {
      id: 'countries',
      key: 'section.countries',
      body: [
        countryTable(lang, model.countries, model.compact, model.allObserved),
        note(t(lang, model.allObserved ? 'note.allObserved' : 'note.countryLevels')),
        ...(model.countries.length > 0
          ? [note(t(lang, 'note.countryRules', countryRuleLevels(model.countries)))]
          : []),
        ...areaTables(lang, model.countries, model.themePlaces === 'linked'),
      ],
    },
    { id: 'recommendations', key: 'section.recommendations', body: recommendations },
    ...(model.funders.length > 0
      ? [{ id: 'funders', key: 'section.funders' as const, body: funderTable(lang, model.funders) }]
      : []),
    { id: 'problems', key: 'section.problems', body: problems(model) },
  ];

  const nav = [
    `<nav aria-label="${esc(t(lang, 'section.contents'))}"><ol>`,
    ...sections.map((s) => `<li><a href="#${s.id}">${esc(t(lang, s.key))}</a></li>`),
    '</ol></nav>',
  ].join('\n');

  return renderHtmlPagePieces(lang, model.title, {
    header: [
      `<h1>${u(model.title)}</h1>`,
      `<p class="summary">${esc(model.summary)}</p>`,
      ...(model.compact
        ? [note(t(lang, 'note.compactLists', { members: model.counts.members, shown: COMPACT_LIST_SHOWN }))]
        : []),
      summaryCards(model),
      missingNotice(model),
    ],
    nav,
    main: sections.map((s) => section(s.id, t(lang, s.key), s.body)),
    footer: t(lang, 'footer', { version: model.schemaVersion }),
  });
}

/**
 * A report page (the report, the meeting pack) in the one page shell ({@link htmlPage}): a
 * header, an optional nav, the main part and a footer. The parts must already be escaped; the
 * title and footer are plain text and escaped here.
 *
 * @param lang - the page language
 * @param title - the page title (plain text)
 * @param parts - escaped HTML of the header lines, nav ('' for none), main lines; the footer as plain text
 * @example
 * renderHtmlPage('nl', 'Pakket', { header: ['<h1>Pakket</h1>'], nav: '', main: [], footer: 'x' }).startsWith('<!DOCTYPE html>\n<html lang="nl">'); // => true
 */
export function renderHtmlPage(lang: Lang, title: string, parts: PageParts): string {
  return [...renderHtmlPagePieces(lang, title, parts)].join('');
}

/** The parts of a report page: escaped HTML of the header lines, nav ('' for none), main lines; the footer as plain text. */
interface PageParts {
  readonly header: readonly string[];
  readonly nav: string;
  readonly main: readonly string[];
  readonly footer: string;
}

/** {@link renderHtmlPage}'s text in pieces (joined, exactly that text). One pass. */
function renderHtmlPagePieces(lang: Lang, title: string, parts: PageParts): Iterable<string> {
  const body = [
    '<header>',
    ...parts.header,
    '</header>',
    parts.nav,
    '<main>',
    ...parts.main,
    '</main>',
    `<footer>${esc(parts.footer)}</footer>`,
  ].filter((line) => line !== '');
  return htmlPagePieces({ lang, title, body });
}
