/**
 * Node-only helpers: reading files and streams. The main entry (`akhbar`) stays
 * free of Node built-ins so that it runs in a browser.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { createExtractor, type Extractor } from './pipeline/extractor.js';
import type { ExtractorOptions } from './pipeline/options.js';
import type { ArticleResult } from './types.js';

export * from './index.js';

/**
 * Reads a UTF-8 text file (`-` reads standard input) and extracts from it.
 * @throws Error with a readable message when the file is missing or unreadable.
 */
export async function extractFile(path: string, options?: ExtractorOptions | Extractor): Promise<ArticleResult> {
  if (typeof path !== 'string' || path === '') throw new TypeError(`extractFile: argument "path" must be a non-empty string`);
  const text = await readTextFile(path);
  const ex = options && 'extract' in options && typeof options.extract === 'function' ? options : createExtractor(options as ExtractorOptions | undefined);
  return ex.extract(text);
}

/** Reads a UTF-8 text file, or standard input for `-`, as Node's `readFile(path, 'utf8')` gives it (offsets refer to that string). */
export async function readTextFile(path: string): Promise<string> {
  let text: string;
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      throw new Error(`cannot read ${path}: ${why}`);
    }
  }
  return text;
}
