/**
 * Leftmost-longest matching of the gazetteer trie over a document's tokens.
 * The first token of a name may carry proclitics (وبالبرازيل، للأمم); the
 * following tokens match exactly. Names never cross a line break.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { procliticReadings, type CliticReading } from '../text/clitics.js';
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { WordMarks, WordMasks, type WordTable } from '../text/words.js';
import type { Candidate } from '../entities/candidate.js';
import { AliasFlag, hashToken, SEP, step, type AliasEntry, type TrieNode } from './trie.js';
import { canStartName, nameTokensWithKinds, type Gazetteer } from './compile.js';
import { skeleton } from './skeleton.js';
import { KIN_NOUNS, LINEAGE_PARTICLES } from '../text/name-particles.js';
import { recordReader } from '../dictionary/lazy-records.js';
// natural's root import loads database clients; the distance module alone is small and pure.

/** Confidence of a gazetteer match by spelling skeleton (see matchSkeleton): below a listed spelling's. */
export const VARIANT_CONFIDENCE = 0.8;
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/**
 * What the matchers remember about one normalized word across documents: its readings. What
 * each matcher (a lexicon, the gazetteer) found for them is kept by word id (see
 * {@link ReadingCache.answersOf}), so a word seen before costs an array read per token however
 * many matchers ask about it.
 */
export interface WordEntry {
  readings: CliticReading[];
}

/** A cache of proclitic readings per normalized word, bounded so a long run cannot grow it forever. */
export class ReadingCache {
  private map = new Map<string, WordEntry>();
  /** Words that are not Arabic: their one reading is the word itself. */
  private plain = new Map<string, WordEntry>();
  private slots = new Map<object, number>();
  /**
   * Entries by word id of {@link table} (the interning table of the documents read last): a
   * token finds its word's entry with one array read, no substring and no map lookup.
   */
  private byId: (WordEntry | undefined)[] = [];
  private table: WordTable | null = null;
  /** Per matcher slot, a byte per word id: see {@link marksOf}. */
  private marks: WordMarks[] = [];
  /** Per matcher slot, its answer per word id of {@link table}: see {@link answersOf}. */
  private answers: unknown[][] = [];
  constructor(private readonly limit = 200_000) {}
  get(word: string): CliticReading[] {
    return this.entry(word, true).readings;
  }
  /** The entry of a word: proclitic readings for an Arabic word, the word itself otherwise. */
  entry(word: string, arabic: boolean): WordEntry {
    const map = arabic ? this.map : this.plain;
    let e = map.get(word);
    if (!e) {
      if (map.size >= this.limit) { map.clear(); this.byId = []; this.answers = []; }
      e = { readings: arabic ? procliticReadings(word) : [{ stem: word, offset: 0, article: false, prefix: '', mentionOffset: 0 }] };
      map.set(word, e);
    }
    return e;
  }
  /** The entry of token `i`'s word. */
  ofToken(tokens: TokenList, i: number): WordEntry {
    if (tokens.words !== this.table) this.rebind(tokens.words);
    const id = tokens.word[i];
    let e = this.byId[id];
    if (e === undefined) {
      e = this.entry(tokens.norm(i), tokens.kind[i] === TokenKind.Arabic);
      // Grown one element at a time, so the array stays dense whatever order ids come in.
      while (this.byId.length <= id) this.byId.push(undefined);
      this.byId[id] = e;
    }
    return e;
  }
  /**
   * A matcher's marks per word id of `tokens`' table: 0 not asked yet, {@link Mark.None} when the
   * matcher finds nothing for the word, {@link Mark.Some} when it may. Most words are marked None,
   * so most tokens are dismissed with one byte read from a small array, no entry touched.
   */
  marksOf(slot: number, tokens: TokenList): Uint8Array {
    return (this.marks[slot] ??= new WordMarks()).of(tokens.words);
  }
  /**
   * A matcher's answers per word id of `tokens`' table (undefined until asked), long enough for
   * every id: read straight by id, no word entry in between (one memory access fewer a token).
   */
  answersOf(slot: number, tokens: TokenList): unknown[] {
    if (tokens.words !== this.table) this.rebind(tokens.words);
    const a = (this.answers[slot] ??= []);
    // Grown one element at a time, so the array stays dense.
    while (a.length < tokens.words.size) a.push(undefined);
    return a;
  }
  /**
   * A matcher's answer for token `i`'s word, worked out once per word by `compute(tokens, i, ctx, this)`:
   * null where the matcher finds nothing, and the word is then marked so that its later tokens
   * cost one byte read (see {@link marksOf}). `compute` is a plain function with its context
   * passed in, so the hot path allocates no closure and no object.
   */
  perWord<T, C>(slot: number, tokens: TokenList, i: number, compute: (tokens: TokenList, i: number, ctx: C, cache: ReadingCache) => T | null, ctx: C): T | null {
    const marks = this.marksOf(slot, tokens);
    const id = tokens.word[i];
    if (marks[id] === Mark.None) return null;
    const answers = this.answersOf(slot, tokens);
    let f = answers[id] as T | null | undefined;
    if (f === undefined) answers[id] = f = compute(tokens, i, ctx, this);
    marks[id] = f ? Mark.Some : Mark.None;
    return f;
  }
  /** Starts over with a document of another interning table (a new one after the old filled up): ids differ. */
  private rebind(table: WordTable): void {
    this.table = table;
    this.byId = [];
    this.answers = [];
  }
  /** The slot of a matcher in every word entry of this cache (small numbers, one per matcher). */
  slotOf(matcher: object): number {
    let s = this.slots.get(matcher);
    if (s === undefined) this.slots.set(matcher, (s = this.slots.size));
    return s;
  }
}

/** Values of {@link ReadingCache.marksOf}. */
export const Mark = { None: 1, Some: 2 } as const;

/** The cached entry of token `i`'s word. */
export function tokenWord(tokens: TokenList, i: number, cache: ReadingCache): WordEntry {
  return cache.ofToken(tokens, i);
}

/** Readings of token `i`: proclitic readings for Arabic words, the token itself otherwise (memoized per token). */
export function tokenReadings(tokens: TokenList, i: number, cache: ReadingCache): CliticReading[] {
  return tokenWord(tokens, i, cache).readings;
}

/**
 * A reading of a word that is an alias's first token, and what matching from it reads first,
 * side by side: a token that opens no name (most of those that may) touches this one object.
 * A word's starts are chained in reading order; its first start is the word's entry (see
 * {@link openersOf}), worked out once per word id since it depends on the word alone.
 */
class Start {
  /** The word's next start, in reading order. */
  other: Start | null = null;
  /**
   * On a word's first start: per start, the skeleton trie's node for its stem where a spelling
   * variant may start there (undefined where not), or null when none may; undefined until asked.
   */
  variants: (TrieNode | undefined)[] | null | undefined = undefined;
  /** Whether the node's aliases match the reading alone (a stripped reading of a short word is too weak: و + اس …). */
  readonly alone: boolean;
  /**
   * A filter of the node's next tokens, a bit per token hash (see {@link mayFollow}): the first
   * 64 bits in two numbers, and all of them in {@link wide} when the node has more next tokens
   * than 64 bits filter well.
   */
  private readonly lo: number;
  private readonly hi: number;
  private readonly wide: Int32Array | null;
  /** The shift that leaves a hash's bit index in the filter (its top bits). */
  private readonly shift: number;
  constructor(readonly reading: CliticReading, readonly node: TrieNode) {
    this.alone = !!node.entries && !(reading.offset > 0 && reading.stem.length < 3);
    const bits = nextTokenFilter(node);
    this.shift = Math.clz32(bits.length * 32) + 1; // 32 - log2 of the filter's bits
    this.lo = bits[0];
    this.hi = bits[1];
    this.wide = bits.length > 2 ? bits : null;
  }
  /**
   * Whether a token of word hash `h` (see {@link tokenHash}) may be one of the node's next tokens:
   * false only when none has the hash's bit. Most tokens after a word that opens names (و، في،
   * ان …) are none of their next tokens, and are so passed over without a map lookup.
   */
  mayFollow(h: number): boolean {
    const b = h >>> this.shift;
    // (A shift counts modulo 32: `>>> b` picks bit b % 32 of the 32-bit word b / 32.)
    const word = this.wide ? this.wide[b >>> 5] : b & 32 ? this.hi : this.lo;
    return ((word >>> b) & 1) !== 0;
  }
}

/** Filter bits per next token in a {@link Start}: about one token in eight that is none of them gets through. */
const FILTER_BITS_PER_TOKEN = 8;

/** The next-token filters of first nodes, made once per node (the starts of ومحمد and لمحمد share محمد's). */
const nextFilters = new WeakMap<TrieNode, Int32Array>();
/** A bit per next token's hash (its top bits), 64 bits at least, {@link FILTER_BITS_PER_TOKEN} a token. */
function nextTokenFilter(node: TrieNode): Int32Array {
  let bits = nextFilters.get(node);
  if (bits) return bits;
  const next = node.next;
  let log = 6;
  while (next && 1 << log < next.size * FILTER_BITS_PER_TOKEN) log++;
  bits = new Int32Array(1 << (log - 5));
  // A settled node's next tokens are all made and never change: the filter stays true.
  if (next) for (const token of next.keys()) { const b = hashToken(token) >>> (32 - log); bits[b >>> 5] |= 1 << b; }
  nextFilters.set(node, bits);
  return bits;
}

/** {@link hashToken} per word id of the table read last (0: not hashed yet). */
const wordHashes = new WordMasks();
/** The hash of token `j`'s word, worked out once per word id (`hashes`: {@link wordHashes} of `t`'s table). */
function tokenHash(t: TokenList, j: number, hashes: Int32Array): number {
  const id = t.word[j];
  return hashes[id] || (hashes[id] = hashToken(t.norm(j)));
}

/** The first start of token `i`'s word under `root`, or null when no reading of it is a first token. */
function openerOf(root: TrieNode, tokens: TokenList, i: number, cache: ReadingCache): Start | null {
  let first: Start | null = null, last: Start | null = null;
  for (const r of tokenReadings(tokens, i, cache)) {
    const node = step(root, r.stem);
    if (!node) continue;
    const s = new Start(r, node);
    if (last) last.other = s;
    else first = s;
    last = s;
  }
  return first;
}

/**
 * The matcher's byte marks and openers per word id of `tokens`' table (see
 * {@link ReadingCache.marksOf} and {@link ReadingCache.answersOf}), read once per document: a
 * token is then one byte read when its word opens nothing, and one more array read when it may.
 * (Nothing interns a word while a document is matched, so both stay long enough for its ids.)
 */
function openersOf(gaz: Gazetteer, tokens: TokenList, cache: ReadingCache): [marks: Uint8Array, openers: (Start | null | undefined)[]] {
  const slot = cache.slotOf(gaz.root);
  return [cache.marksOf(slot, tokens), cache.answersOf(slot, tokens) as (Start | null | undefined)[]];
}

const isUpper = (c: number) => c >= 65 && c <= 90 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** A gazetteer mark (beside {@link Mark}'s) of a Latin word every alias it opens of which wants a capital (see {@link capitalsOnly}). */
const CAPITALS_ONLY = 3;

/** Whether every alias a word's starts open wants a capital (see {@link capitalsOnly}). */
function startsWantCapitals(op: Start): boolean {
  for (let s: Start | null = op; s; s = s.other) if (!capitalsOnly(s.node)) return false;
  return true;
}

/** {@link capitalsOnly} per first node (shared by the words whose reading reaches it). */
const capitalsOnlyOf = new WeakMap<TrieNode, boolean>();

/**
 * Whether every alias through first node `node` wants the text to capitalize its first word or
 * to write it in capitals (Capitalized or Acronym): then a first word in lower case matches none
 * (see caseFits). Aliases of one entity that end at one node are one entry with the flags they
 * share (see addEntry): Nato and NATO make `nato` fit any case. So the flags are joined per
 * entity and end, over the node's settled entries and the aliases still parked under it.
 */
function capitalsOnly(node: TrieNode): boolean {
  let known = capitalsOnlyOf.get(node);
  if (known === undefined) {
    const flags = new Map<string, number>();
    const join = (end: string, e: AliasEntry) => {
      const key = `${end}${SEP}${e.entity}`;
      flags.set(key, (flags.get(key) ?? -1) & e.flags);
    };
    const walk = (n: TrieNode, path: string) => {
      for (const e of n.entries ?? []) join(path, e);
      for (const [rest, e] of n.parked ?? []) join(`${path}${SEP}${rest}`, e);
      for (const [token, c] of n.next ?? []) walk(c, `${path}${SEP}${token}`);
    };
    walk(node, '');
    known = [...flags.values()].every((f) => (f & (AliasFlag.Capitalized | AliasFlag.Acronym)) !== 0);
    capitalsOnlyOf.set(node, known);
  }
  return known;
}

/** Checks the text's capitalization against a Latin alias's flags. */
function caseFits(doc: AkhbarDocument, a: number, b: number, flags: number): boolean {
  if (!(flags & (AliasFlag.Capitalized | AliasFlag.Acronym))) return true;
  const t = doc.tokens;
  if (flags & AliasFlag.Acronym) {
    for (let i = a; i < b; i++) {
      if (t.kind[i] !== TokenKind.Word) continue;
      const s = doc.text.slice(t.start(i), t.end(i));
      if (s !== s.toUpperCase()) return false;
    }
    return true;
  }
  return t.kind[a] !== TokenKind.Word || isUpper(doc.text.charCodeAt(t.start(a)));
}

/** How alike (Jaro–Winkler) a spelling variant must be to the listed name: شولتز/شولتس 0.92, لأغراض/لاغارد 0.88. */
const MIN_VARIANT_SIMILARITY = 0.9;
/** Shortest word a variant match may contain. */
const MIN_VARIANT_WORD = 4;

/** The longest word the matchers look up (a name word is far shorter; junk runs are longer). */
export const MAX_NAME_WORD = 40;

/** Skeletons of normalized words, cached like readings. */
const skeletonCache = new Map<string, string>();
/** The {@link skeleton} of normalized word `w`, from a bounded cache (the same words come back in document after document). */
export function skeletonOf(w: string): string {
  let s = skeletonCache.get(w);
  if (s === undefined) {
    if (skeletonCache.size > 200_000) skeletonCache.clear();
    skeletonCache.set(w, (s = skeleton(w)));
  }
  return s;
}

/** The skeleton of token `j`'s word, kept by word id (an array read instead of a map lookup). */
function tokenSkeleton(t: TokenList, j: number, cache: ReadingCache): string {
  const answers = cache.answersOf(cache.slotOf(skeletonCache), t);
  const id = t.word[j];
  let s = answers[id] as string | undefined;
  if (s === undefined) answers[id] = s = skeletonOf(t.norm(j));
  return s;
}

/**
 * Per start of a word (its first start `op`), the skeleton trie's node for its stem where a
 * spelling variant may start there (undefined where not), or null when none may: worked out on
 * the first token of the word that asks (a token that opens no listed name is asked about again
 * and again).
 */
function variantStarts(gaz: Gazetteer, op: Start): (TrieNode | undefined)[] | null {
  if (op.variants !== undefined) return op.variants;
  let f: (TrieNode | undefined)[] | null = null;
  let k = 0;
  for (let s: Start | null = op; s; s = s.other, k++) {
    const r = s.reading;
    // The whole word or one conjunction off it: deeper readings of an unknown word are noise here.
    if (r.offset > 1 || r.prefix.endsWith('ال') || r.stem.length < MIN_VARIANT_WORD) continue;
    // A variant keeps its first word as listed (أولاف شولتز): only then is the skeleton worth computing.
    if (!s.node.next) continue;
    const node = step(gaz.skeletons, skeletonOf(r.stem));
    if (node) (f ??= [])[k] = node;
  }
  return (op.variants = f);
}

/**
 * Whether tokens `[i, end)`, the first read as `stem`, look like the listed alias they vary: the
 * same first word, no short word, and alike by Jaro–Winkler. (Apart from {@link matchSkeleton}:
 * its closures here would make that function allocate a context on every call, and it is called
 * for most tokens that open a name.)
 */
function looksLikeListed(t: TokenList, i: number, end: number, stem: string, alias: string): boolean {
  const words = [stem, ...Array.from({ length: end - i - 1 }, (_, k) => t.norm(i + 1 + k))];
  const listed = alias.split(' ');
  // Short words vary too little to tell a variant from another word (بيان علي is not بن علي).
  if (words.some((w) => w.length < MIN_VARIANT_WORD) || words[0] !== listed[0]) return false;
  return jaroWinkler(words.join(' '), alias) >= MIN_VARIANT_SIMILARITY;
}

/** Whether token `j` may be a variant's next word: an Arabic word of {@link MIN_VARIANT_WORD} letters or more on the same line. */
function mayGoOnVariant(t: TokenList, j: number): boolean {
  return j < t.count && !(t.flags[j] & TokenFlag.LineStart) && t.kind[j] === TokenKind.Arabic && t.nEnd[j] - t.nStart[j] >= MIN_VARIANT_WORD;
}

/** A person's name in a spelling the lists lack, matched by skeleton (شولتز for شولتس), from token `i`, its word's first start `op`. */
function matchSkeleton(t: TokenList, i: number, op: Start, gaz: Gazetteer, cache: ReadingCache): Candidate | null {
  // A variant has two words or more, none short (see looksLikeListed): without such a next word, none starts here.
  if (!gaz.skeletons.next || !mayGoOnVariant(t, i + 1)) return null;
  const starts = variantStarts(gaz, op);
  if (!starts) return null;
  let k = 0;
  for (let s: Start | null = op; s; s = s.other, k++) {
    const r = s.reading;
    let node = starts[k];
    if (!node) continue;
    let j = i + 1, end = node.entries ? j : -1, endNode = node.entries ? node : null;
    while (j < t.count && node.next && !(t.flags[j] & TokenFlag.LineStart) && t.kind[j] === TokenKind.Arabic) {
      const c: TrieNode | undefined = step(node, tokenSkeleton(t, j, cache));
      if (!c) break;
      node = c;
      j++;
      if (node.entries) { end = j; endNode = node; }
    }
    if (end < 0 || !endNode) continue;
    const e = endNode.entries!;
    // A variant must name one person, keep its first word as listed (أولاف beside شولتز),
    // and look like the name it varies (Jaro–Winkler): a common word with a name's skeleton does not.
    if (e.length !== 1 || end - i < 2 || !looksLikeListed(t, i, end, r.stem, e[0].alias ?? '')) continue;
    const rec = gaz.entities[e[0].entity];
    const start = r.mentionOffset ? t.startAt(t.nStart[i] + r.mentionOffset) : t.start(i);
    return {
      start, end: t.end(end - 1), tokenStart: i, tokenEnd: end, type: rec.type, entities: [e[0].entity],
      via: 'gazetteer', rule: rec.id, form: 'name', flags: e[0].flags, confidence: VARIANT_CONFIDENCE,
    };
  }
  return null;
}

const MAX_CHAIN = 3;

/** The end of a person's name after its chain particles (… بن زايد آل نهيان). */
function extendChain(t: TokenList, end: number): number {
  for (let k = 0; k < MAX_CHAIN; k++) {
    if (end + 1 >= t.count || !LINEAGE_PARTICLES.has(t.norm(end)) || t.kind[end + 1] !== TokenKind.Arabic) break;
    if (t.flags[end] & TokenFlag.LineStart || t.flags[end + 1] & TokenFlag.LineStart) break;
    // صدام حسين ابن عمه: a kinship noun after ابن is the relation, not the father's name.
    if (KIN_NOUNS.has(t.norm(end + 1))) break;
    end += 2;
  }
  return end;
}

/** Scratch of {@link matchGazetteer}: the entities of one match, before they are copied out. */
const keptEntities: number[] = [];

/** Finds every gazetteer name in the document, leftmost-longest. */
export function matchGazetteer(doc: AkhbarDocument, gaz: Gazetteer, cache: ReadingCache): Candidate[] {
  const t = doc.tokens;
  const n = t.count;
  const out: Candidate[] = [];
  const rootNext = gaz.root.next;
  if (!rootNext) return out;
  const [marks, openers] = openersOf(gaz, t, cache);
  const hashes = wordHashes.of(t.words);
  const entityAt = recordReader(gaz.entities);
  let i = 0;
  while (i < n) {
    // No name word is this long; a run of letters without spaces is not worth looking up.
    if (!canStartName(t.kind[i]) || t.nEnd[i] - t.nStart[i] > MAX_NAME_WORD) { i++; continue; }
    // A word known to open no name (nor a spelling variant, which keeps its first word) is passed over with one byte read.
    const id = t.word[i];
    let m = marks[id];
    if (m === Mark.None) { i++; continue; }
    let op: Start | null | undefined;
    if (m === 0) {
      openers[id] = op = openerOf(gaz.root, t, i, cache);
      marks[id] = m = !op ? Mark.None : t.kind[i] === TokenKind.Word && startsWantCapitals(op) ? CAPITALS_ONLY : Mark.Some;
    }
    // A Latin word whose names all want a capital (New, United, the …: most English openers) opens
    // none where the text writes it in lower case, which is most of the times it opens any: the
    // match would find no entry the text's case fits (see caseFits). Its opener is not read.
    if (m === CAPITALS_ONLY && isLowerAscii(doc.text.charCodeAt(t.start(i)))) { i++; continue; }
    op ??= openers[id];
    if (!op) { i++; continue; }
    let bestEnd = -1;
    let bestNode: TrieNode | null = null;
    let bestReading: CliticReading | null = null;
    for (let s: Start | null = op; s; s = s.other) {
      let node = s.node;
      let j = i + 1;
      let end = s.alone ? j : -1;
      let endNode = end > 0 ? node : null;
      // Most tokens after a word that opens names are none of their next tokens: the filter
      // says so without a map lookup (a token it lets through is looked up as any other).
      if (j < n && !(t.flags[j] & TokenFlag.LineStart) && s.mayFollow(tokenHash(t, j, hashes))) {
        while (j < n && node.next && !(t.flags[j] & TokenFlag.LineStart)) {
          const child: TrieNode | undefined = step(node, t.norm(j));
          if (!child) break;
          node = child;
          j++;
          if (node.entries) { end = j; endNode = node; }
        }
      }
      if (end > bestEnd) { bestEnd = end; bestNode = endNode; bestReading = s.reading; }
    }
    // (A word none of whose readings may start a variant, most of them, is known so from its first start.)
    if (bestEnd < 0 && op.variants !== null && t.kind[i] === TokenKind.Arabic) {
      const sk = matchSkeleton(t, i, op, gaz, cache);
      if (sk) { out.push(sk); i = sk.tokenEnd; continue; }
    }
    if (bestEnd < 0 || !bestNode || !bestReading) { i++; continue; }
    // An article the name does not take (السورية is not سورية): only organizations drop it (الناتو / ناتو).
    const articleDropped = bestReading.prefix.endsWith('ال');
    // A three-letter stem behind a proclitic is too often the tail of a word (فلكيا is not ف + ل +
    // كيا, ليلة not ل + يلة): places (بمصر، لغزة) and people (وبوش) keep it, organizations do not.
    const shortStem = bestReading.offset > 0 && bestEnd - i === 1 && bestReading.stem.length <= 3;
    // The entries the text's case and the reading allow: their entities, and the flags they all have.
    // (Gathered in a scratch array, then copied at their number: an array grown by push from
    // empty holds room for sixteen, and most names have one entity.)
    let kept = 0;
    let flags = -1;
    for (const e of bestNode.entries!) {
      if (!caseFits(doc, i, bestEnd, e.flags)) continue;
      if (articleDropped || shortStem) {
        const org = entityAt(e.entity).type === 'organization';
        if ((articleDropped && !org) || (shortStem && org)) continue;
      }
      keptEntities[kept++] = e.entity;
      flags &= e.flags;
    }
    if (kept === 0) { i++; continue; }
    const entities = keptEntities.slice(0, kept);
    const first = entityAt(entities[0]);
    // الملك عبدالله الثاني: the title is evidence, not part of the name.
    const from = flags & AliasFlag.LeadingTitle ? i + 1 : i;
    const start = from === i && bestReading.mentionOffset ? t.startAt(t.nStart[i] + bestReading.mentionOffset) : t.start(from);
    // حمد بن خليفة آل ثاني: a person's name goes on through its chain particles; a one-word
    // surname before بن is someone's given name instead (سعيد بن ناصر is not Kais Saied).
    if (first.type === 'person' && !(flags & AliasFlag.Partial && bestEnd - from === 1)) bestEnd = extendChain(t, bestEnd);
    // ريال مدريد الإسباني: the nationality chose the entity; it is no word of the name.
    if (flags & AliasFlag.TrailingDemonym) bestEnd--;
    const end = t.end(bestEnd - 1);
    out.push({
      start, end, tokenStart: from, tokenEnd: bestEnd,
      type: first.type,
      entities,
      via: 'gazetteer', rule: first.id, form: flags & AliasFlag.Nominal ? 'nominal' : 'name', flags,
      confidence: bestReading.offset ? 0.9 : 1,
    });
    i = bestEnd;
  }
  return out;
}

/** What {@link lookupName} finds. */
export interface NameLookup {
  id: string;
  name: string;
  type: 'person' | 'place' | 'organization';
  kind?: string;
  short?: string;
}

/**
 * The entity a whole string names (موسكو → Moscow; سانا → SANA), or null. The string
 * must be one alias exactly, proclitics on its first word allowed. When several entities
 * share the alias, the one of `preferType` wins, else the first by place rank.
 */
export function lookupName(gaz: Gazetteer, text: string, cache: ReadingCache, preferType?: NameLookup['type']): NameLookup | null {
  const node = nameNode(gaz, text, cache);
  if (!node) return null;
  const recs = node.entries!.map((e) => gaz.entities[e.entity]);
  const rec = recs.find((r) => r.type === preferType) ?? recs[0];
  const out: NameLookup = { id: rec.id, name: rec.name, type: rec.type };
  if (rec.kind) out.kind = rec.kind;
  if (rec.short) out.short = rec.short;
  return out;
}

/** Per gazetteer, the string {@link nameNode} was last asked about and its answer. */
const lastNameNode = new WeakMap<Gazetteer, { text: string; node: TrieNode | null }>();

/**
 * The trie node of the alias a whole string is (see {@link lookupName}), or null. The answer for
 * the string asked last is kept: a dateline's part is asked about as an organization, then as a
 * place, and its tokens and trie steps are the same both times.
 */
function nameNode(gaz: Gazetteer, text: string, cache: ReadingCache): TrieNode | null {
  const last = lastNameNode.get(gaz);
  if (last && last.text === text) return last.node;
  let found: TrieNode | null = null;
  const tokens = nameTokensWithKinds(text);
  if (tokens.length && gaz.root.next) {
    const firsts = tokens[0].arabic ? cache.get(tokens[0].norm).map((r) => r.stem) : [tokens[0].norm];
    for (const first of firsts) {
      let node = step(gaz.root, first);
      for (let k = 1; node && k < tokens.length; k++) node = step(node, tokens[k].norm);
      if (node?.entries?.length) { found = node; break; }
    }
  }
  lastNameNode.set(gaz, { text, node: found });
  return found;
}

