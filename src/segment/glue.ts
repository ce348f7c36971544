/**
 * Scraper-glued lines: a subheading or a related-link title run into the next
 * paragraph without a line break (`… مستقبل السلاموعبّر الأمين العام …`,
 * `… (فيديو)وأكد أن …`). The join is found where the letters cannot belong to
 * one word or one sentence:
 * - a closing bracket, `؟` or `!` followed directly by an Arabic letter;
 * - a word-final letter (ة، ى) followed by more letters;
 * - و/ف + an opening verb (أكد، أشار، عبّر …) glued to the end of a longer word;
 * and a short lead-in label ending with a colon (`تحقيق رسمي: …`).
 */
import type { AkhbarDocument, Line } from '../doc/document.js';
import type { SegmentKind } from '../types.js';
import { TokenFlag, TokenKind } from '../text/tokenize.js';
import { Unit } from '../text/code-units.js';
import { WordMarks } from '../text/words.js';
import { MEDIA_TAGS, OPENING_VERBS } from './markers.js';

/** Where a glued line splits: the first part `[start, firstEnd)` of kind `kind`, the rest from `rest`. */
export interface GlueSplit {
  firstEnd: number;
  rest: number;
  kind: SegmentKind;
}

/** A line as {@link findGlue} reads it: its text offsets and its tokens `[tokenStart, tokenEnd)`. */
export type GlueLine = Pick<Line, 'start' | 'end' | 'tokenStart' | 'tokenEnd'>;

/** Tokens of a line searched for a join: a glued title is short. */
const SCAN_TOKENS = 48;
/** Words the first part may have at most, and the rest at least. */
const MAX_TITLE_WORDS = 40;
const MIN_REST_WORDS = 5;
/** Letters of the longest opening verb. */
const MAX_VERB = 7;

/**
 * The join of a title glued to the paragraph that follows it in `line`, or null.
 * `joins`: where the page has ة or ى right before a letter (see {@link LetterJoins}), asked about
 * the line only at its first word that may hold one; most lines have none, and their words'
 * letters are not read.
 */
export function findGlue(doc: AkhbarDocument, line: GlueLine, joins: LetterJoins): GlueSplit | null {
  const a = line.tokenStart, b = line.tokenEnd;
  const t = doc.tokens;
  const text = doc.text;
  let words = 0;
  const stop = Math.min(b, a + SCAN_TOKENS);
  const facts = GLUE_FACTS.of(t.words);
  // Whether the line holds a join: 0 not asked yet, 1 yes, -1 no.
  let finals = 0;
  for (let i = a; i < stop; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Punct) {
      const p = t.unit(i);
      // A sentence ended before any join: this is a paragraph, not a title.
      if (p === Unit.Period && i + 1 < b && (t.flags[i + 1] & TokenFlag.SpaceBefore) && t.kind[i + 1] !== TokenKind.Number) return null;
      if ((p === Unit.ClosingParen || p === Unit.ArabicQuestion || p === Unit.Exclamation || p === Unit.Question) && i + 1 < b && !(t.flags[i + 1] & TokenFlag.SpaceBefore) &&
        t.kind[i + 1] === TokenKind.Arabic && words >= 2) {
        return split(doc, a, b, t.start(i + 1), t.end(i));
      }
      continue;
    }
    words++;
    if (k !== TokenKind.Arabic || words < 2) continue;
    const id = t.word[i];
    let f = facts[id];
    if (f === 0) facts[id] = f = glueFacts(t.norm(i));
    // ة or ى inside a word: the word ended there. (The view writes them ه and ي: a word without
    // either, most of them, has neither in the text, and its letters are not read.)
    if (f & FINAL_LETTER) {
      if (finals === 0) finals = joins.within(line.start, line.end) ? 1 : -1;
      if (finals > 0) {
        const s = t.start(i), e = t.end(i);
        for (let c = s + 2; c < e - 2; c++) {
          const ch = text.charCodeAt(c);
          if ((ch === TEH_MARBUTA || ch === ALEF_MAKSURA) && isArabicLetter(text.charCodeAt(c + 1))) {
            return split(doc, a, b, c + 1, c + 1, true);
          }
        }
      }
    }
    // و/ف + opening verb glued to a longer word: السلاموعبر
    const back = f >> CUT_SHIFT;
    if (back > 0) {
      const cut = t.startAt(t.nEnd[i] - back);
      return split(doc, a, b, cut, cut, true);
    }
    if (words > MAX_TITLE_WORDS) return null;
  }
  return null;
}

const TEH_MARBUTA = 0x629, ALEF_MAKSURA = 0x649;

/**
 * Where ة or ى is followed directly by an Arabic letter in a page's text (a word may have ended
 * there), found for the page by one search on first use (a page none of whose lines has a word
 * with ه or ي in the view, an English one, never searches): {@link findGlue} reads the letters
 * of a line's words only when one lies in it.
 */
export class LetterJoins {
  private at: number[] | null = null;

  constructor(private readonly text: string) {}

  /** Whether one lies in `[from, to)` of the text (binary search). */
  within(from: number, to: number): boolean {
    const at = (this.at ??= joinsOf(this.text));
    let lo = 0, hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < from) lo = mid + 1; else hi = mid;
    }
    return lo < at.length && at[lo] < to;
  }
}

/** The offsets of the page's joins, in order. */
function joinsOf(text: string): number[] {
  const at: number[] = [];
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m; m = JOIN.exec(text)) at.push(m.index);
  return at;
}

/** ة or ى before an Arabic letter (what {@link isArabicLetter} accepts). */
const JOIN = /[\u0629\u0649](?=[\u0621-\u064a\u0671-\u06d3])/g;

/**
 * Per word id (0: not known yet), what {@link findGlue} asks of an Arabic word, which depends on
 * the word alone (a byte): {@link KNOWN}, {@link FINAL_LETTER} when its normalized form has ه or ي
 * (which ة and ى become in the view), and from bit {@link CUT_SHIFT} on, how far from the word's
 * end an opening verb glued to it starts (see {@link verbCut}; 0 for none, else 4 to 8).
 */
const GLUE_FACTS = new WordMarks();
const KNOWN = 1, FINAL_LETTER = 2, CUT_SHIFT = 2;

function glueFacts(norm: string): number {
  const p = verbCut(norm);
  return KNOWN | (/[هي]/.test(norm) ? FINAL_LETTER : 0) | ((p < 0 ? 0 : norm.length - p) << CUT_SHIFT);
}

/** Where و/ف + an opening verb ends the word (the index of و/ف), or -1. */
function verbCut(norm: string): number {
  // the verb is the end of the token: only its last few letters are tried
  for (let p = Math.max(3, norm.length - MAX_VERB - 1); p <= norm.length - 4; p++) {
    const ch = norm[p];
    if ((ch === 'و' || ch === 'ف') && OPENING_VERBS.has(norm.slice(p + 1))) return p;
  }
  return -1;
}

function split(doc: AkhbarDocument, a: number, b: number, rest: number, firstEnd: number, inWord = false): GlueSplit | null {
  const t = doc.tokens;
  let before = 0, after = 0;
  for (let i = a; i < b; i++) {
    if (t.kind[i] === TokenKind.Punct) continue;
    if (t.start(i) < rest) before++;
    if (t.end(i) > rest) after++;
  }
  if (inWord) before++;
  if (after < MIN_REST_WORDS || before < 2 || before > MAX_TITLE_WORDS) return null;
  // The first part ends with a media tag "(فيديو)": a related-link title; otherwise a subheading.
  let kind: SegmentKind = 'subheading';
  const last = t.indexAt(firstEnd - 1);
  for (let i = Math.max(a, last - 2); i <= last && i < b; i++) if (MEDIA_TAGS.has(t.norm(i))) kind = 'related';
  return { firstEnd, rest, kind };
}

const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);

/**
 * A short lead-in label ending with a colon at the start of a paragraph (`تحقيقٌ رسمي: فتح …`):
 * two to four words, none a verb of speech or starting with و/ف, followed by a long sentence.
 */
export function findLeadIn(doc: AkhbarDocument, a: number, b: number): GlueSplit | null {
  const t = doc.tokens;
  // The colon comes first: right after two to four Arabic words (most lines have none, and their words are not read).
  let colon = a;
  while (colon < b && colon - a <= 4 && t.kind[colon] === TokenKind.Arabic) colon++;
  if (colon - a < 2 || colon - a > 4 || colon >= b || t.kind[colon] !== TokenKind.Punct || t.norm(colon) !== ':') return null;
  for (let i = a; i < colon; i++) {
    const n = t.norm(i);
    if (n.startsWith('و') || n.startsWith('ف') || OPENING_VERBS.has(n) || n.startsWith('قال') || n.startsWith('يقول')) return null;
  }
  let after = 0;
  for (let j = colon + 1; j < b && after < 8; j++) if (t.kind[j] !== TokenKind.Punct) after++;
  if (after < 8) return null;
  return { firstEnd: t.end(colon), rest: t.start(colon + 1), kind: 'subheading' };
}
