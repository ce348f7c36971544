#!/usr/bin/env node
// Speed and scale of the built package, measured side by side in one process:
// end-to-end throughput for Arabic and English, the floor (one regex tokenizing
// pass over the same text) and compromise on the same English text, start-up in
// a fresh child process, memory, and how time grows with text and dictionary size.
// Text comes from ../shared/eval (set AKHBAR_EVAL_DIR to point elsewhere).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const evalDir = resolve(process.env.AKHBAR_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) { console.error('bench: dist/index.js is missing; run `npm run build`'); process.exit(2); }
if (!existsSync(join(evalDir, 'ner'))) { console.error(`bench: no evaluation text at ${evalDir} (set AKHBAR_EVAL_DIR)`); process.exit(2); }

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Runs of compromise (odd, so that the median is one of them). */
const COMPROMISE_RUNS = 3;
/** Rounds of the text-size and dictionary-size pairs: short jobs, so more rounds steady their ratios. */
const SCALE_RUNS = Math.max(RUNS, 15);
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 2000);
const DOC_CHARS = 3000;

// ---- text: dev pages and NER sentences joined into ~3 KB documents ----
function nerSentences(file) {
  const p = join(evalDir, 'ner', file);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).tokens.join(' '));
}
function pages(lang) {
  const dir = join(evalDir, 'articles', 'dev');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json'))
    .filter((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).language === lang)
    .map((f) => readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8'));
}
function documents(sentences, extra) {
  const docs = [...extra];
  let cur = '';
  for (const s of sentences) {
    cur += (cur ? '\n' : '') + s;
    if (cur.length >= DOC_CHARS) { docs.push(cur); cur = ''; }
  }
  if (cur) docs.push(cur);
  return docs;
}
const arDocs = documents([...nerSentences('anercorp.dev.jsonl'), ...nerSentences('newsfane.dev.jsonl')], pages('ar'));
const enDocs = documents(nerSentences('conll2003.dev.jsonl'), pages('en'));
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const countTokens = (docs) => docs.reduce((n, d) => n + (d.match(TOKEN)?.length ?? 0), 0);
const countChars = (docs) => docs.reduce((n, d) => n + d.length, 0);

// ---- timing ----
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/**
 * Runs a job until the JIT has settled: at least WARM_MS and two runs. English takes
 * ~1.5 s of passes to reach its steady speed (one pass of warm-up left it at 1.7× that),
 * and a pipeline over millions of articles runs at its steady speed.
 */
function warmUp(fn) {
  const t0 = performance.now();
  for (let r = 0; r < 2 || performance.now() - t0 < WARM_MS; r++) fn();
}
/** Runs a job after its warm-up and returns the median of its times. */
function time(fn, runs = RUNS) {
  warmUp(fn);
  const ts = [];
  for (let r = 0; r < runs; r++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
  return median(ts);
}
/**
 * Times two jobs in alternation and returns their medians and the median of the per-round
 * ratios b/a: load on a shared machine drifts, and alternating keeps both sides under the same.
 */
function timePair(fa, fb, runs = RUNS) {
  warmUp(() => { fa(); fb(); });
  const ta = [], tb = [], ratios = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now(); fa(); const a = performance.now() - t0;
    t0 = performance.now(); fb(); const b = performance.now() - t0;
    ta.push(a); tb.push(b); ratios.push(b / a);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}
const fmt = (n) => n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);
const row = (label, ...cols) => console.log(label.padEnd(34) + cols.map((c) => String(c).padStart(14)).join(''));

// ---- start-up in a fresh process ----
function startup() {
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(dist).href)});
    const t1 = performance.now();
    m.extract('قال وزير الخارجية إن الاجتماع كان مثمراً.');
    const t2 = performance.now();
    const rss = process.memoryUsage().rss;
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, rss }));`;
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  const base = JSON.parse(execFileSync(process.execPath, ['-e', 'console.log(JSON.stringify({ rss: process.memoryUsage().rss }))'], { encoding: 'utf8' }));
  return { importMs: median(runs.map((r) => r.importMs)), firstMs: median(runs.map((r) => r.firstMs)), rss: median(runs.map((r) => r.rss)), baseRss: base.rss };
}

const { extract, createExtractor } = await import(pathToFileURL(dist).href);
const compromise = await import(pathToFileURL(join(root, 'scripts', 'peers', 'compromise-adapter.mjs')).href);
const floor = (docs) => () => { let n = 0; for (const d of docs) for (const _ of d.matchAll(TOKEN)) n++; return n; };
const run = (ex, docs) => () => { for (const d of docs) ex(d); };

console.log(`akhbar bench — Node ${process.version}; after a warm-up of ≥ ${(WARM_MS / 1000).toFixed(1)} s, medians of ${RUNS} rounds in alternation with the floor (scale measures: ${SCALE_RUNS} rounds; ratios the medians of the rounds' ratios), compromise timed on its own (${COMPROMISE_RUNS} runs)\n`);
console.log(`Arabic: ${arDocs.length} documents, ${fmt(countChars(arDocs))} chars, ${fmt(countTokens(arDocs))} tokens`);
console.log(`English: ${enDocs.length} documents, ${fmt(countChars(enDocs))} chars, ${fmt(countTokens(enDocs))} tokens\n`);

const results = {};
row('', 'ms', 'tokens/s', 'chars/s', 'articles/s');
for (const [lang, docs] of [['ar', arDocs], ['en', enDocs]]) {
  const toks = countTokens(docs), chars = countChars(docs);
  const ex = createExtractor({ language: lang });
  // akhbar and the floor in alternation: the ratio is the median of the rounds' ratios.
  const vsFloor = timePair(run(ex.extract, docs), floor(docs));
  const ms = vsFloor.a, fl = vsFloor.b;
  results[lang] = { ms, fl, toks, floorRatio: 1 / vsFloor.ratio };
  row(`akhbar ${lang}`, ms.toFixed(0), fmt(toks / ms * 1000), fmt(chars / ms * 1000), fmt(docs.length / ms * 1000));
  row(`floor ${lang} (one regex pass)`, fl.toFixed(1), fmt(toks / fl * 1000), fmt(chars / fl * 1000), fmt(docs.length / fl * 1000));
  if (lang === 'en') {
    // Timed on its own after akhbar, not in alternation: the much garbage compromise leaves would be
    // collected in akhbar's time (that made akhbar look about 10% slower). Fewer rounds (a pass takes
    // seconds), but an odd number, so that the median is one of them.
    const cm = time(run(compromise.extract, docs), COMPROMISE_RUNS);
    results.compromise = { ms: cm, ratio: cm / ms };
    row('compromise en (people/places/orgs)', cm.toFixed(0), fmt(toks / cm * 1000), fmt(chars / cm * 1000), fmt(docs.length / cm * 1000));
  }
}
console.log('\nRatios');
console.log(`  akhbar ar / floor                 ${results.ar.floorRatio.toFixed(1)}× the floor's time`);
console.log(`  akhbar en / floor                 ${results.en.floorRatio.toFixed(1)}× the floor's time`);
console.log(`  compromise / akhbar en            akhbar is ${results.compromise.ratio.toFixed(1)}× faster`);
console.log(`  Arabic tokens/s per core          ${fmt(results.ar.toks / results.ar.ms * 1000)} (one thread)`);

// ---- scale with text size: one document of 1× and 10× ----
// Different documents of one kind (news text from the corpora, not the pages listed first),
// not one repeated: a repeated text would find every word cached.
const big1 = arDocs.slice(-100, -90).join('\n');
const big10 = arDocs.slice(-100).join('\n');
const ex = createExtractor();
const sizes = timePair(() => ex.extract(big1), () => ex.extract(big10), SCALE_RUNS);
const [t1, t10] = [sizes.a, sizes.b];
console.log(`\nText size: ${fmt(big1.length)} chars in ${t1.toFixed(1)} ms; ${fmt(big10.length)} chars (${(big10.length / big1.length).toFixed(1)}×) in ${t10.toFixed(1)} ms → ${sizes.ratio.toFixed(2)}× the time, ${(sizes.ratio / (big10.length / big1.length) * 10).toFixed(2)}× per 10× the text`);

// ---- scale with dictionary size: 10× synthetic extra entries ----
const base = createExtractor();
// The default dictionaries' size, counted from their files; the synthetic set is nine times
// this, so the extractor holds ten times the default entries.
const defaultCount = ['generated', 'people', 'organizations', 'places']
  .flatMap((dir) => readdirSync(join(root, 'dictionaries', dir)).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'dictionaries', dir, f)))
  .reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() && !l.includes('"patch"')).length, 0);
const synthetic = Array.from({ length: defaultCount * 9 }, (_, i) => ({
  id: `org:synthetic-${i}`, type: 'organization', name: `Synthetic ${i}`,
  names: { ar: `مؤسسة تجريبية ${i.toString(36)} ${(i * 7919).toString(36)}`, en: `Synthetic Body ${i}` },
}));
const tb0 = performance.now();
const large = createExtractor({ dictionaries: synthetic });
const buildMs = performance.now() - tb0;
const dicts = timePair(run(base.extract, arDocs.slice(0, 100)), run(large.extract, arDocs.slice(0, 100)), SCALE_RUNS);
console.log(`Dictionary size: ${fmt(defaultCount)} default + ${fmt(synthetic.length)} synthetic entries (compiled in ${buildMs.toFixed(0)} ms): ${dicts.a.toFixed(0)} ms → ${dicts.b.toFixed(0)} ms = ${dicts.ratio.toFixed(2)}× the time`);

// ---- start-up and memory ----
const s = startup();
console.log(`\nStart-up (fresh process): import ${s.importMs.toFixed(0)} ms + first extract ${s.firstMs.toFixed(0)} ms = ${(s.importMs + s.firstMs).toFixed(0)} ms`);
console.log(`Memory: RSS ${(s.rss / 2 ** 20).toFixed(0)} MB after loading the default dictionaries (bare Node: ${(s.baseRss / 2 ** 20).toFixed(0)} MB)`);
