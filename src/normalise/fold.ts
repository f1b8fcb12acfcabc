/**
 * Text folding: the one function that turns a free-text label into a
 * comparison key. Every vocabulary, taxonomy and country lookup compares
 * folded text, so "Côte d'Ivoire", "COTE D’IVOIRE" and "cote-divoire" meet.
 */

import { remember } from './memo.js';

/** Letters that NFKD does not decompose but that users type as their ASCII look-alikes. */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['ł', 'l'],
  ['ı', 'i'],
  ['þ', 'th'],
]);

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const SPECIAL_LETTERS = /[ßæœøđðłıþ]/g;
const SEPARATOR_RUNS = /[^\p{L}\p{N}]+/gu;

/**
 * Fold a label to its comparison key: Unicode NFKD, combining marks removed,
 * lowercase, a few non-decomposing letters mapped to ASCII (ß -> ss, ø -> o,
 * æ -> ae, ...), `&` read as ` and `, apostrophes removed (so "NGO's" equals
 * "NGOs" and "d'Ivoire" equals "dIvoire"), and every run of other punctuation,
 * underscores, hyphens, slashes and whitespace replaced by one space; trimmed.
 *
 * Cost: O(length of s). Never throws; the empty string folds to ''.
 *
 * @param s - any text
 * @returns the folded key (letters and digits separated by single spaces)
 * @example
 * foldText("  Côte d'Ivoire "); // => 'cote divoire'
 * foldText('Health & Safety');   // => 'health and safety'
 * foldText('gender_based-violence / GBV'); // => 'gender based violence gbv'
 */
export function foldText(s: string): string {
  return foldLetters(s).replace(/&/g, ' and ').replace(APOSTROPHES, '').replace(SEPARATOR_RUNS, ' ').trim();
}

/**
 * The letter part of {@link foldText}: decompose, drop accents, lowercase and map letters such
 * as ß, æ, ø, ł to their ASCII look-alikes; punctuation and spacing are left as they are (for
 * callers that fold character by character and keep positions).
 *
 * @example
 * foldLetters('Ærø Straße'); // => 'aero strasse'
 */
export function foldLetters(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (c) => LETTER_FOLDS.get(c) ?? c);
}

const foldedTexts = new Map<string, string>();

/**
 * {@link foldText}, remembered (bounded, see memo.ts): for texts that recur across rows and calls,
 * such as local partner names (folded on every row that names them, and again when each
 * country's and area's names are clustered).
 *
 * @example
 * foldRemembered('Karmojibi Nari'); // => 'karmojibi nari'
 */
export function foldRemembered(s: string): string {
  return remember(foldedTexts, s, foldText);
}
