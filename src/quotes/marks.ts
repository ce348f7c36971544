/**
 * Quotation marks in scraped text: which characters they are, and whether one
 * opens or closes a quote, judged from its neighbours because scraped Arabic
 * mixes every convention (a quote may open with ” or close with »).
 */
import type { AkhbarDocument } from '../doc/document.js';

/** Marks that open in every convention we meet. */
const OPENERS = new Set(['«', '„', '‹', '‚']);
/** Marks that close in every convention we meet. */
const CLOSERS = new Set(['»', '›']);
/** Marks whose direction depends on their neighbours. */
const EITHER = new Set(['"', '“', '”', '‟', '″', '＂', '‘', '’', '\'']);

/** Whether a character is a quotation mark. Apostrophes count only when flanked by spaces or punctuation. */
export function isQuoteMark(ch: string): boolean {
  return OPENERS.has(ch) || CLOSERS.has(ch) || EITHER.has(ch);
}

/** Every quotation mark, by code unit. */
const QUOTE_CODES = new Set([...OPENERS, ...CLOSERS, ...EITHER].map((c) => c.charCodeAt(0)));

/** {@link isQuoteMark} of the character at `i` of `text`, read as a code unit (no one-character string is made). */
export function isQuoteMarkAt(text: string, i: number): boolean {
  return QUOTE_CODES.has(text.charCodeAt(i));
}

/**
 * Whether punctuation token `i` of `doc` opens with a quotation mark. The view writes every
 * quotation mark as `"` or `'` (see normalizeQuotes), one code unit for one of the text (no
 * character expands to one), so the token's first code unit in the view tells; the text's own
 * character is checked then (not a look-alike the view maps too).
 */
export function opensWithQuoteMark(doc: AkhbarDocument, i: number): boolean {
  const c = doc.view.text.charCodeAt(doc.tokens.nStart[i]);
  return (c === 0x22 || c === 0x27) && isQuoteMarkAt(doc.text, doc.tokens.start(i));
}

/** Direction of a mark. */
export type MarkDirection = 'open' | 'close' | 'either';

// (The expressions are made once: a literal in the function body is a new object per call.)
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/**
 * What the expressions say of each code unit, tested once per code unit and kept (a character
 * here is always one code unit: `text[i]`): {@link CharClass} bits, 0 where not tested yet.
 */
const charClasses = new Uint8Array(0x10000);
const CharClass = { Known: 1, Word: 2, Space: 4 } as const;
function charClass(c: string): number {
  const u = c.charCodeAt(0);
  let k = charClasses[u];
  if (k === 0) charClasses[u] = k = CharClass.Known | (WORD_CHAR.test(c) ? CharClass.Word : 0) | (SPACE.test(c) ? CharClass.Space : 0);
  return k;
}
const isWordChar = (c: string) => c !== '' && (charClass(c) & CharClass.Word) !== 0;
const isSpaceOrEdge = (c: string) => c === '' || (charClass(c) & CharClass.Space) !== 0;

/**
 * The direction of the mark at `i` in `text`: an opener has space, a line start or
 * punctuation before it and a word after it; a closer the reverse.
 */
export function markDirection(text: string, i: number): MarkDirection {
  const ch = text[i];
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) return 'close';
  const prev = i > 0 ? text[i - 1] : '';
  const next = i + 1 < text.length ? text[i + 1] : '';
  const prevWord = isWordChar(prev) || prev === 'ـ';
  const nextWord = isWordChar(next);
  if (!prevWord && nextWord) return 'open';
  if (prevWord && !nextWord) return 'close';
  if (isSpaceOrEdge(prev) && !isSpaceOrEdge(next)) return 'open';
  if (!isSpaceOrEdge(prev) && isSpaceOrEdge(next)) return 'close';
  if (ch === '“' || ch === '‘') return 'open';
  if (ch === '”' || ch === '’') return prevWord && nextWord ? 'either' : 'close';
  return 'either';
}

/** Whether a single quote at `i` is an apostrophe (Kremlin's, O'Brien), not a mark. */
export function isApostrophe(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '\'' && ch !== '’' && ch !== 'ʼ') return false;
  return i > 0 && i + 1 < text.length && isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
}
