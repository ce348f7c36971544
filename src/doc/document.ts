/**
 * The document: one object owns the original text; every stage reads it and
 * adds annotations. Nothing rewrites the text, and every span it hands out
 * satisfies `text.slice(start, end) === span.text`.
 */
import { documentView, type MatchView } from '../text/normalize.js';
import { isLineBreak, TokenFlag, tokenize, type TokenList } from '../text/tokenize.js';
import { sentenceStarts } from '../text/sentences.js';
import type { Segment, SegmentKind, Span } from '../types.js';

/** A non-empty line of the original text, trimmed of surrounding whitespace. */
export interface Line {
  start: number;
  end: number;
  /** Index of the first token of the line and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * A name the page layout credits, read by the segmenter: a dateline's place and agency
 * (`موسكو-سانا`), a source label's outlet, a byline's reporter.
 */
export interface Credit {
  start: number;
  end: number;
  type: 'person' | 'place' | 'organization';
  from: 'dateline' | 'source' | 'byline';
}

/** A document under analysis. */
export class AkhbarDocument {
  /** The normalized matching view with its offset map. */
  readonly view: MatchView;
  /** Tokens over the view. */
  readonly tokens: TokenList;
  /** Sentence starts as token indices, ending with the token count. */
  readonly sentences: Int32Array;
  /** Non-empty lines in order. */
  readonly lines: Line[];
  /** Classified blocks, in text order, added by the segmenter. */
  segments: Segment[] = [];
  /** Names credited by the layout of the main article, added by the segmenter. */
  credits: Credit[] = [];

  constructor(readonly text: string, readonly language: string) {
    this.view = documentView(text);
    this.tokens = tokenize(this.view);
    this.sentences = sentenceStarts(this.tokens);
    this.lines = splitLines(text, this.tokens, this.sentences);
  }

  /** The span `[start, end)` of the original text, trimmed of whitespace at both ends. */
  span(start: number, end: number): Span {
    const t = this.text;
    while (start < end && isSpace(t.charCodeAt(start))) start++;
    while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
    return { start, end, text: t.slice(start, end) };
  }

  /** The span of tokens `[a, b)`. */
  tokenSpan(a: number, b: number): Span {
    return this.span(this.tokens.start(a), this.tokens.end(b - 1));
  }

  /** The segment that holds an offset (binary search), or null when it is outside every segment. */
  segmentAt(offset: number): Segment | null {
    const segs = this.segments;
    let lo = 0, hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  /** Segment kind and article of an offset, `body` of article 0 when outside every segment. */
  placeOf(offset: number): { segment: SegmentKind; article: number } {
    const s = this.segmentAt(offset);
    return s ? { segment: s.kind, article: s.article } : { segment: 'body', article: 0 };
  }
}

/** Whitespace, invisible format characters and BOM: what a span never starts or ends with. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0x200c || c === 0x200d ||
    c === 0x200e || c === 0x200f || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * The non-empty lines of `text`, built from the tokenizer's line starts: no token holds a line
 * break and each line's first token has {@link TokenFlag.LineStart}, so the tokens of a line are a
 * run from one marked token to the next. Every such token starts a sentence, so the runs are found
 * among the sentence starts (`sentences`, ending with the token count), without a walk of the tokens.
 * Only the text between runs is searched for line breaks (the ends of each run's line, and lines
 * with no token), not the text under the tokens.
 */
function splitLines(text: string, tokens: TokenList, sentences: Int32Array): Line[] {
  const lines: Line[] = [];
  const { count, flags } = tokens;
  const n = text.length;
  let pos = 0; // start of the first line not yet cut
  let a = 0; // first token of the run, sentences[k]
  let k = 0;
  while (a < count) {
    let b: number;
    do b = sentences[++k]; while (b < count && !(flags[b] & TokenFlag.LineStart));
    // Lines with no token before the run, then the run's line.
    const first = tokens.start(a);
    for (let i = pos; i < first; i++) {
      if (isLineBreak(text.charCodeAt(i))) { addLine(lines, text, tokens, pos, i, a, a); pos = i + 1; }
    }
    let end = tokens.end(b - 1);
    while (end < n && !isLineBreak(text.charCodeAt(end))) end++;
    addLine(lines, text, tokens, pos, end, a, b);
    pos = end + 1;
    a = b;
  }
  // Lines with no token after the last one; the text may end without a line break.
  if (pos <= n) {
    for (let i = pos; i < n; i++) {
      if (isLineBreak(text.charCodeAt(i))) { addLine(lines, text, tokens, pos, i, count, count); pos = i + 1; }
    }
    addLine(lines, text, tokens, pos, n, count, count);
  }
  return lines;
}

/**
 * Adds the line `[from, to)` of `text`, whose tokens are among `[a, b)`, unless it is blank: trimmed
 * of whitespace, with the tokens that lie only in what was trimmed left out.
 */
function addLine(lines: Line[], text: string, tokens: TokenList, from: number, to: number, a: number, b: number): void {
  let s = from, e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === s) return;
  while (a < b && tokens.end(a) <= s) a++;
  while (b > a && tokens.start(b - 1) >= e) b--;
  lines.push({ start: s, end: e, tokenStart: a, tokenEnd: b });
}
