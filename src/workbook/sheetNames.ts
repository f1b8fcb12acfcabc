/**
 * The sheet names of the template, in English and Dutch: the writer names its sheets with them
 * and the reader knows the template's own instruction and list sheets by them (and skips them).
 */
import type { Lang } from '../country/labels.js';
import type { FileKind } from '../schema/records.js';

/** The data sheets of the template, in tab order. */
export type TemplateSheetKind = Exclude<FileKind, 'wide' | 'funders' | 'focus'>;

/** The template's data sheets in tab order. */
export const TEMPLATE_KINDS: readonly TemplateSheetKind[] = [
  'members',
  'expertise',
  'geography',
  'sectors',
  'companies',
];

/** Sheet names per language: the instructions, each data sheet and the hidden lists. */
export const SHEET_NAMES: Readonly<
  Record<Lang, Readonly<Record<TemplateSheetKind | 'instructions' | 'lists', string>>>
> = Object.freeze({
  en: Object.freeze({
    instructions: 'Instructions',
    members: 'Members',
    expertise: 'Expertise',
    geography: 'Geography',
    sectors: 'Sectors',
    companies: 'Companies',
    lists: 'lists',
  }),
  nl: Object.freeze({
    instructions: 'Instructies',
    members: 'Leden',
    expertise: 'Expertise',
    geography: 'Geografie',
    sectors: 'Sectoren',
    companies: 'Bedrijven',
    lists: 'lijsten',
  }),
});

const OWN_SHEETS: ReadonlySet<string> = new Set(
  Object.values(SHEET_NAMES).flatMap((n) => [n.instructions.toLowerCase(), n.lists.toLowerCase()]),
);

/**
 * Whether a sheet is one of the template's own instruction or list sheets (compared without case).
 *
 * @example
 * isTemplateSheet('Instructies'); // => true
 * isTemplateSheet('Leden');       // => false
 */
export function isTemplateSheet(name: string): boolean {
  return OWN_SHEETS.has(name.trim().toLowerCase());
}
