/**
 * partner-synergy/network: the network view of a baseline (synergy graph,
 * centrality, brokers, isolated members, communities, bipartite layers) and its
 * exports to GraphML, GEXF and Kumu. Browser-safe. Communities and betweenness
 * come from graphology (graphology-communities-louvain, seeded, and
 * graphology-metrics); only Burt's constraint is computed here. Examples use the names listed on the `partner-synergy` page.
 * @module partner-synergy/network
 */
export { betweenness } from './betweenness.js';
export { buildBipartite, PRESENCE_WEIGHTS } from './bipartite.js';
export { brokerFlags, quantile } from './brokers.js';
export { buildNetwork } from './buildNetwork.js';
export { constraint } from './constraint.js';
export {
  DEFAULT_EXPORT_OPTIONS,
  type NetworkExportOptions,
} from './exportModel.js';
export { graphFromEdges, type Neighbour, type WeightedGraph } from './graph.js';
export {
  DEFAULT_LOUVAIN_OPTIONS,
  type LouvainOptions,
  type LouvainResult,
  louvain,
  modularity,
} from './louvain.js';
export { toGexf } from './toGexf.js';
export { toGraphML } from './toGraphML.js';
export { type KumuBlueprint, type KumuConnection, type KumuElement, toKumu } from './toKumu.js';
export {
  type BipartiteEdge,
  type BipartiteKind,
  DEFAULT_NETWORK_OPTIONS,
  type NetworkCategory,
  type NetworkCommunity,
  type NetworkEdge,
  type NetworkNode,
  type NetworkOptions,
  type NetworkParameters,
  type SynergyNetwork,
} from './types.js';
export { escapeXml } from './xml.js';
