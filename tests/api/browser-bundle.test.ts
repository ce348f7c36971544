import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

describe('the main entry is browser-safe', () => {
  it('bundles for the browser without any Node built-in', async () => {
    const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const seen: string[] = [];
    const res = await build({
      entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [{
        name: 'no-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (nodeOnly.has(args.path)) seen.push(`${args.path} (from ${args.importer})`);
            return undefined;
          });
        },
      }],
    });
    expect(seen).toEqual([]);
    expect(res.errors).toEqual([]);
    expect(res.outputFiles[0].text.length).toBeGreaterThan(1000);
  });
});
