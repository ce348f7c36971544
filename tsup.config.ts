import { defineConfig } from 'tsup';

// Two library entries (browser-safe core, Node loaders) in ESM + CJS with types,
// and the CLI as ESM only (it is run, never imported).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // natural's one small distance module goes into the bundle: loading it through Node's
    // CommonJS path from node_modules costs more start-up time than its code.
    noExternal: [/^natural\//],
    // Keep the bundled dictionaries as UTF-8, not \u escapes: a third of the size to load.
    esbuildOptions(o) {
      o.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(o) {
      o.charset = 'utf8';
    },
  },
]);
