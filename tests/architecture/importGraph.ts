/**
 * The import graph of src/, read with the TypeScript compiler's own import scanner
 * (ts.preProcessFile): every `import`, `import type`, `export ... from` and `import()` counts, so
 * type-only edges are edges. Used by imports.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Module specifiers of one source text, as written (relative, package and `node:` ones). */
export function specifiersOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** A relative specifier resolved to a repository path ('src/metrics/formulas.ts'), or null. */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const abs = join(dirname(fromFile), specifier).replace(/\.js$/, '.ts');
  return abs.split('\\').join('/');
}

/** The graph: each file (relative to `root`'s parent) with its imports (relative and external). */
export interface ImportGraph {
  readonly files: readonly string[];
  /** Per file: the repository paths of the files it imports. */
  readonly local: ReadonlyMap<string, readonly string[]>;
  /** Per file: its non-relative specifiers ('zod', 'node:fs'). */
  readonly external: ReadonlyMap<string, readonly string[]>;
}

function listTs(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) listTs(p, out);
    else if (entry.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/**
 * Read every .ts file under `repoRoot/folder` into an import graph keyed by repository path.
 *
 * @example
 * readImportGraph(repoRoot, 'src').local.get('src/metrics/combined.ts');
 */
export function readImportGraph(repoRoot: string, folder: string): ImportGraph {
  const files = listTs(resolve(repoRoot, folder), [])
    .map((f) => relative(repoRoot, f).split('\\').join('/'))
    .sort();
  const local = new Map<string, string[]>();
  const external = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = specifiersOf(readFileSync(resolve(repoRoot, file), 'utf8'));
    local.set(
      file,
      specifiers.map((s) => resolveRelative(file, s)).filter((s): s is string => s !== null),
    );
    external.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
  }
  return { files, local, external };
}

/**
 * The cycles of a graph: its strongly connected components with more than one file, or one file
 * importing itself (Tarjan's algorithm), each sorted, in file order.
 *
 * @example
 * cyclesOf(new Map([['a', ['b']], ['b', ['a']]])); // => [['a', 'b']]
 */
export function cyclesOf(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * Every file reachable from `start` through local imports (start included).
 *
 * @example
 * closureOf(graph.local, 'src/index.ts').has('src/metrics/formulas.ts'); // => true
 */
export function closureOf(edges: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    for (const w of edges.get(todo.pop()!) ?? []) {
      if (!seen.has(w)) {
        seen.add(w);
        todo.push(w);
      }
    }
  }
  return seen;
}
