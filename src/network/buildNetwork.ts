/**
 * Builds the network view of a baseline: the member-member synergy graph with
 * centrality, brokers, isolated members and communities, plus the bipartite layers.
 * @module
 */
import { readBaselineMatrix } from '../baseline/matrixReader.js';
import { OptionsError, PartnerSynergyError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { BaselineJson } from '../schema/baseline.js';
import { betweenness } from './betweenness.js';
import { buildBipartite } from './bipartite.js';
import { brokerFlags } from './brokers.js';
import { communityNamer } from './communityLabels.js';
import { constraint } from './constraint.js';
import { compareStrings, round4 } from './format.js';
import { graphFromEdges, strengths } from './graph.js';
import { labelOf } from './labels.js';
import { louvain } from './louvain.js';
import { selectEdges } from './selectEdges.js';
import {
  DEFAULT_NETWORK_OPTIONS,
  type Lang,
  type NetworkCommunity,
  type NetworkNode,
  type NetworkOptions,
  type SynergyNetwork,
} from './types.js';

function validateOptions(options: NetworkOptions): {
  threshold: number;
  topK: number | null;
  lang: Lang;
} {
  const {
    threshold = DEFAULT_NETWORK_OPTIONS.threshold,
    topK = DEFAULT_NETWORK_OPTIONS.topK,
    lang = DEFAULT_NETWORK_OPTIONS.lang,
  } = options;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0) {
    throw new OptionsError('threshold', `threshold must be a finite number >= 0, got ${String(threshold)}.`);
  }
  if (topK !== null && (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 1)) {
    throw new OptionsError('topK', `topK must be a positive integer, got ${String(topK)}.`);
  }
  if (lang !== 'en' && lang !== 'nl') {
    throw new OptionsError('lang', `lang must be 'en' or 'nl', got ${String(lang)}.`);
  }
  return { threshold, topK, lang };
}

/**
 * In a baseline with each member's top partners, the only members a member can have synergy
 * above 0 with (member indices, each once): those its row lists, those whose rows list it, and
 * the focus block's members when it is one of them. Every other pair reads 0, so the top-k edge
 * selection need not read it (N x N reads at 3,000 members).
 */
function topCandidates(
  matrix: ReturnType<typeof readBaselineMatrix>,
  pos: readonly number[],
): (i: number) => Iterable<number> {
  const member = new Int32Array(matrix.ids.length).fill(-1);
  pos.forEach((a, i) => {
    if (a >= 0) member[a] = i;
  });
  const all = matrix.ids.length;
  const listed: number[][] = Array.from({ length: all }, () => []);
  for (let a = 0; a < all; a++) {
    for (const { j } of matrix.partners(a, all)) {
      listed[a]!.push(j);
      listed[j]?.push(a);
    }
  }
  const focus = matrix.full.ids.map((id) => matrix.indexOf(id)).filter((a) => a >= 0);
  const inFocus = new Set(focus);
  const seen = new Int32Array(pos.length).fill(-1);
  return (i) => {
    const a = pos[i]!;
    if (a === undefined || a < 0) return [];
    const out: number[] = [];
    const add = (b: number) => {
      const j = member[b]!;
      if (j >= 0 && seen[j] !== i) {
        seen[j] = i;
        out.push(j);
      }
    };
    for (const b of listed[a]!) add(b);
    if (inFocus.has(a)) for (const b of focus) add(b);
    return out;
  };
}

/**
 * A lookup of the symmetric synergy between members (indices into `ids`):
 * the larger of the two matrix directions; 0 for members the matrix lacks. A
 * baseline with each member's top partners gives the listed values and 0 for
 * pairs neither member lists; for it also each member's candidates (see {@link topCandidates}).
 */
function synergyLookup(
  baseline: BaselineJson,
  ids: readonly string[],
): { weight: (i: number, j: number) => number; candidates?: (i: number) => Iterable<number> } {
  const matrix = readBaselineMatrix(baseline, 'synergy');
  const { ids: mIds } = matrix;
  const values = matrix.shape === 'full' ? matrix.full.values : [];
  const known = new Set(ids);
  const at = new Map<string, number>();
  mIds.forEach((id, k) => {
    if (!known.has(id)) {
      throw new PartnerSynergyError(
        'E_UNKNOWN_MEMBER',
        `matrices.synergy.ids names "${id}", not in members.`,
      );
    }
    if (at.has(id)) throw new PartnerSynergyError('E_SCHEMA', `matrices.synergy.ids lists "${id}" twice.`);
    at.set(id, k);
  });
  const pos = ids.map((id) => at.get(id) ?? -1);
  if (matrix.shape === 'top') {
    return {
      weight: (i, j) => {
        const a = pos[i]!;
        const b = pos[j]!;
        if (a < 0 || b < 0) return 0;
        return Math.max(0, matrix.value(a, b) ?? 0);
      },
      candidates: topCandidates(matrix, pos),
    };
  }
  if (values.length !== mIds.length || values.some((row) => row.length !== mIds.length)) {
    throw new PartnerSynergyError(
      'E_SCHEMA',
      `matrices.synergy.values is not ${mIds.length} x ${mIds.length}.`,
    );
  }
  for (const row of values) {
    for (const v of row) {
      if (!Number.isFinite(v) || v < 0) {
        throw new PartnerSynergyError(
          'E_SCHEMA',
          `matrices.synergy.values holds ${String(v)}; expected >= 0.`,
        );
      }
    }
  }
  return {
    weight: (i, j) => {
      const a = pos[i]!;
      const b = pos[j]!;
      if (a < 0 || b < 0) return 0;
      return Math.max(values[a]![b]!, values[b]![a]!);
    },
  };
}

/**
 * Builds the network view of a baseline.
 *
 * - Edges: member pairs with synergy >= `threshold` (and > 0); with `topK`, the
 *   union of each member's `topK` strongest such pairs. The synergy of a pair is
 *   the larger of the two matrix directions (the matrix is symmetric in practice).
 * - degree = kept edges; strength = summed synergy of kept edges.
 * - betweenness: normalised, unit edge lengths (see {@link betweenness}).
 * - constraint: Burt's, synergy-weighted (see {@link constraint}); null when isolated.
 * - broker: constraint in the lowest quartile (<= 0.25 quantile, type 7) of the
 *   connected members AND betweenness > 0.
 * - isolated: no edge (no synergy at or above the threshold).
 * - communities: deterministic Louvain on the weighted graph (see {@link louvain});
 *   isolated members belong to none (community null). Labelled by dominant theme
 *   and country (see {@link communityNamer}).
 * - bipartite: see {@link buildBipartite}.
 *
 * Pure and deterministic: the input is not mutated, and the order of members,
 * matrix rows or country lists does not change the result. Numbers are rounded to
 * 4 decimals (decisions such as brokers are taken before rounding). Cost
 * O(n^2) to read the matrix plus O(n m) for betweenness.
 *
 * @param baseline - baseline.json data (`toBaselineJson` of partner-synergy)
 * @param options - threshold, topK and lang; defaults in {@link DEFAULT_NETWORK_OPTIONS}
 * @throws OptionsError for a negative/non-finite threshold, a topK that is not a positive integer, or an unknown lang.
 * @throws PartnerSynergyError `E_SCHEMA` for duplicate member ids or a malformed synergy matrix
 *   (wrong shape, negative or non-finite values); `E_UNKNOWN_MEMBER` when the matrix or a country view
 *   names a member that is not in `members`.
 * @example
 * const net = buildNetwork(json, { threshold: 0.2 });
 * net.nodes.filter((n) => n.broker).map((n) => n.id); // => ['SSF', 'UWS', 'VAW']
 * net.communities.map((c) => c.label);
 * // => ['Grievance mechanisms and remedy · Bangladesh', 'Occupational safety and health · Kenya']
 */
export function buildNetwork(baseline: BaselineJson, options: NetworkOptions = {}): SynergyNetwork {
  checkOptionKeys(options, ['lang', 'threshold', 'topK'] satisfies (keyof NetworkOptions)[]);
  const { threshold, topK, lang } = validateOptions(options);

  const byId = new Map<string, BaselineJson['members'][number]>();
  for (const m of baseline.members) {
    if (byId.has(m.id)) throw new PartnerSynergyError('E_SCHEMA', `members lists "${m.id}" twice.`);
    byId.set(m.id, m);
  }
  const ids = [...byId.keys()].sort(compareStrings);
  const n = ids.length;

  const { weight, candidates } = synergyLookup(baseline, ids);
  const kept = selectEdges(ids, weight, threshold, topK, candidates);
  const graph = graphFromEdges(
    n,
    kept.map((e) => [e.a, e.b, e.w] as const),
  );
  const strength = strengths(graph);
  const between = betweenness(graph);
  const constr = constraint(graph);
  const broker = brokerFlags(constr, between);
  const isolated = graph.adj.map((nb) => nb.length === 0);
  const parts = louvain(graph);

  // Communities of connected members only, renumbered in order of their first member id.
  const commOf = new Array<number | null>(n).fill(null);
  const louvainToOut = new Map<number, number>();
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (isolated[i]) continue;
    const c = parts.community[i]!;
    let out = louvainToOut.get(c);
    if (out === undefined) {
      out = groups.length;
      louvainToOut.set(c, out);
      groups.push([]);
    }
    groups[out]!.push(i);
    commOf[i] = out;
  }

  const bipartite = buildBipartite(baseline, lang);
  const display = (kind: 'theme' | 'country', id: string) =>
    labelOf(baseline, kind === 'theme' ? 'themes' : 'countries', id, lang);
  const nameCommunity = communityNamer(bipartite.themes, bipartite.countries, display);
  const communities: NetworkCommunity[] = groups.map((members, id) => {
    const memberIds = members.map((i) => ids[i]!);
    const named = nameCommunity(
      memberIds,
      memberIds.map((m) => byId.get(m)!.name),
    );
    const louvainId = parts.community[members[0]!]!;
    return {
      id,
      members: memberIds,
      label: named.label,
      theme: named.theme,
      country: named.country,
      modularity: round4(parts.contributions[louvainId] ?? 0),
    };
  });

  const nodes: NetworkNode[] = ids.map((id, i) => {
    const m = byId.get(id)!;
    const c = constr[i]!;
    return {
      id,
      name: m.name,
      type: m.type,
      degree: graph.adj[i]!.length,
      strength: round4(strength[i]!),
      betweenness: round4(between[i]!),
      constraint: c === null ? null : round4(c),
      community: commOf[i]!,
      broker: broker[i]!,
      isolated: isolated[i]!,
    };
  });
  const edges = kept.map((e) => ({ source: ids[e.a]!, target: ids[e.b]!, weight: round4(e.w) }));

  return {
    parameters: { threshold, topK, lang },
    nodes,
    edges,
    communities,
    modularity: round4(parts.modularity),
    // The sectors layer and the categories are made when read (the network files read them only
    // when they include a layer; see buildBipartite).
    bipartite: {
      themes: bipartite.themes,
      countries: bipartite.countries,
      get sectors() {
        return bipartite.sectors;
      },
    },
    get categories() {
      return bipartite.categories;
    },
  };
}
