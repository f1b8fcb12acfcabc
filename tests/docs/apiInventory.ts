/**
 * The public API as a user sees it, read with the TypeScript compiler API: every export reachable
 * from the three package entries, with its TSDoc summary, documented parameters and `@example`
 * blocks. Used by the docs tests (examples run, completeness) and nothing else.
 */
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../helpers.js';

/** A package entry: the import specifier users write and its source file. */
export interface Entry {
  readonly specifier: string;
  readonly file: string;
}

/** The entries of package.json `exports` (except ./package.json). */
export const ENTRIES: readonly Entry[] = [
  { specifier: 'partner-synergy', file: 'src/index.ts' },
  { specifier: 'partner-synergy/node', file: 'src/node.ts' },
  { specifier: 'partner-synergy/network', file: 'src/network/index.ts' },
  { specifier: 'partner-synergy/map', file: 'src/map/index.ts' },
  { specifier: 'partner-synergy/workbook', file: 'src/workbook/index.ts' },
  { specifier: 'partner-synergy/fast', file: 'src/fast/index.ts' },
  { specifier: 'partner-synergy/search', file: 'src/search/index.ts' },
  { specifier: 'partner-synergy/import', file: 'src/import/index.ts' },
  { specifier: 'partner-synergy/matrix', file: 'src/matrix.ts' },
  { specifier: 'partner-synergy/diff', file: 'src/diff/index.ts' },
  { specifier: 'partner-synergy/parts', file: 'src/parts.ts' },
  { specifier: 'partner-synergy/report', file: 'src/report/index.ts' },
  { specifier: 'partner-synergy/coalition', file: 'src/coalition/index.ts' },
];

export type ExportKind = 'function' | 'class' | 'interface' | 'type' | 'variable' | 'enum' | 'other';

/** One `@example` block: its code and where the tag sits (file relative to the repo, 1-based line). */
export interface ExampleBlock {
  readonly code: string;
  readonly file: string;
  readonly line: number;
}

/** One public export and what its TSDoc says. */
export interface ExportDoc {
  readonly entry: string;
  readonly name: string;
  readonly kind: ExportKind;
  /** Exists only as a type (no runtime value). */
  readonly typeOnly: boolean;
  readonly file: string;
  readonly line: number;
  readonly summary: string;
  /** Parameters of a function (or a class constructor) without a `@param` description. */
  readonly undocumentedParams: readonly string[];
  readonly examples: readonly ExampleBlock[];
}

/** The parsed tsconfig options (strict, exactOptionalPropertyTypes, ...), so examples are held to the same rules. */
export function compilerOptions(): ts.CompilerOptions {
  const configPath = resolve(repoRoot, 'tsconfig.json');
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
  if (!parsed) throw new Error('tsconfig.json could not be read');
  return { ...parsed.options, noEmit: true };
}

/**
 * A compiler host that parses each file once, shared by the programs of one test run (the
 * inventory and the example type-check), plus virtual files kept in memory.
 */
export function createCachingHost(
  options: ts.CompilerOptions,
  virtual: Map<string, string> = new Map(),
): ts.CompilerHost & { virtual: Map<string, string> } {
  const base = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile>();
  return {
    ...base,
    virtual,
    fileExists: (f) => virtual.has(f) || base.fileExists(f),
    readFile: (f) => virtual.get(f) ?? base.readFile(f),
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      const text = virtual.get(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      const hit = cache.get(fileName);
      if (hit) return hit;
      const sf = base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (sf) cache.set(fileName, sf);
      return sf;
    },
  };
}

function kindOf(symbol: ts.Symbol): ExportKind {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'variable';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  return (ts.getTextOfJSDocComment(comment) ?? '').trim();
}

/** The declaration whose TSDoc documents the symbol (for a `const`, the variable declaration). */
function documentedDeclaration(symbol: ts.Symbol): ts.Declaration | undefined {
  const decls = symbol.declarations ?? [];
  return decls.find((d) => ts.getJSDocCommentsAndTags(d).length > 0) ?? decls[0];
}

function lineOf(node: ts.Node): number {
  const sf = node.getSourceFile();
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

function parametersOf(decl: ts.Declaration): readonly ts.ParameterDeclaration[] {
  if (ts.isFunctionDeclaration(decl)) return decl.parameters;
  if (ts.isClassDeclaration(decl)) {
    const ctor = decl.members.find(ts.isConstructorDeclaration);
    return ctor?.parameters ?? [];
  }
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = decl.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init.parameters;
  }
  return [];
}

function undocumentedParams(decl: ts.Declaration): string[] {
  const missing: string[] = [];
  for (const p of parametersOf(decl)) {
    const tags = ts.getJSDocParameterTags(p);
    if (!tags.some((t) => commentText(t.comment).replace(/^-\s*/, '') !== '')) missing.push(p.name.getText());
  }
  return missing;
}

function examplesOf(decl: ts.Declaration): ExampleBlock[] {
  const sf = decl.getSourceFile();
  const file = relative(repoRoot, sf.fileName);
  return ts
    .getJSDocTags(decl)
    .filter((t) => t.tagName.text === 'example')
    .map((t) => ({
      code: ts.getTextOfJSDocComment(t.comment) ?? '',
      file,
      line: sf.getLineAndCharacterOfPosition(t.getStart(sf)).line + 1,
    }));
}

/**
 * Optional properties of exported `...Options` interfaces whose TSDoc does not state a default
 * (the word "default"), as `Interface.property (file)`.
 */
export function optionsWithoutDefaults(inventory: Inventory): string[] {
  const checker = inventory.program.getTypeChecker();
  const missing: string[] = [];
  for (const e of inventory.exports) {
    if (e.kind !== 'interface' || !e.name.endsWith('Options')) continue;
    const sf = inventory.program.getSourceFile(resolve(repoRoot, e.file));
    const decl = sf?.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === e.name,
    );
    if (!decl) continue;
    for (const p of checker.getTypeAtLocation(decl).getProperties()) {
      if (!(p.flags & ts.SymbolFlags.Optional)) continue;
      const doc = ts.displayPartsToString(p.getDocumentationComment(checker));
      if (!/default/i.test(doc)) {
        const where = p.declarations?.[0]?.getSourceFile().fileName;
        missing.push(`${e.name}.${p.name} (${where ? relative(repoRoot, where) : '?'})`);
      }
    }
  }
  return missing;
}

/** The inventory of the public API and the program it was read from. */
export interface Inventory {
  readonly program: ts.Program;
  readonly host: ReturnType<typeof createCachingHost>;
  readonly options: ts.CompilerOptions;
  readonly exports: readonly ExportDoc[];
}

/** Read every export of the three entries (aliases followed to their declaration). */
export function readInventory(): Inventory {
  const options = compilerOptions();
  const host = createCachingHost(options);
  const roots = ENTRIES.map((e) => resolve(repoRoot, e.file));
  const program = ts.createProgram({ rootNames: roots, options, host });
  const checker = program.getTypeChecker();
  const out: ExportDoc[] = [];
  for (const entry of ENTRIES) {
    const sf = program.getSourceFile(resolve(repoRoot, entry.file));
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) throw new Error(`${entry.file} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decl = documentedDeclaration(symbol);
      if (!decl) continue;
      const kind = kindOf(symbol);
      out.push({
        entry: entry.specifier,
        name: exported.name,
        kind,
        typeOnly: !(symbol.flags & ts.SymbolFlags.Value),
        file: relative(repoRoot, decl.getSourceFile().fileName),
        line: lineOf(decl),
        summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        undocumentedParams: undocumentedParams(decl),
        examples: examplesOf(decl),
      });
    }
  }
  out.sort((a, b) =>
    a.entry !== b.entry ? (a.entry < b.entry ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { program, host, options, exports: out };
}
