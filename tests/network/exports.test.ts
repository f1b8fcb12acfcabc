import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { buildNetwork } from '../../src/network/buildNetwork.js';
import { toGexf } from '../../src/network/toGexf.js';
import { toGraphML } from '../../src/network/toGraphML.js';
import { toKumu } from '../../src/network/toKumu.js';
import { escapeXml } from '../../src/network/xml.js';
import { deepFreeze, goldenPath, loadFixture, parseXml, tinyBaseline } from './helpers.js';

const fixture = deepFreeze(loadFixture());
const net = buildNetwork(fixture);
const ALL = ['themes', 'countries', 'sectors'] as const;

const HOSTILE = [
  { id: 'x<1>', name: '<script>alert("x")</script>' },
  { id: 'a&b', name: 'Tom & Jerry\'s "Fair" Trade' },
  { id: 'q\'"', name: 'line\nbreak\ttab\u0001bell' },
];
const hostileNet = buildNetwork(
  tinyBaseline(HOSTILE, [
    ['x<1>', 'a&b', 0.5],
    ['a&b', 'q\'"', 0.4],
  ]),
);

describe('the XML checker used below', () => {
  it('rejects unbalanced tags, unquoted or raw-< attributes, bare & and two roots', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x=1/>')).toThrow();
    expect(() => parseXml('<a x="<"/>')).toThrow();
    expect(() => parseXml('<a>Tom & Jerry</a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(parseXml('<a x="&amp;&#10;"><b>1 &lt; 2</b></a>')[0]?.attributes.x).toBe('&\n');
  });
});

describe('escapeXml', () => {
  it('escapes the five specials and whitespace that attributes would normalise; replaces forbidden characters', () => {
    expect(escapeXml('<script>"Tom" & \'Jerry\'</script>')).toBe(
      '&lt;script&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/script&gt;',
    );
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXml('bell\u0001 lone\uD800 ok😀')).toBe('bell\uFFFD lone\uFFFD ok😀');
  });
});

describe.each([
  ['toGraphML', (n: typeof net, o?: { include?: readonly (typeof ALL)[number][] }) => toGraphML(n, o)],
  ['toGexf', (n: typeof net, o?: { include?: readonly (typeof ALL)[number][] }) => toGexf(n, o)],
])('%s', (_name, write) => {
  it('writes well-formed XML for the fixture, with and without the bipartite layers', () => {
    const plain = parseXml(write(net));
    expect(plain.filter((e) => e.name === 'node')).toHaveLength(8);
    expect(plain.filter((e) => e.name === 'edge')).toHaveLength(10);
    const full = parseXml(write(net, { include: ALL }));
    const categories = net.categories.length;
    const layerEdges =
      net.bipartite.themes.length + net.bipartite.countries.length + net.bipartite.sectors.length;
    expect(full.filter((e) => e.name === 'node')).toHaveLength(8 + categories);
    expect(full.filter((e) => e.name === 'edge')).toHaveLength(10 + layerEdges);
  });

  it('escapes hostile names and ids: <script>, &, quotes, newlines, control characters round-trip', () => {
    const xml = write(hostileNet);
    expect(xml).not.toContain('<script>');
    const els = parseXml(xml);
    const ids = els.filter((e) => e.name === 'node').map((e) => e.attributes.id);
    expect(ids).toEqual(['member:a&b', 'member:q\'"', 'member:x<1>']);
    const edges = els.filter((e) => e.name === 'edge').map((e) => [e.attributes.source, e.attributes.target]);
    expect(edges).toEqual([
      ['member:a&b', 'member:q\'"'],
      ['member:a&b', 'member:x<1>'],
    ]);
    const text = els.map((e) => [e.attributes.label, e.attributes.value, e.text].join('|')).join('|');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('Tom & Jerry\'s "Fair" Trade');
    expect(text).toContain('line\nbreak\ttab\uFFFDbell');
  });

  it('includes name, type, community and betweenness for members and a 4-decimal weight for edges', () => {
    const xml = write(net);
    expect(xml).toMatch(/0\.3810/); // ccf betweenness 8/21
    expect(xml).toMatch(/0\.2333/); // ccf-flu weight
    for (const attr of ['name', 'type', 'community', 'betweenness', 'constraint', 'broker', 'isolated']) {
      expect(xml).toContain(`"${attr}"`);
    }
  });

  it('rejects an unknown layer in include', () => {
    expect(() => write(net, { include: ['people' as never] })).toThrow(OptionsError);
  });
});

describe('toGraphML specifics', () => {
  it('declares every data key it uses, for the right domain, and leaves out missing values', () => {
    const els = parseXml(toGraphML(net, { include: ALL }));
    const keys = new Map(els.filter((e) => e.name === 'key').map((e) => [e.attributes.id, e.attributes.for]));
    let parent = '';
    for (const e of els) {
      if (e.name === 'node' || e.name === 'edge' || e.name === 'graph') parent = e.name;
      if (e.name === 'data') expect(keys.get(e.attributes.key!)).toBe(parent);
    }
    // isolated sqt has no constraint and no community data
    const xml = toGraphML(net);
    const sqt = xml.slice(
      xml.indexOf('<node id="member:sqt">'),
      xml.indexOf('</node>', xml.indexOf('member:sqt')),
    );
    expect(sqt).toContain('<data key="isolated">true</data>');
    expect(sqt).not.toContain('key="constraint"');
    expect(sqt).not.toContain('key="community"');
    expect(sqt).toContain('<data key="label">Stone &amp; Quarry Trust</data>');
  });
});

describe('toGexf specifics', () => {
  it('is GEXF 1.3, undirected, with declared node attributes and weights on edges', () => {
    const els = parseXml(toGexf(net));
    expect(els[0]).toMatchObject({
      name: 'gexf',
      attributes: { version: '1.3', xmlns: 'http://gexf.net/1.3' },
    });
    expect(els.find((e) => e.name === 'graph')?.attributes.defaultedgetype).toBe('undirected');
    const declared = new Set(els.filter((e) => e.name === 'attribute').map((e) => e.attributes.id));
    for (const v of els.filter((e) => e.name === 'attvalue'))
      expect(declared.has(v.attributes.for)).toBe(true);
    const weights = els.filter((e) => e.name === 'edge').map((e) => e.attributes.weight);
    expect(weights.every((w) => /^\d\.\d{4}$/.test(w ?? ''))).toBe(true);
  });
});

describe('toKumu', () => {
  it('follows the blueprint format: elements with id/label/type, connections from/to element ids', () => {
    const kumu = toKumu(net, { include: ALL });
    const ids = new Set(kumu.elements.map((e) => e.id));
    expect(ids.size).toBe(kumu.elements.length);
    for (const c of kumu.connections) {
      expect(ids.has(c.from) && ids.has(c.to)).toBe(true);
      expect(c.direction).toBe('undirected');
    }
    expect(kumu.elements.find((e) => e.id === 'member:ccf')).toMatchObject({
      label: 'Child-Free Fields',
      type: 'ngo',
      tags: ['broker'],
      Community: 'Due diligence · Ghana',
      Betweenness: 0.381,
    });
    const sqt = kumu.elements.find((e) => e.id === 'member:sqt')!;
    expect(sqt.tags).toEqual(['isolated']);
    expect('Constraint' in sqt || 'Community' in sqt).toBe(false);
    expect(kumu.connections[0]).toEqual({
      from: 'member:ccf',
      to: 'member:flu',
      type: 'synergy',
      direction: 'undirected',
      strength: 0.2333,
    });
    expect(kumu.elements.find((e) => e.id === 'theme:living-wage')).toEqual({
      id: 'theme:living-wage',
      label: 'Living wage',
      type: 'theme',
      tags: [],
    });
  });

  it('keeps hostile names as data (JSON escapes them) and ids distinct from names', () => {
    const kumu = toKumu(hostileNet);
    expect(kumu.elements.map((e) => e.label)).toContain('<script>alert("x")</script>');
    expect(JSON.parse(JSON.stringify(kumu))).toEqual(kumu);
  });
});

describe('golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  const cases: [string, () => string][] = [
    ['fixture.network.json', () => `${JSON.stringify(net, null, 2)}\n`],
    ['fixture.graphml', () => toGraphML(net, { include: ALL })],
    ['fixture.gexf', () => toGexf(net, { include: ALL })],
    ['fixture.kumu.json', () => `${JSON.stringify(toKumu(net, { include: ALL }), null, 2)}\n`],
  ];
  it.each(cases)('%s matches', (file, produce) => {
    const path = goldenPath(file);
    const actual = produce();
    if (update) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    expect(existsSync(path), `${file} missing: run UPDATE_GOLDEN=1 npx vitest run tests/network`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
