/**
 * Reading the IATI3W organisation index (a JSON object keyed by organisation stub): the JSON
 * parsed with the line and column of a syntax error, each record with the line it starts on,
 * and typed reads of its fields that report a wrong shape at its JSON path.
 * @module
 */
import { decodeInput } from '../ingest/decode.js';
import { checkLimit, resolveLimits } from '../ingest/limits.js';
import type { Limits } from '../ingest/types.js';
import type { WarningCollector } from './warnings.js';

/** One record of the index: its stub, the line it starts on and its value as parsed. */
export interface IndexRecord {
  readonly stub: string;
  readonly line: number;
  readonly value: unknown;
}

/**
 * The JSON path of a field of a record, as warnings name it.
 *
 * @example
 * jsonPath('care-uk', 'info', 'name'); // => '$["care-uk"].info.name'
 * jsonPath('care-uk', 'partners', 'all', 'local', 'tass'); // => '$["care-uk"].partners.all.local["tass"]'
 */
export function jsonPath(stub: string, ...keys: readonly string[]): string {
  const tail = keys.map((k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`));
  return `$[${JSON.stringify(stub)}]${tail.join('')}`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where a JSON.parse error is and why: engines say "at position N", "(line L column C)" or
 * "at line L column C"; without either, the end of the text (the input stopped early).
 */
function syntaxErrorAt(text: string, e: Error): { line: number; column: number; reason: string } {
  const reason = e.message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(in JSON )?at position \d+.*$/, '')
    .replace(/\s*at line \d+ column \d+.*$/, '');
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason };
  const pos = /position (\d+)/.exec(e.message);
  return { ...lineColumn(text, pos ? Number(pos[1]) : text.length), reason };
}

/** The line each key of the top-level object starts on (first occurrence). */
function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth !== 1) continue;
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (text[j] === ':' && !lines.has(key)) lines.set(key, line);
    }
  }
  return lines;
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse the index into its records (in file order). Malformed JSON, or JSON that is not an
 * object of records, gives one located warning and no records.
 *
 * @param limits - maxBytes (the input) and maxRows (records)
 * @throws LimitError when the input exceeds a limit
 * @example
 * const w = new WarningCollector('org-index.json');
 * readIndexRecords('{\n  "sswc": {"info": {"name": "SSWC"}}\n}\n', 'org-index.json', {}, w).map((r) => `${r.stub}:${r.line}`); // => ['sswc:2']
 * readIndexRecords('{\n  "sswc": {"info": }\n}', 'org-index.json', {}, w).length; // => 0
 * w.list()[0]?.line; // => 2
 */
export function readIndexRecords(
  input: string | Uint8Array,
  file: string,
  limits: Limits,
  warnings: WarningCollector,
): IndexRecord[] {
  const resolved = resolveLimits(limits);
  checkLimit(file, 'maxBytes', resolved, typeof input === 'string' ? input.length : input.byteLength);
  const { text } = decodeInput(input);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const at = syntaxErrorAt(text, e);
    warnings.add(at.line, 'parse_error', null, null, warnings.t('import.bad_json', { ...at }));
    return [];
  }
  if (!isObject(parsed)) {
    warnings.add(1, 'parse_error', '$', null, warnings.t('import.iati3w_not_index'));
    return [];
  }
  const stubs = Object.keys(parsed);
  checkLimit(file, 'maxRows', resolved, stubs.length);
  const lines = topLevelKeyLines(text);
  return stubs.map((stub) => ({ stub, line: lines.get(stub) ?? 0, value: parsed[stub] }));
}

/**
 * Typed reads of one record's fields; a field of the wrong shape is reported at its JSON path
 * (code parse_error) and read as absent.
 */
export class RecordReader {
  constructor(
    private readonly record: IndexRecord,
    private readonly warnings: WarningCollector,
  ) {}

  /** Report a problem at a path of this record. */
  warn(code: 'parse_error' | 'missing_value', keys: readonly string[], message: string): void {
    this.warnings.add(this.record.line, code, jsonPath(this.record.stub, ...keys), null, message);
  }

  /** The value at a path, or undefined when a step is missing (not reported: absent fields are allowed). */
  get(keys: readonly string[]): unknown {
    let v: unknown = this.record.value;
    for (const k of keys) {
      if (!isObject(v) || !Object.hasOwn(v, k)) return undefined;
      v = v[k];
    }
    return v;
  }

  /** A string field: trimmed, '' when absent or null; reported when of another type. */
  text(keys: readonly string[]): string {
    const v = this.get(keys);
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v.trim();
    this.warn('parse_error', keys, this.warnings.t('import.json_not_text'));
    return '';
  }

  /**
   * A map of key -> count (`sectors.all.dac`, `partners.all.local`): entries whose count is not
   * a non-negative number are reported and left out; a non-object is reported and read as empty.
   */
  counts(keys: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.get(keys);
    if (v === undefined || v === null) return out;
    if (!isObject(v)) {
      this.warn('parse_error', keys, this.warnings.t('import.json_not_counts'));
      return out;
    }
    for (const [k, n] of Object.entries(v)) {
      if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out.set(k, n);
      else this.warn('parse_error', [...keys, k], this.warnings.t('import.json_not_count'));
    }
    return out;
  }

  /** The length of a list field (`activities.funding`); 0 when absent, reported when not a list. */
  listLength(keys: readonly string[]): number {
    const v = this.get(keys);
    if (v === undefined || v === null) return 0;
    if (Array.isArray(v)) return v.length;
    this.warn('parse_error', keys, this.warnings.t('import.json_not_list'));
    return 0;
  }
}
