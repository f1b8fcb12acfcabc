import { defineConfig } from 'tsup';

// Country-name locale JSON must be inlined: left external, the `with { type: 'json' }`
// attribute is lost and Node's ESM loader refuses the import.
const noExternal = [/i18n-iso-countries\/langs\/.*\.json$/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    noExternal,
  },
  {
    entry: { cli: 'src/cli/main.ts', browser: 'src/index.ts' },
    format: ['esm'],
    dts: false,
    target: 'es2022',
    platform: 'node',
    noExternal,
    banner: ({ format }) => (format === 'esm' ? { js: '' } : {}),
  },
]);
