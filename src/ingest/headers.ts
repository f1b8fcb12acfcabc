import type { FileKind } from '../schema/records.js';
import type { HeaderMatch } from './types.js';

export type { HeaderMatch } from './types.js';

const DIACRITICS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s_\-./]+/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Fold a column name for matching (the rule of the input-format contract): Unicode NFD,
 * diacritics removed, lowercase, every run of whitespace, `_`, `-`, `.` and `/` replaced by one
 * space, trimmed.
 *
 * @param s - a column name as written
 * @example
 * foldHeader('  Organisatie_Type '); // => 'organisatie type'
 * foldHeader('Niveau-Expertise');    // => 'niveau expertise'
 * foldHeader('Pays/Région');         // => 'pays region'
 */
export function foldHeader(s: string): string {
  return s.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(SEPARATORS, ' ').trim();
}

/**
 * The key headers and aliases are compared on: foldHeader, then apostrophes removed, `&` read
 * as "and" and any other punctuation treated as a separator, so "Thema's" meets "themas" and
 * "Strength (1-5)" meets "strength 1 5".
 */
function matchKey(s: string): string {
  return foldHeader(s).replace(APOSTROPHES, '').replace(/&/g, ' and ').replace(NON_ALNUM, ' ').trim();
}

type AliasTable = Readonly<Record<string, readonly string[]>>;

function freezeTable(table: Record<string, string[]>): AliasTable {
  const out: Record<string, readonly string[]> = {};
  for (const [field, aliases] of Object.entries(table)) out[field] = Object.freeze([...aliases]);
  return Object.freeze(out);
}

const MEMBER_REF = [
  'member',
  'lid',
  'organisation',
  'organization',
  'organisatie',
  'partner',
  'naam',
  'name',
  'member id',
  'member name',
  'organisation name',
  'organization name',
  'organisatienaam',
  'naam organisatie',
  'partner name',
];

/** The country column of geography rows and of expertise rows that say where. */
const PLACE_COUNTRY = [
  'country',
  'land',
  'country name',
  'landnaam',
  'iso',
  'iso2',
  'iso3',
  'country code',
  'landcode',
];

/** The optional columns that say where an expertise row applies. */
const PLACE_FIELDS: ReadonlySet<string> = new Set(['country', 'area']);

/** The area column (one or more areas below the country) of geography and expertise rows. */
/** Headers of an activity count (expertise.csv, sectors.csv of an import). */
const ACTIVITIES = [
  'activities',
  'activiteiten',
  'number of activities',
  'aantal activiteiten',
  'activity count',
];

const PLACE_AREA = [
  'area',
  'areas',
  'region',
  'regions',
  'province',
  'provinces',
  'district',
  'districts',
  'admin1',
  'admin 1',
  'admin2',
  'admin 2',
  'regio',
  'provincie',
  'provincies',
  'gebied',
  'gebieden',
];

const MEMBER_FIELDS = {
  id: [
    'id',
    'code',
    'member id',
    'lid id',
    'afkorting',
    'acronym',
    'short name',
    'korte naam',
    'member code',
    'abbreviation',
    'organisation id',
    'organization id',
  ],
  name: [
    'name',
    'naam',
    'organisation',
    'organization',
    'organisatie',
    'member',
    'lid',
    'partner',
    'organisation name',
    'organization name',
    'organisatienaam',
    'naam organisatie',
    'member name',
    'partner name',
    'full name',
  ],
  type: [
    'type',
    'soort',
    'organisation type',
    'organization type',
    'organisatietype',
    'type organisatie',
    'categorie',
    'category',
    'soort organisatie',
  ],
  country: [
    'country',
    'land',
    'hq',
    'hq country',
    'hoofdkantoor',
    'headquarters',
    'vestigingsland',
    'headquarters country',
    'land hoofdkantoor',
  ],
  role: [
    'role',
    'rol',
    'functie in partnerschap',
    'role in partnership',
    'rol in partnerschap',
    'partnership role',
  ],
  scope: [
    'scope',
    'reikwijdte',
    'reach',
    'bereik',
    'organisation scope',
    'organization scope',
    'operational scope',
  ],
};

/**
 * Column-name aliases per file kind: canonical field -> accepted names (English and Dutch), in
 * priority order (when one column could be two fields, the field whose alias comes earlier in
 * its list wins). Compared after folding (see foldHeader). Frozen data.
 *
 * @example
 * HEADER_ALIASES.geography.presence?.includes('aanwezigheid'); // => true
 */
export const HEADER_ALIASES: Readonly<Record<FileKind, AliasTable>> = Object.freeze({
  members: freezeTable(MEMBER_FIELDS),
  expertise: freezeTable({
    member: MEMBER_REF,
    theme: [
      'theme',
      'thema',
      'topic',
      'onderwerp',
      'expertise',
      'expertisegebied',
      'issue',
      'expertise area',
      'area of expertise',
      'theme name',
    ],
    level: [
      'level',
      'niveau',
      'score',
      'expertise level',
      'mate',
      'expertiseniveau',
      'niveau expertise',
      'level 0 5',
      'level 1 5',
    ],
    evidence: ['evidence', 'bewijs', 'evidence kind', 'soort bewijs', 'evidence type'],
    activities: ACTIVITIES,
    country: PLACE_COUNTRY,
    area: PLACE_AREA,
  }),
  geography: freezeTable({
    member: MEMBER_REF,
    country: PLACE_COUNTRY,
    presence: [
      'presence',
      'aanwezigheid',
      'presence type',
      'type aanwezigheid',
      'vorm',
      'kind',
      'type of presence',
      'vorm van aanwezigheid',
    ],
    partners: [
      'partners',
      'local partners',
      'lokale partners',
      'partnerorganisaties',
      'partner organisations',
      'partner organizations',
      'local partner organisations',
      'partner',
    ],
    activities: ACTIVITIES,
    works_with: [
      'works with',
      'works with members',
      'together with',
      'joint with',
      'members worked with',
      'werkt samen met',
      'samen met',
      'werkt met leden',
    ],
    since: [
      'since',
      'sinds',
      'vanaf',
      'start',
      'start year',
      'jaar',
      'actief sinds',
      'active since',
      'startjaar',
      'year',
    ],
    area: PLACE_AREA,
  }),
  sectors: freezeTable({
    member: MEMBER_REF,
    sector: ['sector', 'branche', 'industry', 'industrie'],
    network: ['network', 'netwerk', 'network type', 'type netwerk', 'soort netwerk', 'network kind'],
    strength: ['strength', 'sterkte', 'kracht', 'strength 1 5', 'network strength'],
    companies: ['companies', 'bedrijven', 'named companies', 'ondernemingen', 'company names'],
    countries: ['countries', 'landen', 'country', 'land'],
    activities: ACTIVITIES,
  }),
  companies: freezeTable({
    company: ['company', 'bedrijf', 'onderneming', 'name', 'naam', 'company name', 'bedrijfsnaam'],
    sector: ['sector', 'branche', 'industry'],
    countries: ['countries', 'landen', 'country', 'land'],
    drivers: ['drivers', 'drijfveren', 'motivatie', 'motives', 'motivation'],
    needs: ['needs', 'behoeften', 'themes', 'themas', 'thema'],
  }),
  wide: freezeTable({
    ...MEMBER_FIELDS,
    expertise: ['expertise', 'themes', 'themas', 'thema s', 'kennis'],
    offices: [
      'offices',
      'kantoren',
      'landen met kantoor',
      'office countries',
      'countries with office',
      'countries with an office',
    ],
    local_partner_countries: [
      'local partner countries',
      'landen via lokale partners',
      'lokale partner landen',
      'lokale partnerlanden',
      'countries via local partners',
    ],
    programme_countries: ['programme countries', 'programma landen', 'programmalanden', 'program countries'],
    network_countries: ['network countries', 'netwerklanden', 'netwerk landen'],
    local_partners: ['local partners', 'lokale partners'],
    sectors: ['sectors', 'sectoren', 'netwerken', 'sector networks'],
  }),
  funders: freezeTable({
    funder: [
      'funder',
      'financier',
      'donor',
      'funder name',
      'funding organisation',
      'funding organization',
      'geldgever',
      'donateur',
      'naam financier',
    ],
    funder_ref: ['funder ref', 'funder reference', 'funder id', 'donor ref', 'financier ref', 'iati ref'],
    funder_type: ['funder type', 'donor type', 'type financier', 'soort financier'],
    member: MEMBER_REF,
    country: ['country', 'land', 'recipient country', 'ontvangend land'],
    role: ['role', 'rol', 'funder role', 'rol financier'],
    activities: ['activities', 'activiteiten', 'number of activities', 'aantal activiteiten'],
  }),
  focus: freezeTable({
    theme: ['theme', 'thema', 'focus theme', 'focusthema', 'focus', 'speerpunt', 'priority', 'prioriteit'],
    country: ['country', 'land', 'countries', 'landen', 'country name', 'landnaam'],
  }),
});

/**
 * Fields a file of each kind must have (members: id is optional, derived from the name).
 *
 * @example
 * REQUIRED_FIELDS.expertise; // => ['member', 'theme']
 */
export const REQUIRED_FIELDS: Readonly<Record<FileKind, readonly string[]>> = Object.freeze({
  members: Object.freeze(['name']),
  expertise: Object.freeze(['member', 'theme']),
  geography: Object.freeze(['member', 'country']),
  sectors: Object.freeze(['member', 'sector']),
  companies: Object.freeze(['company']),
  wide: Object.freeze(['name']),
  funders: Object.freeze(['funder', 'member']),
  focus: Object.freeze(['theme']),
});

/**
 * Multi-value columns of the wide (survey) kind that count as evidence of a wide file.
 *
 * @example
 * WIDE_MULTI_FIELDS.includes('offices'); // => true
 */
export const WIDE_MULTI_FIELDS: readonly string[] = Object.freeze([
  'expertise',
  'offices',
  'local_partner_countries',
  'programme_countries',
  'network_countries',
  'sectors',
]);

/** Per kind: match key -> [field, alias rank] pairs, built once. */
const ALIAS_INDEX: ReadonlyMap<
  FileKind,
  ReadonlyMap<string, readonly (readonly [string, number])[]>
> = new Map(
  (Object.keys(HEADER_ALIASES) as FileKind[]).map((kind) => {
    const index = new Map<string, [string, number][]>();
    for (const [field, aliases] of Object.entries(HEADER_ALIASES[kind])) {
      aliases.forEach((alias, rank) => {
        const key = matchKey(alias);
        const list = index.get(key) ?? [];
        list.push([field, rank]);
        index.set(key, list);
      });
    }
    return [kind, index] as const;
  }),
);

/**
 * Map the columns of a header row to the canonical fields of a file kind. Names are compared
 * case-, accent-, space-, hyphen-, underscore- and punctuation-insensitively (foldHeader).
 * Each field takes at most one column and each column at most one field: candidate pairs are
 * assigned in order of alias rank (the position of the matching alias in HEADER_ALIASES),
 * then field order, then column order, so the result is deterministic and the leftmost of two
 * equal columns wins (the other lands in extras).
 *
 * Cost: O(columns + aliases). Never throws; an empty header gives every required field missing.
 *
 * @param header - column names as parsed
 * @param kind - the file kind whose aliases to use
 * @returns field -> column index, the unmatched columns and the missing required fields
 * @example
 * const m = matchHeaders(['Organisatie', 'Thema', 'Niveau', 'Opmerking'], 'expertise');
 * m.fields.get('theme'); // => 1
 * m.extras;              // => [{ name: 'Opmerking', index: 3 }]
 * m.missing;             // => []
 */
export function matchHeaders(header: readonly string[], kind: FileKind): HeaderMatch {
  const index = ALIAS_INDEX.get(kind)!;
  const fieldOrder = Object.keys(HEADER_ALIASES[kind]);
  const candidates: { field: string; fieldRank: number; aliasRank: number; column: number }[] = [];
  header.forEach((name, column) => {
    const key = matchKey(name);
    if (key === '') return;
    for (const [field, aliasRank] of index.get(key) ?? []) {
      candidates.push({ field, fieldRank: fieldOrder.indexOf(field), aliasRank, column });
    }
  });
  candidates.sort((a, b) => a.aliasRank - b.aliasRank || a.fieldRank - b.fieldRank || a.column - b.column);
  const fields = new Map<string, number>();
  const used = new Set<number>();
  for (const c of candidates) {
    if (fields.has(c.field) || used.has(c.column)) continue;
    fields.set(c.field, c.column);
    used.add(c.column);
  }
  const ordered = new Map([...fields].sort((a, b) => a[1] - b[1]));
  const extras = header.flatMap((name, index) => (used.has(index) ? [] : [{ name, index }]));
  const missing = REQUIRED_FIELDS[kind].filter((f) => !fields.has(f));
  return { fields: ordered, extras, missing };
}

/** File-name words per kind (compared as whole words of the folded file name). */
const FILE_NAME_WORDS: readonly (readonly [FileKind, readonly string[]])[] = Object.freeze([
  // Before expertise: "focus themes.csv" is a focus file, not an expertise file.
  ['focus', ['focus', 'focusthemas', 'focusthemes', 'speerpunten', 'priorities', 'prioriteiten']],
  ['expertise', ['expertise', 'kennis', 'thema', 'themas', 'themes', 'theme', 'expertises']],
  [
    'geography',
    ['geography', 'geografie', 'landen', 'countries', 'presence', 'aanwezigheid', 'locations', 'locaties'],
  ],
  ['sectors', ['sectors', 'sectoren', 'netwerken', 'networks', 'sector networks', 'sectornetwerken']],
  ['companies', ['companies', 'bedrijven', 'company', 'bedrijf']],
  ['funders', ['funders', 'funder', 'financiers', 'financier', 'donoren', 'donors', 'donor', 'funding']],
  [
    'members',
    [
      'members',
      'member',
      'leden',
      'partners',
      'organisaties',
      'organisations',
      'organizations',
      'deelnemers',
    ],
  ],
  ['wide', ['survey', 'enquete', 'vragenlijst', 'export', 'responses', 'antwoorden', 'questionnaire']],
]);

/** The kind a file name points to, or null. Earlier kinds in FILE_NAME_WORDS win. */
function kindFromFileName(fileName: string): FileKind | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/(\.(csv|tsv|txt|tab))+$/i, '');
  const words = ` ${matchKey(stem)} `;
  for (const [kind, names] of FILE_NAME_WORDS) {
    if (names.some((name) => words.includes(` ${name} `))) return kind;
  }
  return null;
}

/** Theme/level columns that rule out the wide kind (expertise aliases that are not wide columns). */
const LONG_EXPERTISE_KEYS: ReadonlySet<string> = new Set(
  [...HEADER_ALIASES.expertise.theme!, ...HEADER_ALIASES.expertise.level!].map(matchKey),
);

/** Whether a header is a wide survey export: a name, >= minMulti multi-value columns, no theme/level column. */
function looksWide(header: readonly string[], minMulti: number): boolean {
  const m = matchHeaders(header, 'wide');
  if (!m.fields.has('name')) return false;
  const multi = WIDE_MULTI_FIELDS.filter((f) => m.fields.has(f)).length;
  if (multi < minMulti) return false;
  return !m.extras.some((e) => LONG_EXPERTISE_KEYS.has(matchKey(e.name)));
}

/** Tie-break order of detectFileKind after the kind named by the file. */
const KIND_ORDER: readonly FileKind[] = [
  'members',
  'expertise',
  'geography',
  'sectors',
  'companies',
  'wide',
  'funders',
  'focus',
];

/**
 * Decide which kind of input a file is, from its header and its name.
 * - A kind fits the header when all its required fields are present. Wide (a survey export)
 *   fits when the header has a name column, no theme or level column, and at least 2 of the
 *   wide multi-value columns (expertise, offices, local partner / programme / network
 *   countries, sectors), or at least 1 when the file name says survey/enquete/export.
 * - Among the kinds that fit, the one with the most matched columns wins; ties go to the kind
 *   the file name points to (its stem's English or Dutch words, e.g. 'leden.csv' -> members,
 *   'Expertise export 2024.csv' -> expertise, 'enquete_resultaten.csv' -> wide; when a name
 *   has several, the dimension wins: expertise, geography, sectors, companies, then members,
 *   then wide), then to the order members, expertise, geography, sectors, companies, wide, funders.
 * - A file whose name points to a kind and whose header has two or more of that kind's columns
 *   but lacks a required one is that kind (so the caller reports the missing column), even when
 *   another kind fits (an expertise file without its theme column is not a members file).
 * - When no kind fits, the kind named by the file (so the caller can report its missing
 *   columns), else null.
 *
 * Never throws.
 *
 * @param fileName - the file's name (its words hint at the kind)
 * @param header - the column names of the file's header row
 * @example
 * detectFileKind('leden.csv', ['Naam', 'Soort', 'Land']);               // => 'members'
 * detectFileKind('geografie.csv', ['organisatie', 'land']);             // => 'geography'
 * detectFileKind('data.csv', ['member', 'theme', 'level']);             // => 'expertise'
 * detectFileKind('x.csv', ['Name', 'Expertise', 'Offices', 'Sectors']); // => 'wide'
 * detectFileKind('expertise.csv', ['member', 'level']);                // => 'expertise'
 * detectFileKind('notes.csv', ['foo', 'bar']);                          // => null
 */
export function detectFileKind(fileName: string, header: readonly string[]): FileKind | null {
  const named = kindFromFileName(fileName);
  if (named !== null) {
    // A file named for a kind whose header has two or more of that kind's columns but lacks a
    // required one is that kind with a missing column (reported as such), not another kind.
    // The place columns an expertise file may have (country, area) are every geography and
    // members file's too: they are no sign of the kind.
    const m = matchHeaders(header, named);
    const own = [...m.fields.keys()].filter((f) => !(named === 'expertise' && PLACE_FIELDS.has(f)));
    if (m.missing.length > 0 && own.length >= 2) return named;
  }
  let best: FileKind | null = null;
  let bestCount = 0;
  const order = named === null ? KIND_ORDER : [named, ...KIND_ORDER.filter((k) => k !== named)];
  for (const kind of order) {
    const m = matchHeaders(header, kind);
    if (m.missing.length > 0) continue;
    if (kind === 'wide' && !looksWide(header, named === 'wide' ? 1 : 2)) continue;
    if (m.fields.size > bestCount) {
      best = kind;
      bestCount = m.fields.size;
    }
  }
  return best ?? named;
}
