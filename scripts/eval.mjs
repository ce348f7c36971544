#!/usr/bin/env node
// Accuracy on the shared evaluation material: article pages (score-articles.mjs)
// and token-level NER corpora (ner-predict.mjs + score-ner.mjs), all through the
// built package (dist/index.js). Set AKHBAR_EVAL_DIR to point elsewhere than ../shared/eval.
import { existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const evalDir = resolve(process.env.AKHBAR_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const moduleFile = join(root, 'dist', 'index.js');
const only = process.argv.slice(2); // e.g. `npm run eval -- articles anercorp`

if (!existsSync(join(evalDir, 'score-articles.mjs'))) {
  console.error(`eval: the evaluation material is not at ${evalDir}.\n` +
    'It lives in ../shared/eval beside the repository (or set AKHBAR_EVAL_DIR). Nothing was measured.');
  process.exit(2);
}
if (!existsSync(moduleFile)) {
  console.error('eval: dist/index.js is missing; run `npm run build` first (npm run eval does).');
  process.exit(2);
}

const want = (name) => only.length === 0 || only.includes(name);
const tmp = mkdtempSync(join(tmpdir(), 'akhbar-eval-'));
let failed = false;
const node = (args) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) failed = true;
  return (r.stdout ?? '') + (r.stderr ?? '');
};
const lastLine = (s, prefix) => s.trim().split('\n').reverse().find((l) => l.startsWith(prefix)) ?? `${prefix} (missing)`;

if (want('articles')) {
  console.log('== article pages: articles/dev ==');
  console.log(node([join(evalDir, 'score-articles.mjs'), '--dir', join(evalDir, 'articles', 'dev'), '--module', moduleFile, '--json', join(tmp, 'articles.json')]).trimEnd());
  console.log();
}

if (want('dictionaries')) {
  // The same pages with the rules off: what the dictionaries find alone.
  const only = node([join(evalDir, 'score-articles.mjs'), '--dir', join(evalDir, 'articles', 'dev'), '--module', join(root, 'scripts', 'eval-modules', 'dictionaries-only.mjs')]);
  const pick = (k) => only.split('\n').find((l) => l.startsWith(k)) ?? `${k} (missing)`;
  console.log('== article pages, dictionaries alone (rules off) ==');
  console.log([pick('entityF1'), pick('personF1'), pick('placeF1'), pick('organizationF1')].join('\n'));
  console.log();
}

const corpora = [
  ['anercorp', 'anercorp.dev.jsonl'],
  ['newsfane', 'newsfane.dev.jsonl'],
  ['wojood', 'wojood-sample.dev.jsonl'],
  ['conll2003', 'conll2003.dev.jsonl'],
];
const nerLines = [];
for (const [name, file] of corpora) {
  const gold = join(evalDir, 'ner', file);
  if (!want(name) || !existsSync(gold)) continue;
  const pred = join(tmp, `${name}.pred.jsonl`);
  const p = node([join(evalDir, 'ner-predict.mjs'), '--module', moduleFile, '--gold', gold, '--out', pred]);
  const s = node([join(evalDir, 'score-ner.mjs'), gold, pred]);
  console.log(`== NER: ${file} ==`);
  console.log(p.trim());
  console.log(s.trimEnd());
  console.log();
  nerLines.push(`${name.padEnd(10)} ${lastLine(s, 'F1')}`);
  if (name === 'conll2003') {
    // The peer on the same English corpus, through the same scripts, in the same run.
    const peer = join(root, 'scripts', 'peers', 'compromise-adapter.mjs');
    const ppred = join(tmp, `${name}.compromise.pred.jsonl`);
    const pp = node([join(evalDir, 'ner-predict.mjs'), '--module', peer, '--gold', gold, '--out', ppred]);
    const ps = node([join(evalDir, 'score-ner.mjs'), gold, ppred]);
    console.log(`== NER: ${file} with compromise (peer) ==`);
    console.log(pp.trim());
    console.log(ps.trimEnd());
    console.log();
    const ours = Number(lastLine(s, 'F1').split(' ')[1]), theirs = Number(lastLine(ps, 'F1').split(' ')[1]);
    nerLines.push(`${'compromise'.padEnd(10)} ${lastLine(ps, 'F1')}   (akhbar − compromise: ${(ours - theirs).toFixed(2)} points)`);
  }
}
if (nerLines.length) {
  console.log('== NER summary (PER+LOC+ORG) ==');
  console.log(nerLines.join('\n'));
}
console.log(`\ndetails: ${tmp}`);
process.exit(failed ? 1 : 0);
