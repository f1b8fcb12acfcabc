/**
 * Organisation types of public data (IATI OrganisationType codes and names, OCHA 3W / HR.info
 * type labels in English and French) mapped to the type and scope written in members.csv.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import type { ImportMemberType, OrgScope } from './types.js';

/** The type and scope an organisation-type label stands for; scope null when the label does not say. */
export interface OrgKind {
  readonly type: ImportMemberType;
  readonly scope: OrgScope | null;
}

const kind = (type: ImportMemberType, scope: OrgScope | null = null): OrgKind =>
  Object.freeze({ type, scope });

/**
 * IATI OrganisationType code -> type and scope. 10/15 (government, other public sector) ->
 * government, 11 (local government) -> government + local; 21 (international NGO) and 23
 * (regional NGO) -> ngo + international, 22 (national NGO) and 24 (partner-country based NGO)
 * -> ngo + national; 40 (multilateral) -> un + international; 70-73 (private sector) ->
 * company (71 provider-country and 73 third-country firms international, 72 aid-recipient
 * firms national); 80 (academic, training and research) -> knowledge; 30 (public-private
 * partnership), 60 (foundation) and 90 (other) -> other.
 *
 * @example
 * IATI_ORG_TYPES['21']; // => { type: 'ngo', scope: 'international' }
 * IATI_ORG_TYPES['40']; // => { type: 'un', scope: 'international' }
 */
export const IATI_ORG_TYPES: Readonly<Record<string, OrgKind>> = Object.freeze({
  '10': kind('government'),
  '11': kind('government', 'local'),
  '15': kind('government'),
  '21': kind('ngo', 'international'),
  '22': kind('ngo', 'national'),
  '23': kind('ngo', 'international'),
  '24': kind('ngo', 'national'),
  '30': kind('other'),
  '40': kind('un', 'international'),
  '60': kind('other'),
  '70': kind('company'),
  '71': kind('company', 'international'),
  '72': kind('company', 'national'),
  '73': kind('company', 'international'),
  '80': kind('knowledge'),
  '90': kind('other'),
});

/**
 * 3W / HR.info organisation type labels (compared folded, also without spaces) -> type and
 * scope. International NGOs (INGO, ONG Int) -> ngo + international; national NGOs (NNGO, ONG
 * Nat) -> ngo + national; local and community-based ones (LNGO, CBO) -> ngo + local; UN
 * agencies and other intergovernmental organisations -> un + international; Government ->
 * government + national, Embassy -> government + international, local government ->
 * government + local; Academic / Research -> knowledge; Private sector -> company; Red Cross /
 * Red Crescent -> other (the scope from the name, see {@link redCrossScope}); Donor, Media,
 * Military, Other -> other.
 *
 * @example
 * THREE_W_TYPES['ONG Int']; // => { type: 'ngo', scope: 'international' }
 */
export const THREE_W_TYPES: Readonly<Record<string, OrgKind>> = Object.freeze({
  ...labels(
    ['INGO', 'International NGO', 'ONG Int', 'ONG Internationale', 'ONGI', 'Regional NGO'],
    kind('ngo', 'international'),
  ),
  ...labels(['NNGO', 'National NGO', 'ONG Nat', 'ONG Nationale', 'ONGN'], kind('ngo', 'national')),
  ...labels(
    ['LNGO', 'Local NGO', 'CBO', 'Community based organisation', 'ONG locale', 'OCB'],
    kind('ngo', 'local'),
  ),
  ...labels(['NGO', 'ONG', 'Religious', 'Faith based organisation', 'CSO', 'Civil society'], kind('ngo')),
  ...labels(
    [
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
      'Multilateral',
    ],
    kind('un', 'international'),
  ),
  ...labels(
    ['Govt', 'Government', 'Gouvernement', 'Gov', 'Public sector', 'Etat'],
    kind('government', 'national'),
  ),
  ...labels(['Embassy', 'Ambassade'], kind('government', 'international')),
  ...labels(['Local government', 'Local authority', 'Collectivite locale'], kind('government', 'local')),
  ...labels(
    ['Academic / Research', 'Academic', 'Research', 'University', 'Academique / Recherche'],
    kind('knowledge'),
  ),
  ...labels(['Private sector', 'Private', 'Secteur prive', 'Company'], kind('company')),
  ...labels(['Trade union', 'Union', 'Syndicat'], kind('union')),
  ...labels(
    ['Red Cross / Red Crescent', 'Red Cross', 'RCRC', 'Mouv. CR', 'Mouvement Croix-Rouge', 'Croix-Rouge'],
    kind('other'),
  ),
  ...labels(['Donor', 'Bailleur', 'Media', 'Military', 'Other', 'Autre'], kind('other')),
});

function labels(list: readonly string[], k: OrgKind): Record<string, OrgKind> {
  return Object.fromEntries(list.map((l) => [l, k]));
}

const THREE_W_INDEX: ReadonlyMap<string, OrgKind> = new Map(
  Object.entries(THREE_W_TYPES).flatMap(([label, k]) => [
    [foldText(label), k] as const,
    [foldText(label).replace(/ /g, ''), k] as const,
  ]),
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

const LIBRARY_TYPES: ReadonlySet<string> = new Set([
  'ngo',
  'union',
  'company',
  'knowledge',
  'government',
  'other',
  'un',
]);

/**
 * The type and scope of an IATI organisation type given as a code ('21'), a codelist name
 * ('International NGO') or a members.csv type word ('ngo', 'un'); null when empty or unknown.
 *
 * @example
 * orgKindFromIati('22'); // => { type: 'ngo', scope: 'national' }
 * orgKindFromIati('Academic, Training and Research'); // => { type: 'knowledge', scope: null }
 * orgKindFromIati('ngo'); // => { type: 'ngo', scope: null }
 * orgKindFromIati(''); // => null
 */
export function orgKindFromIati(value: string): OrgKind | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return IATI_ORG_TYPES[trimmed] ?? null;
  const code = IATI_TYPE_NAMES.get(foldText(trimmed));
  if (code !== undefined) return IATI_ORG_TYPES[code] ?? null;
  const word = trimmed.toLowerCase();
  return LIBRARY_TYPES.has(word) ? kind(word as ImportMemberType) : null;
}

const kindCache = new Map<string, OrgKind | null>();

/**
 * The type and scope of a 3W organisation type label (English or French, see
 * {@link THREE_W_TYPES}); null when empty or unknown.
 *
 * @example
 * orgKindFrom3w('Agence UN'); // => { type: 'un', scope: 'international' }
 * orgKindFrom3w('NNGO'); // => { type: 'ngo', scope: 'national' }
 * orgKindFrom3w('Zzz'); // => null
 */
export function orgKindFrom3w(value: string): OrgKind | null {
  const cached = kindCache.get(value);
  if (cached !== undefined) return cached;
  const folded = foldText(value);
  const found =
    folded === '' ? null : (THREE_W_INDEX.get(folded) ?? THREE_W_INDEX.get(folded.replace(/ /g, '')) ?? null);
  if (kindCache.size < 10_000) kindCache.set(value, found);
  return found;
}

/** Names of the movement's international bodies. */
const RC_INTERNATIONAL = /\b(icrc|ifrc|cicr|ficr|international|internationale|federation)\b/;

/**
 * The scope of a Red Cross / Red Crescent organisation working in a country: national when its
 * name names that country (the country's national society: "Croix-Rouge Malienne" in Mali,
 * "Nepal Red Cross Society" in Nepal), international for the ICRC, the IFRC and other countries'
 * societies.
 *
 * @param name - the organisation's name (and acronym)
 * @param countryNames - the country's names, e.g. ['Mali'] or ['Afghanistan']
 * @example
 * redCrossScope('Croix-Rouge Malienne', ['Mali']); // => 'national'
 * redCrossScope('Comité international de la Croix-Rouge (CICR)', ['Mali']); // => 'international'
 * redCrossScope('Norwegian Red Cross', ['Nepal']); // => 'international'
 */
export function redCrossScope(name: string, countryNames: readonly string[]): OrgScope {
  const folded = foldText(name);
  if (RC_INTERNATIONAL.test(folded)) return 'international';
  const words = folded.split(' ');
  for (const country of countryNames) {
    const stem = countryStem(foldText(country));
    if (stem.length >= 4 && words.some((w) => w.startsWith(stem))) return 'national';
  }
  return 'international';
}

/** A country name without the ending its adjective drops: 'afghanistan' -> 'afghan', 'nigeria' -> 'nigeri' (not 'niger'). */
function countryStem(name: string): string {
  const first = name.split(' ')[0] ?? '';
  for (const ending of ['istan', 'a', 'e']) {
    if (first.length - ending.length >= 4 && first.endsWith(ending)) return first.slice(0, -ending.length);
  }
  return first;
}

/** Names that say an organisation is a government body. */
const GOVERNMENT_NAME =
  /\b(ministr(?:y|ies) (?:of|for)|ministere|ministerie|ministerio|embassy|embassies|ambassade|embajada|government|gouvernement|gobierno|regering|republic of|kingdom of|department of|department for|county department|county health department|health department|bureau of|regional administrative secretary|prime minister|prime ministers|local government|district council|county council|federal office|agency for international|international cooperation agency|development cooperation agency|foreign affairs|enterprise agency|agence francaise de developpement|french development agency)\b/;

/**
 * Refs that name a government body: a bilateral donor's DAC code ('XM-DAC-7', the Netherlands;
 * codes from 900 up are multilaterals), the older country-code form ('CA-3', 'DE-1', 'NL-1') and
 * government registers ('GB-GOV-1').
 */
const GOVERNMENT_REF = /^(xm-dac-[1-8]?\d{1,2}|[a-z]{2}-\d{1,3}|[a-z]{2}-gov-.+)$/i;

/**
 * Whether an organisation's name says it is a government body (a ministry, an embassy, a county
 * department, a donor country): used for organisations without a type code, so that an
 * unfiltered IATI import does not make a ministry a member.
 *
 * @example
 * looksGovernmental('Ministry of Foreign Affairs of the Netherlands'); // => true
 * looksGovernmental('KOTIDO DISTRICT LOCAL GOVERNMENT'); // => true
 * looksGovernmental('Adventist Development and Relief Agency'); // => false
 */
export function looksGovernmental(name: string): boolean {
  return GOVERNMENT_NAME.test(foldText(name));
}

/**
 * Whether an organisation's ref or name says it is a government body (see
 * {@link looksGovernmental} for the names): the ref form catches donors whose names do not say
 * so ("Foreign Affairs, Trade and Development Canada" under 'CA-3').
 *
 * @example
 * isGovernmentOrg('XM-DAC-7', 'Netherlands'); // => true
 * isGovernmentOrg('CA-3', 'DFATD'); // => true
 * isGovernmentOrg('XM-DAC-928', 'World Health Organization'); // => false
 * isGovernmentOrg('GB-CHC-202918', 'Oxfam GB'); // => false
 */
export function isGovernmentOrg(ref: string | null, name: string): boolean {
  return (ref !== null && GOVERNMENT_REF.test(ref.trim())) || looksGovernmental(name);
}

/** Names of UN agencies and other intergovernmental bodies of the UN system. */
const UN_NAME =
  /^(un|united nations|nations unies|naciones unidas)\b|\b(unicef|unhcr|unfpa|undp|unep|unops|unesco|unaids|unitaid|un women|un ?habitat|unocha|iom|fao|wfp|world food programme|programme alimentaire mondial|world health organi[sz]ation|organisation mondiale de la sante|food and agriculture organi[sz]ation|international labour organi[sz]ation|international organi[sz]ation for migration|world meteorological organi[sz]ation)\b/;

/**
 * Whether an organisation's name says it is a UN agency (used for organisations the file gives no
 * type: a UN agency is not told to take training from a national NGO).
 *
 * @example
 * looksLikeUnAgency('UN Environment Programme'); // => true
 * looksLikeUnAgency('Programme alimentaire mondial'); // => true
 * looksLikeUnAgency('Unity Foundation'); // => false
 */
export function looksLikeUnAgency(name: string): boolean {
  return UN_NAME.test(foldText(name));
}

/** Names of funding vehicles: trust and pooled funds, development banks. */
const FUNDING_VEHICLE =
  /\b(trust funds?|multi donor|pooled funds?|humanitarian fund|country based pooled|development bank|investment bank|world bank|bank for reconstruction|financing facility|global fund to fight)\b/;

/**
 * Whether an organisation's name says it is a funding vehicle (a trust or pooled fund, a
 * development bank): such an organisation funds, it is not a peer.
 *
 * @example
 * looksLikeFundingVehicle('Food Systems 2030 Multi-Donor Trust Fund'); // => true
 * looksLikeFundingVehicle('African Development Bank'); // => true
 * looksLikeFundingVehicle('Global Fund for Women'); // => false
 */
export function looksLikeFundingVehicle(name: string): boolean {
  return FUNDING_VEHICLE.test(foldText(name));
}

/** Names that stand for no organisation: undisclosed partners, generic type names. */
const PLACEHOLDER_NAME =
  /^(ong basee dans|ong dans le pays|partner country based (ngo|organi[sz]ation)|universite institut|universitaire formation|university college or other teaching|various|multiple|several|others?|tbc|tbd|unknown|anonymous|confidential|undisclosed)\b|\bnot (published|disclosed|applicable)\b|\b(withheld|redacted)\b/;

/**
 * Whole names that are a kind of organisation, not one ("Government", "Local NGOs",
 * "Community"): a 3W row under such a name says who worked there only as a category.
 */
const CATEGORY_NAME =
  /^(the )?(government|gov|govt|gouvernement|local (government|authorities|authority)|authorities|autorites( locales)?|ministry|community|communities|communaute|private sector|secteur prive|civil society|societe civile|individuals?|volunteers?|(local |national |international )?(ngos?|ongs?|ingos?|nngos?|cbos?)|un agenc(y|ies)|donors?|self|n ?a)$/;

/**
 * Whether a name stands for no particular organisation ("IP not published (XM-DAC-...)",
 * "ONG basée dans un pays donneur", "Various", a category such as "Government" or "Local
 * NGOs"): such mentions are left out of members, partners
 * and funders.
 *
 * @example
 * isPlaceholderName('IP not published (XM-DAC-41122-VN-216405)'); // => true
 * isPlaceholderName('ONG basée dans un pays en développement'); // => true
 * isPlaceholderName('Government'); // => true
 * isPlaceholderName('Local NGOs'); // => true
 * isPlaceholderName('Partner country based NGO'); // => true
 * isPlaceholderName('Malaria Consortium'); // => false
 */
export function isPlaceholderName(name: string): boolean {
  const folded = foldText(name);
  return PLACEHOLDER_NAME.test(folded) || CATEGORY_NAME.test(folded);
}

/** The DAC's channel categories ('XM-DAC-51000', 'XM-DAC-22000'): a kind of organisation, used for undisclosed ones. */
const CATEGORY_REF = /^xm-dac-\d\d000$/i;

/**
 * Whether a mention stands for no particular organisation: a placeholder name (see
 * {@link isPlaceholderName}) or a ref that is a DAC channel category ('XM-DAC-51000',
 * "University, college or other teaching institution, research institute or think-tank").
 *
 * @example
 * isPlaceholderOrg('XM-DAC-51000', 'Universities and research institutes'); // => true
 * isPlaceholderOrg('XM-DAC-41122', 'UNICEF'); // => false
 * isPlaceholderOrg(null, 'Various'); // => true
 */
export function isPlaceholderOrg(ref: string | null, name: string): boolean {
  return (ref !== null && CATEGORY_REF.test(ref.trim())) || isPlaceholderName(name);
}

/**
 * The kind of an organisation its file gives no type for: a government body or a UN agency when
 * its ref or name says so, else null (unknown).
 *
 * @example
 * kindFromRefOrName('XM-DAC-7', 'Netherlands'); // => { type: 'government', scope: null }
 * kindFromRefOrName(null, 'UNHCR'); // => { type: 'un', scope: 'international' }
 * kindFromRefOrName(null, 'ACTED'); // => null
 */
export function kindFromRefOrName(ref: string | null, name: string): OrgKind | null {
  if (isGovernmentOrg(ref, name)) return { type: 'government', scope: null };
  if (looksLikeUnAgency(name)) return { type: 'un', scope: 'international' };
  return null;
}
