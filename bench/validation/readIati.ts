/**
 * A small reader of the IATI East Africa health sample (three linked CSV tables: activities,
 * participating organisations, activity countries) into plain activity records for the validation
 * study. It reads the tables with the library's own CSV parser and only keeps what the study needs:
 * the start date, recipient countries (and sub-national areas where a source has them), DAC purpose
 * codes and the participating organisations with their roles. Every row is used or counted as
 * skipped with a reason (used + skipped = rows, per file).
 * @module
 */
import type { RawTable } from '../../src/index.js';
import { foldText, parseTable } from '../../src/parts.js';

/** IATI participating-organisation roles (codelist OrganisationRole: 1 funding ... 4 implementing) plus the publisher. */
export type Role = 'reporting' | 'funding' | 'accountable' | 'extending' | 'implementing';

/** One organisation named in an activity. */
export interface Participant {
  /** Identity: the IATI org ref when given, else the ref the same folded name has elsewhere, else `name:` + folded name. */
  readonly key: string;
  readonly role: Role;
}

/** A sub-national place of an activity (p-code or name, inside a country). */
export interface ActivityArea {
  readonly country: string;
  readonly area: string;
}

/** One IATI activity as the study needs it. */
export interface Activity {
  readonly id: string;
  /** Start date YYYY-MM-DD: the actual start date, else the planned one. */
  readonly start: string;
  /** Recipient countries, ISO alpha-2, sorted, no duplicates. */
  readonly countries: readonly string[];
  /** Sub-national areas where the source has them (the health sample has none). */
  readonly areas: readonly ActivityArea[];
  /** DAC 5-digit purpose codes, sorted, no duplicates. */
  readonly purposeCodes: readonly string[];
  /** DAC 3-digit categories (of the purpose codes, plus any 3-digit code given alone), sorted. */
  readonly categories: readonly string[];
  /** Participating organisations, sorted by key then role, no duplicate (key, role). */
  readonly participants: readonly Participant[];
}

/** An organisation met in the files. */
export interface Organisation {
  readonly key: string;
  /** The most frequent spelling (ties: the first in code-unit order). */
  readonly name: string;
  /** IATI organisation type code ('10' government, '21' international NGO, ...), '' when unknown. */
  readonly type: string;
}

/** Per file: rows read, used, and skipped by reason. */
export interface FileCount {
  readonly rows: number;
  readonly used: number;
  readonly skipped: Readonly<Record<string, number>>;
}

/** What readIatiSample returns. */
export interface IatiSample {
  readonly activities: readonly Activity[];
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly files: Readonly<Record<string, FileCount>>;
}

/** The three tables (text or bytes) and, optionally, the IATI ReportingOrganisation codelist. */
export interface IatiSampleInput {
  readonly projects: string | Uint8Array;
  readonly organisations: string | Uint8Array;
  readonly countries?: string | Uint8Array;
  readonly reportingOrgCodelist?: string | Uint8Array;
  /** File names for messages and counts. Default iati_health_projects.csv, organisations.csv, activity_countries.csv. */
  readonly names?: { readonly projects: string; readonly organisations: string; readonly countries: string };
}

const DEFAULT_NAMES = {
  projects: 'iati_health_projects.csv',
  organisations: 'organisations.csv',
  countries: 'activity_countries.csv',
} as const;

const ROLE_WORDS: Readonly<Record<string, Role>> = {
  reporting: 'reporting',
  funding: 'funding',
  '1': 'funding',
  accountable: 'accountable',
  '2': 'accountable',
  extending: 'extending',
  '3': 'extending',
  implementing: 'implementing',
  '4': 'implementing',
};

/** A table with columns looked up by exact header name; a missing column is a clear error. */
function table(input: string | Uint8Array, file: string, columns: readonly string[]) {
  const t: RawTable = parseTable(input, { file, limits: { maxBytes: 64 * 1024 * 1024 } });
  const index = new Map<string, number>();
  for (const c of columns) {
    const i = t.header.indexOf(c);
    if (i < 0) throw new Error(`${file}: column "${c}" not found (header: ${t.header.join(', ')}).`);
    index.set(c, i);
  }
  const cell = (cells: readonly string[], c: string): string => (cells[index.get(c)!] ?? '').trim();
  return { t, cell, unparsed: t.rejected.filter((i) => i.line > 0).length };
}

function bump(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

function listCell(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** DAC codes of a sector cell: 5-digit purpose codes and 3-digit categories (others ignored). */
export function dacCodes(cell: string): { purposeCodes: string[]; categories: string[] } {
  const purpose: string[] = [];
  const categories: string[] = [];
  for (const code of listCell(cell)) {
    if (/^\d{5}$/.test(code)) {
      purpose.push(code);
      categories.push(code.slice(0, 3));
    } else if (/^\d{3}$/.test(code)) categories.push(code);
  }
  return { purposeCodes: sortedUnique(purpose), categories: sortedUnique(categories) };
}

/** A start date YYYY-MM-DD from the first cell that starts with one, else null. */
export function startDate(...cells: readonly string[]): string | null {
  for (const c of cells) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(c);
    if (m) return m[1]!;
  }
  return null;
}

interface OrgRow {
  readonly activity: string;
  readonly ref: string;
  readonly name: string;
  readonly role: Role;
  readonly type: string;
}

/**
 * Organisation identity: the ref when the row has one; else, when the folded name is written with
 * exactly one ref elsewhere in the file, that ref; else `name:` + the folded name.
 */
export function orgKeys(rows: readonly Pick<OrgRow, 'ref' | 'name'>[]): string[] {
  const refsByName = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.ref === '') continue;
    const folded = foldText(r.name);
    const set = refsByName.get(folded) ?? new Set<string>();
    set.add(r.ref);
    refsByName.set(folded, set);
  }
  return rows.map((r) => {
    if (r.ref !== '') return r.ref;
    const folded = foldText(r.name);
    const refs = refsByName.get(folded);
    return refs?.size === 1 ? [...refs][0]! : `name:${folded}`;
  });
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, n] of [...counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (n > bestCount) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Refs of DAC channel-of-delivery categories (XM-DAC-21000 "international NGO", XM-DAC-22000
 * "donor country-based NGO", XM-DAC-51000 "university ..."): placeholders that stand for many
 * organisations, so they cannot be one peer.
 */
export function isChannelCategory(ref: string): boolean {
  return /^XM-DAC-\d{2}000$/.test(ref);
}

function readOrgRows(input: string | Uint8Array, known: ReadonlySet<string>, file: string) {
  const { t, cell, unparsed } = table(input, file, [
    'activity_id',
    'org_ref',
    'org_name',
    'role',
    'org_type',
  ]);
  const skipped: Record<string, number> = {};
  if (unparsed > 0) skipped['unparsable row'] = unparsed;
  const rows: OrgRow[] = [];
  for (const r of t.rows) {
    const activity = cell(r.cells, 'activity_id');
    const role = ROLE_WORDS[cell(r.cells, 'role').toLowerCase()];
    const ref = cell(r.cells, 'org_ref');
    const name = cell(r.cells, 'org_name').replace(/\s+/g, ' ');
    if (!known.has(activity)) bump(skipped, 'activity not in the activity table (or without a start date)');
    else if (role === undefined) bump(skipped, 'unknown role');
    else if (ref === '' && foldText(name) === '') bump(skipped, 'no organisation ref or name');
    else if (isChannelCategory(ref))
      bump(skipped, 'a DAC channel category ref (e.g. XM-DAC-22000), not an organisation');
    else rows.push({ activity, ref, name, role, type: cell(r.cells, 'org_type') });
  }
  return { rows, count: { rows: t.totalRows, used: rows.length, skipped } };
}

function organisationsOf(
  rows: readonly OrgRow[],
  keys: readonly string[],
  codelistTypes: ReadonlyMap<string, string>,
) {
  const names = new Map<string, Map<string, number>>();
  const types = new Map<string, Map<string, number>>();
  rows.forEach((r, i) => {
    const key = keys[i]!;
    const n = names.get(key) ?? new Map<string, number>();
    n.set(r.name || r.ref, (n.get(r.name || r.ref) ?? 0) + 1);
    names.set(key, n);
    if (r.type !== '') {
      const t = types.get(key) ?? new Map<string, number>();
      t.set(r.type, (t.get(r.type) ?? 0) + 1);
      types.set(key, t);
    }
  });
  const out = new Map<string, Organisation>();
  for (const key of [...names.keys()].sort()) {
    const fromRows = types.get(key);
    const type = fromRows ? mostFrequent(fromRows) : (codelistTypes.get(key) ?? '');
    out.set(key, { key, name: mostFrequent(names.get(key)!), type });
  }
  return out;
}

/** Organisation type per ref from the IATI ReportingOrganisation codelist (column codeforiati:organisation-type-code). */
export function codelistTypes(input: string | Uint8Array | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (input === undefined) return out;
  const { t, cell } = table(input, 'ReportingOrganisation.csv', [
    'code',
    'codeforiati:organisation-type-code',
  ]);
  for (const r of t.rows) {
    const type = cell(r.cells, 'codeforiati:organisation-type-code');
    if (type !== '') out.set(cell(r.cells, 'code'), type);
  }
  return out;
}

function readCountries(input: string | Uint8Array | undefined, known: ReadonlySet<string>, file: string) {
  const byActivity = new Map<string, string[]>();
  if (input === undefined) return { byActivity, count: undefined };
  const { t, cell, unparsed } = table(input, file, ['activity_id', 'country_code']);
  const skipped: Record<string, number> = {};
  if (unparsed > 0) skipped['unparsable row'] = unparsed;
  let used = 0;
  for (const r of t.rows) {
    const activity = cell(r.cells, 'activity_id');
    const code = cell(r.cells, 'country_code').toUpperCase();
    if (!known.has(activity)) bump(skipped, 'activity not in the activity table (or without a start date)');
    else if (!/^[A-Z]{2}$/.test(code)) bump(skipped, 'not an ISO alpha-2 country code');
    else {
      byActivity.set(activity, [...(byActivity.get(activity) ?? []), code]);
      used++;
    }
  }
  return { byActivity, count: { rows: t.totalRows, used, skipped } };
}

interface ActivityRow {
  readonly id: string;
  readonly start: string;
  readonly countryCell: string;
  readonly sectorCell: string;
  readonly reportingRef: string;
  readonly reportingName: string;
}

function readActivities(input: string | Uint8Array, file: string) {
  const columns = [
    'iati_identifier',
    'reporting_org_ref',
    'reporting_org_name',
    'country_codes',
    'planned_start_date',
    'actual_start_date',
    'sector_codes',
  ];
  const { t, cell, unparsed } = table(input, file, columns);
  const skipped: Record<string, number> = {};
  if (unparsed > 0) skipped['unparsable row'] = unparsed;
  const rows = new Map<string, ActivityRow>();
  for (const r of t.rows) {
    const id = cell(r.cells, 'iati_identifier');
    const start = startDate(cell(r.cells, 'actual_start_date'), cell(r.cells, 'planned_start_date'));
    if (id === '') bump(skipped, 'no iati_identifier');
    else if (rows.has(id)) bump(skipped, 'repeated iati_identifier');
    else if (start === null) bump(skipped, 'no start date (actual or planned)');
    else {
      rows.set(id, {
        id,
        start,
        countryCell: cell(r.cells, 'country_codes'),
        sectorCell: cell(r.cells, 'sector_codes'),
        reportingRef: cell(r.cells, 'reporting_org_ref'),
        reportingName: cell(r.cells, 'reporting_org_name'),
      });
    }
  }
  return { rows, count: { rows: t.totalRows, used: rows.size, skipped } };
}

/**
 * Read the sample's tables into activities. Countries come from the activity-countries table, or
 * from the activity's country_codes cell when that table has no row for it; an activity's
 * publisher is added as `reporting` when the organisations table does not name it.
 */
export function readIatiSample(input: IatiSampleInput): IatiSample {
  const names = input.names ?? DEFAULT_NAMES;
  const acts = readActivities(input.projects, names.projects);
  const known = new Set(acts.rows.keys());
  const countries = readCountries(input.countries, known, names.countries);
  const org = readOrgRows(input.organisations, known, names.organisations);
  // The publisher of an activity whose organisation rows do not name it as reporting.
  const reportingNamed = new Set(org.rows.filter((r) => r.role === 'reporting').map((r) => r.activity));
  const rows: OrgRow[] = [...org.rows];
  for (const a of acts.rows.values()) {
    if (!reportingNamed.has(a.id) && (a.reportingRef !== '' || a.reportingName !== '')) {
      rows.push({ activity: a.id, ref: a.reportingRef, name: a.reportingName, role: 'reporting', type: '' });
    }
  }
  const keys = orgKeys(rows);
  const participants = new Map<string, Map<string, Participant>>();
  rows.forEach((r, i) => {
    const p = participants.get(r.activity) ?? new Map<string, Participant>();
    p.set(`${keys[i]}\u0000${r.role}`, { key: keys[i]!, role: r.role });
    participants.set(r.activity, p);
  });
  const activities: Activity[] = [...acts.rows.values()].map((a) => {
    const codes = dacCodes(a.sectorCell);
    const listed = countries.byActivity.get(a.id) ?? listCell(a.countryCell).map((c) => c.toUpperCase());
    return {
      id: a.id,
      start: a.start,
      countries: sortedUnique(listed.filter((c) => /^[A-Z]{2}$/.test(c))),
      areas: [],
      ...codes,
      participants: [...(participants.get(a.id)?.values() ?? [])].sort((x, y) =>
        x.key < y.key ? -1 : x.key > y.key ? 1 : x.role < y.role ? -1 : x.role > y.role ? 1 : 0,
      ),
    };
  });
  const files: Record<string, FileCount> = { [names.projects]: acts.count, [names.organisations]: org.count };
  if (countries.count) files[names.countries] = countries.count;
  return {
    activities,
    organisations: organisationsOf(rows, keys, codelistTypes(input.reportingOrgCodelist)),
    files,
  };
}
