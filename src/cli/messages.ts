/**
 * The CLI's option-check sentences in English and Dutch: one small table, so a later message
 * catalogue can absorb it whole.
 * @module
 */
import type { Lang } from '../country/labels.js';

/** The sentences of the option checks, per language. */
export interface FlagMessages {
  readonly wholeNumber: (flag: string, raw: string, min: number, max: number) => string;
  readonly emptyList: (flag: string, example: string) => string;
  readonly weightPart: (part: string) => string;
  readonly weightRange: (key: string, raw: string, max: number) => string;
  readonly weightKey: (key: string) => string;
  readonly weightsZero: string;
  readonly lang: (raw: string) => string;
  readonly kind: (raw: string) => string;
  readonly format: (raw: string) => string;
  readonly emptyValue: (flag: string) => string;
  readonly tooLong: (flag: string, length: number, max: number) => string;
}

const EN: FlagMessages = {
  wholeNumber: (flag, raw, min, max) =>
    `${flag}: "${raw}" is not a whole number from ${min} to ${max.toLocaleString('en')}.`,
  emptyList: (flag, example) => `${flag}: the list is empty; name at least one, e.g. ${flag} "${example}".`,
  weightPart: (part) => `--weights: "${part}" is not key=number, e.g. geography=0.7.`,
  weightRange: (key, raw, max) => `--weights: ${key}=${raw} is not a number from 0 to ${max}.`,
  weightKey: (key) =>
    `--weights: unknown key "${key}". Use geography, sectors, office, local_partner, programme, network, area or observed.`,
  weightsZero: '--weights: geography and sectors cannot both be 0; give at least one a weight above 0.',
  lang: (raw) => `--lang: "${raw}" is not en or nl.`,
  kind: (raw) => `import: unknown kind "${raw}"; use iati, 3w or iati3w.`,
  format: (raw) => `--format: "${raw}" is not text or json.`,
  emptyValue: (flag) => `${flag}: the value is empty.`,
  tooLong: (flag, length, max) => `${flag}: the value has ${length} characters; at most ${max} fit a title.`,
};

const NL: FlagMessages = {
  wholeNumber: (flag, raw, min, max) =>
    `${flag}: "${raw}" is geen geheel getal van ${min} tot en met ${max.toLocaleString('nl')}.`,
  emptyList: (flag, example) =>
    `${flag}: de lijst is leeg; noem er minstens één, bijvoorbeeld ${flag} "${example}".`,
  weightPart: (part) => `--weights: "${part}" is niet sleutel=getal, bijvoorbeeld geography=0.7.`,
  weightRange: (key, raw, max) => `--weights: ${key}=${raw} is geen getal van 0 tot en met ${max}.`,
  weightKey: (key) =>
    `--weights: onbekende sleutel "${key}". Gebruik geography, sectors, office, local_partner, programme, network, area of observed.`,
  weightsZero:
    '--weights: geography en sectors kunnen niet allebei 0 zijn; geef minstens één een gewicht boven 0.',
  lang: (raw) => `--lang: "${raw}" is niet en of nl.`,
  kind: (raw) => `import: onbekende soort "${raw}"; gebruik iati, 3w of iati3w.`,
  format: (raw) => `--format: "${raw}" is niet text of json.`,
  emptyValue: (flag) => `${flag}: de waarde is leeg.`,
  tooLong: (flag, length, max) =>
    `${flag}: de waarde heeft ${length} tekens; een titel heeft er hoogstens ${max}.`,
};

/**
 * The option-check sentences in one language.
 *
 * @example
 * flagMessages('nl').lang('fr'); // => '--lang: "fr" is niet en of nl.'
 */
export function flagMessages(lang: Lang = 'en'): FlagMessages {
  return lang === 'nl' ? NL : EN;
}
