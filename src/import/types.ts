/**
 * Shared types of the public-data importers (IATI activity exports, OCHA 3W tables).
 * @module
 */
import type { Limits } from '../ingest/types.js';
import type { IngestIssue } from '../schema/issues.js';
import type { MemberType, PresenceKind } from '../schema/records.js';

/**
 * The five long CSV texts an importer writes, with the English headers of the input formats.
 * A type alias (not an interface), so it can be passed where a file-name -> text record is
 * expected, e.g. `buildBaseline(result.files)`.
 */
/**
 * The input lines behind the rows an import writes: `rows['geography.csv'][i]` are the lines of
 * `file` (a 3W table's rows, an IATI file's activities) that data row i (line i + 2) adds up.
 * funders.csv has none.
 * @example
 * const { origins } = import3w('Organisation,Cluster,Country\nACF,WASH,Mali\nACF,Health,Mali\n', { file: 'mali.csv' });
 * [origins?.file, origins?.rows['geography.csv']]; // => ['mali.csv', [[2, 3]]]
 */
export interface ImportOrigins {
  readonly file: string;
  readonly rows: Readonly<
    Record<'members.csv' | 'expertise.csv' | 'geography.csv' | 'sectors.csv', readonly (readonly number[])[]>
  >;
}

export type ImportedFiles = {
  /** id,name,type,scope,country,role,org_acronym,source_type,activities */
  readonly 'members.csv': string;
  /** member,theme,level,evidence,activities: level empty, evidence `observed` (counted, not rated) */
  readonly 'expertise.csv': string;
  /** member,country,area,presence,partners,since,activities: one row per member, country and area */
  readonly 'geography.csv': string;
  /** member,sector,network,companies,activities: no strength (the reader's default applies) */
  readonly 'sectors.csv': string;
  /** funder,funder_ref,funder_type,member,country,role,activities: who funds whom (not members) */
  readonly 'funders.csv': string;
};

/**
 * An organisation type as the importers write it in members.csv: the library's member types
 * plus `un` (a UN agency or another multilateral organisation).
 *
 * @example
 * const type: ImportMemberType = 'un';
 */
export type ImportMemberType = MemberType | 'un';

/**
 * Where an organisation works from: an international organisation, a national one, or a local
 * (community-based) one.
 *
 * @example
 * const scope: OrgScope = 'national';
 */
export type OrgScope = 'international' | 'national' | 'local';

/**
 * The role of a funder in funders.csv: it gives the money (`funding`), manages it for the funder
 * (`extending`) or is accountable for the activity without implementing it (`accountable`).
 *
 * @example
 * const role: FunderRole = 'extending';
 */
export type FunderRole = 'funding' | 'extending' | 'accountable';

export type { MergeReason } from '../normalise/orgNames.js';

import type { MergeReason } from '../normalise/orgNames.js';

/**
 * One de-duplicated organisation whose input used more than one spelling or acronym.
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * const [merge]: readonly OrgMerge[] = importIati(csv).merges;
 * merge; // => { canonical: 'Cordaid', variants: ['Stichting Cordaid'], id: 'NL-KVK-41160054', acronyms: [], reason: 'ref' }
 */
export interface OrgMerge {
  /** The name written to members.csv. */
  readonly canonical: string;
  /** The other spellings (trimmed, inner spaces collapsed) folded into it, sorted. */
  readonly variants: readonly string[];
  /** The member id written to the CSVs; for a funder that is not a member, its ref ('' when none). */
  readonly id: string;
  /** Every acronym met for it (as written, sorted); several when spellings used different ones. */
  readonly acronyms: readonly string[];
  /** The weakest evidence used for this merge (override > fuzzy > acronym > spelling > ref). */
  readonly reason: MergeReason;
}

/** Counts that describe one import run. */
export interface ImportStats {
  /** Data rows read from the table (HXL row and blank lines excluded); activities of an IATI XML file. */
  readonly rows: number;
  /** Rows that contributed to at least one member (rows = usedRows + skippedRows). */
  readonly usedRows: number;
  /** Rows skipped, each with a warning or counted in filteredRows: no organisation, no member (IATI: only funders), filtered out, duplicate activity id, or rejected by the parser. */
  readonly skippedRows: number;
  /** Of the skipped rows, those left out by the organisation or country filters (IATI `orgs`, `orgPrefix`). */
  readonly filteredRows: number;
  /** Distinct organisation spellings seen (after trimming) among the kept rows. */
  readonly spellings: number;
  /** Members written (organisations after de-duplication). */
  readonly members: number;
  /** Rows written per output file (header excluded). */
  readonly expertise: number;
  readonly geography: number;
  readonly sectors: number;
  /** Rows written to funders.csv (funder x member x country x role). */
  readonly funderRows: number;
  /** Distinct funders (organisations that fund, extend or are accountable without being members). */
  readonly funders: number;
  /** Distinct areas below the country (country + area) written in geography.csv. */
  readonly areas: number;
  /** Distinct local partner names written in geography.csv. */
  readonly partners: number;
  /** Input labels (cluster names, DAC codes, ...) that mapped to no theme, with their row counts. */
  readonly unmappedThemes: Readonly<Record<string, number>>;
}

/**
 * What importIati and import3w return: plain, serialisable data.
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * const result: ImportResult = importIati(csv);
 * Object.keys(result.files); // => ['members.csv', 'expertise.csv', 'geography.csv', 'sectors.csv', 'funders.csv']
 * result.files['expertise.csv']?.split('\n').slice(0, 3);
 * // => ['member,theme,level,evidence,activities,country,area', 'NL-KVK-41160054,gbv,,observed,1,KE,', 'NL-KVK-41160054,health,,observed,1,KE,']
 * [result.stats.rows, result.stats.members]; // => [2, 1]
 * // the files are ready for buildBaseline
 * buildBaseline(result.files).partnership.members.map((m) => m.name); // => ['Cordaid']
 */
export interface ImportResult {
  readonly files: ImportedFiles;
  /**
   * Which input rows each written row adds up (absent for a source without rows, the IATI3W
   * index): what lets evidence cite the input's own lines when the files are read in memory.
   */
  readonly origins?: ImportOrigins;
  /** The organisation-name de-duplication report; override it with the `merge` option. */
  readonly merges: readonly OrgMerge[];
  /** Located notes (parser issues, unmapped labels, unknown countries), one per distinct problem value. */
  readonly warnings: readonly IngestIssue[];
  readonly stats: ImportStats;
}

/**
 * Options both importers share. Defaults in {@link DEFAULT_IMPORT_OPTIONS}.
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,NGA008\nAction contre la faim ,ACF,INGO,WASH,NGA008\n';
 * const options: CommonImportOptions = { presence: 'office', file: 'nigeria-3w.csv' };
 * import3w(text, options).files['geography.csv']?.split('\n')[1]; // => 'ACF,NG,NGA008,office,,,2'
 */
export interface CommonImportOptions {
  /** File name used in warnings. Default 'iati.csv' (IATI) or '3w.csv' (3W). */
  readonly file?: string;
  /**
   * Overrides of the name de-duplication: variant spelling -> canonical name, or 'keep' to keep
   * the variant as its own organisation. A canonical name that matches no spelling in the input
   * becomes the display name of a new organisation holding every variant mapped to it.
   * Compared folded (case, accents, punctuation ignored). Default none.
   */
  readonly merge?: Readonly<Record<string, string>>;
  /**
   * Highest normalised edit distance (0-1) at which two names without conflicting acronyms are
   * near-typos of each other, compared with spaces removed. Default 0.1 (1 edit in 10 letters).
   */
  readonly fuzzyThreshold?: number;
  /**
   * Highest normalised edit distance at which two names with the same acronym are merged.
   * Default 0.35.
   */
  readonly acronymThreshold?: number;
  /** Presence kind written for every geography row. Default 'programme'. */
  readonly presence?: PresenceKind;
  /**
   * Theme overrides: input label (cluster name, cluster code, 3W action, or DAC code) -> theme
   * id, or null to ignore that label. Wins over the built-in tables. Default none.
   */
  readonly themeMap?: Readonly<Record<string, string | null>>;
  /** Parser size limits. Default DEFAULT_LIMITS of the ingest module. */
  readonly limits?: Limits;
  /** Language of the warnings (the codes stay the same). Default 'en'. */
  readonly lang?: 'en' | 'nl';
}

/** Every option key of {@link CommonImportOptions} (the compiler keeps the list complete). */
export const COMMON_IMPORT_OPTION_KEYS: readonly string[] = Object.keys({
  acronymThreshold: true,
  file: true,
  fuzzyThreshold: true,
  lang: true,
  limits: true,
  merge: true,
  presence: true,
  themeMap: true,
} satisfies Record<keyof CommonImportOptions, true>);

/**
 * Defaults of the options both importers share.
 *
 * @example
 * DEFAULT_IMPORT_OPTIONS; // => { fuzzyThreshold: 0.1, acronymThreshold: 0.35, presence: 'programme' }
 */
export const DEFAULT_IMPORT_OPTIONS = Object.freeze({
  fuzzyThreshold: 0.1,
  acronymThreshold: 0.35,
  presence: 'programme' as PresenceKind,
});
