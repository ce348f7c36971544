import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchView } from '../../src/text/normalize.js';
import { tokenize, type TokenList } from '../../src/text/tokenize.js';

const tokens = (s: string) => tokenize(buildMatchView(s));
const snapshot = (t: TokenList) => Array.from({ length: t.count }, (_, i) => [t.norm(i), t.word[i], t.start(i), t.end(i), t.kind[i], t.flags[i]]);

describe('word ids', () => {
  it('give one id to every token of one word, across documents, and its string back', () => {
    const a = tokens('قال الوزير إن الوزير قال');
    const b = tokens('الوزير قال');
    expect(a.word[1]).toBe(a.word[3]);
    expect(a.word[0]).toBe(a.word[4]);
    expect(b.word[0]).toBe(a.word[1]);
    expect(b.word[1]).toBe(a.word[0]);
    expect(a.words.words[a.word[1]]).toBe('الوزير');
  });

  it('tell apart words that share their first code units, short and long (kept apart from the table)', () => {
    // Nine to thirteen letters: on either side of what a table slot holds in place.
    const words = ['internati', 'internatio', 'internation', 'internationa', 'international', 'internationalx'];
    const t = tokens([...words, ...words].join(' '));
    const ids = words.map((_, k) => t.word[k]);
    expect(new Set(ids).size).toBe(words.length);
    words.forEach((w, k) => {
      expect(t.norm(k)).toBe(w);
      expect(t.word[k + words.length]).toBe(ids[k]);
    });
  });

  it('ids are equal exactly when the normalized words are (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', 'س', 'ل', 'ا', 'م'), minLength: 1, maxLength: 14 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (ws) => {
      const t = tokens(ws.join(' '));
      const byWord = new Map<string, number>();
      for (let i = 0; i < t.count; i++) {
        const w = t.norm(i);
        if (!byWord.has(w)) byWord.set(w, t.word[i]);
        if (byWord.get(w) !== t.word[i] || t.words.words[t.word[i]] !== w) return false;
      }
      return new Set(byWord.values()).size === byWord.size;
    }), { numRuns: 300 });
  });

  it('a document keeps its tokens and offsets while others are read (buffers are reused between documents)', () => {
    const first = 'أعلنت الحكومة اليوم خطة جديدة.\nThe plan starts in 2027.';
    const t = tokens(first);
    const before = snapshot(t);
    const view = buildMatchView(first);
    const starts = Array.from(view.starts);
    tokens('نص آخر أطول بكثير من الأول، فيه كلمات كثيرة لم ترد في النص الأول ' + 'وكلمات أخرى '.repeat(200));
    tokens('x');
    expect(snapshot(t)).toEqual(before);
    expect(Array.from(view.starts)).toEqual(starts);
    expect(t.count).toBe(before.length);
  });
});
