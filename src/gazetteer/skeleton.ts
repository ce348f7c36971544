/**
 * Spelling skeletons of transliterated names: the letter classes Arabic
 * spellings of one foreign name vary across (ج/غ/ق for g, تس/تز, ط/ت, long
 * vowels written or not, hamza seats), folded so that variants meet:
 * شولتس and شولتز, جوتيريش and غوتيريش have one skeleton.
 */

const CLASS: Readonly<Record<string, string>> = {
  'غ': 'ج', 'ق': 'ج', 'ك': 'ج', // g / q / k in transliteration
  'ط': 'ت', 'ث': 'ت',
  'ض': 'د', 'ذ': 'د',
  'ص': 'س', 'ز': 'س', 'ظ': 'س',
  'ح': 'ه', 'ة': 'ه',
  'ى': 'ي',
  'ئ': '', 'ؤ': '', 'ء': '',
};
const VOWELS = new Set(['ا', 'و', 'ي']);

/** The skeleton of one normalized Arabic word. */
export function skeleton(word: string): string {
  let out = '';
  let last = ''; // kept apart: indexing a growing string would flatten it every time
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    // Long vowels are written or left out freely, except the first letter, which carries the onset.
    if (i > 0 && VOWELS.has(c)) continue;
    const k = CLASS[c] ?? c;
    if (k && last !== k) { out += k; last = k; }
  }
  return out;
}
