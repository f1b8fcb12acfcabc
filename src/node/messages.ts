/**
 * The sentences of the file-system edge (reading inputs, writing outputs) and of the CLI's option
 * checks, in English and Dutch. One small table, so a later message catalogue can absorb it whole.
 * @module
 */
import type { Lang } from '../country/labels.js';

/** What was found at a path that should have been a regular file (or a folder). */
export type FoundKind =
  | 'directory'
  | 'fifo'
  | 'socket'
  | 'character-device'
  | 'block-device'
  | 'file'
  | 'other';

/** The sentences, per language; each function returns one line. */
export interface EdgeMessages {
  readonly kinds: Readonly<Record<FoundKind, string>>;
  readonly missing: (path: string) => string;
  readonly dangling: (path: string, target: string) => string;
  readonly notRegular: (path: string, kind: string) => string;
  readonly inFolderNotRegular: (name: string, folder: string, kind: string) => string;
  readonly permission: (path: string) => string;
  readonly readFailed: (path: string, reason: string) => string;
  readonly noCsv: (path: string) => string;
  readonly tooBig: (name: string, max: number, atLeast: number, flag: string) => string;
  readonly outIsNotFolder: (flag: string, path: string, kind: string) => string;
  readonly outDangling: (flag: string, path: string, target: string) => string;
  readonly parentNotFolder: (flag: string, path: string, parent: string, kind: string) => string;
  readonly cannotCreate: (flag: string, path: string, reason: string) => string;
  readonly cannotWrite: (flag: string, path: string, reason: string) => string;
  readonly inTheWay: (path: string, kind: string) => string;
  readonly holdsInputs: (flag: string, path: string, inputs: string, suggestion: string) => string;
  readonly wouldOverwrite: (path: string) => string;
  readonly reasons: Readonly<
    Record<'permission' | 'readOnly' | 'noSpace' | 'notCreatable' | 'noFiles', string>
  >;
}

const EN: EdgeMessages = {
  kinds: {
    directory: 'folder',
    fifo: 'named pipe (FIFO)',
    socket: 'socket',
    'character-device': 'character device',
    'block-device': 'block device',
    file: 'file',
    other: 'special file',
  },
  missing: (path) => `Cannot read "${path}": no such file or folder.`,
  dangling: (path, target) =>
    `Cannot read "${path}": it is a symbolic link to "${target}", which does not exist.`,
  notRegular: (path, kind) =>
    `Cannot read "${path}": it is a ${kind}, not a regular file. Give a CSV file or a folder of CSV files.`,
  inFolderNotRegular: (name, folder, kind) =>
    `Cannot read "${name}" in "${folder}": it is a ${kind}, not a regular file. Move it out of the folder or replace it by the CSV file.`,
  permission: (path) => `Cannot read "${path}": permission denied.`,
  readFailed: (path, reason) => `Cannot read "${path}": ${reason}.`,
  noCsv: (path) =>
    `No CSV files or workbooks in "${path}": expected members.csv and optionally expertise.csv, geography.csv, sectors.csv, companies.csv, or an .xlsx workbook (partner-synergy template makes one).`,
  tooBig: (name, max, atLeast, flag) =>
    `${name} is larger than the limit of ${max} bytes (found at least ${atLeast}); raise it with limits.maxBytes (CLI: ${flag}).`,
  outIsNotFolder: (flag, path, kind) =>
    `${flag} "${path}" is a ${kind}, not a folder. Give a folder (it is created if missing).`,
  outDangling: (flag, path, target) =>
    `${flag} "${path}" is a symbolic link to "${target}", which does not exist. Create that folder or give another one.`,
  parentNotFolder: (flag, path, parent, kind) =>
    `${flag} "${path}" cannot be created: "${parent}" is a ${kind}, not a folder.`,
  cannotCreate: (flag, path, reason) =>
    `${flag} "${path}" cannot be created: ${reason}. Give another folder.`,
  cannotWrite: (flag, path, reason) =>
    `${flag} "${path}" cannot be written to: ${reason}. Give another folder.`,
  inTheWay: (path, kind) =>
    `Cannot write "${path}": a ${kind} of that name is in the way. Remove it or give another folder.`,
  holdsInputs: (flag, path, inputs, suggestion) =>
    `${flag} "${path}" holds the input files of this run (${inputs}); the outputs would overwrite or mix with them. Give another folder, e.g. ${flag} "${suggestion}".`,
  wouldOverwrite: (path) =>
    `Refusing to write "${path}": it is one of the input files of this run. Give another output folder.`,
  reasons: {
    permission: 'permission denied',
    readOnly: 'the file system is read-only',
    noSpace: 'the disk is full',
    notCreatable: 'no folder can be made there',
    noFiles: 'no files can be made there',
  },
};

const NL: EdgeMessages = {
  kinds: {
    directory: 'map',
    fifo: 'named pipe (FIFO)',
    socket: 'socket',
    'character-device': 'tekenapparaat',
    'block-device': 'blokapparaat',
    file: 'bestand',
    other: 'speciaal bestand',
  },
  missing: (path) => `Kan "${path}" niet lezen: dat bestand of die map bestaat niet.`,
  dangling: (path, target) =>
    `Kan "${path}" niet lezen: het is een symbolische koppeling naar "${target}", dat niet bestaat.`,
  notRegular: (path, kind) =>
    `Kan "${path}" niet lezen: het is een ${kind}, geen gewoon bestand. Geef een CSV-bestand of een map met CSV-bestanden.`,
  inFolderNotRegular: (name, folder, kind) =>
    `Kan "${name}" in "${folder}" niet lezen: het is een ${kind}, geen gewoon bestand. Haal het uit de map of vervang het door het CSV-bestand.`,
  permission: (path) => `Kan "${path}" niet lezen: geen toegang.`,
  readFailed: (path, reason) => `Kan "${path}" niet lezen: ${reason}.`,
  noCsv: (path) =>
    `Geen CSV-bestanden of werkmappen in "${path}": verwacht members.csv en eventueel expertise.csv, geography.csv, sectors.csv, companies.csv, of een .xlsx-werkmap (partner-synergy template maakt er een).`,
  tooBig: (name, max, atLeast, flag) =>
    `${name} is groter dan de limiet van ${max} bytes (minstens ${atLeast}); verhoog die met limits.maxBytes (CLI: ${flag}).`,
  outIsNotFolder: (flag, path, kind) =>
    `${flag} "${path}" is een ${kind}, geen map. Geef een map (die wordt gemaakt als hij nog niet bestaat).`,
  outDangling: (flag, path, target) =>
    `${flag} "${path}" is een symbolische koppeling naar "${target}", dat niet bestaat. Maak die map of geef een andere.`,
  parentNotFolder: (flag, path, parent, kind) =>
    `${flag} "${path}" kan niet gemaakt worden: "${parent}" is een ${kind}, geen map.`,
  cannotCreate: (flag, path, reason) =>
    `${flag} "${path}" kan niet gemaakt worden: ${reason}. Geef een andere map.`,
  cannotWrite: (flag, path, reason) =>
    `${flag} "${path}" is niet beschrijfbaar: ${reason}. Geef een andere map.`,
  inTheWay: (path, kind) =>
    `Kan "${path}" niet schrijven: er staat een ${kind} met die naam in de weg. Verwijder die of geef een andere map.`,
  holdsInputs: (flag, path, inputs, suggestion) =>
    `${flag} "${path}" bevat de invoerbestanden van deze run (${inputs}); de uitvoer zou ze overschrijven of ermee vermengd raken. Geef een andere map, bijvoorbeeld ${flag} "${suggestion}".`,
  wouldOverwrite: (path) =>
    `"${path}" wordt niet geschreven: het is een van de invoerbestanden van deze run. Geef een andere uitvoermap.`,
  reasons: {
    permission: 'geen toegang',
    readOnly: 'het bestandssysteem is alleen-lezen',
    noSpace: 'de schijf is vol',
    notCreatable: 'daar kan geen map gemaakt worden',
    noFiles: 'daar kunnen geen bestanden gemaakt worden',
  },
};

/**
 * The file-system sentences in one language.
 *
 * @example
 * edgeMessages('nl').kinds.directory; // => 'map'
 * edgeMessages('en').missing('x.csv'); // => 'Cannot read "x.csv": no such file or folder.'
 */
export function edgeMessages(lang: Lang = 'en'): EdgeMessages {
  return lang === 'nl' ? NL : EN;
}
