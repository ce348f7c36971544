/**
 * What the written form of an Arabic word says about whether it can be a word of a name,
 * read from the original text (diacritics and ة/ه still apart) without any lexicon.
 */
export const enum WordShape {
  /** Nothing in the form speaks against a name. */
  Plain = 0,
  /**
   * An indefinite noun (tanween: نموذجاً، قادماً), a word carrying a possessive or object
   * pronoun (أكثرهم، هويتها، معلوماتنا، زوجته، مصرعه), a verb in the plural (استنكروا), or a
   * preposition letter before a verbal noun, a participle or a written hamza (بتغلب، بمستوى،
   * لتدريبات، لإقناع): no name has these forms.
   */
  Inflected = 1,
  /** و + a word whose second letter is no long vowel (وإخراج، وغيرهم), not ويلي، وايت، ووكر. */
  Conjoined = 2,
}

const TANWEEN_FIRST = 0x064b; // ً ٌ ٍ
const TANWEEN_LAST = 0x064d;
const DIACRITIC_FIRST = 0x064b;
const DIACRITIC_LAST = 0x0652;
const TATWEEL = 0x0640;
const HEH = 0x0647;
const LAM = 0x0644;
const TEH = 0x062a;
const ALEF_MADDA = 0x0622;
const ALEF_HAMZA_ABOVE = 0x0623;
const ALEF_HAMZA_BELOW = 0x0625;
const BEH = 0x0628;
const KAF = 0x0643;
const MEEM = 0x0645;
const ALEF = 0x0627;
const NOON = 0x0646;
const WAW = 0x0648;
const FEH = 0x0641;
const YEH = 0x064a;

/**
 * Shape of the word `text.slice(start, end)`. Reads each character once and allocates nothing.
 * Pronoun endings count only on words of five letters or more (فهم، كوهن), ه on words of
 * four or more; a given name is tested before the shape, so names of these shapes stay names.
 */
export function wordShape(text: string, start: number, end: number): WordShape {
  // Letters without diacritics and tatweel: the first two and the last three are all we need.
  let n = 0, first = 0, second = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= TANWEEN_FIRST && c <= TANWEEN_LAST) return WordShape.Inflected;
    if ((c >= DIACRITIC_FIRST && c <= DIACRITIC_LAST) || c === TATWEEL) continue;
    if (n === 0) first = c; else if (n === 1) second = c;
    c4 = c3; c3 = c2; c2 = c1; c1 = c; n++;
  }
  if (n >= 5) {
    // هم، ها، هن and هما. (كم is left out: الحاكم، حاكم are names.)
    if (c2 === HEH && (c1 === MEEM || c1 === ALEF || c1 === NOON)) return WordShape.Inflected;
    if (c3 === HEH && c2 === MEEM && c1 === ALEF) return WordShape.Inflected;
    // نا after ت (معلوماتنا، حكومتنا); alone it ends names too often (لينا، دانا، روسانا).
    if (c3 === TEH && c2 === NOON && c1 === ALEF) return WordShape.Inflected;
    // وا after a consonant: a verb in the plural (استنكروا، أكدوا); not اوا (ناكاغاوا، أوتاوا).
    if (c2 === WAW && c1 === ALEF && c3 !== ALEF) return WordShape.Inflected;
  }
  // ه written as such (ة is another letter here): ته, or a possessive after a consonant (مصرعه،
  // كتابه، دخوله، أعماله); يه، اه، وه end names (سيبويه، شاه، شاركوه), and of له only الله and
  // الإله (عبدالله، عبدالإله).
  if (n >= 4 && c1 === HEH && c2 !== YEH && c2 !== ALEF && c2 !== WAW
    && !(c2 === LAM && (c3 === LAM || ((c3 === ALEF || c3 === ALEF_HAMZA_BELOW) && c4 === LAM)))) return WordShape.Inflected;
  // ب/ل/ك + a noun of the shapes تفعيل، مفعل … (بتغلب، بمستوى، لتدريبات، كمقدم): a prepositional phrase.
  if (n >= 5 && (first === BEH || first === LAM || first === KAF) && (second === TEH || second === MEEM)) return WordShape.Inflected;
  // … or before a written hamza (لإقناع، بأسرة، كأول): no name opens so.
  if (n >= 4 && (first === BEH || first === LAM || first === KAF) && (second === ALEF_HAMZA_ABOVE || second === ALEF_HAMZA_BELOW || second === ALEF_MADDA)) return WordShape.Inflected;
  if (n >= 4 && first === WAW && second !== ALEF && second !== YEH && second !== WAW) return WordShape.Conjoined;
  return WordShape.Plain;
}

/**
 * Whether normalized word `w` has the shape of a present-tense verb (يزور، تؤكد): ي or ت and
 * three letters or more, not the article. Names of that shape are in the given-name lexicon,
 * which is read first; و/ي or ش after the letter is the shape of foreign names (توريس، تيري،
 * يونغ، تشيو), not ا, which hamza-less text writes for أ (تاكيد، ياتي).
 */
export function hasPresentVerbShape(w: string): boolean {
  return (w[0] === 'ي' || w[0] === 'ت') && w.length >= 4 && !w.startsWith('ال') && !/^(?:.[وي]|تش)/.test(w);
}

/**
 * Whether `text.slice(a, b)` opens with و ف ب ك ل and a hamza on alif (وأين، بأول، فإن): the
 * proclitic and a word, never one name spelled without the hamza (Wayne واين, Powell باول, Van
 * فان); matching drops the hamza, the written text keeps it.
 */
export function procliticBeforeHamza(text: string, a: number, b: number): boolean {
  if (b - a < 3) return false;
  const c0 = text.charCodeAt(a), c1 = text.charCodeAt(a + 1);
  return (c0 === WAW || c0 === FEH || c0 === BEH || c0 === KAF || c0 === LAM) && (c1 === ALEF_HAMZA_ABOVE || c1 === ALEF_HAMZA_BELOW || c1 === ALEF_MADDA);
}

/**
 * Whether a token of normalized word `w` may be written with a proclitic before a hamza on alif
 * (see {@link procliticBeforeHamza}): normalizing keeps the proclitic and writes the alif bare, so
 * a word that does not open so never is (most words: their tokens need not be read).
 */
export function mayBeProcliticBeforeHamza(w: string): boolean {
  const c0 = w.charCodeAt(0);
  return w.charCodeAt(1) === ALEF && (c0 === WAW || c0 === FEH || c0 === BEH || c0 === KAF || c0 === LAM);
}

/** Whether the word at `start` is written with a hamza on its first alif (ألفريد, not the article of الفريد). */
export function startsWithHamzaAlif(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW || c === ALEF_MADDA;
}
