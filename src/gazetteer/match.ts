/**
 * Leftmost-longest matching of the gazetteer trie over a document's tokens.
 * The first token of a name may carry proclitics (وبالبرازيل، للأمم); the
 * following tokens match exactly. Names never cross a line break.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { procliticReadings, type CliticReading } from '../text/clitics.js';
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { WordMarks, type WordTable } from '../text/words.js';
import type { Candidate } from '../entities/candidate.js';
import { AliasFlag, step, type TrieNode } from './trie.js';
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
 * Per reading of token `i`'s word, the settled child of `root` for its stem (undefined where
 * there is none), or null when no reading has one: computed once per word and trie.
 */
export function firstSteps(root: TrieNode, tokens: TokenList, i: number, cache: ReadingCache, slot = cache.slotOf(root)): (TrieNode | undefined)[] | null {
  return cache.perWord(slot, tokens, i, stepsFrom, root);
}
function stepsFrom(tokens: TokenList, i: number, root: TrieNode, cache: ReadingCache): (TrieNode | undefined)[] | null {
  let any = false;
  const f = tokenReadings(tokens, i, cache).map((r) => { const n = step(root, r.stem); if (n) any = true; return n; });
  return any ? f : null;
}

const isUpper = (c: number) => c >= 65 && c <= 90 || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

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
function skeletonOf(w: string): string {
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
 * Per reading of token `i`'s word, the skeleton trie's node for its stem where a spelling variant
 * may start there (undefined where not), or null when none may: depends on the word alone, so it
 * is computed once per word (a token that opens no listed name is asked about again and again).
 */
function skeletonFirsts(gaz: Gazetteer, t: TokenList, i: number, cache: ReadingCache): (TrieNode | undefined)[] | null {
  return cache.perWord(cache.slotOf(gaz.skeletons), t, i, skeletonSteps, gaz);
}
function skeletonSteps(t: TokenList, i: number, gaz: Gazetteer, cache: ReadingCache): (TrieNode | undefined)[] | null {
  let f: (TrieNode | undefined)[] | null = null;
  const firsts = firstSteps(gaz.root, t, i, cache);
  const readings = tokenReadings(t, i, cache);
  for (let k = 0; firsts && k < readings.length; k++) {
    const r = readings[k];
    // The whole word or one conjunction off it: deeper readings of an unknown word are noise here.
    if (r.offset > 1 || r.prefix.endsWith('ال') || r.stem.length < MIN_VARIANT_WORD) continue;
    // A variant keeps its first word as listed (أولاف شولتز): only then is the skeleton worth computing.
    if (!firsts[k]?.next) continue;
    const node = step(gaz.skeletons, skeletonOf(r.stem));
    if (node) (f ??= new Array<TrieNode | undefined>(readings.length).fill(undefined))[k] = node;
  }
  return f;
}

/** A person's name in a spelling the lists lack, matched by skeleton (شولتز for شولتس). */
function matchSkeleton(t: TokenList, i: number, gaz: Gazetteer, cache: ReadingCache): Candidate | null {
  const rootNext = gaz.skeletons.next;
  if (!rootNext) return null;
  const starts = skeletonFirsts(gaz, t, i, cache);
  if (!starts) return null;
  const readings = tokenReadings(t, i, cache);
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k];
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
    if (e.length !== 1 || end - i < 2) continue;
    const words = [r.stem, ...Array.from({ length: end - i - 1 }, (_, k) => t.norm(i + 1 + k))];
    const listed = (e[0].alias ?? '').split(' ');
    // Short words vary too little to tell a variant from another word (بيان علي is not بن علي).
    if (words.some((w) => w.length < MIN_VARIANT_WORD) || words[0] !== listed[0]) continue;
    if (jaroWinkler(words.join(' '), e[0].alias ?? '') < MIN_VARIANT_SIMILARITY) continue;
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
const NO_READINGS: CliticReading[] = [];

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

/** Finds every gazetteer name in the document, leftmost-longest. */
export function matchGazetteer(doc: AkhbarDocument, gaz: Gazetteer, cache: ReadingCache): Candidate[] {
  const t = doc.tokens;
  const n = t.count;
  const out: Candidate[] = [];
  const rootNext = gaz.root.next;
  if (!rootNext) return out;
  const slot = cache.slotOf(gaz.root);
  const marks = cache.marksOf(slot, t);
  const entityAt = recordReader(gaz.entities);
  let i = 0;
  while (i < n) {
    // No name word is this long; a run of letters without spaces is not worth looking up.
    if (!canStartName(t.kind[i]) || t.nEnd[i] - t.nStart[i] > MAX_NAME_WORD) { i++; continue; }
    // A word known to open no name (nor a spelling variant, which keeps its first word) is passed over with one byte read.
    if (marks[t.word[i]] === Mark.None) { i++; continue; }
    let bestEnd = -1;
    let bestNode: TrieNode | null = null;
    let bestReading: CliticReading | null = null;
    // Most words open no name: one cached answer per word says so before any reading is tried.
    const firsts = firstSteps(gaz.root, t, i, cache, slot);
    const readings = firsts ? tokenReadings(t, i, cache) : NO_READINGS;
    for (let k = 0; k < readings.length; k++) {
      let node = firsts![k];
      if (!node) continue;
      const r = readings[k];
      // A stripped reading of a short word is too weak on its own (و + اس …).
      const weakStem = r.offset > 0 && r.stem.length < 3;
      let j = i + 1;
      let end = node.entries && !weakStem ? j : -1;
      let endNode = end > 0 ? node : null;
      while (j < n && node.next && !(t.flags[j] & TokenFlag.LineStart)) {
        const child: TrieNode | undefined = step(node, t.norm(j));
        if (!child) break;
        node = child;
        j++;
        if (node.entries) { end = j; endNode = node; }
      }
      if (end > bestEnd) { bestEnd = end; bestNode = endNode; bestReading = r; }
    }
    if (bestEnd < 0 && t.kind[i] === TokenKind.Arabic) {
      const sk = matchSkeleton(t, i, gaz, cache);
      if (sk) { out.push(sk); i = sk.tokenEnd; continue; }
    }
    if (bestEnd < 0 || !bestNode || !bestReading) { i++; continue; }
    // An article the name does not take (السورية is not سورية): only organizations drop it (الناتو / ناتو).
    const articleDropped = bestReading.prefix.endsWith('ال');
    // A three-letter stem behind a proclitic is too often the tail of a word (فلكيا is not ف + ل +
    // كيا, ليلة not ل + يلة): places (بمصر، لغزة) and people (وبوش) keep it, organizations do not.
    const shortStem = bestReading.offset > 0 && bestEnd - i === 1 && bestReading.stem.length <= 3;
    // The entries the text's case and the reading allow: their entities, and the flags they all have.
    const entities: number[] = [];
    let flags = -1;
    for (const e of bestNode.entries!) {
      if (!caseFits(doc, i, bestEnd, e.flags)) continue;
      if (articleDropped || shortStem) {
        const org = entityAt(e.entity).type === 'organization';
        if ((articleDropped && !org) || (shortStem && org)) continue;
      }
      entities.push(e.entity);
      flags &= e.flags;
    }
    if (entities.length === 0) { i++; continue; }
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
  const tokens = nameTokensWithKinds(text);
  if (!tokens.length || !gaz.root.next) return null;
  const firsts = tokens[0].arabic ? cache.get(tokens[0].norm).map((r) => r.stem) : [tokens[0].norm];
  for (const first of firsts) {
    let node = step(gaz.root, first);
    for (let k = 1; node && k < tokens.length; k++) node = step(node, tokens[k].norm);
    if (!node?.entries?.length) continue;
    const recs = node.entries.map((e) => gaz.entities[e.entity]);
    const rec = recs.find((r) => r.type === preferType) ?? recs[0];
    const out: NameLookup = { id: rec.id, name: rec.name, type: rec.type };
    if (rec.kind) out.kind = rec.kind;
    if (rec.short) out.short = rec.short;
    return out;
  }
  return null;
}

