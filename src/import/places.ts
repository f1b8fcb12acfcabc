/**
 * Country detection for public data: ISO codes in IATI organisation refs and activity country
 * lists, OCHA p-codes and HLCIT codes, and free-text country cells.
 * @module
 */
import { resolveCountry } from '../normalise/countries.js';

/**
 * An ISO 3166 alpha-2 code as written ('ke', ' KE ') when it is a known country, else null.
 *
 * @example
 * isoAlpha2('ke'); // => 'KE'
 * isoAlpha2('XM'); // => null
 */
export function isoAlpha2(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return null;
  const r = resolveCountry(c);
  return r.kind === 'exact' && r.value === c ? c : null;
}

/**
 * The country of an IATI organisation identifier: its prefix before the first '-' when that is
 * an ISO alpha-2 code ('NL-KVK-41160054' -> 'NL', 'GB-CHC-202918' -> 'GB'); null for
 * multilateral and other prefixes ('XM-DAC-...', 'XI-IATI-...', '44000').
 *
 * @example
 * countryFromOrgRef('NL-KVK-41160054'); // => 'NL'
 * countryFromOrgRef('XM-DAC-41122');    // => null
 */
export function countryFromOrgRef(ref: string): string | null {
  const m = /^([A-Za-z]{2})-/.exec(ref.trim());
  return m ? isoAlpha2(m[1]!) : null;
}

/**
 * The country of an OCHA p-code or HLCIT code: a leading ISO alpha-3 ('NGA008' -> 'NG'),
 * alpha-2 ('AF01' -> 'AF', 'NG008023' -> 'NG', 'ML0505' -> 'ML') or ISO numeric code followed
 * by a space or digit-group separator ('524 2 05 30 5 046' -> 'NP'); null otherwise.
 *
 * @example
 * countryFromPcode('AF0101');            // => 'AF'
 * countryFromPcode('NGA008');            // => 'NG'
 * countryFromPcode('524 2 05 30 5 046'); // => 'NP'
 * countryFromPcode('Kabul');             // => null
 */
export function countryFromPcode(code: string): string | null {
  const c = code.trim().toUpperCase();
  const alpha = /^([A-Z]{2,3})\d/.exec(c);
  if (alpha) {
    const letters = alpha[1]!;
    if (letters.length === 2) return isoAlpha2(letters);
    const r = resolveCountry(letters);
    return r.kind === 'exact' ? r.value : null;
  }
  const numeric = /^(\d{3})[\s.\-_]/.exec(c);
  if (numeric) {
    const r = resolveCountry(numeric[1]!);
    return r.kind === 'exact' ? r.value : null;
  }
  return null;
}

/**
 * A free-text country cell (name, alpha-2/3, numeric, Dutch/English variants) to alpha-2;
 * exact or confident fuzzy matches only, else null.
 *
 * @example
 * countryFromText('Afghanistan'); // => 'AF'
 * countryFromText('NGA');         // => 'NG'
 * countryFromText('Atlantis');    // => null
 */
export function countryFromText(text: string): string | null {
  if (text.trim() === '') return null;
  const r = resolveCountry(text);
  return r.kind === 'exact' || r.kind === 'fuzzy' ? r.value : null;
}
