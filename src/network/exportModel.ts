/**
 * The node and edge lists that the GraphML, GEXF and Kumu exports share:
 * members, optionally the categories of chosen bipartite layers, with
 * namespaced ids (`member:`, `theme:`, `country:`, `sector:`) so a member id
 * can never clash with a category id.
 * @module
 */
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { LAYER_KIND } from './bipartite.js';
import { fixed4 } from './format.js';
import type { BipartiteKind, NetworkNode, SynergyNetwork } from './types.js';

/**
 * Options of the exports. Defaults in {@link DEFAULT_EXPORT_OPTIONS}.
 *
 * @example
 * const options: NetworkExportOptions = { include: ['themes', 'countries'] };
 * toGexf(network, options).includes('<node id="country:BD" label="Bangladesh">'); // => true
 */
export interface NetworkExportOptions {
  /**
   * Bipartite layers to add: their categories become nodes (kind theme,
   * country or sector) linked to members by weighted edges (relation = the
   * kind). Default: none, the member-member synergy graph only.
   */
  readonly include?: readonly BipartiteKind[];
}

/**
 * Defaults of {@link NetworkExportOptions}.
 *
 * @example
 * DEFAULT_EXPORT_OPTIONS.include; // => []
 */
export const DEFAULT_EXPORT_OPTIONS = Object.freeze({
  include: Object.freeze([]) as readonly BipartiteKind[],
});

/**
 * What a node of an export stands for.
 *
 * @example
 * const kind: ExportKind = 'theme';
 */
export type ExportKind = 'member' | 'theme' | 'country' | 'sector';

/**
 * A node of an export.
 *
 * @example
 * exportModel(network).nodes[0]; // => { id: 'member:ccf', kind: 'member', name: 'Child-Free Fields', ... }
 */
export interface ExportNode {
  readonly id: string;
  readonly kind: ExportKind;
  /** Member name or category display name. */
  readonly name: string;
  /** Member type (ngo, union, ...) or the category kind. */
  readonly type: string;
  /** The member's measures; null for category nodes. */
  readonly member: NetworkNode | null;
  /** Label of the member's community; null for isolated members and categories. */
  readonly communityLabel: string | null;
}

/**
 * An undirected edge of an export.
 *
 * @example
 * exportModel(network).edges[0]; // => { id: 'e0', source: 'member:ccf', target: 'member:flu', weight: 0.2333, relation: 'synergy' }
 */
export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly relation: 'synergy' | 'theme' | 'country' | 'sector';
}

/** Layers in output order (matches the category order: country, sector, theme). */
const LAYER_ORDER: readonly BipartiteKind[] = ['countries', 'sectors', 'themes'];

/**
 * The node and edge lists of an export: member nodes (by id), then category
 * nodes of the included layers (by kind, then id); synergy edges, then the
 * included layers' member-category edges. Edge ids `e0`, `e1`, ... in that order.
 *
 * @throws OptionsError when `include` names an unknown layer.
 * @example
 * exportModel(network, { include: ['countries'] }).nodes.at(-1)?.id; // => 'country:TR'
 */
export function exportModel(
  network: SynergyNetwork,
  options: NetworkExportOptions = {},
): { nodes: ExportNode[]; edges: ExportEdge[] } {
  checkOptionKeys(options, ['include'] satisfies (keyof NetworkExportOptions)[]);
  const { include = DEFAULT_EXPORT_OPTIONS.include } = options;
  for (const layer of include) {
    if (!LAYER_ORDER.includes(layer)) {
      throw new OptionsError(
        'include',
        `include: unknown layer ${String(layer)}; use themes, countries or sectors.`,
      );
    }
  }
  const layers = LAYER_ORDER.filter((l) => include.includes(l));
  const kinds = new Set(layers.map((l) => LAYER_KIND[l]));
  const labels = new Map(network.communities.map((c) => [c.id, c.label]));
  const memberId = (id: string) => `member:${id}`;

  const nodes: ExportNode[] = network.nodes.map((n) => ({
    id: memberId(n.id),
    kind: 'member',
    name: n.name,
    type: n.type,
    member: n,
    communityLabel: n.community === null ? null : (labels.get(n.community) ?? null),
  }));
  // Categories only for included layers (reading them makes a network's lazy sectors layer).
  for (const c of kinds.size === 0 ? [] : network.categories) {
    if (!kinds.has(c.kind)) continue;
    nodes.push({
      id: `${c.kind}:${c.id}`,
      kind: c.kind,
      name: c.name,
      type: c.kind,
      member: null,
      communityLabel: null,
    });
  }
  const edges: ExportEdge[] = network.edges.map((e, i) => ({
    id: `e${i}`,
    source: memberId(e.source),
    target: memberId(e.target),
    weight: e.weight,
    relation: 'synergy',
  }));
  for (const layer of layers) {
    const kind = LAYER_KIND[layer];
    for (const b of network.bipartite[layer]) {
      edges.push({
        id: `e${edges.length}`,
        source: memberId(b.member),
        target: `${kind}:${b.category}`,
        weight: b.weight,
        relation: kind,
      });
    }
  }
  return { nodes, edges };
}

/**
 * Value type of an exported attribute.
 *
 * @example
 * formatValue(0.25, 'double' satisfies AttributeType); // => '0.2500'
 */
export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

/**
 * A node attribute of the XML exports.
 *
 * @example
 * NODE_ATTRIBUTES.map((a) => a.name); // => ['name', 'kind', 'type', 'degree', ...]
 */
export interface NodeAttribute {
  readonly name: string;
  readonly type: AttributeType;
  /** The value, or null when the node has none (the attribute is then left out). */
  readonly get: (node: ExportNode) => string | number | boolean | null;
}

/**
 * The node attributes the GraphML and GEXF exports write, in order.
 *
 * @example
 * NODE_ATTRIBUTES.find((a) => a.name === 'betweenness')?.type; // => 'double'
 */
export const NODE_ATTRIBUTES: readonly NodeAttribute[] = [
  { name: 'name', type: 'string', get: (n) => n.name },
  { name: 'kind', type: 'string', get: (n) => n.kind },
  { name: 'type', type: 'string', get: (n) => n.type },
  { name: 'degree', type: 'int', get: (n) => n.member?.degree ?? null },
  { name: 'strength', type: 'double', get: (n) => n.member?.strength ?? null },
  { name: 'betweenness', type: 'double', get: (n) => n.member?.betweenness ?? null },
  { name: 'constraint', type: 'double', get: (n) => n.member?.constraint ?? null },
  { name: 'community', type: 'int', get: (n) => n.member?.community ?? null },
  { name: 'communityLabel', type: 'string', get: (n) => n.communityLabel },
  { name: 'broker', type: 'boolean', get: (n) => n.member?.broker ?? null },
  { name: 'isolated', type: 'boolean', get: (n) => n.member?.isolated ?? null },
];

/**
 * Formats an attribute value for XML: doubles with exactly 4 decimals,
 * integers and booleans as written, strings unchanged (escape them afterwards).
 *
 * @example
 * formatValue(0.5, 'double'); // => '0.5000'
 * formatValue(true, 'boolean'); // => 'true'
 */
export function formatValue(value: string | number | boolean, type: AttributeType): string {
  if (type === 'double' && typeof value === 'number') return fixed4(value);
  return String(value);
}
