/**
 * The bipartite member-theme, member-country and member-sector layers, read
 * from a baseline's per-country views.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';
import type { BaselineJson } from '../schema/baseline.js';
import { compareStrings, round4 } from './format.js';
import { type LabelTable, labelOf } from './labels.js';
import type { BipartiteEdge, BipartiteKind, Lang, NetworkCategory } from './types.js';

/**
 * Presence weights of the member-country layer (DOMAIN.md defaults).
 *
 * @example
 * PRESENCE_WEIGHTS.local_partner; // => 0.75
 */
export const PRESENCE_WEIGHTS = Object.freeze({
  office: 1,
  local_partner: 0.75,
  programme: 0.5,
  network: 0.25,
});

/**
 * The three layers and the categories they use.
 *
 * @example
 * const { themes, categories } = buildBipartite(baseline, 'en');
 */
export interface Bipartite {
  readonly themes: BipartiteEdge[];
  readonly countries: BipartiteEdge[];
  readonly sectors: BipartiteEdge[];
  readonly categories: NetworkCategory[];
}

/**
 * Builds the bipartite layers from `baseline.countries`:
 * - themes: weight = number of countries whose view lists the member for the
 *   theme (`countries[cc].themes[].members`; note the country views list the
 *   members at the highest level present in that country);
 * - sectors: weight = number of countries whose view lists the member for the
 *   sector (`countries[cc].sectors[].members`);
 * - countries: weight = presence weight in that country (office 1,
 *   local_partner 0.75, programme 0.5, network 0.25; the strongest if listed twice).
 *
 * Edges sorted by member, then category; categories by kind then id, named in `lang`.
 *
 * @param baseline - baseline.json data (`toBaselineJson` of partner-synergy)
 * @param lang - language of the category names ('en' or 'nl')
 * @throws PartnerSynergyError `E_UNKNOWN_MEMBER` when a view names a member that is not in `members`.
 * @example
 * const layers = buildBipartite(json, 'en');
 * layers.countries[0]; // => { member: 'AER', category: 'CI', weight: 0.5 }
 * layers.categories.find((c) => c.id === 'CI'); // => { kind: 'country', id: 'CI', name: "Côte d'Ivoire" }
 */
export function buildBipartite(baseline: BaselineJson, lang: Lang): Bipartite {
  const known = new Set(baseline.members.map((m) => m.id));
  const check = (id: string, where: string): string => {
    if (!known.has(id)) {
      throw new PartnerSynergyError(
        'E_UNKNOWN_MEMBER',
        `countries.${where} names member "${id}", not in members.`,
      );
    }
    return id;
  };
  const themes = new Map<string, Map<string, number>>();
  const sectors = new Map<string, Map<string, number>>();
  const countries = new Map<string, Map<string, number>>();
  const bump = (
    layer: Map<string, Map<string, number>>,
    member: string,
    category: string,
    w: number,
    max: boolean,
  ) => {
    let row = layer.get(member);
    if (!row) {
      row = new Map();
      layer.set(member, row);
    }
    const prev = row.get(category) ?? 0;
    row.set(category, max ? Math.max(prev, w) : prev + w);
  };
  for (const cc of Object.keys(baseline.countries).sort(compareStrings)) {
    const view = baseline.countries[cc]!;
    for (const m of view.members) {
      bump(countries, check(m.id, `${cc}.members`), cc, PRESENCE_WEIGHTS[m.presence], true);
    }
    for (const t of view.themes) {
      for (const id of new Set(t.members)) bump(themes, check(id, `${cc}.themes`), t.theme, 1, false);
    }
    for (const s of view.sectors) {
      for (const id of new Set(s.members)) bump(sectors, check(id, `${cc}.sectors`), s.sector, 1, false);
    }
  }
  const flatten = (layer: Map<string, Map<string, number>>): BipartiteEdge[] =>
    [...layer.entries()]
      .flatMap(([member, row]) =>
        [...row.entries()].map(([category, w]) => ({ member, category, weight: round4(w) })),
      )
      .sort((a, b) => compareStrings(a.member, b.member) || compareStrings(a.category, b.category));
  const categoriesOf = (
    edges: BipartiteEdge[],
    kind: NetworkCategory['kind'],
    table: LabelTable,
  ): NetworkCategory[] =>
    [...new Set(edges.map((e) => e.category))]
      .sort(compareStrings)
      .map((id) => ({ kind, id, name: labelOf(baseline, table, id, lang) }));
  const out = { themes: flatten(themes), countries: flatten(countries), sectors: flatten(sectors) };
  const categories = [
    ...categoriesOf(out.countries, 'country', 'countries'),
    ...categoriesOf(out.sectors, 'sector', 'sectors'),
    ...categoriesOf(out.themes, 'theme', 'themes'),
  ];
  return { ...out, categories };
}

/**
 * The category kind of each bipartite layer.
 *
 * @example
 * LAYER_KIND.countries; // => 'country'
 */
export const LAYER_KIND: Readonly<Record<BipartiteKind, NetworkCategory['kind']>> = Object.freeze({
  themes: 'theme',
  countries: 'country',
  sectors: 'sector',
});
