import type { IngestIssue } from './schema/issues.js';

/** Stable machine-readable codes of the errors this library throws. */
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
 * try { buildBaseline({ files: {} }); } catch (e) { if (e instanceof PartnerSynergyError) console.log(e.code); }
 */
export class PartnerSynergyError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
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
 * try { parsePartnership(files, { strict: true }); } catch (e) { if (e instanceof InputRejectedError) console.table(e.issues); }
 */
export class InputRejectedError extends PartnerSynergyError {
  /** Every rejected row, located. */
  readonly issues: readonly IngestIssue[];
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
 * try { parseCsv(hugeText, { file: 'x.csv', limits: { maxBytes: 1000 } }); } catch (e) { if (e instanceof LimitError) console.log(e.limit); }
 */
export class LimitError extends PartnerSynergyError {
  /** Which limit: 'maxBytes' | 'maxRows' | 'maxCellChars' | 'maxColumns' | 'maxMembers'. */
  readonly limit: string;
  /** The configured limit value. */
  readonly max: number;
  /** The observed value (or a lower bound of it). */
  readonly actual: number;
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
 * try { buildProfiles(p, { presenceWeights: { office: -1 } }); } catch (e) { if (e instanceof OptionsError) console.log(e.option); }
 */
export class OptionsError extends PartnerSynergyError {
  /** The option path, e.g. 'weights.presence.office'. */
  readonly option: string;
  constructor(option: string, message: string) {
    super('E_OPTIONS', message);
    this.name = 'OptionsError';
    this.option = option;
  }
}
