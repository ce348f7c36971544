#!/usr/bin/env node
// Fuzzing the built package: fast-check strings that mix fragments of the real
// pages in ../shared/eval with junk code units (lone surrogates, NUL, direction
// marks, every quote mark, clitic letters). Every run must not throw, must give
// valid offsets, and must give the same result twice. Prints a table and exits
// non-zero on any failure. FUZZ_RUNS sets the number of cases (default 100,000).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { badSpans } from './lib/spans.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) { console.error('fuzz: dist/index.js is missing; run `npm run build`'); process.exit(2); }
const evalDir = resolve(process.env.AKHBAR_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const { createExtractor } = await import(pathToFileURL(dist).href);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);

// Fragments of real pages (lines and pieces of lines); the project's own sample when the eval text is absent.
const pagesDir = join(evalDir, 'articles', 'dev');
const pages = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(pagesDir, f), 'utf8'))
  : [readFileSync(join(root, 'examples', 'sample-ar.txt'), 'utf8')];
const lines = pages.flatMap((p) => p.split('\n')).filter((l) => l.trim());
const JUNK = ['\ud800', '\udfff', '\u0000', '\u200f', '\u202e', '\ufeff', 'ـ', 'ً', '«', '»', '“', '”', '"', '„', '‘', '’', 'و', 'ب', 'ال', 'لل', '\n', '\r\n', ':', '،', '؟', '.', ' ', '١', '/', 'هـ'];

const fragment = fc.tuple(fc.integer({ min: 0, max: lines.length - 1 }), fc.nat(), fc.nat()).map(([i, a, b]) => {
  const l = lines[i];
  const x = a % (l.length + 1), y = b % (l.length + 1);
  return l.slice(Math.min(x, y), Math.max(x, y));
});
const text = fc.array(fc.oneof(
  { weight: 4, arbitrary: fragment },
  { weight: 2, arbitrary: fc.constantFrom(...lines) },
  { weight: 3, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
), { maxLength: 30 }).map((parts) => parts.join(''));

function problems(t, r) {
  const bad = badSpans(t, r);
  return bad.length ? `${bad.length} spans with wrong offsets, e.g. ${JSON.stringify(bad[0])}` : null;
}

const ex = createExtractor();
const counts = { cases: 0, throws: 0, offsets: 0, nondeterministic: 0 };
const t0 = performance.now();
let firstFailure = null;
fc.assert(fc.property(text, (t) => {
  counts.cases++;
  let r1, r2;
  try { r1 = ex.extract(t); r2 = ex.extract(t); } catch (e) { counts.throws++; firstFailure ??= { t, why: String(e?.stack ?? e) }; return true; }
  const p = problems(t, r1);
  if (p) { counts.offsets++; firstFailure ??= { t, why: p }; }
  if (JSON.stringify(r1) !== JSON.stringify(r2)) { counts.nondeterministic++; firstFailure ??= { t, why: 'two runs differ' }; }
  return true;
}), { numRuns: RUNS });
const secs = (performance.now() - t0) / 1000;

console.log(`fuzz: ${counts.cases} cases in ${secs.toFixed(1)} s (${(counts.cases / secs).toFixed(0)} cases/s)`);
console.log(`  throws            ${counts.throws}`);
console.log(`  offset errors     ${counts.offsets}`);
console.log(`  nondeterministic  ${counts.nondeterministic}`);
const failed = counts.throws + counts.offsets + counts.nondeterministic;
if (firstFailure) console.log(`first failure: ${firstFailure.why}\ninput: ${JSON.stringify(firstFailure.t).slice(0, 400)}`);
console.log(`fuzz: ${failed} failed`);
process.exit(failed ? 1 : 0);
