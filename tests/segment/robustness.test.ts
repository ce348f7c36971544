import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AkhbarDocument } from '../../src/doc/document.js';
import { segmentDocument, segmentPage } from '../../src/segment/segmenter.js';
import { SEGMENT_PATTERNS } from '../../src/segment/patterns.js';
import { checkInvariants, testContext } from './helpers.js';

// Pieces of page text written for these tests, mixed with junk by the arbitraries below.
const PIECES = [
  'عنوان الخبر هنا', '\n', 'تاريخ النشر: 8th, November 2023 GMT', 'موسكو-سانا', 'قال الوزير إن المحادثات تناولت التعاون الاقتصادي بين البلدين.',
  'المصدر: ', 'كلمات دلالية: ', 'إقرأ أيضاً:', '(فيديو)', 'وعبّر', 'ة', 'ـ', '«', '»', '(', ')', '--', ' - ', ':', '،', '|', '/',
  'By ', 'Jane Doe', 'Read more', 'Advertisement', 'Picture: ', 'MOSCOW (Reuters) - ', '11 شوال 1441هـ - 03 يونيو 2020م', '&nbsp;',
  '// انتهى //', 'Tags: ', 'Sex scandal Sweden Police', '\u200f', '\ud800', '\u0000', '   ', '2 minute readApril 25, 20232:26 PM',
];
const page = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

const run = (text: string, ctx = testContext) => {
  const doc = new AkhbarDocument(text, 'ar');
  const r = segmentPage(doc, ctx);
  checkInvariants(text, r, doc.segments);
  return { r, doc };
};

describe('the segmenter on any input', () => {
  it('never throws and keeps every span honest, ordered and non-overlapping', () => {
    fc.assert(fc.property(fc.oneof(page, fc.string({ unit: 'binary', maxLength: 300 })), (text) => { run(text); }), { numRuns: 1500 });
  });

  it('puts every non-empty line in a segment', () => {
    fc.assert(fc.property(page, (text) => {
      const { doc } = run(text);
      for (const line of doc.lines) expect(doc.segmentAt(line.start), JSON.stringify(text.slice(line.start, line.end))).not.toBeNull();
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(page, (text) => { expect(run(text).r).toEqual(run(text).r); }), { numRuns: 200 });
  });

  it('survives a lookup that throws', () => {
    const ctx = { lookup: () => { throw new Error('broken dictionary'); } };
    const text = 'عنوان الخبر هنا\nموسكو-سانا\nقال الوزير إن المحادثات تناولت التعاون الاقتصادي بين البلدين في مجالات عدة.\nTags: Sex scandal Sweden Police\n';
    const doc = new AkhbarDocument(text, 'ar');
    const r = segmentDocument(doc, ctx);
    checkInvariants(text, r, doc.segments);
  });
});

describe('the segmenter in linear time', () => {
  const time = (text: string) => {
    const doc = new AkhbarDocument(text, 'ar');
    const t0 = performance.now();
    segmentPage(doc, testContext);
    return performance.now() - t0;
  };
  it.each([
    ['short lines', (n: number) => 'عنوان قصير\n'.repeat(n)],
    ['paragraphs', (n: number) => 'قال الرئيس إن الوضع صعب جدا في المنطقة كلها اليوم.\n'.repeat(n)],
    ['titles and paragraphs after read-also markers', (n: number) => 'عنوان فرعي هنا\nقال الرئيس إن الوضع صعب جدا في المنطقة كلها اليوم.\nإقرأ أيضاً:\n'.repeat(n)],
    ['dates and datelines', (n: number) => '24 أغسطس 2020\nموسكو-سانا\n'.repeat(n)],
    ['a tag label with tags', (n: number) => 'كلمات دلالية:\n' + 'وسم\n'.repeat(n)],
    ['one long line', (n: number) => 'كلمة '.repeat(n * 4)],
    ['one long word', (n: number) => 'عنوان\nقال الرئيس إن ' + 'السلامو'.repeat(n) + ' في المنطقة كلها اليوم.\n'],
    ['one long Latin word', (n: number) => 'Title here\nShare ' + 'articlecomments'.repeat(n) + '\n'],
  ])('%s: four times the lines take about four times the time', (_name, make) => {
    time(make(2000)); // warm up
    const a = time(make(20_000));
    const b = time(make(80_000));
    expect(b, `${a.toFixed(0)} ms for 20k, ${b.toFixed(0)} ms for 80k`).toBeLessThan(a * 4 * 3 + 200);
  });
});

describe('regular expressions of the segmenter on 50,000-character adversarial strings', () => {
  /** Strings made of the characters a pattern mentions, repeated and mixed. */
  const adversarial = (re: RegExp): string[] => {
    const chars = [...new Set(re.source.replace(/\\[a-z]/gi, '').split(''))].filter((c) => c.trim());
    const out = chars.map((c) => c.repeat(50_000));
    out.push(chars.join('').repeat(Math.ceil(50_000 / Math.max(1, chars.length))).slice(0, 50_000));
    out.push(('اليوم ' + ' '.repeat(5) + '،,').repeat(5000));
    out.push('a'.repeat(49_999) + '!');
    return out;
  };
  it.each(Object.entries(SEGMENT_PATTERNS))('%s', (_name, re) => {
    const global = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    for (const s of adversarial(re)) {
      const t0 = performance.now();
      let n = 0;
      for (const m of s.matchAll(global)) n += m[0].length > 0 ? 1 : 0;
      re.test(s);
      const ms = performance.now() - t0;
      expect(ms, `${JSON.stringify(s.slice(0, 12))}… took ${ms.toFixed(0)} ms`).toBeLessThan(500);
      expect(n).toBeGreaterThanOrEqual(0);
    }
  });
});
