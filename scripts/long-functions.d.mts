/** Types of scripts/long-functions.mjs (imported by tests/style/functionLength.test.ts). */

/** Folders not checked for now (src/metrics/, src/recommend/: split in their own branches). */
export declare const ALLOWED_FOLDERS: readonly string[];

/** A function longer than the limit. */
export interface LongFunction {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly lines: number;
}

/** Every function in src/ (outside `allowed` folders) longer than `maxLines` lines. */
export declare function longFunctions(maxLines?: number, allowed?: readonly string[]): LongFunction[];
