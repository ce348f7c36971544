import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatchView, normalize } from '../../src/text/normalize.js';
import { tokenize, TokenKind, TokenFlag } from '../../src/text/tokenize.js';

const toks = (s: string) => {
  const t = tokenize(buildMatchView(s));
  return Array.from({ length: t.count }, (_, i) => ({ norm: t.norm(i), text: s.slice(t.start(i), t.end(i)), kind: t.kind[i], flags: t.flags[i] }));
};

describe('tokenize', () => {
  it('splits Arabic words, Latin words, numbers and punctuation', () => {
    const t = toks('قال: "في عام 2006، تدريب" RT ١٢٣.');
    expect(t.map((x) => x.text)).toEqual(['قال', ':', '"', 'في', 'عام', '2006', '،', 'تدريب', '"', 'RT', '١٢٣', '.']);
    expect(t.map((x) => x.kind)).toEqual([1, 4, 4, 1, 1, 3, 4, 1, 4, 2, 3, 4].map((k) => k as TokenKind));
  });
  it('keeps diacritics inside the original span of the word', () => {
    const t = toks('تحذيرًا شديد');
    expect(t[0]).toMatchObject({ norm: 'تحذيرا', text: 'تحذيرًا' });
  });
  it('joins a tatweel-stretched word', () => expect(toks('الـرئيس')[0].text).toBe('الـرئيس'));
  it('reads decimal and grouped numbers as one token', () => {
    expect(toks('3.5 و 1,000').map((x) => x.text)).toEqual(['3.5', 'و', '1,000']);
  });
  it('marks line starts and spaces', () => {
    const t = toks('أ ب\nج');
    expect(t[0].flags & TokenFlag.LineStart).toBeTruthy();
    expect(t[1].flags & TokenFlag.SpaceBefore).toBeTruthy();
    expect(t[2].flags & TokenFlag.LineStart).toBeTruthy();
  });
  it('keeps a surrogate pair whole', () => expect(toks('a😀b').map((x) => x.text)).toEqual(['a', '😀', 'b']));
  it('covers the text without overlap, in order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const t = tokenize(buildMatchView(s));
        let prevEnd = 0;
        for (let i = 0; i < t.count; i++) {
          const a = t.start(i), b = t.end(i);
          if (a < prevEnd || b <= a || b > s.length) return false;
          if (/\S/.test(normalize(s.slice(prevEnd, a)).replace(/\u0085/g, ""))) { // NEL is a line break that JavaScript's \s omits
            // only whitespace, invisible characters and stray marks may fall between tokens
            return false;
          }
          prevEnd = b;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
