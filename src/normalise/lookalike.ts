/**
 * Member ids that look like other text: invisible or control characters, letters of two scripts
 * (a Cyrillic "А" among Latin letters), and ids that look the same as another member's.
 * @module
 */
import { type MessageKey, messagesIn, type Translate } from '../messages/catalogue.js';

/** Invisible and control characters: C0/C1 controls and format characters (zero-width, bidi, soft hyphen). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Text of printable ASCII characters only (space to tilde). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Scripts whose letters look like Latin ones. */
const SCRIPTS: readonly (readonly [MessageKey, RegExp])[] = [
  ['script.latin', /\p{Script=Latin}/u],
  ['script.cyrillic', /\p{Script=Cyrillic}/u],
  ['script.greek', /\p{Script=Greek}/u],
];

/** Cyrillic and Greek letters that look like Latin letters, mapped to them (Unicode confusables, in part). */
const CONFUSABLES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  Ӏ: 'I',
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  ѕ: 's',
  х: 'x',
  у: 'y',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  ү: 'y',
  ӏ: 'l',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  α: 'a',
};

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What makes an id misleading, for a warning, or null: an invisible or control character (named
 * by code point), or letters of more than one of the Latin, Cyrillic and Greek scripts, in the
 * language of `t` (default English).
 *
 * @example
 * idOddity('FTA'); // => null
 * idOddity('FT\u200BA'); // => 'an invisible or control character (U+200B)'
 * idOddity('FТA'); // => 'letters of two scripts (Latin and Cyrillic)'
 * idOddity('FТA', messagesIn('nl')); // => 'letters uit twee schriften (Latijns en Cyrillisch)'
 */
export function idOddity(id: string, t: Translate = messagesIn('en')): string | null {
  // Printable ASCII (most ids) holds no invisible character and no letter of a second script.
  if (PRINTABLE_ASCII.test(id)) return null;
  const hidden = [...id].filter((c) => INVISIBLE.test(c));
  if (hidden.length > 0) {
    const list = [...new Set(hidden.map(codePoint))].join(', ');
    return t(hidden.length === 1 ? 'lookalike.invisible_one' : 'lookalike.invisible_many', { list });
  }
  const scripts = SCRIPTS.filter(([, re]) => re.test(id)).map(([key]) => t(key));
  return scripts.length > 1
    ? t('lookalike.scripts', { first: scripts.slice(0, -1).join(', '), second: scripts.at(-1)! })
    : null;
}

/**
 * The look of an id: compatibility forms folded (NFKC), Cyrillic and Greek look-alikes mapped to
 * Latin, invisible and control characters removed, lower case. Two ids with the same skeleton
 * look the same on screen.
 *
 * @example
 * idSkeleton('FТA') === idSkeleton('fta'); // => true
 * idSkeleton('F\u200BTA'); // => 'fta'
 */
export function idSkeleton(id: string): string {
  let out = '';
  for (const c of id.normalize('NFKC')) {
    if (INVISIBLE.test(c)) continue;
    out += CONFUSABLES[c] ?? c;
  }
  return out.toLowerCase();
}
