/**
 * Coreference inside a document: partial names (ستيرنيك → ألكسندر ستيرنيك),
 * offices (الرئيس الفرنسي → the President of France on the article's date;
 * الأمين العام للأمم المتحدة → Guterres), and role nominals (الدبلوماسي الروسي →
 * the Russian named just before); then the names only the document's other names
 * reveal (./names-alone.ts: a given name alone, the next name of a list). Adds
 * candidates; never removes one.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { tokenReadings, type ReadingCache } from '../gazetteer/match.js';
import type { LexiconSet } from '../rules/engine.js';
import { tagValue } from '../rules/lexicon-set.js';
import { procliticBeforeHamza } from '../rules/word-shape.js';
import type { LexMatch, Lexicon } from '../rules/lexicon.js';
import { FOREIGN_NAME_PARTICLES, ORDINALS } from '../text/name-particles.js';
import { normalize } from '../text/normalize.js';
import { ScratchPool } from '../text/scratch.js';
import { WordMarks } from '../text/words.js';
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { opensWithQuoteMark } from '../quotes/marks.js';
import { inPositionOrder, mergeInPosition, type Candidate } from './candidate.js';
import { recordsOf, sameReferent } from './resolve.js';
import { listedNames, loneGivenName, opensNoName } from './names-alone.js';

const isLatinCapital = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Holders of an office, by `office|of`, with their terms. */
export type OfficeIndex = Map<string, { entity: number; from: string; to: string }[]>;

/** Indexes the roles of every dictionary entity. */
export function buildOfficeIndex(gaz: Gazetteer): OfficeIndex {
  const idx: OfficeIndex = new Map();
  gaz.entities.forEach((r, entity) => {
    for (const role of r.roles ?? []) {
      if (!role.of) continue;
      const key = `${role.office}|${role.of}`;
      const list = idx.get(key) ?? [];
      list.push({ entity, from: role.from ?? '0000', to: role.to ?? '9999' });
      idx.set(key, list);
    }
  });
  return idx;
}

/** What coreference reads besides the document. */
export interface CorefContext {
  gaz: Gazetteer;
  lex: LexiconSet;
  /** Office titles: entries tagged `office=<key>` (several per title). */
  offices: Lexicon;
  officeIndex: OfficeIndex;
  cache: ReadingCache;
}

/**
 * Adds coreference candidates to a resolved, non-overlapping candidate list. `date` gives the
 * article's date, YYYY-MM-DD, for office holders: asked for only where an office title is read.
 */
export function addCoreference(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, date: () => string): Candidate[] {
  occupiedTables.reset();
  const occupied = occupiedTables.take(doc.tokens.count);
  for (const c of cands) for (let k = c.tokenStart; k < c.tokenEnd; k++) occupied[k] = 1;
  const added: Candidate[] = [];
  const interest = tokenInterest(doc, ctx, markNameEnds(doc, cands), occupied);
  // (The date asked for once per document: the page's date, else the reference date or today's.)
  let day: string | undefined;
  officeMentions(doc, cands, ctx, () => (day ??= date()), occupied, interest, added);
  kingdomMentions(doc, cands, ctx, occupied, interest, added);
  tailNames(doc, cands);
  partialNames(doc, cands, ctx, occupied, interest, added);
  givenNames(doc, cands, ctx, occupied, interest, added);
  // (The next name of a list opens with an Arabic word: a text with none has no such list.)
  if (interest.arabic) listedNames(doc, cands, ctx, occupied, added);
  return mergeInPosition(cands, added);
}

/** The tokens coreference has read as something, one table per document (see {@link ScratchPool}). */
const occupiedTables = new ScratchPool((n) => new Uint8Array(n), 1 << 18);

/** Bits of {@link tokenInterest}: the passes that may find something at a token. */
const Interest = {
  /** A word that may open an office or a title (see officeMentions). */
  Office: 1,
  /** An Arabic word that may be a given name by itself (see givenNames and {@link mayBeGivenName}). */
  Given: 2,
  /** An Arabic word that ends in مملكه (see kingdomMentions). */
  Kingdom: 4,
  /** A word that may open a speech verb (the quotes' cues, see {@link speechCueTokens}). */
  Speech: 8,
} as const;

/** Set in every computed entry of {@link interestMarks}, so 0 means not computed yet. */
const INTEREST_KNOWN = 0x80;
/**
 * Per word id, its {@link Interest} bits (with {@link INTEREST_KNOWN}), per language path (its
 * offices lexicon stands for it: a path's lexicons never change once built). A fact of the word
 * alone, kept while the documents intern into one table, like the lexicons' own marks.
 */
const interestMarks = new WeakMap<Lexicon, WordMarks>();

/**
 * The tokens where a pass may find something, in order, a list per pass (a few in a hundred
 * tokens): each pass steps through its own instead of reading every token again.
 */
interface TokenInterest {
  /** Words that may open an office or a title ({@link Interest.Office}). */
  office: number[];
  /** Arabic words that may be a given name by themselves ({@link Interest.Given}). */
  given: number[];
  /** Arabic words that end in مملكه ({@link Interest.Kingdom}). */
  kingdom: number[];
  /**
   * Words not read as anything yet whose last three letters end a person's name of the document
   * (see {@link markNameEnds}): where a surname alone may stand (see partialNames).
   */
  nameEnds: number[];
  /** Whether the document has an Arabic word at all. */
  arabic: boolean;
}

/**
 * The tokens where each pass may find something (see {@link Interest}). One byte per
 * word id holds what the lexicons' marks of the word say (four reads at the word's id, each most
 * likely a cache miss, made one: the quotes' speech verbs among them), read once per token in
 * text order. The same loop lists, with `nameEnds` (see {@link markNameEnds}), the words that end
 * like a person's name of the document (their last letters read from the view, in text order:
 * partialNames read every token again before), and the quotation marks for the quotes (see
 * {@link quoteMarkTokensRead}).
 */
function tokenInterest(doc: AkhbarDocument, ctx: CorefContext, nameEnds: boolean, occupied: Uint8Array): TokenInterest {
  const t = doc.tokens;
  let marks = interestMarks.get(ctx.offices);
  if (!marks) interestMarks.set(ctx.offices, (marks = new WordMarks()));
  const byWord = marks.of(t.words);
  const office: number[] = [], given: number[] = [], kingdom: number[] = [], ends: number[] = [];
  const speech: number[] = [], quoteMarks: number[] = [];
  const v = doc.view.text;
  // (The document's number in tailBits, read once; 0 when no name ends need listing, and no letters are read.)
  const tails = nameEnds ? tailDoc : 0;
  let arabic = false;
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    if (kind !== TokenKind.Arabic && kind !== TokenKind.Word) {
      // (The quotes' quotation marks, found in this same read of the kinds: see quoteMarkTokensRead.)
      if (kind === TokenKind.Punct && opensWithQuoteMark(doc, i)) quoteMarks.push(i);
      continue;
    }
    const w = t.word[i];
    // (A surname has three letters or more: a shorter word is passed over, its letters unread; so
    // is a word read as something already, which partialNames passes over too.)
    const e = t.nEnd[i];
    if (tails && !occupied[i] && e - t.nStart[i] >= 3 && tailBits[tailHash(v.charCodeAt(e - 3), v.charCodeAt(e - 2), v.charCodeAt(e - 1))] === tails) ends.push(i);
    let b = byWord[w];
    if (b === 0) byWord[w] = b = wordInterest(doc, i, ctx) | INTEREST_KNOWN;
    if (b & Interest.Speech) speech.push(i);
    if (b & Interest.Office) office.push(i);
    // (Given names and the kingdom are read in Arabic words only.)
    if (kind !== TokenKind.Arabic) continue;
    arabic = true;
    if (b & Interest.Given) given.push(i);
    if (b & Interest.Kingdom) kingdom.push(i);
  }
  lastRead = { tokens: t, speechLex: ctx.lex['speech-verbs'] ?? null, speech, quoteMarks };
  return { office, given, kingdom, nameEnds: ends, arabic };
}

/** The {@link Interest} bits of token `i`'s word. */
function wordInterest(doc: AkhbarDocument, i: number, ctx: CorefContext): number {
  const t = doc.tokens;
  let bits = ctx.offices.mayStart(t, i, ctx.cache) || ctx.lex.titles?.mayStart(t, i, ctx.cache) ? Interest.Office : 0;
  const given = ctx.lex['given-names'];
  if (given && mayBeGivenName(given, t, i, ctx.cache)) bits |= Interest.Given;
  if (t.norm(i).endsWith('مملكه')) bits |= Interest.Kingdom;
  if (ctx.lex['speech-verbs']?.mayStart(t, i, ctx.cache)) bits |= Interest.Speech;
  return bits;
}

/**
 * Whether token `i`'s word may be what givenNames reads as a given name: one reading of it is a
 * one-word entry that is no word too (not weak), the word as written or behind proclitics that
 * end in no article (وسمير، لمعاوية; not الأمل). Whatever follows the word, a given name there
 * needs such an entry (a longer match or a weak one is none), so the other words are passed over.
 */
function mayBeGivenName(given: Lexicon, t: TokenList, i: number, cache: ReadingCache): boolean {
  const asWritten = tokenReadings(t, i, cache)[0];
  return given.someEntry(t, i, cache, false, (tags, r, words) =>
    words === 1 && !tags.has('weak') && (r === asWritten || (r.prefix !== '' && !r.article && !/ال$|لل$/.test(r.prefix))));
}

/**
 * What {@link tokenInterest} listed for the quotes in the document read last: its tokens, the
 * tokens whose word may open an entry of the speech-verb lexicon (`speechLex`), and its
 * quotation marks, in order. The quotes step through these instead of reading every token
 * again; held for one document only (the next one replaces it).
 */
let lastRead: { tokens: TokenList; speechLex: Lexicon | null; speech: number[]; quoteMarks: number[] } | null = null;

/**
 * The tokens of `tokens` whose word may open an entry of `speech` (`speech.mayStart`), in order,
 * when coreference has just read that document with that lexicon; else null.
 */
export function speechCueTokens(tokens: TokenList, speech: Lexicon): readonly number[] | null {
  return lastRead && lastRead.tokens === tokens && lastRead.speechLex === speech ? lastRead.speech : null;
}

/**
 * The punctuation tokens of `tokens` that open with a quotation mark ({@link opensWithQuoteMark}),
 * in order, when coreference has just read that document; else null.
 */
export function quoteMarkTokensRead(tokens: TokenList): readonly number[] | null {
  return lastRead && lastRead.tokens === tokens ? lastRead.quoteMarks : null;
}

/** Countries whose Arabic name is a kingdom's (المملكة العربية السعودية، مملكة البحرين), per gazetteer. */
const kingdomsOf = new WeakMap<Gazetteer, Set<number>>();
function kingdoms(gaz: Gazetteer): Set<number> {
  let k = kingdomsOf.get(gaz);
  if (k) return k;
  k = new Set();
  gaz.entities.forEach((r, i) => {
    if (r.kind !== 'country') return;
    const forms = [r.names?.ar ?? '', ...(r.aliases?.ar ?? [])];
    if (forms.some((f) => /^ال?مملكة\s/.test(f))) k!.add(i);
  });
  kingdomsOf.set(gaz, k);
  return k;
}

/**
 * Per gazetteer, per entity, 1 + the kingdom (see {@link kingdoms}) it is or lies in, -1 for
 * none, 0 not read yet: a fact of the record alone, looked up once (a long document names the
 * same entities again and again, and the next documents name them too; each lookup made an id
 * string). As long as the gazetteer's record list.
 */
const kingdomTables = new WeakMap<Gazetteer, Int32Array>();
function kingdomTable(gaz: Gazetteer): Int32Array {
  let table = kingdomTables.get(gaz);
  if (!table) kingdomTables.set(gaz, (table = new Int32Array(gaz.entities.length)));
  return table;
}

/** The kingdom entity `entity` is or lies in, or -1, kept in `table` (its gazetteer's {@link kingdomTable}). */
function kingdomOf(gaz: Gazetteer, table: Int32Array, entity: number): number {
  let k = table[entity];
  if (k === 0) {
    const rec = recordsOf(gaz).at(entity);
    const id = rec.kind === 'country' ? entity : rec.country ? gaz.byId.get(`place:${rec.country.toLowerCase()}`) : undefined;
    table[entity] = k = id !== undefined && kingdoms(gaz).has(id) ? id + 1 : -1;
  }
  return k > 0 ? k - 1 : -1;
}

/**
 * «المملكة» alone, in a text about one kingdom, is that kingdom (a Saudi report's «مناطق
 * المملكة»): the kingdom the document's known names belong to most often, when one leads.
 */
function kingdomMentions(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, interest: TokenInterest, added: Candidate[]): void {
  const t = doc.tokens;
  const bare: { i: number; offset: number }[] = [];
  for (const i of interest.kingdom) {
    // (The word's letters first, see tokenInterest: the readings of every word would cost more than the rest of coreference.)
    if (occupied[i]) continue;
    const r = tokenReadings(t, i, ctx.cache).find((x) => x.stem === 'مملكه' && /(?:ال|لل)$/.test(x.prefix));
    if (!r) continue;
    // المملكة المتحدة، المملكة المغربية: the words after name the kingdom themselves.
    if (i + 1 < t.count && t.kind[i + 1] === TokenKind.Arabic && (occupied[i + 1] || t.norm(i + 1) === 'المتحده' || ctx.lex.demonyms?.hasWordAt(t, i + 1, ctx.cache))) continue;
    bare.push({ i, offset: r.mentionOffset });
  }
  if (!bare.length) return;
  const score = new Map<number, number>();
  const table = kingdomTable(ctx.gaz);
  for (const c of cands) {
    if (!c.entities.length) continue;
    const country = kingdomOf(ctx.gaz, table, c.entities[0]);
    if (country >= 0) score.set(country, (score.get(country) ?? 0) + 1);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return;
  const kingdom = ranked[0][0];
  for (const { i, offset } of bare) {
    const start = offset ? t.startAt(t.nStart[i] + offset) : t.start(i);
    added.push({
      start, end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'place', entities: [kingdom],
      via: 'coreference', rule: 'coref.kingdom', form: 'nominal', flags: 0, confidence: 0.6,
    });
    occupied[i] = 1;
  }
}

/**
 * A person found by a rule whose words end a longer person's name in the document (عبد العاطي
 * after بدر عبد العاطي) is that person.
 */
function tailNames(doc: AkhbarDocument, cands: Candidate[]): void {
  const t = doc.tokens;
  // Longer names by their last word: a rule name is compared, word id by word id, only with the
  // names that end in its last word (no string made per name and tail).
  const byLast = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const last = t.word[c.tokenEnd - 1];
    const list = byLast.get(last);
    if (list) list.push(c); else byLast.set(last, [c]);
  }
  if (!byLast.size) return;
  // The one person each rule name ends (null: several), decided before any name is changed.
  const owners = new Map<Candidate, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'person' || c.via !== 'rule' || c.entities.length) continue;
    const full = tailOwner(t, byLast.get(t.word[c.tokenEnd - 1]), c);
    if (full !== undefined) owners.set(c, full);
  }
  if (!owners.size) return;
  // The first word of someone's name, alone, may be that one: ambiguous (حمدان after both
  // ميرزاد سليم حمدان and حمدان فؤاد الزعبي). The last such name per word, as it opens.
  let opens: Map<number, Candidate> | null = null;
  const opening = (word: number) => {
    if (!opens) {
      opens = new Map();
      for (const c of cands) if (c.type === 'person' && c.form === 'name' && c.tokenEnd - c.tokenStart > 1) opens.set(t.word[c.tokenStart], c);
    }
    return opens.get(word);
  };
  for (const [c, full] of owners) {
    if (!full || sameReferent(full, c)) continue;
    const other = c.tokenEnd - c.tokenStart === 1 ? opening(t.word[c.tokenStart]) : undefined;
    if (other && !sameReferent(other, full)) continue;
    c.entities = full.entities.slice();
    c.key = full.key;
    c.name = full.name;
    c.via = 'coreference';
    c.rule = 'coref.partial-name';
  }
}

/**
 * The person of `names` (in document order) whose name ends in the words of `c`, more words
 * than it has: the last such when all are one referent, null when they are several, undefined
 * when there is none.
 */
function tailOwner(t: TokenList, names: readonly Candidate[] | undefined, c: Candidate): Candidate | null | undefined {
  let owner: Candidate | null | undefined;
  const n = c.tokenEnd - c.tokenStart;
  for (const f of names ?? []) {
    if (f.tokenEnd - f.tokenStart <= n || !sameWords(t, f.tokenEnd - n, c.tokenStart, n)) continue;
    owner = owner === undefined || (owner && sameReferent(owner, f)) ? f : null;
  }
  return owner;
}

/** Whether the `n` tokens from `a` and from `b` are the same words. */
function sameWords(t: TokenList, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (t.word[a + k] !== t.word[b + k]) return false;
  return true;
}

/**
 * Whether the context of token `i` asks for a person: a speech verb or a title right before it
 * (وتوقع فارس، السيد ناصر), or قوله after it (عن رمضان قوله). A surname that is also a word is
 * read as the person only so.
 */
function cuedAsPerson(doc: AkhbarDocument, i: number, ctx: CorefContext): boolean {
  const t = doc.tokens;
  if (i > 0 && !(t.flags[i] & TokenFlag.LineStart) && t.kind[i - 1] === TokenKind.Arabic) {
    if (ctx.lex['speech-verbs']?.hasWordAt(t, i - 1, ctx.cache)) return true;
    if (ctx.lex.titles?.matchAt(t, i - 1, ctx.cache, true)?.end === i) return true;
  }
  const j = i + 1;
  return j < t.count && !(t.flags[j] & TokenFlag.LineStart) && SAYING.has(t.norm(j));
}
/** «قوله» and its forms: عن X قوله is how news reports a statement. */
const SAYING = new Set(['قوله', 'قولها']);

/** A family name of the nisba shape: article + …ي (المالكي، السقاف is not). */
const nisba = (w: string) => w.startsWith('ال') && w.endsWith('ي') && w.length >= 5;

/** The hash of no letter, where {@link endingStep} starts. */
const ENDING_SEED = 0x811c9dc5 | 0;
/** The hash of a word's endings one letter longer: `h` with letter `c` before (FNV-1a's step). */
const endingStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/**
 * A bit per hash of the surnames' endings (see partialNames): of each surname whole, and of its
 * last two letters. A clear bit says no surname has that ending; a set one may (hashes collide).
 */
class SurnameEndings {
  /** The longest surname's length. */
  longest = 0;
  constructor(private readonly bits: Int32Array, private readonly shift: number) {}
  /** Whether an ending of hash `h` may be a surname's. */
  has(h: number): boolean {
    const slot = h >>> this.shift;
    return (this.bits[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }
  /** Marks the ending of hash `h`. */
  mark(h: number): void {
    const slot = h >>> this.shift;
    this.bits[slot >>> 5] |= 1 << (slot & 31);
  }
}

/** The candidates by start token of {@link officeMentions}, one table per document (see {@link ScratchPool}). */
const startTables = new ScratchPool((n) => new Int32Array(n), 1 << 18);

/** The bit tables of {@link surnameEndings}, one per document (see {@link ScratchPool}). */
const endingTables = new ScratchPool((n) => new Int32Array(n), 1 << 16);

/**
 * The {@link SurnameEndings} of `count` surnames (three letters or more each): some 64 bits a
 * mark, so that few words not ending in one are told apart only by their letters.
 */
function surnameEndings(surnames: Iterable<string>, count: number): SurnameEndings {
  let log = 10;
  while (log < 20 && 1 << log < count * 128) log++;
  endingTables.reset();
  const e = new SurnameEndings(endingTables.take(1 << (log - 5)), 32 - log);
  for (const k of surnames) {
    let h = ENDING_SEED;
    for (let j = k.length - 1; j >= 0; j--) {
      h = endingStep(h, k.charCodeAt(j));
      if (j === k.length - 2) e.mark(h);
    }
    e.mark(h);
    if (k.length > e.longest) e.longest = k.length;
  }
  return e;
}

/** Size of the table of name endings of {@link markNameEnds}: a power of two. */
const TAIL_LOG = 12;
const TAIL_BITS = 1 << TAIL_LOG;
/**
 * The slot of a word's last three letters in that table (three, not two: a long document's
 * names end in most pairs of letters, and the table would let most words through).
 */
const tailHash = (a: number, b: number, c: number) => Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> (32 - TAIL_LOG);
/**
 * That table, kept from one document to the next (one made per document cost more than its
 * use): a slot is set for the document read now when it holds that document's number.
 */
const tailBits = new Int32Array(TAIL_BITS);
let tailDoc = 0;

/**
 * Sets {@link tailBits} for the document: the last three letters of the last word of each
 * person's name of two words or more that may stand alone by the name itself (see
 * {@link mayStandAlone}), the surnames partialNames may read alone and more (its lexicon
 * conditions come later). A reading's stem ends its word, or is ال + the end of a word that opens with لل: it
 * ends in the word's last three letters either way, but for a surname of ال and one letter
 * (الZ, read in للZ), marked as للZ too. So a word with none of these endings ends in no surname.
 * False when no name has such a word.
 */
function markNameEnds(doc: AkhbarDocument, cands: readonly Candidate[]): boolean {
  const t = doc.tokens;
  const v = doc.view.text;
  // (Numbers wrap after 2^31 documents: the table starts over.)
  if (++tailDoc === 0x7fffffff) { tailDoc = 1; tailBits.fill(0); }
  let any = false;
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const a = t.nStart[c.tokenEnd - 1], b = t.nEnd[c.tokenEnd - 1];
    // (Only the surnames partialNames may read alone. tailNames may still give a rule name a known
    // person's entities; that person's own name ends in the same word and is marked then.)
    if (b - a < 3 || !mayStandAlone(t, c, t.norm(c.tokenEnd - 1))) continue;
    const z = v.charCodeAt(b - 1);
    tailBits[tailHash(v.charCodeAt(b - 3), v.charCodeAt(b - 2), z)] = tailDoc;
    if (b - a === 3 && v.charCodeAt(a) === 0x627 && v.charCodeAt(a + 1) === 0x644) tailBits[tailHash(0x644, 0x644, z)] = tailDoc;
    any = true;
  }
  return any;
}

/**
 * Whether `last`, the last word of person name `c` (two words or more), may name the person
 * alone as far as the name itself tells (partialNames asks the lexicons more): a word of three
 * letters or more, no regnal number (الثاني alone is no عبد الله الثاني), and with the article
 * (الأسد، الفريق, often a word too) or from an unsure rule only as a known person's, or a nisba
 * (المالكي، البارزاني) where it does not follow a definite noun (see partialNames).
 */
function mayStandAlone(t: TokenList, c: Candidate, last: string): boolean {
  if (last.length < 3 || t.kind[c.tokenEnd - 1] === TokenKind.Punct || ORDINALS.has(last)) return false;
  return c.entities.length > 0 || !((last.startsWith('ال') && !nisba(last)) || c.confidence < 0.75);
}

/** Surnames (last name words) of multi-word person names point to their full name. */
function partialNames(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, interest: TokenInterest, added: Candidate[]): void {
  const t = doc.tokens;
  const surname = new Map<string, Candidate>();
  /** The surnames of two people (see below). */
  const ambiguous = new Set<string>();
  const given = ctx.lex['given-names'];
  // The first words (word ids) of the document's person names, gathered on the first surname that is a given name too.
  let firstWords: Set<number> | null = null;
  const opensName = (word: number) => {
    if (!firstWords) {
      firstWords = new Set();
      for (const c of cands) if (c.type === 'person' && c.form === 'name') firstWords.add(t.word[c.tokenStart]);
    }
    return firstWords.has(word);
  };
  // Surnames that are words too (أمين فارس، طه ياسين رمضان): they name the person alone only
  // where the context asks for a person (see cuedAsPerson).
  const cued = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const last = t.norm(c.tokenEnd - 1);
    if (!mayStandAlone(t, c, last)) continue;
    // A surname that is also a given name (أحمد سليم حمدان) counts alone only when it is no word
    // too and no person of the document opens with it; one that is a word too, only with a cue
    // (not a function word: علي is also على).
    const givenTags = given?.tagsOfWordAt(t, c.tokenEnd - 1, ctx.cache);
    if (givenTags) {
      if (opensName(t.word[c.tokenEnd - 1])) continue;
      if (givenTags.has('weak')) {
        if (ctx.lex.breakers?.has(last)) continue;
        cued.add(last);
      }
    }
    if (ctx.lex.demonyms?.hasWordAt(t, c.tokenEnd - 1, ctx.cache)) continue;
    const prev = surname.get(last);
    // Two people with the same surname: the word alone is ambiguous, skip it (until its first
    // person is named again).
    if (prev && !sameReferent(prev, c)) { ambiguous.add(last); continue; }
    surname.set(last, c);
    ambiguous.delete(last);
  }
  if (!surname.size) return;
  // A reading's stem ends its word, or is ال + the end of a word that opens with لل (ل + ال): it
  // ends in the word's last two letters either way. A word is read only where it ends in a
  // surname, or opens with لل and ends in a surname's last two letters: its endings are hashed
  // letter by letter from its end and looked up in a bit table of the surnames' (see
  // SurnameEndings), a cost per word that stays the same however many names a long document has
  // (comparing it with each surname of its ending grew with the document). Only a word whose
  // ending is marked is fetched and the ending confirmed.
  // (The words that end like any name, the surnames' among them, are listed already: see markNameEnds.)
  const endings = surnameEndings(surname.keys(), surname.size);
  const v = doc.view.text;
  const endsInSurname = (i: number) => {
    const a = t.nStart[i], b = t.nEnd[i];
    if (b - a < 3) return false;
    // (A token's normalized form is its span of the view: its letters are read in text order.)
    const h = endingStep(endingStep(ENDING_SEED, v.charCodeAt(b - 1)), v.charCodeAt(b - 2));
    const k = v.charCodeAt(a) === 0x648 || v.charCodeAt(a) === 0x641 ? 1 : 0; // /^[وف]?لل/
    if (a + k + 1 < b && v.charCodeAt(a + k) === 0x644 && v.charCodeAt(a + k + 1) === 0x644) return endings.has(h);
    // Its endings of three letters and more: the word is fetched only where one is marked.
    const top = Math.min(b - a, endings.longest);
    for (let n = 3, e = h; n <= top; n++) {
      e = endingStep(e, v.charCodeAt(b - n));
      if (endings.has(e) && surname.has(t.norm(i).slice(b - a - n))) return true;
    }
    return false;
  };
  for (const i of interest.nameEnds) {
    if (occupied[i] || !endsInSurname(i)) continue;
    // A Latin-script surname is written with a capital (Brown, not brown).
    if (t.kind[i] === TokenKind.Word && !isLatinCapital(doc.text.charCodeAt(t.start(i)))) continue;
    // … nor the second half of a joined word (the Brien of O'Brien).
    if (t.kind[i] === TokenKind.Word && i > 0 && t.kind[i - 1] === TokenKind.Punct && !(t.flags[i] & TokenFlag.SpaceBefore)) continue;
    for (const r of tokenReadings(t, i, ctx.cache)) {
      const full = surname.get(r.stem);
      if (!full || full.confidence < 0 || ambiguous.has(r.stem)) continue;
      if (cued.has(r.stem) && (r.prefix || !cuedAsPerson(doc, i, ctx))) continue;
      // After a definite noun a nisba is its adjective (الوضع العسكري), not the person.
      if (!full.entities.length && r.stem.startsWith('ال') && i > 0 && !r.prefix && /^(?:[وف]?(?:[بك]?ال|لل))/.test(t.norm(i - 1))) continue;
      // A surname behind a European particle keeps it (فان باستن، دي ميستورا), as the full name has it.
      const from = !r.prefix && i > 0 && !occupied[i - 1] && !(t.flags[i] & TokenFlag.LineStart) && FOREIGN_NAME_PARTICLES.has(t.norm(i - 1)) && t.norm(i - 1) === t.norm(full.tokenEnd - 2) ? i - 1 : i;
      const start = from < i ? t.start(from) : r.mentionOffset ? t.startAt(t.nStart[i] + r.mentionOffset) : t.start(i);
      added.push({
        start, end: t.end(i), tokenStart: from, tokenEnd: i + 1, type: 'person',
        entities: full.entities.slice(), key: full.key, name: full.name,
        via: 'coreference', rule: 'coref.partial-name', form: 'name', flags: 0, confidence: 0.7,
      });
      occupied[from] = occupied[i] = 1;
      break;
    }
  }
}

/**
 * A given name standing alone, where one person of the document opens with it, is that person
 * (عائشة after عائشة بنت أبي بكر، معاوية after معاوية بن أبي سفيان): text that has named someone
 * in full may go on by the given name. Only a given name that is no word too (not علي، أمل),
 * only when no second person of the document opens with it, and only alone: before another name
 * word it opens a new name (محمد صادق).
 *
 * Where no person of the document opens with it, such a name alone is still a person, one the
 * dictionaries may not know (وقالت عائشة، نابليون): rule `ar.person.lone-given`, unless its
 * neighbours make it part of something else: a name chain (ابن يحيى، بنو هاشم), the name of an
 * institution or a place (مستشفى، بوابة فاطمة), a title set in quotation marks («بلقيس»), or a
 * family name of the nationality shape after it (فيصل السويدي).
 */
function givenNames(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, interest: TokenInterest, added: Candidate[]): void {
  const t = doc.tokens;
  const given = ctx.lex['given-names'];
  // (Every name found stands at a token of interest.given: with none, the owners need not be read.)
  if (!given || !interest.given.length) return;
  /** The given name (its stem, so وسمير counts as سمير) a token is by itself, not a word too; else undefined. */
  const givenAt = (i: number, bare: boolean) => {
    const m = bare ? bareMatch(given, t, i, ctx.cache) : given.matchAt(t, i, ctx.cache, false);
    return m && m.end === i + 1 && !m.tags.has('weak') ? m.reading.stem : undefined;
  };
  // Given name → the one person it opens (null: several).
  const owner = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const w = givenAt(c.tokenStart, false);
    if (w === undefined) continue;
    const prev = owner.get(w);
    // A low-confidence rule name is too unsure to own the name, but it still makes it ambiguous.
    const sure = c.entities.length > 0 || c.confidence >= 0.75;
    owner.set(w, prev === undefined ? (sure ? c : null) : prev && sameReferent(prev, c) ? prev : null);
  }
  // The given names some one person opens with: behind a proclitic, a word is read only where it
  // ends in one of them (its stem is the end of the word).
  const owned: string[] = [];
  for (const [w, c] of owner) if (c) owned.push(w);
  for (const i of interest.given) {
    // Arabic words that are no given name by themselves (most) are passed over (see tokenInterest).
    if (occupied[i]) continue;
    // وأين is و + أين, not Wayne (واين): see procliticBeforeHamza.
    if (procliticBeforeHamza(doc.text, t.start(i), t.end(i))) continue;
    let w = givenAt(i, true);
    // Behind a proclitic (بعائشة، لمعاوية، وخالد) only as the person of the document it opens: a
    // lone one there is too often a word (وجودي، فنانا).
    let from = t.start(i);
    if (w === undefined) {
      if (!endsInAny(t.norm(i), owned)) continue;
      const m = given.matchAt(t, i, ctx.cache, false);
      if (!m || m.end !== i + 1 || m.tags.has('weak') || !m.reading.prefix || m.reading.article || /ال$|لل$/.test(m.reading.prefix) || !owner.get(m.reading.stem)) continue;
      w = m.reading.stem;
      from = t.startAt(t.nStart[i] + m.reading.mentionOffset);
    }
    const full = owner.get(w);
    if (full === null) continue;
    // Alone: what follows is no word that could go on a name (a punctuation mark, a line's end,
    // a function word, verb or title).
    const j = i + 1;
    const alone = j >= t.count || (t.flags[j] & TokenFlag.LineStart) || t.kind[j] !== TokenKind.Arabic || opensNoName(doc, j, ctx);
    if (!alone) continue;
    if (!full) {
      if (loneGivenName(doc, i, ctx)) {
        const name = doc.text.slice(t.start(i), t.end(i));
        added.push({
          start: t.start(i), end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'person', entities: [],
          key: `person:${normalize(name)}`, name, via: 'rule', rule: 'ar.person.lone-given', form: 'name', flags: 0, confidence: 0.5,
        });
        occupied[i] = 1;
      }
      continue;
    }
    added.push({
      start: from, end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'person',
      entities: full.entities.slice(), key: full.key, name: full.name,
      via: 'coreference', rule: 'coref.given-name', form: 'name', flags: 0, confidence: 0.6,
    });
    occupied[i] = 1;
  }
}

/** Whether a word ends in one of `ends`. */
function endsInAny(word: string, ends: readonly string[]): boolean {
  for (let k = 0; k < ends.length; k++) if (word.endsWith(ends[k])) return true;
  return false;
}

/**
 * `lex.matchAt(t, i, cache, true)`, read off the match behind proclitics where it can: that one
 * is most often known already (the rules ask for it), and where the word as written wins it (its
 * reading is tried first and only a longer match wins over it) or nothing matches, the bare
 * match is the same.
 */
function bareMatch(lex: Lexicon, t: TokenList, i: number, cache: ReadingCache): LexMatch | null {
  const m = lex.matchAt(t, i, cache, false);
  return m === null || m.reading === tokenReadings(t, i, cache)[0] ? m : lex.matchAt(t, i, cache, true);
}

/**
 * Office titles with their country (a nationality adjective) or organization (a known
 * name right after): the office holder on the article's date, or, for role nouns, the
 * person of that country named last before.
 */
function officeMentions(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, date: () => string, occupied: Uint8Array, interest: TokenInterest, added: Candidate[]): void {
  const t = doc.tokens;
  // The candidate starting at a token (the last one there), gathered on the first title found:
  // per token, 1 + its index in `cands` (0: none), in a table cut from a kept buffer (a map of
  // the document's candidates was rebuilt, and regrown, for every document with a title).
  let starts: Int32Array | null = null;
  const startsAt = (i: number): Candidate | undefined => {
    if (!starts) {
      startTables.reset();
      starts = startTables.take(t.count);
      for (let k = 0; k < cands.length; k++) starts[cands[k].tokenStart] = k + 1;
    }
    const k = i < t.count ? starts[i] : 0;
    return k ? cands[k - 1] : undefined;
  };
  const titles = ctx.lex.titles;
  const demonyms = ctx.lex.demonyms;
  // (`next`: the first token a mention found leaves to read.)
  let next = 0;
  // Whether `cands` is in position order (see lastPersonOf), read on the first role noun of a
  // document with many candidates (a short list is read back whole for less).
  let ordered: boolean | undefined;
  for (const i of interest.office) {
    // Words that open neither an office nor a title (most) are passed over (see tokenInterest).
    if (i < next || occupied[i]) continue;
    const office = ctx.offices.matchAt(t, i, ctx.cache);
    const title = titles?.matchAt(t, i, ctx.cache);
    const end0 = Math.max(office?.end ?? -1, title?.end ?? -1);
    if (end0 < 0) continue;
    let end = end0;
    // A style (خادم الحرمين الشريفين) names its country itself; other titles take a
    // nationality adjective or a known name after them.
    let of: string | undefined = office && office.end === end0 ? tagValue(office.tags, 'of') : undefined;
    if (!of) {
      const dem = end < t.count && !occupied[end] ? demonyms?.matchAt(t, end, ctx.cache) : null;
      const next = startsAt(end);
      if (dem) { of = tagValue(dem.tags, 'place'); end = dem.end; }
      else if (next && next.via === 'gazetteer' && next.type !== 'person' && next.entities.length) {
        of = recordsOf(ctx.gaz).at(next.entities[0]).id;
        end = next.tokenEnd;
      }
    }
    if (!of) continue;
    // A name right after the role is an apposition (الرئيس الفرنسي إيمانويل ماكرون): the name speaks for itself.
    const after = startsAt(end);
    if (after && after.type === 'person') { next = end; continue; }
    let target: Candidate | null = null;
    if (office) target = officeHolder(office.tags, of, ctx, date);
    if (!target && title?.tags.has('nominal')) target = lastPersonOf(cands, (ordered ??= cands.length > FEW_CANDIDATES && inPositionOrder(cands)), of, ctx, t.start(i), doc);
    if (!target) continue;
    const r = (office && office.end >= (title?.end ?? -1) ? office : title)!.reading;
    const start = r.mentionOffset ? t.startAt(t.nStart[i] + r.mentionOffset) : t.start(i);
    added.push({
      start, end: t.end(end - 1), tokenStart: i, tokenEnd: end, type: 'person',
      entities: target.entities.slice(), key: target.key, name: target.name,
      via: 'coreference', rule: office && target.via === 'gazetteer' ? 'coref.office-holder' : 'coref.role', form: 'nominal', flags: 0, confidence: 0.7,
    });
    for (let k = i; k < end; k++) occupied[k] = 1;
    next = end;
  }
}

/** Candidates up to which lastPersonOf reads the list back from its end rather than check its order. */
const FEW_CANDIDATES = 64;

/** An office's holders and their terms (see {@link OfficeIndex}). */
type Terms = { entity: number; from: string; to: string }[];

/** What {@link officeHolder} knows of an office title's tags and a place or body: its terms, and its holder on the date asked last. */
interface HolderMemo {
  /** Per tag `office=…` of the title with holders there, in the tags' order, their terms; null when no tag has any. */
  terms: Terms[] | null;
  /** The date the holder was found for ('' before the first). */
  date: string;
  holder: Candidate | null;
}

/**
 * Per office index, per title's tags (a lexicon entry's own set), per place or body, what
 * {@link officeHolder} found: the same titles and countries come back in document after document,
 * and each answer made strings, arrays and a set. A fact of the index and the date alone, bounded
 * by the lexicon's entries and the places they are read with.
 */
const holderMemos = new WeakMap<OfficeIndex, Map<ReadonlySet<string>, Map<string, HolderMemo>>>();

/** The one holder of an office of `tags` for `of` on the article's date (see {@link addCoreference}), or null. */
function officeHolder(tags: ReadonlySet<string>, of: string, ctx: CorefContext, dateOf: () => string): Candidate | null {
  let byTags = holderMemos.get(ctx.officeIndex);
  if (!byTags) holderMemos.set(ctx.officeIndex, (byTags = new Map()));
  let byOf = byTags.get(tags);
  if (!byOf) byTags.set(tags, (byOf = new Map()));
  let memo = byOf.get(of);
  if (!memo) byOf.set(of, (memo = { terms: officeTerms(tags, of, ctx.officeIndex), date: '', holder: null }));
  // (No one holds the office there, on any date: the date is not asked for.)
  if (!memo.terms) return null;
  const date = dateOf();
  if (memo.date !== date) { memo.date = date; memo.holder = holderOn(memo.terms, date); }
  return memo.holder;
}

/** The terms of each office of `tags` (`office=…`) held for `of`, in the tags' order; null when none is. */
function officeTerms(tags: ReadonlySet<string>, of: string, index: OfficeIndex): Terms[] | null {
  let out: Terms[] | null = null;
  for (const tag of tags) {
    if (!tag.startsWith('office=')) continue;
    const terms = index.get(`${tag.slice(7)}|${of}`);
    if (terms?.length) (out ??= []).push(terms);
  }
  return out;
}

/** The one holder on `date` of the first office (its `terms` in order) that has exactly one then, as a candidate; or null. */
function holderOn(offices: readonly Terms[], date: string): Candidate | null {
  for (const terms of offices) {
    // Two holders on the date (overlapping terms, or an office held jointly) name neither.
    const holders = terms.filter((h) => h.from.slice(0, date.length) <= date && date <= h.to.padEnd(10, '~'));
    if (new Set(holders.map((h) => h.entity)).size === 1) {
      return { start: 0, end: 0, tokenStart: 0, tokenEnd: 0, type: 'person', entities: [holders[0].entity], via: 'gazetteer', rule: '', form: 'name', flags: 0, confidence: 1 };
    }
  }
  return null;
}

/** `doc.placeOf(offset).article`, without the object it makes. */
function articleAt(doc: AkhbarDocument, offset: number): number {
  return doc.segmentAt(offset)?.article ?? 0;
}

/**
 * The person named last before `at` whose country is `of` (or unknown), in the same article.
 * Candidates in position order (`ordered`) are read back from the last one that starts before
 * `at`, found by a binary search: not from the document's end for every role noun, a cost that
 * grew with the square of a long document's length.
 */
function lastPersonOf(cands: Candidate[], ordered: boolean, of: string, ctx: CorefContext, at: number, doc: AkhbarDocument): Candidate | null {
  const article = articleAt(doc, at);
  let lo = 0, hi = cands.length;
  if (ordered) while (lo < hi) { const m = (lo + hi) >> 1; if (cands[m].start < at) lo = m + 1; else hi = m; }
  else lo = cands.length;
  for (let k = lo - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.start >= at || c.type !== 'person' || c.form !== 'name') continue;
    if (articleAt(doc, c.start) !== article) return null;
    const country = c.entities.length ? recordsOf(ctx.gaz).at(c.entities[0]).country : undefined;
    if (!country || `place:${country.toLowerCase()}` === of) return c;
  }
  return null;
}
