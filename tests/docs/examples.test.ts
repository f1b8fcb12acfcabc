/**
 * The API reference cannot rot: every `@example` in the TSDoc of every public export (the three
 * package entries, read with the TypeScript compiler API) is type-checked against the sources
 * and run, and each `expr; // => value` claim in it is asserted (grammar in exampleRunner.ts).
 * Examples see the exports of all package entries plus the fixtures of prelude.ts (`sample`,
 * `baseline`, `json`, ...). Also: every export has a summary and an example, every parameter a
 * description, every optional option its default, and every example shows at least one checked
 * result.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import * as coalition from '../../src/coalition/index.js';
import * as diff from '../../src/diff/index.js';
import * as fast from '../../src/fast/index.js';
import * as importers from '../../src/import/index.js';
import * as core from '../../src/index.js';
import * as map from '../../src/map/index.js';
import * as matrix from '../../src/matrix.js';
import * as network from '../../src/network/index.js';
import * as node from '../../src/node.js';
import * as parts from '../../src/parts.js';
import * as report from '../../src/report/index.js';
import * as search from '../../src/search/index.js';
import * as workbook from '../../src/workbook/index.js';
import { repoRoot } from '../helpers.js';
import { ENTRIES, type ExportDoc, optionsWithoutDefaults, readInventory } from './apiInventory.js';
import { instrument, runExample } from './exampleRunner.js';
import { cleanUpPrelude, PRELUDE } from './prelude.js';

const inventory = readInventory();
const documented = inventory.exports.filter((e) => e.examples.length > 0);

/** What an example sees: the package entries, the prelude and a console that prints nothing. */
function exampleScope(): Record<string, unknown> {
  const scope: Record<string, unknown> = Object.create(null);
  const sources: [string, Record<string, unknown>][] = [
    ['partner-synergy', core],
    ['partner-synergy/node', node],
    ['partner-synergy/network', network],
    ['partner-synergy/map', map],
    ['partner-synergy/workbook', workbook],
    ['partner-synergy/fast', fast],
    ['partner-synergy/search', search],
    ['partner-synergy/import', importers],
    ['partner-synergy/matrix', matrix],
    ['partner-synergy/diff', diff],
    ['partner-synergy/parts', parts],
    ['partner-synergy/report', report],
    ['partner-synergy/coalition', coalition],
    ['prelude', PRELUDE],
  ];
  for (const [from, values] of sources) {
    for (const [name, value] of Object.entries(values)) {
      if (name in scope && scope[name] !== value)
        throw new Error(`${name} from ${from} shadows another export`);
      scope[name] = value;
    }
  }
  const silent = () => {};
  scope.console = { ...console, log: silent, info: silent, warn: silent, table: silent, error: silent };
  return scope;
}

const where = (e: ExportDoc) => `${e.entry} ${e.name} (${e.file}:${e.line})`;

afterAll(() => cleanUpPrelude());

describe('TSDoc examples run and their claims hold', () => {
  const scope = exampleScope();
  for (const e of documented) {
    it(`${e.entry}: ${e.name}`, async () => {
      for (const ex of e.examples) {
        try {
          await runExample(ex.code, scope);
        } catch (err) {
          const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
          throw new Error(`@example at ${ex.file}:${ex.line}\n${message}`);
        }
      }
    });
  }
});

describe('TSDoc examples type-check against the sources', () => {
  it('has no type error in any example', () => {
    const dir = resolve(repoRoot, 'tests/docs/__examples__');
    const header: string[] = [];
    const imported = new Set<string>();
    for (const entry of ENTRIES) {
      // A name two entries export (topSynergyPartnersParallel: node and fast) is imported once.
      const names = inventory.exports
        .filter((x) => x.entry === entry.specifier && !imported.has(x.name))
        .map((x) => x.name);
      for (const name of names) imported.add(name);
      const from = `../../../${entry.file.replace(/\.ts$/, '.js')}`;
      header.push(`import { ${names.join(', ')} } from '${from}';`);
    }
    header.push(`import { ${Object.keys(PRELUDE).join(', ')} } from '../prelude.js';`);
    header.push('export async function __example(): Promise<void> {');
    const files = new Map<string, { doc: ExportDoc; index: number }>();
    inventory.host.virtual.clear();
    for (const doc of documented) {
      doc.examples.forEach((ex, index) => {
        const file = resolve(dir, `${doc.entry.replace(/\W/g, '_')}__${doc.name}__${index}.ts`);
        inventory.host.virtual.set(file, `${header.join('\n')}\n${ex.code}\n}\n`);
        files.set(file, { doc, index });
      });
    }
    const program = ts.createProgram({
      rootNames: [...files.keys()],
      options: inventory.options,
      host: inventory.host,
    });
    const problems: string[] = [];
    for (const [file, { doc, index }] of files) {
      const sf = program.getSourceFile(file)!;
      const ex = doc.examples[index]!;
      for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
        const line =
          d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line - header.length;
        const text = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!.slice(0, 300);
        problems.push(`${ex.file}:${ex.line + 1 + line} (${doc.name}) TS${d.code}: ${text}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('every public export is documented', () => {
  it('has a summary and an @example', () => {
    const missing = inventory.exports
      .filter((e) => e.summary === '' || e.examples.length === 0)
      .map(
        (e) =>
          `${where(e)}:${e.summary === '' ? ' no summary' : ''}${e.examples.length ? '' : ' no @example'}`,
      );
    expect(missing, `${missing.length} exports lack docs:\n${missing.join('\n')}`).toEqual([]);
  });

  it('shows a checked result in every @example (a `// =>` or `// throws` claim)', () => {
    const silent = documented.flatMap((e) =>
      e.examples
        .filter((ex) => instrument(ex.code).claims.length === 0)
        .map((ex) => `${e.name} (${ex.file}:${ex.line})`),
    );
    expect(silent, `${silent.length} examples claim nothing:\n${silent.join('\n')}`).toEqual([]);
  });

  it('states the default of every optional property of an exported ...Options interface', () => {
    const missing = optionsWithoutDefaults(inventory);
    expect(missing, `${missing.length} options without a stated default:\n${missing.join('\n')}`).toEqual([]);
  });

  it('describes every parameter with @param', () => {
    const missing = inventory.exports
      .filter((e) => e.undocumentedParams.length > 0)
      .map((e) => `${where(e)}: ${e.undocumentedParams.join(', ')}`);
    expect(missing, `${missing.length} exports lack @param:\n${missing.join('\n')}`).toEqual([]);
  });
});
