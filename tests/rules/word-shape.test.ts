// Shapes of Arabic words that rule out a name without any lexicon (src/rules/word-shape.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasPresentVerbShape, procliticBeforeHamza, startsWithHamzaAlif, WordShape, wordShape } from '../../src/rules/word-shape.js';

const shape = (w: string) => wordShape(w, 0, w.length);

describe('wordShape', () => {
  it('tanween marks an indefinite noun, wherever it is written', () => {
    expect(shape('نموذجاً')).toBe(WordShape.Inflected);
    expect(shape('نموذجًا')).toBe(WordShape.Inflected);
    expect(shape('كتابٌ')).toBe(WordShape.Inflected);
  });
  it('an attached pronoun: هم، ها، هما، هن on five letters or more, ه after a consonant on four', () => {
    for (const w of ['أكثرهم', 'هويتها', 'معلوماتنا', 'استنكروا', 'ورفاقهما', 'زوجته', 'مصرعه', 'كتابه', 'دخوله', 'أعماله']) expect(shape(w)).toBe(WordShape.Inflected);
  });
  it('names of the same endings stay plain: short words, يه، اه، وه، له، and ة', () => {
    for (const w of ['فهم', 'كوهن', 'لينا', 'كريستينا', 'ناكاغاوا', 'أوتاوا', 'سيبويه', 'شاه', 'شاركوه', 'عبدالله', 'عبدالإله', 'الاله', 'فاطمة', 'شحاتة', 'الحاكم']) expect(shape(w)).toBe(WordShape.Plain);
  });
  it('ب/ل/ك before a verbal noun (ت، م) or a written hamza is a prepositional phrase; names of those letters are not', () => {
    for (const w of ['بتغلبه', 'بمستوى', 'لتدريبات', 'كمقدم', 'لإقناعهم', 'بأسرة', 'كأول']) expect(shape(w)).toBe(WordShape.Inflected);
    for (const w of ['بتلر', 'بلير', 'لافروف', 'كلارك', 'لؤي', 'بوتين']) expect(shape(w)).toBe(WordShape.Plain);
  });
  it('و + a word whose next letter is no long vowel is conjoined; ويلي، وايت، ووكر are not', () => {
    expect(shape('وإخراج')).toBe(WordShape.Conjoined);
    expect(shape('وغيرهم')).toBe(WordShape.Inflected);
    for (const w of ['ويلي', 'وايت', 'ووكر', 'ولد']) expect(shape(w)).toBe(WordShape.Plain);
  });
  it('reads only its range and ignores diacritics and tatweel around the letters', () => {
    expect(wordShape('قال زوجته أمس', 4, 9)).toBe(WordShape.Inflected);
    expect(wordShape('قال زوجته أمس', 0, 3)).toBe(WordShape.Plain);
    expect(shape('مصرعـه')).toBe(WordShape.Inflected);
    expect(shape('سيبَويهِ')).toBe(WordShape.Plain);
  });
  it('short vowels, shadda, sukun and tatweel change no shape, wherever they are written', () => {
    const letter = fc.integer({ min: 0x0621, max: 0x064a }).filter((c) => c !== 0x0640).map((c) => String.fromCharCode(c));
    const mark = fc.constantFrom('\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0640');
    fc.assert(fc.property(fc.array(fc.tuple(letter, fc.option(mark, { nil: '' })), { minLength: 1, maxLength: 9 }), (parts) => {
      const bare = parts.map(([l]) => l).join('');
      const marked = parts.map(([l, m]) => l + m).join('');
      expect(shape(marked)).toBe(shape(bare));
    }));
  });
});

describe('hasPresentVerbShape', () => {
  it('ي or ت and three letters or more is a present-tense verb', () => {
    for (const w of ['يزور', 'تؤكد', 'يستقبل', 'تاكيد']) expect(hasPresentVerbShape(w)).toBe(true);
  });
  it('not the article, short words, nor the shapes of foreign names (توريس، تيري، يونغ، تشيو)', () => {
    for (const w of ['التي', 'يوم', 'توريس', 'تيري', 'يونغ', 'تشيو']) expect(hasPresentVerbShape(w)).toBe(false);
  });
});

describe('procliticBeforeHamza', () => {
  const at = (w: string) => procliticBeforeHamza(w, 0, w.length);
  it('و ف ب ك ل before a hamza on alif', () => {
    for (const w of ['وأين', 'بأول', 'فإن', 'لأن', 'كآخر']) expect(at(w)).toBe(true);
  });
  it('not the letters before a plain alif, nor short words', () => {
    for (const w of ['واين', 'باول', 'فان', 'لأ', 'أحمد']) expect(at(w)).toBe(false);
  });
});

describe('startsWithHamzaAlif', () => {
  it('a hamza or madda on the first alif, not a plain alif (the article)', () => {
    for (const w of ['ألفريد', 'إلينا', 'آسيا']) expect(startsWithHamzaAlif(w, 0)).toBe(true);
    for (const w of ['الفريد', 'مالك']) expect(startsWithHamzaAlif(w, 0)).toBe(false);
  });
});
