import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { lineFeatures, repeatsOf, sameKey } from '../../src/segment/features.js';

// How often a line repeats (a site's recurring title, a footer): counted per key length on
// first ask. These tests compare the count with every pair of lines compared by sameKey.

/** Per line, the lines of the page with the same key, counted pair by pair. */
function bruteRepeats(text: string): { counted: number[]; expected: number[] } {
  const features = lineFeatures(new AkhbarDocument(text, 'ar'));
  const expected = features.map((f) => features.filter((g) => sameKey(f, g)).length);
  // Asked in an order that is not the lines' own: a later ask must not disturb an earlier count.
  const counted = new Array<number>(features.length);
  for (let k = features.length - 1; k >= 0; k -= 2) counted[k] = repeatsOf(features[k]);
  for (let k = features.length - 2; k >= 0; k -= 2) counted[k] = repeatsOf(features[k]);
  return { counted, expected };
}

const LONG = 'أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في المدن الكبرى، تشمل خطوط حافلات وقطارات خفيفة ومحطات حديثة، على أن يبدأ التنفيذ مطلع العام المقبل وينتهي خلال ثلاث سنوات. وقال وزير النقل في مؤتمر صحفي إن الخطة ستخفف الازدحام في ساعات الذروة وتقلل الانبعاثات.';

describe('how often a line repeats', () => {
  it('counts a short title repeated among lines of other lengths', () => {
    const lines = ['أخبار محلية', LONG, 'أخبار محلية', 'رياضة', LONG + ' وأضاف المتحدث', 'أخبار محلية', 'اقتصاد'];
    const { counted } = bruteRepeats(lines.join('\n'));
    expect(counted).toEqual([3, 2, 3, 1, 2, 3, 1]);
  });

  it('counts paragraphs that share their first 200 characters as one key', () => {
    expect(LONG.length).toBeGreaterThan(200);
    const { counted } = bruteRepeats([LONG, `${LONG} نص آخر`, 'سطر قصير'].join('\n'));
    expect(counted).toEqual([2, 2, 1]);
  });

  it('agrees with a pair-by-pair count on any page', () => {
    const word = fc.constantFrom('خبر', 'عاجل', 'الرئيسية', 'news', 'اقتصاد', 'رياضة', 'a');
    const line = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(fc.array(fc.oneof(line, fc.constant(LONG)), { minLength: 1, maxLength: 12 }), (lines) => {
      const { counted, expected } = bruteRepeats(lines.join('\n'));
      expect(counted).toEqual(expected);
    }), { numRuns: 200 });
  });
});
