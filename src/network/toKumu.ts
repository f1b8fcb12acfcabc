/**
 * Kumu JSON ("blueprint") export of a synergy network.
 * @module
 */
import { exportModel, type NetworkExportOptions } from './exportModel.js';
import type { SynergyNetwork } from './types.js';

/**
 * A Kumu element: `id`, `label`, `type` and `tags` are Kumu's own fields; the
 * capitalised keys are custom fields (left out when the value is missing).
 *
 * @example
 * const first: KumuElement | undefined = toKumu(network).elements[0];
 * first; // => { id: 'member:AER', label: 'Aarde & Recht', type: 'ngo', tags: ['isolated'], ... }
 */
export interface KumuElement {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly tags: readonly string[];
  readonly [field: string]: string | number | boolean | readonly string[];
}

/**
 * A Kumu connection between element ids; `strength` is the edge weight.
 *
 * @example
 * const first: KumuConnection | undefined = toKumu(network).connections[0];
 * first?.strength; // => 0.4474
 */
export interface KumuConnection {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly direction: 'undirected';
  readonly strength: number;
}

/**
 * A Kumu blueprint: import it in Kumu with Import > JSON.
 *
 * @example
 * const blueprint: KumuBlueprint = toKumu(network);
 * // write JSON.stringify(blueprint) to a file, then Import > JSON in Kumu
 * Object.keys(blueprint); // => ['elements', 'connections']
 */
export interface KumuBlueprint {
  readonly elements: readonly KumuElement[];
  readonly connections: readonly KumuConnection[];
}

/**
 * Converts the network to Kumu's JSON import format (a "blueprint": `elements`
 * and `connections`). Elements have ids `member:<id>` (and `<kind>:<id>` for
 * included bipartite categories) because Kumu matches connections to element
 * ids, and member names need not be unique. Member elements: type = member
 * type; tags `broker` / `isolated` when they apply; custom fields "Member id",
 * "Community" (label), "Community id", "Degree", "Strength", "Betweenness",
 * "Constraint" (left out when isolated). Connections: `type` synergy (or the
 * category kind), `direction` undirected, `strength` = weight (4 decimals).
 * Plain data: `JSON.stringify` it for the file.
 *
 * @param network - from {@link buildNetwork}
 * @param options - bipartite layers to add; default none ({@link DEFAULT_EXPORT_OPTIONS})
 * @throws OptionsError when `include` names an unknown layer.
 * @example
 * const blueprint = toKumu(buildNetwork(json));
 * blueprint.connections[0];
 * // => { from: 'member:FTA', to: 'member:HDN', type: 'synergy', direction: 'undirected', strength: 0.4474 }
 */
export function toKumu(network: SynergyNetwork, options: NetworkExportOptions = {}): KumuBlueprint {
  const { nodes, edges } = exportModel(network, options);
  const elements = nodes.map((n): KumuElement => {
    const m = n.member;
    if (m === null) return { id: n.id, label: n.name, type: n.type, tags: [] };
    const tags = [...(m.broker ? ['broker'] : []), ...(m.isolated ? ['isolated'] : [])];
    const fields: Record<string, string | number> = { 'Member id': m.id };
    if (n.communityLabel !== null) fields.Community = n.communityLabel;
    if (m.community !== null) fields['Community id'] = m.community;
    fields.Degree = m.degree;
    fields.Strength = m.strength;
    fields.Betweenness = m.betweenness;
    if (m.constraint !== null) fields.Constraint = m.constraint;
    return { id: n.id, label: n.name, type: n.type, tags, ...fields };
  });
  const connections = edges.map(
    (e): KumuConnection => ({
      from: e.source,
      to: e.target,
      type: e.relation,
      direction: 'undirected',
      strength: e.weight,
    }),
  );
  return { elements, connections };
}
