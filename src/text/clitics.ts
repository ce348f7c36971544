/**
 * Arabic proclitic analysis: the readings of a (normalized) word as
 * conjunction + preposition + article + stem. Readings are candidates for the
 * matcher and the rules; the text is never split.
 */

/** One reading of a word. */
export interface CliticReading {
  /** The stem, with the article restored when it was assimilated (للأمم → الامم). */
  stem: string;
  /** Normalized code units of the word before the stem's first letter in the text. */
  offset: number;
  /** The stem carries the definite article ال. */
  article: boolean;
  /** The stripped proclitics, normalized (و، بال، لل …); empty for the word itself. */
  prefix: string;
  /**
   * Where a mention of the stem starts in the word: after the conjunction and preposition
   * but before the article (بالبرازيل → البرازيل), at the preposition for لل (للأمم).
   */
  mentionOffset: number;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const MIN_STEM = 2;

/**
 * All readings of a normalized Arabic word, the whole word first.
 * @example procliticReadings('وبالبرازيل') // whole word, 'بالبرازيل', 'البرازيل', 'برازيل' …
 */
export function procliticReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ stem: word, offset: 0, article: word.startsWith('ال') && word.length >= 2 + MIN_STEM, prefix: '', mentionOffset: 0 }];
  const seen = new Set([word]);
  const add = (stem: string, offset: number, article: boolean, prefix: string, mentionOffset: number) => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, offset, article, prefix, mentionOffset });
  };
  for (const conj of CONJUNCTIONS) {
    if (!word.startsWith(conj)) continue;
    const rest1 = word.slice(conj.length);
    for (const prep of PREPOSITIONS) {
      // ل + ال is written لل: the article's alef drops (للأمم = ل + الأمم).
      if (prep === 'ل' && rest1.startsWith('لل') && rest1.length - 2 >= MIN_STEM) {
        const bare = rest1.slice(2);
        add('ال' + bare, conj.length, true, conj + 'لل', conj.length);
        add(bare, conj.length + 2, false, conj + 'لل', conj.length);
        continue;
      }
      if (!rest1.startsWith(prep)) continue;
      const rest2 = rest1.slice(prep.length);
      const offset = conj.length + prep.length;
      if (offset > 0) add(rest2, offset, rest2.startsWith('ال') && rest2.length - 2 >= MIN_STEM, conj + prep, offset);
      if (rest2.startsWith('ال') && rest2.length - 2 >= MIN_STEM) add(rest2.slice(2), offset + 2, false, conj + prep + 'ال', offset);
    }
  }
  return out;
}
