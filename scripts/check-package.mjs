#!/usr/bin/env node
// Checks the package as users receive it (run by .ci/run after the build, or `npm run check-package`):
//   1. contents   `npm pack`: only dist/, data/, schema/, README.md, CHANGELOG.md, LICENSE, package.json,
//                 and every file package.json points at is there
//   2. publint    package.json fields and exports against the packed files (strict)
//   3. attw       @arethetypeswrong: types resolve for ESM and CJS consumers under node16 and bundler
//                 (node10 is ignored: the subpaths need `exports`); works offline on the tarball
//   4. consumer   tests/consumer installed from the tarball (offline, from the npm cache) into a temp
//                 folder: index.mjs (import) and index.cjs (require) call buildBaseline and must
//                 print the same baseline.json digest; types.mts/types.cts type-check with
//                 moduleResolution node16 and bundler
//   5. size       the browser bundle of the core (dist/browser), minified and gzipped, against
//                 package.json "sizeBudget"; the share of the ISO country table from the esbuild metafile
// Prints one line per check and a closing "package check: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'partner-synergy-pack-'));
const results = [];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Every string value in a nested package.json `exports` object (the paths it points at). */
const leaves = (x) => (typeof x === 'string' ? [x] : Object.values(x ?? {}).flatMap(leaves));

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. contents --------------------------------------------------------------------------------
let tarball;
await check('contents (npm pack)', () => {
  const r = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
  tarball = join(work, info.filename);
  const paths = info.files.map((f) => f.path);
  const allowed = (p) =>
    /^(dist|data|schema)\//.test(p) || ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(p);
  const offending = paths.filter((p) => !allowed(p));
  const pointedAt = [
    pkg.main,
    pkg.module,
    pkg.types,
    ...Object.values(pkg.bin ?? {}),
    ...leaves(pkg.exports).filter((p) => p !== './package.json'),
  ]
    .filter((p) => typeof p === 'string')
    .map((p) => p.replace(/^\.\//, ''));
  const required = [...new Set([...pointedAt, 'schema/baseline.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])];
  const missing = required.filter((p) => !paths.includes(p));
  const problems = [
    ...offending.map((p) => `  not allowed in the package: ${p}`),
    ...missing.map((p) => `  missing from the package: ${p}`),
  ];
  if (problems.length > 0) throw new Error(`\n${problems.join('\n')}`);
  return `${info.entryCount} files, ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked`;
});
if (!tarball) {
  console.log('package check: 0 passed, 1 failed (no tarball)');
  process.exit(1);
}

// 2. publint ---------------------------------------------------------------------------------
await check('publint (strict)', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const bytes = readFileSync(tarball);
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  // pkgDir is the tarball's root folder when linting a tarball
  const { messages } = await publint({ level: 'suggestion', strict: true, pack: { tarball: tarballBuffer } });
  const lines = messages.map((m) => `  ${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
  if (messages.some((m) => m.type !== 'suggestion')) throw new Error(`\n${lines.join('\n')}`);
  return messages.length === 0 ? 'no messages' : `suggestions only:\n${lines.join('\n')}`;
});

// 3. are the types wrong ---------------------------------------------------------------------
await check('attw (types for node16 ESM + CJS and bundler)', () => {
  const bin = join(root, 'node_modules/.bin/attw');
  if (!existsSync(bin)) throw new Error('@arethetypeswrong/cli is not installed (npm ci)');
  const r = run(bin, [tarball, '--profile', 'node16', '--format', 'json'], { cwd: work });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`attw gave no report (exit ${r.code}):\n${r.stderr || r.stdout}`);
  }
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => p.resolutionKind !== 'node10');
  if (problems.length > 0) {
    throw new Error(`\n${problems.map((p) => `  ${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`).join('\n')}`);
  }
  const entries = Object.keys(report.analysis.entrypoints);
  // Every subpath of package.json `exports` (./fast included) must have been analysed.
  const unchecked = Object.keys(pkg.exports).filter((e) => !entries.includes(e));
  if (unchecked.length > 0) throw new Error(`attw did not analyse ${unchecked.join(', ')}`);
  return `${entries.length} entry points resolve (${entries.join(', ')})`;
});

// 4. a consumer project ----------------------------------------------------------------------
await check('consumer (import, require, tsc node16 + bundler)', () => {
  const dir = join(work, 'consumer');
  cpSync(join(root, 'tests/consumer'), dir, {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  });
  const install = (mode) =>
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', mode, tarball], { cwd: dir });
  let how = 'installed offline from the npm cache';
  let r = install('--offline');
  if (r.code !== 0) {
    how = 'installed with --prefer-offline (some dependency was not in the npm cache)';
    r = install('--prefer-offline');
  }
  if (r.code !== 0) throw new Error(`npm install of the tarball failed:\n${r.stderr}`);
  const esm = run(process.execPath, ['index.mjs'], { cwd: dir });
  if (esm.code !== 0) throw new Error(`index.mjs (import) failed:\n${esm.stderr}`);
  const cjs = run(process.execPath, ['index.cjs'], { cwd: dir });
  if (cjs.code !== 0) throw new Error(`index.cjs (require) failed:\n${cjs.stderr}`);
  const digest = (out) => out.trim().split(' ').pop();
  if (digest(esm.stdout) !== digest(cjs.stdout)) {
    throw new Error(`ESM and CJS users get different baseline.json:\n  ${esm.stdout.trim()}\n  ${cjs.stdout.trim()}`);
  }
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    const t = run(process.execPath, [tsc, '-p', config], { cwd: dir });
    if (t.code !== 0) throw new Error(`tsc -p ${config}:\n${t.stdout}${t.stderr}`);
  }
  return `${how}\n     ${esm.stdout.trim()}\n     ${cjs.stdout.trim()}`;
});

// 5. browser bundle size ---------------------------------------------------------------------
await check('size budget (browser bundle of the core)', () => {
  const file = join(root, 'dist/browser/partner-synergy.browser.js');
  const metafile = join(root, 'dist/browser/metafile-esm.json');
  if (!existsSync(file) || !existsSync(metafile)) throw new Error('dist/browser is missing: run `npm run build`');
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const meta = JSON.parse(readFileSync(metafile, 'utf8'));
  const output = Object.values(meta.outputs).find((o) => o.entryPoint);
  const byPackage = new Map();
  let countries = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (input.endsWith('src/normalise/isoTable.ts')) countries += bytesInOutput;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = m ? m[1] : input.split('/').slice(0, 2).join('/');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  const largest = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${kB(v)}`)
    .join(', ');
  const budget = pkg.sizeBudget?.['core.min.gz'];
  const summary =
    `${kB(bytes.length)} minified, ${kB(gzip)} min+gzip (budget ${budget ? kB(budget) : 'none'}); ` +
    `ISO country table (codes, English and Dutch names) ${kB(countries)} of the minified bytes; largest: ${largest}`;
  if (typeof budget !== 'number') throw new Error(`package.json has no sizeBudget["core.min.gz"]; ${summary}`);
  if (gzip > budget) throw new Error(`over budget by ${kB(gzip - budget)}: ${summary}`);
  return summary;
});

rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(`package check: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
