import { basename } from 'node:path';
import { PartnerSynergyError } from '../errors.js';
import { importIatiXml } from '../import/iatiXml.js';
import { IMPORT_3W_OPTION_KEYS, type Import3wOptions, import3w } from '../import/import3w.js';
import {
  IMPORT_IATI_OPTION_KEYS,
  type ImportIatiOptions,
  importIati,
  orgNamesFromCodelist,
  orgTypesFromCodelist,
} from '../import/importIati.js';
import {
  IMPORT_IATI3W_OPTION_KEYS,
  type ImportIati3wOptions,
  importIati3w,
  stubNamesFromCsv,
} from '../import/importIati3w.js';
import type { ImportResult } from '../import/types.js';
import { looksLikeXml } from '../import/xmlSniff.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { checkOptionKeys, pickOptions } from '../optionKeys.js';
import { isWorkbookFile } from '../workbook/detect.js';
import { read3wWorkbook, withNotes } from './import3wWorkbook.js';
import { readRegularFile } from './readFile.js';
import { writeOutputFiles } from './writeFiles.js';

/**
 * Options of {@link importFileToDir} and {@link readImportFile}: the options of the chosen
 * importer, plus files to read beside the input.
 * @example
 * const options: ImportFileOptions = { country: 'NG', file: 'nigeria-3w.csv' };
 * importFileToDir('3w', 'tests/fixtures/import/3w-hxl-bom.csv', `${outDir}/ng`, options).length; // => 6
 */
export type ImportFileOptions = ImportIatiOptions &
  Import3wOptions &
  ImportIati3wOptions & {
    /** IATI3W: path of a names table (stub, name), for partners outside the index (stubNamesFromCsv). Default none. */
    readonly namesPath?: string;
    /** IATI CSV: path of an organisations table (activity_id, org_ref, org_name, role, org_type). Default none. */
    readonly organisationsPath?: string;
    /** IATI: path of the IATI ReportingOrganisation codelist CSV, for organisation types (orgTypesFromCodelist). Default none. */
    readonly orgTypesPath?: string;
    /** IATI: path of the IATI ReportingOrganisation codelist CSV, for official organisation names (orgNamesFromCodelist). Default none. */
    readonly orgNamesPath?: string;
    /** 3W workbook (.xlsx): the sheet to read. Default: the largest sheet that looks like a 3W table. */
    readonly sheet?: string;
  };

/** Every option key of {@link ImportFileOptions}: both importers' and the two paths. */
const IMPORT_FILE_OPTION_KEYS = [
  ...new Set([
    ...IMPORT_IATI_OPTION_KEYS,
    ...IMPORT_3W_OPTION_KEYS,
    ...IMPORT_IATI3W_OPTION_KEYS,
    'namesPath',
    'organisationsPath',
    'orgTypesPath',
    'orgNamesPath',
    'sheet',
  ]),
];

/**
 * What {@link readImportFile} returns: the import and the format that was read.
 * @example
 * const imported: ImportedFile = readImportFile('iati', 'tests/fixtures/import/iati-activities.xml');
 * [imported.format, imported.result.stats.funders]; // => ['xml', 4]
 */
export interface ImportedFile {
  readonly result: ImportResult;
  /** 'xml' for an IATI XML file, 'xlsx' for a 3W workbook, 'json' for an IATI3W index, else 'csv'. */
  readonly format: 'csv' | 'xml' | 'xlsx' | 'json';
  /** The sheet read from a 3W workbook (format 'xlsx'); absent otherwise. */
  readonly sheet?: string;
}

/** The kinds of file `import` reads: an IATI activity file, an OCHA 3W table, the IATI3W organisation index. */
export type ImportKind = 'iati' | '3w' | 'iati3w';

/** Every {@link ImportKind}. */
export const IMPORT_KINDS: readonly ImportKind[] = ['iati', '3w', 'iati3w'];

/** Import the IATI3W organisation index, with the names table at `namesPath` when given. */
function readIati3w(
  bytes: Uint8Array,
  options: ImportFileOptions,
  withFile: ImportIati3wOptions,
  maxBytes: number,
  lang: Lang,
): ImportedFile {
  const { namesPath } = options;
  const names = namesPath === undefined ? {} : stubNamesFromCsv(readLimited(namesPath, maxBytes, lang));
  const result = importIati3w(bytes, { ...withFile, names: { ...names, ...(options.names ?? {}) } });
  return { result, format: 'json' };
}

/** Read a regular file with the size limit enforced while reading; errors in `lang`. */
function readLimited(file: string, maxBytes: number, lang: Lang): Uint8Array {
  return readRegularFile(file, { maxBytes, lang });
}

/**
 * Read a public-data file and import it: 'iati' reads an IATI activity file in XML (detected
 * by its content) with importIatiXml, or a CSV export with importIati (with the
 * `organisationsPath` table when given); '3w' reads an OCHA 3W table with import3w; 'iati3w'
 * reads the IATI3W organisation index with importIati3w (with the `namesPath` table when
 * given). The importer's `file` option defaults to the file's base name, so warnings name it.
 *
 * @param kind - 'iati', '3w' or 'iati3w'
 * @param file - path of the file to import
 * @param options - the options of the importer, plus organisationsPath and orgTypesPath
 * @throws PartnerSynergyError E_IO when a file cannot be read, E_USAGE for an unknown kind or an
 *   XML file given as a 3W table; LimitError when a file is larger than limits.maxBytes
 * @example
 * const { result, format } = readImportFile('3w', 'tests/fixtures/import/3w-hxl-bom.csv');
 * [format, result.stats.members]; // => ['csv', 7]
 */
export function readImportFile(
  kind: ImportKind,
  file: string,
  options: ImportFileOptions = {},
): ImportedFile {
  if (!IMPORT_KINDS.includes(kind)) {
    throw new PartnerSynergyError(
      'E_USAGE',
      `Unknown import kind "${String(kind)}"; use "iati", "3w" or "iati3w".`,
    );
  }
  const ownKeys =
    kind === '3w'
      ? IMPORT_3W_OPTION_KEYS
      : kind === 'iati3w'
        ? IMPORT_IATI3W_OPTION_KEYS
        : IMPORT_IATI_OPTION_KEYS;
  checkOptionKeys(options, IMPORT_FILE_OPTION_KEYS);
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const lang = options.lang ?? 'en';
  const bytes = readLimited(file, maxBytes, lang);
  const xml = looksLikeXml(bytes);
  const { organisationsPath, orgTypesPath, orgNamesPath } = options;
  // Each importer gets its own options (the CLI passes one set for both).
  const withFile = { file: basename(file), ...pickOptions(options, ownKeys) };
  if (kind === 'iati3w') return readIati3w(bytes, options, withFile, maxBytes, lang);
  if (isWorkbookFile(file, bytes)) {
    if (kind === 'iati') {
      throw new PartnerSynergyError(
        'E_USAGE',
        toolMessage(lang, 'import.workbook_as_iati', { file: basename(file) }),
      );
    }
    const { sheet, table, notes } = read3wWorkbook(bytes, basename(file), {
      lang,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    });
    const result = import3w(table, { ...withFile, file: table.file });
    return { result: withNotes(result, notes), format: 'xlsx', sheet };
  }
  if (kind === '3w') {
    if (xml) {
      throw new PartnerSynergyError(
        'E_USAGE',
        toolMessage(lang, 'import.xml_as_3w', { file: basename(file) }),
      );
    }
    return { result: import3w(bytes, withFile), format: 'csv' };
  }
  const orgTypesBytes = orgTypesPath === undefined ? undefined : readLimited(orgTypesPath, maxBytes, lang);
  // The README passes one codelist to both flags: read it once.
  const orgNamesBytes =
    orgNamesPath === undefined
      ? undefined
      : orgNamesPath === orgTypesPath
        ? orgTypesBytes!
        : readLimited(orgNamesPath, maxBytes, lang);
  const orgTypes = orgTypesBytes === undefined ? {} : orgTypesFromCodelist(orgTypesBytes);
  const orgNames = orgNamesBytes === undefined ? {} : orgNamesFromCodelist(orgNamesBytes);
  const iatiOptions = {
    ...withFile,
    orgTypes: { ...orgTypes, ...(options.orgTypes ?? {}) },
    orgNames: { ...orgNames, ...(options.orgNames ?? {}) },
  };
  if (xml) return { result: importIatiXml(bytes, iatiOptions), format: 'xml' };
  const organisations =
    organisationsPath === undefined
      ? {}
      : {
          organisations: readLimited(organisationsPath, maxBytes, lang),
          organisationsFile: basename(organisationsPath),
        };
  return { result: importIati(bytes, { ...iatiOptions, ...organisations }), format: 'csv' };
}

/**
 * Write an import's five CSVs and merges.json (the name de-duplication report) into `outDir`
 * (created if missing). Returns the written paths, sorted.
 *
 * @param result - what an importer returned
 * @param outDir - the output directory; created if missing
 * @param inputs - paths that must not be overwritten (the imported files)
 * @param lang - language of the error messages ('en' or 'nl'); default 'en'
 * @throws IoError when the folder cannot be used or an output would overwrite one of `inputs`
 * @example
 * const { result } = readImportFile('3w', 'tests/fixtures/import/3w-cr-only.csv');
 * writeImportResult(result, `${outDir}/nepal`).map((p) => p.slice(outDir.length + 1))[0]; // => 'nepal/expertise.csv'
 */
export function writeImportResult(
  result: ImportResult,
  outDir: string,
  inputs: readonly string[] = [],
  lang: Lang = 'en',
): string[] {
  const outputs: Record<string, string> = {
    ...result.files,
    'merges.json': `${JSON.stringify(result.merges, null, 2)}\n`,
  };
  return writeOutputFiles(outDir, outputs, { inputs, lang });
}

/**
 * Read a public-data file, import it (see {@link readImportFile}) and write members.csv,
 * expertise.csv, geography.csv, sectors.csv, funders.csv and merges.json into `outDir` (created
 * if missing). Returns the written paths, sorted.
 *
 * @param kind - 'iati' (an IATI activity file, CSV or XML), '3w' (an OCHA 3W table) or 'iati3w' (the IATI3W organisation index)
 * @param file - path of the file to import
 * @param outDir - the output directory; created if missing
 * @param options - the options of {@link importIati} or {@link import3w}, plus organisationsPath and orgTypesPath
 * @throws IoError when the file is not a readable regular file or the output folder cannot be
 *   used (never over the imported file); LimitError when it is larger than limits.maxBytes
 * @example
 * const written = importFileToDir('3w', 'tests/fixtures/import/3w-hxl-bom.csv', `${outDir}/nigeria`);
 * written.map((p) => p.slice(outDir.length + 1));
 * // => ['nigeria/expertise.csv', 'nigeria/funders.csv', 'nigeria/geography.csv', 'nigeria/members.csv', 'nigeria/merges.json', 'nigeria/sectors.csv']
 */
export function importFileToDir(
  kind: ImportKind,
  file: string,
  outDir: string,
  options: ImportFileOptions = {},
): string[] {
  const { result } = readImportFile(kind, file, options);
  const inputs = [
    file,
    options.organisationsPath,
    options.orgTypesPath,
    options.orgNamesPath,
    options.namesPath,
  ].filter((p): p is string => p !== undefined);
  return writeImportResult(result, outDir, inputs, options.lang ?? 'en');
}
