import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { buildNetwork } from '../../src/network/buildNetwork.js';
import { toGexf } from '../../src/network/toGexf.js';
import { toGraphML } from '../../src/network/toGraphML.js';
import { toKumu } from '../../src/network/toKumu.js';
import type { SynergyNetwork } from '../../src/network/types.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { fullMatrices } from '../helpers.js';
import { deepFreeze, loadFixture, tinyBaseline } from './helpers.js';

const fixture = deepFreeze(loadFixture());

function node(net: SynergyNetwork, id: string) {
  const n = net.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}

/** Modularity straight from the definition Q = 1/2m sum_ij [A_ij - k_i k_j / 2m] delta(c_i, c_j). */
function modularityByDefinition(net: SynergyNetwork): number {
  const ids = net.nodes.map((n) => n.id);
  const A = ids.map(() => ids.map(() => 0));
  for (const e of net.edges) {
    const i = ids.indexOf(e.source);
    const j = ids.indexOf(e.target);
    A[i]![j] = e.weight;
    A[j]![i] = e.weight;
  }
  const k = A.map((row) => row.reduce((s, x) => s + x, 0));
  const m2 = k.reduce((s, x) => s + x, 0);
  let q = 0;
  net.nodes.forEach((a, i) => {
    net.nodes.forEach((b, j) => {
      if (a.community !== null && a.community === b.community) q += A[i]![j]! - (k[i]! * k[j]!) / m2;
    });
  });
  return q / m2;
}

describe('buildNetwork on tiny graphs', () => {
  const triangles = tinyBaseline(
    ['a', 'b', 'c', 'd', 'e', 'f'],
    [
      ['a', 'b', 0.5],
      ['a', 'c', 0.5],
      ['b', 'c', 0.5],
      ['c', 'd', 0.5],
      ['d', 'e', 0.5],
      ['d', 'f', 0.5],
      ['e', 'f', 0.5],
    ],
  );

  it('two triangles joined by a bridge: bridge ends are brokers with betweenness 6/10 and constraint 11/18', () => {
    const net = buildNetwork(triangles);
    expect(net.nodes.filter((n) => n.broker).map((n) => n.id)).toEqual(['c', 'd']);
    expect(node(net, 'c').betweenness).toBe(0.6);
    expect(node(net, 'c').constraint).toBe(0.6111); // 11/18
    expect(node(net, 'a').constraint).toBe(1.0069); // 145/144
    expect(node(net, 'a').betweenness).toBe(0);
    expect(node(net, 'c')).toMatchObject({ degree: 3, strength: 1.5, isolated: false });
  });

  it('Louvain finds the two triangles; modularity 5/14 = 0.3571, 5/28 = 0.1786 each', () => {
    const net = buildNetwork(triangles);
    expect(net.communities.map((c) => c.members)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(net.modularity).toBe(0.3571);
    expect(net.communities.map((c) => c.modularity)).toEqual([0.1786, 0.1786]);
    expect(net.nodes.map((n) => n.community)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('star: hub betweenness 1, constraint 1/4, the only broker', () => {
    const net = buildNetwork(
      tinyBaseline(
        ['hub', 'l1', 'l2', 'l3', 'l4'],
        ['l1', 'l2', 'l3', 'l4'].map((l) => ['hub', l, 0.3] as const),
      ),
    );
    expect(node(net, 'hub')).toMatchObject({ betweenness: 1, constraint: 0.25, broker: true, degree: 4 });
    expect(node(net, 'hub').strength).toBe(1.2);
    expect(node(net, 'l1')).toMatchObject({ betweenness: 0, constraint: 1, broker: false });
  });

  it('path of 4: inner members have betweenness 2/3 = 0.6667 and are brokers', () => {
    const net = buildNetwork(
      tinyBaseline(
        ['p1', 'p2', 'p3', 'p4'],
        [
          ['p1', 'p2', 0.4],
          ['p2', 'p3', 0.4],
          ['p3', 'p4', 0.4],
        ],
      ),
    );
    expect(net.nodes.map((n) => n.betweenness)).toEqual([0, 0.6667, 0.6667, 0]);
    expect(net.nodes.map((n) => n.broker)).toEqual([false, true, true, false]);
  });

  it('flags isolated members (no synergy >= threshold): constraint null, community null, never broker', () => {
    const net = buildNetwork(
      tinyBaseline(
        ['x', 'y', 'z'],
        [
          ['x', 'y', 0.5],
          ['y', 'z', 0.19],
        ],
      ),
    );
    expect(node(net, 'z')).toMatchObject({
      isolated: true,
      degree: 0,
      strength: 0,
      constraint: null,
      community: null,
      broker: false,
    });
    expect(net.communities.flatMap((c) => c.members)).toEqual(['x', 'y']);
  });

  it('no edges at all: everyone isolated, no communities, modularity 0 (no NaN anywhere)', () => {
    const net = buildNetwork(tinyBaseline(['a', 'b', 'c'], []));
    expect(net.nodes.every((n) => n.isolated && n.betweenness === 0)).toBe(true);
    expect(net.communities).toEqual([]);
    expect(net.modularity).toBe(0);
    expect(JSON.stringify(net)).not.toMatch(/NaN/);
  });

  it('no members: an empty network', () => {
    const net = buildNetwork(tinyBaseline([], []));
    expect(net).toMatchObject({ nodes: [], edges: [], communities: [], modularity: 0 });
  });

  it('member ids such as __proto__ and constructor are ordinary ids', () => {
    const net = buildNetwork(
      tinyBaseline(
        ['__proto__', 'constructor', 'toString'],
        [
          ['__proto__', 'constructor', 0.9],
          ['constructor', 'toString', 0.9],
        ],
      ),
    );
    expect(net.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(node(net, 'constructor').betweenness).toBe(1);
    expect(net.communities[0]?.label).toBe('__proto__ +2'); // no themes or countries: first name +N
  });
});

describe('buildNetwork on the fixture baseline', () => {
  const net = buildNetwork(fixture);

  it('keeps the 10 pairs with synergy >= 0.2, sorted, source < target', () => {
    expect(net.edges.map((e) => `${e.source}-${e.target}`)).toEqual([
      'ccf-flu',
      'ccf-gjp',
      'ccf-gwa',
      'cwc-flu',
      'cwc-gjp',
      'cwc-lwi',
      'flu-gjp',
      'flu-lwi',
      'gjp-lwi',
      'gwa-rfw',
    ]);
    // ccf-flu by hand: O_exp 0; geography min(IN 1, .75) / (1 + .75 + .75) = .3;
    // sectors min(garment .4, .8) / (.8 + .8 + .8) = 1/6; synergy = (.3 + 1/6) / 2 = 0.2333
    expect(net.edges[0]?.weight).toBe(0.2333);
  });

  it('the threshold is inclusive: cwc-lwi (synergy 0.2005) is kept at 0.2 and dropped at 0.201', () => {
    // cwc-lwi: O_exp = 1 / 3.2 = .3125; geo .5 / 1.5 = 1/3; sectors .4 / 1.6 = .25
    // synergy = (1/3 + .25) / 2 * (1 - .3125) = 0.2005
    expect(net.edges.find((e) => e.source === 'cwc' && e.target === 'lwi')?.weight).toBe(0.2005);
    const stricter = buildNetwork(fixture, { threshold: 0.201 });
    expect(stricter.edges.some((e) => e.source === 'cwc' && e.target === 'lwi')).toBe(false);
  });

  it('Stone & Quarry Trust is isolated (best synergy 0.15 with Child-Free Fields)', () => {
    expect(net.nodes.filter((n) => n.isolated).map((n) => n.name)).toEqual(['Stone & Quarry Trust']);
  });

  it('betweenness by hand (n = 8, 21 pairs of others): ccf 8/21, gwa 5/21, flu = gjp 3/21', () => {
    // ccf is on every path between {gwa, rfw} and the 4 garment members: 8 pairs.
    // gwa is on every path from rfw to the other 5 connected members: 5 pairs.
    // flu and gjp share (1/2 each) the 6 paths from {ccf, gwa, rfw} to {cwc, lwi}.
    expect(node(net, 'ccf').betweenness).toBe(0.381);
    expect(node(net, 'gwa').betweenness).toBe(0.2381);
    expect(node(net, 'flu').betweenness).toBe(0.1429);
    expect(node(net, 'gjp').betweenness).toBe(0.1429);
    expect(node(net, 'cwc').betweenness).toBe(0);
  });

  it("gwa's constraint is p^2 + q^2 over its two unconnected ties; rfw (one tie) has 1", () => {
    // ccf-gwa: O_exp = .6 / 3.6 = 1/6; geo .75 / 2.75; sectors .8 / 2 -> (3/11 + .4) / 2 * 5/6 = 0.2803
    // gwa-rfw: O_exp = .8 / 3.6 = 2/9; geo .75 / 1.75 = 3/7; sectors .4 / 1.8 = 2/9 -> (3/7 + 2/9) / 2 * 7/9 = 0.2531
    const a = ((3 / 11 + 0.4) / 2) * (5 / 6);
    const b = ((3 / 7 + 2 / 9) / 2) * (7 / 9);
    const w = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t)?.weight;
    expect([w('ccf', 'gwa'), w('gwa', 'rfw')]).toEqual([0.2803, 0.2531]);
    // ccf and rfw are not tied, so no indirect terms
    expect(node(net, 'gwa').constraint).toBeCloseTo((a / (a + b)) ** 2 + (b / (a + b)) ** 2, 3);
    expect(node(net, 'rfw').constraint).toBe(1);
  });

  it('brokers: ccf (between the garment and gold groups) and gwa (links rfw in)', () => {
    expect(net.nodes.filter((n) => n.broker).map((n) => n.id)).toEqual(['ccf', 'gwa']);
  });

  it('finds the garment and the gold communities, named by dominant theme and country', () => {
    expect(net.communities.map((c) => ({ members: c.members, label: c.label }))).toEqual([
      { members: ['ccf', 'gwa', 'rfw'], label: 'Due diligence · Ghana' },
      { members: ['cwc', 'flu', 'gjp', 'lwi'], label: 'Living wage · Bangladesh' },
    ]);
    // living-wage: cwc and lwi listed in BD and IN = 4 listings; BD presence 1 + .75 + .5 + .25 = 2.5 > IN 2
    expect(net.communities[1]).toMatchObject({ theme: 'living-wage', country: 'BD' });
    const nl = buildNetwork(fixture, { lang: 'nl' });
    expect(nl.communities.map((c) => c.label)).toEqual([
      'Gepaste zorgvuldigheid · Ghana',
      'Leefbaar loon · Bangladesh',
    ]);
  });

  it('reports the modularity of the definition, and the community terms add up to it', () => {
    expect(net.modularity).toBeCloseTo(modularityByDefinition(net), 3);
    const sum = net.communities.reduce((s, c) => s + c.modularity, 0);
    expect(sum).toBeCloseTo(net.modularity, 3);
    expect(net.modularity).toBeGreaterThan(0.2);
  });

  it('bipartite layers by hand: presence weights, and counts of countries for themes and sectors', () => {
    const of = (layer: keyof SynergyNetwork['bipartite'], member: string) =>
      net.bipartite[layer].filter((e) => e.member === member).map((e) => [e.category, e.weight]);
    expect(of('countries', 'ccf')).toEqual([
      ['GH', 0.75],
      ['IN', 1],
    ]);
    expect(of('countries', 'lwi')).toEqual([
      ['BD', 0.25],
      ['IN', 0.25],
    ]);
    // cwc has the top living-wage level (5, with lwi) in BD and IN; top due-diligence only in BD
    // (in IN, ccf's 3 is below cwc's 4, so cwc is still top there: 2 countries)
    expect(of('themes', 'cwc')).toEqual([
      ['due-diligence', 2],
      ['living-wage', 2],
    ]);
    expect(of('sectors', 'ccf')).toEqual([
      ['garment', 2],
      ['gold', 2],
      ['natural-stone', 2],
    ]);
    expect(of('sectors', 'sqt')).toEqual([['natural-stone', 1]]);
    expect(net.categories.find((c) => c.kind === 'country' && c.id === 'TR')?.name).toBe('Turkey');
    expect(buildNetwork(fixture, { lang: 'nl' }).categories.find((c) => c.id === 'TR')?.name).toBe('Turkije');
  });

  it('topK = 1 with threshold 0: the union of each member strongest tie; nobody isolated', () => {
    const top = buildNetwork(fixture, { topK: 1, threshold: 0 });
    expect(top.edges.map((e) => `${e.source}-${e.target}`)).toEqual([
      'ccf-gwa',
      'ccf-sqt',
      'cwc-gjp',
      'flu-gjp',
      'gjp-lwi',
      'gwa-rfw',
    ]);
    expect(top.nodes.some((n) => n.isolated)).toBe(false);
    expect(top.parameters).toEqual({ threshold: 0, topK: 1, lang: 'en' });
  });

  it('does not mutate its input (the fixture is deep-frozen) and returns JSON-safe data', () => {
    const again = JSON.parse(JSON.stringify(net));
    expect(again).toEqual(net);
  });
});

describe('buildNetwork input checks', () => {
  it('rejects bad options with OptionsError naming the option', () => {
    for (const [opts, option] of [
      [{ threshold: -0.1 }, 'threshold'],
      [{ threshold: Number.NaN }, 'threshold'],
      [{ threshold: Number.POSITIVE_INFINITY }, 'threshold'],
      [{ topK: 0 }, 'topK'],
      [{ topK: 1.5 }, 'topK'],
      [{ lang: 'fr' }, 'lang'],
    ] as const) {
      const run = () => buildNetwork(fixture, opts as never);
      expect(run).toThrow(OptionsError);
      try {
        run();
      } catch (e) {
        expect((e as OptionsError).option).toBe(option);
      }
    }
  });

  function codeOf(b: BaselineJson): string | undefined {
    try {
      buildNetwork(b);
    } catch (e) {
      if (e instanceof PartnerSynergyError) return e.code;
      throw e;
    }
    return undefined;
  }

  it('rejects duplicate member ids and malformed synergy matrices (E_SCHEMA)', () => {
    const base = tinyBaseline(['a', 'b'], [['a', 'b', 0.5]]);
    expect(codeOf({ ...base, members: [...base.members, base.members[0]!] })).toBe('E_SCHEMA');
    const syn = fullMatrices(base).synergy;
    const withSynergy = (s: typeof syn) => ({ ...base, matrices: { ...base.matrices, synergy: s } });
    expect(codeOf(withSynergy({ ids: syn.ids, values: [[0, 0.5]] }))).toBe('E_SCHEMA');
    expect(codeOf(withSynergy({ ids: ['a', 'a'], values: syn.values }))).toBe('E_SCHEMA');
    expect(
      codeOf(
        withSynergy({
          ids: syn.ids,
          values: [
            [0, -0.5],
            [-0.5, 0],
          ],
        }),
      ),
    ).toBe('E_SCHEMA');
  });

  it('rejects a matrix or country view naming an unknown member (E_UNKNOWN_MEMBER)', () => {
    const base = tinyBaseline(['a', 'b'], [['a', 'b', 0.5]]);
    expect(codeOf({ ...base, members: base.members.slice(0, 1) })).toBe('E_UNKNOWN_MEMBER');
    const view = fixture.countries.BD!;
    expect(codeOf({ ...base, countries: { BD: view } })).toBe('E_UNKNOWN_MEMBER');
  });

  it('treats members missing from the synergy matrix as isolated', () => {
    const base = tinyBaseline(['a', 'b'], [['a', 'b', 0.5]]);
    const withExtra: BaselineJson = {
      ...base,
      members: [...base.members, { ...base.members[0]!, id: 'c', name: 'Newcomer' }],
    };
    const net = buildNetwork(withExtra);
    expect(node(net, 'c')).toMatchObject({ isolated: true, degree: 0 });
    expect(net.edges).toHaveLength(1);
  });

  it('uses the larger direction of an asymmetric matrix', () => {
    const base = tinyBaseline(['a', 'b'], []);
    const b: BaselineJson = {
      ...base,
      matrices: {
        ...base.matrices,
        synergy: {
          ids: ['a', 'b'],
          values: [
            [0, 0.1],
            [0.3, 0],
          ],
        },
      },
    };
    expect(buildNetwork(b).edges).toEqual([{ source: 'a', target: 'b', weight: 0.3 }]);
  });
});

/** Rebuilds the fixture with members, matrix rows, countries and every list in a shuffled order. */
function shuffled(b: BaselineJson, seed: number): BaselineJson {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const permuteMatrix = (ids: readonly string[], values: readonly (readonly number[])[]) => {
    const order = shuffle(ids.map((_, i) => i));
    return { ids: order.map((i) => ids[i]!), values: order.map((i) => order.map((j) => values[i]![j]!)) };
  };
  const countries: BaselineJson['countries'] = {};
  for (const cc of shuffle(Object.keys(b.countries))) {
    const v = b.countries[cc]!;
    countries[cc] = {
      ...v,
      members: shuffle(v.members),
      themes: shuffle(v.themes.map((t) => ({ ...t, members: shuffle(t.members) }))),
      sectors: shuffle(v.sectors.map((t) => ({ ...t, members: shuffle(t.members) }))),
    };
  }
  return {
    ...b,
    members: shuffle(b.members),
    matrices: {
      ...fullMatrices(b),
      synergy: permuteMatrix(fullMatrices(b).synergy.ids, fullMatrices(b).synergy.values),
    },
    countries,
  };
}

describe('determinism', () => {
  const reference = buildNetwork(fixture);
  const refExports = [
    toGraphML(reference, { include: ['themes', 'countries', 'sectors'] }),
    toGexf(reference),
    JSON.stringify(toKumu(reference)),
  ];

  it('shuffling members, matrix order, countries and their lists gives identical output and exports (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const net = buildNetwork(shuffled(fixture, seed));
        expect(net).toEqual(reference);
        expect([
          toGraphML(net, { include: ['themes', 'countries', 'sectors'] }),
          toGexf(net),
          JSON.stringify(toKumu(net)),
        ]).toEqual(refExports);
      }),
      { numRuns: 25 },
    );
  });

  it('topK output does not depend on input order either', () => {
    const a = buildNetwork(fixture, { topK: 2, threshold: 0 });
    expect(buildNetwork(shuffled(fixture, 7), { topK: 2, threshold: 0 })).toEqual(a);
  });
});
