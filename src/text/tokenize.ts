/**
 * Tokenizer over the normalized matching view: Arabic words, other-script words,
 * numbers (both digit systems are ASCII in the view), punctuation and symbols.
 * Tokens are stored column-wise in typed arrays; offsets into the original text
 * come from the view's offset map. Each token's normalized form is interned (see
 * ./words.ts): tokens of one word share an id and one string, and no substring is made
 * for a word seen before.
 */
import { codeUnits, viewUnits, type MatchView } from './normalize.js';
import { wordHash, wordTable, type WordTable } from './words.js';

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
  /**
   * The token before is a run of `.` `!` `?` `؟` `؛` or `…`, a mark that may end a sentence: set while
   * tokenizing, so that the sentence splitter looks at these tokens only.
   */
  AfterStop: 4,
} as const;

const C_OTHER = 0, C_ARABIC = 1, C_LETTER = 2, C_DIGIT = 3, C_SPACE = 4, C_NEWLINE = 5, C_MARK = 6, C_HIGH = 7, C_LOW = 8;
const UNKNOWN = 255;
const classTable = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER = /\p{L}/u, MARK = /\p{M}/u, ARABIC = /\p{Script=Arabic}/u, SPACE = /\s/u;

/** Character class of a code unit, computed on first sight and cached (no start-up table build). */
function charClass(c: number): number {
  const k = classTable[c];
  return k !== UNKNOWN ? k : classify(c);
}

/** A line break: `\n`, `\r`, U+0085, U+2028 or U+2029 (what the tokenizer starts a line after). */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Computes and caches the class of a code unit not seen before (apart, so that {@link charClass} stays small enough to inline). */
function classify(c: number): number {
  let r: number;
  if (c >= 0xd800 && c <= 0xdbff) r = C_HIGH;
  else if (c >= 0xdc00 && c <= 0xdfff) r = C_LOW;
  else if (isLineBreak(c)) r = C_NEWLINE;
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
  /** Room for `capacity` tokens, its columns in one memory block (one allocation instead of five). */
  constructor(readonly view: MatchView, capacity: number, readonly words: WordTable) {
    const block = new ArrayBuffer(capacity * 14);
    this.nStart = new Int32Array(block, 0, capacity);
    this.nEnd = new Int32Array(block, capacity * 4, capacity);
    this.word = new Int32Array(block, capacity * 8, capacity);
    this.kind = new Uint8Array(block, capacity * 12, capacity);
    this.flags = new Uint8Array(block, capacity * 13, capacity);
  }

  /** The normalized form of token `i` (the interned string of its word). */
  norm(i: number): string {
    return this.words.words[this.word[i]];
  }
  /** Code units of the normalized form of token `i` (its range of the view). */
  size(i: number): number {
    return this.nEnd[i] - this.nStart[i];
  }
  /**
   * The code unit of token `i` when its normalized form is one code unit long (most punctuation),
   * else -1: read in the view, where the tokens' text lies in order, instead of in the word table.
   */
  unit(i: number): number {
    return this.nEnd[i] - this.nStart[i] === 1 ? this.view.text.charCodeAt(this.nStart[i]) : -1;
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
  const u = codeUnits(s);
  const n = u.length;
  let flags: number = TokenFlag.LineStart;
  let i = 0;
  while (i < n) {
    const c = charClass(u[i]);
    if (c === C_SPACE) { flags |= TokenFlag.SpaceBefore; i++; continue; }
    if (c === C_NEWLINE) { flags |= TokenFlag.LineStart | TokenFlag.SpaceBefore; i++; continue; }
    const b = tokenEnd(u, n, i, c);
    emit(i, b, kindOf(c), flags);
    flags = flagsAfter(c, u[i]);
    i = b;
  }
}

/**
 * One past the end of the token that starts at `a` of the `n` code units of `u`, whose code unit
 * has class `c` (neither space nor line break).
 */
function tokenEnd(u: Uint16Array, n: number, a: number, c: number): number {
  let i = a + 1;
  if (c === C_ARABIC || c === C_LETTER) {
    while (i < n) {
      const d = charClass(u[i]);
      if (d === c || d === C_MARK) i++;
      else break;
    }
  } else if (c === C_DIGIT) {
    while (i < n) {
      const d = charClass(u[i]);
      if (d === C_DIGIT) i++;
      else if (isDigitSeparator(u[i]) && i + 1 < n && charClass(u[i + 1]) === C_DIGIT) i += 2;
      else break;
    }
  } else if (c === C_HIGH && i < n && charClass(u[i]) === C_LOW) {
    i++;
  } else if (c === C_OTHER) {
    // A run of the same punctuation mark (..., ---, !!!) is one token.
    const first = u[a];
    while (i < n && u[i] === first) i++;
  }
  return i;
}

/** `.` `,` `٫` `٬`: separators a number may hold between digits (1,000 or 3.5). */
const isDigitSeparator = (u: number) => u === 46 || u === 44 || u === 0x66b || u === 0x66c;

/** `.` `!` `?` `؟` `؛` `…`: the marks a run of which may end a sentence (see {@link TokenFlag.AfterStop}). */
const isStop = (u: number) => u === 46 || u === 33 || u === 63 || u === 0x61f || u === 0x61b || u === 0x2026;

/** The flags a token starts with after a token of class `c` whose first code unit is `u`. */
function flagsAfter(c: number, u: number): number {
  return c === C_OTHER && isStop(u) ? TokenFlag.AfterStop : 0;
}

/** The kind of a token whose first code unit has class `c`. */
function kindOf(c: number): TokenKind {
  return c === C_ARABIC ? TokenKind.Arabic : c === C_LETTER ? TokenKind.Word : c === C_DIGIT ? TokenKind.Number : TokenKind.Punct;
}

/**
 * Splits the normalized view into tokens. Linear in the text length. The scan of
 * {@link scanTokens}, written out here so that no callback runs per token. Each word is hashed
 * as soon as it is found, while its code units are at hand; the words are interned after the
 * scan, all together (see {@link WordTable.internHashed}). The tokens are found in a
 * list reused from one text to the next, then copied to one exactly as long.
 */
export function tokenize(view: MatchView): TokenList {
  const words = wordTable();
  const s = view.text;
  const u = viewUnits(view);
  const n = s.length;
  let tokens = scratchList(view, words, n);
  let count = 0;
  let flags: number = TokenFlag.LineStart;
  let i = 0;
  while (i < n) {
    const c = charClass(u[i]);
    if (c === C_SPACE) { flags |= TokenFlag.SpaceBefore; i++; continue; }
    if (c === C_NEWLINE) { flags |= TokenFlag.LineStart | TokenFlag.SpaceBefore; i++; continue; }
    const b = tokenEnd(u, n, i, c);
    if (count === tokens.nStart.length) tokens = copyList(view, words, tokens, count, count * 2);
    tokens.nStart[count] = i;
    tokens.nEnd[count] = b;
    tokens.kind[count] = kindOf(c);
    tokens.flags[count] = flags;
    tokens.word[count] = wordHash(u, i, b); // until the word is interned
    count++;
    flags = flagsAfter(c, u[i]);
    i = b;
  }
  words.internHashed(s, u, tokens.nStart, tokens.nEnd, tokens.word, count);
  if (tokens.nStart.length <= SCRATCH_MAX) scratch = tokens;
  const exact = copyList(view, words, tokens, count, count);
  exact.count = count;
  return exact;
}

/** Most tokens the reused list of {@link scratchList} holds: a longer text gets a list of its own. */
const SCRATCH_MAX = 1 << 18;
let scratch: TokenList | null = null;

/** A list to find the tokens of `view` in: the reused one, unless the text may hold more than {@link SCRATCH_MAX}. */
function scratchList(view: MatchView, words: WordTable, n: number): TokenList {
  // A text of n code units holds at most n tokens; most hold about one per five.
  const capacity = Math.max(16, n >> 2);
  if (capacity > SCRATCH_MAX) return new TokenList(view, capacity, words);
  return scratch && scratch.nStart.length >= capacity ? scratch : new TokenList(view, capacity, words);
}

/** A list of `capacity` tokens of `view` holding the first `count` of `t` (which may be the reused list, of another view). */
function copyList(view: MatchView, words: WordTable, t: TokenList, count: number, capacity: number): TokenList {
  const g = new TokenList(view, capacity, words);
  g.nStart.set(t.nStart.subarray(0, count)); g.nEnd.set(t.nEnd.subarray(0, count)); g.word.set(t.word.subarray(0, count));
  g.kind.set(t.kind.subarray(0, count)); g.flags.set(t.flags.subarray(0, count));
  return g;
}
