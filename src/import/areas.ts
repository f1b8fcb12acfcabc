/**
 * Areas below the country as the importers write them in geography.csv's `area` column:
 * `Name`, `Name (PCODE)` or `PCODE`, and `Parent > Child` for an admin-2 area under its
 * admin-1 area.
 * @module
 */

/** One administrative area as a table gives it: a name, a code, or both. */
export interface AreaPart {
  readonly name: string;
  readonly code: string;
}

/** Characters that separate areas (`;`) or levels (`>`) in the area cell, and control characters. */
const SEPARATORS = /[;>\p{Cc}]+/gu;

/** A name cleaned for the area cell: separators become spaces, whitespace collapsed. */
function cleanPart(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A p-code as written in the area cell: letters and digits only (HLCIT codes such as
 * '524 2 05 30 5 046' lose their spaces), upper case; '' when nothing is left.
 *
 * @example
 * compactCode(' af0101 '); // => 'AF0101'
 * compactCode('524 2 05 30 5 046'); // => '524205305046'
 * compactCode('KE-30'); // => 'KE30'
 */
export function compactCode(code: string): string {
  return code.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();
}

/**
 * One area in the contract's form: `Name (CODE)`, `Name` or `CODE`; '' when both are empty.
 *
 * @example
 * formatAreaPart({ name: 'Kandahar', code: 'AF24' }); // => 'Kandahar (AF24)'
 * formatAreaPart({ name: 'Borno', code: '' }); // => 'Borno'
 * formatAreaPart({ name: '', code: 'ng008013' }); // => 'NG008013'
 */
export function formatAreaPart(part: AreaPart): string {
  const name = cleanPart(part.name);
  const code = compactCode(part.code);
  if (name !== '' && code !== '') return `${name} (${code})`;
  return name !== '' ? name : code;
}

/**
 * The area path of a row: `admin1 > admin2` when both levels are given, the one level
 * otherwise; null when neither is.
 *
 * @example
 * areaPath({ name: 'Kandahar', code: 'AF24' }, { name: 'Spin Boldak', code: 'AF2405' });
 * // => 'Kandahar (AF24) > Spin Boldak (AF2405)'
 * areaPath({ name: 'Borno', code: '' }, null); // => 'Borno'
 * areaPath(null, { name: '', code: '' }); // => null
 */
export function areaPath(admin1: AreaPart | null, admin2: AreaPart | null): string | null {
  const parts = [admin1, admin2].map((p) => (p === null ? '' : formatAreaPart(p))).filter((p) => p !== '');
  return parts.length === 0 ? null : parts.join(' > ');
}
