import { describe, expect, it } from 'vitest';
import { buildMatchView } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { sentenceStarts } from '../../src/text/sentences.js';

function sentences(s: string): string[] {
  const t = tokenize(buildMatchView(s));
  const st = sentenceStarts(t);
  const out: string[] = [];
  for (let k = 0; k + 1 < st.length; k++) out.push(s.slice(t.start(st[k]), t.end(st[k + 1] - 1)));
  return out;
}

describe('sentenceStarts', () => {
  it('splits Arabic sentences at . ؟ ؛ and line breaks', () => {
    expect(sentences('قال الوزير إن الوضع صعب. وأضاف أنه متفائل؟ نعم؛ ربما\nسطر آخر')).toEqual([
      'قال الوزير إن الوضع صعب.', 'وأضاف أنه متفائل؟', 'نعم؛', 'ربما', 'سطر آخر',
    ]);
  });
  it('does not split after English abbreviations and initials', () => {
    expect(sentences('Mr. Smith met Dr. Jones in the U.S. capital. Then he left.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital.', 'Then he left.',
    ]);
  });
  it('does not split inside an Arabic agency abbreviation', () => expect(sentences('أ.ف.ب تقول')).toHaveLength(1));
  it('keeps a closing quote with its sentence', () => expect(sentences('قال: "نعم." ثم غادر.')).toEqual(['قال: "نعم."', 'ثم غادر.']));
  it('is empty for no tokens', () => expect(sentences('   ')).toEqual([]));
});
