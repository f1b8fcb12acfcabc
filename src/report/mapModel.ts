/**
 * The numbers of the world map, one row per country: who is present how, the strongest
 * presence, and how many joint activities are proposed there. The map, its tooltips and the
 * table beside it (the map's text alternative) all read these rows.
 * @module
 */
import type { BaselineJson, Recommendation } from '../schema/baseline.js';
import { type PresenceKind, PresenceKindSchema } from '../schema/records.js';
import { type Lang, tValue } from './i18n.js';
import type { Lookup } from './lookup.js';
import { compareNames } from './text.js';

/** The map's tooltips and table name at most this many members per country, then "… and N more". */
export const MAP_MEMBERS_NAMED = 12;

/** Presence kinds from strongest to weakest (office, local partner, programme, network). */
export const PRESENCE_ORDER: readonly PresenceKind[] = PresenceKindSchema.options;

/** One country of the map: members present (in the country view's order), the strongest presence, joint activities. */
export interface MapCountryRow {
  readonly code: string;
  readonly name: string;
  readonly members: readonly {
    readonly id: string;
    readonly name: string;
    readonly presence: PresenceKind;
    readonly presenceLabel: string;
  }[];
  /** The first {@link MAP_MEMBERS_NAMED} of `members`, the ones tooltips and tables name. */
  readonly named: MapCountryRow['members'];
  /** How many members there are beyond `named` ("… and N more"). */
  readonly more: number;
  /** The strongest presence of any member there; null for a country named only by a recommendation. */
  readonly strongest: PresenceKind | null;
  readonly strongestLabel: string | null;
  /** How many of the baseline's recommendations are about this country (all of them, not only the ones shown). */
  readonly recommendations: number;
}

/**
 * The countries a recommendation is about: its `countries` when the baseline has them
 * (the country and every country its rationale names), else its `country`.
 *
 * @example
 * recommendationCountries({ country: null, countries: ['ET', 'KE'] }); // => ['ET', 'KE']
 * recommendationCountries({ country: 'BD' }); // => ['BD']
 * recommendationCountries({ country: null }); // => []
 */
export function recommendationCountries(
  r: Pick<Recommendation, 'country'> & { readonly countries?: readonly string[] | undefined },
): readonly string[] {
  if (r.countries !== undefined) return r.countries;
  return r.country === null ? [] : [r.country];
}

/**
 * One row per country where a member is present or that a recommendation names, sorted by
 * the country's name in the report language. Cost O(countries · members + recommendations).
 *
 * @example
 * const rows = buildMapRows(baseline, 'nl', createLookup(baseline, 'nl'));
 * rows.find((r) => r.code === 'BD')?.strongestLabel; // => 'kantoor'
 */
export function buildMapRows(baseline: BaselineJson, lang: Lang, look: Lookup): MapCountryRow[] {
  const recs = new Map<string, number>();
  for (const r of baseline.recommendations) {
    for (const code of recommendationCountries(r)) recs.set(code, (recs.get(code) ?? 0) + 1);
  }
  const codes = new Set([...Object.keys(baseline.countries), ...recs.keys()]);
  // A handful of presence kinds over every member of every country: each label made once.
  const labels = new Map<string, string>();
  const presenceLabel = (presence: string): string => {
    let label = labels.get(presence);
    if (label === undefined) {
      label = tValue(lang, 'presence', presence);
      labels.set(presence, label);
    }
    return label;
  };
  const rows = [...codes].map((code): MapCountryRow => {
    const view = Object.hasOwn(baseline.countries, code) ? baseline.countries[code] : undefined;
    const members = (view?.members ?? []).map((m) => ({
      id: m.id,
      name: look.member(m.id),
      presence: m.presence,
      presenceLabel: presenceLabel(m.presence),
    }));
    const strongest = PRESENCE_ORDER.find((kind) => members.some((m) => m.presence === kind)) ?? null;
    return {
      code,
      name: look.country(code),
      members,
      named: members.slice(0, MAP_MEMBERS_NAMED),
      more: Math.max(0, members.length - MAP_MEMBERS_NAMED),
      strongest,
      strongestLabel: strongest === null ? null : tValue(lang, 'presence', strongest),
      recommendations: recs.get(code) ?? 0,
    };
  });
  const byName = compareNames(lang);
  return rows.sort((a, b) => byName(a.name, b.name) || byName(a.code, b.code));
}
