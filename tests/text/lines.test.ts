import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';

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

  it('sentences of a document stay as they were while others are read (buffers are reused)', () => {
    const first = new AkhbarDocument('أعلنت الحكومة خطة جديدة. وقال الوزير إنها تبدأ غدا.\nThe plan starts in 2027. It ends in 2030.', 'ar');
    const before = Array.from(first.sentences);
    new AkhbarDocument('نص آخر. '.repeat(500), 'ar');
    expect(Array.from(first.sentences)).toEqual(before);
  });
});
