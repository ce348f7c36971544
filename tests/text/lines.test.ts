import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AkhbarDocument, isSpace } from '../../src/doc/document.js';

const lines = (s: string) => new AkhbarDocument(s, 'ar').lines.map((l) => s.slice(l.start, l.end));
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085'];

describe('document lines', () => {
  it.each(BREAKS.map((b) => [JSON.stringify(b), b]))('break at %s', (_, b) => {
    expect(lines(`قال الوزير (الأول)${b}بيروت ـ أعلنت الحكومة${b}${b}  Third line  `)).toEqual(['قال الوزير (الأول)', 'بيروت ـ أعلنت الحكومة', 'Third line']);
  });

  it('every kind of break splits as a line feed does (property)', () => {
    const piece = fc.constantFrom('قال', 'بيروت', '(ب)', 'ة', 'word', ' ', '.', '،');
    fc.assert(fc.property(fc.array(fc.tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom(...BREAKS))), (parts) => {
      const text = parts.map(([ws, b]) => ws.join('') + b).join('');
      const lf = parts.map(([ws]) => ws.join('') + '\n').join('');
      return JSON.stringify(lines(text)) === JSON.stringify(lines(lf));
    }), { numRuns: 200 });
  });

  it('lines and their tokens are those of a plain split at every break (property)', () => {
    // Written apart from the document's own line finder: split at each break, trim, drop blank
    // lines, and give each line the tokens inside it.
    const reference = (doc: AkhbarDocument) => {
      const out: [number, number, number, number][] = [];
      const t = doc.tokens, text = doc.text;
      let from = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i < text.length && !/[\n\r\u2028\u2029\u0085]/.test(text[i])) continue;
        let s = from, e = i;
        while (s < e && isSpace(text.charCodeAt(s))) s++;
        while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
        from = i + 1;
        if (e === s) continue;
        let a = 0;
        while (a < t.count && t.end(a) <= s) a++;
        let b = a;
        while (b < t.count && t.start(b) < e) b++;
        out.push([s, e, a, b]);
      }
      return out;
    };
    const piece = fc.constantFrom('قال', 'بيروت', 'word', 'U.S.', ' ', '  ', '.', '...', '؟', '!', '،', '\u200b', '\ufeff', '\u00a0', '\u200f', 'ـ', '\u064e', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const doc = new AkhbarDocument(parts.join(''), 'ar');
      expect(doc.lines.map((l) => [l.start, l.end, l.tokenStart, l.tokenEnd])).toEqual(reference(doc));
      // Every line's first token starts a sentence.
      const starts = new Set(doc.sentences);
      for (const l of doc.lines) if (l.tokenEnd > l.tokenStart) expect(starts.has(l.tokenStart)).toBe(true);
    }), { numRuns: 500 });
  });

  it('sentences of a document stay as they were while others are read (buffers are reused)', () => {
    const first = new AkhbarDocument('أعلنت الحكومة خطة جديدة. وقال الوزير إنها تبدأ غدا.\nThe plan starts in 2027. It ends in 2030.', 'ar');
    const before = Array.from(first.sentences);
    new AkhbarDocument('نص آخر. '.repeat(500), 'ar');
    expect(Array.from(first.sentences)).toEqual(before);
  });
});
