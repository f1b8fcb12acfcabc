/**
 * The baseline as a Markdown document for a partner meeting (GitHub-flavoured
 * Markdown tables). Every user string is escaped with {@link escapeMarkdownCell}.
 * @module
 */

import { asBaselineJson, type BaselineOrJson } from '../baseline/toJson.js';
import { countryInText } from '../normalise/countryInText.js';
import { escapeMarkdownCell } from '../output/escape.js';
import { joinedPieces } from '../output/pieces.js';
import type { IngestIssue } from '../schema/issues.js';
import {
  type AreaCellFormat,
  areaCells,
  countryRuleLevels,
  memberLevel,
  missingTheme,
  moreRecommendationItem,
  pairsLabel,
} from './countryText.js';
import { type Lang, t, tValue } from './i18n.js';
import {
  buildReportModel,
  COMPACT_LIST_SHOWN,
  type CountryRow,
  countOrDash,
  DASH,
  type FunderRow,
  formatWhere,
  MEMBER_COLUMNS,
  MORE_RECOMMENDATIONS_SHOWN,
  type Named,
  onlySectorsOfObservedData,
  PARTNERS_SHOWN,
  type PairRow,
  type PartnerValue,
  type RecommendationRow,
  type ReportModel,
  type ReportOptions,
  shownItems,
} from './model.js';
import { areaThemeGrid } from './places.js';
import {
  describeDelimiter,
  formatReportLevel,
  formatReportNumber,
  remembered,
  topPairsNote,
} from './text.js';

/** {@link escapeMarkdownCell}, remembered for short texts. */
const md = remembered(escapeMarkdownCell);

/** Options of {@link renderMarkdown}: the shared {@link ReportOptions}. */
export type MarkdownOptions = ReportOptions;

type Align = 'left' | 'right';

/** A GFM table; header and cells must already be escaped. */
function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

function more(lang: Lang, count: number): string {
  return count > 0 ? ` ${md(t(lang, 'note.moreEvidence', { count }))}` : '';
}

/** "… and N more" as its own paragraph under a cut table. */
function moreRows(lang: Lang, count: number): string {
  return count > 0 ? `\n\n${note(t(lang, 'note.moreEvidence', { count }))}` : '';
}

/** Names joined with commas; in a compact report the first few and "… and N more". */
function names(list: readonly Named[], lang?: Lang, compact = false): string {
  if (list.length === 0) return DASH;
  const { items, more: left } = shownItems(list, compact);
  return items.map((n) => md(n.name)).join(', ') + (lang === undefined ? '' : more(lang, left));
}

const count = countOrDash;

/** The note when there is one. */
function notes(text: string | null): string[] {
  return text === null ? [] : [note(text)];
}

function note(text: string): string {
  return `_${md(text)}_`;
}

function membersSection(model: ReportModel): string[] {
  const { lang } = model;
  const rows = model.members.map((m) => [
    md(m.id),
    md(m.name),
    md(m.type),
    m.hq === null ? DASH : md(m.hq),
    md(m.role),
    count(m.themes),
    count(m.countries),
    count(m.sectors),
  ]);
  const headers = MEMBER_COLUMNS;
  return [
    `## ${md(t(lang, 'section.members'))}`,
    table(
      headers.map((h) => md(t(lang, h))),
      rows,
      ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right'],
    ),
    note(t(lang, model.memberCounts === 'records' ? 'note.recordCounts' : 'note.derivedCounts')),
  ];
}

function coverageSection(model: ReportModel): string[] {
  const { lang, compact } = model;
  const out = [`## ${md(t(lang, 'section.coverage'))}`, note(t(lang, 'note.coverage'))];
  out.push(`### ${md(t(lang, 'section.themeCoverage'))}`);
  const evidence = model.observedEvidence;
  if (model.themeCoverage.length === 0) out.push(md(t(lang, 'note.none')));
  else
    out.push(
      table(
        (
          [
            'col.theme',
            'col.maxLevel',
            ...(evidence ? (['col.evidenceKind'] as const) : []),
            'col.members',
            'col.countries',
          ] as const
        ).map((h) => md(t(lang, h))),
        model.themeCoverage.map((r) => [
          md(r.label),
          r.maxLevel === null ? DASH : formatReportLevel(lang, r.maxLevel),
          ...(evidence ? [md(tValue(lang, 'evidence', r.evidence ?? 'rated'))] : []),
          r.observed.length === 0
            ? names(r.members, lang, compact)
            : `${names(r.members, lang, compact)}; ${md(t(lang, 'note.observedToo', { names: r.observed.map((n) => n.name).join(', ') }))}`,
          names(r.countries, lang, compact),
        ]),
        ['left', 'right', ...(evidence ? (['left'] as const) : []), 'left', 'left'],
      ),
    );
  if (evidence) out.push(note(t(lang, 'note.evidence')));
  out.push(`### ${md(t(lang, 'section.sectorCoverage'))}`);
  if (model.sectorCoverage.length === 0) out.push(md(t(lang, 'note.none')));
  else {
    // Without a countries column in sectors.csv no sector is tied to a country: no column for it.
    const where = model.sectorPlaces !== false;
    out.push(
      table(
        (['col.sector', 'col.members', ...(where ? (['col.countries'] as const) : [])] as const).map((h) =>
          md(t(lang, h)),
        ),
        model.sectorCoverage.map((r) => [
          md(r.label),
          names(r.members, lang, compact),
          ...(where ? [names(r.countries, lang, compact)] : []),
        ]),
      ),
    );
    if (!where) out.push(note(t(lang, 'note.sectorsNowhere')));
  }
  return out;
}

function pairsSection(
  lang: Lang,
  heading: string,
  explanation: string,
  valueHeader: string,
  pairs: readonly PairRow[],
): string[] {
  const out = [`## ${md(heading)}`, note(explanation)];
  if (pairs.length === 0) {
    out.push(md(t(lang, 'note.noPairs')));
    return out;
  }
  const num = (x: number | null) => (x === null ? DASH : formatReportNumber(lang, x, 2));
  out.push(
    table(
      [
        t(lang, 'col.rank'),
        t(lang, 'col.memberA'),
        t(lang, 'col.memberB'),
        valueHeader,
        t(lang, 'col.context'),
        t(lang, 'col.expertiseOverlap'),
      ].map(md),
      pairs.map((p) => [
        String(p.rank),
        md(p.a.name),
        md(p.b.name),
        num(p.value),
        num(p.context),
        num(p.expertiseOverlap),
      ]),
      ['right', 'left', 'left', 'right', 'right', 'right'],
    ),
  );
  return out;
}

function countrySection(model: ReportModel, c: CountryRow): string[] {
  const { lang, compact } = model;
  const evidence = model.observedEvidence;
  const out = [`### ${md(c.name)} (${md(c.code)})`];
  const members = c.members;
  out.push(
    table(
      [t(lang, 'col.member'), t(lang, 'col.presence'), t(lang, 'col.partners')].map(md),
      members.items.map((m) => [
        md(m.member.name),
        md(m.presence),
        m.partners.length === 0 ? DASH : m.partners.map(md).join(', '),
      ]),
    ) + moreRows(lang, members.more),
  );
  if (c.themes.items.length > 0) {
    const themes = c.themes;
    out.push(
      table(
        [
          t(lang, 'col.covered'),
          t(lang, 'col.maxLevel'),
          ...(evidence ? [t(lang, 'col.evidenceKind')] : []),
          t(lang, 'col.membersLevel'),
        ].map(md),
        themes.items.map((x) => {
          // Every member with its level: nobody is hidden behind the strongest.
          const all = x.all;
          return [
            md(x.theme.name),
            x.maxLevel === null ? DASH : formatReportLevel(lang, x.maxLevel),
            ...(evidence ? [md(tValue(lang, 'evidence', x.evidence))] : []),
            all.items.map((m) => memberLevel(lang, m, md, md, model.allObserved)).join(', ') +
              more(lang, all.more),
          ];
        }),
        ['left', 'right', ...(evidence ? (['left'] as const) : []), 'left'],
      ) + moreRows(lang, themes.more),
    );
  }
  const item = (label: string, value: string) => `- **${md(label)}:** ${value}`;
  const sharedList = shownItems(c.sharedPartners, compact);
  const shared =
    c.sharedPartners.length === 0
      ? DASH
      : sharedList.items
          .map((p) => {
            const variants =
              p.variants.length === 0
                ? ''
                : ` (${md(t(lang, 'note.writtenAs'))} ${p.variants.map(md).join(', ')})`;
            return `${md(p.partner)}${variants}: ${names(p.members, lang, compact)}`;
          })
          .join('; ') + more(lang, sharedList.more);
  // A compact report names the sectors only; the members per sector are in countries.csv.
  const sectors = (list: CountryRow['sectors']) => {
    const shown = shownItems(list, compact);
    return list.length === 0
      ? DASH
      : shown.items
          .map((x) => (compact ? md(x.sector.name) : `${md(x.sector.name)} (${names(x.members)})`))
          .join('; ') + more(lang, shown.more);
  };
  const missingList = shownItems(c.missing, compact);
  const missing =
    c.focus === 'none'
      ? `${DASH} (${md(t(lang, 'note.noFocus'))})`
      : c.missing.length === 0
        ? DASH
        : missingList.items.map((x) => missingTheme(lang, x, md)).join(', ') + more(lang, missingList.more);
  const pairs =
    c.pairs.length === 0
      ? DASH
      : c.pairs
          .map(
            (p) =>
              `${md(p.a.name)} ↔ ${md(p.b.name)} (${md(t(lang, 'col.synergy'))} ${formatReportNumber(lang, p.synergy, 2)}, ${md(t(lang, 'col.duplication'))} ${formatReportNumber(lang, p.duplication, 2)})`,
          )
          .join('; ');
  // Older baselines do not say which sectors a row links to the country: one list, as before.
  const old = c.sectors.some((x) => x.linked === null);
  out.push(
    [
      item(t(lang, 'col.duplicated'), names(c.duplicated, lang, compact)),
      item(t(lang, 'col.missing'), missing),
      item(t(lang, 'col.sharedPartners'), shared),
      ...(old
        ? [item(t(lang, 'col.sectors'), sectors(c.sectors))]
        : [
            // The linked list only where some sectors row of the partnership says where.
            ...(model.sectorPlaces
              ? [item(t(lang, 'col.sectorsLinked'), sectors(c.sectors.filter((x) => x.linked === true)))]
              : []),
            item(t(lang, 'col.sectorsPresent'), sectors(c.sectors.filter((x) => x.linked === false))),
          ]),
      item(pairsLabel(lang, c.pairs.length, c.pairsTotal), pairs),
    ].join('\n'),
  );
  if (c.areas.length > 0) out.push(...areasSection(lang, c, model.themePlaces === 'linked'));
  return out;
}

function partnersSection(model: ReportModel): string[] {
  const { lang, partnersPerMember } = model;
  if (partnersPerMember === null) return [];
  const list = (partners: readonly PartnerValue[]) =>
    partners.length === 0
      ? DASH
      : partners.map((p) => `${md(p.partner.name)} (${formatReportNumber(lang, p.value, 2)})`).join(', ');
  return [
    `## ${md(t(lang, 'section.partnersPerMember'))}`,
    note(t(lang, 'note.partnersPerMember', { count: PARTNERS_SHOWN })),
    table(
      [t(lang, 'col.member'), t(lang, 'col.synergyPartners'), t(lang, 'col.duplicationPartners')].map(md),
      partnersPerMember.map((r) => [md(r.member.name), list(r.synergy), list(r.duplication)]),
    ),
  ];
}

/** How the markdown report writes area cells. */
const areaFormat: AreaCellFormat = {
  text: md,
  sentence: md,
  aside: (inner) => ` (${inner})`,
  names: (members) => names(members),
};

/** Who works on what where: the country's areas x themes, each cell the number of members there. */
function areaGridSection(lang: Lang, c: CountryRow): string[] {
  const grid = areaThemeGrid(c.areas);
  if (grid === null) return [];
  const total = grid.themes.length + grid.hidden;
  return [
    `#### ${md(t(lang, 'section.areaGrid', { country: countryInText(c.code, c.name, lang) }))}`,
    table(
      [md(t(lang, 'col.area')), ...grid.themes.map((x) => md(x.name))],
      grid.rows.map((r) => [md(r.area.name), ...r.counts.map(String)]),
      ['left', ...grid.themes.map((): 'right' => 'right')],
    ),
    note(t(lang, 'note.areaGrid', { country: countryInText(c.code, c.name, lang) })),
    ...(grid.hidden > 0 ? [note(t(lang, 'note.areaGridHidden', { shown: grid.themes.length, total }))] : []),
  ];
}

function areasSection(lang: Lang, c: CountryRow, linked: boolean): string[] {
  const out = [
    ...areaGridSection(lang, c),
    `#### ${md(t(lang, 'section.areas', { country: countryInText(c.code, c.name, lang) }))}`,
    table(
      (
        ['col.area', 'col.present', 'col.themesPresent', 'col.missingHere', 'col.sharedPartners'] as const
      ).map((h) => md(t(lang, h))),
      c.areas.map((a) => areaCells(lang, a, areaFormat)),
    ),
    note(t(lang, linked ? 'note.areasLinked' : 'note.areas')),
  ];
  if (c.subAreas > 0) out.push(note(t(lang, 'note.subAreas', { count: c.subAreas })));
  return out;
}

function fundersSection(lang: Lang, funders: readonly FunderRow[]): string[] {
  return [
    `## ${md(t(lang, 'section.funders'))}`,
    note(t(lang, 'note.funders')),
    table(
      (['col.funder', 'col.type', 'col.role', 'col.funds', 'col.countries', 'col.activities'] as const).map(
        (h) => md(t(lang, h)),
      ),
      funders.map((f) => [
        `${md(f.name)}${f.ref === null ? '' : ` (${md(f.ref)})`}`,
        f.type === null ? DASH : md(f.type),
        f.roles.map(md).join(', '),
        names(f.members),
        names(f.countries),
        f.activities === null ? DASH : String(f.activities),
      ]),
      ['left', 'left', 'left', 'left', 'left', 'right'],
    ),
  ];
}

function recommendationSection(lang: Lang, r: RecommendationRow): string[] {
  const item = (label: string, value: string) => `- **${md(label)}:** ${value}`;
  const evidence =
    r.evidence.length === 0
      ? DASH
      : r.evidence.map(md).join(', ') +
        (r.evidenceMore > 0 ? ` ${md(t(lang, 'note.moreEvidence', { count: r.evidenceMore }))}` : '');
  return [
    `### ${r.rank}\\. ${md(r.kindLabel)} (${md(t(lang, 'col.score'))} ${formatReportNumber(lang, r.score, 2)})`,
    [
      item(t(lang, 'col.id'), md(r.id)),
      item(t(lang, 'col.members'), names(r.members)),
      item(t(lang, 'col.where'), r.where.length === 0 ? md(t(lang, 'note.noCountry')) : names(r.where)),
      ...(r.areas.length > 0 ? [item(t(lang, 'col.areas'), names(r.areas))] : []),
      ...(r.sector === null ? [] : [item(t(lang, 'col.sector'), md(r.sector.name))]),
      ...(r.themes.length === 0 ? [] : [item(t(lang, 'col.themes'), names(r.themes))]),
      item(t(lang, 'col.rationale'), md(r.rationale)),
      ...(r.detail === '' ? [] : [`  _${md(r.detail)}_`]),
      item(t(lang, 'col.evidence'), evidence),
    ].join('\n'),
  ];
}

/** What scored but was not listed: per kind how many and the first few; how many were merged. */
function moreRecommendationsSection(model: ReportModel): string[] {
  const { lang, moreRecommendations: rows, mergedRecommendations: merged } = model;
  if (rows.length === 0 && merged === 0) return [];
  const out = [`### ${md(t(lang, 'section.moreRecommendations'))}`];
  if (rows.length > 0) {
    out.push(
      note(t(lang, 'note.moreRecommendations', { shown: MORE_RECOMMENDATIONS_SHOWN })),
      table(
        [t(lang, 'col.kind'), t(lang, 'col.more'), t(lang, 'col.firstOfThem')].map(md),
        rows.map((r) => [
          md(r.kindLabel),
          String(r.count),
          r.first.map((x) => moreRecommendationItem(lang, x, md)).join('; '),
        ]),
        ['left', 'right', 'left'],
      ),
    );
  }
  if (merged > 0) out.push(note(t(lang, 'note.mergedRecommendations', { count: merged })));
  return out;
}

function mapSection(model: ReportModel): string[] {
  const { lang } = model;
  const out = [`## ${md(t(lang, 'section.map'))}`];
  if (model.map.length === 0) {
    out.push(md(t(lang, 'note.noCountries')));
    return out;
  }
  out.push(note(t(lang, 'map.caption')));
  out.push(
    table(
      (['col.country', 'col.members', 'col.strongest', 'col.who', 'col.recommendations'] as const).map((h) =>
        md(t(lang, h)),
      ),
      model.map.map((r) => [
        `${md(r.name)} (${md(r.code)})`,
        String(r.members.length),
        r.strongestLabel === null ? DASH : md(r.strongestLabel),
        r.named.length === 0
          ? DASH
          : r.named.map((m) => `${md(m.name)} (${md(m.presenceLabel)})`).join(', ') +
            (r.more > 0 ? ` ${md(t(lang, 'note.moreEvidence', { count: r.more }))}` : ''),
        String(r.recommendations),
      ]),
      ['left', 'right', 'left', 'left', 'right'],
    ),
  );
  return out;
}

function missingSection(model: ReportModel): string[] {
  const { lang } = model;
  if (model.missing.length === 0) return [];
  if (onlySectorsOfObservedData(model)) return [note(t(lang, 'missing.observedSectors'))];
  return [
    `## ${md(t(lang, 'section.missing'))}`,
    md(t(lang, 'missing.intro')),
    model.missing.map((d) => `- ${md(t(lang, `missing.${d}`))}`).join('\n'),
  ];
}

function issueWhere(lang: Lang, issue: IngestIssue): string {
  return issue.line > 0
    ? md(formatWhere(issue.file, issue.line))
    : `${md(issue.file)} (${md(t(lang, 'note.fileLevel'))})`;
}

function problemsSection(model: ReportModel): string[] {
  const { lang } = model;
  const out = [`## ${md(t(lang, 'section.problems'))}`, `### ${md(t(lang, 'section.files'))}`];
  if (model.files.length === 0) out.push(md(t(lang, 'note.noFiles')));
  else
    out.push(
      table(
        (
          [
            'col.file',
            'col.fileKind',
            'col.encoding',
            'col.delimiter',
            'col.rows',
            'col.accepted',
            'col.rejected',
          ] as const
        ).map((h) => md(t(lang, h))),
        model.files.map((f) => [
          md(f.file),
          md(tValue(lang, 'fileKind', f.kind)),
          md(f.encoding),
          md(describeDelimiter(f.delimiter)),
          String(f.rows),
          String(f.accepted),
          String(f.rejected),
        ]),
        ['left', 'left', 'left', 'left', 'right', 'right', 'right'],
      ),
    );
  out.push(`### ${md(t(lang, 'section.rejected'))}`);
  if (model.rejected.length === 0) out.push(md(t(lang, 'note.noRejected')));
  else
    out.push(
      table(
        (['col.file', 'col.line', 'col.column', 'col.value', 'col.reason', 'col.suggestion'] as const).map(
          (h) => md(t(lang, h)),
        ),
        model.rejected.map((r) => [
          md(r.file),
          r.line > 0 ? String(r.line) : DASH,
          r.column === null ? DASH : md(r.column),
          r.value === null ? DASH : md(r.value),
          `${md(r.message)} (${md(r.code)})`,
          r.suggestion === null ? DASH : md(r.suggestion),
        ]),
        ['left', 'right', 'left', 'left', 'left', 'left'],
      ),
    );
  out.push(`### ${md(t(lang, 'section.warnings'))}`);
  if (model.warningGroups.length === 0) out.push(md(t(lang, 'note.noWarnings')));
  else
    out.push(
      table(
        (['col.code', 'col.count', 'col.examples'] as const).map((h) => md(t(lang, h))),
        model.warningGroups.map((g) => [
          md(g.code),
          String(g.count),
          g.examples.map((w) => `${issueWhere(lang, w)}: ${md(w.message)}`).join(' · '),
        ]),
        ['left', 'right', 'left'],
      ),
    );
  if (model.emptyProfiles.length > 0) {
    out.push(`### ${md(t(lang, 'section.emptyProfiles'))}`);
    out.push(model.emptyProfiles.map((e) => `- **${md(e.label)}:** ${names(e.members)}`).join('\n'));
    out.push(note(t(lang, 'note.emptyProfiles')));
  }
  if (model.shortProfiles && model.shortProfiles.dimensions.length > 0) {
    out.push(`### ${md(t(lang, 'section.shortProfiles'))}`);
    out.push(
      model.shortProfiles.dimensions.map((e) => `- **${md(e.label)}:** ${names(e.members)}`).join('\n'),
    );
    out.push(note(t(lang, 'note.shortProfiles', { min: model.shortProfiles.minCategories })));
  }

  return out;
}

/**
 * Renders a baseline as a readable Markdown report for a partner meeting:
 * title and summary, who is in the partnership, theme and sector coverage,
 * top synergies and duplication risks (upper triangle, top `top` pairs), one
 * section per country, the first `top` recommendations with rationale and
 * evidence (`file:line`), and the ingestion problems to fix (files, rejected
 * rows, warnings by code, members without data). Fixed text in English or
 * Dutch; all user text escaped. Pure and deterministic: same baseline and
 * options, same string.
 *
 * @param input - The baseline: the live `Baseline` from buildBaseline or its JSON (baseline.json data); the same bytes either way.
 * @param options - See {@link ReportOptions}; defaults in {@link DEFAULT_REPORT_OPTIONS}.
 * @returns Markdown text ending with a newline.
 * @throws {OptionsError} for invalid options; `PartnerSynergyError` `E_SCHEMA` for a malformed matrix.
 * @example
 * const text = renderMarkdown(json, { lang: 'nl', top: 5 });
 * text.startsWith('# Synergie-nulmeting van het partnerschap\n'); // => true
 * renderMarkdown(baseline, { lang: 'nl', top: 5 }) === text; // => true
 */
export function renderMarkdown(input: BaselineOrJson, options: MarkdownOptions = {}): string {
  return markdownFromModel(buildReportModel(asBaselineJson(input), options));
}

/**
 * report.md from a report model already built ({@link renderMarkdown} builds it; the file writer
 * builds it once for report.md and report.html).
 *
 * @param model - from `buildReportModel`
 * @example
 * markdownFromModel(buildReportModel(json, { lang: 'nl' })) === renderMarkdown(json, { lang: 'nl' }); // => true
 */
export function markdownFromModel(model: ReportModel): string {
  return [...markdownPiecesFromModel(model)].join('');
}

/**
 * {@link markdownFromModel}'s text in pieces (joined, exactly that text), for the file writer,
 * which encodes them one by one: the report is never copied into one string. One pass.
 *
 * @example
 * [...markdownPiecesFromModel(model)].join('') === markdownFromModel(model); // => true
 */
export function markdownPiecesFromModel(model: ReportModel): Iterable<string> {
  const { lang } = model;
  const blocks: string[] = [`# ${md(model.title)}`, md(model.summary)];
  if (model.compact) {
    blocks.push(
      note(t(lang, 'note.compactLists', { members: model.counts.members, shown: COMPACT_LIST_SHOWN })),
    );
  }
  blocks.push(...missingSection(model));
  blocks.push(...membersSection(model));
  blocks.push(...mapSection(model));
  blocks.push(...coverageSection(model));
  blocks.push(
    ...pairsSection(
      lang,
      t(lang, 'section.topSynergies'),
      t(lang, 'note.synergy'),
      t(lang, 'col.synergy'),
      model.topSynergies,
    ),
    ...notes(topPairsNote(lang, model.topPairsLimits)),
  );
  blocks.push(
    ...pairsSection(
      lang,
      t(lang, 'section.topDuplications'),
      t(lang, 'note.duplication'),
      t(lang, 'col.duplication'),
      model.topDuplications,
    ),
  );
  blocks.push(...partnersSection(model));
  blocks.push(`## ${md(t(lang, 'section.countries'))}`);
  if (model.countries.length === 0) blocks.push(md(t(lang, 'note.noCountries')));
  else blocks.push(note(t(lang, 'note.countryRules', countryRuleLevels(model.countries))));
  if (model.allObserved) blocks.push(note(t(lang, 'note.allObserved')));
  for (const c of model.countries) blocks.push(...countrySection(model, c));
  blocks.push(`## ${md(t(lang, 'section.recommendations'))}`);
  if (model.recommendations.length === 0) blocks.push(md(t(lang, 'note.noRecommendations')));
  else if (model.recommendations.length < model.counts.recommendations) {
    blocks.push(
      note(
        t(lang, 'note.showingTop', {
          shown: model.recommendations.length,
          total: model.counts.recommendations,
        }),
      ),
    );
  }
  for (const r of model.recommendations) blocks.push(...recommendationSection(lang, r));
  blocks.push(...moreRecommendationsSection(model));
  if (model.funders.length > 0) blocks.push(...fundersSection(lang, model.funders));
  blocks.push(...problemsSection(model));
  blocks.push('---', note(t(lang, 'footer', { version: model.schemaVersion })));
  return joinedPieces(blocks, '\n\n', '\n');
}
