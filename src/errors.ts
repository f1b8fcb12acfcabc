import type { IngestIssue } from './schema/issues.js';

/**
 * Stable machine-readable codes of the errors this library throws (each explained, with its
 * fix, in docs/troubleshooting.md).
 * @example
 * const code: ErrorCode = new OptionsError('decimals', 'Option decimals must be 0-15.').code;
 * code; // => 'E_OPTIONS'
 */
export type ErrorCode =
  | 'E_INPUT_REJECTED'
  | 'E_LIMIT'
  | 'E_NO_MEMBERS'
  | 'E_OPTIONS'
  | 'E_SCHEMA'
  | 'E_UNKNOWN_MEMBER'
  | 'E_IO'
  | 'E_USAGE';

/**
 * Base class of every error partner-synergy throws. Test the class or `code`,
 * not the message.
 *
 * @example
 * let code: ErrorCode | undefined;
 * try {
 *   buildBaseline({ 'members.csv': 'id,name\n' }); // a header and no member
 * } catch (e) {
 *   if (e instanceof PartnerSynergyError) code = e.code;
 * }
 * code; // => 'E_NO_MEMBERS'
 */
export class PartnerSynergyError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /**
   * @param code - the stable code, see {@link ErrorCode}
   * @param message - what went wrong and how to fix it, for people
   */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PartnerSynergyError';
    this.code = code;
  }
}

/**
 * Thrown by the strict/throwing variants when input rows were rejected; carries
 * every problem as data.
 *
 * @example
 * parsePartnershipOrThrow(messy); // throws InputRejectedError
 * let issues: readonly IngestIssue[] = [];
 * try {
 *   parsePartnershipOrThrow(messy);
 * } catch (e) {
 *   if (e instanceof InputRejectedError) issues = e.issues;
 * }
 * issues.map((i) => `${i.file}:${i.line} ${i.code}`)[0]; // => 'expertise-aanvulling.csv:4 unknown_member'
 */
export class InputRejectedError extends PartnerSynergyError {
  /** Every rejected row, located. */
  readonly issues: readonly IngestIssue[];
  /** @param issues - every rejected row; the message counts them and quotes the first */
  constructor(issues: readonly IngestIssue[]) {
    const first = issues[0];
    const where = first ? ` First: ${first.file}:${first.line} ${first.message}` : '';
    super('E_INPUT_REJECTED', `${issues.length} input row(s) were rejected.${where}`);
    this.name = 'InputRejectedError';
    this.issues = issues;
  }
}

/**
 * Thrown when input exceeds a configured limit (file size, rows, cell size, members).
 *
 * @example
 * let error: LimitError | undefined;
 * try {
 *   parseTable('a,b\n1,2\n', { file: 'x.csv', limits: { maxBytes: 4 } });
 * } catch (e) {
 *   if (e instanceof LimitError) error = e;
 * }
 * [error?.limit, error?.max, error?.actual]; // => ['maxBytes', 4, 8]
 */
export class LimitError extends PartnerSynergyError {
  /** Which limit: 'maxBytes' | 'maxRows' | 'maxCellChars' | 'maxColumns' | 'maxMembers' (buildBaseline) | 'maxMatrixMembers' (a full matrix). */
  readonly limit: string;
  /** The configured limit value. */
  readonly max: number;
  /** The observed value (or a lower bound of it). */
  readonly actual: number;
  /**
   * @param limit - the option name under `limits` ('maxBytes', 'maxRows', ...)
   * @param max - the configured value
   * @param actual - the observed value (or a lower bound of it)
   * @param message - names the option to raise and a value that would do
   */
  constructor(limit: string, max: number, actual: number, message: string) {
    super('E_LIMIT', message);
    this.name = 'LimitError';
    this.limit = limit;
    this.max = max;
    this.actual = actual;
  }
}

/**
 * Thrown for invalid options passed through the API (negative or NaN weights, unknown kinds).
 *
 * @example
 * let option: string | undefined;
 * try {
 *   buildProfiles(partnership, { presenceWeights: { office: -1 } });
 * } catch (e) {
 *   if (e instanceof OptionsError) option = e.option;
 * }
 * option; // => 'presenceWeights.office'
 */
export class OptionsError extends PartnerSynergyError {
  /** The option path, e.g. 'presenceWeights.office'. */
  readonly option: string;
  /** For an unknown option key: the closest known key ("did you mean"), e.g. 'contextWeights'. */
  readonly suggestion: string | undefined;
  /**
   * @param option - the option path, e.g. 'presenceWeights.office'
   * @param message - the allowed values and the value given
   * @param suggestion - the closest known option key, for an unknown key
   */
  constructor(option: string, message: string, suggestion?: string) {
    super('E_OPTIONS', message);
    this.name = 'OptionsError';
    this.option = option;
    this.suggestion = suggestion;
  }
}

/**
 * Why a file or folder could not be read or written: it does not exist, is a dangling symbolic
 * link, is not a regular file (a FIFO, a device, a folder), may not be read or written, is one of
 * the run's input files, or something else is in the way.
 * @example
 * const reason: IoReason = 'not_regular';
 * let caught: IoReason | undefined;
 * try {
 *   readInputFiles('/dev/zero');
 * } catch (e) {
 *   if (e instanceof IoError) caught = e.reason;
 * }
 * caught === reason; // => true
 */
export type IoReason =
  | 'missing'
  | 'dangling_symlink'
  | 'not_regular'
  | 'not_folder'
  | 'permission'
  | 'input_overlap'
  | 'in_the_way'
  | 'other';

/**
 * Thrown by the Node entry when a path cannot be read or written; `path` and `reason` say which
 * and why (code E_IO). The message is one line that says what to do.
 *
 * @example
 * let reason: IoReason | undefined;
 * try {
 *   readInputFiles('/dev/null');
 * } catch (e) {
 *   if (e instanceof IoError) reason = e.reason;
 * }
 * reason; // => 'not_regular'
 */
export class IoError extends PartnerSynergyError {
  /** The path the problem is about. */
  readonly path: string;
  /** Why it failed. */
  readonly reason: IoReason;
  /**
   * @param path - the path the problem is about
   * @param reason - why it failed
   * @param message - one line for people: what was found and what to do
   */
  constructor(path: string, reason: IoReason, message: string) {
    super('E_IO', message);
    this.name = 'IoError';
    this.path = path;
    this.reason = reason;
  }
}
