// Per-token features of English text (src/lang/en/features.ts), checked against the line
// verdicts written out plainly: a line is all-caps text when a word is in capitals and none has
// a lower-case letter, and Title Case when two words of four letters or more are capitalized
// and none of four letters or more is in lower case.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AkhbarDocument } from '../../src/doc/document.js';
import { EnglishFeatures, Shape } from '../../src/lang/en/features.js';

/** The verdicts of each line from the shapes, one line at a time. */
function lineVerdicts(doc: AkhbarDocument, f: EnglishFeatures): { caps: boolean; title: boolean; a: number; b: number }[] {
  const t = doc.tokens;
  return doc.lines.map((line) => {
    let upper = 0, lower = 0, cap = 0, small = 0;
    for (let i = line.tokenStart; i < line.tokenEnd; i++) {
      const s = f.shape[i];
      const long = t.end(i) - t.start(i) >= 4;
      if (s === Shape.Upper) upper++;
      if (s === Shape.Lower || s === Shape.Capital) lower++;
      if (s === Shape.Capital && long) cap++;
      if (s === Shape.Lower && long) small++;
    }
    return { caps: upper > 0 && lower === 0, title: cap >= 2 && small === 0, a: line.tokenStart, b: line.tokenEnd };
  });
}

const WORDS = ['BREAKING', 'NEWS', 'UN', 'I', 'a', 'of', 'said', 'today', 'minister', 'Minister', 'Ahmed', 'Saleh', 'Reuters', 'Talks', 'Open', ',', '.', '-', '12', '\n', '\n', '\n'];

describe('EnglishFeatures line verdicts', () => {
  it('marks all-caps and Title Case lines as the shapes of their own words say (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const doc = new AkhbarDocument(text, 'en');
        const f = new EnglishFeatures(doc);
        for (const v of lineVerdicts(doc, f)) {
          for (let i = v.a; i < v.b; i++) {
            if ((f.titleText[i] === 1) !== v.title) return false;
            // (A run of shouted words inside a mixed line is all-caps text too: only all-caps lines are checked both ways.)
            if (v.caps && f.capsText[i] !== 1) return false;
          }
        }
        return true;
      }),
      { numRuns: 1500 },
    );
  });
  it('reads a line that starts with a lower-case word apart from the all-caps line before it', () => {
    const doc = new AkhbarDocument('BREAKING NEWS\nthe minister said', 'en');
    const f = new EnglishFeatures(doc);
    expect(Array.from(f.capsText.subarray(0, doc.tokens.count))).toEqual([1, 1, 0, 0, 0]);
  });
});
