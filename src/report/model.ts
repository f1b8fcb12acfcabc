/**
 * The report model: everything the Markdown and HTML reports show, derived once
 * from a baseline.json and resolved to display text in one language. Strings
 * are raw (unescaped); each renderer escapes for its own format. Dashboards can
 * render from this model directly.
 * @module
 */

import { FOCUS_MAX_MEMBERS } from '../baseline/focusMembers.js';
import {
  type BaselineMatrix,
  readBaselineMatrix,
  strongestPairs,
  takeWithLimit,
} from '../baseline/matrixReader.js';
import { type MemberLevel, type ThemeLevels, themeLevelsFromRecords } from '../country/themeLevels.js';
import { clipDisplay } from '../displayText.js';
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { kindTitle } from '../recommend/catalogue.js';
import type { BaselineJson, CountryView } from '../schema/baseline.js';
import type { FileReport, IngestIssue } from '../schema/issues.js';
import type { Dimension } from '../schema/records.js';
import { type Lang, REPORT_LANGS, t, tn, tValue } from './i18n.js';
import { createLookup, type Lookup } from './lookup.js';
import { buildMapRows, type MapCountryRow, recommendationCountries } from './mapModel.js';
import { checkIdMatrix, indexOfIds } from './matrix.js';
import { type AreaRow, areaRows, type FunderRow, funderRows } from './places.js';
import { nameSorter } from './text.js';

export type { AreaRow, FunderRow } from './places.js';

/**
 * Options shared by {@link renderMarkdown}, {@link renderHtml} and {@link buildReportModel}.
 *
 * @example
 * const options: ReportOptions = { lang: 'nl', top: 3, title: 'Baseline 2026' };
 * renderMarkdown(json, options).startsWith('# Baseline 2026'); // => true
 */
export interface ReportOptions {
  /** Language of headings and fixed text: `'en'` or `'nl'`. Default `'en'`. */
  readonly lang?: Lang;
  /** How many pairs in the top-synergy/duplication lists and how many recommendations to show (integer >= 0 or Infinity). Default `10`. */
  readonly top?: number;
  /** Report title. Default: the dictionary title ("Partnership synergy baseline" / "Synergie-nulmeting van het partnerschap"). */
  readonly title?: string;
}

/** Every option key of {@link ReportOptions} (the compiler keeps the list complete). */
export const REPORT_OPTION_KEYS: readonly string[] = Object.keys({
  lang: true,
  title: true,
  top: true,
} satisfies Record<keyof ReportOptions, true>);

/** Defaults of {@link ReportOptions} (`title` defaults to the translated dictionary title). */
export const DEFAULT_REPORT_OPTIONS = {
  lang: 'en',
  top: 10,
} as const satisfies Omit<Required<ReportOptions>, 'title'>;

/** How many evidence references a report shows per recommendation before "… and N more". */
export const EVIDENCE_SHOWN = 10;
/** How many examples a warning group lists. */
export const WARNING_EXAMPLES = 3;
/** How many in-country pairs a country section lists. */
export const COUNTRY_PAIRS_SHOWN = 3;
/** Names a list shows in a compact report (more members than its heatmaps show) before "… and N more". */
export const COMPACT_LIST_SHOWN = 10;
/** Partners per member in the "Partners per member" section of a compact report. */
export const PARTNERS_SHOWN = 3;

/** Columns of the members table in every report format, in order. */
export const MEMBER_COLUMNS = [
  'col.id',
  'col.name',
  'col.type',
  'col.hq',
  'col.role',
  'col.themes',
  'col.countries',
  'col.sectors',
] as const;

/** Placeholder of a missing value in the human-readable reports. */
export const DASH = '–';

/** A count, or the dash when unknown. */
export function countOrDash(x: number | null): string {
  return x === null ? DASH : String(x);
}

/**
 * The first items of a list and how many are left out: all of them in a detailed report, the
 * first {@link COMPACT_LIST_SHOWN} in a compact one.
 *
 * @example
 * shownItems(['a', 'b', 'c'], false); // => { items: ['a', 'b', 'c'], more: 0 }
 * shownItems(Array.from({ length: 12 }, (_, i) => i), true).more; // => 2
 */
export function shownItems<T>(list: readonly T[], compact: boolean): Shown<T> {
  if (!compact || list.length <= COMPACT_LIST_SHOWN) return { items: list, more: 0 };
  return { items: list.slice(0, COMPACT_LIST_SHOWN), more: list.length - COMPACT_LIST_SHOWN };
}

/**
 * The items of a list a report shows (all of them, or in a compact report the first
 * {@link COMPACT_LIST_SHOWN}) and how many it leaves out.
 *
 * @example
 * const shown: Shown<string> = shownItems(['a', 'b'], true);
 * shown; // => { items: ['a', 'b'], more: 0 }
 */
export interface Shown<T> {
  readonly items: readonly T[];
  readonly more: number;
}

/** An id with its display text. */
export interface Named {
  readonly id: string;
  readonly name: string;
}

/** A row of the "who is in the partnership" table. Counts are `null` when the member has no data in that dimension. */
export interface MemberRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly hq: string | null;
  readonly role: string;
  readonly themes: number | null;
  readonly countries: number | null;
  readonly sectors: number | null;
}

/**
 * Coverage of one theme or sector across the country views. `maxLevel` is null for sectors and
 * for themes nobody rates; `evidence` says what a theme rests on (null for sectors).
 */
export interface CoverageRow {
  readonly id: string;
  readonly label: string;
  readonly maxLevel: number | null;
  readonly evidence: 'rated' | 'observed' | 'both' | null;
  /** Members observed working on a theme that others rate (shown apart from the rated ones). */
  readonly observed: readonly Named[];
  readonly members: readonly Named[];
  readonly countries: readonly Named[];
}

/** A strong pair. `context` = synergy + duplication (shared geography/sector context) and `expertiseOverlap` when known. */
export interface PairRow {
  readonly rank: number;
  readonly a: Named;
  readonly b: Named;
  readonly value: number;
  readonly context: number | null;
  readonly expertiseOverlap: number | null;
}

/**
 * The in-country view of one country, resolved to display text. Members and themes are what the
 * report shows of them ({@link Shown}: a compact report resolves only the first few).
 */
export interface CountryRow {
  readonly code: string;
  readonly name: string;
  readonly members: Shown<{
    readonly member: Named;
    readonly presence: string;
    readonly partners: readonly string[];
  }>;
  readonly themes: Shown<{
    readonly theme: Named;
    /** Highest rated level; null when nobody present rates the theme (observed only). */
    readonly maxLevel: number | null;
    readonly members: readonly Named[];
    readonly evidence: 'rated' | 'observed' | 'both';
    /** For a theme both rated and observed: the members observed working on it without a rating. */
    readonly observed: readonly Named[];
    /** Every member present working on the theme with its level (null: observed), strongest first. */
    readonly all: Shown<{ readonly member: Named; readonly level: number | null }>;
  }>;
  readonly duplicated: readonly Named[];
  /** Focus themes not covered here, each with the highest level a member present has on it (null: none). */
  readonly missing: readonly (Named & { readonly best: number | null })[];
  /** Whether focus themes were declared ('none': nothing can be missing; 'unknown': an older baseline). */
  readonly focus: 'declared' | 'none' | 'unknown';
  /** The levels the view was built with. */
  readonly levels: { readonly coverage: number; readonly duplication: number };
  readonly sharedPartners: readonly {
    readonly partner: string;
    readonly variants: readonly string[];
    readonly members: readonly Named[];
  }[];
  /**
   * Sector networks of the members present; `linked`: a sectors row names this country (true),
   * only a sector of the members present (false), or an older baseline that does not say (null).
   */
  readonly sectors: readonly {
    readonly sector: Named;
    /** The members with a network in the sector; [] in a compact report (it names the sectors only). */
    readonly members: readonly Named[];
    readonly linked: boolean | null;
  }[];
  readonly pairs: readonly {
    readonly a: Named;
    readonly b: Named;
    readonly synergy: number;
    readonly duplication: number;
  }[];
  /** How many pairs of members are present (null in older baselines). */
  readonly pairsTotal: number | null;
  /** The country's top-level areas (provinces, states); [] without areas. */
  readonly areas: readonly AreaRow[];
  /** How many areas lie below the top-level ones. */
  readonly subAreas: number;
}

/** A recommendation resolved to display text. `evidence` holds at most {@link EVIDENCE_SHOWN} `file:line` strings. */
export interface RecommendationRow {
  readonly rank: number;
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly score: number;
  readonly members: readonly Named[];
  readonly country: Named | null;
  /** Every country the recommendation is about (its country and those its rationale names), sorted by name; [] = no particular country. */
  readonly where: readonly Named[];
  /** The areas of `country` the recommendation names ([] when none). */
  readonly areas: readonly Named[];
  readonly sector: Named | null;
  readonly themes: readonly Named[];
  readonly rationale: string;
  /** The numbers behind the rationale (levels, synergy), for a tooltip; '' when the item has none. */
  readonly detail: string;
  readonly evidence: readonly string[];
  readonly evidenceMore: number;
}

/** A partner of a member and the pair's value. */
export interface PartnerValue {
  readonly partner: Named;
  readonly value: number;
}

/** One member's strongest synergy partners and the members it most risks duplicating. */
export interface MemberPartnersRow {
  readonly member: Named;
  readonly synergy: readonly PartnerValue[];
  readonly duplication: readonly PartnerValue[];
}

/** Warnings of one code: how many, and the first few. */
export interface WarningGroup {
  readonly code: string;
  readonly count: number;
  readonly examples: readonly IngestIssue[];
}

/** Everything a report shows, in one language; strings unescaped. */
export interface ReportModel {
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  readonly counts: {
    readonly members: number;
    readonly countries: number;
    readonly recommendations: number;
    readonly rejected: number;
    readonly warnings: number;
  };
  readonly members: readonly MemberRow[];
  /** Where the member counts come from: the baseline's records, or (without them) the country views. */
  readonly memberCounts: 'records' | 'countryViews';
  /**
   * Whether expertise rows say where members work on their themes ('linked'), none does ('none'),
   * or an older baseline without records does not tell ('unknown').
   */
  readonly themePlaces: 'linked' | 'none' | 'unknown';
  /** Whether some sectors row names its countries (null: an older baseline that does not tell). */
  readonly sectorPlaces: boolean | null;
  readonly themeCoverage: readonly CoverageRow[];
  readonly sectorCoverage: readonly CoverageRow[];
  readonly topSynergies: readonly PairRow[];
  readonly topDuplications: readonly PairRow[];
  /** How the top pair lists were chosen: the most pairs per member (null: no limit), members left out for lack of expertise data. */
  /**
   * How the top pair lists were cut (see topPairsNote); `listed` is the k of the top shape (the
   * CSV files then hold each member's k strongest partners), null when the matrices are full.
   */
  readonly topPairsLimits: {
    readonly perMember: number | null;
    readonly withoutExpertise: number;
    readonly listed?: number | null;
  };
  /**
   * More members than a heatmap shows (FOCUS_MAX_MEMBERS, 40): the reports cut long lists to
   * {@link COMPACT_LIST_SHOWN} names and list each member's partners instead of grids.
   */
  readonly compact: boolean;
  /** Each member's {@link PARTNERS_SHOWN} strongest partners in a compact report; null otherwise. */
  readonly partnersPerMember: readonly MemberPartnersRow[] | null;
  readonly countries: readonly CountryRow[];
  /** The world map's numbers: one row per country with members or recommendations, sorted by name. */
  readonly map: readonly MapCountryRow[];
  /** Dimensions without any data (no member has a row): the files to add. */
  readonly missing: readonly Dimension[];
  readonly recommendations: readonly RecommendationRow[];
  /** Recommendations that scored but were not listed (baseline.json `moreRecommendations`), per kind. */
  readonly moreRecommendations: readonly MoreRecommendationsRow[];
  /** Items of `moreRecommendations` merged into a listed recommendation (not in the rows above). */
  readonly mergedRecommendations: number;
  /** Who funds the members (version 2 baselines with funders.csv); never members. */
  readonly funders: readonly FunderRow[];
  /** True when some theme rests on observed activity: the reports then show each theme's evidence. */
  readonly observedEvidence: boolean;
  /** True when every theme in every country rests on observed activity only (no member rated any): names go without "(observed)". */
  readonly allObserved: boolean;
  readonly files: readonly FileReport[];
  readonly rejected: readonly IngestIssue[];
  readonly warningGroups: readonly WarningGroup[];
  readonly emptyProfiles: readonly {
    readonly dimension: Dimension;
    readonly label: string;
    readonly members: readonly Named[];
  }[];
  /** Members with short (unreliable) profiles per dimension, and the threshold. */
  readonly shortProfiles: {
    readonly minCategories: number;
    readonly dimensions: readonly {
      readonly dimension: Dimension;
      readonly label: string;
      readonly members: readonly Named[];
    }[];
  } | null;
  readonly schemaVersion: number;
}

/**
 * One kind of the recommendations that scored but were not listed: how many, and the first
 * {@link MORE_RECOMMENDATIONS_SHOWN} in baseline order.
 *
 * @example
 * const row: MoreRecommendationsRow | undefined = buildReportModel(json).moreRecommendations[0];
 * row?.count; // => 2
 */
export interface MoreRecommendationsRow {
  readonly kind: string;
  readonly kindLabel: string;
  readonly count: number;
  readonly first: readonly {
    readonly members: readonly Named[];
    readonly where: readonly Named[];
    readonly sector: Named | null;
    readonly score: number;
  }[];
}

/**
 * Items shown per kind in the reports' "More recommendations".
 *
 * @example
 * MORE_RECOMMENDATIONS_SHOWN; // => 3
 */
export const MORE_RECOMMENDATIONS_SHOWN = 3;

/** Resolved options, validated. */
export interface ResolvedReportOptions {
  readonly lang: Lang;
  readonly top: number;
  readonly title: string;
}

/**
 * Validates report options and fills in the defaults.
 *
 * @throws {OptionsError} for an unknown `lang` or a `top` that is not an integer >= 0 (or Infinity).
 * @example
 * resolveReportOptions({ lang: 'nl' }); // => { lang: 'nl', top: 10, title: 'Synergie-nulmeting van het partnerschap' }
 */
export function resolveReportOptions(options: ReportOptions = {}): ResolvedReportOptions {
  checkOptionKeys(options, REPORT_OPTION_KEYS);
  const { lang = DEFAULT_REPORT_OPTIONS.lang, top = DEFAULT_REPORT_OPTIONS.top, title } = options;
  if (!REPORT_LANGS.includes(lang)) {
    throw new OptionsError(
      'lang',
      `lang must be one of ${REPORT_LANGS.join(', ')}; got ${JSON.stringify(lang)}.`,
    );
  }
  if (!(top === Number.POSITIVE_INFINITY || (Number.isInteger(top) && top >= 0))) {
    throw new OptionsError('top', `top must be an integer >= 0 or Infinity; got ${top}.`);
  }
  return { lang, top, title: title ?? t(lang, 'title') };
}

/**
 * `file:line`, or just `file` for file-level issues (line 0).
 *
 * @example
 * formatWhere('geography.csv', 9); // => 'geography.csv:9'
 * formatWhere('sectors.csv', 0); // => 'sectors.csv'
 */
export function formatWhere(file: string, line: number): string {
  return line > 0 ? `${file}:${line}` : file;
}

function sortedKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** The baseline's member ids and the position of each. */
interface MemberIndex {
  readonly ids: readonly string[];
  readonly position: ReadonlyMap<string, number>;
}

function memberIndex(baseline: BaselineJson): MemberIndex {
  const ids = baseline.members.map((m) => m.id);
  return { ids, position: indexOfIds(ids) };
}

/**
 * Member ids deduplicated and in baseline member order, unknown ids after them in code-unit
 * order: a sort of positions (integers), not a comparison of strings through a map per pair.
 */
function memberOrder({ ids, position }: MemberIndex): (ids: Iterable<string>) => string[] {
  return (list) => {
    const known: number[] = [];
    const unknown: string[] = [];
    for (const id of new Set(list)) {
      const at = position.get(id);
      if (at === undefined) unknown.push(id);
      else known.push(at);
    }
    const sorted = Int32Array.from(known).sort();
    const out = new Array<string>(sorted.length);
    for (let i = 0; i < sorted.length; i++) out[i] = ids[sorted[i]!]!;
    return unknown.length === 0 ? out : out.concat(unknown.sort());
  };
}

function countryViews(baseline: BaselineJson): CountryView[] {
  return sortedKeys(baseline.countries).map((code) => baseline.countries[code]!);
}

function buildMembers(baseline: BaselineJson, lang: Lang, look: Lookup, views: CountryView[]): MemberRow[] {
  const themes = new Map<string, Set<string>>();
  const sectors = new Map<string, Set<string>>();
  const countries = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, id: string, value: string): void => {
    let set = map.get(id);
    if (set === undefined) {
      set = new Set();
      map.set(id, set);
    }
    set.add(value);
  };
  if (baseline.records) {
    // The normalised records say exactly what each member brings.
    // A rated theme counts from level 1; an observed theme (no level) counts.
    for (const r of baseline.records.expertise) if (r.level !== 0) add(themes, r.member, r.theme);
    for (const r of baseline.records.geography) add(countries, r.member, r.country);
    for (const r of baseline.records.sectors) add(sectors, r.member, r.sector);
  } else {
    // Older or hand-made baselines: what a member covers in the countries where it is present.
    for (const view of views) {
      for (const m of view.members) add(countries, m.id, view.country);
      for (const th of view.themes) for (const id of th.members) add(themes, id, th.theme);
      for (const s of view.sectors) for (const id of s.members) add(sectors, id, s.sector);
    }
  }
  const empty = {
    expertise: new Set(baseline.emptyProfiles.expertise),
    geography: new Set(baseline.emptyProfiles.geography),
    sectors: new Set(baseline.emptyProfiles.sectors),
  };
  return baseline.members.map((m) => ({
    id: m.id,
    name: look.member(m.id),
    type: m.scope
      ? `${tValue(lang, 'type', m.type)}, ${tValue(lang, 'scope', m.scope)}`
      : tValue(lang, 'type', m.type),
    hq: m.country === null ? null : look.country(m.country),
    role: tValue(lang, 'role', m.role),
    themes: empty.expertise.has(m.id) ? null : (themes.get(m.id)?.size ?? 0),
    countries: empty.geography.has(m.id) ? null : (countries.get(m.id)?.size ?? 0),
    sectors: empty.sectors.has(m.id) ? null : (sectors.get(m.id)?.size ?? 0),
  }));
}

/** What {@link buildCoverage} gathers of one theme or sector. */
interface CoverageAcc {
  maxLevel: number;
  rated: boolean;
  observed: boolean;
  /** Per member position: 1 = listed on the row, 2 = observed working on it (a rated theme). */
  readonly marks: Uint8Array;
  /** Listed members that are not in the baseline's members (none in a baseline the tool wrote). */
  readonly unknown: Set<string>;
  readonly unknownObserved: Set<string>;
  listed: number;
  /** Countries in name order (views are visited in that order), each once. */
  readonly countries: Named[];
}

/**
 * Coverage of each theme or sector across the views. Members are marked by their position in
 * the baseline (no set of strings per row), so each row's members come out in member order.
 */
function buildCoverage(
  views: CountryView[],
  kind: 'theme' | 'sector',
  names: ReportNames,
  members: MemberIndex,
): CoverageRow[] {
  const { ids, position } = members;
  const acc = new Map<string, CoverageAcc>();
  const rowOf = (id: string, level: number): CoverageAcc => {
    let row = acc.get(id);
    if (row === undefined) {
      row = {
        maxLevel: level,
        rated: false,
        observed: false,
        marks: new Uint8Array(ids.length),
        unknown: new Set(),
        unknownObserved: new Set(),
        listed: 0,
        countries: [],
      };
      acc.set(id, row);
    }
    return row;
  };
  const list = (row: CoverageAcc, id: string): void => {
    const at = position.get(id);
    if (at === undefined) row.unknown.add(id);
    else if ((row.marks[at]! & 1) === 0) {
      row.marks[at] = row.marks[at]! | 1;
      row.listed++;
    }
  };
  const inCountry = (row: CoverageAcc, country: Named): void => {
    if (row.countries[row.countries.length - 1] !== country) row.countries.push(country);
  };
  // Views in country name order: each row's countries come sorted.
  const byCode = new Map(views.map((v) => [v.country, v]));
  for (const c of names.countries(byCode.keys())) {
    const view = byCode.get(c.id)!;
    if (kind === 'theme') {
      for (const x of view.themes) {
        const row = rowOf(x.theme, x.maxLevel ?? 0);
        row.maxLevel = Math.max(row.maxLevel, x.maxLevel ?? 0);
        row.rated ||= x.maxLevel !== null;
        const observed = x.observed ?? [];
        row.observed ||= observed.length > 0;
        for (const id of x.members) list(row, id);
        if (x.maxLevel !== null) {
          for (const id of observed) {
            const at = position.get(id);
            if (at === undefined) row.unknownObserved.add(id);
            else row.marks[at] = row.marks[at]! | 2;
          }
        }
        inCountry(row, c);
      }
    } else {
      for (const x of view.sectors) {
        const row = rowOf(x.sector, 0);
        for (const id of x.members) list(row, id);
        // A sector is in a country only where a sectors row names it (older baselines: present).
        if (x.linked === undefined || x.linked.length > 0) inCountry(row, c);
      }
    }
  }
  const label = kind === 'theme' ? names.theme : names.sector;
  const rows: CoverageRow[] = [];
  for (const [id, row] of acc) {
    // Known members in member order, then unknown ids in code-unit order (as memberOrder).
    const listed: Named[] = [];
    const observed: Named[] = [];
    for (let at = 0; at < ids.length; at++) {
      const mark = row.marks[at]!;
      if (mark & 1) listed.push(names.named(ids[at]!));
      else if (mark !== 0) observed.push(names.named(ids[at]!));
    }
    for (const m of [...row.unknown].sort()) listed.push(names.named(m));
    const observedOnly = [...row.unknownObserved].filter((m) => !row.unknown.has(m)).sort();
    for (const m of observedOnly) observed.push(names.named(m));
    rows.push({
      id,
      label: label(id),
      maxLevel: kind === 'theme' && row.rated ? row.maxLevel : null,
      evidence: kind === 'sector' ? null : row.rated ? (row.observed ? 'both' : 'rated') : 'observed',
      members: listed,
      observed,
      countries: row.countries,
    });
  }
  return rows.sort((x, y) => {
    if (x.members.length !== y.members.length) return y.members.length - x.members.length;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}

/** The matrices the reports read, each read once (a top-shape reader builds its rows on use). */
interface ReportMatrices {
  readonly synergy: BaselineMatrix;
  readonly duplication: BaselineMatrix;
  readonly expertise: BaselineMatrix;
  /** The expertise overlap a top-shape pair matrix lists next to pair (i, j) of its rows, else null. */
  readonly listedOverlap: (which: 'synergy' | 'duplication', i: number, j: number) => number | null;
}

function reportMatrices(baseline: BaselineJson): ReportMatrices {
  const listedOverlap = (which: 'synergy' | 'duplication', i: number, j: number): number | null => {
    const m = baseline.matrices[which];
    if (!('valuesTop' in m) || m.valuesTop.expertiseOverlap === undefined) return null;
    const top = m.valuesTop;
    const inRow = (row: number, other: string) => {
      const at = top.partners[row]?.indexOf(other) ?? -1;
      return at < 0 ? undefined : top.expertiseOverlap?.[row]?.[at];
    };
    return inRow(i, m.ids[j] ?? '') ?? inRow(j, m.ids[i] ?? '') ?? null;
  };
  return {
    synergy: readBaselineMatrix(baseline, 'synergy'),
    duplication: readBaselineMatrix(baseline, 'duplication'),
    expertise: readBaselineMatrix(baseline, 'expertise.overlap'),
    listedOverlap,
  };
}

/** The most pairs per member in a list of `shown` pairs among `members`, or null (no limit). */
export function pairsPerMember(members: number, shown: number): number | null {
  return members > CAP_FROM_MEMBERS_PER_PAIR * shown ? PAIRS_PER_MEMBER : null;
}

function buildPairs(
  { synergy, duplication, expertise, listedOverlap }: ReportMatrices,
  which: 'synergy' | 'duplication',
  top: number,
  look: Lookup,
  noExpertise: readonly string[],
): PairRow[] {
  const source = which === 'synergy' ? synergy : duplication;
  if (source.shape === 'full') checkIdMatrix(source.full, which);
  const at = (m: BaselineMatrix, a: string, b: string) => m.value(m.indexOf(a), m.indexOf(b)) ?? null;
  // A member without expertise data has synergy = shared context with everyone: not a finding.
  const skip = new Set(noExpertise.map((id) => source.indexOf(id)).filter((i) => i >= 0));
  const perMember = pairsPerMember(source.ids.length, top);
  return strongestPairs(source, top, { skip, ...(perMember === null ? {} : { perMember }) }).map((p, n) => {
    const a = source.ids[p.i]!;
    const b = source.ids[p.j]!;
    const overlap = at(expertise, a, b) ?? listedOverlap(which, p.i, p.j);
    // The top shape keeps a pair's expertise overlap next to it: synergy = context x (1 - overlap)
    // and duplication = context x overlap give the other value and the context.
    const context = contextOf(at(synergy, a, b), at(duplication, a, b), overlap);
    return {
      rank: n + 1,
      a: { id: a, name: look.member(a) },
      b: { id: b, name: look.member(b) },
      value: p.value,
      context,
      expertiseOverlap: overlap,
    };
  });
}

/** Shared context = synergy + duplication, from both or from one with the expertise overlap. */
function contextOf(s: number | null, d: number | null, overlap: number | null): number | null {
  if (s !== null && d !== null) return s + d;
  if (s !== null && overlap !== null && overlap < 1) return s / (1 - overlap);
  if (d !== null && overlap !== null && overlap > 0) return d / overlap;
  return null;
}

function buildPartnersPerMember(
  baseline: BaselineJson,
  { synergy, duplication }: ReportMatrices,
  look: Lookup,
): MemberPartnersRow[] {
  const partners = (m: BaselineMatrix, id: string): PartnerValue[] =>
    m.partners(m.indexOf(id), PARTNERS_SHOWN).map((p) => {
      const partner = m.ids[p.j]!;
      return { partner: { id: partner, name: look.member(partner) }, value: p.value };
    });
  return baseline.members.map((m) => ({
    member: { id: m.id, name: look.member(m.id) },
    synergy: partners(synergy, m.id),
    duplication: partners(duplication, m.id),
  }));
}

/** The lookup with shared `{ id, name }` objects of members and a sorter of countries by name. */
interface ReportNames extends Lookup {
  readonly named: (id: string) => Named;
  readonly countries: (codes: Iterable<string>) => Named[];
}

/** `{ id, name }` of an id, one shared (read-only) object per id. */
function namedBy(name: (id: string) => string): (id: string) => Named {
  const made = new Map<string, Named>();
  return (id) => {
    let n = made.get(id);
    if (n === undefined) {
      n = { id, name: name(id) };
      made.set(id, n);
    }
    return n;
  };
}

/** Most pairs one member is in among the top pairs of a large partnership (the country lists: one). */
export const PAIRS_PER_MEMBER = 2;

/**
 * A list of pairs is capped per member only when the members are many more than the pairs shown
 * (this many times): a small partnership sees all its strongest pairs, a 3W table of hundreds of
 * organisations does not see one organisation fill the list.
 */
const CAP_FROM_MEMBERS_PER_PAIR = 4;

/**
 * The strongest pairs of a country view to show: synergy above 0, no member without expertise
 * data (its synergy would only say that the two share a place), at most COUNTRY_PAIRS_SHOWN; in a
 * country with many members present, each member once.
 */
function shownPairs(
  pairs: CountryView['pairs'],
  noExpertise: ReadonlySet<string>,
  present: number,
): CountryView['pairs'][number][] {
  const ordered = pairs
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => p.synergy > 0 && !noExpertise.has(p.a) && !noExpertise.has(p.b))
    .sort((x, y) => y.p.synergy - x.p.synergy || x.index - y.index)
    .map(({ p }) => p);
  const perMember = pairsPerMember(present, COUNTRY_PAIRS_SHOWN) === null ? Number.POSITIVE_INFINITY : 1;
  return takeWithLimit(ordered, COUNTRY_PAIRS_SHOWN, perMember, (p) => [p.a, p.b]);
}

function buildCountries(
  views: CountryView[],
  lang: Lang,
  names: ReportNames,
  levels: ThemeLevels,
  compact: boolean,
  noExpertise: ReadonlySet<string>,
): CountryRow[] {
  const look = names;
  const named = names.named;
  const theme = namedBy(look.theme);
  const order = new Map(names.countries(views.map((v) => v.country)).map((c, i) => [c.id, i]));
  const sorted = [...views].sort((x, y) => order.get(x.country)! - order.get(y.country)!);
  // Only what the report shows is resolved: a compact report shows the first few of a list.
  const shown = <T, U>(list: readonly T[], make: (item: T) => U): Shown<U> => {
    const { items, more } = shownItems(list, compact);
    return { items: items.map(make), more };
  };
  return sorted.map((view) => ({
    code: view.country,
    name: look.country(view.country),
    members: shown(view.members, (m) => ({
      member: named(m.id),
      presence: tValue(lang, 'presence', m.presence),
      partners: m.partners.map((p) => clipDisplay(p)),
    })),
    themes: shown(view.themes, (x) => ({
      theme: theme(x.theme),
      maxLevel: x.maxLevel,
      members: x.members.map(named),
      evidence: x.evidence ?? 'rated',
      observed: x.evidence === 'both' ? (x.observed ?? []).map(named) : [],
      all: shownItems(themeMembers(x, named, levels(view.country, null, x.theme)), compact),
    })),
    duplicated: view.duplicated.map(theme),
    missing: missingThemes(view, theme),
    focus: view.focus === undefined ? 'unknown' : view.focus.length > 0 ? 'declared' : 'none',
    levels: view.levels ?? { coverage: 3, duplication: 4 },
    sharedPartners: view.sharedPartners.map((p) => ({
      partner: clipDisplay(p.partner),
      variants: p.variants.filter((v) => v !== p.partner).map((v) => clipDisplay(v)),
      members: p.members.map(named),
    })),
    sectors: view.sectors.map((s) => ({
      sector: { id: s.sector, name: look.sector(s.sector) },
      members: compact ? [] : s.members.map(named),
      linked: s.linked === undefined ? null : s.linked.length > 0,
    })),
    pairsTotal: view.pairsTotal ?? null,
    pairs: shownPairs(view.pairs, noExpertise, view.members.length).map((p) => ({
      a: named(p.a),
      b: named(p.b),
      synergy: p.synergy,
      duplication: p.duplication,
    })),
    ...areasOf(view, lang, look),
  }));
}

/** A view's missing focus themes, each with the highest level a member present has on it. */
function missingThemes(view: CountryView, theme: (id: string) => Named): CountryRow['missing'] {
  if (view.missing.length === 0) return [];
  const best = new Map<string, number | null>();
  for (const x of view.themes) if (!best.has(x.theme)) best.set(x.theme, x.maxLevel);
  return view.missing.map((id) => ({ ...theme(id), best: best.get(id) ?? null }));
}

/**
 * Every member of a theme with its level: the rated ones (all of them: listed in a version 3
 * baseline, from the records in version 4; without records or in a version 1 or 2 baseline only
 * those at the highest level), then the observed ones (level null).
 */
function themeMembers(
  x: CountryView['themes'][number],
  named: (id: string) => Named,
  fromRecords: readonly MemberLevel[] | undefined,
): { member: Named; level: number | null }[] {
  const all: { member: Named; level: number | null }[] = [];
  const rated = x.rated ?? fromRecords;
  if (rated !== undefined) for (const r of rated) all.push({ member: named(r.id), level: r.level });
  else if (x.maxLevel !== null)
    for (const id of x.members) all.push({ member: named(id), level: x.maxLevel });
  const observed = x.observed ?? [];
  if (observed.length === 0) return all;
  const seen = new Set(all.map((r) => r.member.id));
  for (const id of observed) if (!seen.has(id)) all.push({ member: named(id), level: null });
  return all;
}

function areasOf(view: CountryView, lang: Lang, look: Lookup): { areas: AreaRow[]; subAreas: number } {
  const areas = areaRows(view.areas ?? [], lang, look);
  return { areas, subAreas: areas.reduce((n, a) => n + a.below, 0) };
}

function buildRecommendations(
  baseline: BaselineJson,
  lang: Lang,
  top: number,
  look: ReportNames,
): RecommendationRow[] {
  return baseline.recommendations.slice(0, top).map((r, n) => ({
    rank: n + 1,
    id: r.id,
    kind: r.kind,
    kindLabel: kindTitle(r.kind, lang),
    score: r.score,
    members: r.members.map((id) => ({ id, name: look.member(id) })),
    country: r.country === null ? null : { id: r.country, name: look.country(r.country) },
    where: look.countries(recommendationCountries(r)),
    areas: (r.areas ?? []).map((id) => ({ id, name: look.area(r.country, id) })),
    sector: r.sector === null ? null : { id: r.sector, name: look.sector(r.sector) },
    themes: r.themes.map((id) => ({ id, name: look.theme(id) })),
    rationale: r.rationale,
    detail: r.detail ?? '',
    evidence: r.evidence.slice(0, EVIDENCE_SHOWN).map((e) => formatWhere(e.file, e.line)),
    evidenceMore: Math.max(0, r.evidence.length - EVIDENCE_SHOWN),
  }));
}

/** The not-merged `moreRecommendations` per kind (kinds in order of their first item). */
function buildMoreRecommendations(
  baseline: BaselineJson,
  lang: Lang,
  look: ReportNames,
): MoreRecommendationsRow[] {
  const rows = new Map<string, { count: number; first: MoreRecommendationsRow['first'][number][] }>();
  for (const r of baseline.moreRecommendations ?? []) {
    if (r.mergedInto !== undefined) continue;
    let row = rows.get(r.kind);
    if (row === undefined) {
      row = { count: 0, first: [] };
      rows.set(r.kind, row);
    }
    row.count++;
    if (row.first.length < MORE_RECOMMENDATIONS_SHOWN) {
      row.first.push({
        members: r.members.map((id) => ({ id, name: look.member(id) })),
        where: look.countries(recommendationCountries(r)),
        sector: r.sector === null ? null : { id: r.sector, name: look.sector(r.sector) },
        score: r.score,
      });
    }
  }
  return [...rows].map(([kind, row]) => ({ kind, kindLabel: kindTitle(kind, lang), ...row }));
}

/**
 * Whether the only dimension without data is sectors and every theme is observed (a 3W or IATI
 * import): such sources never say anything about sector networks, so the report says so in a
 * note instead of asking for a file as for a partnership that left one out.
 *
 * @example
 * onlySectorsOfObservedData({ missing: ['sectors'], allObserved: true }); // => true
 */
export function onlySectorsOfObservedData(model: Pick<ReportModel, 'missing' | 'allObserved'>): boolean {
  return model.allObserved && model.missing.length === 1 && model.missing[0] === 'sectors';
}

/**
 * The dimensions nobody has data in (every member's profile is empty there), in pipeline
 * order: the report says which file adds each. None for a partnership without members.
 *
 * @example
 * missingDimensions(membersOnlyBaseline); // => ['expertise', 'geography', 'sectors']
 */
export function missingDimensions(baseline: BaselineJson): Dimension[] {
  if (baseline.members.length === 0) return [];
  const dims: Dimension[] = ['expertise', 'geography', 'sectors'];
  return dims.filter((d) => {
    const empty = new Set(baseline.emptyProfiles[d]);
    return baseline.members.every((m) => empty.has(m.id));
  });
}

function buildWarningGroups(warnings: readonly IngestIssue[]): WarningGroup[] {
  const groups = new Map<string, IngestIssue[]>();
  for (const w of warnings) {
    const list = groups.get(w.code);
    if (list === undefined) groups.set(w.code, [w]);
    else list.push(w);
  }
  return [...groups.entries()]
    .map(([code, list]) => ({ code, count: list.length, examples: list.slice(0, WARNING_EXAMPLES) }))
    .sort((x, y) => y.count - x.count || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}

function buildSummary(lang: Lang, counts: ReportModel['counts']): string {
  const first = t(lang, 'summary', {
    members: tn(lang, 'count.members', counts.members),
    countries: tn(lang, 'count.countries', counts.countries),
    recommendations: tn(lang, 'count.recommendations', counts.recommendations),
  });
  const second =
    counts.rejected + counts.warnings === 0
      ? t(lang, 'summary.clean')
      : t(lang, 'summary.problems', {
          rejected: tn(lang, 'count.rejected', counts.rejected),
          warnings: tn(lang, 'count.warnings', counts.warnings),
          section: t(lang, 'section.problems'),
        });
  return `${first} ${second}`;
}

/**
 * Derives the report model of a baseline: member table, theme and sector
 * coverage (from the country views), the strongest synergy and duplication
 * pairs (upper triangle, value > 0, ties by index), country sections, the
 * first `top` recommendations (in baseline order, which is their rank) and the
 * ingestion problems, all with display names in `lang`. Above 40 members the
 * model is `compact`: renderers cut long lists and show `partnersPerMember`.
 * Reads both matrix shapes of baseline.json. Pure; does not mutate the
 * baseline. Cost O(n²) for the pair lists (O(n k) in the top shape) plus
 * linear in the rest.
 *
 * @param baseline - A baseline.json object (schema version 1).
 * @param options - See {@link ReportOptions}; defaults in {@link DEFAULT_REPORT_OPTIONS}.
 * @throws {OptionsError} for invalid options; {@link PartnerSynergyError} `E_SCHEMA` for a malformed matrix.
 * @example
 * const model = buildReportModel(baseline, { lang: 'nl', top: 5 });
 * model.topSynergies[0]; // => { rank: 1, a: { id: 'mvn', name: '…' }, b: …, value: 0.41, … }
 */
export function buildReportModel(baseline: BaselineJson, options: ReportOptions = {}): ReportModel {
  const { lang, top, title } = resolveReportOptions(options);
  const look = createLookup(baseline, lang);
  const names: ReportNames = {
    ...look,
    named: namedBy(look.member),
    countries: nameSorter(lang, look.country, Object.keys(baseline.countries)),
  };
  const index = memberIndex(baseline);
  const order = memberOrder(index);
  const views = countryViews(baseline);
  const counts = {
    members: baseline.members.length,
    countries: views.length,
    recommendations: baseline.recommendations.length,
    rejected: baseline.ingest.rejected.length,
    warnings: baseline.ingest.warnings.length,
  };
  const dimensions: Dimension[] = ['expertise', 'geography', 'sectors'];
  const compact = baseline.members.length > FOCUS_MAX_MEMBERS;
  const matrices = reportMatrices(baseline);
  return {
    lang,
    title,
    summary: buildSummary(lang, counts),
    counts,
    members: buildMembers(baseline, lang, look, views),
    memberCounts: baseline.records ? 'records' : 'countryViews',
    themePlaces: baseline.records
      ? baseline.records.expertise.some((e) => e.country !== undefined)
        ? 'linked'
        : 'none'
      : 'unknown',
    sectorPlaces: views.some((v) => v.sectors.some((x) => x.linked === undefined))
      ? null
      : views.some((v) => v.sectors.some((x) => (x.linked?.length ?? 0) > 0)),
    themeCoverage: buildCoverage(views, 'theme', names, index),
    sectorCoverage: buildCoverage(views, 'sector', names, index),
    topSynergies: buildPairs(matrices, 'synergy', top, look, baseline.emptyProfiles.expertise),
    topDuplications: buildPairs(matrices, 'duplication', top, look, []),
    topPairsLimits: {
      perMember: pairsPerMember(baseline.members.length, top),
      withoutExpertise: baseline.emptyProfiles.expertise.length,
      listed: matrices.synergy.k,
    },
    compact,
    partnersPerMember: compact ? buildPartnersPerMember(baseline, matrices, look) : null,
    countries: buildCountries(
      views,
      lang,
      names,
      themeLevelsFromRecords(baseline),
      compact,
      new Set(baseline.emptyProfiles.expertise),
    ),
    map: buildMapRows(baseline, lang, look),
    missing: missingDimensions(baseline),
    recommendations: buildRecommendations(baseline, lang, top, names),
    moreRecommendations: buildMoreRecommendations(baseline, lang, names),
    mergedRecommendations: (baseline.moreRecommendations ?? []).filter((r) => r.mergedInto !== undefined)
      .length,
    funders: funderRows(baseline, lang, look),
    observedEvidence: views.some((v) =>
      v.themes.some((x) => x.evidence === 'observed' || x.evidence === 'both'),
    ),
    allObserved:
      views.some((v) => v.themes.length > 0) &&
      views.every((v) => v.themes.every((x) => x.evidence === 'observed')),
    files: baseline.ingest.files,
    rejected: baseline.ingest.rejected,
    warningGroups: buildWarningGroups(baseline.ingest.warnings),
    emptyProfiles: dimensions
      .filter((d) => baseline.emptyProfiles[d].length > 0)
      .map((d) => ({
        dimension: d,
        label: t(lang, `dimension.${d}`),
        members: order(baseline.emptyProfiles[d]).map((id) => ({ id, name: look.member(id) })),
      })),
    shortProfiles: baseline.shortProfiles
      ? {
          minCategories: baseline.shortProfiles.minCategories,
          dimensions: dimensions
            .filter((d) => (baseline.shortProfiles?.[d].length ?? 0) > 0)
            .map((d) => ({
              dimension: d,
              label: t(lang, `dimension.${d}`),
              members: order(baseline.shortProfiles?.[d] ?? []).map((id) => ({ id, name: look.member(id) })),
            })),
        }
      : null,
    schemaVersion: baseline.schemaVersion,
  };
}
