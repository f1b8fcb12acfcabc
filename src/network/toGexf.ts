/**
 * GEXF 1.3 export of a synergy network (Gephi).
 * @module
 */
import { exportModel, formatValue, type NetworkExportOptions, NODE_ATTRIBUTES } from './exportModel.js';
import { fixed4 } from './format.js';
import type { SynergyNetwork } from './types.js';
import { escapeXml, escapeXmlId } from './xml.js';

/**
 * Writes the network as a GEXF 1.3 document (static, undirected) for Gephi.
 * Node `label` is the member (or category) name; node attributes name, kind,
 * type, degree, strength, betweenness, constraint, community, communityLabel,
 * broker, isolated (a missing value is left out); edges carry `weight`
 * (4 decimals) and the attribute relation. The meta description records the
 * threshold, topK and modularity. Every value is XML-escaped; output is
 * deterministic (no lastmodifieddate), lines end with `\n`.
 *
 * @param network - from {@link buildNetwork}
 * @param options - bipartite layers to add; default none ({@link DEFAULT_EXPORT_OPTIONS})
 * @throws OptionsError when `include` names an unknown layer.
 * @example
 * const xml = toGexf(buildNetwork(json));
 * xml.includes('<graph mode="static" defaultedgetype="undirected">'); // => true
 */
export function toGexf(network: SynergyNetwork, options: NetworkExportOptions = {}): string {
  const { nodes, edges } = exportModel(network, options);
  const gexfType = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' } as const;
  const { threshold, topK } = network.parameters;
  const description =
    `Synergy network of a strategic partnership: threshold ${fixed4(threshold)}` +
    `${topK === null ? '' : `, top ${topK} per member`}, modularity ${fixed4(network.modularity)}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>partner-synergy</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
  ];
  for (const a of NODE_ATTRIBUTES) {
    out.push(`      <attribute id="${a.name}" title="${a.name}" type="${gexfType[a.type]}"/>`);
  }
  out.push(
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  );
  for (const n of nodes) {
    out.push(`      <node id="${escapeXmlId(n.id)}" label="${escapeXml(n.name)}">`, '        <attvalues>');
    for (const a of NODE_ATTRIBUTES) {
      const v = a.get(n);
      if (v !== null) {
        out.push(`          <attvalue for="${a.name}" value="${escapeXml(formatValue(v, a.type))}"/>`);
      }
    }
    out.push('        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of edges) {
    out.push(
      `      <edge id="${e.id}" source="${escapeXmlId(e.source)}" target="${escapeXmlId(e.target)}" weight="${fixed4(e.weight)}">`,
      `        <attvalues><attvalue for="relation" value="${e.relation}"/></attvalues>`,
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
