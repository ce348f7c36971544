#!/usr/bin/env node
// Results must not depend on which documents an extractor read before: the caches kept
// across documents (per word, per record, per lexicon) may only make work cheaper. Extracts
// the development pages and the NER sentences (in 10-sentence documents) of ../shared/eval
// in order, then shuffled with a second, English extractor interleaved on a fresh
// extractor, then in reverse through the default one, and counts results that differ.
// Prints one line and exits non-zero on any difference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) { console.error('order: dist/index.js is missing; run `npm run build`'); process.exit(2); }
const evalDir = resolve(process.env.AKHBAR_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
if (!existsSync(evalDir)) { console.error(`order: ${evalDir} is missing`); process.exit(2); }

const texts = [];
const pagesDir = join(evalDir, 'articles', 'dev');
for (const f of readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(pagesDir, f), 'utf8'));
const nerDir = join(evalDir, 'ner');
for (const f of readdirSync(nerDir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const sentences = readFileSync(join(nerDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).tokens.join(' '));
  for (let c = 0; c < sentences.length; c += 10) texts.push(sentences.slice(c, c + 10).join('\n'));
}

const { createExtractor, extract } = await import(pathToFileURL(dist).href);
const first = createExtractor();
const expected = texts.map((t) => JSON.stringify(first.extract(t)));

// A fixed shuffle (linear congruential), so that a failure can be replayed.
const order = texts.map((_, i) => i);
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }

let differ = 0;
const fresh = createExtractor();
const english = createExtractor({ language: 'en' });
for (const i of order) {
  english.extract(texts[(i * 31) % texts.length]);
  if (JSON.stringify(fresh.extract(texts[i])) !== expected[i]) differ++;
}
for (let i = texts.length - 1; i >= 0; i--) if (JSON.stringify(extract(texts[i])) !== expected[i]) differ++;
console.log(`order: ${texts.length} texts, ${differ} results that depend on what was read before`);
process.exit(differ ? 1 : 0);
