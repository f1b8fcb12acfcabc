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
  const themes = new Layer(memberIds);
  const sectors = new Layer(memberIds);
  const countries = new Layer(memberIds);
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
 * The member x category weights of one layer: one column of members per category (made when the
 * category is first seen), added up or kept at their maximum, then listed as edges sorted by
 * member and category (compareStrings).
 */
class Layer {
  private readonly categories: string[] = [];
  private readonly categoryIndex = new Map<string, number>();
  private readonly weights: Float64Array[] = [];
  private readonly present: Uint8Array[] = [];
  /** Each cell with a weight (category * members + member), once, in the order first given one. */
  private readonly cells: number[] = [];
  /** The list each member was last counted in (`once`), so a member counts once per list. */
  private readonly counted: Int32Array;
  private list = 0;

  constructor(private readonly members: readonly string[]) {
    this.counted = new Int32Array(members.length);
  }

  /** The column of a category. */
  private column(category: string): number {
    let c = this.categoryIndex.get(category);
    if (c === undefined) {
      c = this.categories.length;
      this.categories.push(category);
      this.categoryIndex.set(category, c);
      this.weights.push(new Float64Array(this.members.length));
      this.present.push(new Uint8Array(this.members.length));
    }
    return c;
  }

  private mark(column: number, member: number): void {
    const present = this.present[column]!;
    if (present[member] === 1) return;
    present[member] = 1;
    this.cells.push(column * this.members.length + member);
  }

  /** Keep the larger of the weight so far and `w`. */
  max(member: number, category: string, w: number): void {
    const c = this.column(category);
    const weights = this.weights[c]!;
    weights[member] = Math.max(this.present[c]![member] === 1 ? weights[member]! : 0, w);
    this.mark(c, member);
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
    const weights = this.weights[column]!;
    weights[member] = weights[member]! + 1;
    this.mark(column, member);
  }

  edges(): BipartiteEdge[] {
    const n = this.members.length;
    const k = this.categories.length;
    const rank = (ids: readonly string[]) => {
      const order = ids.map((_, i) => i).sort((x, y) => compareStrings(ids[x]!, ids[y]!));
      const at = new Int32Array(ids.length);
      order.forEach((i, r) => {
        at[i] = r;
      });
      return { order, at };
    };
    const members = rank(this.members);
    const categories = rank(this.categories);
    // Each cell as (member rank) * k + (category rank): sorted, the edges' order.
    const keys = new Float64Array(this.cells.length);
    this.cells.forEach((cell, i) => {
      keys[i] = members.at[cell % n]! * k + categories.at[Math.floor(cell / n)]!;
    });
    keys.sort();
    const out = new Array<BipartiteEdge>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const m = members.order[Math.floor(keys[i]! / k)]!;
      const c = categories.order[keys[i]! % k]!;
      out[i] = {
        member: this.members[m]!,
        category: this.categories[c]!,
        weight: round4(this.weights[c]![m]!),
      };
    }
    return out;
  }
}

export const LAYER_KIND: Readonly<Record<BipartiteKind, NetworkCategory['kind']>> = Object.freeze({
  themes: 'theme',
  countries: 'country',
  sectors: 'sector',
});
