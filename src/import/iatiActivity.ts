/**
 * One IATI activity as the importer needs it, whether read from a CSV export or from the
 * standard's XML: the organisations with their roles, where, what and when.
 * @module
 */

/**
 * The role of an organisation in an IATI activity: the publisher (`reporting`) or a
 * participating organisation's role (codelist OrganisationRole: 1 funding, 2 accountable,
 * 3 extending, 4 implementing).
 */
export type IatiRole = 'reporting' | 'funding' | 'accountable' | 'extending' | 'implementing';

/** An organisation named in an activity. */
export interface IatiOrg {
  /** Name as written ('' when only a ref is given). */
  readonly name: string;
  /** Organisation identifier, or null. */
  readonly ref: string | null;
  /** OrganisationType code or name as written ('' when absent). */
  readonly type: string;
  readonly role: IatiRole;
}

/** An administrative area of an activity location (`location/administrative`). */
export interface IatiAdministrative {
  /** Administrative level (1 = admin-1), or null when not given. */
  readonly level: number | null;
  readonly code: string;
  /** GeographicVocabulary code (A1 GAUL, A2 UN SALB, A3 GADM, A4 ISO country, G1 GeoNames, ...). */
  readonly vocabulary: string;
}

/** A location of an activity. */
export interface IatiLocation {
  /** `location/name` narrative ('' when absent). */
  readonly name: string;
  /** LocationClass code: 1 = administrative region, 2 = populated place, 3 = structure, 4 = other. */
  readonly locationClass: string;
  readonly administrative: readonly IatiAdministrative[];
}

/** A sector of an activity: code and SectorVocabulary ('' = DAC 5-digit, the default). */
export interface IatiSector {
  readonly code: string;
  readonly vocabulary: string;
}

/** One activity. */
export interface IatiActivity {
  /** 1-based line of the activity in its file (CSV row or `<iati-activity>` tag). */
  readonly line: number;
  /** `iati-identifier` ('' when absent). */
  readonly id: string;
  /** The reporting organisation (role `reporting`) and the participating ones. */
  readonly orgs: readonly IatiOrg[];
  /** Recipient country codes or names as written. */
  readonly countries: readonly string[];
  /** Recipient region codes as written. */
  readonly regions: readonly string[];
  readonly locations: readonly IatiLocation[];
  readonly sectors: readonly IatiSector[];
  /** Actual start date (or year) as written, '' when absent. */
  readonly actualStart: string;
  /** Planned start date (or year) as written, '' when absent. */
  readonly plannedStart: string;
}

const ROLE_WORDS: ReadonlyMap<string, IatiRole> = new Map(
  Object.entries({
    '1': 'funding',
    '2': 'accountable',
    '3': 'extending',
    '4': 'implementing',
    funding: 'funding',
    funder: 'funding',
    accountable: 'accountable',
    extending: 'extending',
    implementing: 'implementing',
    implementer: 'implementing',
    reporting: 'reporting',
  }) as [string, IatiRole][],
);

/**
 * An organisation role from a code ('1'-'4') or a word ('Funding', 'implementing',
 * 'reporting'); null when unknown.
 *
 * @example
 * iatiRole('4'); // => 'implementing'
 * iatiRole('Funding'); // => 'funding'
 * iatiRole('5'); // => null
 */
export function iatiRole(value: string): IatiRole | null {
  return ROLE_WORDS.get(value.trim().toLowerCase()) ?? null;
}
