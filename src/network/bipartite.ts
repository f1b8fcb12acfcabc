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
  const memberIds = [...new Set(baseline.members.map((m) => m.id))];
  const memberIndex = new Map(memberIds.map((id, i) => [id, i]));
  const check = (id: string, cc: string, part: string): number => {
    const i = memberIndex.get(id);
    if (i === undefined) {
      throw new PartnerSynergyError(
        'E_UNKNOWN_MEMBER',
        `countries.${cc}.${part} names member "${id}", not in members.`,
      );
    }
    return i;
  };
  const codes = Object.keys(baseline.countries).sort(compareStrings);
  const views = codes.map((cc) => baseline.countries[cc]!);
  const themes = new Layer(
    memberIds,
    views.flatMap((v) => v.themes.map((t) => t.theme)),
  );
  const sectors = new Layer(
    memberIds,
    views.flatMap((v) => v.sectors.map((x) => x.sector)),
  );
  const countries = new Layer(memberIds, codes);
  views.forEach((view, v) => {
    const cc = codes[v]!;
    for (const m of view.members) {
      countries.max(check(m.id, cc, 'members'), cc, PRESENCE_WEIGHTS[m.presence]);
    }
    // Each member counts once per theme or sector entry of a country.
    for (const t of view.themes) {
      const column = themes.startList(t.theme);
      for (const id of t.members) themes.once(check(id, cc, 'themes'), column);
    }
    for (const x of view.sectors) {
      const column = sectors.startList(x.sector);
      for (const id of x.members) sectors.once(check(id, cc, 'sectors'), column);
    }
  });
  const out = { themes: themes.edges(), countries: countries.edges(), sectors: sectors.edges() };
  const categoriesOf = (
    edges: BipartiteEdge[],
    kind: NetworkCategory['kind'],
    table: LabelTable,
  ): NetworkCategory[] =>
    [...new Set(edges.map((e) => e.category))]
      .sort(compareStrings)
      .map((id) => ({ kind, id, name: labelOf(baseline, table, id, lang) }));
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
/**
 * The member x category weights of one layer, dense (a few hundred categories), one column of
 * members per category: added up or kept at their maximum, then listed as edges sorted by member
 * and category (compareStrings).
 */
class Layer {
  private readonly categories: readonly string[];
  private readonly categoryIndex: Map<string, number>;
  /** Cell of (member, category): category * members + member. */
  private readonly weights: Float64Array;
  private readonly present: Uint8Array;
  /** The list each member was last counted in (`once`), so a member counts once per list. */
  private readonly counted: Int32Array;
  private list = 0;

  constructor(
    private readonly members: readonly string[],
    categories: readonly string[],
  ) {
    this.categories = [...new Set(categories)];
    this.categoryIndex = new Map(this.categories.map((c, i) => [c, i]));
    const cells = members.length * this.categories.length;
    this.weights = new Float64Array(cells);
    this.present = new Uint8Array(cells);
    this.counted = new Int32Array(members.length);
  }

  /** The first cell of a category's column. */
  private column(category: string): number {
    return this.categoryIndex.get(category)! * this.members.length;
  }

  /** Keep the larger of the weight so far and `w`. */
  max(member: number, category: string, w: number): void {
    const c = this.column(category) + member;
    this.weights[c] = Math.max(this.present[c] === 1 ? this.weights[c]! : 0, w);
    this.present[c] = 1;
  }

  /** Start counting a new list (a theme or sector entry) of `category`; returns its column for {@link once}. */
  startList(category: string): number {
    this.list++;
    return this.column(category);
  }

  /** Add 1 in `column` (from {@link startList}), unless this member was counted in the list already. */
  once(member: number, column: number): void {
    if (this.counted[member] === this.list) return;
    this.counted[member] = this.list;
    const c = column + member;
    this.weights[c] = this.weights[c]! + 1;
    this.present[c] = 1;
  }

  edges(): BipartiteEdge[] {
    const n = this.members.length;
    const members = this.members.map((id, i) => ({ id, i })).sort((x, y) => compareStrings(x.id, y.id));
    const categories = this.categories.map((id, i) => ({ id, i })).sort((x, y) => compareStrings(x.id, y.id));
    const out: BipartiteEdge[] = [];
    for (const m of members) {
      for (const c of categories) {
        const cell = c.i * n + m.i;
        if (this.present[cell] === 1) {
          out.push({ member: m.id, category: c.id, weight: round4(this.weights[cell]!) });
        }
      }
    }
    return out;
  }
}

export const LAYER_KIND: Readonly<Record<BipartiteKind, NetworkCategory['kind']>> = Object.freeze({
  themes: 'theme',
  countries: 'country',
  sectors: 'sector',
});
