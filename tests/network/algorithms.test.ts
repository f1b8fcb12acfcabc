import fc from 'fast-check';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/network/betweenness.js';
import { brokerFlags, quantile } from '../../src/network/brokers.js';
import { constraint } from '../../src/network/constraint.js';
import { graphFromEdges, strengths, toGraphology, type WeightedGraph } from '../../src/network/graph.js';
import { louvain, modularity } from '../../src/network/louvain.js';
import { selectEdges } from '../../src/network/selectEdges.js';

// Tiny graphs used throughout (unit weights unless stated).
// star: 0 = hub, 1..4 leaves
const STAR = graphFromEdges(5, [
  [0, 1, 1],
  [0, 2, 1],
  [0, 3, 1],
  [0, 4, 1],
]);
// path 0 - 1 - 2 - 3
const PATH = graphFromEdges(4, [
  [0, 1, 1],
  [1, 2, 1],
  [2, 3, 1],
]);
// two triangles {0,1,2} and {3,4,5} joined by the bridge 2 - 3
const TRIANGLES = graphFromEdges(6, [
  [0, 1, 1],
  [0, 2, 1],
  [1, 2, 1],
  [2, 3, 1],
  [3, 4, 1],
  [3, 5, 1],
  [4, 5, 1],
]);

/** Random undirected weighted graphs with up to 12 nodes. */
const graphArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          fc.double({ min: 0.01, max: 1, noNaN: true }),
        ),
        { maxLength: 30 },
      )
      .map((edges) => graphFromEdges(n, edges)),
  );

/** Hop distances from s (-1 when unreachable). */
function bfs(g: WeightedGraph, s: number): number[] {
  const dist = new Array<number>(g.n).fill(-1);
  dist[s] = 0;
  const queue = [s];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const { to } of g.adj[v]!) {
      if (dist[to]! < 0) {
        dist[to] = dist[v]! + 1;
        queue.push(to);
      }
    }
  }
  return dist;
}

/** Betweenness from the definition: sigma_st(v) = sigma_sv sigma_vt when d(s,v) + d(v,t) = d(s,t). */
function betweennessByDefinition(g: WeightedGraph): number[] {
  const n = g.n;
  const d: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    d.push(bfs(g, s));
    const sg = new Array<number>(n).fill(0);
    sg[s] = 1;
    const byDist = [...Array(n).keys()].filter((v) => d[s]![v]! > 0).sort((a, b) => d[s]![a]! - d[s]![b]!);
    for (const v of byDist) {
      for (const { to } of g.adj[v]!) if (d[s]![to] === d[s]![v]! - 1) sg[v]! += sg[to]!;
    }
    sigma.push(sg);
  }
  const out = new Array<number>(n).fill(0);
  if (n < 3) return out;
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      if (d[s]![t]! <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || d[s]![v]! < 0 || d[v]![t]! < 0) continue;
        if (d[s]![v]! + d[v]![t]! === d[s]![t]) out[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
      }
    }
  }
  return out.map((x) => x / (((n - 1) * (n - 2)) / 2));
}

/** Constraint from the formula on a dense matrix of p_ij. */
function constraintByDefinition(g: WeightedGraph): (number | null)[] {
  const n = g.n;
  const W = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  g.adj.forEach((nb, i) => {
    for (const { to, w } of nb) W[i]![to] = w;
  });
  const P = W.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((w) => (s > 0 ? w / s : 0));
  });
  return W.map((row, i) => {
    if (row.every((w) => w === 0)) return null;
    let c = 0;
    for (let j = 0; j < n; j++) {
      if (j === i || W[i]![j] === 0) continue;
      let t = P[i]![j]!;
      for (let q = 0; q < n; q++) if (q !== i && q !== j) t += P[i]![q]! * P[q]![j]!;
      c += t * t;
    }
    return c;
  });
}

describe('graphFromEdges / strengths', () => {
  it('keeps one symmetric edge per pair (largest weight), drops self-loops and weights <= 0', () => {
    const g = graphFromEdges(3, [
      [0, 1, 0.2],
      [1, 0, 0.7],
      [2, 2, 1],
      [1, 2, 0],
    ]);
    expect(g.adj).toEqual([[{ to: 1, w: 0.7 }], [{ to: 0, w: 0.7 }], []]);
    expect(strengths(g)).toEqual([0.7, 0.7, 0]);
  });
});

describe('betweenness (Brandes, unit lengths, normalised by (n-1)(n-2)/2)', () => {
  it('star: the hub lies on all C(4,2) = 6 leaf pairs -> 6/6 = 1; leaves 0', () => {
    expect(betweenness(STAR)).toEqual([1, 0, 0, 0, 0]);
  });

  it('path of 4: inner nodes lie on 2 of the 3 pairs of other nodes -> 2/3', () => {
    const b = betweenness(PATH);
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(2 / 3, 12);
    expect(b[2]).toBeCloseTo(2 / 3, 12);
    expect(b[3]).toBe(0);
  });

  it('two triangles: bridge ends lie on 2 x 3 = 6 of the 10 pairs of other nodes -> 0.6', () => {
    // node 2 is between {0,1} and {3,4,5}: 6 pairs; node 3 between {0,1,2} and {4,5}: 6 pairs.
    const b = betweenness(TRIANGLES);
    expect(b.map((x) => Number(x.toFixed(12)))).toEqual([0, 0, 0.6, 0.6, 0, 0]);
  });

  it('splits credit over equal shortest paths: in a 4-cycle each node gets 1/2 of one pair -> (1/2)/3', () => {
    const cycle = graphFromEdges(4, [
      [0, 1, 1],
      [1, 2, 1],
      [2, 3, 1],
      [3, 0, 1],
    ]);
    for (const x of betweenness(cycle)) expect(x).toBeCloseTo(1 / 6, 12);
  });

  it('skipping isolated nodes gives bit for bit the library on the whole graph (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 60 }),
        (n, pairs) => {
          const g = graphFromEdges(
            n,
            pairs.filter(([a, b]) => a < n && b < n).map(([a, b]) => [a, b, 1] as const),
          );
          const whole =
            n < 3 ? {} : betweennessCentrality(toGraphology(g), { getEdgeWeight: null, normalized: true });
          const expected = Array.from({ length: n }, (_, i) => whole[String(i)] ?? 0);
          expect(betweenness(g)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is 0 everywhere for fewer than 3 nodes and for no edges (never NaN)', () => {
    expect(betweenness(graphFromEdges(2, [[0, 1, 1]]))).toEqual([0, 0]);
    expect(betweenness(graphFromEdges(0, []))).toEqual([]);
    expect(betweenness(graphFromEdges(4, []))).toEqual([0, 0, 0, 0]);
  });

  it('ignores weights (unit lengths): scaling one edge does not change the result', () => {
    const weighted = graphFromEdges(4, [
      [0, 1, 0.01],
      [1, 2, 1],
      [2, 3, 0.5],
    ]);
    expect(betweenness(weighted)).toEqual(betweenness(PATH));
  });

  it('matches the definition computed from shortest-path counts (property)', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const want = betweennessByDefinition(g);
        betweenness(g).forEach((x, i) => {
          expect(x).toBeCloseTo(want[i]!, 9);
        });
      }),
    );
  });

  it('sums to the total of (distance - 1) over connected pairs, rescaled, and stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const b = betweenness(g);
        if (g.n < 3) return b.every((x) => x === 0);
        let expected = 0;
        for (let s = 0; s < g.n; s++) {
          const d = bfs(g, s);
          for (let t = s + 1; t < g.n; t++) if (d[t]! > 0) expected += d[t]! - 1;
        }
        const total = (b.reduce((x, y) => x + y, 0) * (g.n - 1) * (g.n - 2)) / 2;
        return Math.abs(total - expected) < 1e-9 && b.every((x) => x >= 0 && x <= 1 + 1e-12);
      }),
    );
  });
});

describe("constraint (Burt's, weighted)", () => {
  it('star: hub 4 x (1/4)^2 = 0.25 (no ties among leaves); a leaf with one tie 1', () => {
    expect(constraint(STAR)).toEqual([0.25, 1, 1, 1, 1]);
  });

  it('path of 4: ends 1, inner nodes (1/2)^2 + (1/2)^2 = 0.5', () => {
    expect(constraint(PATH)).toEqual([1, 0.5, 0.5, 1]);
  });

  it('uses the weights: node 1 of a path with weights 1 and 3 has (1/4)^2 + (3/4)^2 = 0.625', () => {
    const g = graphFromEdges(3, [
      [0, 1, 1],
      [1, 2, 3],
    ]);
    expect(constraint(g)[1]).toBeCloseTo(0.625, 12);
  });

  it('two triangles by hand: triangle corner 145/144, bridge end 11/18', () => {
    // corner 0: p01 = p02 = 1/2; p21 = 1/3 (2 has three ties), p12 = 1/2.
    //   j=1: 1/2 + p02 p21 = 1/2 + 1/6 = 2/3; j=2: 1/2 + p01 p12 = 3/4 -> 4/9 + 9/16 = 145/144
    // bridge end 2: p20 = p21 = p23 = 1/3; j=0: 1/3 + p21 p10 = 1/3 + 1/6 = 1/2; j=1 likewise;
    //   j=3: 1/3 (3 is tied to neither 0 nor 1) -> 1/4 + 1/4 + 1/9 = 11/18
    const c = constraint(TRIANGLES);
    expect(c[0]).toBeCloseTo(145 / 144, 12);
    expect(c[1]).toBeCloseTo(145 / 144, 12);
    expect(c[2]).toBeCloseTo(11 / 18, 12);
    expect(c[3]).toBeCloseTo(11 / 18, 12);
    expect(c[4]).toBeCloseTo(145 / 144, 12);
  });

  it('is null (not NaN, not 0) for a node without ties', () => {
    expect(constraint(graphFromEdges(3, [[0, 1, 1]]))).toEqual([1, 1, null]);
  });

  it('matches the formula evaluated on the dense p matrix (property)', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const want = constraintByDefinition(g);
        constraint(g).forEach((c, i) => {
          if (want[i] === null) expect(c).toBeNull();
          else expect(c).toBeCloseTo(want[i]!, 9);
        });
      }),
    );
  });

  it('is at least 1/degree and exactly 1 for a single tie (property)', () => {
    fc.assert(
      fc.property(graphArb, (g) =>
        constraint(g).every((c, i) => {
          const deg = g.adj[i]!.length;
          if (deg === 0) return c === null;
          if (c === null || !Number.isFinite(c)) return false;
          return deg === 1 ? Math.abs(c - 1) < 1e-12 : c >= 1 / deg - 1e-12;
        }),
      ),
    );
  });
});

describe('brokers (lowest constraint quartile AND betweenness > 0)', () => {
  it('quantile is type 7 (linear interpolation): [1,2,3,4] at 0.25 -> 1.75; empty -> null', () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([5], 0.25)).toBe(5);
    expect(quantile([], 0.25)).toBeNull();
  });

  it('two triangles: the bridge ends are the brokers', () => {
    // constraints sorted [11/18, 11/18, 145/144 x4]: Q1 at position 1.25 = 11/18 + 0.25 (145/144 - 11/18) ~ 0.71
    expect(brokerFlags(constraint(TRIANGLES), betweenness(TRIANGLES))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('star: only the hub (leaves reach the quartile 1 but have betweenness 0)', () => {
    expect(brokerFlags(constraint(STAR), betweenness(STAR))).toEqual([true, false, false, false, false]);
  });

  it('never flags an isolated node, and a graph without edges has no brokers', () => {
    expect(brokerFlags([null, null], [0, 0])).toEqual([false, false]);
  });
});

describe('modularity', () => {
  it('two triangles split in two: 2 x (3/7 - (7/14)^2) = 5/14', () => {
    const q = modularity(TRIANGLES, [0, 0, 0, 1, 1, 1]);
    expect(q.modularity).toBeCloseTo(5 / 14, 12);
    expect(q.contributions[0]).toBeCloseTo(5 / 28, 12);
  });

  it('one community holding every edge has Q = 1 - 1 = 0; two singletons joined by weight 2 have -1/2', () => {
    const pair = graphFromEdges(2, [[0, 1, 2]]);
    expect(modularity(pair, [0, 0]).modularity).toBeCloseTo(0, 12);
    // each: in 0, tot 2, 2m 4 -> -(1/2)^2, twice
    expect(modularity(pair, [0, 1]).modularity).toBeCloseTo(-0.5, 12);
  });

  it('is 0 without edges', () => {
    expect(modularity(graphFromEdges(3, []), [0, 1, 2]).modularity).toBe(0);
  });
});

describe('louvain (deterministic)', () => {
  it('finds the two triangles, with modularity 5/14', () => {
    const r = louvain(TRIANGLES);
    expect(r.community).toEqual([0, 0, 0, 1, 1, 1]);
    expect(r.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('a node pulled equally by two triangles joins one of them (either split has Q = 0.3671875), the same one every run', () => {
    // node 0 is tied once to triangle {1,2,3} and once to triangle {4,5,6}.
    // Q = 4/8 - (9/16)^2 + 3/8 - (7/16)^2 = 0.3671875 whichever triangle node 0 joins;
    // graphology's tie-break (not the hand-written smallest-id rule of 0.1) decides which.
    const g = graphFromEdges(7, [
      [0, 1, 1],
      [0, 4, 1],
      [1, 2, 1],
      [1, 3, 1],
      [2, 3, 1],
      [4, 5, 1],
      [4, 6, 1],
      [5, 6, 1],
    ]);
    const r = louvain(g);
    const joinsFirst = [0, 0, 0, 0, 1, 1, 1];
    const joinsSecond = [0, 1, 1, 1, 0, 0, 0];
    expect([joinsFirst, joinsSecond]).toContainEqual(r.community);
    expect(r.modularity).toBeCloseTo(0.3671875, 12);
    expect(louvain(g)).toEqual(r);
  });

  it('is seeded: the same seed gives the same partition, and every seed finds the two triangles', () => {
    for (const seed of [1, 2, 3, 42, 2 ** 31]) {
      expect(louvain(TRIANGLES, { seed }).community).toEqual([0, 0, 0, 1, 1, 1]);
      const g = graphFromEdges(
        10,
        Array.from({ length: 20 }, (_, k) => [k % 10, (k * 7 + 3) % 10, 1 + (k % 3)] as const),
      );
      expect(louvain(g, { seed })).toEqual(louvain(g, { seed }));
    }
  });

  it('modularity() agrees with graphology-metrics: the per-community terms add up to Q (property)', () => {
    fc.assert(
      fc.property(graphArb, fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }), (g, labels) => {
        const community = labels.slice(0, g.n);
        const q = modularity(g, community);
        return Math.abs(q.contributions.reduce((s, x) => s + x, 0) - q.modularity) < 1e-12;
      }),
    );
  });

  it('uses weights: a heavy edge pulls its ends together', () => {
    // square 0-1-2-3-0 with 0-1 and 2-3 heavy: communities {0,1} and {2,3}
    const g = graphFromEdges(4, [
      [0, 1, 5],
      [1, 2, 1],
      [2, 3, 5],
      [3, 0, 1],
    ]);
    expect(louvain(g).community).toEqual([0, 0, 1, 1]);
  });

  it('leaves nodes without edges alone; no edges -> singletons and Q = 0', () => {
    expect(louvain(graphFromEdges(3, []))).toMatchObject({ community: [0, 1, 2], modularity: 0, levels: 0 });
    expect(louvain(graphFromEdges(4, [[1, 2, 1]])).community).toEqual([0, 1, 1, 2]);
  });

  it('reports the modularity of the partition it returns, never below the all-singletons partition (property)', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const r = louvain(g);
        const recomputed = modularity(g, r.community).modularity;
        const singletons = modularity(
          g,
          Array.from({ length: g.n }, (_, i) => i),
        ).modularity;
        return (
          Math.abs(r.modularity - recomputed) < 1e-12 &&
          r.modularity >= singletons - 1e-12 &&
          // numbering: communities appear in order of their lowest node
          r.community.every((c, i) => c <= Math.max(-1, ...r.community.slice(0, i)) + 1)
        );
      }),
    );
  });

  it('does not depend on the order edges are listed in (property)', () => {
    const edgesArb = fc.integer({ min: 1, max: 10 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(
          fc
            .tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 }))
            .map(([a, b, w]) => [a, b, w] as const),
          { maxLength: 25 },
        ),
      ),
    );
    fc.assert(
      fc.property(edgesArb, ([n, edges]) => {
        const a = louvain(graphFromEdges(n, edges));
        const b = louvain(graphFromEdges(n, [...edges].reverse()));
        expect(b).toEqual(a);
      }),
    );
  });
});

describe('selectEdges', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const W = [
    [0, 0.5, 0.3, 0.1],
    [0.5, 0, 0.3, 0],
    [0.3, 0.3, 0, 0.25],
    [0.1, 0, 0.25, 0],
  ];
  const w = (i: number, j: number) => W[i]![j]!;

  it('keeps pairs with weight >= threshold (inclusive) and > 0', () => {
    expect(selectEdges(ids, w, 0.25, null).map((e) => `${e.a}${e.b}`)).toEqual(['01', '02', '12', '23']);
    expect(selectEdges(ids, w, 0, null)).toHaveLength(5); // the 0-weight pair b-d never counts
  });

  it('topK = 1 keeps each member its strongest tie (ties: smaller neighbour id) and takes the union', () => {
    // a: b (.5); b: a (.5); c: a or b at .3 -> a; d: c (.25)
    expect(selectEdges(ids, w, 0, 1).map((e) => `${e.a}${e.b}`)).toEqual(['01', '02', '23']);
  });

  it('topK applies after the threshold, so nobody with a tie >= threshold is left without one', () => {
    expect(selectEdges(ids, w, 0.3, 1).map((e) => `${e.a}${e.b}`)).toEqual(['01', '02']);
  });

  it('reading only the candidates (every pair above 0, in any order) gives the same edges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0, 0, 0.1, 0.2, 0.3), { minLength: 45, maxLength: 45 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (cells, k, reverse) => {
          const n = 10;
          const M = Array.from({ length: n }, () => new Array<number>(n).fill(0));
          let c = 0;
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) M[i]![j] = M[j]![i] = cells[c++]!;
          const names = Array.from({ length: n }, (_, i) => `m${i}`);
          const weight = (i: number, j: number) => M[i]![j]!;
          const candidates = (i: number) => {
            const js = M[i]!.flatMap((v, j) => (v > 0 ? [j] : []));
            return reverse ? js.reverse() : js;
          };
          expect(selectEdges(names, weight, 0, k, candidates)).toEqual(selectEdges(names, weight, 0, k));
        },
      ),
    );
  });
});
