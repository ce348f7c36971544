/**
 * Quoted statements: direct quotes in any quotation mark, and reported speech
 * (cue + أن/إن clause, "said that"), each with its speaker and cue.
 *
 * Quotes never cross a paragraph: an unclosed mark ends at its line, so one
 * stray mark cannot swallow the document. A quote that reopens at each
 * paragraph gives one quote per paragraph, all with the same speaker.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { Mark, type ReadingCache } from '../gazetteer/match.js';
import type { LexiconSet } from '../rules/engine.js';
import type { Lexicon } from '../rules/lexicon.js';
import { quoteMarkTokensRead, speechCueTokens } from '../entities/coref.js';
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { WordMarks } from '../text/words.js';
import type { CliticReading } from '../text/clitics.js';
import type { Entity, Quote, Span } from '../types.js';
import { isApostrophe, isQuoteMarkAt, markDirection, opensWithQuoteMark } from './marks.js';
import { accordingTo, clauseWithoutThat, cueAfterApposition, cueIndex, nominalHead, nominalKind, sentenceOf, subjectWords, trailingAttribution, type Trailing } from '../lang/en/attribution.js';

/** What quote extraction reads besides the document. */
export interface QuoteContext {
  lex: LexiconSet;
  cache: ReadingCache;
  lang: 'ar' | 'en';
}

interface Cue { a: number; b: number; tags: ReadonlySet<string> }
interface MentionRef { start: number; end: number; entity: string; type: Entity['type']; article: number; rule?: string; name?: string }
interface Pair { open: number; close: number; /* token indices; close = -1 when unclosed */ line: number }

const MAX_DEPTH = 3;
/** Mention lengths (characters) that extractQuotes's isName packs with their start in one number: a power of two. */
const NAME_SPAN = 64;
/** Mentions a speaker search looks back over: a speaker named further back is not carried on. */
const LOOK_BACK = 400;
const CUE_WINDOW = 24; // tokens between a cue and the quote it introduces
const CLAUSE_WINDOW = 24; // tokens between a cue and its أن/that

/** Words after which أن is "to" or part of a conjunction (بعد أن، يجب أن), not "that". */
const AR_NOT_THAT_BEFORE = new Set(['بعد', 'قبل', 'دون', 'منذ', 'حتي', 'يجب', 'يمكن', 'ينبغي', 'يستطيع', 'بد', 'لابد', 'يريد', 'تريد', 'اراد', 'ارادت', 'قرر', 'قررت']);

/** Relative pronouns: a cue after one is inside a noun's description (المبلغ الذي أعلن عنه). */
const AR_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللتان', 'اللذان', 'اللواتي', 'اللاتي']);

/**
 * Arabic: whether a cue inside a reported clause opens a statement of its own, ending the clause:
 * a participle (مشيرا إلى أن), a cue after punctuation or with و/ف (، وأضاف), or one followed by
 * أن/إن. A cue after a relative pronoun never does.
 */
function opensStatement(doc: AkhbarDocument, cue: Cue, comp: TokenSet): boolean {
  const t = doc.tokens;
  const prev = cue.a > 0 ? t.norm(cue.a - 1) : '';
  if (AR_RELATIVES.has(prev)) return false;
  if (cue.tags.has('participle') || /^[وف]/.test(t.norm(cue.a)) || (cue.a > 0 && t.kind[cue.a - 1] === TokenKind.Punct)) return true;
  for (let k = cue.b; k < Math.min(t.count, cue.b + 3); k++) if (tokenIn(doc, comp, k)) return true;
  return false;
}

/** The tags of a cue made up to ask about its subject (see subjectWords). */
const NO_TAGS: ReadonlySet<string> = new Set();

const SENTENCE_END = new Set(['.', '!', '?', '؟', '...', '…']);
/**
 * A set of normalized words, with the lengths and first letters its words have: most tokens are
 * told apart by their span of the view (read in text order), without a read of their string.
 */
interface TokenSet { words: ReadonlySet<string>; min: number; max: number; firsts: readonly number[] }
function tokenSet(words: readonly string[]): TokenSet {
  const lengths = words.map((w) => w.length);
  return { words: new Set(words), min: Math.min(...lengths), max: Math.max(...lengths), firsts: [...new Set(words.map((w) => w.charCodeAt(0)))] };
}
/** Whether token `k`'s normalized word is in `set`. */
function tokenIn(doc: AkhbarDocument, set: TokenSet, k: number): boolean {
  const t = doc.tokens;
  const a = t.nStart[k], n = t.nEnd[k] - a;
  return n >= set.min && n <= set.max && set.firsts.includes(doc.view.text.charCodeAt(a)) && set.words.has(t.norm(k));
}

const AR_COMPLEMENTIZERS = tokenSet(['ان', 'انه', 'انها', 'انهم', 'انهما', 'اننا', 'انني', 'اني', 'انهن', 'بان', 'بانه', 'بانها', 'بانهم', 'لان']);
const EN_COMPLEMENTIZERS = tokenSet(['that']);
/** English nouns of documents: as a subject (the report alleged) they speak for the source named before. */
const EN_DOCUMENTS = new Set(['report', 'reports', 'article', 'story', 'study', 'statement', 'letter', 'document', 'documents', 'survey', 'poll', 'memo', 'editorial', 'post', 'tweet', 'filing']);
const AR_FROM = tokenSet(['عن']);
/** The dative ل, after و or ف or not, on a mention (لوكالة X) or on the word before it (لمراسل X), made once. */
const DATIVE_ON_NAME = /^[وف]?ل/;
const DATIVE_WORD = /^[وف]?ل(?!ل)../;
/** Nouns that name an unnamed source (مصدر مطلع، شهود عيان). */
const SOURCE_NOUNS = new Set(['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسوول', 'مسؤولين', 'متحدث', 'ناطق', 'شهود', 'شاهد', 'مراقبون', 'خبراء', 'خبير', 'محللون', 'محلل', 'دبلوماسي', 'دبلوماسيون']);

/** Finds the quotes of a document and attributes them. */
export function extractQuotes(doc: AkhbarDocument, entities: Entity[], ctx: QuoteContext): Quote[] {
  const t = doc.tokens;
  if (t.count === 0) return [];
  const cues = findCues(doc, ctx);
  const marks = quoteMarkTokens(doc);
  // No speech cue and no quotation mark: no quote of any kind (each starts at one of them).
  if (!cues.length && !marks.length) return [];
  const en = ctx.lang === 'en';
  // The mentions a speaker may be, in text order, gathered on the first ask (a document with
  // no quote found never asks).
  let allMentions: MentionRef[] | null = null;
  const mentionsOf = () => (allMentions ??= speakerMentions(entities));
  // Mention spans as numbers, built on the first quote that asks: most documents have few
  // quoted statements and many mentions. A span's start and its length (under NAME_SPAN, as
  // nearly every mention's) make one small integer: start × (text length) + end went past the
  // small integers in a long text, and its numbers were slower to hash. (The rare longer ones are
  // listed apart, start and end.)
  let nameSpans: Set<number> | null = null;
  const longNames: number[] = [];
  const isName = (sp: Span) => {
    if (!nameSpans) {
      nameSpans = new Set();
      for (const e of entities) {
        for (const m of e.mentions) {
          const n = m.end - m.start;
          if (n < NAME_SPAN) nameSpans.add(m.start * NAME_SPAN + n); else longNames.push(m.start, m.end);
        }
      }
    }
    const n = sp.end - sp.start;
    if (n < NAME_SPAN) return nameSpans.has(sp.start * NAME_SPAN + n);
    for (let k = 0; k < longNames.length; k += 2) if (longNames[k] === sp.start && longNames[k + 1] === sp.end) return true;
    return false;
  };
  const found: Found[] = [];
  const directSpans: [number, number][] = [];
  // English: attributions after their clause (…, officials said), by sentence start.
  const trailing = en ? trailingBySentence(doc, cues) : null;
  // English: the first person or organization mention whose start lies in token `i` (as
  // TokenList.indexAt reads a start), found by its start in the mentions in text order: the
  // starts of token i-1 and i bound it (no map of every mention by token is made).
  const personAt = (i: number): MentionRef | undefined => {
    if (i > t.count) return undefined;
    const ms = mentionsOf();
    const k = mentionIndex(ms, i > 0 ? t.end(i - 1) : -Infinity);
    return k < ms.length && (i === t.count || ms[k].start < t.end(i)) ? ms[k] : undefined;
  };

  // Direct quotes, line by line: the lines that hold a quotation mark.
  let q = 0;
  for (let li = 0; li < doc.lines.length && q < marks.length; li++) {
    const line = doc.lines[li];
    while (q < marks.length && marks[q] < line.tokenStart) q++;
    if (q === marks.length || marks[q] >= line.tokenEnd) continue;
    for (const pair of pairMarks(doc, li, marks, q)) {
      const textStart = t.end(pair.open);
      const textEnd = pair.close >= 0 ? t.start(pair.close) : lineEndWithoutPunct(doc, line.tokenEnd);
      const inner = doc.span(textStart, Math.max(textStart, textEnd));
      if (!inner.text) continue;
      const words = countWords(doc, pair.open + 1, pair.close >= 0 ? pair.close : line.tokenEnd);
      const before = nearestCueBefore(doc, cues, pair.open, line.tokenStart);
      let after = pair.close >= 0 ? cueAfter(doc, cues, pair.close, line.tokenEnd, en ? 8 : 4) : null;
      let slot: [number, number] | null = null;
      if (en && pair.close >= 0) {
        // …," Jagannath Niroula, a CAAN spokesperson, said.
        const m = personAt(pair.close + 1) ?? (t.norm(pair.close + 1) === ',' ? personAt(pair.close + 2) : undefined);
        const far = m && !after ? cueAfterApposition(doc, cues, t.indexAt(m.end - 1) + 1) : null;
        if (far) { after = far; slot = [t.indexAt(m!.start), t.indexAt(m!.end - 1) + 1]; }
      }
      // English: a quote inside a clause attributed at the sentence's end (… “security risks” …, the newspaper reported).
      const tr = trailing && !before && !after ? trailing.get(sentenceOf(doc, pair.open)[0]) : undefined;
      const colon = pair.open > line.tokenStart && /^[:：]$/.test(t.norm(pair.open - 1));
      const paragraphInitial = pair.open === line.tokenStart;
      const statement = en
        ? (words >= 2 || (words === 1 && (before || after || tr))) && (before || after || tr || colon || (paragraphInitial && words >= 6) || words >= 4)
        // A short quote (up to three words) is a statement only right after a colon or next to its cue;
        // further off it is a name or a title (المحلل في «إنرجي أسبكتس»).
        : words >= 2 && (words > 3 ? before || after || colon || (paragraphInitial && words >= 6)
          : colon || (before !== null && pair.open - before.b <= 2) || (after !== null && after.a - pair.close <= 2));
      // Marks around a name (“آر تي”، لـ"الفيفا") or a title are not a statement.
      if (!statement || isName(inner)) continue;
      // "… ," he said / «…» قال فلان: the cue after the quote wins when none precedes it closely.
      let cue = before && (!after || pair.open - before.b <= 3) ? before : after ?? before;
      let cueIsAfter = cue === after && after !== null;
      if (!cue && tr) { cue = tr.cue; cueIsAfter = true; slot = [tr.tr.slotA, tr.tr.slotB]; }
      found.push({
        kind: 'direct', text: inner, cue, cueAfter: cueIsAfter, anchor: cueIsAfter ? pair.close : pair.open,
        slot: cueIsAfter ? slot : null, line: li, open: paragraphInitial, closed: pair.close >= 0,
      });
      directSpans.push([t.start(pair.open), pair.close >= 0 ? t.end(pair.close) : t.end(line.tokenEnd - 1)]);
    }
  }
  // English: a quote that runs over paragraphs opens each one and closes only at its end; the
  // attribution after the last paragraph is every paragraph's.
  if (en) {
    for (let k = found.length - 1; k > 0; k--) {
      const last = found[k], prev = found[k - 1];
      if (prev.closed || !prev.open || !last.open || last.line !== (prev.line ?? -2) + 1 || !last.cue) continue;
      if (prev.cue && !prev.cueAfter) continue;
      prev.cue = last.cue; prev.cueAfter = last.cueAfter; prev.anchor = last.anchor; prev.slot = last.slot;
    }
  }

  // Reported speech: cue … أن/إن (that) clause, up to the end of the sentence.
  const comp = ctx.lang === 'ar' ? AR_COMPLEMENTIZERS : EN_COMPLEMENTIZERS;
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    // Only cues that report a clause (أكد أن، said that); طالب بأن and دعا إلى ask, they do not report.
    if (!cue.tags.has('clause')) continue;
    const sentEnd = sentenceEndAfter(doc, cue.b);
    let k = cue.b;
    let at = -1;
    // The cues after this one start at cue.b or later, in order: `next` walks them with `k`.
    let next = ci + 1;
    for (; k < Math.min(sentEnd, cue.b + CLAUSE_WINDOW); k++) {
      if (t.kind[k] === TokenKind.Punct && isQuoteMarkAt(doc.text, t.start(k))) break;
      // "that"/أن after another cue belongs to that one (said …, adding that …; وأكد … مضيفاً أن);
      // in English a comma ends the search too.
      while (next < cues.length && cues[next].a < k) next++;
      const other = k > cue.b && next < cues.length && cues[next].a === k ? cues[next] : undefined;
      if ((en && other) || (other && other.tags.has('clause') && !other.tags.has('ambiguous')) || (en && k > cue.b && t.norm(k) === ',')) break;
      if (tokenIn(doc, comp, k) && !(k > cue.b && AR_NOT_THAT_BEFORE.has(t.norm(k - 1)))) { at = k; break; }
    }
    if (en) {
      // A cue that is also an ordinary word (continued, reported) reports only with "that" right after it.
      if (at > cue.b && cue.tags.has('ambiguous')) at = -1;
      // said the PDMC …: a clause without "that".
      if (at < 0 && !cue.tags.has('ambiguous')) { const c = clauseWithoutThat(doc, cue); if (c >= 0) at = c - 1; }
    }
    if (at < 0 || at + 1 >= sentEnd) continue;
    const startOff = t.start(at + 1);
    if (insideSpan(directSpans, startOff)) continue;
    let endTok = sentEnd;
    // English: the clause ends before "…, adding that" (the participle reports a clause of its own).
    // (The cues in the clause are read, not its tokens: the first participle after a comma.)
    if (en) {
      for (let c = cueIndex(cues, at + 3); c < cues.length && cues[c].a < sentEnd; c++) {
        if (cues[c].tags.has('participle') && t.norm(cues[c].a - 1) === ',') { endTok = cues[c].a - 1; break; }
      }
    }
    while (endTok > at + 1 && t.kind[endTok - 1] === TokenKind.Punct && !isQuoteMarkAt(doc.text, t.start(endTok - 1))) endTok--;
    // A direct quote inside the clause ends it.
    // A direct quote inside the clause ends it; so does the next speech cue (… التفاوضية، مشيراً إلى أن).
    const quoteInside = firstSpanAfter(directSpans, startOff, t.end(endTok - 1));
    let endOff = quoteInside ? quoteInside[0] : t.end(endTok - 1);
    let lo = cueIndex(cues, at + 2);
    // An ambiguous cue (بين is "between" far more often than "explained") does not end a clause,
    // nor does a cue inside it that opens no statement of its own (المبلغ الذي أعلن عنه).
    while (lo < cues.length && (cues[lo].tags.has('ambiguous') || (!en && !opensStatement(doc, cues[lo], comp))) && t.start(cues[lo].a) < endOff) lo++;
    const nextCue = lo < cues.length && t.start(cues[lo].a) < endOff ? cues[lo] : null;
    if (nextCue) {
      let e = nextCue.a;
      while (e > at + 1 && t.kind[e - 1] === TokenKind.Punct) e--;
      endOff = Math.min(endOff, t.end(e - 1));
    }
    const text = doc.span(startOff, endOff);
    if (text.text.length < 3) continue;
    found.push({ kind: 'indirect', text, cue, cueAfter: false, anchor: at });
  }
  // English: clauses attributed after them (The plane continued …, a spokesperson for flydubai said),
  // and "according to X" before or after its clause.
  const attributed = trailing ? [...trailing.values()] : [];
  if (en) for (const cue of cues) { const tr = cue.tags.has('according') ? accordingTo(doc, cue) : null; if (tr) attributed.push({ cue, tr }); }
  const indirectSpans = attributed.length ? found.filter((f) => f.kind === 'indirect').map((f): [number, number] => [f.text.start, f.text.end]).sort((x, y) => x[0] - y[0]) : [];
  for (const { cue, tr } of attributed) {
    const a = t.start(tr.clauseStart);
    // A clause that a direct quote opens or holds whole is that quote's attribution.
    if (insideSpan(directSpans, a)) continue;
    if (insideSpan(indirectSpans, a)) continue;
    const text = doc.span(a, t.end(tr.clauseEnd - 1));
    found.push({ kind: 'indirect', text, cue, cueAfter: true, anchor: tr.clauseEnd, slot: [tr.slotA, tr.slotB] });
    indirectSpans.splice(spanIndex(indirectSpans, text.start), 0, [text.start, text.end]);
  }

  // Attribution in text order, so a speaker carries over from the statement before.
  if (!found.length) return [];
  // (Most often they are found in that order already: the sort is skipped then.)
  if (!inTextOrder(found)) found.sort((a, b) => a.text.start - b.text.start);
  const mentions = mentionsOf();
  const speakerFor = new SpeakerFinder(doc, mentions, ctx.lang, ctx);
  if (en) speakerFor.setQuotes(found);
  return found.map((f) => {
    const speaker = en && f.slot
      ? speakerFor.inSlot(f.slot[0], f.slot[1], f.text.start) ?? speakerFor.carried(f.text.start)
      : f.cueAfter && f.cue
        ? speakerFor.after(f.cue) ?? speakerFor.subjectBefore(f.cue.a) ?? speakerFor.carried(f.text.start)
        : speakerFor.forCue(f.cue, f.anchor, f.text.start);
    speakerFor.remember(speaker, f.text.start);
    const place = doc.placeOf(f.text.start);
    return {
      text: f.text, kind: f.kind, speaker: speakerFor.toResult(speaker), cue: f.cue ? doc.tokenSpan(f.cue.a, f.cue.b) : null,
      article: place.article, segment: place.segment,
    };
  });
}

/** English: the attributions after their clause (…, officials said), the first per sentence, by the sentence's start. */
function trailingBySentence(doc: AkhbarDocument, cues: readonly Cue[]): Map<number, { cue: Cue; tr: Trailing }> {
  const trailing = new Map<number, { cue: Cue; tr: Trailing }>();
  for (const cue of cues) {
    const tr = trailingAttribution(doc, cue);
    if (!tr) continue;
    const [sentStart] = sentenceOf(doc, cue.a);
    if (!trailing.has(sentStart)) trailing.set(sentStart, { cue, tr });
  }
  return trailing;
}

/** Whether the quotes found are in order of their text's start. */
function inTextOrder(found: readonly Found[]): boolean {
  for (let k = 1; k < found.length; k++) if (found[k].text.start < found[k - 1].text.start) return false;
  return true;
}

interface Found {
  kind: Quote['kind']; text: Span; cue: Cue | null; cueAfter: boolean; anchor: number;
  /** English: the tokens that name the speaker (…, a spokesperson for flydubai said). */
  slot?: [number, number] | null;
  /** English, direct quotes: the line, whether the quote opens it, whether it closes on it. */
  line?: number; open?: boolean; closed?: boolean;
}



/** Index of the first span (sorted, not overlapping) that ends after `offset`. */
function spanIndex(spans: [number, number][], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (spans[m][1] <= offset) lo = m + 1; else hi = m; }
  return lo;
}
/** Whether `offset` lies inside one of the spans. */
function insideSpan(spans: [number, number][], offset: number): boolean {
  const k = spanIndex(spans, offset);
  return k < spans.length && spans[k][0] <= offset;
}
/** The first span starting after `from` and before `to`, or undefined. */
function firstSpanAfter(spans: [number, number][], from: number, to: number): [number, number] | undefined {
  for (let k = spanIndex(spans, from); k < spans.length && spans[k][0] < to; k++) if (spans[k][0] > from) return spans[k];
  return undefined;
}

/** Every speech cue in the document, in order. */
function findCues(doc: AkhbarDocument, ctx: QuoteContext): Cue[] {
  const lx = ctx.lex['speech-verbs'];
  const t = doc.tokens;
  const out: Cue[] = [];
  if (!lx) return out;
  // Only the words that may open a speech verb (few) are read: coreference has just listed them.
  const at = speechCueTokens(t, lx) ?? mayOpen(lx, doc, ctx.cache);
  if (!at.length) return out;
  const known = cueWordsOf(lx);
  const codes = known.codes.of(t.words), bareCodes = known.bareCodes.of(t.words), seconds = known.seconds.of(t.words);
  let next = 0;
  for (const i of at) {
    if (i < next) continue;
    // (A word that is not Arabic is read bare by matchAt: its answer is kept apart.)
    const bare = t.kind[i] !== TokenKind.Arabic;
    const w = t.word[i];
    let code = bare ? bareCodes[w] : codes[w];
    if (code === 0) {
      code = cueCode(lx, t, i, ctx.cache, bare, known.tags);
      if (bare) bareCodes[w] = code; else codes[w] = code;
    }
    if (code === CueCode.None) continue;
    if (code >= CueCode.Tags) {
      out.push({ a: i, b: i + 1, tags: known.tags[code - CueCode.Tags] });
      next = i + 1;
      continue;
    }
    if (code === CueCode.Longer && !continuesEntry(lx, t, i + 1, seconds)) continue;
    const m = lx.matchAt(t, i, ctx.cache);
    if (!m || !isVerbReading(m.reading)) continue;
    out.push({ a: i, b: m.end, tags: m.tags });
    next = m.end;
  }
  return out;
}

/** Only conjunction proclitics on a verb (وقال، فأكد); a preposition would make it a noun. */
function isVerbReading(r: CliticReading): boolean {
  return r.prefix === '' || r.prefix === 'و' || r.prefix === 'ف';
}

/**
 * What {@link findCues} knows of a word id (0: not known yet): the cue that the word alone makes
 * wherever it stands, when it decides the match by itself ({@link Lexicon.wordDecides}); most
 * candidates are told with a byte read, not a lexicon lookup through the word's readings.
 */
const enum CueCode {
  /** The entries at the word take more than it: the lexicon is asked at each token. */
  Walk = 1,
  /** No cue starts at the word. */
  None = 2,
  /**
   * The word opens entries of several words only (على حد قوله، ما نصه): a cue only where the next
   * token may continue one (see {@link continuesEntry}); the lexicon is asked there.
   */
  Longer = 3,
  /** A one-word cue, with the tags `tags[code - Tags]` (see {@link CueWords}). */
  Tags = 4,
}
/** Most distinct tag sets a byte of {@link CueCode} tells apart; a word with another is asked anew each time. */
const MAX_CUE_TAGS = 0xff - CueCode.Tags;

/**
 * Per speech-verb lexicon, its {@link CueCode} per word id, read as written (Arabic) and bare
 * (other words), and the tag sets the codes stand for. Facts of the word and the lexicon alone
 * (a language path's lexicons never change once built), kept like the lexicons' own marks.
 */
interface CueWords {
  codes: WordMarks;
  bareCodes: WordMarks;
  tags: ReadonlySet<string>[];
  /** Per word id, 1 where the word is an entry's second word ({@link Lexicon.continuesWith}), 2 where not. */
  seconds: WordMarks;
}
const cueWords = new WeakMap<Lexicon, CueWords>();
function cueWordsOf(lx: Lexicon): CueWords {
  let known = cueWords.get(lx);
  if (!known) cueWords.set(lx, (known = { codes: new WordMarks(), bareCodes: new WordMarks(), tags: [], seconds: new WordMarks() }));
  return known;
}

/** The {@link CueCode} of token `i`'s word, read `bare` or not; a new tag set is added to `tags`. */
function cueCode(lx: Lexicon, t: TokenList, i: number, cache: ReadingCache, bare: boolean, tags: ReadonlySet<string>[]): number {
  if (!lx.wordDecides(t, i, cache, bare)) return lx.someEntry(t, i, cache, bare, oneWord) ? CueCode.Walk : CueCode.Longer;
  const m = lx.matchAt(t, i, cache);
  if (!m || !isVerbReading(m.reading)) return CueCode.None;
  let k = tags.indexOf(m.tags);
  if (k < 0) {
    if (tags.length >= MAX_CUE_TAGS) return CueCode.Walk;
    k = tags.push(m.tags) - 1;
  }
  return CueCode.Tags + k;
}

/** Whether an entry is of one word (see {@link Lexicon.someEntry}). */
const oneWord = (_tags: ReadonlySet<string>, _r: CliticReading, words: number) => words === 1;

/**
 * Whether token `j` may continue an entry of `lx` that starts on the token before it: the
 * lexicon's walk past a first word stops at a line start and at a word that is no entry's second
 * (told by `seconds`, the lexicon's {@link CueWords.seconds} for `t`'s words).
 */
function continuesEntry(lx: Lexicon, t: TokenList, j: number, seconds: Uint8Array): boolean {
  if (j >= t.count || t.flags[j] & TokenFlag.LineStart) return false;
  const w = t.word[j];
  if (seconds[w] === 0) seconds[w] = lx.continuesWith(t.norm(j)) ? 1 : 2;
  return seconds[w] === 1;
}

/** The words of the document that may open an entry of `lx`, in order (one mark read per token). */
function mayOpen(lx: Lexicon, doc: AkhbarDocument, cache: ReadingCache): number[] {
  const t = doc.tokens;
  const marks = lx.startMarks(t, cache);
  const at: number[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Arabic && t.kind[i] !== TokenKind.Word) continue;
    if (marks[t.word[i]] !== Mark.None) at.push(i);
  }
  return at;
}

/**
 * The punctuation tokens that open with a quotation mark ({@link opensWithQuoteMark}), in order:
 * listed by coreference as it read the document (see quoteMarkTokensRead), else found here
 * reading the token kinds (a byte per token; a letter of a word, O'Brien, is no punctuation token).
 */
function quoteMarkTokens(doc: AkhbarDocument): readonly number[] {
  const t = doc.tokens;
  const read = quoteMarkTokensRead(t);
  if (read) return read;
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) if (t.kind[i] === TokenKind.Punct && opensWithQuoteMark(doc, i)) out.push(i);
  return out;
}

/**
 * Pairs the quotation marks of line `li` (the tokens of `marks` from index `from` on: see
 * {@link quoteMarkTokens}); returns outermost pairs only.
 */
function pairMarks(doc: AkhbarDocument, li: number, marks: readonly number[], from: number): Pair[] {
  const t = doc.tokens;
  const line = doc.lines[li];
  const stack: { tok: number; ch: string }[] = [];
  const pairs: Pair[] = [];
  for (let k = from; k < marks.length && marks[k] < line.tokenEnd; k++) {
    const i = marks[k];
    const at = t.start(i);
    if (isApostrophe(doc.text, at)) continue;
    const ch = doc.text[at];
    const dir = markDirection(doc.text, at);
    const closes = dir === 'close' || (dir === 'either' && stack.length > 0);
    if (closes) {
      const open = stack.pop();
      if (open && stack.length === 0) pairs.push({ open: open.tok, close: i, line: li });
    } else if (stack.length < MAX_DEPTH) {
      stack.push({ tok: i, ch });
    }
  }
  // An unclosed mark ends at its paragraph.
  if (stack.length) pairs.push({ open: stack[0].tok, close: -1, line: li });
  return pairs;
}

function lineEndWithoutPunct(doc: AkhbarDocument, tokenEnd: number): number {
  const t = doc.tokens;
  let e = tokenEnd;
  while (e > 0 && t.kind[e - 1] === TokenKind.Punct) e--;
  return e > 0 ? t.end(e - 1) : 0;
}

function countWords(doc: AkhbarDocument, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b && n < 10; i++) if (doc.tokens.kind[i] !== TokenKind.Punct) n++;
  return n;
}

function isSentenceEnd(doc: AkhbarDocument, i: number): boolean {
  return doc.tokens.kind[i] === TokenKind.Punct && SENTENCE_END.has(doc.tokens.norm(i));
}

/** The nearest cue ending before token `o` in the same line and sentence, within the window. */
function nearestCueBefore(doc: AkhbarDocument, cues: Cue[], o: number, lineStart: number): Cue | null {
  let lo = 0, hi = cues.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (cues[m].b <= o) lo = m + 1; else hi = m; }
  for (let k = lo - 1; k >= 0; k--) {
    const c = cues[k];
    if (c.a < lineStart || o - c.b > CUE_WINDOW) return null;
    for (let i = c.b; i < o; i++) if (isSentenceEnd(doc, i)) return null;
    return c;
  }
  return null;
}

/**
 * A cue right after a closing mark (`," he said`, `» قال`), within `window` tokens on the same line
 * (English puts a whole subject there: `," Foreign Minister Badr Abdelatty told reporters`).
 */
function cueAfter(doc: AkhbarDocument, cues: Cue[], close: number, lineEnd: number, window = 4): Cue | null {
  const c = cues[cueIndex(cues, close + 1)];
  if (!c || c.a >= lineEnd || c.a - close > window) return null;
  for (let i = close + 1; i < c.a; i++) if (isSentenceEnd(doc, i)) return null;
  return c;
}

function sentenceEndAfter(doc: AkhbarDocument, i: number): number {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo < hi) { const m = (lo + hi) >> 1; if (s[m] <= i) lo = m + 1; else hi = m; }
  return s[lo] ?? doc.tokens.count;
}

function speakerMentions(entities: Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const e of entities) {
    if (e.type === 'place') continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e.id, type: e.type, article: m.article, rule: m.rule, name: e.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the first mention (sorted by start) starting at or after `offset`. */
function mentionIndex(mentions: readonly MentionRef[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (mentions[m].start < offset) lo = m + 1; else hi = m; }
  return lo;
}

type Speaker = { mention: MentionRef } | { span: Span } | null;

/** Finds speakers: in the gap between cue and quote, the subject before the cue, or carried over. */
class SpeakerFinder {
  /** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
  private indexOf(offset: number): number {
    return mentionIndex(this.mentions, offset);
  }

  /** Mentions starting in `[from, to)`, and ending by `to` unless `whole` is false. */
  private between(from: number, to: number, whole = true): MentionRef[] {
    const out: MentionRef[] = [];
    for (let k = this.indexOf(from); k < this.mentions.length && this.mentions[k].start < to; k++) {
      if (!whole || this.mentions[k].end <= to) out.push(this.mentions[k]);
    }
    return out;
  }

  /** The last mention before `offset` that fits, looking back a bounded number of mentions. */
  private lastBefore(offset: number, fits: (m: MentionRef) => boolean): MentionRef | null {
    const stop = Math.max(0, this.indexOf(offset) - LOOK_BACK);
    for (let k = this.indexOf(offset) - 1; k >= stop; k--) if (fits(this.mentions[k])) return this.mentions[k];
    return null;
  }

  private last: { speaker: Exclude<Speaker, null>; article: number } | null = null;
  /**
   * English: the starts of every quote's text, in order, and the furthest end of a quote that
   * starts there or before (see {@link insideQuote}); a name inside a quote is not a speaker of
   * another.
   */
  private quoteStarts: number[] = [];
  private quoteEnds: number[] = [];
  constructor(private readonly doc: AkhbarDocument, private readonly mentions: MentionRef[], private readonly lang: 'ar' | 'en', private readonly ctx?: QuoteContext) {}

  /** English: the quotes found, in order of their text's start. */
  setQuotes(found: readonly Found[]): void {
    let end = -1;
    for (const f of found) {
      this.quoteStarts.push(f.text.start);
      this.quoteEnds.push((end = Math.max(end, f.text.end)));
    }
  }

  /**
   * Whether a quote's text holds `m`: one starting at or before it ends at or after it, so the
   * furthest end of those that start by `m.start` (a binary search, not a read of every quote
   * for every mention asked about, which grew with the square of a long document's quotes).
   */
  private insideQuote(m: MentionRef): boolean {
    const starts = this.quoteStarts;
    let lo = 0, hi = starts.length;
    while (lo < hi) { const k = (lo + hi) >> 1; if (starts[k] <= m.start) lo = k + 1; else hi = k; }
    return lo > 0 && this.quoteEnds[lo - 1] >= m.end;
  }

  /**
   * English: the speaker a slot names: a person in it, else an organization, else what its noun
   * stands for (the newspaper → the organization named last, the MEC → the person named last, he).
   */
  inSlot(a: number, b: number, at: number): Speaker {
    const t = this.doc.tokens;
    const from = t.start(a), to = t.end(b - 1);
    const inside = this.between(from, to);
    const person = inside.find((m) => m.type === 'person');
    if (person) return { mention: person };
    const org = inside.find((m) => m.type === 'organization');
    if (org) return { mention: org };
    const n = this.nominal(a, b, at);
    if (n) return n;
    // a spokesperson, the council, officials: an unnamed source, given as its words (he, she: carried over).
    return b - a <= 6 && !/^(?:he|she|they|it|we|i)$/.test(t.norm(a)) && t.kind[a] !== TokenKind.Punct ? { span: this.doc.tokenSpan(a, b) } : null;
  }

  /** English: the speaker a noun phrase or pronoun stands for, or null. */
  private nominal(a: number, b: number, at: number): Speaker {
    if (!this.ctx) return null;
    const kind = nominalKind(this.doc, a, b, this.ctx.lex, this.ctx.cache);
    if (!kind) return null;
    if (kind === 'pronoun') return this.carried(at);
    const article = this.doc.placeOf(at).article;
    const t = this.doc.tokens;
    const limit = t.start(a);
    const fits = (m: MentionRef) => m.type === kind && m.article === article && !this.insideQuote(m) && !this.bracketed(m) && m.rule !== 'en.credit';
    if (kind === 'person') {
      const last = this.lastBefore(limit, fits);
      return last ? { mention: last } : null;
    }
    // An organization noun (the government, the newspaper): the organization named with that noun,
    // else the last organization quoted, else none (the council of an unnamed city).
    const head = nominalHead(this.doc, a, b);
    const noun = head >= 0 ? t.norm(head) : '';
    // The mentions that fit, read back from `limit` (a bounded number): the first whose words hold
    // the noun wins; with no noun only the last that fits is needed (no list of them is made).
    let last: MentionRef | null = null;
    for (let k = this.indexOf(limit) - 1, stop = Math.max(0, k + 1 - LOOK_BACK); k >= stop; k--) {
      const m = this.mentions[k];
      if (!fits(m)) continue;
      last ??= m;
      if (!noun) break;
      if (` ${this.doc.text.slice(m.start, m.end).toLowerCase()} ${(m.name ?? '').toLowerCase()} `.includes(` ${noun} `) || this.introducedBy(m, noun)) return { mention: m };
    }
    // The environment ministry: a noun with a modifier names something not named yet.
    if (head >= 0 && head > a + 1) return null;
    for (let k = this.orgSpeakers.length - 1; k >= 0; k--) if (this.orgSpeakers[k].article === article && this.orgSpeakers[k].start < limit) return { mention: this.orgSpeakers[k] };
    return last ? { mention: last } : null;
  }

  /** newspaper Dagens Nyheter: the mention follows `noun` (the noun that introduced it). */
  private introducedBy(m: MentionRef, noun: string): boolean {
    const t = this.doc.tokens;
    const i = t.indexAt(m.start);
    return i > 0 && t.norm(i - 1) === noun || i > 1 && t.norm(i - 1) === ',' && t.norm(i - 2) === noun;
  }

  /** Organizations that spoke so far, in order (English nominal speakers). */
  private readonly orgSpeakers: MentionRef[] = [];

  /** A mention in brackets, an aside (OSLO (Reuters) -), not an actor a noun can stand for. */
  private bracketed(m: MentionRef): boolean {
    const text = this.doc.text;
    let a = m.start - 1, b = m.end;
    while (a >= 0 && text[a] === ' ') a--;
    while (b < text.length && text[b] === ' ') b++;
    return text[a] === '(' && text[b] === ')';
  }

  /** The speaker of a quote introduced by `cue` (null cue: colon or paragraph-initial quote). */
  forCue(cue: Cue | null, quoteTok: number, quoteStart: number): Speaker {
    if (!cue) return this.carried(quoteStart);
    const t = this.doc.tokens;
    const gapStart = t.end(cue.b - 1), gapEnd = t.start(quoteTok);
    return this.inGap(cue, gapStart, gapEnd) ?? this.subjectBefore(cue.a) ?? this.carried(quoteStart);
  }

  /** After a cue that follows the quote: `," said Smith` or `» قال فلان`. */
  after(cue: Cue): Speaker {
    const t = this.doc.tokens;
    const from = t.end(cue.b - 1);
    // English: a role may stand between the cue and the name (…," wrote analyst Raj Mehta).
    const reach = this.lang === 'en' && t.indexAt(from) + 4 < t.count ? t.start(t.indexAt(from) + 4) - from : 3;
    const m = this.between(from, from + Math.max(3, reach) + 1, false).find((x) => x.type === 'person' || this.lang === 'en');
    // English: the name must follow in the same sentence (…," said Strömmer.), not open the next one.
    if (m && this.lang === 'en' && (t.indexAt(m.start) >= sentenceOf(this.doc, cue.a)[1] || /[.!?\n]/.test(this.doc.text.slice(from, m.start)))) return null;
    return m ? { mention: m } : null;
  }

  private inGap(cue: Cue, from: number, to: number): Speaker {
    // لمراسل الأناضول، لوكالة فرانس برس، told Reuters: whoever is spoken to is not the speaker.
    // (Plain loops, no callbacks: a closure here would make every call allocate a context.)
    const all = this.between(from, to);
    if (this.lang === 'ar') {
      // نقل موقع X عن Y: Y speaks, X is the outlet.
      const t = this.doc.tokens;
      let afterFrom = -1;
      for (let i = cue.b; i < t.count && t.start(i) < to; i++) if (tokenIn(this.doc, AR_FROM, i)) afterFrom = t.end(i);
      // The first mention after عن and the first person there; the first person and organization anywhere.
      let firstAfter: MentionRef | null = null, personAfter: MentionRef | null = null, person: MentionRef | null = null, org: MentionRef | null = null;
      for (const m of all) {
        const after = afterFrom >= 0 && m.start >= afterFrom, isPerson = m.type === 'person';
        // (Whether it is spoken to is read only of a mention that would take a place still empty.)
        const takes = (after && (!firstAfter || (isPerson && !personAfter))) || (isPerson ? !person : m.type === 'organization' && !org);
        if (!takes || this.isAddressee(m)) continue;
        if (after) {
          firstAfter ??= m;
          if (isPerson) personAfter ??= m;
        }
        if (isPerson) person ??= m;
        else if (m.type === 'organization') org ??= m;
        // The answer is settled: a person after عن, or with no عن, the first person.
        if (personAfter || (afterFrom < 0 && person)) break;
      }
      // كشف X عن أن: with no one named after it, عن belongs to the verb, not to a source.
      if (firstAfter) return { mention: personAfter ?? firstAfter };
      if (person) return { mention: person };
      if (org) return { mention: org };
      return this.unnamedSource(cue, to);
    }
    // English: the speaker right after the cue ("said Smith", "according to Smith").
    for (const m of all) if (!this.isAddressee(m) && m.type === 'person' && this.tokenDistance(from, m.start) <= 2) return { mention: m };
    return null;
  }

  /** A mention introduced by the dative ل (لوكالة X، لمراسل X، لـX) or by "told"/"to". */
  private isAddressee(m: MentionRef): boolean {
    const t = this.doc.tokens;
    const i = t.indexAt(m.start);
    if (i >= t.count) return false;
    // (A mention that starts its token has no proclitic of its own: no slice is made.)
    if (m.start > t.start(i) && DATIVE_ON_NAME.test(this.doc.text.slice(t.start(i), m.start))) return true;
    if (i === 0) return false;
    const prev = t.norm(i - 1);
    return this.lang === 'ar' ? DATIVE_WORD.test(prev) && !prev.startsWith('ال') : prev === 'told' || prev === 'to';
  }

  /** Words between the cue and the quote that name a source (مصدر مطلع): speaker text without an entity. */
  private unnamedSource(cue: Cue, to: number): Speaker {
    const t = this.doc.tokens;
    const a = cue.b;
    // Only a verb has a subject after it (وأوضح التلفزيون …); after a noun cue (في كلمته الافتتاحية) the words describe the speech.
    if (!cue.tags.has('past') && !cue.tags.has('present')) return null;
    if (a >= t.count || t.start(a) >= to || t.kind[a] !== TokenKind.Arabic) return null;
    const w = t.norm(a).replace(/^[وف]/, '');
    // A source noun (مصدر مطلع، مسؤول عسكري) or a definite noun phrase (التلفزيون الحكومي الباكستاني)
    // that is the subject of the cue: speaker words without an entity.
    const source = SOURCE_NOUNS.has(w);
    if (!source && !(w.startsWith('ال') && w.length > 3)) return null;
    let b = a + 1;
    while (b < t.count && t.start(b) < to && b - a < 4 && t.kind[b] === TokenKind.Arabic && (source || t.norm(b).startsWith('ال')) && !this.endsPhrase(b)) b++;
    if (!source && this.endsPhrase(a)) return null;
    return { span: this.doc.tokenSpan(a, b) };
  }

  /** A word that cannot be in a speaker's noun phrase: a preposition, a time word, a verb, a pronoun. */
  private endsPhrase(i: number): boolean {
    return this.ctx?.lex['breakers']?.hasWordAt(this.doc.tokens, i, this.ctx.cache) ?? false;
  }

  private tokenDistance(from: number, to: number): number {
    const t = this.doc.tokens;
    return t.indexAt(to) - t.indexAt(from);
  }

  /** The last person named before token `a` in the same sentence. */
  subjectBefore(a: number): Speaker {
    if (this.lang === 'en') return this.subjectBeforeEn(a);
    const t = this.doc.tokens;
    const s = this.doc.sentences;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (s[m] <= a) lo = m; else hi = m - 1; }
    const sentStart = t.start(s[lo] ?? 0);
    const at = t.start(a);
    for (let k = this.indexOf(at) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.end <= sentStart) break;
      if (m.type === 'person') return { mention: m };
    }
    return null;
  }

  /**
   * English: the subject of the cue at token `a`: a noun phrase or pronoun right before it (the
   * MEC emphasised, the newspaper reported, he said), else the nearest person or organization
   * named before it in the sentence, outside quotes.
   */
  private subjectBeforeEn(a: number): Speaker {
    const t = this.doc.tokens;
    const words = subjectWords(this.doc, { a, b: a + 1, tags: NO_TAGS });
    const at = t.start(a);
    if (words) {
      const from = t.start(words[0]);
      const named = this.between(from, at).find((m) => !this.insideQuote(m) && m.type !== 'place');
      if (!named) {
        const n = this.nominal(words[0], words[1], at);
        if (n) return n;
      }
    }
    const [sentStart] = sentenceOf(this.doc, a);
    const from = t.start(sentStart);
    // (From the last mention that starts before the cue: those after it are passed over unread.)
    for (let k = this.indexOf(at) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.end <= from) break;
      if (!this.insideQuote(m)) return { mention: m };
    }
    // An investigation in Sweden has revealed that …: an unnamed source, given as its words.
    // (The report alleged …: a document speaks for its source, carried over from before.)
    const head = words ? nominalHead(this.doc, words[0], words[1]) : -1;
    if (words && head >= 0 && /^(?:a|an|the)$/.test(t.norm(words[0])) && !EN_DOCUMENTS.has(t.norm(head))) return { span: this.doc.tokenSpan(words[0], head + 1) };
    return null;
  }

  /** The speaker carried over: the last quote's speaker in this article, else the last person named before. */
  carried(at: number): Speaker {
    const article = this.doc.placeOf(at).article;
    const lastPerson = this.lastBefore(at, (m) => m.type === 'person' && m.article === article && !(this.lang === 'en' && this.insideQuote(m)));
    if (this.last && this.last.article === article) {
      const ls = this.last.speaker;
      // English introduces a new speaker by name before "he said"; Arabic carries the speaker on
      // (وأضاف، وتابع) even when someone else is named in between.
      if (this.lang === 'en' && lastPerson && 'mention' in ls && lastPerson.start > ls.mention.start && lastPerson.entity !== ls.mention.entity && lastPerson.start > this.lastAt) return { mention: lastPerson };
      return ls;
    }
    return lastPerson ? { mention: lastPerson } : null;
  }

  private lastAt = -1;
  remember(s: Speaker, at: number): void {
    if (s) { this.last = { speaker: s, article: this.doc.placeOf(at).article }; this.lastAt = at; }
    if (s && 'mention' in s && s.mention.type === 'organization' && this.lang === 'en') this.orgSpeakers.push(s.mention);
  }

  toResult(s: Speaker): Quote['speaker'] {
    if (!s) return null;
    if ('span' in s) return { text: s.span };
    const m = s.mention;
    return { entity: m.entity, text: { start: m.start, end: m.end, text: this.doc.text.slice(m.start, m.end) } };
  }
}
