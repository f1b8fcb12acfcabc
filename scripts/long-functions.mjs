#!/usr/bin/env node
/**
 * Lists the functions in src/ longer than a limit (default 120 lines), with the TypeScript
 * compiler API: function declarations, methods, accessors, constructors, function expressions and
 * arrow functions, each measured from its first to its last line. A function inside another counts
 * on its own and also inside its parent's lines.
 *
 * Usage: `node scripts/long-functions.mjs [maxLines]`; exits 1 when one is found outside the
 * allow-list. tests/style/functionLength.test.ts runs the same check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders not checked: none (every function in src/ is held to the limit). */
export const ALLOWED_FOLDERS = [];

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function nameOf(node, source) {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  return '(anonymous)';
}

/**
 * Every function in src/ (outside `allowed` folders) longer than `maxLines` lines.
 * @returns {{ file: string, name: string, line: number, lines: number }[]}
 */
export function longFunctions(maxLines = 120, allowed = ALLOWED_FOLDERS) {
  const found = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path).split('\\').join('/');
    if (allowed.some((folder) => file.startsWith(folder))) continue;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > maxLines) found.push({ file, name: nameOf(node, source), line: first + 1, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found.sort((a, b) => b.lines - a.lines || (a.file < b.file ? -1 : 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const max = Number(process.argv[2] ?? 120);
  const found = longFunctions(max);
  for (const f of found) console.log(`${f.file}:${f.line} ${f.name}: ${f.lines} lines`);
  console.log(`${found.length} function(s) over ${max} lines in src/`);
  process.exit(found.length > 0 ? 1 : 0);
}
