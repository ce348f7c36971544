/**
 * English name words: which tokens can be part of a name, which are given names,
 * initials, or capitalized lexicon entries, and which sentences are about sport.
 * Every answer is computed once per token and kept, so rules that ask again and
 * again cost nothing more.
 */
import type { AkhbarDocument } from '../../doc/document.js';
import type { ReadingCache } from '../../gazetteer/match.js';
import type { Lexicon, LexMatch } from '../../rules/lexicon.js';
import { TokenFlag, TokenKind } from '../../text/tokenize.js';
import { Unit } from '../../text/code-units.js';
import { WordMasks } from '../../text/words.js';
import { ScratchPool } from '../../text/scratch.js';
import { normalize } from '../../text/normalize.js';
import { englishFeatures, Shape, type EnglishFeatures } from './features.js';

/** Lower-case words that may stand inside a capitalized entry (Bank of England, Trinidad and Tobago). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'in', 'at', 'to', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);
/** Lower-case particles inside people's names (Charles de Gaulle, Ludwig van Beethoven, Mohammed bin Salman). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y', 'bint', 'abu', 'ben']);

/** The lexicons the English word tests read. */
export type EnglishLexicons = Record<string, Lexicon | undefined>;

const UNKNOWN = 0, NO = -1;

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
  orgNouns: lexiconId('org-nouns'),
  placeNouns: lexiconId('place-nouns'),
  eventTails: lexiconId('event-tails'),
} as const;

/**
 * A word's {@link WordLexicons} entry holds two bits per lexicon number below {@link BIT_IDS}:
 * bit `2 * id` once lexicon `id` has been asked about the word, bit `2 * id + 1` when the word
 * may start one of its entries (0: nothing asked yet); and two bits of the same kind for
 * {@link PLURAL_TITLE}.
 */
const BIT_IDS = 15;
/** In place of a lexicon number: whether the word is the plural of a one-word title (Officials, Ministers). */
const PLURAL_TITLE = 15;
/** The asked bits of lexicons `ids` (see {@link BIT_IDS}), or 0 when one has no bits. */
function askedBits(ids: readonly number[]): number {
  let m = 0;
  for (const id of ids) if (id < BIT_IDS) m |= 1 << (2 * id); else return 0;
  return m;
}
/** The lexicons whose words may be no name word (see {@link EnglishWords.computeNameWord}). */
const NAME_BLOCKERS = askedBits([Lex.breakers, Lex.titles, Lex.speechVerbs, Lex.demonyms, Lex.orgTails, Lex.placeTails]) | 1 << (2 * PLURAL_TITLE);

/** The lexicons of the head and tail nouns {@link EnglishWords.nounWordEnd} counts. */
const NOUN_TAILS = askedBits([Lex.orgTails, Lex.placeTails]);

/** The sport lexicon's bits (see {@link EnglishWords.mayStartAny}). */
const SPORT_MASK = askedBits([Lex.sportsContext]);

/**
 * One lexicon set's facts per word id, kept across documents: whether a word may start an
 * entry of a lexicon depends on the word alone, so each word is looked up once in each lexicon
 * asked about it, and a token reads the answers of all lexicons in one number of one table
 * instead of one mark table per lexicon (the lexicons are never changed once built). Bounded
 * by the interning table, which starts over when full.
 */
interface WordLexicons {
  /** Per lexicon number, the set's lexicon of that name (null: the set has none; undefined: not looked up yet). */
  byId: (Lexicon | null | undefined)[];
  bits: WordMasks;
}
/** Per lexicon set (one per compiled English path, so weakly held). */
const WORD_LEXICONS = new WeakMap<EnglishLexicons, WordLexicons>();

function wordLexicons(lex: EnglishLexicons): WordLexicons {
  let w = WORD_LEXICONS.get(lex);
  if (!w) WORD_LEXICONS.set(lex, (w = { byId: [], bits: new WordMasks() }));
  return w;
}

/**
 * The per-token memos of {@link EnglishWords}, cut from buffers kept across documents (see
 * {@link ScratchPool}): one document's words are read at a time, and a new one's hand them out again.
 */
const MEMO_INTS = new ScratchPool((n) => new Int32Array(n));
const MEMO_BYTES = new ScratchPool((n) => new Int8Array(n));

/** Name-word tests over one document (one at a time: a new one takes over the memo buffers, see {@link MEMO_INTS}). */
export class EnglishWords {
  readonly f: EnglishFeatures;
  private readonly nameEnd: Int32Array;
  private readonly nounEnd: Int32Array;
  private readonly givenEnd: Int32Array;
  /** Per sentence: 1 about sport, -1 not, 0 not known yet. */
  private readonly sportMemo: Int8Array;
  private sportDoc: boolean | null = null;
  /** The word id of each token. */
  private readonly word: Int32Array;
  private readonly lexicons: WordLexicons;
  /** The {@link WordLexicons} bits per word id of the document's table. */
  private readonly bits: Int32Array;

  constructor(readonly doc: AkhbarDocument, private readonly lex: EnglishLexicons, private readonly cache: ReadingCache) {
    this.f = englishFeatures(doc);
    const n = doc.tokens.count;
    MEMO_INTS.reset();
    MEMO_BYTES.reset();
    this.nameEnd = MEMO_INTS.take(n);
    this.nounEnd = MEMO_INTS.take(n);
    this.givenEnd = MEMO_INTS.take(n);
    this.sportMemo = MEMO_BYTES.take(doc.sentences.length);
    this.word = doc.tokens.word;
    this.lexicons = wordLexicons(lex);
    this.bits = this.lexicons.bits.of(doc.tokens.words);
  }

  /** Lexicon `id` of the set, or null. */
  private lexicon(id: number): Lexicon | null {
    const byId = this.lexicons.byId;
    let l = byId[id];
    if (l === undefined) {
      while (byId.length <= id) byId.push(undefined);
      byId[id] = l = this.lex[LEXICON_NAMES[id]] ?? null;
    }
    return l;
  }

  /** The {@link WordLexicons} bits of token `i`'s word, the lexicons of asked bits `asked` among them. */
  private wordBits(i: number, asked: number): number {
    const w = this.word[i];
    const b = this.bits[w];
    return (b & asked) === asked ? b : (this.bits[w] = this.askBits(i, b, asked));
  }

  /** Bits `b` with the lexicons of asked bits `asked` asked about token `i`'s word. */
  private askBits(i: number, b: number, asked: number): number {
    for (let m = asked & ~b; m !== 0; m &= m - 1) {
      const bit = m & -m;
      const id = (31 - Math.clz32(bit)) >> 1;
      b |= bit;
      const yes = id === PLURAL_TITLE ? this.isPluralOf('titles', i) : !!this.lexicon(id)?.mayStart(this.doc.tokens, i, this.cache);
      if (yes) b |= bit << 1;
    }
    return b;
  }

  /** The lexicons `ids` as one number for {@link mayStartAny}. */
  static mask(ids: readonly number[]): number {
    return askedBits(ids);
  }

  /**
   * False when token `i`'s word starts no entry of the lexicons of `mask` (see {@link mask}), so
   * that none matches there; true when one may.
   */
  mayStartAny(mask: number, i: number): boolean {
    return mask === 0 || (this.wordBits(i, mask) & (mask << 1)) !== 0;
  }

  /** The longest entry of lexicon `name` at token `i`, or null (kept per lexicon and token). */
  match(name: string, i: number): LexMatch | null {
    return this.matchId(lexiconId(name), i);
  }

  /** {@link match} with the lexicon by its number (see {@link lexiconId}). */
  matchId(id: number, i: number): LexMatch | null {
    // Most words open no entry of a lexicon: the word's bits say so before the lexicon is asked.
    if (id < BIT_IDS && !(this.wordBits(i, 1 << (2 * id)) & (2 << (2 * id)))) return null;
    const lex = this.lexicon(id);
    if (!lex) return null;
    // The lexicon keeps its matches per token of the document.
    const t = this.doc.tokens;
    const m = lex.matchAt(t, i, this.cache, true);
    // Inc . / Corp . with a space before the full stop: the stop ends the sentence, not the abbreviation.
    if (m && m.end - 1 > i && t.norm(m.end - 1) === '.' && t.flags[m.end - 1] & TokenFlag.SpaceBefore) return { ...m, end: m.end - 1 };
    return m;
  }

  /** The normalized text of characters `[start, end)` of the document (kept: names are compared again and again). */
  normalizedText(start: number, end: number): string {
    const key = start * (this.doc.text.length + 1) + end;
    const memo = (this.spanText ??= new Map());
    let s = memo.get(key);
    if (s === undefined) memo.set(key, (s = normalize(this.doc.text.slice(start, end))));
    return s;
  }
  private spanText: Map<number, string> | null = null;

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
    let r = this.nounEnd[i];
    if (r === UNKNOWN) this.nounEnd[i] = r = this.computeNounWord(i);
    return r;
  }

  private computeNounWord(i: number): number {
    const e = this.nameWordEnd(i);
    if (e > i || !this.capitalized(i)) return e;
    const w = this.f.wordEnd(i);
    if (w !== i + 1) return NO;
    // (The word's bits, read once, say which of the two lexicons to ask.)
    const bits = this.wordBits(i, NOUN_TAILS);
    const org = this.matchIn(bits, Lex.orgTails, i);
    if (org && org.end === w) return w;
    const place = this.matchIn(bits, Lex.placeTails, i);
    return place && place.end === w ? w : NO;
  }

  private computeNameWord(i: number): number {
    const t = this.doc.tokens;
    if (t.kind[i] !== TokenKind.Word || this.f.capsText[i]) return NO;
    // A word neither capitalized nor one capital letter is none, whatever its compound (asked
    // before the compound's end is read: most words asked about are lower case).
    const capitalized = this.capitalized(i);
    if (!capitalized && this.f.shape[i] !== Shape.Letter) return NO;
    const e = this.f.wordEnd(i);
    if (e < 0) return NO;
    // O'Neill, D'Alema: a capital letter joined to the rest of the name.
    if (!capitalized && e === i + 1) return NO;
    // Most name words are in no lexicon that would unmake them: one bit test says so. The word's
    // bits, read once, then say which lexicons to ask.
    const bits = this.wordBits(i, NAME_BLOCKERS);
    if (!(bits & (NAME_BLOCKERS << 1))) return e;
    const one = e === i + 1;
    const b = this.matchIn(bits, Lex.breakers, i);
    if (b && b.end >= e) {
      if (!b.tags.has('ambiguous') || !this.afterNameWord(i)) return NO;
    }
    const title = this.matchIn(bits, Lex.titles, i);
    if (title && title.end >= e && !title.tags.has('ambiguous')) {
      // King in "Larry King said" is a surname; in "King Abdullah" a title.
      if (title.end !== e || !this.afterNameWord(i) || this.capitalizedWordAt(e)) return NO;
    }
    if (one && bits & (2 << (2 * PLURAL_TITLE))) return NO;
    const sv = this.matchIn(bits, Lex.speechVerbs, i);
    if (sv && sv.end >= e && !sv.tags.has('ambiguous')) return NO;
    const dem = this.matchIn(bits, Lex.demonyms, i);
    if (dem && dem.end >= e) return NO;
    if (one && (this.tail(bits, Lex.orgTails, i, e) || this.tail(bits, Lex.placeTails, i, e))) return NO;
    return e;
  }

  /** {@link matchId} where `bits`, token `i`'s word bits with lexicon `id` asked, say an entry may start (no call else). */
  private matchIn(bits: number, id: number, i: number): LexMatch | null {
    // (A lexicon without bits is always asked.)
    return id >= BIT_IDS || bits & (2 << (2 * id)) ? this.matchId(id, i) : null;
  }

  /** A one-word entry of lexicon `id` at `i`, ending at `e`, that is no common word too (Party, not Park); `bits` as in {@link matchIn}. */
  private tail(bits: number, id: number, i: number, e: number): boolean {
    const m = this.matchIn(bits, id, i);
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
    if (t.kind[i + 1] !== TokenKind.Punct || t.unit(i + 1) !== Unit.Period || t.flags[i + 1] & TokenFlag.SpaceBefore) return NO;
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
    // Callers ask token after token: the sentence asked last most often holds this one too.
    let lo = this.lastSentence;
    if (!(s[lo] <= i && (lo + 1 >= s.length || i < s[lo + 1]))) {
      lo = 0;
      let hi = s.length - 1;
      while (lo < hi) { const m = (lo + hi + 1) >> 1; if (s[m] <= i) lo = m; else hi = m - 1; }
      this.lastSentence = lo;
    }
    // (Once the document is known to be about sport, its sentences need not be read.)
    return this.sportDoc === true || this.sentenceIsSport(lo) || this.documentIsSport();
  }
  /** The sentence {@link isSport} found last. */
  private lastSentence = 0;

  /** Whether token `i` may start a `sports-context` entry: a word that may start one (see {@link isSport}). */
  mayStartSport(i: number): boolean {
    return this.doc.tokens.kind[i] === TokenKind.Word && this.mayStartAny(SPORT_MASK, i);
  }

  /**
   * Hands over the tokens that may start a `sports-context` entry (see {@link mayStartSport}),
   * all of them: `at[0]` to `at[n - 1]`, from the last back, as a pass that reads every token's
   * word found them (the rule engine's). {@link isSport} then reads those tokens alone instead of
   * every token of the sentences it asks about. Kept while the document is read.
   */
  sportStarts(at: Int32Array, n: number): void {
    this.sportAt = at;
    this.sportCount = n;
  }
  private sportAt: Int32Array | null = null;
  private sportCount = 0;

  /** Every sentence's verdict of {@link sentenceIsSport}, from the tokens of {@link sportStarts}. */
  private markSportSentences(at: Int32Array): void {
    const s = this.doc.sentences;
    this.sportMemo.fill(-1);
    let k = s.length - 1;
    for (let j = 0; j < this.sportCount; j++) {
      const i = at[j];
      while (s[k] > i) k--;
      if (this.sportMemo[k] !== 1 && this.matchId(Lex.sportsContext, i) !== null) this.sportMemo[k] = 1;
    }
  }

  private sentenceIsSport(k: number): boolean {
    if (this.sportMemo[k] === 0 && this.sportAt) this.markSportSentences(this.sportAt);
    if (this.sportMemo[k] === 0) {
      let v = false;
      const s = this.doc.sentences;
      const end = s[k + 1] ?? this.doc.tokens.count;
      // (Most words start no sport entry: their bits say so before the lexicon is asked.)
      for (let i = s[k]; i < end && !v; i++) if (this.mayStartSport(i)) v = this.matchId(Lex.sportsContext, i) !== null;
      this.sportMemo[k] = v ? 1 : -1;
    }
    return this.sportMemo[k] === 1;
  }

  private documentIsSport(): boolean {
    if (this.sportDoc === null) {
      const n = this.doc.sentences.length - 1;
      // Two sport sentences at least, and a sixth of them: read until the count is sure either way.
      const need = Math.max(2, Math.ceil(n / 6));
      let hits = 0;
      for (let k = 0; k < n && hits < need && hits + n - k >= need; k++) if (this.sentenceIsSport(k)) hits++;
      this.sportDoc = hits >= need;
    }
    return this.sportDoc;
  }
}
