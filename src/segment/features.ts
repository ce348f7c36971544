/**
 * Features of each line of a page: length in words, final punctuation, markers
 * at its start, site vocabulary inside it, whether it is a date line, how often
 * it repeats on the page. Work per line is bounded (markers and vocabulary look
 * at a bounded number of tokens; dates are searched only in short lines), so the
 * whole pass is linear in the text length.
 */
import type { AkhbarDocument, Line } from '../doc/document.js';
import { findDates, type FoundDate } from '../metadata/dates/index.js';
import { TokenKind } from '../text/tokenize.js';
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
  /** Latin words starting with a capital letter. */
  capitalized: number;
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
  /** Navigation, share and comment phrases anywhere in the line. */
  navHits: number;
  /** The line ends with a relative time (`5 h ago`, `منذ 3 ساعات`). */
  ago: boolean;
  /** Dates in the line (short lines only); null until first needed (see {@link datesOf}). */
  dates: FoundDate[] | null;
  /** The line is a date (and time) with at most a label around it. */
  dateLine: boolean;
  /** The line is a clock time with at most a couple of words (`03:26 pm`, `11:01 ت م`). */
  timeLine: boolean;
  /**
   * The line's repetition class: lines whose normalized text (its first {@link KEY_CHARS} code
   * units) is the same share one number (the index of the first of them).
   */
  key: number;
  /** How many lines of the page have the same key. */
  repeats: number;
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
/** Characters of a line used as its repetition key. */
const KEY_CHARS = 200;

const PERIOD_CHARS = new Set(['.', '…', '۔']);
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’', '›', '}', '*']);

/** `»`, `›`, `>` (the view turns `»` into a quote mark, so the original character is tested). */
const isCrumb = (c: number) => c === 0xbb || c === 0x203a || c === 62;

/** Computes the features of every line. Linear in the text length. */
export function lineFeatures(doc: AkhbarDocument): LineInfo[] {
  const n = doc.lines.length;
  const out: LineInfo[] = new Array(n);
  const keys = new RepeatKeys(doc.view.text, n);
  for (let i = 0; i < n; i++) {
    const info = features(doc, doc.lines[i], i, keys);
    out[i] = info;
  }
  for (const info of out) info.repeats = keys.count[info.key];
  return out;
}

/**
 * Lines grouped by their key text, a range of the view, without a substring or a string map per
 * line: a table of the ranges' hashes, a hit confirmed by comparing the code units.
 */
class RepeatKeys {
  /** Per table slot: the representative line + 1 (0 empty), and the hash of its key. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Per line: start and end of its key in the view. */
  private readonly ranges: Int32Array;
  /** Per representative line: how many lines share its key. */
  readonly count: Int32Array;

  constructor(private readonly view: string, lines: number) {
    let size = 16;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.ranges = new Int32Array(lines * 2);
    this.count = new Int32Array(lines);
  }

  /** The class of line `line`, whose key is `view.slice(a, b)`: the first line with the same key. */
  classOf(line: number, a: number, b: number): number {
    const v = this.view, slots = this.slots, mask = this.mask;
    this.ranges[line * 2] = a;
    this.ranges[line * 2 + 1] = b;
    let h = 0x811c9dc5;
    for (let k = a; k < b; k++) h = Math.imul(h ^ v.charCodeAt(k), 0x01000193);
    h ^= h >>> 16;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const rep = slots[p * 2] - 1;
      if (rep < 0) {
        slots[p * 2] = line + 1;
        slots[p * 2 + 1] = h;
        this.count[line] = 1;
        return line;
      }
      if (slots[p * 2 + 1] === h && this.sameKey(rep, a, b)) {
        this.count[rep]++;
        return rep;
      }
    }
  }

  private sameKey(rep: number, a: number, b: number): boolean {
    const ra = this.ranges[rep * 2], rb = this.ranges[rep * 2 + 1];
    if (rb - ra !== b - a) return false;
    const v = this.view;
    for (let k = 0; k < b - a; k++) if (v.charCodeAt(ra + k) !== v.charCodeAt(a + k)) return false;
    return true;
  }
}

/**
 * Per word: 1, plus {@link SOCIAL} for a share/follow word, {@link PRAYER} for a prayer name, and
 * a bit per phrase set a phrase of which may start with the word (one byte read a token): a line
 * none of whose words may open a phrase of a set is not searched for that set's phrases.
 */
const LINE_WORDS = new WordMarks();
const SOCIAL = 2, PRAYER = 4, NAV = 8, VOCAB = 16, CAPTION = 32;

function lineWordMark(doc: AkhbarDocument, i: number): number {
  const t = doc.tokens;
  const n = t.norm(i);
  return 1 | (SOCIAL_WORDS.has(n) ? SOCIAL : 0) | (PRAYER_WORDS.has(n) ? PRAYER : 0) |
    (LINE_MARKERS.mayStartAt(t, i) ? NAV : 0) | (VOCABULARY.mayStartAt(t, i) ? VOCAB : 0) | (CAPTION_VOCABULARY.mayStartAt(t, i) ? CAPTION : 0);
}

function features(doc: AkhbarDocument, line: Line, index: number, keys: RepeatKeys): LineInfo {
  const t = doc.tokens;
  const lineWords = LINE_WORDS.of(t.words);
  const text = doc.text;
  let words = 0, arabic = 0, latin = 0, capitalized = 0, numbers = 0, innerStops = 0, commas = 0, social = 0, prayers = 0, clocks = 0, pipes = 0;
  const a = line.tokenStart, b = line.tokenEnd;
  // The phrase sets some word of the line may open (each within the stretch it is searched in).
  let phrases = 0;
  for (let i = a; i < b; i++) {
    const k = t.kind[i];
    let m = 0;
    if (i - a < VOCAB_TOKENS) {
      const id = t.word[i];
      m = lineWords[id];
      if (m === 0) lineWords[id] = m = lineWordMark(doc, i);
      phrases |= m & (i - a < NAV_TOKENS ? NAV | VOCAB | CAPTION : VOCAB | CAPTION);
    }
    if (k === TokenKind.Arabic) { words++; arabic++; }
    else if (k === TokenKind.Word) {
      words++; latin++;
      const c = text.charCodeAt(t.start(i));
      if (c >= 65 && c <= 90) capitalized++;
    } else if (k === TokenKind.Number) {
      words++; numbers++;
      if (i + 2 < b && t.norm(i + 1) === ':' && t.kind[i + 2] === TokenKind.Number && t.norm(i + 2).length === 2 && t.norm(i).length <= 2) clocks++;
    } else {
      const p = t.norm(i);
      if (p === ',' || p === '،' || p === '؛' || p === ';') commas++;
      else if (p === '|' || (isCrumb(text.charCodeAt(t.start(i))) && (t.flags[i] & 1) && i + 1 < b && (t.flags[i + 1] & 1))) pipes++;
      else if ((p === '.' || p === '!' || p === '?' || p === '؟') && i + 1 < b && (t.flags[i + 1] & 1) && t.kind[i + 1] !== TokenKind.Punct) {
        if (!(p === '.' && i > a && t.kind[i - 1] === TokenKind.Word && t.norm(i - 1).length <= 2)) innerStops++;
      }
    }
    if (k === TokenKind.Arabic || k === TokenKind.Word) {
      if (i - a < 60) {
        if (m & SOCIAL) social++;
        if (m & PRAYER) prayers++;
      }
    }
  }
  const marker = lineMarker(doc, a, b);
  let navHits = 0;
  if (phrases & NAV) for (const hit of LINE_MARKERS.findAll(t, a, b, NAV_TOKENS)) if (NAV_KINDS.has(hit.value)) navHits++;
  let vocabulary = 0;
  if (phrases & VOCAB) for (const hit of VOCABULARY.findAll(t, a, b, VOCAB_TOKENS)) vocabulary += hit.value;
  let creditScore = 0;
  if (phrases & CAPTION) for (const hit of CAPTION_VOCABULARY.findAll(t, a, b, VOCAB_TOKENS)) creditScore = Math.max(creditScore, hit.value);
  const end_ = lineEnd(text, line.start, line.end);
  const credit = words <= 60 && (creditScore >= 2 || (creditScore === 1 && words <= 20 && end_ !== 'period'));
  let dates: FoundDate[] | null = null;
  let dateLine = false;
  let timeLine = false;
  const timeLike = clocks >= 1 && words - numbers <= 3 && clocks <= 2;
  // Only a line that may be a date line or a time line needs its dates now; a longer one's are
  // searched if the publication date is looked for in it (most never are).
  if (words <= DATE_LINE_WORDS_MAX || timeLike) {
    dates = lineDates(doc, line);
    if (dates.length) dateLine = words <= DATE_LINE_WORDS_MAX && leftoverWords(doc, line, dates) <= 3;
    else if (timeLike && line.end - line.start <= DATE_LINE_MAX) timeLine = leftoverWords(doc, line, []) <= 1;
  }
  const ago = b - a >= 2 && words <= 6 && (t.norm(b - 1) === 'ago' || (b - a >= 3 && t.norm(b - 3) === 'منذ'));
  // The line's tokens bound where its view starts and ends: no search over the whole view.
  const t0 = a < t.count ? t.nStart[a] : doc.view.starts.length;
  const vs = viewIndexNear(doc, line.start, t0);
  const ve = viewIndexNear(doc, line.end, b < t.count ? t.nStart[b] : doc.view.starts.length);
  const key = keys.classOf(index, vs, Math.max(vs, Math.min(ve, vs + KEY_CHARS)));
  return {
    index, start: line.start, end: line.end, tokenStart: a, tokenEnd: b,
    words, arabic, latin, capitalized, numbers, end_, innerStops, commas,
    marker, vocabulary, credit, social, prayers, clocks, pipes, navHits, ago, dates, dateLine, timeLine, key, repeats: 1,
  };
}

/** The dates of a line, searched on first use. */
export function datesOf(doc: AkhbarDocument, f: LineInfo): FoundDate[] {
  return (f.dates ??= lineDates(doc, doc.lines[f.index]));
}

/** The dates of a line: none in a long line, nor in one without a four-digit number. */
function lineDates(doc: AkhbarDocument, line: Line): FoundDate[] {
  if (line.end - line.start > DATE_LINE_MAX) return [];
  // Every date has a four-digit year: the line's number tokens tell without a pass over its text.
  return hasYearDigits(doc, line.tokenStart, line.tokenEnd) ? findDates(doc.text, line.start, line.end) : [];
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
  while (e > start && guard++ < 6 && (CLOSERS.has(text[e]) || text[e] === ' ')) e--;
  const c = text[e];
  if (PERIOD_CHARS.has(c)) return 'period';
  if (c === '?' || c === '؟') return 'question';
  if (c === '!') return 'exclaim';
  if (c === ':' || c === '：') return 'colon';
  return 'none';
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

function lineMarker(doc: AkhbarDocument, a: number, b: number): LineMarker | null {
  const t = doc.tokens;
  let i = a;
  while (i < b && i - a < 3 && t.kind[i] === TokenKind.Punct && LEADING.has(t.norm(i))) i++;
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
