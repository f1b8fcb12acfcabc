/**
 * Areas below the country as the importers write them in geography.csv's `area` column:
 * `Name`, `Name (PCODE)` or `PCODE`, and `Parent > Child` for an admin-2 area under its
 * admin-1 area.
 * @module
 */

import { mostFrequent } from '../normalise/areas.js';
import { foldText } from '../normalise/fold.js';

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

/** The key of an area path: its codes when every level has one, else the folded path. */
function pathKey(path: string): string {
  const codes = path.split(' > ').map((level) => /\(([^()]+)\)$/.exec(level)?.[1] ?? null);
  return codes.every((c) => c !== null) ? codes.join('>') : foldText(path);
}

/**
 * One spelling per area: a table that writes "Kumpur (524205305033)" on some rows and "kumpur
 * (524205305033)" on others (the Nepal 3W) would give two geography rows for one place, which the
 * reader then reports as duplicates of each other. Paths with the same codes (or, without codes,
 * the same folded text) take their most frequent spelling (ties: code-unit order). Activities whose
 * areas already agree are returned as they are.
 *
 * @example
 * const rows = [{ places: [{ area: 'Kumpur (524205305033)' }] }, { places: [{ area: 'kumpur (524205305033)' }] },
 *   { places: [{ area: 'Kumpur (524205305033)' }] }];
 * unifyAreaSpellings(rows).map((r) => r.places[0]?.area); // => ['Kumpur (524205305033)', 'Kumpur (524205305033)', 'Kumpur (524205305033)']
 */
export function unifyAreaSpellings<
  T extends { readonly places: readonly { readonly area: string | null }[] },
>(activities: readonly T[]): T[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const a of activities) {
    for (const p of a.places) {
      if (p.area === null) continue;
      const key = pathKey(p.area);
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(p.area, (counts.get(p.area) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const chosen = new Map<string, string>();
  for (const counts of spellings.values()) {
    if (counts.size < 2) continue;
    const best = mostFrequent(counts);
    for (const spelling of counts.keys()) if (spelling !== best) chosen.set(spelling, best);
  }
  if (chosen.size === 0) return [...activities];
  return activities.map((a) =>
    a.places.some((p) => p.area !== null && chosen.has(p.area))
      ? {
          ...a,
          places: a.places.map((p) =>
            p.area !== null && chosen.has(p.area) ? { ...p, area: chosen.get(p.area)! } : p,
          ),
        }
      : a,
  );
}
