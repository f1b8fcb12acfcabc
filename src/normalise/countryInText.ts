/**
 * Country names inside a sentence: "in the United Kingdom", "in het Verenigd Koninkrijk", "in de
 * Filipijnen", where a name alone ("United Kingdom") is a label. Only the ISO display names take
 * the article; a name the partnership gave itself is used as it is.
 * @module
 */
import type { Lang } from '../lang.js';
import { countryName } from './countries.js';

/** ISO codes whose English name takes "the" in running text. */
const THE = new Set(
  'AE AX BS CC CD CF CG CK DO FK FO GB GM HM IO KM KY MH MP MV NL PH SB TC TF UM US'.split(' '),
);
/** ISO codes whose Dutch name takes "de" in running text ("het" only for the Verenigd Koninkrijk). */
const DE = new Set('AE BS CC CF CG CK DO EH FK FO HM KM KY MH MP MV PH SB SC TC TF UM US VG VI'.split(' '));

/**
 * The country's name as a sentence uses it: with the article its ISO name takes in `lang`.
 *
 * @param code - ISO 3166-1 alpha-2 code
 * @param name - the name shown for it (its label)
 * @param lang - 'en' or 'nl'
 * @example
 * countryInText('GB', 'United Kingdom', 'en'); // => 'the United Kingdom'
 * countryInText('GB', 'Verenigd Koninkrijk', 'nl'); // => 'het Verenigd Koninkrijk'
 * countryInText('KE', 'Kenya', 'en'); // => 'Kenya'
 */
export function countryInText(code: string, name: string, lang: Lang): string {
  if (name !== countryName(code, lang)) return name;
  if (lang === 'en') return THE.has(code) ? `the ${name}` : name;
  if (code === 'GB') return `het ${name}`;
  return DE.has(code) ? `de ${name}` : name;
}
