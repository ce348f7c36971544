import { defineConfig, type Options } from 'tsup';

// esbuild's ASCII output (below) still writes regular expressions and comments as they are:
// escape what remains, so that every file is ASCII. (Source maps are not adjusted: on a line
// holding such a character, the columns after it are off by a few.)
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk(code) {
    return { code: code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  },
};

// The libraries akhbar runs on go into the bundle (natural's one small distance module only),
// which is why they are devDependencies: an install pulls nothing else (natural alone would
// bring ~75 MB of database clients), and resolving and loading each package from
// node_modules costs more start-up time than its code.
const bundled = [/^natural\//, /^franc-min\//, /^trigram-utils$/, /^n-gram$/, /^collapse-white-space$/, /^ts-pattern$/];

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
    noExternal: bundled,
    // ASCII source: one non-Latin-1 character makes V8 hold and scan the whole file at two
    // bytes a character. The bundled data stores its Arabic as ASCII (src/dictionary/ascii.ts)
    // but for the few strings needed at once, which the \u escapes give the parser to decode.
    esbuildOptions(o) {
      o.charset = 'ascii';
    },
    plugins: [asciiOnly],
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    noExternal: bundled,
    esbuildOptions(o) {
      o.charset = 'ascii';
    },
    plugins: [asciiOnly],
  },
]);
