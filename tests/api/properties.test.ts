import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../src/index.js';
import { badSpans } from '../helpers/spans.js';

// Pieces of news-like text the project wrote, mixed with junk code units by the arbitraries below.
const PIECES = [
  'قال وزير الخارجية إن ', 'الأمم المتحدة', '«', '»', '“', '”', '"', ':', '\n', 'موسكو-سانا', 'كلمات دلالية: ',
  'تاريخ النشر: 8th, November 2023 GMT', 'وأكد أن ', 'إقرأ أيضاً:', 'ـ', 'ً', '\u200f', '١٢/١١/٢٠٢٠', 'MOSCOW (Reuters) - ',
  'said on Tuesday. ', 'بالبرازيل', 'للأمم', 'ﻻ', '\ud800', '\udc00', '\u0000', '   ',
];
const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));

describe('extract on any input', () => {
  it('never throws and every span satisfies text.slice(start, end) === span.text', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const r = extract(text);
        expect(badSpans(text, r)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
  it('is deterministic', () => {
    fc.assert(fc.property(mixed, (text) => { expect(extract(text)).toEqual(extract(text)); }), { numRuns: 200 });
  });
  it('handles a large input', () => {
    const big = 'قال الرئيس إن "الوضع صعب".\n'.repeat(20_000);
    const r = extract(big);
    expect(badSpans(big, r)).toEqual([]);
  });
});
