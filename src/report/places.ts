/**
 * The report model's area rows (per country) and funder rows, resolved to display text.
 * @module
 */

import { PRESENCE_ORDER } from '../country/presence.js';
import { COMMON_SERVICE_THEMES } from '../recommend/commonServices.js';
import type { AreaView, BaselineJson } from '../schema/baseline.js';
import { type Lang, tValue } from './i18n.js';
import type { Lookup } from './lookup.js';

/** An id with its display text. */
interface Named {
  readonly id: string;
  readonly name: string;
}

/** One top-level area of a country (a province, state), resolved to display text. */
export interface AreaRow {
  readonly id: string;
  readonly name: string;
  readonly members: readonly { readonly member: Named; readonly presence: string }[];
  /** Themes of the members present with how many work on each (and the highest rated level, if any), most first. */
  readonly themes: readonly {
    readonly theme: Named;
    readonly members: number;
    readonly maxLevel: number | null;
  }[];
  /**
   * Themes covered elsewhere in the country but by no member present here, each with the highest
   * rated level a member present has on it (null: nobody here works on it).
   */
  readonly missing: readonly (Named & { readonly best: number | null })[];
  readonly sharedPartners: readonly { readonly partner: string; readonly members: readonly Named[] }[];
  /** How many areas lie below this one (districts of a province). */
  readonly below: number;
}

/**
 * Who works on what where in a country, at a glance: top-level areas (rows) x themes (columns),
 * each cell the number of members present there that work on the theme. A 0 is a gap: members
 * work on the theme elsewhere in the country, none here (every column is a theme worked on in
 * some area); not for a common service (coordination, logistics, telecoms: run for everyone).
 */
export interface AreaThemeGrid {
  /** Themes worked on in the most areas first (then most members, then id), at most `maxThemes`. */
  readonly themes: readonly Named[];
  readonly rows: readonly { readonly area: Named; readonly counts: readonly number[] }[];
  /** The largest count of each theme column, for shading within a column. */
  readonly max: readonly number[];
  /** Per theme column: a common service (coordination, logistics, telecoms), whose 0 is no gap. */
  readonly service: readonly boolean[];
  /** Themes worked on in these areas but left out of the columns (beyond `maxThemes`). */
  readonly hidden: number;
}

/** Columns of the area x theme grid by default: as many as fit a laptop screen. */
export const AREA_GRID_THEMES = 12;

/**
 * The area x theme grid of a country's top-level areas (see {@link AreaThemeGrid}), or null when
 * there are fewer than two areas or two themes (a table then says it all).
 *
 * @example
 * const row = (id: string, themes: [string, number][]) => ({ id, name: id, members: [], missing: [], sharedPartners: [], below: 0,
 *   themes: themes.map(([t, n]) => ({ theme: { id: t, name: t }, members: n, maxLevel: null })) });
 * const grid = areaThemeGrid([row('Gao', [['wash', 3], ['health', 1]]), row('Mopti', [['wash', 2]])]);
 * grid?.themes.map((t) => t.id); // => ['wash', 'health']
 * grid?.rows.map((r) => r.counts); // => [[3, 1], [2, 0]]
 */
export function areaThemeGrid(areas: readonly AreaRow[], maxThemes = AREA_GRID_THEMES): AreaThemeGrid | null {
  const stats = new Map<string, { theme: Named; areas: number; members: number }>();
  for (const a of areas) {
    for (const t of a.themes) {
      if (t.members === 0) continue;
      const s = stats.get(t.theme.id) ?? { theme: t.theme, areas: 0, members: 0 };
      s.areas++;
      s.members += t.members;
      stats.set(t.theme.id, s);
    }
  }
  if (areas.length < 2 || stats.size < 2) return null;
  const ordered = [...stats.values()].sort(
    (x, y) => y.areas - x.areas || y.members - x.members || cmp(x.theme.id, y.theme.id),
  );
  const themes = ordered.slice(0, maxThemes).map((s) => s.theme);
  const max = themes.map(() => 0);
  const rows = areas.map((a) => {
    const byTheme = new Map(a.themes.map((t) => [t.theme.id, t.members]));
    const counts = themes.map((t) => byTheme.get(t.id) ?? 0);
    counts.forEach((n, i) => {
      max[i] = Math.max(max[i]!, n);
    });
    return { area: { id: a.id, name: a.name }, counts };
  });
  const service = themes.map((t) => COMMON_SERVICE_THEMES.has(t.id));
  return { themes, rows, max, service, hidden: ordered.length - themes.length };
}

/** A funder with what it funds, resolved to display text. */
export interface FunderRow {
  readonly name: string;
  readonly ref: string | null;
  readonly type: string | null;
  readonly roles: readonly string[];
  readonly members: readonly Named[];
  readonly countries: readonly Named[];
  readonly activities: number | null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The top-level areas of a country view (areas without a parent, or whose parent is not listed),
 * sorted by name then id, with the number of areas below each. Areas below the top level are
 * counted, not listed (they stay in baseline.json and area-themes.csv).
 *
 * @example
 * areaRows([{ area: 'AF24', name: 'Kandahar', parent: null, members: [], themes: [], duplicated: [], missing: [],
 *   sharedPartners: [] }], 'en', look)[0]?.name; // => 'Kandahar'
 */
export function areaRows(areas: readonly AreaView[], lang: Lang, look: Lookup): AreaRow[] {
  const ids = new Set(areas.map((a) => a.area));
  const top = areas.filter((a) => a.parent === null || !ids.has(a.parent));
  const below = new Map<string, number>();
  for (const a of areas) {
    // Count every area under a top-level one, at any depth.
    let p = a.parent;
    for (let guard = 0; p !== null && ids.has(p) && guard < 8; guard++) {
      const parent = areas.find((x) => x.area === p);
      if (parent === undefined) break;
      if (parent.parent === null || !ids.has(parent.parent)) below.set(p, (below.get(p) ?? 0) + 1);
      p = parent.parent;
    }
  }
  const named = (id: string): Named => ({ id, name: look.member(id) });
  return [...top]
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.area, b.area))
    .map((a) => ({
      id: a.area,
      name: a.name,
      // Strongest presence first (the view's order), then by name: long lists stay findable.
      members: a.members
        .map((m, i) => ({ m, i, rank: PRESENCE_ORDER.indexOf(m.presence) }))
        .sort((x, y) => x.rank - y.rank || cmp(look.member(x.m.id), look.member(y.m.id)) || x.i - y.i)
        .map(({ m }) => ({ member: named(m.id), presence: tValue(lang, 'presence', m.presence) })),
      themes: a.themes
        .map((t) => ({
          theme: { id: t.theme, name: look.theme(t.theme) },
          members: new Set([...t.members, ...(t.observed ?? [])]).size,
          maxLevel: t.maxLevel,
        }))
        .sort((x, y) => y.members - x.members || cmp(x.theme.id, y.theme.id)),
      missing: a.missing.map((id) => ({
        id,
        name: look.theme(id),
        best: a.themes.find((t) => t.theme === id)?.maxLevel ?? null,
      })),
      sharedPartners: a.sharedPartners.map((p) => ({ partner: p.partner, members: p.members.map(named) })),
      below: below.get(a.area) ?? 0,
    }));
}

/**
 * The funders of a baseline (version 2), resolved to display text; [] for version 1 files.
 *
 * @example
 * funderRows({ ...json, funders: [] }, 'en', look); // => []
 */
export function funderRows(baseline: BaselineJson, lang: Lang, look: Lookup): FunderRow[] {
  return (baseline.funders ?? []).map((f) => ({
    name: f.funder,
    ref: f.ref,
    type: f.type === null ? null : tValue(lang, 'type', f.type),
    roles: f.roles.map((r) => tValue(lang, 'funderRole', r)),
    members: f.members.map((id) => ({ id, name: look.member(id) })),
    countries: f.countries.map((c) => ({ id: c, name: look.country(c) })),
    activities: f.activities,
  }));
}
