/**
 * How English news attributes what is said, beyond "said that": a reported clause
 * without "that" (Mamabolo said the PDMC …), the attribution after the clause
 * (…, a spokesperson for flydubai said), the speaker after a closing quote with an
 * apposition (…," Jagannath Niroula, a CAAN spokesperson, said), and the nouns that
 * stand for a speaker already named (the newspaper, the MEC, the government spokesman).
 */
import type { AkhbarDocument } from '../../doc/document.js';
import type { ReadingCache } from '../../gazetteer/match.js';
import type { Lexicon } from '../../rules/lexicon.js';
import { TokenFlag, TokenKind } from '../../text/tokenize.js';
import { Unit } from '../../text/code-units.js';
import { englishFeatures, Shape } from './features.js';

/** A speech cue: tokens `[a, b)` and the tags of its lexicon entry. */
export interface CueRef { a: number; b: number; tags: ReadonlySet<string> }

/** Index of the first of `cues` (in order of their start) that starts at token `i` or after. */
export function cueIndex(cues: readonly CueRef[], i: number): number {
  let lo = 0, hi = cues.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (cues[m].a < i) lo = m + 1; else hi = m; }
  return lo;
}

/** Words that open a reported clause after a speech verb without "that" (said the talks …, said he would …). */
const CLAUSE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'no', 'none', 'one', 'two', 'three', 'several',
  'both', 'each', 'every', 'any', 'more', 'fewer', 'only', 'nearly', 'almost', 'about', 'such', 'while', 'if', 'once',
]);
/** Cues that take an addressee before their clause (told Reuters …): no clause right after them. */
const ADDRESSED = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reassured', 'warned', 'urged', 'asked']);
/** What may follow a trailing attribution cue before its sentence ends (…, he said on Tuesday). */
const AFTER_TRAILING = new Set(['.', ',', ';', '!', '?', ':', '"', 'on', 'in', 'at', 'today', 'yesterday', 'tonight', 'late', 'earlier', 'last', 'this', 'during', 'after', 'when', 'while', 'adding', 'citing', 'according', 'told', 'referring', 'without', 'by', 'from', 'via', 'as']);
/** The one-unit members of {@link AFTER_TRAILING}, as code units (see {@link closesAttribution}). */
const AFTER_TRAILING_UNITS = new Set([...AFTER_TRAILING].filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
/** Whether token `i` is in {@link AFTER_TRAILING}: most often punctuation, told by its code unit in the view, not its word's string. */
function closesAttribution(doc: AkhbarDocument, i: number): boolean {
  const t = doc.tokens;
  const u = t.unit(i);
  return u >= 0 ? AFTER_TRAILING_UNITS.has(u) : AFTER_TRAILING.has(t.norm(i));
}
/** Words that open a speaker slot (…, officials said; …, the newspaper reported). */
const SLOT_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'one', 'two', 'three', 'officials', 'police', 'sources', 'witnesses', 'residents', 'analysts', 'experts', 'diplomats', 'doctors', 'authorities', 'investigators', 'prosecutors', 'organisers', 'organizers']);
/** Personal pronouns that stand for the person last speaking. */
const PRONOUNS = new Set(['he', 'she']);
/** Words allowed between a subject and its cue (the MEC also emphasised; the newspaper has reported). */
const SUBJECT_GAP = new Set(['also', 'has', 'had', 'have', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'separately', 'however']);
/** Most tokens a speaker slot holds. */
const MAX_SLOT = 7;
/** Most tokens a dateline takes before its dash (PUTRAJAYA, Nov 22 —). */
const MAX_DATELINE = 10;

/** True when token `i` is a quotation mark (either convention): its first code unit, read without making a string of it. */
function isQuote(doc: AkhbarDocument, i: number): boolean {
  // (Past the tokens, no mark: charCodeAt would read a missing offset as 0.)
  const at = doc.tokens.start(i);
  const c = at < doc.text.length ? doc.text.charCodeAt(at) : -1;
  return c === 0x22 /* " */ || c === 0x201c /* “ */ || c === 0x201d /* ” */ || c === 0xab /* « */ || c === 0xbb /* » */ || c === 0x201e /* „ */;
}

/** Sentence `[start, end)` (token indices) that holds token `i`. */
export function sentenceOf(doc: AkhbarDocument, i: number): [number, number] {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo < hi) { const m = (lo + hi + 1) >> 1; if (s[m] <= i) lo = m; else hi = m - 1; }
  return [s[lo], s[lo + 1] ?? doc.tokens.count];
}

/**
 * Start of a reported clause right after a cue without "that" (said the PDMC …, explained the
 * government's new strategy …), or -1. Not after an inverted attribution (…," said the minister.)
 * nor a cue that takes an addressee first (told Reuters …).
 */
export function clauseWithoutThat(doc: AkhbarDocument, cue: CueRef): number {
  const t = doc.tokens;
  const f = englishFeatures(doc);
  const i = cue.b;
  if (i >= t.count || t.flags[i] & TokenFlag.LineStart || ADDRESSED.has(t.norm(cue.a))) return -1;
  if (!cue.tags.has('past') && !cue.tags.has('present')) return -1;
  // …," said the minister: an inverted attribution after a quote.
  if (cue.a > 0 && (isQuote(doc, cue.a - 1) || cue.a > 1 && t.unit(cue.a - 1) === Unit.Comma && isQuote(doc, cue.a - 2))) return -1;
  const w = t.norm(i);
  const opens = CLAUSE_OPENERS.has(w) || f.shape[i] === Shape.Capital || f.shape[i] === Shape.Upper || t.kind[i] === TokenKind.Number;
  if (!opens) return -1;
  // said the minister. / said he. : too short to be a clause.
  const [, end] = sentenceOf(doc, i);
  let words = 0;
  for (let k = i; k < end && words < 5; k++) if (t.kind[k] !== TokenKind.Punct) words++;
  return words >= 5 ? i : -1;
}

/** An attribution after its clause: the clause `[clauseStart, clauseEnd)` and the speaker slot `[slotA, slotB)`. */
export interface Trailing { clauseStart: number; clauseEnd: number; slotA: number; slotB: number }

/**
 * The clause a cue attributes from behind: "…, a spokesperson for flydubai said", "…, the
 * newspaper reported.", "…, said Strömmer." The cue must end its sentence (or come before
 * a time, a place, "adding" …); the slot is short and opens like a noun phrase.
 */
export function trailingAttribution(doc: AkhbarDocument, cue: CueRef): Trailing | null {
  const t = doc.tokens;
  const f = englishFeatures(doc);
  if (cue.tags.has('noun') || cue.tags.has('according') || cue.tags.has('participle') || !cue.tags.has('clause')) return null;
  if (!cue.tags.has('past') && !cue.tags.has('present')) return null;
  const [sentStart, sentEnd] = sentenceOf(doc, cue.a);
  // The attribution closes its sentence: a few words after the cue at most, and no clause of its own.
  // (The comma is looked for only as far as it may be: a long sentence is not read to its end.)
  let stop = cue.b;
  while (stop < sentEnd && stop - cue.b <= MAX_SLOT + 2 && t.unit(stop) !== Unit.Comma) stop++;
  if (stop - cue.b > MAX_SLOT + 2) return null;
  for (let k = cue.b; k < stop; k++) if (t.size(k) === 4 && t.norm(k) === 'that' || isQuote(doc, k)) return null;
  // …, Duran told Reuters. / …, he told reporters by telephone: the addressee may close the sentence.
  // (The cue's own word is read only when what follows it does not close the sentence.)
  if (cue.b < sentEnd && !(t.flags[cue.b] & TokenFlag.LineStart) && !closesAttribution(doc, cue.b) && !(sentEnd - cue.b <= MAX_SLOT && ADDRESSED.has(t.norm(cue.a)))) return null;
  let clauseEnd = -1, slotA = -1, slotB = -1;
  if (cue.a > sentStart && t.unit(cue.a - 1) === Unit.Comma) {
    // Inverted: …, said Strömmer.
    clauseEnd = cue.a - 1;
    slotA = cue.b;
    slotB = cue.b;
    while (slotB < sentEnd && slotB - slotA < MAX_SLOT && t.kind[slotB] !== TokenKind.Punct) slotB++;
    if (slotB === slotA) return null;
  } else {
    let c = -1;
    for (let k = cue.a - 1; k > sentStart && cue.a - k <= MAX_SLOT + 1; k--) {
      if (t.kind[k] === TokenKind.Punct) {
        const p = t.unit(k);
        if (p === Unit.Comma || (p === Unit.Hyphen && t.flags[k] & TokenFlag.SpaceBefore)) { c = k; break; }
        if (isQuote(doc, k)) return null;
      }
    }
    if (c < 0) return null;
    // One apposition: …, Jagannath Niroula, a CAAN spokesperson, said.
    if (CLAUSE_SLOT_DET.has(t.norm(c + 1))) {
      for (let k = c - 1; k > sentStart && c - k <= MAX_SLOT; k--) {
        const p = t.unit(k);
        if (p === Unit.Comma) { if (f.shape[k + 1] === Shape.Capital || f.shape[k + 1] === Shape.Upper) c = k; break; }
        if (t.kind[k] === TokenKind.Punct && p !== Unit.Period && p !== Unit.Apostrophe) break;
      }
    }
    slotA = c + 1;
    slotB = cue.a;
    clauseEnd = c;
    const w = t.norm(slotA);
    if (!(SLOT_OPENERS.has(w) || f.shape[slotA] === Shape.Capital || f.shape[slotA] === Shape.Upper)) return null;
  }
  // The clause: the sentence up to the comma, after a dateline (PUTRAJAYA, Nov 22 —).
  let clauseStart = sentStart;
  for (let k = sentStart; k < Math.min(clauseEnd, sentStart + MAX_DATELINE); k++) {
    if (t.unit(k) === Unit.Hyphen && t.flags[k] & TokenFlag.SpaceBefore && k > sentStart && (f.shape[sentStart] === Shape.Upper)) { clauseStart = k + 1; break; }
  }
  if (isQuote(doc, clauseStart)) return null;
  let words = 0;
  for (let k = clauseStart; k < clauseEnd && words < 4; k++) if (t.kind[k] !== TokenKind.Punct) words++;
  if (words < 4) return null;
  return { clauseStart, clauseEnd, slotA, slotB };
}
const CLAUSE_SLOT_DET = new Set(['a', 'an', 'the']);

/**
 * After a closing quote: `," Jagannath Niroula, a CAAN spokesperson, said.` — the cue that
 * follows a name and its apposition in the same sentence, or null. `nameEnd` is the end of
 * the name mention that starts right after the quote (token index).
 */
export function cueAfterApposition(doc: AkhbarDocument, cues: readonly CueRef[], nameEnd: number): CueRef | null {
  const t = doc.tokens;
  if (nameEnd >= t.count || t.unit(nameEnd) !== Unit.Comma) return null;
  const [, sentEnd] = sentenceOf(doc, nameEnd);
  const c = cues[cueIndex(cues, nameEnd + 1)];
  if (!c || c.a >= sentEnd || c.a - nameEnd > MAX_SLOT + 2 || t.unit(c.a - 1) !== Unit.Comma) return null;
  return c;
}

/** Words that open a relative clause after a source's name. */
const RELATIVE = new Set(['which', 'who', 'whose', 'where', 'whom']);

/**
 * "According to X, CLAUSE." and "CLAUSE, according to X.": the clause and the slot naming its
 * source, or null. `cue` is the "according to" entry.
 */
export function accordingTo(doc: AkhbarDocument, cue: CueRef): Trailing | null {
  const t = doc.tokens;
  if (t.norm(cue.a) !== 'according') return null;
  const [sentStart, sentEnd] = sentenceOf(doc, cue.a);
  const words = (a: number, b: number) => { let n = 0; for (let k = a; k < b; k++) if (t.kind[k] !== TokenKind.Punct) n++; return n; };
  let first = sentStart;
  while (first < cue.a && t.kind[first] === TokenKind.Punct) first++;
  if (first === cue.a) {
    let c = cue.b;
    while (c < sentEnd && c - cue.b <= MAX_SLOT + 3 && t.unit(c) !== Unit.Comma) c++;
    if (c >= sentEnd || t.unit(c) !== Unit.Comma || c === cue.b) return null;
    // "According to X, which hosted the talks, …": the relative clause belongs to the source.
    if (RELATIVE.has(t.norm(c + 1))) {
      let d = c + 2;
      while (d < sentEnd && d - c <= MAX_SLOT + 8 && t.unit(d) !== Unit.Comma) d++;
      if (d < sentEnd && t.unit(d) === Unit.Comma) c = d;
    }
    let end = sentEnd;
    while (end > c + 1 && t.kind[end - 1] === TokenKind.Punct && !isQuote(doc, end - 1)) end--;
    if (words(c + 1, end) < 4 || isQuote(doc, c + 1)) return null;
    return { clauseStart: c + 1, clauseEnd: end, slotA: cue.b, slotB: c };
  }
  if (t.unit(cue.a - 1) !== Unit.Comma) return null;
  let slotB = cue.b;
  while (slotB < sentEnd && slotB - cue.b < MAX_SLOT + 3 && t.kind[slotB] !== TokenKind.Punct) slotB++;
  if (slotB === cue.b || words(first, cue.a - 1) < 4 || isQuote(doc, first)) return null;
  return { clauseStart: first, clauseEnd: cue.a - 1, slotA: cue.b, slotB };
}

/** What a noun phrase before a cue or in a slot stands for: a person's role, an organization, a pronoun. */
export type NominalKind = 'person' | 'organization' | 'pronoun';

/**
 * The kind of speaker the words `[a, b)` name without a name: "the MEC", "the government
 * spokesman" (a role: a person), "the newspaper", "the department" (an organization), "he".
 */
export function nominalKind(doc: AkhbarDocument, a: number, b: number, lex: Record<string, Lexicon | undefined>, cache: ReadingCache): NominalKind | null {
  const t = doc.tokens;
  const head = nominalHead(doc, a, b);
  if (head < 0) return null;
  const e = head + 1;
  if (e - a === 1 && PRONOUNS.has(t.norm(head))) return 'pronoun';
  // A definite or indefinite noun phrase: its last word decides.
  let det = false;
  for (let k = head - 1; k >= a && head - k <= 3; k--) if (CLAUSE_SLOT_DET.has(t.norm(k)) || t.norm(k) === 'its' || t.norm(k) === 'his' || t.norm(k) === 'her') { det = true; break; }
  if (!det) return null;
  for (let k = head; k >= Math.max(a, head - 2); k--) {
    const title = lex.titles?.matchAt(t, k, cache, true);
    if (title && title.end === head + 1 && title.tags.has('nominal')) return 'person';
  }
  for (const name of ['org-nouns', 'org-tails']) {
    const m = lex[name]?.matchAt(t, head, cache, true);
    if (m && m.end === head + 1) return 'organization';
  }
  return null;
}

/** The last word of the noun phrase `[a, b)` (auxiliaries and adverbs after it skipped: the government has), or -1. */
export function nominalHead(doc: AkhbarDocument, a: number, b: number): number {
  const t = doc.tokens;
  let e = b;
  while (e > a && (t.kind[e - 1] === TokenKind.Punct || SUBJECT_GAP.has(t.norm(e - 1)))) e--;
  return e > a ? e - 1 : -1;
}

/** The words right before a cue that may be its subject: `[from, cue.a)`, within the sentence, or null. */
export function subjectWords(doc: AkhbarDocument, cue: CueRef): [number, number] | null {
  const t = doc.tokens;
  const [sentStart] = sentenceOf(doc, cue.a);
  let e = cue.a;
  while (e > sentStart && SUBJECT_GAP.has(t.norm(e - 1))) e--;
  if (e <= sentStart) return null;
  let a = e;
  while (a > sentStart && e - a < 5 && t.kind[a - 1] !== TokenKind.Punct) a--;
  return a < e ? [a, cue.a] : null;
}
