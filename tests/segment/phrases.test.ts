import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { PhraseSet, phraseTokens } from '../../src/segment/phrases.js';
import { TokenKind, type TokenList } from '../../src/text/tokenize.js';

// Phrases written for this test: one-word, multi-word, and Latin words of seven letters or
// more, which also match the start of a longer glued token (`articlesFeed`).
const PHRASES = ['share', 'share on facebook', 'follow us', 'read more', 'articles', 'leave comments', 'تابعونا على', 'اقرأ أيضا'];
const WORDS = ['share', 'on', 'facebook', 'follow', 'us', 'read', 'more', 'articles', 'articlesfeed', 'leave', 'comments', 'commentsnow',
  'the', 'news', 'تابعونا', 'على', 'اقرأ', 'أيضا', 'الخبر'];

/** The longest phrase at token `i` by brute force: each phrase compared token by token. */
function reference(tokens: TokenList, i: number, limit: number): number | null {
  let best: number | null = null;
  for (const p of PHRASES) {
    const words = phraseTokens(p);
    if (i + words.length > limit) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const norm = tokens.norm(i + k);
      const last = k === words.length - 1;
      const glued = last && /^[a-z]{7,30}$/.test(words[k]) && tokens.kind[i + k] === TokenKind.Word && norm.length > 7 && norm.startsWith(words[k]);
      ok = norm === words[k] || glued;
    }
    if (ok && (best === null || i + words.length > best)) best = i + words.length;
  }
  return best;
}

describe('PhraseSet', () => {
  const set = new PhraseSet(PHRASES.map((p) => [p, p] as const));

  it('finds one-word, multi-word and glued phrases, the longest first', () => {
    const t = new AkhbarDocument('Share on Facebook | follow us | articlesFeed | leave commentsNow | share', 'en').tokens;
    const hits = set.findAll(t, 0, t.count).map((h) => h.value);
    expect(hits).toEqual(['share on facebook', 'follow us', 'articles', 'leave comments', 'share']);
  });

  it('passes over a word that opens a phrase when the next word cannot continue it', () => {
    const t = new AkhbarDocument('follow the news and read on', 'en').tokens;
    expect(set.mayMatchAt(t, 0, t.count)).toBe(false);
    expect(set.matchAt(t, 0, t.count)).toBeNull();
    expect(set.findAll(t, 0, t.count)).toEqual([]);
  });

  it('matches where brute force does, and mayMatchAt never rules out a match (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.nat(), (words, cut) => {
      const t = new AkhbarDocument(words.join(' '), 'en').tokens;
      const limit = 1 + (cut % t.count);
      for (let i = 0; i < limit; i++) {
        const hit = set.matchAt(t, i, limit);
        expect(hit?.end ?? null).toBe(reference(t, i, limit));
        if (hit) expect(set.mayMatchAt(t, i, limit)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
