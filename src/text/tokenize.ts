/**
 * Tokenizer over the normalized matching view: Arabic words, other-script words,
 * numbers (both digit systems are ASCII in the view), punctuation and symbols.
 * Tokens are stored column-wise in typed arrays; offsets into the original text
 * come from the view's offset map. Each token's normalized form is interned (see
 * ./words.ts): tokens of one word share an id and one string, and no substring is made
 * for a word seen before.
 */
import type { MatchView } from './normalize.js';
import { wordTable, type WordTable } from './words.js';

/** Token kinds. */
export const TokenKind = {
  /** A word in Arabic script. */
  Arabic: 1,
  /** A word in another script (Latin, Cyrillic …). */
  Word: 2,
  /** Digits, with inner separators (1,000 or 3.5). */
  Number: 3,
  /** Punctuation and symbols. */
  Punct: 4,
} as const;
/** A value of {@link TokenKind}. */
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Flags of a token. */
export const TokenFlag = {
  /** Whitespace comes right before the token. */
  SpaceBefore: 1,
  /** A line break comes before the token (or it is the first token). */
  LineStart: 2,
} as const;

const C_OTHER = 0, C_ARABIC = 1, C_LETTER = 2, C_DIGIT = 3, C_SPACE = 4, C_NEWLINE = 5, C_MARK = 6, C_HIGH = 7, C_LOW = 8;
const UNKNOWN = 255;
const classTable = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER = /\p{L}/u, MARK = /\p{M}/u, ARABIC = /\p{Script=Arabic}/u, SPACE = /\s/u;

/** Character class of a code unit, computed on first sight and cached (no start-up table build). */
function charClass(c: number): number {
  const k = classTable[c];
  if (k !== UNKNOWN) return k;
  let r: number;
  if (c >= 0xd800 && c <= 0xdbff) r = C_HIGH;
  else if (c >= 0xdc00 && c <= 0xdfff) r = C_LOW;
  else if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) r = C_NEWLINE;
  else if (c >= 48 && c <= 57) r = C_DIGIT;
  else {
    const ch = String.fromCharCode(c);
    if (LETTER.test(ch)) r = ARABIC.test(ch) ? C_ARABIC : C_LETTER;
    else if (MARK.test(ch)) r = C_MARK;
    else if (SPACE.test(ch)) r = C_SPACE;
    else r = C_OTHER;
  }
  classTable[c] = r;
  return r;
}

/** Tokens of one text, column-wise. Index `i` runs from 0 to `count - 1`. */
export class TokenList {
  /** Number of tokens. */
  count = 0;
  /** Start of each token in the normalized view. */
  nStart: Int32Array;
  /** End of each token in the normalized view. */
  nEnd: Int32Array;
  /** {@link TokenKind} of each token. */
  kind: Uint8Array;
  /** {@link TokenFlag} bits of each token. */
  flags: Uint8Array;
  /** Id of each token's normalized form in {@link words}. */
  word: Int32Array;

  constructor(readonly view: MatchView, capacity: number, readonly words: WordTable) {
    this.nStart = new Int32Array(capacity);
    this.nEnd = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.word = new Int32Array(capacity);
  }

  /** The normalized form of token `i` (the interned string of its word). */
  norm(i: number): string {
    return this.words.words[this.word[i]];
  }
  /** Original start offset of token `i`. */
  start(i: number): number {
    return this.view.starts[this.nStart[i]];
  }
  /** Original end offset of token `i`. */
  end(i: number): number {
    return this.view.ends[this.nEnd[i] - 1];
  }
  /** Original start of the normalized offset `n` within a token (for clitic-stripped matches). */
  startAt(n: number): number {
    return this.view.starts[n];
  }
  /** Index of the first token whose original end is after `offset` (binary search). */
  indexAt(offset: number): number {
    let lo = 0, hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end(mid) <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  /** True when token `i` is a word (Arabic or other script). */
  isWord(i: number): boolean {
    const k = this.kind[i];
    return k === TokenKind.Arabic || k === TokenKind.Word;
  }
}

/** Called for each token found by {@link scanTokens}: normalized range, kind and flags. */
export type TokenSink = (a: number, b: number, kind: TokenKind, flags: number) => void;

/** Scans a normalized string for tokens. Linear in its length. */
export function scanTokens(s: string, emit: TokenSink): void {
  const n = s.length;
  let flags: number = TokenFlag.LineStart;
  let i = 0;
  while (i < n) {
    const c = charClass(s.charCodeAt(i));
    if (c === C_SPACE) { flags |= TokenFlag.SpaceBefore; i++; continue; }
    if (c === C_NEWLINE) { flags |= TokenFlag.LineStart | TokenFlag.SpaceBefore; i++; continue; }
    const b = tokenEnd(s, i, c);
    emit(i, b, kindOf(c), flags);
    flags = 0;
    i = b;
  }
}

/** One past the end of the token that starts at `a`, whose code unit has class `c` (neither space nor line break). */
function tokenEnd(s: string, a: number, c: number): number {
  const n = s.length;
  let i = a + 1;
  if (c === C_ARABIC || c === C_LETTER) {
    while (i < n) {
      const d = charClass(s.charCodeAt(i));
      if (d === c || d === C_MARK) i++;
      else break;
    }
  } else if (c === C_DIGIT) {
    while (i < n) {
      const d = charClass(s.charCodeAt(i));
      if (d === C_DIGIT) i++;
      else if (isDigitSeparator(s.charCodeAt(i)) && i + 1 < n && charClass(s.charCodeAt(i + 1)) === C_DIGIT) i += 2;
      else break;
    }
  } else if (c === C_HIGH && i < n && charClass(s.charCodeAt(i)) === C_LOW) {
    i++;
  } else if (c === C_OTHER) {
    // A run of the same punctuation mark (..., ---, !!!) is one token.
    const first = s.charCodeAt(a);
    while (i < n && s.charCodeAt(i) === first) i++;
  }
  return i;
}

/** `.` `,` `٫` `٬`: separators a number may hold between digits (1,000 or 3.5). */
const isDigitSeparator = (u: number) => u === 46 || u === 44 || u === 0x66b || u === 0x66c;

/** The kind of a token whose first code unit has class `c`. */
function kindOf(c: number): TokenKind {
  return c === C_ARABIC ? TokenKind.Arabic : c === C_LETTER ? TokenKind.Word : c === C_DIGIT ? TokenKind.Number : TokenKind.Punct;
}

/**
 * Splits the normalized view into tokens. Linear in the text length. The scan of
 * {@link scanTokens}, written out here so that no callback runs per token; the words are
 * interned after it, all together (see {@link WordTable.internAll}).
 */
export function tokenize(view: MatchView): TokenList {
  // Upper bound on tokens is n; start smaller and grow to save memory on long words.
  const words = wordTable();
  const s = view.text;
  const n = s.length;
  let tokens = new TokenList(view, Math.max(16, n >> 2), words);
  let count = 0;
  let flags: number = TokenFlag.LineStart;
  let i = 0;
  while (i < n) {
    const c = charClass(s.charCodeAt(i));
    if (c === C_SPACE) { flags |= TokenFlag.SpaceBefore; i++; continue; }
    if (c === C_NEWLINE) { flags |= TokenFlag.LineStart | TokenFlag.SpaceBefore; i++; continue; }
    const b = tokenEnd(s, i, c);
    if (count === tokens.nStart.length) tokens = growList(tokens, count * 2);
    tokens.nStart[count] = i;
    tokens.nEnd[count] = b;
    tokens.kind[count] = kindOf(c);
    tokens.flags[count] = flags;
    count++;
    flags = 0;
    i = b;
  }
  tokens.count = count;
  words.internAll(s, tokens.nStart, tokens.nEnd, tokens.word, count);
  return tokens;
}

function growList(t: TokenList, cap: number): TokenList {
  const g = new TokenList(t.view, cap, t.words);
  g.nStart.set(t.nStart); g.nEnd.set(t.nEnd); g.kind.set(t.kind); g.flags.set(t.flags); g.word.set(t.word);
  return g;
}
