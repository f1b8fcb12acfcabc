import type { IssueCode } from '../schema/issues.js';
import type {
  CompanyRecord,
  Driver,
  EvidenceKind,
  ExpertiseRecord,
  FocusRecord,
  FunderRecord,
  GeographyArea,
  GeographyRecord,
  MemberType,
  PresenceKind,
  SectorRecord,
} from '../schema/records.js';
import { readAreas } from './areas.js';
import { countryName, resolveCountry } from './countries.js';
import { foldRemembered, foldText } from './fold.js';
import { cmp } from './issue.js';
import type { MemberIndex } from './members.js';
import type { NounKey, RowReader } from './rowReader.js';
import type { Taxonomy } from './taxonomy.js';
import type { MatchResult } from './types.js';
import {
  parseDriver,
  parseEvidence,
  parseFunderRole,
  parseLevel,
  parseMemberType,
  parseNetworkKind,
  parsePresence,
  splitMulti,
} from './vocab.js';

/** What the dimension converters share: the member index and the two taxonomies. */
export interface DimensionContext {
  readonly members: MemberIndex;
  readonly themes: Taxonomy;
  readonly sectors: Taxonomy;
}

/** Presence used when a geography row does not say how the member is present. */
export const DEFAULT_PRESENCE: PresenceKind = 'programme';
/** Sector network strength used when a sectors row does not give one. */
export const DEFAULT_STRENGTH = 3;

/**
 * Resolve a theme label; an unknown label becomes a custom category with a warning.
 *
 * @example
 * readTheme(r, ctx, 'theme', 'leefbaar loon'); // => 'living-wage'
 */
export function readTheme(r: RowReader, ctx: DimensionContext, field: string, raw: string): string {
  return readCategory(r, ctx.themes, field, raw, 'theme', 'unknown_theme');
}

/**
 * Resolve a sector label; an unknown label becomes a custom category with a warning.
 *
 * @example
 * readSector(r, ctx, 'sector', 'kleding en textiel'); // => 'garment-textiles'
 */
export function readSector(r: RowReader, ctx: DimensionContext, field: string, raw: string): string {
  return readCategory(r, ctx.sectors, field, raw, 'sector', 'unknown_sector');
}

/**
 * Spreadsheet placeholders for "no value" (English and Dutch). An unknown theme or sector spelled
 * like this is a missing value, not a custom category named "n/a".
 */
const NO_VALUE = new Set([
  'n/a',
  'n.a.',
  'n.a',
  'na',
  '#n/a',
  'none',
  'null',
  'nil',
  'unknown',
  'tbd',
  'n.v.t.',
  'n.v.t',
  'nvt',
  'geen',
  'onbekend',
  'nog niet bekend',
]);

function readCategory(
  r: RowReader,
  taxonomy: Taxonomy,
  field: string,
  raw: string,
  what: 'theme' | 'sector',
  unknownCode: 'unknown_theme' | 'unknown_sector',
): string {
  const res = taxonomy.resolve(raw);
  // An exact match needs no message parts (most rows): r.resolve would return it as it is.
  if (res.kind === 'exact') return res.value.id;
  const noun = what === 'theme' ? 'noun.theme' : 'noun.sector';
  const show = (e: { en: string; nl: string }) => (r.lang === 'nl' ? e.nl : e.en);
  const entry = r.resolve(raw, res, { field, what: noun, unknownCode, show }, () => {
    if (foldText(raw) === '')
      r.reject(unknownCode, r.t('unknown.no_letters', { value: raw, what: r.t(noun) }), field, raw);
    if (NO_VALUE.has(raw.trim().toLowerCase())) {
      r.reject('missing_value', r.t('missing_value.no_value', { value: raw, what: r.t(noun) }), field, raw);
    }
    const custom = taxonomy.addCustom(raw);
    const hint = res.kind === 'none' && res.suggestion !== null ? show(res.suggestion) : null;
    r.warn(
      'custom_category',
      r.t(what === 'theme' ? 'custom_category.theme' : 'custom_category.sector', { value: raw }) +
        r.hint(hint),
      field,
      raw,
      hint,
    );
    return custom;
  });
  return entry.id;
}

/**
 * Resolve a country label to ISO alpha-2 or reject the row.
 *
 * @example
 * readCountry(r, 'country', 'Ivoorkust'); // => 'CI'
 */
export function readCountry(r: RowReader, field: string, raw: string): string {
  const res = resolveCountry(raw);
  if (res.kind === 'exact') return res.value;
  return r.resolve(raw, res, {
    field,
    what: 'noun.country',
    unknownCode: 'unknown_country',
    show: (c) => countryName(c, r.lang),
  });
}

/**
 * Parse an expertise level (0-5 or words) or reject the row.
 *
 * @example
 * readLevel(r, 'level', 'gevorderd'); // => 4
 */
export function readLevel(r: RowReader, field: string, raw: string): number {
  const level = parseLevel(raw);
  if (level === null) {
    r.reject('invalid_level', r.t('invalid_level.range', { value: raw }), field, raw);
  }
  return level;
}

/**
 * expertise.csv row -> record. The evidence column says what the row rests on: `rated` (the
 * default; the level is required) or `observed` (activity seen, no rating: the level cell stays
 * empty, and a level written anyway is dropped with a warning, because an observation is never
 * turned into a rating). `activities` is an optional whole number >= 0.
 */
export function readExpertiseRow(
  r: RowReader,
  ctx: DimensionContext,
  onAreas?: (record: ExpertiseRecord, areas: readonly GeographyArea[]) => void,
): ExpertiseRecord {
  const member = ctx.members.resolve(r.required('member', 'noun.member'), r, 'member');
  const theme = readTheme(r, ctx, 'theme', r.required('theme', 'noun.theme'));
  const evidence = readEvidence(r, 'evidence', r.cell('evidence'));
  const activities = readCount(r, 'activities', r.cell('activities'));
  const place = readExpertisePlace(r);
  const rawLevel = r.cell('level');
  let level: number | null = null;
  if (evidence === 'observed') {
    if (rawLevel !== '') {
      r.warn('invalid_level', r.t('invalid_level.observed', { value: rawLevel }), 'level', rawLevel);
    }
  } else {
    if (rawLevel === '') {
      r.reject('missing_value', r.t('missing_value.level'), 'level', '');
    }
    level = readLevel(r, 'level', rawLevel);
  }
  // Built in place (no spread of the place), keys in the order the schema lists them; level is
  // null exactly when the evidence is 'observed' (above), as the union requires.
  const built: Record<string, unknown> = {
    member,
    theme,
    level,
    evidence: evidence === 'observed' ? 'observed' : 'rated',
    activities,
  };
  if (place !== null) {
    built.country = place.country;
    if (place.areas.length > 0) built.areas = place.areas.map((a) => a.id);
  }
  built.sources = [r.at];
  const record = built as unknown as ExpertiseRecord;
  if (place !== null && place.areas.length > 0) onAreas?.(record, place.areas);
  return record;
}

/**
 * Where an expertise row says the member works on its theme: the `country` cell (ISO alpha-2
 * after normalising) and the `area` cell (the same syntax as geography's area column), or null
 * when both are empty. An area without a country rejects the row (an area is only known within
 * its country).
 *
 * @example
 * // cells country "Afghanistan", area "Kandahar (AF24) > Spin Boldak (AF2405)"
 * const place = readExpertisePlace(r);
 * [place?.country, place?.areas.map((a) => a.id)]; // => ['AF', ['AF24', 'AF2405']]
 */
export function readExpertisePlace(
  r: RowReader,
): { readonly country: string; readonly areas: readonly GeographyArea[] } | null {
  const rawCountry = r.cell('country');
  const rawArea = r.cell('area');
  if (rawCountry === '') {
    if (rawArea !== '') {
      r.reject('missing_value', r.t('invalid_area.no_country', { value: rawArea }), 'country', '');
    }
    return null;
  }
  const country = readCountry(r, 'country', rawCountry);
  return { country, areas: readAreas(r, 'area', rawArea, DEFAULT_PRESENCE, []) };
}

/** Parse the evidence cell: '' -> null (rated by default), else rated/observed or reject. */
function readEvidence(r: RowReader, field: string, raw: string): EvidenceKind | null {
  if (raw === '') return null;
  return r.resolve(raw, parseEvidence(raw), {
    field,
    what: 'noun.evidence_kind',
    unknownCode: 'invalid_evidence',
    show: String,
  });
}

/**
 * Parse an optional count (a whole number >= 0, thousands separators allowed); anything else is
 * a warning and null.
 *
 * @example
 * readCount(r, 'activities', '1,204'); // => 1204
 */
export function readCount(r: RowReader, field: string, raw: string): number | null {
  if (raw === '') return null;
  const digits = raw.replace(/[\s,.'_](?=\d{3}(?:\D|$))/g, '');
  const n = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (Number.isSafeInteger(n)) return n;
  r.warn('invalid_activities', r.t('invalid_activities.count', { value: raw }), field, raw);
  return null;
}

/** Parse a presence kind, defaulting (with a warning) when the cell is empty. */
export function readPresence(r: RowReader, field: string, raw: string): PresenceKind {
  if (raw === '') {
    if (r.has(field))
      r.warn(
        'missing_value',
        r.t('missing_value.defaulted', { what: r.t('noun.presence'), fallback: DEFAULT_PRESENCE }),
        field,
        '',
      );
    return DEFAULT_PRESENCE;
  }
  const res = parsePresence(raw);
  if (res.kind === 'exact') return res.value;
  return r.resolve(raw, res, {
    field,
    what: 'noun.presence',
    unknownCode: 'invalid_presence',
    show: String,
  });
}

/** geography.csv row -> record. */
export function readGeographyRow(r: RowReader, ctx: DimensionContext): GeographyRecord {
  const member = ctx.members.resolve(r.required('member', 'noun.member'), r, 'member');
  const country = readCountry(r, 'country', r.required('country', 'noun.country'));
  const presence = readPresence(r, 'presence', r.cell('presence'));
  const partners = withoutSelf(
    r,
    ctx,
    member,
    'partners',
    splitMulti(r.cell('partners'), { allowComma: r.ctx.allowComma }),
  );
  const since = readYear(r, 'since', r.cell('since'));
  const areas = readAreas(r, 'area', r.cell('area'), presence, partners);
  const activities = readCount(r, 'activities', r.cell('activities'));
  const worksWith = readWorksWith(r, ctx, member);
  // Built in place (no spreads), keys in the order the schema lists them.
  const record: Record<string, unknown> = {
    member,
    country,
    presence,
    partners,
    since,
    areas,
  };
  if (activities !== null) record.activities = activities;
  if (worksWith !== null) record.worksWith = worksWith;
  record.sources = [r.at];
  return record as unknown as GeographyRecord;
}

/**
 * The `works_with` cell: other members the member already works with in the country (ids or
 * names, resolved like the member column). A name that is no member is a warning with a "did
 * you mean" and left out (the row stays); the member itself is left out with a warning.
 */
function readWorksWith(r: RowReader, ctx: DimensionContext, member: string): string[] | null {
  const cell = r.cell('works_with');
  if (cell === '') return null;
  const ids = new Set<string>();
  for (const raw of splitMulti(cell, { allowComma: r.ctx.allowComma })) {
    const id = ctx.members.lookup(raw, r, 'works_with');
    if (id === member)
      r.warn('self_reference', r.t('self_reference.works_with', { value: raw }), 'works_with', raw);
    else if (id !== null) ids.add(id);
  }
  return ids.size === 0 ? null : [...ids].sort(cmp);
}

/**
 * Drop local partner names that are the member itself (its id or name, case and accents
 * ignored), with a 'self_reference' warning: a member is not its own local partner, and counting
 * it would invent a partner shared with every other member that names it.
 *
 * @example
 * withoutSelf(r, ctx, 'FTA', 'partners', ['Fair Threads Alliance', 'Karmojibi Nari']); // => ['Karmojibi Nari']
 */
export function withoutSelf(
  r: RowReader,
  ctx: DimensionContext,
  member: string,
  field: string,
  partners: readonly string[],
): string[] {
  if (partners.length === 0) return [];
  const self = selfKeys(ctx.members, member);
  return partners.filter((p) => {
    // Partner names recur from row to row: folded once.
    if (!self.has(foldRemembered(p))) return true;
    r.warn('self_reference', r.t('self_reference.left_out', { value: p }), field, p);
    return false;
  });
}

/** Per member index: each member's folded id and name, folded once (not once per row). */
const SELF_KEYS = new WeakMap<MemberIndex, Map<string, ReadonlySet<string>>>();

function selfKeys(members: MemberIndex, member: string): ReadonlySet<string> {
  let byMember = SELF_KEYS.get(members);
  if (byMember === undefined) {
    byMember = new Map();
    SELF_KEYS.set(members, byMember);
  }
  let keys = byMember.get(member);
  if (keys === undefined) {
    keys = new Set([foldText(member), foldText(members.name(member))]);
    byMember.set(member, keys);
  }
  return keys;
}

/** Parse an optional year (1900-2100); anything else is a warning and null. */
export function readYear(r: RowReader, field: string, raw: string): number | null {
  if (raw === '') return null;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (year >= 1900 && year <= 2100) return year;
  r.warn('invalid_year', r.t('invalid_year.left_empty', { value: raw }), field, raw);
  return null;
}

/** sectors.csv row -> record. */
export function readSectorRow(r: RowReader, ctx: DimensionContext): SectorRecord {
  const member = ctx.members.resolve(r.required('member', 'noun.member'), r, 'member');
  const sector = readSector(r, ctx, 'sector', r.required('sector', 'noun.sector'));
  const network = readChoice(r, 'network', 'association', parseNetworkKind, {
    what: 'noun.network_kind',
    unknownCode: 'invalid_network',
  });
  const rawStrength = r.cell('strength');
  const strength = readStrength(r, 'strength', rawStrength);
  const companies = splitMulti(r.cell('companies'), { allowComma: r.ctx.allowComma });
  const countries = readCountries(r, 'countries');
  // No strength but a count of activities: seen working in the sector, not a rated network.
  const activities = rawStrength === '' ? readCount(r, 'activities', r.cell('activities')) : null;
  // Built in place (no spreads), keys in the order the schema lists them.
  const record: Record<string, unknown> = {
    member,
    sector,
    network,
    strength,
    companies,
  };
  if (countries.length > 0) record.countries = countries;
  if (activities !== null) {
    record.evidence = 'observed';
    record.activities = activities;
  }
  record.sources = [r.at];
  return record as unknown as SectorRecord;
}

/**
 * Read a cell of several countries (separated by `;`, `|`, line breaks, or `,` when the file's
 * delimiter is not a comma) into sorted, unique ISO alpha-2 codes; an unknown country rejects the
 * row. [] for an empty cell.
 *
 * @example
 * readCountries(r, 'countries'); // => ['BD', 'IN'] for the cell "India; Bangladesh"
 */
export function readCountries(r: RowReader, field: string): string[] {
  const cell = r.cell(field);
  if (cell === '') return []; // most rows: no list to split, map and sort
  return unique(splitMulti(cell, { allowComma: r.ctx.allowComma }).map((c) => readCountry(r, field, c)));
}

/**
 * focus.csv row -> one record per country named (the whole partnership when the country cell is
 * empty). The theme is resolved like an expertise theme (an unknown one is kept as a custom theme,
 * with a warning).
 */
export function readFocusRow(r: RowReader, ctx: DimensionContext): FocusRecord[] {
  const theme = readTheme(r, ctx, 'theme', r.required('theme', 'noun.theme'));
  const countries = readCountries(r, 'country');
  return countries.length === 0
    ? [{ theme, country: null, sources: [r.at] }]
    : countries.map((country) => ({ theme, country, sources: [r.at] }));
}

/** Parse a network strength 1-5 (numbers or level words); empty -> default with a warning. */
export function readStrength(r: RowReader, field: string, raw: string): number {
  if (raw === '') {
    if (r.has(field))
      r.warn('missing_value', r.t('invalid_strength.empty', { fallback: DEFAULT_STRENGTH }), field, '');
    return DEFAULT_STRENGTH;
  }
  const value = parseLevel(raw);
  if (value === null || value < 1) {
    r.reject('invalid_strength', r.t('invalid_strength.range', { value: raw }), field, raw);
  }
  return value;
}

/** companies.csv row -> record. */
export function readCompanyRow(r: RowReader, ctx: DimensionContext): CompanyRecord {
  const company = r.required('company', 'noun.company_name');
  const rawSector = r.cell('sector');
  const sector = rawSector === '' ? null : readSector(r, ctx, 'sector', rawSector);
  const countries = readCountries(r, 'countries');
  const drivers: Driver[] = [];
  for (const raw of splitMulti(r.cell('drivers'), { allowComma: true })) {
    const d = r.resolve(raw, parseDriver(raw), {
      field: 'drivers',
      what: 'noun.engagement_driver',
      unknownCode: 'invalid_driver',
      show: String,
    });
    if (!drivers.includes(d)) drivers.push(d);
  }
  const needs = unique(
    splitMulti(r.cell('needs'), { allowComma: r.ctx.allowComma }).map((t) => readTheme(r, ctx, 'needs', t)),
  );
  return { company, sector, countries, drivers: drivers.sort(), needs, sources: [r.at] };
}

/**
 * Read a closed-vocabulary cell: empty -> the fallback (with a 'missing_value' warning when the
 * file has the column), else the resolved value (fuzzy with a warning; unknown rejects the row).
 *
 * @example
 * readChoice(r, 'network', 'association', parseNetworkKind, { what: 'noun.network_kind', unknownCode: 'invalid_network' });
 * // => 'irbc_agreement' for the cell "IMVO-convenant"
 */
export function readChoice<T extends string>(
  r: RowReader,
  field: string,
  fallback: T,
  parse: (raw: string) => MatchResult<T>,
  spec: { readonly what: NounKey; readonly unknownCode: IssueCode },
): T {
  const raw = r.cell(field);
  if (raw === '') {
    if (r.has(field))
      r.warn('missing_value', r.t('missing_value.defaulted', { what: r.t(spec.what), fallback }), field, '');
    return fallback;
  }
  const res = parse(raw);
  if (res.kind === 'exact') return res.value;
  return r.resolve(raw, res, { field, what: spec.what, unknownCode: spec.unknownCode, show: String });
}

/**
 * funders.csv row -> record. The funded member must be a member; the funder never becomes one.
 * An empty role is `funding` (with a warning when the file has a role column).
 */
export function readFunderRow(r: RowReader, ctx: DimensionContext): FunderRecord {
  const funder = r.required('funder', 'noun.funder_name');
  const member = ctx.members.resolve(r.required('member', 'noun.member'), r, 'member');
  const rawRef = r.cell('funder_ref');
  const rawType = r.cell('funder_type');
  let type: MemberType | null = null;
  if (rawType !== '') {
    const res = parseMemberType(rawType);
    type = r.resolve<MemberType | null>(
      rawType,
      res,
      { field: 'funder_type', what: 'noun.organisation_type', unknownCode: 'invalid_type', show: String },
      () => {
        r.warn('invalid_type', r.t('invalid_type.funder', { value: rawType }), 'funder_type', rawType);
        return null;
      },
    );
  }
  const rawCountry = r.cell('country');
  const country = rawCountry === '' ? null : readCountry(r, 'country', rawCountry);
  const role = readChoice(r, 'role', 'funding', parseFunderRole, {
    what: 'noun.funder_role',
    unknownCode: 'invalid_role',
  });
  const activities = readCount(r, 'activities', r.cell('activities'));
  return {
    funder,
    ref: rawRef === '' ? null : rawRef,
    type,
    member,
    country,
    role,
    activities,
    sources: [r.at],
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
