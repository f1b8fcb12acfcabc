/**
 * GraphML export of a synergy network (yEd, Gephi, Cytoscape, networkx, igraph).
 * @module
 */
import { exportModel, formatValue, type NetworkExportOptions, NODE_ATTRIBUTES } from './exportModel.js';
import { fixed4 } from './format.js';
import type { SynergyNetwork } from './types.js';
import { escapeXml, escapeXmlId } from './xml.js';

/**
 * Writes the network as a GraphML document (undirected). Nodes carry the
 * attributes label, name, kind, type, degree, strength, betweenness,
 * constraint, community, communityLabel, broker, isolated (members only for
 * the measures; a missing value is left out); edges carry weight (4 decimals)
 * and relation (synergy, or theme/country/sector for included bipartite
 * layers); the graph carries threshold, topK and modularity. Node ids are
 * `member:<id>` and `<kind>:<id>`. Every value is XML-escaped; output is
 * deterministic (no dates), lines end with `\n`.
 *
 * @param network - from {@link buildNetwork}
 * @param options - bipartite layers to add; default none ({@link DEFAULT_EXPORT_OPTIONS})
 * @throws OptionsError when `include` names an unknown layer.
 * @example
 * const xml = toGraphML(buildNetwork(json), { include: ['countries'] });
 * xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'); // => true
 * xml.includes('<node id="country:BD">'); // => true
 */
export function toGraphML(network: SynergyNetwork, options: NetworkExportOptions = {}): string {
  const { nodes, edges } = exportModel(network, options);
  const graphmlType = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' } as const;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
  ];
  for (const a of NODE_ATTRIBUTES) {
    out.push(`  <key id="${a.name}" for="node" attr.name="${a.name}" attr.type="${graphmlType[a.type]}"/>`);
  }
  out.push(
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="threshold" for="graph" attr.name="threshold" attr.type="double"/>',
    '  <key id="topK" for="graph" attr.name="topK" attr.type="int"/>',
    '  <key id="modularity" for="graph" attr.name="modularity" attr.type="double"/>',
    '  <graph id="partner-synergy" edgedefault="undirected">',
    `    <data key="threshold">${fixed4(network.parameters.threshold)}</data>`,
  );
  if (network.parameters.topK !== null) out.push(`    <data key="topK">${network.parameters.topK}</data>`);
  out.push(`    <data key="modularity">${fixed4(network.modularity)}</data>`);
  for (const n of nodes) {
    out.push(`    <node id="${escapeXmlId(n.id)}">`, `      <data key="label">${escapeXml(n.name)}</data>`);
    for (const a of NODE_ATTRIBUTES) {
      const v = a.get(n);
      if (v !== null) out.push(`      <data key="${a.name}">${escapeXml(formatValue(v, a.type))}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(
      `    <edge id="${e.id}" source="${escapeXmlId(e.source)}" target="${escapeXmlId(e.target)}">`,
      `      <data key="weight">${fixed4(e.weight)}</data>`,
      `      <data key="relation">${e.relation}</data>`,
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
