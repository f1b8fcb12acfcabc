/**
 * Organisation names typed in capitals only ("CATHOLIC ORGANIZATION FOR RELIEF AND DEVELOPMENT",
 * a quarter of the implementing partners of an IATI export) read as shouting in every sentence
 * of a report. The importers write them in title case, keeping what is likely an acronym.
 * @module
 */

/** Connecting words written in lower case inside a name (English, French, Spanish, Dutch, German, Italian). */
const SMALL_WORDS = new Set(
  'a an and at by for in of on or the to with de des du la le les et en au aux pour sur par d l y e el los las del van der den het een voor und fur für per di della dei'.split(
    ' ',
  ),
);

/** Words of up to three letters that are words, not acronyms. */
const SHORT_WORDS = new Set(
  'aid new war one red sun day age all law way our own old man men sea sky arc'.split(' '),
);

/** Whether a word is written as it is: an acronym (three letters or fewer, or no vowel), a code. */
function keepsCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length !== word.length) return true; // digits, dots, '&': a code or an abbreviation
  const lower = letters.toLowerCase();
  if (SMALL_WORDS.has(lower) || SHORT_WORDS.has(lower)) return false;
  return letters.length <= 3 || !/[aeiouy]/i.test(letters);
}

function titleWord(word: string, first: boolean): string {
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0) {
    const head = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe + 1);
    // L'ENFANCE, D'APPUI: an elided article; CHILDREN'S: a possessive.
    if (head.length === 1)
      return `${first ? head : head.toLowerCase()}${word[apostrophe]}${titleWord(tail, true)}`;
    return `${titleWord(head, first)}${word[apostrophe]}${tail.toLowerCase()}`;
  }
  // ST., LTD.: an abbreviation with a full stop is a word; E.V., U.S.: initials.
  if (/^\p{L}{2,}\.$/u.test(word)) {
    const lower = word.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  if (keepsCapitals(word)) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * A name written in capitals only, in title case: connecting words in lower case, words of
 * three letters or fewer (NGO, IRC, ART), words without a vowel and words in brackets kept as
 * written. A name with any lower-case letter, or with fewer than two words of four letters or
 * more (UNICEF, MSF HOLLAND, AYUUB NGO: likely a brand or an acronym), is returned unchanged.
 *
 * @example
 * calmCapitals('CATHOLIC ORGANIZATION FOR RELIEF AND DEVELOPMENT'); // => 'Catholic Organization for Relief and Development'
 * calmCapitals('TAAKULO SOMALILAND COMMUNITY (TASCO)'); // => 'Taakulo Somaliland Community (TASCO)'
 * calmCapitals("ACTIONS CONCRETES POUR LA PROTECTION DE L'ENFANCE"); // => "Actions Concretes pour la Protection de l'Enfance"
 * calmCapitals('Save the Children'); // => 'Save the Children'
 * calmCapitals('MSF HOLLAND'); // => 'MSF HOLLAND'
 * calmCapitals('ST. JOHN AMBULANCE'); // => 'St. John Ambulance'
 */
export function calmCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name)) return name;
  const longWords = name.split(/[^\p{L}]+/u).filter((w) => w.length >= 4).length;
  if (longWords < 2) return name;
  let first = true;
  let depth = 0;
  // Words, brackets and separators in order; words inside brackets are kept as written.
  return name.replace(/[^\s\-/()]+|[()]/gu, (token) => {
    if (token === '(') depth++;
    else if (token === ')') depth = Math.max(0, depth - 1);
    if (token === '(' || token === ')' || depth > 0) return token;
    const out = titleWord(token, first);
    first = false;
    return out;
  });
}
