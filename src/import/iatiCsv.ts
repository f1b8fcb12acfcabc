/**
 * Reading IATI activity exports in CSV (one row per activity, as IATI tools and the IATI
 * Datastore write them) into {@link IatiActivity} records, with the participating organisations
 * from the role columns or from a separate organisations table (activity id, ref, name, role,
 * type).
 * @module
 */

import { parseTable } from '../ingest/parseTable.js';
import type { Limits } from '../ingest/types.js';
import { cleanName } from '../normalise/orgNames.js';
import { type ColumnSpec, cellText, findColumn, type LocatedTable, locateColumns } from './columns.js';
import { type IatiActivity, type IatiOrg, type IatiRole, iatiRole } from './iatiActivity.js';
import { WarningCollector } from './warnings.js';

/**
 * Column aliases of IATI exports (IATI tools' snake_case and the Datastore's hyphenated names).
 *
 * @example
 * IATI_COLUMNS.countries.headers.includes('recipient-country-code'); // => true
 */
export const IATI_COLUMNS = Object.freeze({
  id: { headers: ['iati identifier', 'iati-identifier', 'activity identifier', 'activity id'] },
  ref: {
    headers: [
      'reporting org ref',
      'reporting-org-ref',
      'reporting-org/@ref',
      'reporting org identifier',
      'reporting organisation ref',
      'reporting organisation identifier',
    ],
  },
  name: {
    headers: [
      'reporting org name',
      'reporting-org',
      'reporting org',
      'reporting-org-name',
      'reporting-org/narrative',
      'reporting org narrative',
      'reporting organisation',
      'reporting organization',
      'reporting organisation name',
    ],
  },
  type: {
    headers: [
      'reporting org type code',
      'reporting-org-type-code',
      'reporting org type',
      'reporting-org-type',
      'reporting-org/@type',
      'reporting organisation type',
    ],
  },
  countries: {
    headers: [
      'country codes',
      'country code',
      'recipient country code',
      'recipient-country-code',
      'recipient country codes',
      'recipient-country/@code',
      'recipient country',
      'recipient-country',
      'countries',
    ],
  },
  sectors: {
    headers: [
      'sector codes',
      'sector code',
      'sector-code',
      'sector/@code',
      'dac sector codes',
      'dac codes',
      'sector',
      'sectors',
      'sector names',
    ],
  },
  sectorVocabulary: {
    headers: ['sector vocabulary', 'sector-vocabulary', 'sector vocabulary code', 'sector-vocabulary-code'],
  },
  implementing: {
    headers: [
      'implementing partners',
      'implementing org names',
      'implementing organisations',
      'implementing organizations',
      'implementing orgs',
      'participating org implementing',
      'participating-org (Implementing)',
      'participating org (implementing)',
    ],
  },
  implementingRefs: {
    headers: [
      'implementing org refs',
      'implementing org ref',
      'implementing partner refs',
      'participating org ref (implementing)',
    ],
  },
  funding: {
    headers: [
      'funding agencies',
      'funding orgs',
      'funding org names',
      'funding organisations',
      'funding organizations',
      'participating-org (Funding)',
      'participating org (funding)',
    ],
  },
  fundingRefs: {
    headers: [
      'funding org refs',
      'funding org ref',
      'funding agency refs',
      'participating org ref (funding)',
    ],
  },
  accountable: {
    headers: [
      'accountable orgs',
      'accountable org names',
      'accountable organisations',
      'accountable organizations',
      'participating-org (Accountable)',
      'participating org (accountable)',
    ],
  },
  accountableRefs: {
    headers: ['accountable org refs', 'accountable org ref', 'participating org ref (accountable)'],
  },
  extending: {
    headers: [
      'extending orgs',
      'extending org names',
      'extending organisations',
      'extending organizations',
      'participating-org (Extending)',
      'participating org (extending)',
    ],
  },
  extendingRefs: {
    headers: ['extending org refs', 'extending org ref', 'participating org ref (extending)'],
  },
  actualStart: {
    headers: [
      'actual start date',
      'start actual',
      'start-actual',
      'activity date start actual',
      'actual start',
    ],
  },
  plannedStart: {
    headers: [
      'planned start date',
      'start planned',
      'start-planned',
      'activity date start planned',
      'planned start',
    ],
  },
} satisfies Record<string, ColumnSpec>);

/** A plausible IATI identifier: no spaces, separators or list punctuation. */
const REF_SHAPE = /^[^\s;,]+$/;
/** A name cell that is really an identifier ('XM-DAC-42000', 'GB-CHC-202918'). */
const REF_AS_NAME = /^[A-Z]{2}-[A-Z0-9_]+-[A-Za-z0-9_.-]+$|^\d{5}$/;

/**
 * Split a multi-value IATI cell into trimmed non-empty items.
 *
 * @example
 * splitIatiList('12181; 12230;'); // => ['12181', '12230']
 */
export function splitIatiList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Longest text taken as an organisation name; longer cells are descriptions pasted into a name field. */
export const MAX_ORG_NAME_LENGTH = 200;

/**
 * An organisation name cell, whitespace collapsed; '' when it is longer than
 * {@link MAX_ORG_NAME_LENGTH} characters (a description, not a name).
 *
 * @example
 * orgName('  Amref  Health Africa '); // => 'Amref Health Africa'
 * orgName('x'.repeat(300)); // => ''
 */
export function orgName(text: string): string {
  const name = cleanName(text);
  return name.length > MAX_ORG_NAME_LENGTH ? '' : name;
}

/** A ref as written when it looks like one, else null. */
function refOf(text: string): string | null {
  const t = text.trim();
  return t !== '' && REF_SHAPE.test(t) ? t : null;
}

/**
 * The organisations of one role column and its ref column: refs pair with names by position
 * when both lists have the same length; a name that is itself an identifier is used as the ref.
 */
function roleOrgs(names: string, refs: string, role: IatiRole): IatiOrg[] {
  const nameList = splitIatiList(names).map(orgName);
  const refList = splitIatiList(refs);
  const paired = refList.length === nameList.length;
  return nameList.flatMap((name, i) => {
    const ref = paired ? refOf(refList[i]!) : REF_AS_NAME.test(name) ? name : null;
    return name === '' && ref === null ? [] : [{ name: name || ref!, ref, type: '', role }];
  });
}

type IatiTable = LocatedTable<keyof typeof IATI_COLUMNS>;

/** The organisations of a CSV activity row: the reporting organisation and the role columns. */
function rowOrgs(t: IatiTable, cells: readonly string[]): IatiOrg[] {
  const { col } = t;
  const rawRef = cellText(cells, col.ref);
  const ref = refOf(rawRef);
  const name = orgName(cellText(cells, col.name)) || ref || orgName(rawRef);
  const orgs: IatiOrg[] = [];
  if (name !== '') orgs.push({ name, ref, type: cellText(cells, col.type), role: 'reporting' });
  const role = (names: number, refs: number, r: IatiRole) =>
    roleOrgs(cellText(cells, names), cellText(cells, refs), r);
  orgs.push(
    ...role(col.funding, col.fundingRefs, 'funding'),
    ...role(col.accountable, col.accountableRefs, 'accountable'),
    ...role(col.extending, col.extendingRefs, 'extending'),
    ...role(col.implementing, col.implementingRefs, 'implementing'),
  );
  return orgs;
}

/** Sectors of a row: codes paired with the vocabulary list by position ('' = DAC). */
function rowSectors(t: IatiTable, cells: readonly string[]): { code: string; vocabulary: string }[] {
  const vocabularies = splitIatiList(cellText(cells, t.col.sectorVocabulary));
  return splitIatiList(cellText(cells, t.col.sectors)).map((code, i) => ({
    code,
    vocabulary: vocabularies[i] ?? '',
  }));
}

/** What {@link readIatiCsv} returns. */
export interface IatiRead {
  readonly activities: readonly IatiActivity[];
  readonly warnings: WarningCollector;
  /** Data rows (activities) in the file. */
  readonly rows: number;
  /** Rows the parser rejected (each with an issue). */
  readonly rejected: number;
  /** Header line and column of the sectors, for file-level warnings. */
  readonly headerLine: number;
  readonly sectorColumn: string | null;
}

/**
 * Read an IATI activity export in CSV into activities. The participating organisations come
 * from the role columns (funding_agencies, accountable_orgs, extending_orgs,
 * implementing_partners and their `_refs` columns), or, for activities listed in `organisations`
 * (a table with activity_id, org_ref, org_name, role, org_type, as the IATI Datastore's
 * organisations export), from that table, with the organisation types.
 *
 * @param input - the activity export as text or bytes
 * @param file - file name used in warnings
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,funding_agencies,implementing_partners,country_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,Ministry of Foreign Affairs,Local Health NGO,KE\n';
 * readIatiCsv(csv, 'iati.csv').activities[0]?.orgs.map((o) => `${o.role}:${o.name}`);
 * // => ['reporting:Cordaid', 'funding:Ministry of Foreign Affairs', 'implementing:Local Health NGO']
 */
export function readIatiCsv(
  input: string | Uint8Array,
  file: string,
  options: {
    readonly limits?: Limits;
    readonly organisations?: string | Uint8Array;
    readonly organisationsFile?: string;
    readonly lang?: 'en' | 'nl';
  } = {},
): IatiRead {
  const t = locateColumns(input, file, options.limits, IATI_COLUMNS, options.lang);
  const { table, warnings, col, header } = t;
  if (table.header.length > 0 && col.ref < 0 && col.name < 0) {
    warnings.add(table.headerLine, 'missing_column', null, null, warnings.t('import.no_reporting_org'));
  }
  const extra =
    options.organisations === undefined
      ? null
      : readOrganisations(
          options.organisations,
          options.organisationsFile ?? 'organisations.csv',
          options.limits,
          warnings,
        );
  const activities = table.rows.map(({ cells, line }): IatiActivity => {
    const id = cellText(cells, col.id);
    const listed = extra?.get(id);
    return {
      line,
      id,
      orgs: listed && listed.length > 0 ? listed : rowOrgs(t, cells),
      countries: splitIatiList(cellText(cells, col.countries)),
      regions: [],
      locations: [],
      sectors: rowSectors(t, cells),
      actualStart: cellText(cells, col.actualStart),
      plannedStart: cellText(cells, col.plannedStart),
    };
  });
  return {
    activities,
    warnings,
    rows: table.totalRows,
    rejected: table.rejected.filter((i) => i.line > 0).length,
    headerLine: table.headerLine,
    sectorColumn: header(col.sectors),
  };
}

const ORGANISATION_COLUMNS = {
  activity: { headers: ['activity id', 'iati identifier', 'iati-identifier', 'activity identifier'] },
  ref: { headers: ['org ref', 'organisation ref', 'ref', 'participating org ref'] },
  name: { headers: ['org name', 'organisation name', 'organization name', 'name', 'narrative'] },
  role: { headers: ['role', 'org role', 'role code'] },
  type: { headers: ['org type', 'organisation type', 'organization type', 'type', 'type code'] },
} satisfies Record<string, ColumnSpec>;

/** The organisations table (activity_id, org_ref, org_name, role, org_type) by activity id. */
function readOrganisations(
  input: string | Uint8Array,
  file: string,
  limits: Limits | undefined,
  main: WarningCollector,
): Map<string, IatiOrg[]> {
  const table = parseTable(input, { file, ...(limits === undefined ? {} : { limits }), lang: main.lang });
  const warnings = new WarningCollector(file, main.lang);
  warnings.addIssues([...table.rejected, ...table.warnings]);
  const col = Object.fromEntries(
    Object.entries(ORGANISATION_COLUMNS).map(([k, spec]) => [k, findColumn(table, spec)]),
  ) as Record<keyof typeof ORGANISATION_COLUMNS, number>;
  const header = (i: number) => (i >= 0 ? (table.header[i] ?? null) : null);
  const out = new Map<string, IatiOrg[]>();
  if (col.activity < 0 || col.role < 0) {
    warnings.add(table.headerLine, 'missing_column', null, null, warnings.t('import.orgs_table_unusable'));
    main.addIssues(warnings.list());
    return out;
  }
  for (const { cells, line } of table.rows) {
    const role = iatiRole(cellText(cells, col.role));
    const ref = refOf(cellText(cells, col.ref));
    const name = orgName(cellText(cells, col.name)) || ref || '';
    if (role === null) {
      const raw = cellText(cells, col.role);
      warnings.add(
        line,
        'invalid_role',
        header(col.role),
        raw,
        warnings.t('import.unknown_org_role', { value: raw }),
      );
      continue;
    }
    if (name === '') {
      warnings.add(line, 'missing_value', header(col.name), null, warnings.t('import.org_no_name'));
      continue;
    }
    const id = cellText(cells, col.activity);
    const list = out.get(id) ?? [];
    list.push({ name, ref, type: cellText(cells, col.type), role });
    out.set(id, list);
  }
  main.addIssues(warnings.list());
  return out;
}
