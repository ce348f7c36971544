import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildMatchView, documentView, foldLatin, normalize, normalizeAlef, normalizeAlefMaqsura, normalizeDigits, normalizePersianLetters,
  normalizePresentationForms, normalizeQuotes, normalizeTehMarbuta, removeDiacritics, removeInvisible, removeTatweel,
} from '../../src/text/normalize.js';

describe('one function per phenomenon', () => {
  it('alef forms become bare alef', () => expect(normalizeAlef('أإآٱ')).toBe('اااا'));
  it('alef maqsura becomes yeh', () => expect(normalizeAlefMaqsura('الوسطى')).toBe('الوسطي'));
  it('Persian yeh and kaf become Arabic', () => expect(normalizePersianLetters('آسیا کتاب')).toBe('آسيا كتاب'));
  it('teh marbuta becomes heh', () => expect(normalizeTehMarbuta('منظمة')).toBe('منظمه'));
  it('tatweel is removed', () => expect(removeTatweel('الـ 78 عـــاماً')).toBe('ال 78 عاماً'));
  it('tanween and harakat are removed', () => {
    expect(removeDiacritics('شديدًا')).toBe('شديدا');
    expect(removeDiacritics('قائلًا')).toBe('قائلا');
    expect(removeDiacritics('وجّه')).toBe('وجه');
  });
  it('direction marks and joiners are removed', () => expect(removeInvisible('a\u200fb\u200dc\ufeff')).toBe('abc'));
  it('Eastern Arabic and Persian digits become ASCII', () => expect(normalizeDigits('١٢ / ۳۴')).toBe('12 / 34'));
  it('every quotation mark is unified', () => expect(normalizeQuotes('“a” «b» ”c” ‘d’ „e“')).toBe('"a" "b" "c" \'d\' "e"'));
  it('presentation forms become base letters', () => expect(normalizePresentationForms('ﻻ')).toBe('لا'));
  it('Latin is lower-cased and loses accents', () => expect(foldLatin('António Erdoğan')).toBe('antonio erdogan'));
});

describe('normalize', () => {
  it('applies every phenomenon', () => {
    expect(normalize('إيمانويل ماكرونُ «آسیا الوسطى» ١٠')).toBe('ايمانويل ماكرون "اسيا الوسطي" 10');
  });
  it('is idempotent on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const once = normalize(s);
      expect(normalize(once), `U+${c.toString(16)}`).toBe(once);
    }
  });
  it('is idempotent on any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 2000 });
  });
  it('throws a TypeError naming the argument', () => {
    expect(() => normalize(3 as unknown as string)).toThrow(/argument "s"/);
  });
});

describe('buildMatchView offset map', () => {
  it('maps every normalized unit back to the original code unit it came from', () => {
    const src = 'تحذيرًا «الناتو» ﻻ';
    const v = buildMatchView(src);
    expect(v.text).toBe('تحذيرا "الناتو" لا');
    for (let i = 0; i < v.text.length; i++) {
      expect(normalize(src.slice(v.starts[i], v.ends[i]))).toContain(v.text[i]);
    }
  });
  it('a word span grows over its trailing diacritics', () => {
    const src = 'تحذيرًا شديدًا';
    const v = buildMatchView(src);
    const a = v.text.indexOf('شديدا');
    expect(src.slice(v.starts[a], v.ends[a + 4])).toBe('شديدًا');
  });
  it('holds the text normalize gives, lone surrogates and a leading BOM included (property)', () => {
    expect(buildMatchView('\ufeffa\ud800b\udc00').text).toBe('a\ud800b\udc00');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => buildMatchView(s).text === normalize(s)), { numRuns: 2000 });
  });
  it('offsets are monotone and inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const v = buildMatchView(s);
        for (let i = 0; i < v.text.length; i++) {
          if (v.starts[i] < 0 || v.ends[i] > s.length || v.starts[i] >= v.ends[i]) return false;
          if (i > 0 && v.starts[i] < v.starts[i - 1]) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('documentView (offsets shared where the view maps one to one)', () => {
  const same = (s: string) => {
    const a = buildMatchView(s), b = documentView(s);
    return a.text === b.text && a.starts.length === b.starts.length && a.ends.length === b.ends.length &&
      a.starts.every((x, i) => b.starts[i] === x) && a.ends.every((x, i) => b.ends[i] === x);
  };
  it('gives the view buildMatchView gives, wherever the text first departs from one to one (property)', () => {
    // Plain letters (one to one) with a diacritic, a tatweel, an invisible mark or a ligature somewhere, or none.
    const piece = fc.constantFrom('a', 'B', 'ب', 'أ', ' ', '\n', '5', '\u064b', '\u0640', '\u200f', '\ufefb', '«');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }).map((xs) => xs.join('')), same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), same), { numRuns: 1000 });
  });
  it('keeps the offsets of earlier views when a longer text needs a longer shared array', () => {
    const short = documentView('abc');
    const long = documentView('x'.repeat(20000));
    expect([...short.starts]).toEqual([0, 1, 2]);
    expect([...short.ends]).toEqual([1, 2, 3]);
    expect(long.starts[19999]).toBe(19999);
    expect(long.ends[19999]).toBe(20000);
  });
  it('leaves the public view its own arrays: writing to one changes no other', () => {
    const v = buildMatchView('plain text');
    v.starts[1] = 99;
    v.ends[1] = 99;
    expect(documentView('plain text').starts[1]).toBe(1);
    expect(buildMatchView('plain text').ends[1]).toBe(2);
  });
});
