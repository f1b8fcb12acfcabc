import type { ExpertiseRecord, GeographyRecord, PresenceKind, SectorRecord } from '../schema/records.js';
import { readAreas } from './areas.js';
import { resolveCountry } from './countries.js';
import {
  DEFAULT_STRENGTH,
  type DimensionContext,
  readCountry,
  readLevel,
  readSector,
  readTheme,
  withoutSelf,
} from './dimensionRows.js';
import { mergeAreas } from './merge.js';
import { type RowReader, RowRejection } from './rowReader.js';
import { parseLevel, parseNetworkKind, splitMulti } from './vocab.js';

/** Level used for a theme listed in a survey export without a level. */
export const DEFAULT_WIDE_LEVEL = 3;

/** Wide-export country columns and the presence kind each one means. */
export const WIDE_PRESENCE_FIELDS: readonly (readonly [field: string, presence: PresenceKind])[] = [
  ['offices', 'office'],
  ['local_partner_countries', 'local_partner'],
  ['programme_countries', 'programme'],
  ['network_countries', 'network'],
];

/** The dimension records one survey-export row yields. */
export interface WideRecords {
  readonly expertise: ExpertiseRecord[];
  readonly geography: GeographyRecord[];
  readonly sectors: SectorRecord[];
}

/** Split "Label (inner)" or "Label: inner" into its parts; null inner when there is none. */
export function splitQualifier(item: string): { label: string; inner: string | null } {
  const paren = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(item);
  if (paren) return { label: paren[1]!.trim(), inner: paren[2]!.trim() };
  const colon = /^(.*\S)\s*[:=]\s*(\S.*)$/.exec(item);
  if (colon) return { label: colon[1]!.trim(), inner: colon[2]!.trim() };
  return { label: item.trim(), inner: null };
}

/**
 * Read the multi-value cells of one wide survey-export row for a member. A bad item (an
 * unknown country, a level out of range) is skipped with a located warning naming the item;
 * in strict mode it rejects the whole row.
 *
 * @example
 * // cells: Expertise = "Leefbaar loon (5); GBV (4)", Kantoren = "Bangladesh; India"
 * readWideDimensions(r, ctx, 'FTA'); // => { expertise: [living-wage 5, gbv 4], geography: [BD office, IN office], sectors: [] }
 */
export function readWideDimensions(r: RowReader, ctx: DimensionContext, member: string): WideRecords {
  const source = [r.at];
  const expertise: ExpertiseRecord[] = [];
  const geography = new Map<string, GeographyRecord>();
  const sectors: SectorRecord[] = [];
  const allowComma = r.ctx.allowComma;

  for (const item of splitMulti(r.cell('expertise'), { allowComma })) {
    guard(r, 'expertise', item, () => {
      const { label, inner } = splitQualifier(item);
      // A number that is not a level ("(9)", ": 3.5") is an invalid level, not part of the theme.
      if (inner !== null && /^[-+]?\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?$/.test(inner))
        readLevel(r, 'expertise', inner);
      const theme =
        inner !== null && parseLevel(inner) === null
          ? readTheme(r, ctx, 'expertise', item)
          : readTheme(r, ctx, 'expertise', label);
      let level = DEFAULT_WIDE_LEVEL;
      if (inner !== null && parseLevel(inner) !== null) level = readLevel(r, 'expertise', inner);
      else
        r.warn(
          'missing_value',
          r.t('missing_value.no_wide_level', { value: item, level: DEFAULT_WIDE_LEVEL }),
          'expertise',
          item,
        );
      expertise.push({ member, theme, level, evidence: 'rated', activities: null, sources: source });
    });
  }

  for (const [field, presence] of WIDE_PRESENCE_FIELDS) {
    for (const { country: label, areas: paths, item } of countryItems(r, field, allowComma)) {
      guard(r, field, item, () => {
        const country = readCountry(r, field, label);
        const areas = readAreas(r, field, paths.join(';'), presence, []);
        const existing = geography.get(country);
        geography.set(
          country,
          existing
            ? { ...existing, areas: mergeAreas(existing.areas ?? [], areas) }
            : { member, country, presence, partners: [], since: null, areas, sources: source },
        );
      });
    }
  }

  for (const item of splitMulti(r.cell('local_partners'), { allowComma: false })) {
    guard(r, 'local_partners', item, () => {
      const { label, inner } = splitQualifier(item);
      if (inner === null) {
        r.reject(
          'missing_value',
          r.t('missing_value.partner_country', { value: item }),
          'local_partners',
          item,
        );
      }
      const country = readCountry(r, 'local_partners', inner);
      if (withoutSelf(r, ctx, member, 'local_partners', [label]).length === 0) return;
      const existing = geography.get(country);
      const base = existing ?? {
        member,
        country,
        presence: 'local_partner' as const,
        partners: [],
        since: null,
        areas: [],
        sources: source,
      };
      geography.set(country, { ...base, partners: [...base.partners, label] });
    });
  }

  for (const item of splitMulti(r.cell('sectors'), { allowComma: false })) {
    guard(r, 'sectors', item, () => {
      const { label, inner } = splitQualifier(item);
      const sector = readSector(r, ctx, 'sectors', label);
      let network: SectorRecord['network'] = 'association';
      let strength = DEFAULT_STRENGTH;
      for (const part of inner === null
        ? []
        : inner
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean)) {
        const asLevel = parseLevel(part);
        if (asLevel !== null && /\d/.test(part)) {
          if (asLevel < 1)
            r.reject('invalid_strength', r.t('wide.strength_range', { value: part }), 'sectors', item);
          strength = asLevel;
        } else {
          network = r.resolve(part, parseNetworkKind(part), {
            field: 'sectors',
            what: 'noun.network_kind',
            unknownCode: 'invalid_network',
            show: String,
          });
        }
      }
      sectors.push({ member, sector, network, strength, companies: [], sources: source });
    });
  }

  return { expertise, geography: [...geography.values()], sectors };
}

/**
 * The countries of a survey-export country cell with their areas: "Bangladesh: Dhaka; Gazipur;
 * India" is Bangladesh (Dhaka, Gazipur) and India. An item "Country: area" starts a country's
 * area list; the items after it that are not exactly a country name continue that list (an
 * item that only resembles a country, or any item before the first "Country:", is read as a
 * country, so a typo is still reported).
 */
function countryItems(
  r: RowReader,
  field: string,
  allowComma: boolean,
): { country: string; areas: string[]; item: string }[] {
  const out: { country: string; areas: string[]; item: string }[] = [];
  let open: { country: string; areas: string[]; item: string } | null = null;
  for (const item of splitMulti(r.cell(field), { allowComma })) {
    const colon = /^([^:]+?)\s*:\s*(\S.*)$/u.exec(item);
    if (colon && resolveCountry(colon[1]!).kind !== 'none') {
      open = { country: colon[1]!, areas: [colon[2]!], item };
      out.push(open);
    } else if (open !== null && resolveCountry(item).kind !== 'exact') {
      open.areas.push(item);
    } else {
      open = null;
      out.push({ country: item, areas: [], item });
    }
  }
  return out;
}

/** Run an item reader; outside strict mode a rejected item becomes a warning and is skipped. */
function guard(r: RowReader, field: string, item: string, read: () => void): void {
  try {
    read();
  } catch (e) {
    if (!(e instanceof RowRejection) || r.ctx.strict) throw e;
    r.warnings.push({
      ...e.issue,
      column: e.issue.column ?? r.column(field),
      value: e.issue.value ?? item,
      message: r.t('wide.item_skipped', { value: item, message: e.issue.message }),
    });
  }
}
