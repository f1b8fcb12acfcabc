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
 * Edges sorted by member, then category; categories by kind then id, named in `lang`. The
 * sectors layer and the categories are computed when first read (every view is checked at once).
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
  const codes = Object.keys(baseline.countries).sort(compareStrings);
  const themes = new Layer(memberIds, memberIndex);
  const countries = new Layer(memberIds, memberIndex);
  for (const cc of codes) {
    const view = baseline.countries[cc]!;
    for (const m of view.members) {
      countries.max(memberAt(memberIndex, m.id, cc, 'members'), cc, PRESENCE_WEIGHTS[m.presence]);
    }
    // Each member counts once per theme or sector entry of a country.
    for (const t of view.themes) themes.countList(t.theme, t.members, cc, 'themes');
    // Sector lists are checked now (an unknown member is an error at once, in view order) but
    // counted only when the layer is read: the network files and community names do not use it,
    // and it is three quarters of the entries (400,000 at 800 members).
    for (const x of view.sectors) for (const id of x.members) memberAt(memberIndex, id, cc, 'sectors');
  }
  const themeEdges = themes.edges();
  const countryEdges = countries.edges();
  let sectorEdges: BipartiteEdge[] | undefined;
  const sectorLayer = (): BipartiteEdge[] => {
    if (sectorEdges !== undefined) return sectorEdges;
    const sectors = new Layer(memberIds, memberIndex);
    for (const cc of codes) {
      for (const x of baseline.countries[cc]!.sectors) sectors.countList(x.sector, x.members, cc, 'sectors');
    }
    sectorEdges = sectors.edges();
    return sectorEdges;
  };
  const categoriesOf = (
    edges: BipartiteEdge[],
    kind: NetworkCategory['kind'],
    table: LabelTable,
  ): NetworkCategory[] =>
    [...new Set(edges.map((e) => e.category))]
      .sort(compareStrings)
      .map((id) => ({ kind, id, name: labelOf(baseline, table, id, lang) }));
  let categories: NetworkCategory[] | undefined;
  return {
    themes: themeEdges,
    countries: countryEdges,
    get sectors() {
      return sectorLayer();
    },
    get categories() {
      categories ??= [
        ...categoriesOf(countryEdges, 'country', 'countries'),
        ...categoriesOf(sectorLayer(), 'sector', 'sectors'),
        ...categoriesOf(themeEdges, 'theme', 'themes'),
      ];
      return categories;
    },
  };
}

/** The index of member `id`, named in `countries.<cc>.<part>`; an unknown member is an error. */
function memberAt(index: ReadonlyMap<string, number>, id: string, cc: string, part: string): number {
  const i = index.get(id);
  if (i === undefined) {
    throw new PartnerSynergyError(
      'E_UNKNOWN_MEMBER',
      `countries.${cc}.${part} names member "${id}", not in members.`,
    );
  }
  return i;
}

/**
 * The member x category weights of one layer: one column of members per category (made when the
 * category is first seen), added up or kept at their maximum, then listed as edges sorted by
 * member and category (compareStrings). The lists of the country views (400,000 member entries
 * at 800 members) are counted in one loop per list over typed arrays (see {@link countList}).
 */
class Layer {
  private readonly categories: string[] = [];
  private readonly categoryIndex = new Map<string, number>();
  private readonly weights: Float64Array[] = [];
  private readonly present: Uint8Array[] = [];
  /** Each cell with a weight (category * members + member), once, in the order first given one. */
  private readonly cells: number[] = [];
  /** The list each member was last counted in (`countList`), so a member counts once per list. */
  private readonly counted: Int32Array;
  private list = 0;

  constructor(
    private readonly members: readonly string[],
    private readonly memberIndex: ReadonlyMap<string, number>,
  ) {
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

  /** Keep the larger of the weight so far and `w`. */
  max(member: number, category: string, w: number): void {
    const c = this.column(category);
    const weights = this.weights[c]!;
    const present = this.present[c]!;
    weights[member] = Math.max(present[member] === 1 ? weights[member]! : 0, w);
    if (present[member] === 1) return;
    present[member] = 1;
    this.cells.push(c * this.members.length + member);
  }

  /**
   * Add 1 for each member of one list of `category` (a theme or sector entry of country `cc`),
   * a member named twice in the list counted once.
   */
  countList(category: string, ids: readonly string[], cc: string, part: string): void {
    const c = this.column(category);
    const list = ++this.list;
    const { counted, cells } = this;
    const weights = this.weights[c]!;
    const present = this.present[c]!;
    const base = c * this.members.length;
    for (const id of ids) {
      const m = memberAt(this.memberIndex, id, cc, part);
      if (counted[m] === list) continue;
      counted[m] = list;
      weights[m] = weights[m]! + 1;
      if (present[m] === 1) continue;
      present[m] = 1;
      cells.push(base + m);
    }
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
