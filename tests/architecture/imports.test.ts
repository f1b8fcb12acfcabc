/**
 * The architecture of src/ as rules on its import graph (type-only imports included):
 * - no import cycles anywhere in src/;
 * - the browser-safe core (everything but the Node-only files below) never imports src/node,
 *   src/cli, the Node-only part of src/fast, or a Node built-in (`node:fs`, `fs`, ...);
 * - src/metrics never imports src/fast (the fast engine plugs in through the `engine` option);
 * - the root, map, network and workbook entries do not reach src/fast at all, so the core bundle
 *   carries no WebAssembly kernel;
 * - the root entry does not reach src/report (the renderers are partner-synergy/report).
 */
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { closureOf, cyclesOf, readImportGraph, specifiersOf } from './importGraph.js';

const graph = readImportGraph(repoRoot, 'src');

/** Files that may use Node: the Node and CLI folders, the node entry, the worker-thread top-k and the fast entry that exports it. */
const NODE_ONLY = [
  /^src\/node\//,
  /^src\/cli\//,
  /^src\/node\.ts$/,
  /^src\/fast\/parallel\//,
  /^src\/fast\/index\.ts$/,
];
const isNodeOnly = (file: string): boolean => NODE_ONLY.some((r) => r.test(file));
const builtins = new Set(builtinModules);
const isNodeBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!);

describe('the import graph reader', () => {
  it('sees type-only imports, re-exports and dynamic imports as edges', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B } from './b.js';",
      "export { C } from './c.js';",
      "export type { D } from './d.js';",
      "const e = await import('./e.js');",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', 'node:fs']);
  });

  it('finds a cycle made of type-only imports', () => {
    const edges = new Map([
      ['src/a.ts', ['src/b.ts']],
      ['src/b.ts', ['src/c.ts']],
      ['src/c.ts', ['src/a.ts']],
      ['src/d.ts', ['src/a.ts']],
    ]);
    expect(cyclesOf(edges)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
  });

  it('reads the whole of src/', () => {
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.local.get('src/metrics/computeMetrics.ts')).toContain('src/metrics/combined.ts');
  });
});

describe('src/ architecture', () => {
  it('has no import cycles (type-only imports included)', () => {
    const cycles = cyclesOf(graph.local).map((c) => c.join(' <-> '));
    expect(cycles, `import cycles:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('keeps the core free of src/node, src/cli and Node built-ins', () => {
    const problems: string[] = [];
    for (const file of graph.files.filter((f) => !isNodeOnly(f))) {
      for (const target of graph.local.get(file) ?? []) {
        if (isNodeOnly(target)) problems.push(`${file} imports ${target}`);
      }
      for (const specifier of graph.external.get(file) ?? []) {
        if (isNodeBuiltin(specifier)) problems.push(`${file} imports ${specifier}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('src/metrics never imports src/fast', () => {
    const problems = graph.files
      .filter((f) => f.startsWith('src/metrics/'))
      .flatMap((f) =>
        (graph.local.get(f) ?? []).filter((t) => t.startsWith('src/fast/')).map((t) => `${f} imports ${t}`),
      );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the root, map, network and workbook entries never reach src/fast (no kernel in the core bundle)', () => {
    for (const entry of [
      'src/index.ts',
      'src/map/index.ts',
      'src/network/index.ts',
      'src/workbook/index.ts',
    ]) {
      const reached = [...closureOf(graph.local, entry)].filter((f) => f.startsWith('src/fast/'));
      expect(reached, `${entry} reaches ${reached.join(', ')}`).toEqual([]);
    }
  });

  it('the root entry never reaches src/report (the renderers are partner-synergy/report)', () => {
    const reached = [...closureOf(graph.local, 'src/index.ts')].filter((f) => f.startsWith('src/report/'));
    expect(reached, `src/index.ts reaches ${reached.join(', ')}`).toEqual([]);
  });

  it('the fast entry imports metrics/ (it builds on the plain path)', () => {
    const reached = closureOf(graph.local, 'src/fast/index.ts');
    expect(reached.has('src/metrics/topSynergyPartners.ts')).toBe(true);
  });
});
