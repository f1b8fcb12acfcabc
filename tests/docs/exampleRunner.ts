/**
 * Runs a TSDoc `@example` block and checks what it claims.
 *
 * The grammar of a claim, on a top-level expression statement:
 *
 * - `expr; // => value`: `value` is a JavaScript expression, usually a literal (strings, numbers,
 *   arrays, objects, `Int32Array.of(1)`, `new Map([...])`, `2 / 3`), evaluated in the example's
 *   scope (so it may name an earlier variable) and compared by deep equality with `expr`;
 * - the value may continue on the following `//` lines when they are indented by two or more
 *   spaces after the `//`; the value may also start on the line after the statement;
 * - `// => ~value`: numbers anywhere in the value are compared to within 1e-4;
 * - `...` as the last element of an array or object means "and more": only the listed elements
 *   (a prefix of the array) or keys are compared;
 * - `expr; // throws ErrorName`: `expr` must throw (or reject with) an error whose `name` or class is `ErrorName`.
 *
 * A `// =>` anywhere else (inside a block, after a declaration) is an error, so no claim is
 * silently skipped.
 */
import { inspect } from 'node:util';
import ts from 'typescript';

/** One claim found in an example. */
export interface Claim {
  readonly kind: 'equals' | 'throws';
  /** Numbers compared to within 1e-4 (`// => ~value`). */
  readonly approx: boolean;
  /** Line of the statement within the example (1-based). */
  readonly line: number;
  readonly expression: string;
  /** The expected value's source (after `=>`), or the error name (after `throws`). */
  readonly expected: string;
}

/** An example rewritten so each claim is checked when it runs. */
export interface Instrumented {
  /** TypeScript source: the example with claimed statements wrapped in `await __claim(i, ...)`. */
  readonly source: string;
  readonly claims: readonly Claim[];
  /** Claims that could not be attached (reported as failures). */
  readonly problems: readonly string[];
}

const CLAIM = /^\/\/\s*(=>|throws\b)\s?(.*)$/s;
const CONTINUATION = /^\/\/\s{2,}(.*)$/s;

interface Comment {
  readonly text: string;
  readonly line: number;
}

function commentsAfter(code: string, sf: ts.SourceFile, pos: number): Comment[] {
  const ranges = [
    ...(ts.getTrailingCommentRanges(code, pos) ?? []),
    ...(ts.getLeadingCommentRanges(code, pos) ?? []),
  ];
  return ranges.map((r) => ({
    text: code.slice(r.pos, r.end),
    line: sf.getLineAndCharacterOfPosition(r.pos).line,
  }));
}

/** Find the claims of an example and wrap their statements. */
export function instrument(code: string): Instrumented {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const claims: Claim[] = [];
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const consumed = new Set<number>();
  for (const statement of sf.statements) {
    const comments = commentsAfter(code, sf, statement.end);
    const first = comments[0];
    const endLine = sf.getLineAndCharacterOfPosition(statement.end).line;
    if (!first || first.line > endLine + 1) continue;
    const m = CLAIM.exec(first.text);
    if (!m) continue;
    consumed.add(first.line);
    let expected = (m[2] ?? '').trim();
    let line = first.line;
    for (const next of comments.slice(1)) {
      const c = CONTINUATION.exec(next.text);
      if (m[1] !== '=>' || next.line !== line + 1 || !c) break;
      expected += `\n${c[1]}`;
      line = next.line;
      consumed.add(line);
    }
    const statementLine = sf.getLineAndCharacterOfPosition(statement.getStart(sf)).line + 1;
    if (!ts.isExpressionStatement(statement)) {
      problems.push(
        `line ${statementLine}: a claim must follow an expression statement, not \`${statement.getText(sf)}\``,
      );
      continue;
    }
    const kind = m[1] === '=>' ? 'equals' : 'throws';
    const expression = statement.expression.getText(sf);
    expected = expected.trim();
    const approx = kind === 'equals' && expected.startsWith('~');
    let expectedCode = 'undefined';
    if (kind === 'equals') {
      expectedCode = expectedSource(approx ? expected.slice(1) : expected);
      try {
        new Function('__MORE', `return (${expectedCode}\n);`); // compiles it: a syntax check only
      } catch (e) {
        problems.push(
          `line ${statementLine}: the expected value \`${expected}\` is not a JavaScript expression (${e})`,
        );
        continue;
      }
    }
    const index = claims.length;
    claims.push({ kind, approx, line: statementLine, expression, expected });
    edits.push({
      start: statement.getStart(sf),
      end: statement.end,
      text: `await __claim(${index}, async () => (${expression}), () => (${expectedCode}\n));`,
    });
  }
  // Any claim-looking comment left over is in a place the runner cannot check.
  code.split('\n').forEach((text, i) => {
    if (/\/\/\s*=>/.test(text) && !consumed.has(i)) {
      problems.push(`line ${i + 1}: \`// =>\` not after a top-level expression statement: ${text.trim()}`);
    }
  });
  let source = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    source = source.slice(0, e.start) + e.text + source.slice(e.end);
  }
  return { source, claims, problems };
}

/** Marks "and more" in an expected array or object. */
const MORE = Symbol('more');

/** The expected value's source with each "and more" `...` replaced by the `__MORE` marker. */
export function expectedSource(src: string): string {
  return src
    .trim()
    .replace(/,?\s*\.\.\.\s*([\]}])/g, (_m, close: string) =>
      close === ']' ? ', __MORE]' : ', [__MORE]: true }',
    )
    .replace(/\[\s*,\s*__MORE\]/g, '[__MORE]')
    .replace(/\{\s*,\s*\[__MORE\]/g, '{ [__MORE]');
}

function isTypedArray(x: unknown): x is ArrayLike<number> & { constructor: { name: string } } {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

/** Deep comparison of a computed value with an expected one; the first difference, or null. */
export function difference(actual: unknown, expected: unknown, approx: boolean, path = '$'): string | null {
  const show = (x: unknown) => inspect(x, { depth: 4, breakLength: Infinity, maxArrayLength: 20 });
  const differ = () => `${path}: got ${show(actual)}, expected ${show(expected)}`;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return differ();
    if (approx) return Math.abs(actual - expected) <= 1e-4 ? null : differ();
    return actual === expected || (Number.isNaN(actual) && Number.isNaN(expected)) ? null : differ();
  }
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected) ? null : differ();
  if (actual === null || typeof actual !== 'object') return differ();
  if (isTypedArray(expected)) {
    if (!isTypedArray(actual) || actual.constructor.name !== expected.constructor.name) return differ();
    if (actual.length !== expected.length) return differ();
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], approx, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return differ();
    const more = expected.length > 0 && expected[expected.length - 1] === MORE;
    const listed = more ? expected.slice(0, -1) : expected;
    if (more ? actual.length < listed.length : actual.length !== listed.length) {
      return `${path}: length ${actual.length}, expected ${more ? 'at least ' : ''}${listed.length} (got ${show(actual)})`;
    }
    for (let i = 0; i < listed.length; i++) {
      const d = difference(actual[i], listed[i], approx, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (expected instanceof Map) {
    if (!(actual instanceof Map) || actual.size !== expected.size) return differ();
    for (const [k, v] of expected) {
      if (!actual.has(k)) return `${path}: missing key ${show(k)}`;
      const d = difference(actual.get(k), v, approx, `${path}.get(${show(k)})`);
      if (d) return d;
    }
    return null;
  }
  if (expected instanceof Set) {
    if (!(actual instanceof Set) || actual.size !== expected.size) return differ();
    for (const v of expected) if (!actual.has(v)) return differ();
    return null;
  }
  const exp = expected as Record<string | symbol, unknown>;
  const act = actual as Record<string, unknown>;
  const more = exp[MORE] === true;
  const keys = Object.keys(exp);
  for (const k of keys) {
    if (!(k in act)) return `${path}.${k}: missing (got ${show(actual)})`;
    const d = difference(act[k], exp[k], approx, `${path}.${k}`);
    if (d) return d;
  }
  if (!more) {
    const extra = Object.keys(act).filter((k) => act[k] !== undefined && !(k in exp));
    if (extra.length > 0) return `${path}: unexpected keys ${extra.join(', ')} (add \`...\` to allow more)`;
  }
  return null;
}

function errorName(e: unknown): string[] {
  if (e === null || typeof e !== 'object') return [];
  const names = new Set<string>();
  if (typeof (e as { name?: unknown }).name === 'string') names.add((e as { name: string }).name);
  for (let p = Object.getPrototypeOf(e); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (typeof p.constructor?.name === 'string') names.add(p.constructor.name);
  }
  return [...names];
}

// biome-ignore lint/complexity/useArrowFunction: the constructor of async functions is what we need
const AsyncFunction = async function () {}.constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/** Transpile an instrumented example to a JavaScript function body. */
export function toJavaScript(source: string): string {
  const out = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: false },
    reportDiagnostics: false,
  });
  return out.outputText.replace(/^export \{\};\s*$/m, '');
}

/** A failed example: which claim, what happened. */
export class ExampleError extends Error {
  override readonly name = 'ExampleError';
}

/**
 * Run an example with `scope` (name -> value) in view. Resolves when every claim holds; rejects
 * with an ExampleError naming the line and the difference otherwise.
 */
export async function runExample(code: string, scope: Readonly<Record<string, unknown>>): Promise<number> {
  const { source, claims, problems } = instrument(code);
  if (problems.length > 0) throw new ExampleError(problems.join('\n'));
  const claim = async (index: number, evaluate: () => Promise<unknown>, expectation: () => unknown) => {
    const c = claims[index]!;
    const where = `line ${c.line}: \`${c.expression}\``;
    if (c.kind === 'throws') {
      try {
        await evaluate();
      } catch (e) {
        if (errorName(e).includes(c.expected)) return;
        throw new ExampleError(`${where} threw ${errorName(e)[0] ?? inspect(e)}, expected ${c.expected}`);
      }
      throw new ExampleError(`${where} did not throw, expected ${c.expected}`);
    }
    let expected: unknown;
    try {
      expected = expectation();
    } catch (e) {
      throw new ExampleError(`${where}: the expected value \`${c.expected}\` threw ${e}`);
    }
    let actual: unknown;
    try {
      actual = await evaluate();
    } catch (e) {
      throw new ExampleError(`${where} threw ${e instanceof Error ? `${e.name}: ${e.message}` : inspect(e)}`);
    }
    const d = difference(actual, expected, c.approx);
    if (d) throw new ExampleError(`${where} ${d}`);
  };
  const names = Object.keys(scope);
  const body = `{\n${toJavaScript(source)}\n}`;
  const fn = new AsyncFunction('__claim', '__MORE', ...names, body);
  await fn(claim, MORE, ...names.map((n) => scope[n]));
  return claims.length;
}
