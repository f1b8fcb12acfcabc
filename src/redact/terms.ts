/**
 * Finding and blanking sensitive terms inside free text: names are compared folded (case,
 * accents and punctuation ignored) as whole words, codes and very short terms literally.
 */
import { foldLetters, foldText } from '../normalise/fold.js';

const APOSTROPHES = /['’‘`´ʼ]/;
const APOSTROPHES_ALL = /['’‘`´ʼ]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folded text with, for each folded character, the source range it came from. */
interface FoldedText {
  readonly text: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** Fold like foldText, character by character, remembering where each folded character came from. */
function foldWithMap(s: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  const emit = (ch: string, from: number, to: number) => {
    if (ch === ' ') {
      if (text === '' || text.endsWith(' ')) return;
    }
    text += ch;
    start.push(from);
    end.push(to);
  };
  let i = 0;
  for (const c of s) {
    const from = i;
    const to = i + c.length;
    i = to;
    // An apostrophe separates words here ("Myanmar's" must still name Myanmar); terms are folded
    // both ways (see createTermMatcher), so "Côte d'Ivoire" and "Cote dIvoire" both match.
    if (APOSTROPHES.test(c)) {
      emit(' ', from, to);
      continue;
    }
    if (c === '&') {
      emit(' ', from, to);
      for (const a of 'and') emit(a, from, to);
      emit(' ', from, to);
      continue;
    }
    const folded = foldLetters(c);
    for (const f of folded) emit(WORD_CHAR.test(f) ? f : ' ', from, to);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    start.pop();
    end.pop();
  }
  return { text, start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Terms that are matched literally (case-sensitive) rather than folded: codes and terms of <= 2 folded characters.
 *
 * @example
 * createTermMatcher({ words: ['Myanmar', 'Burma'], literals: ['MM', 'MMR'] });
 */
export interface TermList {
  /** Matched folded, as whole words (e.g. names, labels, aliases). */
  readonly words: readonly string[];
  /** Matched literally and case-sensitively, as whole tokens (e.g. 'KE', 'KEN'). */
  readonly literals: readonly string[];
}

/**
 * A compiled set of sensitive terms.
 *
 * @example
 * createTermMatcher({ words: ['gbv'], literals: [] }).test('GBV-programme'); // => true
 */
export interface TermMatcher {
  /** Whether the text contains any term. */
  test(text: string): boolean;
  /** The text with every occurrence of a term replaced by `replacement`. */
  replace(text: string, replacement: string): string;
  /** Whether there are no terms at all. */
  readonly empty: boolean;
}

/**
 * Compile sensitive terms into a matcher. Word terms are folded (foldText) and found as whole
 * folded words, so 'Côte d’Ivoire' finds 'COTE DIVOIRE' and 'gbv' finds 'GBV-programme' but not
 * 'gbvx'; in the text an apostrophe separates words, so 'Myanmar's' is found; a word term that folds to two characters or fewer is treated as a literal. Literal terms
 * are found case-sensitively as whole tokens ('IN' finds 'IN' in 'IN, BD' but not 'in' or 'INDIA').
 *
 * Cost: O(total term length) to build; O(text length x alternation) per call.
 *
 * @example
 * const m = createTermMatcher({ words: ['Myanmar', 'Burma'], literals: ['MM', 'MMR'] });
 * m.replace('Hlaing Tharyar (Myanmar) / MM', '[redacted]'); // => 'Hlaing Tharyar ([redacted]) / [redacted]'
 * m.test('mm');                                             // => false
 */
export function createTermMatcher(terms: TermList): TermMatcher {
  const words = new Set<string>();
  const literals = new Set<string>();
  for (const w of terms.words) {
    const text = typeof w === 'string' ? w : '';
    const f = foldText(text);
    if (f.length > 2) {
      words.add(f);
      const spaced = foldText(text.replace(APOSTROPHES_ALL, ' '));
      if (spaced !== '') words.add(spaced);
    } else if (text.trim() !== '') literals.add(text.trim());
  }
  for (const l of terms.literals) if (typeof l === 'string' && l.trim() !== '') literals.add(l.trim());
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  const wordRe =
    words.size === 0
      ? null
      : new RegExp(`(?<=^| )(?:${[...words].sort(byLength).map(escapeRegExp).join('|')})(?= |$)`, 'gu');
  const literalRe =
    literals.size === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${[...literals].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        );

  const ranges = (text: string): [number, number][] => {
    const out: [number, number][] = [];
    if (wordRe) {
      const f = foldWithMap(text);
      for (const m of f.text.matchAll(wordRe)) {
        const a = m.index ?? 0;
        const b = a + m[0].length - 1;
        out.push([f.start[a]!, f.end[b]!]);
      }
    }
    if (literalRe)
      for (const m of text.matchAll(literalRe)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    return out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  };
  return {
    empty: words.size === 0 && literals.size === 0,
    test(text: string): boolean {
      if (typeof text !== 'string' || text === '') return false;
      return ranges(text).length > 0;
    },
    replace(text: string, replacement: string): string {
      if (typeof text !== 'string' || text === '') return text;
      const found = ranges(text);
      if (found.length === 0) return text;
      let out = '';
      let at = 0;
      for (const [a, b] of found) {
        if (b <= at) continue;
        if (a >= at) out += text.slice(at, a) + replacement;
        at = b;
      }
      return out + text.slice(at);
    },
  };
}
