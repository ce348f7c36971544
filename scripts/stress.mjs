#!/usr/bin/env node
// Adversarial inputs through the built package: each must finish in linear time
// with valid offsets. Prints time per MB for each case, the growth from 1× to 16×
// the text, and memory on a 32 MB document. Exits non-zero on any failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { badSpans } from './lib/spans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) { console.error('stress: dist/index.js is missing; run `npm run build`'); process.exit(2); }
const { createExtractor } = await import(pathToFileURL(dist).href);
const ex = createExtractor();
const MB = 1 << 20;
const fill = (unit, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const CASES = [
  ['1 MB of "', () => fill('"')],
  ['unmatched « by the thousand', () => fill('قال: «نص بلا إغلاق ')],
  ['every quote mark mixed', () => fill('“”«»„‟"\'‘’‹›「」 ')],
  ['a 1 MB word with no spaces', () => fill('ابتثجحخدذرزسشصضطظعغفقكلمنهوي')],
  ['1 MB of clitic letters', () => fill('وبالل')],
  ['a million newlines', () => fill('\n')],
  ['قال: repeated', () => fill('قال: ')],
  ['titles with no names', () => fill('الرئيس وزير الخارجية الأمين العام ')],
  ['Eastern digits and slashes', () => fill('١٢/٣٤/٥٦٧٨ / ')],
  ['lone surrogates, NUL, marks, tatweel', () => fill('\ud800a\udc00\u0000\u200f\u202eـًٌٍَُِّْ ')],
  ['dates everywhere', () => fill('الإثنين، 24 أغسطس 2020 09:56 ص 25 شوال 1436 هـ ')],
  ['English caps and quotes', () => fill('"SAID," SAID THE U.S. SAID "')],
];

/** Bad spans, plus quotes that run past their paragraph. */
function check(text, r) {
  return badSpans(text, r).length + r.quotes.filter((q) => q.text.text.includes('\n')).length;
}

let failures = 0;
const time = (fn) => { const t0 = performance.now(); const r = fn(); return [performance.now() - t0, r]; };
console.log('case'.padEnd(40) + 'ms/MB'.padStart(10) + '  ×16 time'.padStart(12) + '  offsets');
for (const [name, make] of CASES) {
  const one = make();
  const sixteenthOfOne = one.slice(0, one.length >> 4);
  let msSmall, msBig, bad = 0;
  try {
    ex.extract(sixteenthOfOne); // warm-up
    // Best of three small runs and two big ones, so that collector pauses do not decide the ratio.
    msSmall = Math.min(...[0, 1, 2].map(() => time(() => ex.extract(sixteenthOfOne))[0]));
    let r;
    [msBig, r] = time(() => ex.extract(one));
    bad = check(one, r);
    msBig = Math.min(msBig, time(() => ex.extract(one))[0]);
  } catch (e) {
    console.log(`${name.padEnd(40)} FAILED: ${e?.message ?? e}`);
    failures++;
    continue;
  }
  // Timer noise dominates below a few milliseconds: count the small run as at least 5 ms.
  const ratio = msBig / Math.max(msSmall, 5);
  const ok = bad === 0 && ratio <= 20;
  if (!ok) failures++;
  console.log(`${name.padEnd(40)}${msBig.toFixed(0).padStart(10)}${ratio.toFixed(1).padStart(12)}  ${bad === 0 ? 'ok' : `${bad} bad`}${ok ? '' : '  FAIL'}`);
}

// 16× the text takes at most 20× the time.
// Measured before the 32 MB case, whose result would otherwise sit in the heap and slow the collector.
const page = 'الخارجية الروسية تحذر من توسيع النفوذ\nموسكو-سانا\nقال وزير الخارجية إن "الوضع صعب" وأكد أن المحادثات مستمرة في جنيف.\n';
const base = fill(page, MB / 4);
const x16 = fill(page, 4 * MB);
ex.extract(base);
// Best of three for the short run, of two for the long one: timer and collector noise aside.
const t1 = Math.min(...[0, 1, 2].map(() => time(() => ex.extract(base))[0]));
const t16 = Math.min(...[0, 1].map(() => time(() => ex.extract(x16))[0]));
const growth = t16 / t1;
console.log(`16× the text: ${t1.toFixed(0)} ms → ${t16.toFixed(0)} ms = ${growth.toFixed(1)}× the time${growth <= 20 ? '' : '  FAIL'}`);
if (growth > 20) failures++;

// A 32 MB document of real-looking text: completes, memory stays bounded.
const big = fill(page, 32 * MB);
const before = process.memoryUsage().rss;
const [ms32, r32] = time(() => ex.extract(big));
const peak = process.memoryUsage().rss;
const bad32 = check(big, r32);
const perMB = ms32 / 32;
console.log(`\n32 MB document: ${(ms32 / 1000).toFixed(1)} s (${perMB.toFixed(0)} ms/MB), RSS ${(before / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB, offsets ${bad32 ? `${bad32} bad` : 'ok'}`);
if (bad32) failures++;

console.log(`\nstress: ${failures} failed`);
process.exit(failures ? 1 : 0);
