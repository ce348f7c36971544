/**
 * Sentence boundaries over tokens: Arabic ؟ ؛ . ! and line breaks; a period after
 * an abbreviation, an initial or inside a number does not end a sentence.
 */
import { TokenFlag, TokenKind, type TokenList } from './tokenize.js';
import { ScratchPool } from './scratch.js';
import { WordMarks, type WordTable } from './words.js';

/** English abbreviations that take a period and rarely end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'pres', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'mt', 'ft', 'gen', 'adm', 'rev', 'hon', 'est', 'approx', 'dept', 'univ',
]);
/** Marks that end a sentence: each a run of one mark the tokenizer flags the token after (TokenFlag.AfterStop). */
const ENDERS = new Set(['.', '!', '?', '؟', '؛', '…', '...', '!!', '??', '!!!']);
/** Closing quotes and brackets, which stay with the sentence they follow. */
const CLOSING = new Set(['"', "'", ')', ']', '»', '”']);

/** Facts of a word read by {@link sentenceStarts}, a byte per word id (see {@link wordFacts}). */
const KNOWN = 1, ENDER = 2, PERIOD = 4, CLOSER = 8, SHORT = 16, ABBREVIATION = 32;
const facts = new WordMarks();

/** The {@link KNOWN}-marked facts of word `id`, worked out on its first sight and kept. */
function wordFacts(marks: Uint8Array, words: WordTable, id: number): number {
  const f = marks[id];
  if (f !== 0) return f;
  const w = words.words[id];
  return (marks[id] = KNOWN | (ENDERS.has(w) ? ENDER : 0) | (w === '.' ? PERIOD : 0) | (CLOSING.has(w) ? CLOSER : 0) |
    (w.length === 1 ? SHORT : 0) | (ABBREVIATIONS.has(w) ? ABBREVIATION : 0));
}

/** The list {@link sentenceStarts} finds the starts in, reused (the document keeps an exact copy). */
const found = new ScratchPool((n) => new Int32Array(n), 1 << 18);

/**
 * Sentence starts as token indices (the first is always 0), ending with `tokens.count`.
 * Sentence `k` covers tokens `[starts[k], starts[k + 1])`. Every token that starts a line starts a
 * sentence (the document's lines are found among the starts).
 */
export function sentenceStarts(tokens: TokenList): Int32Array {
  const n = tokens.count;
  if (n === 0) return Int32Array.of(0);
  const { flags, kind, word } = tokens;
  const marks = facts.of(tokens.words);
  // Every start but the first follows the token before it, so there are at most n + 1 entries.
  found.reset();
  const out = found.take(n + 1);
  out[0] = 0;
  let k = 1;
  for (let i = 1; i < n; i++) {
    // Only a token after a line break or a stop mark may start a sentence: the tokenizer flagged them.
    const f = flags[i];
    if (!(f & (TokenFlag.LineStart | TokenFlag.AfterStop))) continue;
    if (f & TokenFlag.LineStart) { out[k++] = i; continue; }
    const p = i - 1; // a punctuation token, a run of one stop mark
    const mark = wordFacts(marks, tokens.words, word[p]);
    if (!(mark & ENDER)) continue;
    if (mark & PERIOD && p > 0 && !(flags[p] & TokenFlag.SpaceBefore)) {
      const prev = wordFacts(marks, tokens.words, word[p - 1]);
      if (kind[p - 1] === TokenKind.Word && prev & (SHORT | ABBREVIATION)) continue;
      if (kind[p - 1] === TokenKind.Arabic && prev & SHORT) continue; // أ.ف.ب
    }
    // Closing quotes and brackets right after the mark belong to the sentence that ends.
    let j = i;
    while (j < n && !(flags[j] & TokenFlag.LineStart) && kind[j] === TokenKind.Punct && wordFacts(marks, tokens.words, word[j]) & CLOSER) j++;
    if (j < n) out[k++] = j;
    i = j;
  }
  // Starts come out strictly increasing: each is past the token the loop looked at before it.
  out[k++] = n;
  return out.slice(0, k);
}
