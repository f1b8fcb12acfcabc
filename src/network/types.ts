import type { Lang } from '../lang.js';

/**
 * Types of the network view: options and the plain, serialisable
 * {@link SynergyNetwork} that {@link buildNetwork} returns.
 * @module
 */

export type { Lang };

/**
 * The three bipartite layers: member-theme, member-country, member-sector.
 *
 * @example
 * const layers: BipartiteKind[] = ['themes', 'sectors'];
 * toGraphML(network, { include: layers }).includes('<node id="theme:living-wage">'); // => true
 */
export type BipartiteKind = 'themes' | 'countries' | 'sectors';

/**
 * Options of {@link buildNetwork}. Defaults in {@link DEFAULT_NETWORK_OPTIONS}.
 *
 * @example
 * const options: NetworkOptions = { threshold: 0, topK: 3, lang: 'nl' };
 * buildNetwork(json, options).parameters; // => { threshold: 0, topK: 3, lang: 'nl' }
 */
export interface NetworkOptions {
  /**
   * Minimum synergy for a member-member edge: a pair is linked when
   * `synergy >= threshold` and `synergy > 0`. Finite and >= 0. Default 0.2.
   */
  readonly threshold?: number;
  /**
   * When set (a positive integer), keep only each member's `topK` strongest
   * edges among those that pass the threshold; the graph is the union of these
   * choices (so a member can end up with more than `topK` edges). Pass
   * `threshold: 0` for a pure top-k graph. Default: unset (every edge that
   * passes the threshold).
   */
  readonly topK?: number;
  /** Language of community labels and category names. Default 'en'. */
  readonly lang?: Lang;
}

/**
 * Defaults of {@link NetworkOptions}.
 *
 * @example
 * DEFAULT_NETWORK_OPTIONS.threshold; // => 0.2
 */
export const DEFAULT_NETWORK_OPTIONS = Object.freeze({
  threshold: 0.2,
  topK: null as number | null,
  lang: 'en' as Lang,
});

/**
 * A member in the synergy network, with its position measures. Numbers rounded to 4 decimals.
 *
 * @example
 * const isolated: NetworkNode[] = buildNetwork(json).nodes.filter((n) => n.isolated);
 * isolated.map((n) => n.name); // => ['Aarde & Recht', 'Coöperatieve Groenhaven Bank', 'Stichting Jonge Handen']
 */
export interface NetworkNode {
  /** Member id. */
  readonly id: string;
  /** Member name. */
  readonly name: string;
  /** Member type (ngo, union, company, knowledge, government, other). */
  readonly type: string;
  /** Number of synergy edges kept. */
  readonly degree: number;
  /** Weighted degree: sum of the synergy of the kept edges. */
  readonly strength: number;
  /**
   * Normalised betweenness in [0, 1] on the kept graph with every edge of
   * length 1: the share of pairs of other members whose shortest paths run
   * through this member, sum over pairs s,t of sigma_st(v)/sigma_st divided by
   * (n-1)(n-2)/2, n = number of members. 0 when n < 3.
   */
  readonly betweenness: number;
  /**
   * Burt's constraint with the synergy weights, c_i = sum_j (p_ij + sum_q p_iq p_qj)^2
   * over neighbours j (q != i, j), p_ij = w_ij / sum_k w_ik. Low = spans
   * structural holes. null for isolated members (undefined without ties).
   */
  readonly constraint: number | null;
  /** Community id (index into `communities`); null for isolated members. */
  readonly community: number | null;
  /** Broker: constraint in the lowest quartile of the connected members AND betweenness > 0. */
  readonly broker: boolean;
  /** Isolated: no synergy edge passes the threshold (at risk of "working as before"). */
  readonly isolated: boolean;
}

/**
 * An undirected member-member synergy edge, `source < target` (string order).
 *
 * @example
 * const first: NetworkEdge | undefined = buildNetwork(json).edges[0];
 * first; // => { source: 'FTA', target: 'HDN', weight: 0.4474 }
 */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Synergy of the pair, rounded to 4 decimals. */
  readonly weight: number;
}

/**
 * A community of members that already work alike (Louvain).
 *
 * @example
 * const first: NetworkCommunity | undefined = buildNetwork(json).communities[0];
 * first;
 * // => { id: 0, members: ['FTA', 'HDN', 'KMK', 'SEW', 'SSF', 'VAW'], theme: 'grievance-mechanisms', country: 'BD', ... }
 */
export interface NetworkCommunity {
  /** 0-based id, communities numbered in order of their first member id. */
  readonly id: number;
  /** Member ids, sorted. */
  readonly members: readonly string[];
  /** Display label from the dominant theme and country, e.g. "Living wage · Bangladesh". */
  readonly label: string;
  /** Dominant theme id (most listings of the members in the country views), or null. */
  readonly theme: string | null;
  /** Dominant country code (highest summed presence weight of the members), or null. */
  readonly country: string | null;
  /** This community's term of the modularity: in_c / m - (tot_c / 2m)^2. */
  readonly modularity: number;
}

/**
 * A weighted member-category edge of a bipartite layer.
 *
 * @example
 * const edge: BipartiteEdge | undefined = buildNetwork(json).bipartite.countries[0];
 * edge; // => { member: 'AER', category: 'CI', weight: 0.5 }
 */
export interface BipartiteEdge {
  readonly member: string;
  /** Theme id, ISO country code or sector id. */
  readonly category: string;
  readonly weight: number;
}

/**
 * A theme, country or sector that appears in a bipartite layer, with its display name.
 *
 * @example
 * const first: NetworkCategory | undefined = buildNetwork(json).categories[0];
 * first; // => { kind: 'country', id: 'BD', name: 'Bangladesh' }
 */
export interface NetworkCategory {
  readonly kind: 'theme' | 'country' | 'sector';
  readonly id: string;
  readonly name: string;
}

/**
 * The parameters a network was built with.
 *
 * @example
 * const used: NetworkParameters = buildNetwork(json, { topK: 2 }).parameters;
 * used; // => { threshold: 0.2, topK: 2, lang: 'en' }
 */
export interface NetworkParameters {
  readonly threshold: number;
  readonly topK: number | null;
  readonly lang: Lang;
}

/**
 * The network view of a baseline: plain, serialisable data, sorted
 * (nodes by id, edges by source then target, bipartite edges by member then
 * category), numbers rounded to 4 decimals.
 *
 * @example
 * const net: SynergyNetwork = buildNetwork(json);
 * // plain data: survives a JSON round trip
 * JSON.parse(JSON.stringify(net)); // => net
 */
export interface SynergyNetwork {
  readonly parameters: NetworkParameters;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly communities: readonly NetworkCommunity[];
  /** Modularity Q of the community partition on the kept weighted graph; 0 without edges. */
  readonly modularity: number;
  /** Member-category edges per layer (weights: see {@link buildBipartite}). */
  readonly bipartite: {
    readonly themes: readonly BipartiteEdge[];
    readonly countries: readonly BipartiteEdge[];
    readonly sectors: readonly BipartiteEdge[];
  };
  /** Every category used by a bipartite layer, sorted by kind then id. */
  readonly categories: readonly NetworkCategory[];
}
