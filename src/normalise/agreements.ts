/**
 * IRBC agreement names (IMVO-convenanten) in the reader's language. The sector taxonomy holds one
 * text per sector, the English name with the Dutch name in brackets ("Dutch Banking Sector
 * Agreement (Convenant Bancaire Sector)"); this module is the one place that splits it, so every
 * English text names the English agreement and every Dutch text the Dutch one.
 * @module
 */
import type { Lang } from '../country/labels.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';
import { DEFAULT_SECTORS } from './taxonomy.js';

/** A bracketed part: "(Convenant Bancaire Sector)". */
const BRACKETED = /\s*\(([^()]+)\)/g;

/**
 * One language's name from a taxonomy `irbc` text: English drops the bracketed Dutch names,
 * Dutch keeps only them (several joined by "en het"). A text without brackets is returned as it
 * is, in both languages.
 *
 * @param text - the taxonomy's `irbc` text
 * @param lang - 'en' or 'nl'
 * @example
 * agreementText('Dutch Banking Sector Agreement (Convenant Bancaire Sector)', 'nl'); // => 'Convenant Bancaire Sector'
 * agreementText('Dutch Banking Sector Agreement (Convenant Bancaire Sector)', 'en'); // => 'Dutch Banking Sector Agreement'
 * agreementText('Responsible Gold Agreement (Convenant Verantwoord Goud) and the Metals Agreement (IMVO-convenant Metaal)', 'nl');
 * // => 'Convenant Verantwoord Goud en het IMVO-convenant Metaal'
 */
export function agreementText(text: string, lang: Lang): string {
  const dutch = [...text.matchAll(BRACKETED)].map((m) => m[1]!.trim());
  if (dutch.length === 0) return text.trim();
  if (lang === 'nl') return dutch.join(' en het ');
  return text.replace(BRACKETED, '').replace(/\s+/g, ' ').trim();
}

/**
 * The name of the IRBC agreement that covers a sector, in one language, or undefined when no
 * agreement covers it. Looks the sector up in `sectors` (default: the shipped sector taxonomy).
 *
 * @param sectorId - a sector id, e.g. 'garment-textiles'
 * @param lang - 'en' or 'nl'
 * @param sectors - where to look the sector up (a Taxonomy or a list of entries)
 * @example
 * agreementName('garment-textiles', 'nl'); // => 'Convenant Duurzame Kleding en Textiel'
 * agreementName('garment-textiles', 'en'); // => 'Dutch Agreement on Sustainable Garments and Textile'
 * agreementName('agriculture', 'nl'); // => undefined
 */
export function agreementName(
  sectorId: string,
  lang: Lang,
  sectors: { get(id: string): TaxonomyEntry | undefined } | readonly TaxonomyEntry[] = DEFAULT_SECTORS,
): string | undefined {
  const entry = 'get' in sectors ? sectors.get(sectorId) : sectors.find((s) => s.id === sectorId);
  return entry?.irbc === undefined ? undefined : agreementText(entry.irbc, lang);
}
