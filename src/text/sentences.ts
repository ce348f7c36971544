/**
 * Sentence boundaries over tokens: Arabic ؟ ؛ . ! and line breaks; a period after
 * an abbreviation, an initial or inside a number does not end a sentence.
 */
import { TokenFlag, TokenKind, type TokenList } from './tokenize.js';

/** English abbreviations that take a period and rarely end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'pres', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'mt', 'ft', 'gen', 'adm', 'rev', 'hon', 'est', 'approx', 'dept', 'univ',
]);
const ENDERS = new Set(['.', '!', '?', '؟', '؛', '…', '...', '!!', '??', '!!!']);
/** Closing quotes and brackets, which stay with the sentence they follow. */
const CLOSING = new Set(['"', "'", ')', ']', '»', '”']);

/**
 * Sentence starts as token indices (the first is always 0), ending with `tokens.count`.
 * Sentence `k` covers tokens `[starts[k], starts[k + 1])`.
 */
export function sentenceStarts(tokens: TokenList): Int32Array {
  const out: number[] = [0];
  const n = tokens.count;
  for (let i = 1; i < n; i++) {
    if (tokens.flags[i] & TokenFlag.LineStart) { out.push(i); continue; }
    const p = i - 1;
    if (tokens.kind[p] !== TokenKind.Punct) continue;
    const mark = tokens.norm(p);
    if (!ENDERS.has(mark)) continue;
    if (mark === '.' && p > 0 && !(tokens.flags[p] & TokenFlag.SpaceBefore)) {
      const prev = tokens.norm(p - 1);
      if (tokens.kind[p - 1] === TokenKind.Word && (prev.length === 1 || ABBREVIATIONS.has(prev))) continue;
      if (tokens.kind[p - 1] === TokenKind.Arabic && prev.length === 1) continue; // أ.ف.ب
    }
    // Closing quotes and brackets right after the mark belong to the sentence that ends.
    let j = i;
    while (j < n && !(tokens.flags[j] & TokenFlag.LineStart) && tokens.kind[j] === TokenKind.Punct && CLOSING.has(tokens.norm(j))) j++;
    if (j < n && j !== out[out.length - 1]) out.push(j);
    i = j;
  }
  out.push(n);
  // Remove duplicates that a line start right after an ender can create.
  const uniq: number[] = [];
  for (const s of out) if (uniq.length === 0 || s > uniq[uniq.length - 1]) uniq.push(s);
  if (uniq[uniq.length - 1] !== n) uniq.push(n);
  return Int32Array.from(uniq);
}
