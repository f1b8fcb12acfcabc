/**
 * Organisation types of public data (IATI OrganisationType codes and names, OCHA 3W / HR.info
 * type labels in English and French) mapped to the library's member types.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import type { MemberType } from '../schema/records.js';

/**
 * IATI OrganisationType code -> member type. 21/22/23/24 (international, national, regional,
 * partner-country NGO) -> ngo; 10/11/15 (government, local government, other public sector) ->
 * government; 70-73 (private sector) -> company; 80 (academic, training and research) ->
 * knowledge; every other code (30 PPP, 40 multilateral, 60 foundation, 90 other) -> other.
 *
 * @example
 * IATI_ORG_TYPE_TO_MEMBER['21']; // => 'ngo'
 */
export const IATI_ORG_TYPE_TO_MEMBER: Readonly<Record<string, MemberType>> = Object.freeze({
  '10': 'government',
  '11': 'government',
  '15': 'government',
  '21': 'ngo',
  '22': 'ngo',
  '23': 'ngo',
  '24': 'ngo',
  '30': 'other',
  '40': 'other',
  '60': 'other',
  '70': 'company',
  '71': 'company',
  '72': 'company',
  '73': 'company',
  '80': 'knowledge',
  '90': 'other',
});

/**
 * 3W / HR.info organisation type labels (compared folded) -> member type. NGOs of any scope
 * (INGO, NNGO, ONG Int, ONG Nat, Local NGO, Religious) -> ngo; Government, Govt, Gouvernement,
 * Embassy -> government; Academic / Research -> knowledge; Private sector -> company; UN
 * agencies, international organisations, Red Cross / Red Crescent (Mouv. CR), donors, media,
 * military and Other -> other (the library has no multilateral or movement type).
 *
 * @example
 * memberTypeFrom3w('ONG Int'); // => 'ngo'
 */
export const THREE_W_TYPE_ALIASES: Readonly<Record<MemberType, readonly string[]>> = Object.freeze({
  ngo: [
    'INGO',
    'NNGO',
    'NGO',
    'LNGO',
    'International NGO',
    'National NGO',
    'Local NGO',
    'Regional NGO',
    'ONG',
    'ONG Int',
    'ONG Internationale',
    'ONG Nat',
    'ONG Nationale',
    'ONGI',
    'ONGN',
    'Religious',
    'Faith based organisation',
    'CSO',
    'CBO',
    'Civil society',
  ],
  government: ['Govt', 'Government', 'Gouvernement', 'Gov', 'Embassy', 'Ambassade', 'Public sector', 'Etat'],
  un: [],
  knowledge: ['Academic / Research', 'Academic', 'Research', 'University', 'Academique / Recherche'],
  company: ['Private sector', 'Private', 'Secteur privé', 'Company'],
  union: ['Trade union', 'Union', 'Syndicat'],
  other: [
    'UN Agency',
    'UN',
    'United Nations',
    'Agence UN',
    'Agence des Nations Unies',
    'Nations Unies',
    'International Organization',
    'International Organisation',
    'Organisation internationale',
    'IO',
    'Red Cross / Red Crescent',
    'Red Cross',
    'RCRC',
    'Mouv. CR',
    'Mouvement Croix-Rouge',
    'Croix-Rouge',
    'Donor',
    'Bailleur',
    'Media',
    'Military',
    'Other',
    'Autre',
  ],
});

const THREE_W_INDEX: ReadonlyMap<string, MemberType> = new Map(
  (Object.keys(THREE_W_TYPE_ALIASES) as MemberType[]).flatMap((type) =>
    THREE_W_TYPE_ALIASES[type].map((alias) => [foldText(alias), type] as const),
  ),
);

/** IATI OrganisationType names (compared folded) -> code, for exports that give names. */
const IATI_TYPE_NAMES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['Government', '10'],
      ['Local Government', '11'],
      ['Other Public Sector', '15'],
      ['International NGO', '21'],
      ['National NGO', '22'],
      ['Regional NGO', '23'],
      ['Partner Country based NGO', '24'],
      ['Public Private Partnership', '30'],
      ['Multilateral', '40'],
      ['Foundation', '60'],
      ['Private Sector', '70'],
      ['Private Sector in Provider Country', '71'],
      ['Private Sector in Aid Recipient Country', '72'],
      ['Private Sector in Third Country', '73'],
      ['Academic, Training and Research', '80'],
      ['Other', '90'],
    ] as const
  ).map(([name, code]) => [foldText(name), code] as const),
);

/**
 * The member type of an IATI organisation type given as a code ('21') or a codelist name
 * ('International NGO'); null when empty or unknown.
 *
 * @example
 * memberTypeFromIati('22'); // => 'ngo'
 * memberTypeFromIati('Academic, Training and Research'); // => 'knowledge'
 * memberTypeFromIati(''); // => null
 */
export function memberTypeFromIati(value: string): MemberType | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const code = /^\d+$/.test(trimmed) ? trimmed : IATI_TYPE_NAMES.get(foldText(trimmed));
  return code === undefined ? null : (IATI_ORG_TYPE_TO_MEMBER[code] ?? null);
}

/**
 * The member type of a 3W organisation type label (English or French, see
 * {@link THREE_W_TYPE_ALIASES}); null when empty or unknown.
 *
 * @example
 * memberTypeFrom3w('Agence UN'); // => 'other'
 * memberTypeFrom3w('Govt'); // => 'government'
 * memberTypeFrom3w('Zzz'); // => null
 */
export function memberTypeFrom3w(value: string): MemberType | null {
  const cached = typeCache.get(value);
  if (cached !== undefined) return cached;
  const folded = foldText(value);
  const type =
    folded === '' ? null : (THREE_W_INDEX.get(folded) ?? THREE_W_INDEX.get(folded.replace(/ /g, '')) ?? null);
  if (typeCache.size < 10_000) typeCache.set(value, type);
  return type;
}

const typeCache = new Map<string, MemberType | null>();

/**
 * Whether a 3W type label names a national (in-country) NGO, whose HQ is the 3W's country.
 *
 * @example
 * isNational3wType('ONG Nat'); // => true
 * isNational3wType('INGO');    // => false
 */
export function isNational3wType(value: string): boolean {
  const cached = nationalCache.get(value);
  if (cached !== undefined) return cached;
  const national = NATIONAL_TYPES.has(foldText(value));
  if (nationalCache.size < 10_000) nationalCache.set(value, national);
  return national;
}

const NATIONAL_TYPES: ReadonlySet<string> = new Set([
  'nngo',
  'national ngo',
  'local ngo',
  'ong nat',
  'ong nationale',
  'ongn',
  'lngo',
  'cbo',
]);
const nationalCache = new Map<string, boolean>();
