/**
 * English name words: which tokens can be part of a name, which are given names,
 * initials, or capitalized lexicon entries, and which sentences are about sport.
 * Every answer is computed once per token and kept, so rules that ask again and
 * again cost nothing more.
 */
import type { AkhbarDocument } from '../../doc/document.js';
import { Mark, type ReadingCache } from '../../gazetteer/match.js';
import type { Lexicon, LexMatch } from '../../rules/lexicon.js';
import { TokenFlag, TokenKind } from '../../text/tokenize.js';
import { englishFeatures, Shape, type EnglishFeatures } from './features.js';

/** Lower-case words that may stand inside a capitalized entry (Bank of England, Trinidad and Tobago). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'in', 'at', 'to', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);
/** Lower-case particles inside people's names (Charles de Gaulle, Ludwig van Beethoven, Mohammed bin Salman). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y', 'bint', 'abu', 'ben']);

/** The lexicons the English word tests read. */
export type EnglishLexicons = Record<string, Lexicon | undefined>;

const UNKNOWN = 0, NO = -1;

/** The marks of a lexicon the path lacks: none (its matches are null). */
const NO_MARKS = new Uint8Array(0);

/** Lexicon names by number, the same for every document: a test that names its lexicon by number reads its slot from an array. */
const LEXICON_NAMES: string[] = [];
/** The number of lexicon `name` (see {@link EnglishWords.matchId}). */
export function lexiconId(name: string): number {
  let k = LEXICON_NAMES.indexOf(name);
  if (k < 0) { k = LEXICON_NAMES.length; LEXICON_NAMES.push(name); }
  return k;
}
/** The lexicons the word tests read most. */
export const Lex = {
  breakers: lexiconId('breakers'),
  titles: lexiconId('titles'),
  speechVerbs: lexiconId('speech-verbs'),
  demonyms: lexiconId('demonyms'),
  orgTails: lexiconId('org-tails'),
  placeTails: lexiconId('place-tails'),
  givenNames: lexiconId('given-names'),
  sportsContext: lexiconId('sports-context'),
  commonWords: lexiconId('common-words'),
} as const;

/** One lexicon over a document: its marks per word id. */
interface LexSlot {
  lex: Lexicon | undefined;
  marks: Uint8Array;
}

/** Name-word tests over one document. */
export class EnglishWords {
  readonly f: EnglishFeatures;
  private readonly nameEnd: Int32Array;
  private readonly givenEnd: Int32Array;
  /** Per sentence: 1 about sport, -1 not, 0 not known yet. */
  private readonly sportMemo: Int8Array;
  private sportDoc: boolean | null = null;

  constructor(readonly doc: AkhbarDocument, private readonly lex: EnglishLexicons, private readonly cache: ReadingCache) {
    this.f = englishFeatures(doc);
    this.nameEnd = new Int32Array(doc.tokens.count);
    this.givenEnd = new Int32Array(doc.tokens.count);
    this.sportMemo = new Int8Array(doc.sentences.length);
  }

  /** The longest entry of lexicon `name` at token `i`, or null (kept per lexicon and token). */
  match(name: string, i: number): LexMatch | null {
    return this.matchId(lexiconId(name), i);
  }

  /** {@link match} with the lexicon by its number (see {@link lexiconId}). */
  matchId(id: number, i: number): LexMatch | null {
    const slot = this.slots[id] ?? this.slotOf(id);
    // Most words open no entry of a lexicon: their mark says so before the lexicon is asked.
    if (slot.marks[this.doc.tokens.word[i]] === Mark.None || !slot.lex) return null;
    // The lexicon keeps its matches per token of the document.
    const m = slot.lex.matchAt(this.doc.tokens, i, this.cache, true);
    // Inc . / Corp . with a space before the full stop: the stop ends the sentence, not the abbreviation.
    const t = this.doc.tokens;
    if (m && m.end - 1 > i && t.norm(m.end - 1) === '.' && t.flags[m.end - 1] & TokenFlag.SpaceBefore) return { ...m, end: m.end - 1 };
    return m;
  }

  /** Lexicon `id`'s slot for this document, made on first ask. */
  private slotOf(id: number): LexSlot {
    const lex = this.lex[LEXICON_NAMES[id]];
    // The lexicon's marks per word id: one table for the whole document (its words are all interned).
    const marks = lex ? lex.startMarks(this.doc.tokens, this.cache) : NO_MARKS;
    while (this.slots.length <= id) this.slots.push(undefined);
    return (this.slots[id] = { lex, marks });
  }
  /** Per lexicon number, its slot for this document. */
  private readonly slots: (LexSlot | undefined)[] = [];

  /** Whether the path has lexicon `name`. */
  hasLexicon(name: string): boolean {
    return !!this.lex[name];
  }

  /** True when token `i` is written with a capital (or in capitals) outside all-caps text. */
  capitalized(i: number): boolean {
    const s = this.f.shape[i];
    return (s === Shape.Capital || s === Shape.Upper) && !this.f.capsText[i];
  }

  /**
   * End of the name word at `i` (past a joined compound: Anne-Gaelle, O'Gorman), or -1: a
   * capitalized Latin word outside all-caps text that is no function word, title, speech verb,
   * nationality or head noun. An ambiguous function word (May, Will) counts after a name word
   * (Theresa May); a title counts in a surname's place (Larry King said).
   */
  nameWordEnd(i: number): number {
    let r = this.nameEnd[i];
    if (r === UNKNOWN) this.nameEnd[i] = r = this.computeNameWord(i);
    return r;
  }

  /** Like {@link nameWordEnd}, head and tail nouns of organizations and places counted (Civil Aviation Authority). */
  nounWordEnd(i: number): number {
    const e = this.nameWordEnd(i);
    if (e > i || !this.capitalized(i)) return e;
    const w = this.f.wordEnd(i);
    if (w !== i + 1) return NO;
    const org = this.matchId(Lex.orgTails, i);
    if (org && org.end === w) return w;
    const place = this.matchId(Lex.placeTails, i);
    return place && place.end === w ? w : NO;
  }

  private computeNameWord(i: number): number {
    const t = this.doc.tokens;
    if (t.kind[i] !== TokenKind.Word || this.f.capsText[i]) return NO;
    const e = this.f.wordEnd(i);
    if (e < 0) return NO;
    // O'Neill, D'Alema: a capital letter joined to the rest of the name.
    if (!this.capitalized(i) && !(this.f.shape[i] === Shape.Letter && e > i + 1)) return NO;
    const one = e === i + 1;
    const b = this.matchId(Lex.breakers, i);
    if (b && b.end >= e) {
      if (!b.tags.has('ambiguous') || !this.afterNameWord(i)) return NO;
    }
    const title = this.matchId(Lex.titles, i);
    if (title && title.end >= e && !title.tags.has('ambiguous')) {
      // King in "Larry King said" is a surname; in "King Abdullah" a title.
      if (title.end !== e || !this.afterNameWord(i) || this.capitalizedWordAt(e)) return NO;
    }
    if (one && this.isPluralOf('titles', i)) return NO;
    const sv = this.matchId(Lex.speechVerbs, i);
    if (sv && sv.end >= e && !sv.tags.has('ambiguous')) return NO;
    const dem = this.matchId(Lex.demonyms, i);
    if (dem && dem.end >= e) return NO;
    if (one && (this.tail(Lex.orgTails, i, e) || this.tail(Lex.placeTails, i, e))) return NO;
    return e;
  }

  /** A one-word entry of lexicon `id` at `i`, ending at `e`, that is no common word too (Party, not Park). */
  private tail(id: number, i: number, e: number): boolean {
    const m = this.matchId(id, i);
    return !!m && m.end === e && !m.tags.has('ambiguous');
  }

  /** Officials, Ministers, Diplomats: the plural of a one-word title. */
  private isPluralOf(name: string, i: number): boolean {
    const w = this.doc.tokens.norm(i);
    return w.length > 4 && w.charCodeAt(w.length - 1) === 115 /* s */ && !!this.lex[name]?.has(w.slice(0, -1));
  }

  /** Token `i` follows a capitalized word on its line (it may be a surname). */
  private afterNameWord(i: number): boolean {
    const t = this.doc.tokens;
    if (i === 0 || t.flags[i] & TokenFlag.LineStart || !(t.flags[i] & TokenFlag.SpaceBefore)) return false;
    return t.kind[i - 1] === TokenKind.Word && this.f.shape[i - 1] === Shape.Capital && !this.matchId(Lex.breakers, i - 1) && !this.matchId(Lex.titles, i - 1);
  }

  private capitalizedWordAt(i: number): boolean {
    const t = this.doc.tokens;
    return i < t.count && !(t.flags[i] & TokenFlag.LineStart) && t.kind[i] === TokenKind.Word && this.capitalized(i);
  }

  /**
   * End of a given name at `i` (past a joined compound: Jean-Claude), or -1. The name must be
   * capitalized outside all-caps text; names that are also words (Mark, Bill) need `weak`.
   */
  givenNameEnd(i: number, weak: boolean): number {
    let r = this.givenEnd[i];
    if (r === UNKNOWN) this.givenEnd[i] = r = this.computeGiven(i);
    if (r === NO) return NO;
    // Bit 30 marks a weak name.
    if (r & (1 << 30)) return weak ? r & ~(1 << 30) : NO;
    return r;
  }

  private computeGiven(i: number): number {
    const t = this.doc.tokens;
    if (t.kind[i] !== TokenKind.Word || this.f.shape[i] !== Shape.Capital || this.f.capsText[i]) return NO;
    const m = this.matchId(Lex.givenNames, i);
    if (!m || m.end !== i + 1) return NO;
    const b = this.matchId(Lex.breakers, i);
    if (b && b.end === i + 1 && !b.tags.has('ambiguous')) return NO;
    const e = this.f.wordEnd(i);
    if (e < 0) return NO;
    return m.tags.has('weak') ? e | (1 << 30) : e;
  }

  /** End of an initial at `i`: one capital letter and a full stop right after it (P. Simmons), or -1. */
  initialEnd(i: number): number {
    const t = this.doc.tokens;
    if (this.f.shape[i] !== Shape.Letter || this.f.capsText[i] || i + 1 >= t.count) return NO;
    if (t.kind[i + 1] !== TokenKind.Punct || t.norm(i + 1) !== '.' || t.flags[i + 1] & TokenFlag.SpaceBefore) return NO;
    return i + 2;
  }

  /** True when the words of `[a, b)` are capitalized, lower-case connectors inside aside (Bank of England). */
  casedSpan(a: number, b: number): boolean {
    const t = this.doc.tokens;
    for (let i = a; i < b; i++) {
      if (t.kind[i] !== TokenKind.Word) continue;
      if (this.capitalized(i)) continue;
      if (i > a && CONNECTORS.has(t.norm(i))) continue;
      return false;
    }
    return true;
  }

  /** True when token `i` is the first word of its sentence (or of a quote or line). */
  initial(i: number): boolean {
    return this.f.initial[i] === 1;
  }

  /**
   * Whether the sentence of token `i` is about sport: it holds a word of the `sports-context`
   * lexicon, or most of the document's sentences do (result lines and tables carry no sport words).
   */
  isSport(i: number): boolean {
    const s = this.doc.sentences;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (s[m] <= i) lo = m; else hi = m - 1; }
    return this.sentenceIsSport(lo) || this.documentIsSport();
  }

  private sentenceIsSport(k: number): boolean {
    if (this.sportMemo[k] === 0) {
      let v = false;
      const s = this.doc.sentences;
      const end = s[k + 1] ?? this.doc.tokens.count;
      for (let i = s[k]; i < end && !v; i++) if (this.doc.tokens.kind[i] === TokenKind.Word) v = this.matchId(Lex.sportsContext, i) !== null;
      this.sportMemo[k] = v ? 1 : -1;
    }
    return this.sportMemo[k] === 1;
  }

  private documentIsSport(): boolean {
    if (this.sportDoc === null) {
      const n = this.doc.sentences.length - 1;
      let hits = 0;
      for (let k = 0; k < n; k++) if (this.sentenceIsSport(k)) hits++;
      this.sportDoc = hits >= 2 && hits * 6 >= n;
    }
    return this.sportDoc;
  }
}
