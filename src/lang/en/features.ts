/**
 * English token features, computed once per document in one linear pass:
 * capitalization, all-caps text (where a capital is no evidence of a name),
 * sentence-initial words (where a capital is the sentence's, not the name's),
 * and the joins that make one name word of several tokens (Anne-Gaelle,
 * O'Gorman, Chester-le-Street).
 */
import type { AkhbarDocument } from '../../doc/document.js';
import { TokenFlag, TokenKind } from '../../text/tokenize.js';
import { ScratchPool } from '../../text/scratch.js';

/** Upper-case Latin letter (ASCII, Latin-1, Latin Extended-A even code points, Greek, Cyrillic). */
export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c <= 0xde) return c !== 0xd7;
  if (c >= 0x100 && c <= 0x17f) return (c & 1) === 0 && c !== 0x138;
  if (c >= 0x391 && c <= 0x3a9) return true;
  if (c >= 0x400 && c <= 0x42f) return true;
  return false;
}
/** Lower-case Latin letter (ASCII, Latin-1, Latin Extended-A odd code points, Greek, Cyrillic). */
export function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf) return false;
  if (c <= 0xff) return c !== 0xf7;
  if (c >= 0x100 && c <= 0x17f) return (c & 1) === 1;
  if (c >= 0x3b1 && c <= 0x3c9) return true;
  if (c >= 0x430 && c <= 0x45f) return true;
  return false;
}

/** Shape of a word token, from its original spelling. */
export const Shape = {
  /** Not a Latin-script word. */
  None: 0,
  /** Starts lower case: flydubai, iStock, de. */
  Lower: 1,
  /** Starts upper case, has lower case letters: Gauteng, McCague. */
  Capital: 2,
  /** All upper case, two letters or more: CAAN, LONDON. */
  Upper: 3,
  /** One upper-case letter: the initial of P. Simmons, or the pronoun I. */
  Letter: 4,
} as const;

/** Marks that open a quotation (after them a capital may be the quote's first word), by code below 128, then the others. */
const OPENING_ASCII = new Uint8Array(128);
for (const c of '"\'([-:*|>/') OPENING_ASCII[c.charCodeAt(0)] = 1;
const OPENING_OTHER = ['«', '“', '‘', '•'].map((c) => c.charCodeAt(0));
const isOpening = (c: number): boolean => c < 128 ? OPENING_ASCII[c] === 1 : OPENING_OTHER.includes(c);
/** Most tokens between an opening mark and the word it makes initial ("« Word", "( 'Word"). */
const MAX_INITIAL_GAP = 4;
/** Least run of all-caps words that reads as shouted text, not acronyms (THIS IMAGE HAS BEEN SUPPLIED). */
const SHOUT_RUN = 3;

/**
 * Counts of the word shapes of one line (see {@link EnglishFeatures.endLine}), which reads only
 * whether each is zero (or, for {@link cap}, at least two): a count may stop short past that.
 */
class LineTally {
  /** All-caps words. */
  upper = 0;
  /** Words with a lower-case letter. */
  lower = 0;
  /** Capitalized words of four letters or more. */
  cap = 0;
  /** Lower-case words of four letters or more. */
  small = 0;

  /** Counts a word of shape `s`; `long`: of four characters or more. */
  add(s: number, long: boolean): void {
    if (s === Shape.None) return;
    if (s === Shape.Upper) this.upper++;
    else if (s === Shape.Lower || s === Shape.Capital) {
      this.lower++;
      if (long) { if (s === Shape.Lower) this.small++; else this.cap++; }
    }
  }
}

/**
 * The tables of the features made last (see {@link ScratchPool}): new features take them over,
 * so features are read only while they are the document's made last (see {@link englishFeatures}).
 */
const TABLES = new ScratchPool((n) => new Uint8Array(n));

/** Features of the tokens of one document. */
export class EnglishFeatures {
  /** {@link Shape} of each token. */
  readonly shape: Uint8Array;
  /** 1 where capitalization is no evidence: all-caps lines and runs of shouted words. */
  readonly capsText: Uint8Array;
  /** 1 on the first word of a sentence, of a line, or after an opening quote, colon or dash. */
  readonly initial: Uint8Array;
  /** 1 on lines whose every longer word is capitalized (menus, Title Case headlines, tag lists). */
  readonly titleText: Uint8Array;
  /** Whether some token has {@link capsText} (a pass over all-caps text may skip the document when not). */
  readonly anyCaps: boolean = false;

  constructor(readonly doc: AkhbarDocument) {
    const t = doc.tokens;
    const n = t.count;
    const text = doc.text;
    // The four tables, cut from the buffer of the features made last (see TABLES).
    TABLES.reset();
    this.shape = TABLES.take(n);
    this.capsText = TABLES.take(n);
    this.initial = TABLES.take(n);
    this.titleText = TABLES.take(n);
    // Shouted runs inside mixed lines (… via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY),
    // and the words of each line, read in the same pass as the shapes: a run or a line needs only
    // the shapes up to its end.
    let runStart = -1, words = 0;
    const lines = doc.lines;
    // The line counted (li) and its tokens [from, to): a line is ended when the pass reaches its
    // end, one comparison per token instead of reading the line objects at every word.
    let li = 0, from = n, to = n;
    if (lines.length > 0) { from = lines[0].tokenStart; to = lines[0].tokenEnd; }
    const tally = new LineTally();
    for (let i = 0; i < n; i++) {
      while (i >= to) {
        if (this.endLine(lines[li], tally)) this.anyCaps = true;
        li++;
        if (li < lines.length) { from = lines[li].tokenStart; to = lines[li].tokenEnd; } else from = to = n;
      }
      const kind = t.kind[i];
      let s: number = Shape.None;
      if (kind === TokenKind.Punct) {
        // The word right after an opening mark (read in the same pass: marking is order-free).
        if (isOpening(text.charCodeAt(t.start(i)))) this.afterOpening(i);
      } else if (kind === TokenKind.Word) {
        const a = t.start(i);
        const c0 = text.charCodeAt(a);
        if (isUpperCode(c0)) {
          const b = t.end(i);
          let lower = false;
          for (let k = a + 1; k < b && !lower; k++) lower = isLowerCode(text.charCodeAt(k));
          s = lower ? Shape.Capital : b - a === 1 ? Shape.Letter : Shape.Upper;
          if (i >= from) tally.add(s, b - a >= 4);
        } else if (isLowerCode(c0)) {
          s = Shape.Lower;
          // A line's verdict needs no more than one long lower-case word: the end of the others is not read.
          if (i >= from) tally.add(s, tally.small === 0 && t.end(i) - a >= 4);
        }
        this.shape[i] = s;
      }
      // A run closes at a line's start and at a word of another shape (outside a run, nothing to close).
      if (words > 0 && (t.flags[i] & TokenFlag.LineStart || (s !== Shape.None && s !== Shape.Upper && s !== Shape.Letter))) {
        if (this.closeShout(runStart, i, words)) this.anyCaps = true;
        runStart = -1; words = 0;
      }
      if (s === Shape.Upper || (s === Shape.Letter && words > 0)) { if (runStart < 0) runStart = i; words++; }
    }
    // And at the end.
    if (this.closeShout(runStart, n, words)) this.anyCaps = true;
    for (; li < lines.length; li++) if (this.endLine(lines[li], tally)) this.anyCaps = true;
    // Sentence-initial words.
    const starts = doc.sentences;
    for (let k = 0; k + 1 < starts.length; k++) this.markInitial(starts[k], starts[k + 1]);
  }

  /**
   * Marks line `line` from the counts of its words in `tally` (then cleared): all-caps text when
   * no word has a lower-case letter and one is upper case (true then), Title Case when every
   * word of four letters or more starts with a capital.
   */
  private endLine(line: { tokenStart: number; tokenEnd: number }, tally: LineTally): boolean {
    const caps = tally.upper > 0 && tally.lower === 0;
    if (caps) this.capsText.fill(1, line.tokenStart, line.tokenEnd);
    if (tally.cap >= 2 && tally.small === 0) this.titleText.fill(1, line.tokenStart, line.tokenEnd);
    tally.upper = tally.lower = tally.cap = tally.small = 0;
    return caps;
  }

  /** Marks as all-caps text the run of `words` shouted words `[start, end)` when long enough to be no acronyms; true when it is. */
  private closeShout(start: number, end: number, words: number): boolean {
    if (words < SHOUT_RUN) return false;
    this.capsText.fill(1, start, end);
    return true;
  }

  /** Marks the word after opening mark `i` as initial (after a quote, bracket, colon or dash). */
  private afterOpening(i: number): void {
    const t = this.doc.tokens;
    // An apostrophe inside a word (O'Gorman) or a hyphen inside a compound opens nothing.
    if (this.joinedAt(i)) return;
    // A hyphen opens only as a spaced dash (KATHMANDU (Reuters) - Nepal's …), not in 6-3.
    if (this.doc.text.charCodeAt(t.start(i)) === 45 /* - */ && !(t.flags[i] & TokenFlag.SpaceBefore)) return;
    // The word right after the mark (a few tokens at most: a page of bare marks must stay linear).
    this.markInitial(i + 1, Math.min(t.count, i + 1 + MAX_INITIAL_GAP));
  }

  /** Marks the first word at or after `a` (before `b`), skipping punctuation, numbers and line-start bullets. */
  private markInitial(a: number, b: number): void {
    const t = this.doc.tokens;
    for (let i = a; i < b; i++) {
      if (t.kind[i] === TokenKind.Word || t.kind[i] === TokenKind.Arabic) { this.initial[i] = 1; return; }
      if (i > a && t.flags[i] & TokenFlag.LineStart) return;
    }
  }

  /** True when punctuation token `i` joins the words on both sides without spaces (Anne-Gaelle, O'Gorman). */
  joinedAt(i: number): boolean {
    const t = this.doc.tokens;
    if (i <= 0 || i + 1 >= t.count || t.kind[i] !== TokenKind.Punct) return false;
    if (t.flags[i] & TokenFlag.SpaceBefore || t.flags[i + 1] & TokenFlag.SpaceBefore) return false;
    if (t.kind[i - 1] !== TokenKind.Word || t.kind[i + 1] !== TokenKind.Word) return false;
    const ch = this.doc.text.charCodeAt(t.start(i));
    return ch === 45 /* - */ || ch === 39 /* ' */ || ch === 0x2019 || ch === 0x2010 || ch === 0x2011;
  }

  /** True when token `i` is a possessive `'s` / `’s` ending (Kremlin's, Anwar’s, Boatmen 's). */
  possessiveAt(i: number): boolean {
    const t = this.doc.tokens;
    if (i + 1 >= t.count || t.kind[i] !== TokenKind.Punct) return false;
    const ch = this.doc.text.charCodeAt(t.start(i));
    if (ch !== 39 && ch !== 0x2019) return false;
    if (t.flags[i + 1] & TokenFlag.SpaceBefore || t.norm(i + 1) !== 's') return false;
    return i + 2 >= t.count || t.kind[i + 2] !== TokenKind.Word || !!(t.flags[i + 2] & TokenFlag.SpaceBefore);
  }

  /**
   * End of the name word that starts at token `i`: past joined parts (Anne-Gaelle, O'Gorman,
   * Chester-le-Street), not past a possessive (Kremlin's) or an adjective compound whose last
   * part is lower case (York-based, Kremlin-backed). Returns -1 when the compound is such an adjective.
   */
  wordEnd(i: number): number {
    const t = this.doc.tokens;
    let e = i + 1;
    while (e + 1 < t.count && this.joinedAt(e) && !this.possessiveAt(e)) e += 2;
    if (e > i + 1 && this.shape[e - 1] === Shape.Lower) return -1;
    return e;
  }

  /** True when the token's sentence is all-caps text or the token is shouted. */
  caps(i: number): boolean {
    return this.capsText[i] === 1;
  }
}

/**
 * The features of a document, computed on first ask and kept for the document read last (the
 * stages that ask read one document at a time; features of an earlier document are not to be
 * read once another's are made: they share its tables). Not a WeakMap: the young-generation
 * collector keeps a weak map's entries alive, so every document would outlive several collections.
 */
let lastDoc: AkhbarDocument | null = null;
let lastFeatures: EnglishFeatures | null = null;
export function englishFeatures(doc: AkhbarDocument): EnglishFeatures {
  if (doc !== lastDoc || !lastFeatures) { lastFeatures = new EnglishFeatures(doc); lastDoc = doc; }
  return lastFeatures;
}
