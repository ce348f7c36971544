/**
 * Features of each line of a page: length in words, final punctuation, markers
 * at its start, site vocabulary inside it, whether it is a date line, how often
 * it repeats on the page. Work per line is bounded (markers and vocabulary look
 * at a bounded number of tokens; dates are searched only in short lines), so the
 * whole pass is linear in the text length.
 */
import type { AkhbarDocument, Line } from '../doc/document.js';
import { findDates, type FoundDate } from '../metadata/dates/index.js';
import { digitValue } from '../metadata/dates/normalize.js';
import { TokenKind, type TokenList } from '../text/tokenize.js';
import { Unit } from '../text/code-units.js';
import { buildMatchView } from '../text/normalize.js';
import { PHRASE_ALONE, PHRASE_SECOND } from './phrases.js';
import { WordMarks } from '../text/words.js';
import {
  CAPTION_VOCABULARY,
  DATE_LINE_WORDS,
  LINE_MARKERS,
  PRAYER_WORDS,
  SOCIAL_WORDS,
  VOCABULARY,
  type MarkerKind,
} from './markers.js';

/** How a line ends. */
export type LineEnd = 'period' | 'question' | 'exclaim' | 'colon' | 'none';

/** A marker found at the start of a line. */
export interface LineMarker {
  kind: MarkerKind;
  /** Token right after the marker (and after a colon or dash following it). */
  after: number;
  /** Word tokens after the marker. */
  rest: number;
  /** A colon (or dash) follows the marker. */
  colon: boolean;
  /** Number of tokens of the marker phrase. */
  size: number;
}

/** Everything the classifier needs to know about one line. */
export interface LineInfo {
  /** Index in `doc.lines`. */
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Words (Arabic, Latin, numbers). */
  words: number;
  arabic: number;
  latin: number;
  numbers: number;
  end_: LineEnd;
  /** Sentence ends inside the line (". X"). */
  innerStops: number;
  commas: number;
  marker: LineMarker | null;
  /** Site-talk phrases in the line (cookies, comments policy, copyright). */
  vocabulary: number;
  /** The line names a photo credit. */
  credit: boolean;
  /** Share/follow words in the line. */
  social: number;
  /** Prayer names in the line. */
  prayers: number;
  /** Clock times (h:mm) in the line. */
  clocks: number;
  /** Vertical bars (`|`) and spaced breadcrumb marks (` » `) in the line: menus, footers, breadcrumbs. */
  pipes: number;
  /**
   * Navigation, share and comment phrases anywhere in the line; counted only in a line with a
   * marker or one not {@link proseShaped} (0 in others: no bar of links is looked for there).
   */
  navHits: number;
  /** The line ends with a relative time (`5 h ago`, `منذ 3 ساعات`). */
  ago: boolean;
  /** Dates in the line (short lines only); null until first needed (see {@link datesOf}). */
  dates: readonly FoundDate[] | null;
  /** The line is a date (and time) with at most a label around it. */
  dateLine: boolean;
  /** The line is a clock time with at most a couple of words (`03:26 pm`, `11:01 ت م`). */
  timeLine: boolean;
  /**
   * The page's lines by their repetition key, the normalized text of a line (its first
   * {@link KEY_CHARS} code units): see {@link sameKey} and {@link repeatsOf}.
   */
  keys: LineKeys;
}

/** Lines longer than this are not searched for dates by the line pass. */
const DATE_LINE_MAX = 240;
/** Words a date line has at most. */
const DATE_LINE_WORDS_MAX = 24;
/** Tokens of a line scanned for vocabulary. */
const VOCAB_TOKENS = 160;
/** Tokens of a line scanned for navigation phrases. */
const NAV_TOKENS = 40;
const NAV_KINDS = new Set<MarkerKind>(['nav', 'share', 'comments']);
/** Words a line naming a photo credit has at most. */
const CREDIT_WORDS_MAX = 60;
/** Characters of a line used as its repetition key. */
const KEY_CHARS = 200;

/** `»`, `›`, `>` (the view turns `»` into a quote mark, so the original character is tested). */
const isCrumb = (c: number) => c === 0xbb || c === 0x203a || c === 62;
/** What `»`, `›` and `>` begin with in the view (code units): a token starting with another character is none of them. */
const CRUMB_VIEWS = Array.from(buildMatchView('\u00bb\u203a>').text, (ch) => ch.charCodeAt(0));

/** Computes the features of every line. Linear in the text length. */
export function lineFeatures(doc: AkhbarDocument): LineInfo[] {
  const n = doc.lines.length;
  const out: LineInfo[] = new Array(n);
  const keys = new LineKeys(doc);
  for (let i = 0; i < n; i++) out[i] = features(doc, doc.lines[i], i, keys);
  return out;
}

/** Whether two lines of a page have the same repetition key (the same normalized text). */
export const sameKey = (f: LineInfo, g: LineInfo): boolean => f.keys.same(f.index, g.index);

/** How many lines of the page have the same repetition key as `f` (itself included). */
export const repeatsOf = (f: LineInfo): number => f.keys.repeats(f.index);

/**
 * The page's lines by their key text, a range of the view. Keys are found and lines grouped on
 * first use (most pages never ask how often a line repeats, and compare few lines), without a
 * substring or a string map per line: lines are sorted by the length of their key (lines of other
 * lengths never share it), and only the lines of a length asked about are hashed, a hit confirmed
 * by comparing the code units. (Most lines of a long page are paragraphs with a key of the full
 * {@link KEY_CHARS}, while the lines asked about are short titles: their few peers are hashed,
 * not the whole page.)
 */
export class LineKeys {
  /** Per line: start and end of its key in the view (-1: not found yet). */
  private readonly ranges: Int32Array;
  /** Per line: how many lines share its key (0: not counted yet). */
  private counts: Int32Array | null = null;
  /** The lines sorted by key length, those of length `k` at `byLength[lengthStart[k]…lengthStart[k + 1]]`. */
  private byLength: Int32Array | null = null;
  private lengthStart: Int32Array | null = null;
  private readonly view: string;

  constructor(private readonly doc: AkhbarDocument) {
    this.view = doc.view.text;
    this.ranges = new Int32Array(doc.lines.length * 2).fill(-1);
  }

  /** Where the key of `line` starts in the view; its end is at `2 * line + 1` of {@link ranges}. */
  private keyAt(line: number): number {
    const r = this.ranges;
    if (r[line * 2] < 0) {
      const doc = this.doc, t = doc.tokens, l = doc.lines[line];
      // The line's tokens bound where its view starts and ends: no search over the whole view.
      const vs = viewIndexNear(doc, l.start, l.tokenStart < t.count ? t.nStart[l.tokenStart] : doc.view.starts.length);
      const ve = viewIndexNear(doc, l.end, l.tokenEnd < t.count ? t.nStart[l.tokenEnd] : doc.view.starts.length);
      r[line * 2] = vs;
      r[line * 2 + 1] = Math.max(vs, Math.min(ve, vs + KEY_CHARS));
    }
    return r[line * 2];
  }

  /**
   * Code units of the key of `line`. A line whose tokens span {@link KEY_CHARS} code units of the
   * view or more (most paragraphs) has a key that long: its view holds its tokens, so it is told
   * without finding where the key starts.
   */
  private keyLength(line: number): number {
    const l = this.doc.lines[line], t = this.doc.tokens;
    if (l.tokenEnd > l.tokenStart && t.nEnd[l.tokenEnd - 1] - t.nStart[l.tokenStart] >= KEY_CHARS) return KEY_CHARS;
    const start = this.keyAt(line);
    return this.ranges[line * 2 + 1] - start;
  }

  /** Whether lines `i` and `j` have the same key. */
  same(i: number, j: number): boolean {
    const a = this.keyAt(i), c = this.keyAt(j);
    const r = this.ranges;
    const b = r[i * 2 + 1];
    if (r[j * 2 + 1] - c !== b - a) return false;
    const v = this.view;
    for (let k = 0; k < b - a; k++) if (v.charCodeAt(a + k) !== v.charCodeAt(c + k)) return false;
    return true;
  }

  /** How many lines share the key of `line`. */
  repeats(line: number): number {
    const counts = (this.counts ??= new Int32Array(this.ranges.length >> 1));
    if (counts[line] === 0) this.countLength(this.keyLength(line), counts);
    return counts[line];
  }

  /** Sorts the lines by key length (a counting sort: lengths run from 0 to {@link KEY_CHARS}). */
  private sortByLength(): void {
    const n = this.ranges.length >> 1;
    const lengths = new Uint8Array(n); // (KEY_CHARS < 256)
    const start = new Int32Array(KEY_CHARS + 2);
    for (let line = 0; line < n; line++) start[(lengths[line] = this.keyLength(line)) + 1]++;
    for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
    const next = start.slice(0, KEY_CHARS + 1);
    const lines = new Int32Array(n);
    for (let line = 0; line < n; line++) lines[next[lengths[line]]++] = line;
    this.byLength = lines;
    this.lengthStart = start;
  }

  /** Counts, for every line with a key of `length` code units, the lines sharing its key: they are grouped in a hash table of their keys. */
  private countLength(length: number, counts: Int32Array): void {
    if (!this.byLength) this.sortByLength();
    const lines = this.byLength!, from = this.lengthStart![length], to = this.lengthStart![length + 1];
    const m = to - from;
    if (m === 1) { counts[lines[from]] = 1; return; }
    let size = 16;
    while (size < m * 2) size *= 2;
    // Per slot: the first line with the key + 1 (0 empty), and the hash of the key.
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    const first = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const line = lines[from + k];
      const h = this.hash(line);
      for (let p = h & mask; ; p = (p + 1) & mask) {
        const rep = slots[p * 2] - 1;
        if (rep < 0) {
          slots[p * 2] = line + 1;
          slots[p * 2 + 1] = h;
          first[k] = line;
          break;
        }
        if (slots[p * 2 + 1] === h && this.same(rep, line)) {
          first[k] = rep;
          break;
        }
      }
      counts[first[k]]++;
    }
    for (let k = 0; k < m; k++) counts[lines[from + k]] = counts[first[k]];
  }

  private hash(line: number): number {
    const v = this.view;
    let h = 0x811c9dc5;
    for (let k = this.keyAt(line), b = this.ranges[line * 2 + 1]; k < b; k++) h = Math.imul(h ^ v.charCodeAt(k), 0x01000193);
    return h ^ (h >>> 16);
  }
}

/**
 * Per word (one byte read a token): 1, plus {@link SOCIAL} for a share/follow word, {@link PRAYER}
 * for a prayer name, a bit per phrase set that has a phrase starting with the word, {@link ALONE}
 * when the word may be a phrase of some set alone and {@link SECOND} when it may come second in one
 * (which sets: {@link LINE_PHRASES}). A line in which no phrase of a set may start (see
 * PhraseSet.mayMatchAt) is not searched for them.
 */
const LINE_WORDS = new WordMarks();
const SOCIAL = 2, PRAYER = 4, NAV = 8, VOCAB = 16, CAPTION = 32, ALONE = 64, SECOND = 128;
const PHRASE_SETS = NAV | VOCAB | CAPTION;
/**
 * Per word, read only where {@link LINE_WORDS} says a phrase may start: 1, plus per set its bit
 * `>> 2` when the word may be a phrase of it alone, its bit `<< 1` when it may come second in one.
 */
const LINE_PHRASES = new WordMarks();

function lineWordMark(t: TokenList, i: number): number {
  const n = t.norm(i);
  const phrases = linePhraseMark(t, i);
  return 1 | (SOCIAL_WORDS.has(n) ? SOCIAL : 0) | (PRAYER_WORDS.has(n) ? PRAYER : 0) |
    (LINE_MARKERS.mayStartAt(t, i) ? NAV : 0) | (VOCABULARY.mayStartAt(t, i) ? VOCAB : 0) | (CAPTION_VOCABULARY.mayStartAt(t, i) ? CAPTION : 0) |
    ((phrases << 2) & PHRASE_SETS ? ALONE : 0) | ((phrases >> 1) & PHRASE_SETS ? SECOND : 0);
}

function linePhraseMark(t: TokenList, i: number): number {
  const marks = LINE_PHRASES.of(t.words);
  const id = t.word[i];
  let m = marks[id];
  if (m === 0) {
    marks[id] = m = 1 | phraseBits(LINE_MARKERS.wordFacts(t, i), NAV) | phraseBits(VOCABULARY.wordFacts(t, i), VOCAB) |
      phraseBits(CAPTION_VOCABULARY.wordFacts(t, i), CAPTION);
  }
  return m;
}

/** A set's facts of a word as bits of its {@link LINE_PHRASES} mark (`bit`: the set's). */
function phraseBits(facts: number, bit: number): number {
  return (facts & PHRASE_ALONE ? bit >> 2 : 0) | (facts & PHRASE_SECOND ? bit << 1 : 0);
}

/** The sets a phrase of which may start at token `i` (some set's opens there): one alone, or one `i + 1` may be second in. */
function phraseStarts(t: TokenList, i: number, last: boolean): number {
  return ((linePhraseMark(t, i) << 2) | (last ? 0 : linePhraseMark(t, i + 1) >> 1)) & PHRASE_SETS;
}

function features(doc: AkhbarDocument, line: Line, index: number, keys: LineKeys): LineInfo {
  const t = doc.tokens;
  const lineWords = LINE_WORDS.of(t.words);
  const text = doc.text;
  let words = 0, arabic = 0, latin = 0, numbers = 0, innerStops = 0, commas = 0, social = 0, prayers = 0, clocks = 0, pipes = 0;
  const a = line.tokenStart, b = line.tokenEnd;
  // The phrase sets a phrase of which may start in the line (each within the stretch it is searched
  // in): at a word that opens one and may be one alone or is followed by a word that may come second
  // (PhraseSet.mayMatchAt, for the three sets at once: ALONE and SECOND of any set first, then, the
  // rare times they hold, which sets). `open` and `alone`: the previous word's.
  let phrases = 0, open = 0, alone = false;
  // The first number token long enough to hold a year (-1: none, and the line has no date).
  let yearFrom = -1;
  // Which of the line's first tokens may start a line marker (bit d: token a + d; see lineMarker).
  let markerStarts = 0;
  for (let i = a; i < b; i++) {
    const k = t.kind[i];
    let m = 0;
    const d = i - a;
    if (d <= VOCAB_TOKENS) {
      const id = t.word[i];
      m = lineWords[id];
      if (m === 0) lineWords[id] = m = lineWordMark(t, i);
      if (d <= MARKER_LEAD && (m & NAV)) markerStarts |= 1 << d;
      if (open !== 0 && (alone || (m & SECOND))) phrases |= open & phraseStarts(t, i - 1, false);
      open = m & (d < NAV_TOKENS ? PHRASE_SETS : d < VOCAB_TOKENS ? VOCAB | CAPTION : 0);
      alone = (m & ALONE) !== 0;
    }
    if (k === TokenKind.Arabic) { words++; arabic++; }
    else if (k === TokenKind.Word) { words++; latin++; }
    else if (k === TokenKind.Number) {
      words++; numbers++;
      if (yearFrom < 0 && t.nEnd[i] - t.nStart[i] >= 4) yearFrom = i;
      if (i + 2 < b && t.unit(i + 1) === Unit.Colon && t.kind[i + 2] === TokenKind.Number && t.size(i + 2) === 2 && t.size(i) <= 2) clocks++;
    } else {
      const p = t.unit(i);
      if (p === Unit.Comma || p === Unit.ArabicComma || p === Unit.ArabicSemicolon || p === Unit.Semicolon) commas++;
      // (a sentence stop first: the commonest mark, and never a crumb)
      else if (p === Unit.Period || p === Unit.Exclamation || p === Unit.Question || p === Unit.ArabicQuestion) {
        if (i + 1 < b && (t.flags[i + 1] & 1) && t.kind[i + 1] !== TokenKind.Punct &&
          !(p === Unit.Period && i > a && t.kind[i - 1] === TokenKind.Word && t.size(i - 1) <= 2)) innerStops++;
      }
      // (the original character, the dearer read, only for a token a crumb may start)
      else if (p === Unit.Pipe || (CRUMB_VIEWS.includes(doc.view.text.charCodeAt(t.nStart[i])) && (t.flags[i] & 1) && i + 1 < b && (t.flags[i + 1] & 1) && isCrumb(text.charCodeAt(t.start(i))))) pipes++;
    }
    if (k === TokenKind.Arabic || k === TokenKind.Word) {
      if (i - a < 60) {
        if (m & SOCIAL) social++;
        if (m & PRAYER) prayers++;
      }
    }
  }
  if (open !== 0 && alone) phrases |= open & phraseStarts(t, Math.min(b, a + VOCAB_TOKENS + 1) - 1, true);
  const marker = markerStarts === 0 ? null : lineMarker(doc, a, b, markerStarts);
  const end_ = lineEnd(text, line.start, line.end);
  let navHits = 0;
  // (Links are counted only where a bar of them is looked for: a line with a marker, or one not
  // shaped as a paragraph; see roleOf. Most lines are sentences.)
  if ((phrases & NAV) && (marker !== null || !proseShaped(words, end_))) {
    for (const hit of LINE_MARKERS.findAll(t, a, b, NAV_TOKENS)) if (NAV_KINDS.has(hit.value)) navHits++;
  }
  let vocabulary = 0;
  if (phrases & VOCAB) for (const hit of VOCABULARY.findAll(t, a, b, VOCAB_TOKENS)) vocabulary += hit.value;
  let creditScore = 0;
  if ((phrases & CAPTION) && words <= CREDIT_WORDS_MAX) {
    for (const hit of CAPTION_VOCABULARY.findAll(t, a, b, VOCAB_TOKENS)) creditScore = Math.max(creditScore, hit.value);
  }
  const credit = words <= CREDIT_WORDS_MAX && (creditScore >= 2 || (creditScore === 1 && words <= 20 && end_ !== 'period'));
  let dates: readonly FoundDate[] | null = null;
  let dateLine = false;
  let timeLine = false;
  const timeLike = clocks >= 1 && words - numbers <= 3 && clocks <= 2;
  // Only a line that may be a date line or a time line needs its dates now; a longer one's are
  // searched if the publication date is looked for in it (most never are).
  if (words <= DATE_LINE_WORDS_MAX || timeLike) {
    dates = yearFrom < 0 ? NO_DATES : lineDates(doc, line, yearFrom);
    if (dates.length) dateLine = words <= DATE_LINE_WORDS_MAX && leftoverWords(doc, line, dates) <= 3;
    else if (timeLike && line.end - line.start <= DATE_LINE_MAX) timeLine = leftoverWords(doc, line, []) <= 1;
  }
  const ago = b - a >= 2 && words <= 6 && (t.norm(b - 1) === 'ago' || (b - a >= 3 && t.norm(b - 3) === 'منذ'));
  return {
    index, start: line.start, end: line.end, tokenStart: a, tokenEnd: b,
    words, arabic, latin, numbers, end_, innerStops, commas,
    marker, vocabulary, credit, social, prayers, clocks, pipes, navHits, ago, dates, dateLine, timeLine, keys,
  };
}

/** Shaped as a paragraph: a sentence of six words or more ending with a period, or a long line. */
export const proseShaped = (words: number, end: LineEnd): boolean => (end === 'period' && words >= 6) || words >= 25;

/** Latin words of a line starting with a capital letter (counted when asked: few lines are). */
export function capitalizedWords(doc: AkhbarDocument, f: LineInfo): number {
  const t = doc.tokens;
  let n = 0;
  for (let i = f.tokenStart; i < f.tokenEnd; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    const c = doc.text.charCodeAt(t.start(i));
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/** The dates of a line, searched on first use. */
export function datesOf(doc: AkhbarDocument, f: LineInfo): readonly FoundDate[] {
  return (f.dates ??= lineDates(doc, doc.lines[f.index]));
}

/** No dates (one array for every line without any). */
const NO_DATES: readonly FoundDate[] = Object.freeze([]);

/**
 * The dates of a line: none in a long line, nor in one without a four-digit year and a one- or
 * two-digit number. `yearFrom`: a token of the line before which no number token may hold a year.
 */
function lineDates(doc: AkhbarDocument, line: Line, yearFrom = line.tokenStart): readonly FoundDate[] {
  return line.end - line.start > DATE_LINE_MAX ? NO_DATES : datesUpTo(doc, line, line.end, yearFrom);
}

/**
 * The dates of the first `max` code units of a line, whatever its length (the lead paragraph's,
 * searched for a date written as today's): {@link datesOf} when that is the whole line, else searched
 * when the line's number tokens allow a date.
 */
export function leadingDates(doc: AkhbarDocument, f: LineInfo, max: number): readonly FoundDate[] {
  const end = Math.min(f.end, f.start + max);
  return end === f.end && end - f.start <= DATE_LINE_MAX ? datesOf(doc, f) : datesUpTo(doc, doc.lines[f.index], end);
}

/**
 * The dates of `[line.start, end)` (`end` at most the line's end). The line's number tokens tell
 * without a pass over its text (most lines with a year have no date): a four-digit year of the range
 * is one of the line, and so, when the range is the whole line, is a day (a cut inside a number
 * could leave one or two of its digits standing alone). `yearFrom`: where the year search starts (the
 * line pass knows the first number token long enough for a year).
 */
function datesUpTo(doc: AkhbarDocument, line: Line, end: number, yearFrom = line.tokenStart): readonly FoundDate[] {
  if (!hasYearDigits(doc, yearFrom, line.tokenEnd)) return NO_DATES;
  if (end === line.end && !hasDayDigits(doc, line.tokenStart, line.tokenEnd)) return NO_DATES;
  const dates = findDates(doc.text, line.start, end);
  return dates.length ? dates : NO_DATES;
}

/**
 * Whether a number token of `[a, b)` holds four digits in a row. Every digit the date finder
 * reads (ASCII, Eastern Arabic, Persian) is an ASCII digit of a number token in the view.
 */
function hasYearDigits(doc: AkhbarDocument, a: number, b: number): boolean {
  const t = doc.tokens;
  const v = doc.view.text;
  for (let i = a; i < b; i++) {
    if (t.kind[i] !== TokenKind.Number || t.nEnd[i] - t.nStart[i] < 4) continue;
    let run = 0;
    for (let k = t.nStart[i]; k < t.nEnd[i]; k++) {
      const c = v.charCodeAt(k);
      run = c >= 48 && c <= 57 ? run + 1 : 0;
      if (run >= 4) return true;
    }
  }
  return false;
}

/**
 * Whether the text holds one or two digits standing alone (no digit right before or after) in a
 * number token of `[a, b)`. Every pattern of the date finder has such a day or month (`8 November
 * 2023`, `2020/12/1`, `2023-11-08T…`), and a run of digits of the text is never split between two
 * tokens (each digit is one of the view, and the tokenizer keeps digits together), so it is read
 * in the token's own span of the original.
 */
function hasDayDigits(doc: AkhbarDocument, a: number, b: number): boolean {
  const t = doc.tokens;
  const text = doc.text;
  for (let i = a; i < b; i++) {
    if (t.kind[i] !== TokenKind.Number) continue;
    let run = 0;
    for (let k = t.start(i), e = t.end(i); k < e; k++) {
      if (isDigit(text.charCodeAt(k))) run++;
      else if (run === 1 || run === 2) return true;
      else run = 0;
    }
    if (run === 1 || run === 2) return true;
  }
  return false;
}

/** A digit as the date finder reads one: ASCII, Eastern Arabic (٠-٩) or Persian (۰-۹). */
const isDigit = (c: number): boolean => digitValue(c) >= 0;

/** The first view index whose original start is at or after `offset` (binary search). */
export function viewIndex(doc: AkhbarDocument, offset: number): number {
  const s = doc.view.starts;
  let lo = 0, hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** {@link viewIndex}, found by a short walk from a view index near it (`hint`), else by the search. */
function viewIndexNear(doc: AkhbarDocument, offset: number, hint: number): number {
  const s = doc.view.starts;
  let v = hint;
  for (let steps = 0; steps < 16; steps++) {
    if (v > 0 && s[v - 1] >= offset) v--;
    else if (v < s.length && s[v] < offset) v++;
    else return v;
  }
  return viewIndex(doc, offset);
}

/** The normalized text of `[start, end)` of the original. */
export function viewText(doc: AkhbarDocument, start: number, end: number): string {
  return doc.view.text.slice(viewIndex(doc, start), viewIndex(doc, end));
}

function lineEnd(text: string, start: number, end: number): LineEnd {
  let e = end - 1;
  let guard = 0;
  while (e > start && guard++ < 6 && isCloserOrSpace(text.charCodeAt(e))) e--;
  const c = text.charCodeAt(e);
  if (c === 0x2e || c === 0x2026 || c === 0x6d4) return 'period'; // . … ۔
  if (c === 0x3f || c === 0x61f) return 'question'; // ? ؟
  if (c === 0x21) return 'exclaim';
  if (c === 0x3a || c === 0xff1a) return 'colon'; // : ：
  return 'none';
}

/** `"` `'` `)` `]` `»` `”` `’` `›` `}` `*` or a space: what may follow a line's final punctuation. */
function isCloserOrSpace(c: number): boolean {
  switch (c) {
    case 0x20: case 0x22: case 0x27: case 0x29: case 0x5d: case 0xbb: case 0x201d: case 0x2019: case 0x203a: case 0x7d: case 0x2a:
      return true;
    default:
      return false;
  }
}

/** Words of a line outside its date spans that are not date-line words. */
function leftoverWords(doc: AkhbarDocument, line: Line, dates: readonly FoundDate[]): number {
  const t = doc.tokens;
  let n = 0;
  let d = 0;
  for (let i = line.tokenStart; i < line.tokenEnd; i++) {
    const k = t.kind[i];
    if (k !== TokenKind.Arabic && k !== TokenKind.Word) continue;
    const s = t.start(i);
    while (d < dates.length && dates[d].end <= s) d++;
    if (d < dates.length && dates[d].start <= s) continue;
    if (DATE_LINE_WORDS.has(t.norm(i))) continue;
    if (isWeekday(t.norm(i))) continue;
    n++;
  }
  return n;
}

const WEEKDAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الثلاثا', 'الاربعاء', 'الاربعا', 'الخميس', 'الجمعه', 'السبت', 'sunday', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
/** A weekday name (normalized). */
export const isWeekday = (norm: string): boolean => WEEKDAYS.has(norm);

/** Punctuation skipped before a marker at a line start: bullets, slashes, brackets, dashes. */
const LEADING = new Set(['-', '--', '/', '//', '|', '(', '[', '•', '*', '»', '>', '#', '–', '«', '"', '·', '.', '..', '...', '+']);

/** Leading punctuation tokens skipped before a marker, at most. */
const MARKER_LEAD = 3;

/**
 * The marker at the start of the line of tokens `[a, b)`, or null. `starts`: bit `d` set when token
 * `a + d` may start one (its {@link NAV} mark, read by the line pass): no phrase is matched elsewhere.
 */
function lineMarker(doc: AkhbarDocument, a: number, b: number, starts: number): LineMarker | null {
  const t = doc.tokens;
  let i = a;
  while (i < b && i - a < MARKER_LEAD && t.kind[i] === TokenKind.Punct && LEADING.has(t.norm(i))) i++;
  if (!((starts >> (i - a)) & 1)) return null;
  const hit = LINE_MARKERS.matchAt(t, i, b);
  if (!hit) return null;
  // A marker must end at a word boundary: the next token is not glued to it (Sign InRegister is fine: a new token).
  let j = hit.end;
  let colon = false;
  while (j < b && t.kind[j] === TokenKind.Punct) {
    const p = t.norm(j);
    if (p === ':' || p === '：' || p === '-' || p === '--' || p === '|') colon = true;
    j++;
    if (j - hit.end > 3) break;
  }
  let rest = 0;
  for (let k = j; k < b; k++) if (t.kind[k] !== TokenKind.Punct) rest++;
  return { kind: hit.value, after: j, rest, colon, size: hit.end - hit.start };
}
