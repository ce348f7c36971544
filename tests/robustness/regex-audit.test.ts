import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every regular expression literal in src/ is run over long runs of its own characters, with
// and without a failing tail; the time must stay linear (4× the input, at most ~8× the time)
// and small. Patterns built at run time from data (the date patterns) have their own test.
const root = fileURLToPath(new URL('../..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'generated' ? [] : files(p)) : p.endsWith('.ts') ? [p] : [];
  });

function literals(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const file of files(join(root, 'src'))) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(src);
        const cut = text.lastIndexOf('/');
        const flags = text.slice(cut + 1).replace('g', '').replace('y', '');
        out.push({ where: `${relative(root, file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${text.slice(0, 60)}`, re: new RegExp(text.slice(1, cut), flags + 'g') });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

/** The characters a pattern names, plus a few of each class it may use. */
function atoms(re: RegExp): string[] {
  const chars = new Set<string>();
  for (const ch of re.source.replace(/\\[a-zA-Z]/g, '')) if (!'\\^$.*+?()[]{}|-'.includes(ch)) chars.add(ch);
  for (const ch of ['a', 'A', 'ا', 'ل', '1', '١', ' ', '\n', '.', ':', '"', '«', '/', '-', 'ـ']) chars.add(ch);
  return [...chars];
}

/** Time to find every match, the best of three runs so that a busy machine does not fail the test. */
function work(re: RegExp, s: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    let n = 0;
    re.lastIndex = 0;
    for (const _ of s.matchAll(re)) if (++n > 1e6) break;
    best = Math.min(best, performance.now() - t0);
    if (best < 1) break;
  }
  return best;
}

describe('regular expressions are safe from catastrophic backtracking', () => {
  const all = literals();
  it('finds the patterns of the source', () => expect(all.length).toBeGreaterThan(30));
  it.each(all.map((x) => [x.where, x.re] as const))('%s', (_, re) => {
    const units = atoms(re).flatMap((a) => [a, a + ' ', 'ا' + a]);
    for (const unit of units) {
      // A long run, then a character that makes the match fail at the very end.
      for (const tail of ['', '!', '\u0000']) {
        // Exponential backtracking first, on inputs short enough to finish: 24 units must be instant.
        const tiny = work(re, unit.repeat(24) + tail);
        expect(tiny, `${JSON.stringify(unit + tail)} ×24 backtracks exponentially`).toBeLessThan(50);
        const small = unit.repeat(Math.ceil(5_000 / unit.length)) + tail;
        const big = unit.repeat(Math.ceil(20_000 / unit.length)) + tail;
        const tSmall = work(re, small), tBig = work(re, big);
        expect(tBig, `${JSON.stringify(unit + tail)} ×20000`).toBeLessThan(250);
        expect(tBig, `${JSON.stringify(unit + tail)} grows faster than linear`).toBeLessThan(tSmall * 8 + 25);
      }
    }
  });
});
