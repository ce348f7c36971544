/**
 * Character maps of the normalization, kept as data: each entry is one
 * phenomenon (after CAMeL Tools' one-function-per-phenomenon design).
 * Keys and values are single UTF-16 code units.
 */

/** Alef with hamza above/below, madda, wasla and the rarer seated forms → bare alef. */
export const ALEF_FORMS = 'أإآٱٲٳٵ';
/** Alef maqsura → yeh (ى is written for final ي in Egypt and vice versa). */
export const ALEF_MAQSURA = 'ى';
/** Persian and Urdu letters that stand for Arabic ones in mixed text (آسیا). */
export const PERSIAN_LETTERS: Readonly<Record<string, string>> = {
  'ی': 'ي', // Farsi yeh
  'ې': 'ي',
  'ۍ': 'ي',
  'ے': 'ي',
  'ک': 'ك', // keheh
  'ڪ': 'ك',
  'ہ': 'ه', // heh goal
  'ە': 'ه', // ae
  'ۀ': 'ه',
  'ۃ': 'ة',
};
/** Teh marbuta → heh: for matching only; the original keeps its spelling. */
export const TEH_MARBUTA = 'ة';
/** Tatweel (kashida), a stretching stroke with no meaning. */
export const TATWEEL = 'ـ';
/** Arabic diacritics: harakat, tanween, shadda, sukun, superscript alef, Quranic marks. */
export const DIACRITIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
];
/** Invisible format characters: direction marks, joiners, BOM, soft hyphen. */
export const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
];
/** Eastern Arabic (U+0660) and Persian (U+06F0) digit zeros; the nine after each follow in order. */
export const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0];
/** Double quotation marks of every convention → ASCII `"`. */
export const DOUBLE_QUOTES = '“”„‟«»″〝〞＂❝❞⹂';
/** Single quotation marks and apostrophe look-alikes → ASCII `'`. */
export const SINGLE_QUOTES = '‘’‚‛‹›′ʼ＇❛❜';
/** Spaces other than U+0020 that scraped text carries (NBSP, thin, ideographic). */
export const SPACE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
/** Dashes and hyphens → ASCII `-`. */
export const DASHES = '‐‑‒–—―−﹘﹣－';
