import { defineConfig, type Options } from 'tsup';

/**
 * One self-contained, minified ES module for pages, in dist/browser. csv-parse comes from its
 * `lib/` build (`csv-parse/sync`) with src/ingest/csvParseBuffer.ts as its `Buffer`, instead of
 * its browser build, which carries a full Buffer polyfill (52.2 -> about 31 kB minified).
 * Only csv-parse refers to a global `Buffer` in these modules, so only it gets the class.
 */
function browserModule(entry: Record<string, string>, metafile: boolean): Options {
  return {
    entry,
    outDir: 'dist/browser',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    minify: true,
    noExternal: [/.*/],
    metafile,
    esbuildOptions(options) {
      options.alias = { ...options.alias, 'csv-parse/browser/esm/sync': 'csv-parse/sync' };
      options.inject = [...(options.inject ?? []), 'src/ingest/csvParseBuffer.ts'];
    },
  };
}

export default defineConfig([
  {
    // The package entries: ESM + CJS + types. Runtime dependencies stay external.
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      network: 'src/network/index.ts',
      map: 'src/map/index.ts',
      workbook: 'src/workbook/index.ts',
      // The fast engine (WebAssembly kernel, speculative bounds, worker-thread top-k): its own
      // entry, so the core never carries the kernel.
      fast: 'src/fast/index.ts',
      search: 'src/search/index.ts',
      import: 'src/import/index.ts',
      matrix: 'src/matrix.ts',
      diff: 'src/diff/index.ts',
      coalition: 'src/coalition/index.ts',
      // The renderers (Markdown, HTML, meeting pack, SVG, CSV exports): out of the core entry.
      report: 'src/report/index.ts',
      parts: 'src/parts.ts',
    },
    format: ['esm', 'cjs'],
    // Shared chunks for CommonJS too: without them node.cjs and network.cjs carry their own copy
    // of the core, and `instanceof SquareMatrix` / `instanceof PartnerSynergyError` fail across
    // entries for require() users (caught by scripts/check-package.mjs).
    splitting: true,
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // import.meta.url in the CommonJS build (the fast entry finds its top-k worker file by it).
    shims: true,
  },
  {
    // The worker thread of topSynergyPartnersParallel: one self-contained ESM file next to the
    // chunks that start it.
    entry: { 'topk-worker': 'src/fast/parallel/topk-worker.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    splitting: false,
  },
  {
    // The CLI: an ESM file with a shebang (from src/cli/main.ts) that holds only the command
    // definitions; each command's code (and its dependencies) sits in a chunk it imports when
    // the command runs, so `--version`, `--help` and one command do not load all of them.
    // The chunks are named cli-*.js, next to cli.js (the fast engine finds topk-worker.js there).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: true,
    target: 'es2022',
    platform: 'node',
    // zod bundled too: its package entry loads every module of it (all ~50 locales included);
    // bundled, only the validators the schemas use are kept. commander, graphology (with the
    // modules of its metrics and Louvain) and csv-parse bundled as well: every `baseline` run loads
    // them, and as ~40 separate CommonJS/ES files their resolving and loading cost about 80 ms of
    // CPU at start-up (sample partnership: 0.50 -> 0.41 s user).
    noExternal: [/^zod(\/|$)/, /^(commander|graphology|graphology-[a-z-]+|csv-parse)(\/|$)/],
    // commander is CommonJS that requires Node's modules: bundled into ES modules it needs a require.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]';
    },
  },
  // A single self-contained, minified browser module of the core (for the dashboard example
  // and for measuring the bundle size): every dependency bundled.
  browserModule({ 'partner-synergy.browser': 'src/index.ts' }, true),
  // The map's country outlines for the dashboard, apart from the core bundle (whose size
  // scripts/check-package.mjs measures): a page loads them only when it draws the map.
  browserModule({ 'partner-synergy-map.browser': 'src/map/worldGeometry.ts' }, false),
  // The workbook reader for the browser (the dashboard loads it when a workbook is dropped):
  // separate from the core bundle, so it does not count against the core's size budget.
  browserModule({ 'partner-synergy.workbook': 'src/workbook/browser.ts' }, false),
  // The 3W importer for the browser (the dashboard loads it when a dropped file is a 3W table,
  // not partnership files): out of the core.
  browserModule({ 'partner-synergy.import': 'src/import/browser.ts' }, false),
  // The search box's index (Fuse.js) for the browser: the dashboard loads it when the search box is
  // first used, so Fuse.js never counts against the core's size budget.
  browserModule({ 'partner-synergy.search': 'src/search/index.ts' }, false),
  // The report renderers for the browser (the dashboard draws its heatmap and world map with
  // them): partner-synergy/report, separate from the core bundle and its size budget.
  browserModule({ 'partner-synergy.report': 'src/report/index.ts' }, false),
]);
