/**
 * Parsers for the small closed vocabularies of the input formats: expertise
 * levels, presence kinds, network kinds, member types, roles and company
 * engagement drivers (English and Dutch), plus splitting of multi-value cells.
 */
import type {
  Driver,
  EvidenceKind,
  FunderRole,
  MemberRole,
  MemberType,
  NetworkKind,
  PresenceKind,
  Scope,
} from '../schema/records.js';
import { foldText } from './fold.js';
import { createMatcher, type Matcher } from './fuzzy.js';
import type { MatchResult } from './types.js';

/** Alias table of a closed vocabulary: canonical value -> accepted labels (any language, any case). */
export type AliasTable<V extends string> = Readonly<Record<V, readonly string[]>>;

function freezeTable<V extends string>(table: Record<V, string[]>): AliasTable<V> {
  for (const key of Object.keys(table) as V[]) Object.freeze(table[key]);
  return Object.freeze(table);
}

/**
 * Labels accepted for each presence kind (the canonical value itself is accepted too,
 * with '_' read as a space).
 *
 * @example
 * PRESENCE_ALIASES.office.includes('kantoor'); // => true
 */
export const PRESENCE_ALIASES: AliasTable<PresenceKind> = freezeTable({
  office: [
    'office',
    'offices',
    'own office',
    'country office',
    'field office',
    'regional office',
    'in-country office',
    'head office',
    'headquarters',
    'kantoor',
    'kantoren',
    'eigen kantoor',
    'landenkantoor',
    'veldkantoor',
    'regiokantoor',
    'hoofdkantoor',
  ],
  local_partner: [
    'local partner',
    'local partners',
    'via partner',
    'via partners',
    'via local partner',
    'via local partners',
    'through partners',
    'through local partners',
    'partner',
    'partners',
    'lokale partner',
    'lokale partners',
    'via lokale partner',
    'via lokale partners',
    'lokale partnerorganisatie',
  ],
  programme: [
    'programme',
    'programmes',
    'program',
    'programs',
    'project',
    'projects',
    'programma',
    "programma's",
    'projecten',
  ],
  network: ['network', 'networks', 'contacts', 'contact', 'netwerk', 'netwerken', 'contacten', 'relaties'],
});

/**
 * Labels accepted for each sector-network kind.
 *
 * @example
 * NETWORK_ALIASES.irbc_agreement.includes('IMVO-convenant'); // => true
 */
export const NETWORK_ALIASES: AliasTable<NetworkKind> = freezeTable({
  irbc_agreement: [
    'IRBC',
    'IRBC agreement',
    'IRBC agreements',
    'IRBC covenant',
    'RBC agreement',
    'sector agreement',
    'agreement',
    'covenant',
    'IMVO',
    'IMVO-convenant',
    'IMVO-convenanten',
    'convenant',
    'convenanten',
    'sectorconvenant',
  ],
  companies: [
    'companies',
    'company',
    'company network',
    'business network',
    'brands',
    'bedrijven',
    'bedrijf',
    'bedrijvennetwerk',
    'ondernemingen',
    'merken',
  ],
  association: [
    'association',
    'associations',
    'branch organisation',
    'branch organization',
    'industry association',
    'trade association',
    'business association',
    'sector association',
    'brancheorganisatie',
    'brancheorganisaties',
    'branchevereniging',
    'sectororganisatie',
    'vereniging',
  ],
  producers: [
    'producers',
    'producer',
    'producer organisations',
    'producer organizations',
    'cooperatives',
    'co-operatives',
    'farmers',
    'producenten',
    'producent',
    'producentenorganisaties',
    'coöperaties',
    'coöperatie',
    'boeren',
  ],
  unions: [
    'unions',
    'union',
    'trade unions',
    'trade union',
    'labour unions',
    'labor unions',
    'workers organisations',
    'vakbonden',
    'vakbond',
    'werknemersorganisaties',
  ],
});

/**
 * Labels accepted for each member (organisation) type.
 *
 * @example
 * MEMBER_TYPE_ALIASES.ngo.includes('stichting'); // => true
 */
export const MEMBER_TYPE_ALIASES: AliasTable<MemberType> = freezeTable({
  ngo: [
    'ngo',
    'ngos',
    'ingo',
    'cso',
    'csos',
    'ngo/cso',
    'cso/ngo',
    'non-governmental organisation',
    'non-governmental organization',
    'civil society organisation',
    'civil society organization',
    'civil society',
    'foundation',
    'maatschappelijke organisatie',
    'maatschappelijk middenveld',
    'stichting',
    'ngo (international)',
    'international ngo',
    'nngo',
    'national ngo',
    'lngo',
    'local ngo',
    'cbo',
    'community based organisation',
    'community based organization',
  ],
  union: [
    'union',
    'trade union',
    'labour union',
    'labor union',
    'union federation',
    'vakbond',
    'vakcentrale',
  ],
  company: [
    'company',
    'business',
    'private sector',
    'private company',
    'enterprise',
    'corporation',
    'firm',
    'bedrijf',
    'onderneming',
    'bedrijfsleven',
    'private sector organisatie',
  ],
  knowledge: [
    'knowledge',
    'knowledge institute',
    'research',
    'research institute',
    'research organisation',
    'university',
    'academia',
    'think tank',
    'onderzoek',
    'onderzoeksinstituut',
    'kennisinstelling',
    'kennisinstituut',
    'universiteit',
    'hogeschool',
  ],
  government: [
    'government',
    'ministry',
    'public sector',
    'government agency',
    'embassy',
    'overheid',
    'ministerie',
    'ambassade',
    'overheidsinstantie',
  ],
  un: [
    'un',
    'un agency',
    'un agencies',
    'united nations',
    'united nations agency',
    'multilateral',
    'multilateral organisation',
    'multilateral organization',
    'intergovernmental organisation',
    'intergovernmental organization',
    'agence un',
    'agence des nations unies',
    'vn',
    'vn organisatie',
    'vn-organisatie',
    'vn-agentschap',
    'multilaterale organisatie',
  ],
  other: ['other', 'others', 'misc', 'overig', 'overige', 'anders', 'andere'],
});

/**
 * Labels accepted for each organisation scope (how far it reaches).
 *
 * @example
 * SCOPE_ALIASES.national.includes('nationaal'); // => true
 */
export const SCOPE_ALIASES: AliasTable<Scope> = freezeTable({
  international: ['international', 'internationaal', 'global', 'mondiaal', 'regional', 'regionaal', 'int'],
  national: ['national', 'nationaal', 'country', 'landelijk', 'nat'],
  local: ['local', 'lokaal', 'community', 'community based', 'grassroots', 'gemeenschap'],
});

/**
 * Labels accepted for each kind of expertise evidence.
 *
 * @example
 * EVIDENCE_ALIASES.observed.includes('waargenomen'); // => true
 */
export const EVIDENCE_ALIASES: AliasTable<EvidenceKind> = freezeTable({
  rated: [
    'rated',
    'rating',
    'self-assessed',
    'self assessed',
    'assessed',
    'beoordeeld',
    'ingeschat',
    'zelfbeoordeling',
  ],
  observed: [
    'observed',
    'observation',
    'activity',
    'activities',
    'counted',
    'waargenomen',
    'geteld',
    'activiteit',
  ],
});

/**
 * Labels accepted for each funder role (IATI participating-organisation roles 1, 3 and 2).
 *
 * @example
 * FUNDER_ROLE_ALIASES.funding.includes('financier'); // => true
 */
export const FUNDER_ROLE_ALIASES: AliasTable<FunderRole> = freezeTable({
  funding: ['funding', 'funder', 'donor', 'financier', 'financiering', 'donateur', 'geldgever', '1'],
  extending: [
    'extending',
    'extending organisation',
    'extending organization',
    'fund manager',
    'uitvoerend beheer',
    'uitvoerend-beheer',
    'beheerder',
    'fondsbeheerder',
    '3',
  ],
  accountable: ['accountable', 'accountable organisation', 'verantwoordelijk', 'verantwoordelijke', '2'],
});

/**
 * Labels accepted for each role in the partnership.
 *
 * @example
 * ROLE_ALIASES.lead.includes('penvoerder'); // => true
 */
export const ROLE_ALIASES: AliasTable<MemberRole> = freezeTable({
  lead: [
    'lead',
    'lead partner',
    'lead organisation',
    'lead organization',
    'lead member',
    'consortium lead',
    'coordinator',
    'coördinator',
    'trekker',
    'penvoerder',
    'hoofdaanvrager',
  ],
  member: [
    'member',
    'partner',
    'consortium partner',
    'consortium member',
    'alliance member',
    'lid',
    'alliantiepartner',
  ],
  local_partner: [
    'local partner',
    'implementing partner',
    'southern partner',
    'lokale partner',
    'uitvoerende partner',
    'zuidelijke partner',
  ],
});

/**
 * Labels accepted for each company engagement driver (seed 000: strategy, issue/responsibility,
 * opportunity, geography).
 *
 * @example
 * DRIVER_ALIASES.issue.includes('issue/responsibility'); // => true
 */
export const DRIVER_ALIASES: AliasTable<Driver> = freezeTable({
  strategy: ['strategy', 'strategy driven', 'strategic', 'business strategy', 'strategie', 'strategisch'],
  issue: [
    'issue',
    'issues',
    'issue driven',
    'responsibility',
    'responsibility driven',
    'issue/responsibility',
    'issue/responsibility driven',
    'accountability',
    'verantwoordelijkheid',
  ],
  opportunity: [
    'opportunity',
    'opportunities',
    'opportunity driven',
    'business opportunity',
    'market opportunity',
    'kans',
    'kansen',
    'marktkans',
  ],
  geography: [
    'geography',
    'geography driven',
    'geographic',
    'location',
    'region',
    'geografie',
    'geografisch',
    'locatie',
    'regio',
  ],
});

/**
 * Words accepted as expertise levels 0-5 (English and Dutch).
 *
 * @example
 * LEVEL_ALIASES[4].includes('gevorderd'); // => true
 */
export const LEVEL_ALIASES: Readonly<Record<0 | 1 | 2 | 3 | 4 | 5, readonly string[]>> = Object.freeze({
  0: Object.freeze(['none', 'no', 'geen', 'nee']),
  1: Object.freeze(['beginner', 'minimal', 'novice', 'beperkt', 'minimaal']),
  2: Object.freeze(['basic', 'elementary', 'basis', 'elementair']),
  3: Object.freeze(['intermediate', 'medium', 'moderate', 'gemiddeld']),
  4: Object.freeze(['advanced', 'proficient', 'gevorderd']),
  5: Object.freeze(['expert', 'specialist', 'deskundig']),
});

function lazy<V>(make: () => V): () => V {
  let value: V | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

function tableMatcher<V extends string>(table: AliasTable<V>): () => Matcher<V> {
  return lazy(() =>
    createMatcher((Object.keys(table) as V[]).map((value) => ({ keys: [value, ...table[value]], value }))),
  );
}

const presenceMatcher = tableMatcher(PRESENCE_ALIASES);
const networkMatcher = tableMatcher(NETWORK_ALIASES);
const memberTypeMatcher = tableMatcher(MEMBER_TYPE_ALIASES);
const roleMatcher = tableMatcher(ROLE_ALIASES);
const driverMatcher = tableMatcher(DRIVER_ALIASES);
const scopeMatcher = tableMatcher(SCOPE_ALIASES);
const evidenceMatcher = tableMatcher(EVIDENCE_ALIASES);
const funderRoleMatcher = tableMatcher(FUNDER_ROLE_ALIASES);
const levelWordMatcher = lazy(() =>
  createMatcher(
    ([0, 1, 2, 3, 4, 5] as const).map((level) => ({ keys: LEVEL_ALIASES[level], value: level as number })),
  ),
);

/**
 * Resolve a presence label ("kantoor", "via local partner", "programme", "netwerk", ...).
 * Typos resolve as 'fuzzy' ('kantor' -> office); unknown words give 'none' with a suggestion
 * when one is close.
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parsePresence('Eigen kantoor'); // => { kind: 'exact', value: 'office' }
 * parsePresence('kantor');        // => { kind: 'fuzzy', value: 'office', matched: 'kantoor', score: 0.1429 }
 */
export function parsePresence(raw: string): MatchResult<PresenceKind> {
  return presenceMatcher().match(raw);
}

/**
 * Resolve a sector-network kind ("IMVO-convenant", "brancheorganisatie", "vakbonden", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseNetworkKind('IMVO-convenant'); // => { kind: 'exact', value: 'irbc_agreement' }
 */
export function parseNetworkKind(raw: string): MatchResult<NetworkKind> {
  return networkMatcher().match(raw);
}

/**
 * Resolve a member type ("NGO/CSO", "vakbond", "kennisinstelling", "overheid", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseMemberType('Stichting'); // => { kind: 'exact', value: 'ngo' }
 */
export function parseMemberType(raw: string): MatchResult<MemberType> {
  return memberTypeMatcher().match(raw);
}

/**
 * Resolve an organisation scope ("international", "nationaal", "community based", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseScope('Nationaal'); // => { kind: 'exact', value: 'national' }
 */
export function parseScope(raw: string): MatchResult<Scope> {
  return scopeMatcher().match(raw);
}

/**
 * Resolve a kind of expertise evidence ("rated", "observed", "beoordeeld", "waargenomen", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseEvidence('Waargenomen'); // => { kind: 'exact', value: 'observed' }
 */
export function parseEvidence(raw: string): MatchResult<EvidenceKind> {
  return evidenceMatcher().match(raw);
}

/**
 * Resolve a funder role ("funding", "financier", "extending", "uitvoerend beheer", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseFunderRole('Financier'); // => { kind: 'exact', value: 'funding' }
 */
export function parseFunderRole(raw: string): MatchResult<FunderRole> {
  return funderRoleMatcher().match(raw);
}

/**
 * The scope a member type label implies on its own ("INGO" international, "NNGO" national,
 * "local NGO" / "CBO" local), or null. Used when a members file has no scope column.
 *
 * @example
 * scopeFromTypeLabel('INGO');         // => 'international'
 * scopeFromTypeLabel('ONG Nat');      // => 'national'
 * scopeFromTypeLabel('vakbond');      // => null
 */
export function scopeFromTypeLabel(raw: string): Scope | null {
  const key = foldText(raw);
  if (/^(ingo|ongi|ong int|ong internationale|international (ngo|organi[sz]ation|ngo s))$/.test(key)) {
    return 'international';
  }
  if (/^(nngo|ongn|ong nat|ong nationale|national ngo)$/.test(key)) return 'national';
  if (/^(lngo|local ngo|cbo|community based organi[sz]ation)$/.test(key)) return 'local';
  return null;
}

/**
 * Resolve a partnership role ("penvoerder", "lid", "lokale partner", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseRole('Penvoerder'); // => { kind: 'exact', value: 'lead' }
 */
export function parseRole(raw: string): MatchResult<MemberRole> {
  return roleMatcher().match(raw);
}

/**
 * Resolve a company engagement driver ("strategy driven", "kansen", "issue/responsibility", ...).
 *
 * @param raw - a cell as written (English or Dutch, any case, typos tolerated)
 * @example
 * parseDriver('Kansen'); // => { kind: 'exact', value: 'opportunity' }
 */
export function parseDriver(raw: string): MatchResult<Driver> {
  return driverMatcher().match(raw);
}

const LEVEL_PREFIX = /^(?:level|niveau|lvl|score)\s*[:.]?\s*/u;
const LEVEL_NUMBER = /^([+-]?\d+(?:[.,]\d+)?)\s*(?:(?:\/|out of|of|van|uit)\s*5(?:[.,]0+)?)?$/u;
const LEVEL_NUMBER_AND_WORD = /^(\d+)\s*(?:[-–:=(]|\s)\s*([^\d()]+?)\s*\)?$/u;

/**
 * Resolve an expertise level with the kind of match: numbers 0-5 ("4", "4.0", "4,0", "4/5",
 * "4 of 5", "level 4", "niveau 4") and words (none/geen 0, beginner/beperkt 1, basic/basis 2,
 * intermediate/gemiddeld 3, advanced/gevorderd 4, expert/deskundig 5; see LEVEL_ALIASES).
 * "4 - advanced" is accepted when number and word agree. Misspelt words resolve 'fuzzy'.
 * Non-integers (3.5), out-of-range numbers (6, -1), other scales ("4/10") and contradictions
 * ("4 - basic") give 'none'.
 *
 * @example
 * matchLevel('Gevorderd');  // => { kind: 'exact', value: 4 }
 * matchLevel('intermedate'); // => { kind: 'fuzzy', value: 3, matched: 'intermediate', score: 0.0833 }
 * matchLevel('3.5');         // => { kind: 'none', suggestion: null }
 */
export function matchLevel(raw: string): MatchResult<number> {
  const text = (typeof raw === 'string' ? raw : '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(LEVEL_PREFIX, '');
  if (text === '') return { kind: 'none', suggestion: null };
  const numeric = LEVEL_NUMBER.exec(text);
  if (numeric) {
    const value = Number(numeric[1]!.replace(',', '.'));
    return Number.isInteger(value) && value >= 0 && value <= 5
      ? { kind: 'exact', value: value === 0 ? 0 : value }
      : { kind: 'none', suggestion: null };
  }
  const mixed = LEVEL_NUMBER_AND_WORD.exec(text);
  if (mixed) {
    const value = Number(mixed[1]);
    const word = levelWordMatcher().match(mixed[2]!);
    if (value > 5) return { kind: 'none', suggestion: null };
    if (word.kind === 'exact' || word.kind === 'fuzzy') {
      return word.value === value ? { kind: 'exact', value } : { kind: 'none', suggestion: null };
    }
    return { kind: 'exact', value };
  }
  if (/\d/.test(text)) return { kind: 'none', suggestion: null };
  return levelWordMatcher().match(text);
}

/**
 * Parse an expertise level to an integer 0-5, or null when the text is not an exact level
 * (see `matchLevel` for the accepted forms; fuzzy word matches are not accepted here).
 *
 * @param raw - a cell as written: '4', '4/5', 'niveau 4', 'expert', 'gevorderd', ...
 * @example
 * parseLevel('4/5');      // => 4
 * parseLevel('niveau 2'); // => 2
 * parseLevel('expert');   // => 5
 * parseLevel('3.5');      // => null
 * parseLevel('6');        // => null
 */
export function parseLevel(raw: string): number | null {
  // One digit (almost every cell): what matchLevel gives, without normalising and more regexes.
  if (raw.length === 1 && raw >= '0' && raw <= '9') return raw <= '5' ? Number(raw) : null;
  const result = matchLevel(raw);
  return result.kind === 'exact' ? result.value : null;
}

/**
 * Options of {@link splitMulti}.
 *
 * @example
 * const options: SplitMultiOptions = { allowComma: true };
 * splitMulti('gbv; living wage, health', options); // => ['gbv', 'living wage', 'health']
 * splitMulti('NGO/CSO', { allowComma: false, slash: 'always' }); // => ['NGO', 'CSO']
 */
export interface SplitMultiOptions {
  /** Also split on ',' (use when the file's delimiter is not a comma). Required. */
  readonly allowComma: boolean;
  /**
   * When '/' separates items: 'spaced' (default) only " / " with whitespace on both sides,
   * so "NGO/CSO" and "4/5" stay whole; 'always' every '/'; 'never' no '/'.
   */
  readonly slash?: 'spaced' | 'always' | 'never';
}

/** Every character isSeparator can take as a separator, whatever the options. */
const MAYBE_SEPARATOR = /[;|\n\r,/]/;

/**
 * Split a multi-value cell into items: on ';', '|' and line breaks, on ',' when `allowComma`,
 * and on '/' as set by `slash`. Separators inside parentheses or brackets do not split, so
 * "Partner (Bangladesh, India)" stays one item (an unmatched bracket
 * protects nothing). Items are trimmed; empty items are dropped; repeats are dropped case-, accent-
 * and punctuation-insensitively (by {@link foldText}), the first spelling wins.
 *
 * @param cell - a cell holding several values
 * @param options - `allowComma` (required): also split on ','; `slash`: when '/' separates items (default 'spaced')
 * @example
 * splitMulti('Oxfam; CNV | oxfam', { allowComma: false }); // => ['Oxfam', 'CNV']
 * splitMulti('A (B, C), D', { allowComma: true });         // => ['A (B, C)', 'D']
 * splitMulti('NGO/CSO / Union', { allowComma: false });    // => ['NGO/CSO', 'Union']
 */
export function splitMulti(cell: string, options: SplitMultiOptions): string[] {
  const { allowComma, slash = 'spaced' } = options;
  const text = typeof cell === 'string' ? cell : '';
  // No character that can separate (most cells): one item, or none when blank.
  if (!MAYBE_SEPARATOR.test(text)) {
    const trimmed = text.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  const protectedAt = bracketedPositions(text);
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!protectedAt[i] && isSeparator(text, i, allowComma, slash)) {
      items.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  items.push(current);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed === '') continue;
    const key = foldText(trimmed) || trimmed;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out;
}

function isSeparator(
  text: string,
  i: number,
  allowComma: boolean,
  slash: 'spaced' | 'always' | 'never',
): boolean {
  const c = text[i]!;
  if (c === ';' || c === '|' || c === '\n' || c === '\r') return true;
  if (c === ',') return allowComma;
  if (c !== '/') return false;
  if (slash === 'always') return true;
  if (slash === 'never') return false;
  return /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '');
}

/** Marks the positions inside balanced (...) and [...] pairs; unmatched brackets protect nothing. */
function bracketedPositions(text: string): boolean[] {
  const marks = new Array<boolean>(text.length).fill(false);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') open.push(i);
    else if ((c === ')' || c === ']') && open.length > 0) {
      marks.fill(true, open.pop()!, i + 1);
    }
  }
  return marks;
}
