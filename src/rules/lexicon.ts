/**
 * Rule lexicons: lists of words and phrases (titles, speech verbs, head nouns,
 * given names …) compiled into a token trie of normalized forms, matched
 * clitic-aware at a token position.
 */
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { nameTokens } from '../gazetteer/compile.js';
import { Mark, MAX_NAME_WORD, tokenWord, type ReadingCache } from '../gazetteer/match.js';
import type { CliticReading } from '../text/clitics.js';
import { removeDiacritics, removeTatweel } from '../text/normalize.js';

interface Node {
  next: Map<string, Node> | null;
  tags: ReadonlySet<string> | null;
  /** For entries tagged `exact`: the spelling the text must have (diacritics aside). */
  exact?: string;
}

/** A new node of these tags. */
const newNode = (tags: ReadonlySet<string> | null): Node => ({ next: null, tags });

/** Spelling without diacritics and tatweel, letters untouched: علي stays apart from على. */
const light = (s: string) => removeTatweel(removeDiacritics(s));

/** Per code unit: 0 not known yet, 1 kept by {@link light}, 2 left out (a diacritic, tatweel). */
const LIGHT = new Uint8Array(0x10000);
/** Whether {@link light} leaves code unit `c` out (it works one code unit at a time). */
function lightDrops(c: number): boolean {
  if (LIGHT[c] === 0) LIGHT[c] = light(String.fromCharCode(c)) === '' ? 2 : 1;
  return LIGHT[c] === 2;
}

/**
 * Whether `light(s.slice(a, b)) === exact`, read in place: an entry that needs its own spelling
 * (علي, not على) is checked at every token of its normalized word, and most are no match.
 */
function sameLight(exact: string, s: string, a: number, b: number): boolean {
  let k = 0;
  for (let p = a; p < b; p++) {
    const c = s.charCodeAt(p);
    if (lightDrops(c)) continue;
    if (k >= exact.length || exact.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === exact.length;
}

/** A match of a lexicon entry in the text. */
export interface LexMatch {
  /** One past the last token of the entry. */
  end: number;
  /** The entry's tags (`past`, `clause`, `nominal`, `prep=الى` …); empty set when it has none. */
  tags: ReadonlySet<string>;
  /** The reading of the first token (its proclitics). */
  reading: CliticReading;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Length up to which a lexicon keeps its memo's index arrays from one document to the next (2 per token). */
const MEMO_KEPT = 1 << 15;

/** The proclitics a one-word entry may carry in {@link Lexicon.hasWordAt}: a conjunction and/or the article (/^[وف]?(?:ال)?$/). */
const WORD_PREFIXES: ReadonlySet<string> = new Set(['', 'و', 'ف', 'ال', 'وال', 'فال']);

/** One lexicon entry line, parsed and normalized: what the trie stores. */
export interface LexiconEntry {
  /** Normalized tokens of the phrase. */
  tokens: string[];
  tags: string[];
  /** For entries tagged `exact`: the phrase without diacritics and tatweel. */
  exact?: string;
}

/** Parses an entry line (`phrase` or `phrase |tag,tag`, a leading `?` adds `weak`); null when it has no token. */
export function parseLexiconLine(line: string): LexiconEntry | null {
  let [phrase, tagPart] = line.split('|', 2) as [string, string | undefined];
  const tags = new Set((tagPart ?? '').split(',').map((t) => t.trim()).filter(Boolean));
  phrase = phrase.trim();
  if (phrase.startsWith('?')) { tags.add('weak'); phrase = phrase.slice(1).trim(); }
  const tokens = nameTokens(phrase);
  if (!tokens.length) return null;
  const entry: LexiconEntry = { tokens, tags: [...tags] };
  if (tags.has('exact')) entry.exact = light(phrase);
  return entry;
}

/**
 * A lexicon's trie packed as text at build time, each entry already parsed, normalized and
 * merged with its duplicates. `leaves` holds the one-word entries that no longer entry
 * continues and that need no `exact` spelling (most of a lexicon), by {@link leafBucket} of the
 * word: per bucket a line per tag list, `k \t word \t word …`, where `k` is the list's line in
 * `leafTags` (tags joined by commas). `nodes` holds every other entry, a line per tag list,
 * `tags \t path \t path …` (a path's tokens joined by spaces), and `exact` a line
 * `path \t spelling` per entry tagged `exact`. Tokens never hold whitespace, tags never a comma.
 */
export type PackedLexicon = [nodes: string, exact: string, leafTags: string, leaves: string[]];

/** How many buckets the leaves of a large lexicon are packed in (a power of two); a small one's are one bucket. */
const LEAF_BUCKETS = 256;
/** Fewest leaves a lexicon packs in {@link LEAF_BUCKETS} buckets. */
const MANY_LEAVES = 1024;

/**
 * The bucket of a one-word leaf among `n` (a power of two), by its first two letters: a bucket's
 * words become map entries only when a word of the bucket is first looked up, so a short text
 * builds a few buckets of the large lexicons (not-name, given names), not all of them.
 */
const leafBucket = (w: string, n: number): number => (w.charCodeAt(0) * 31 + (w.charCodeAt(1) | 0)) & (n - 1);

/** Packs the lexicon of these entry lines (build time). */
export function packLexicon(lines: readonly string[]): PackedLexicon {
  return new Lexicon(lines).pack();
}

/** A compiled lexicon. */
export class Lexicon {
  /** The trie but for packed leaves; null until first read when the lexicon comes packed (see {@link unpack}). */
  private rootNode: Node | null = newNode(null);
  /** The packed trie not built yet. */
  private packed: PackedLexicon | null = null;
  /** The packed leaves per bucket (see {@link PackedLexicon}); null when the lexicon has none. */
  private leafText: string[] | null = null;
  /**
   * The leaves of each bucket built so far (a word in the root's map shadows its leaf). A built
   * bucket's leaves are in the root's map too (see {@link leafMap}).
   */
  private leafMaps: (Map<string, Node> | undefined)[] = [];
  /** One node per tag list of the leaves, shared by its words and never changed: {@link nodeAt} puts a copy in the root's map to change. */
  private leafNodes: Node[] = [];
  private count = 0;

  /**
   * @param lines Entries, one per line: `phrase` or `phrase |tag,tag`. A leading `?` adds the tag `weak`.
   */
  constructor(lines: readonly string[] = []) {
    for (const line of lines) this.add(line);
  }

  /**
   * A lexicon from its packed trie, built on first read: a language path holds lexicons that a
   * page may never ask, and building the largest (not-name, given names) was most of the time
   * of the first extract.
   */
  static unpack(packed: PackedLexicon): Lexicon {
    const lex = new Lexicon();
    lex.rootNode = null;
    lex.packed = packed;
    return lex;
  }

  /** Number of entries. */
  get size(): number {
    if (!this.rootNode) this.build();
    for (let b = 0; this.leafText && b < this.leafText.length; b++) this.leafMap(b);
    return this.count;
  }

  private get root(): Node {
    return this.rootNode ?? this.build();
  }

  /** Builds the trie of the packed text but for the leaves: one node per entry, no line to parse. */
  private build(): Node {
    const [nodes, exact, leafTags, leaves] = this.packed!;
    this.packed = null;
    const root: Node = (this.rootNode = newNode(null));
    if (nodes) {
      for (const line of nodes.split('\n')) {
        const paths = line.split('\t');
        // One set for the entries of a line: they are complete, and a later add() copies before changing one.
        const tags: ReadonlySet<string> = new Set(paths[0] ? paths[0].split(',') : []);
        for (let k = 1; k < paths.length; k++) { this.nodeAt(paths[k]).tags = tags; this.count++; }
      }
    }
    if (exact) {
      for (const line of exact.split('\n')) {
        const tab = line.indexOf('\t');
        this.nodeAt(line.slice(0, tab)).exact = line.slice(tab + 1);
      }
    }
    if (leaves.length) {
      this.leafText = leaves;
      this.leafMaps = new Array(leaves.length).fill(undefined);
      this.leafNodes = leafTags.split('\n').map((tags) => newNode(new Set(tags ? tags.split(',') : [])));
    }
    return root;
  }

  /**
   * The leaves of bucket `b`, built on first ask, and put in the root's map where no word there
   * shadows them: then {@link first} finds a word with one map lookup, however it is stored.
   */
  private leafMap(b: number): Map<string, Node> {
    let m = this.leafMaps[b];
    if (m) return m;
    m = this.leafMaps[b] = new Map();
    const text = this.leafText![b];
    if (text) {
      const firsts = (this.root.next ??= new Map());
      for (const line of text.split('\n')) {
        const words = line.split('\t');
        const leaf = this.leafNodes[+words[0]];
        for (let k = 1; k < words.length; k++) {
          m.set(words[k], leaf);
          if (!firsts.has(words[k])) firsts.set(words[k], leaf);
        }
        this.count += words.length - 1;
      }
    }
    return m;
  }

  /** The node of a first word: a one-word entry, the first word of longer ones, or both; undefined when none. */
  first(word: string): Node | undefined {
    const n = this.root.next?.get(word);
    if (n !== undefined || !this.leafText) return n;
    // A word of a built bucket would be in the root's map: only a bucket not built yet is asked.
    const b = leafBucket(word, this.leafText.length);
    return this.leafMaps[b] ? undefined : this.leafMap(b).get(word);
  }

  /** Packs the trie (build time). */
  pack(): PackedLexicon {
    const groups = new Map<string, string[]>();
    const leafGroups = new Map<string, string[]>();
    const exact: string[] = [];
    const walk = (node: Node, path: string, depth: number) => {
      if (node.tags) {
        const key = [...node.tags].join(',');
        if (/[\t\n]/.test(key)) throw new Error(`Lexicon.pack: cannot pack the tags of ${JSON.stringify(path)}`);
        const leaf = depth === 1 && !node.next?.size && node.exact === undefined;
        const into = leaf ? leafGroups : groups;
        let g = into.get(key);
        if (!g) into.set(key, (g = []));
        g.push(path);
        if (node.exact !== undefined) exact.push(`${path}\t${node.exact}`);
      }
      const children = depth ? node.next ?? [] : this.firstEntries();
      for (const [tok, c] of children) {
        if (!tok || /\s/.test(tok)) throw new Error(`Lexicon.pack: cannot pack the token ${JSON.stringify(tok)}`);
        walk(c, path ? `${path} ${tok}` : tok, depth + 1);
      }
    };
    walk(this.root, '', 0);
    // The leaves by bucket, each bucket's by tag list.
    const n = [...leafGroups.values()].reduce((sum, words) => sum + words.length, 0) >= MANY_LEAVES ? LEAF_BUCKETS : 1;
    const buckets: string[][] = Array.from({ length: n }, () => []);
    [...leafGroups.values()].forEach((words, k) => {
      const byBucket = new Map<number, string[]>();
      for (const w of words) {
        const b = leafBucket(w, n);
        const list = byBucket.get(b);
        if (list) list.push(w); else byBucket.set(b, [w]);
      }
      for (const [b, list] of byBucket) buckets[b].push([k, ...list].join('\t'));
    });
    return [
      [...groups].map(([key, paths]) => [key, ...paths].join('\t')).join('\n'),
      exact.join('\n'),
      [...leafGroups.keys()].join('\n'),
      leafGroups.size ? buckets.map((lines) => lines.join('\n')) : [],
    ];
  }

  /** The root's children and every packed leaf a child does not shadow (build time). */
  private firstEntries(): [string, Node][] {
    // (Building a bucket puts its leaves in the root's map.)
    for (let b = 0; this.leafText && b < this.leafText.length; b++) this.leafMap(b);
    return [...(this.root.next ?? [])];
  }

  /**
   * The node of a path (tokens joined by spaces), made if missing. A packed leaf for its first
   * word is copied into the root's map first (leaves are shared and never changed).
   */
  private nodeAt(path: string): Node {
    let node = this.root;
    for (const t of path.includes(' ') ? path.split(' ') : [path]) {
      // (Building the word's bucket first: it may put the word's shared leaf in the root's map.)
      const leaf = node === this.rootNode && this.leafText ? this.leafMap(leafBucket(t, this.leafText.length)).get(t) : undefined;
      node.next ??= new Map();
      let c = node.next.get(t);
      if (!c || c === leaf) node.next.set(t, (c = newNode(leaf ? leaf.tags : null)));
      node = c;
    }
    return node;
  }

  /** Adds one entry line. */
  add(line: string): void {
    const e = parseLexiconLine(line);
    if (!e) return;
    this.entrySlot.renew();
    this.tagSlot.renew();
    this.secondWords = null;
    this.memoTokens = null;
    const node = this.nodeAt(e.tokens.join(' '));
    const tags = new Set(e.tags);
    if (!node.tags) { node.tags = tags; this.count++; } else {
      // A phrase listed twice gathers the tags of both; a set may be shared (unpack), so it is copied.
      for (const t of tags) if (!node.tags.has(t)) { node.tags = new Set([...node.tags, ...tags]); break; }
    }
    if (e.exact !== undefined) node.exact = e.exact;
  }

  /**
   * Whether token `i`, bare or behind a conjunction and/or the article (وفي، والرئيس), is a
   * one-word entry: one map lookup per reading, no walk.
   */
  hasWordAt(tokens: TokenList, i: number, cache: ReadingCache): boolean {
    if (i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return false;
    const starts = this.firsts(tokens, i, cache);
    if (!starts) return false;
    const { nodes: firsts, readings } = starts;
    for (let k = 0; k < readings.length; k++) {
      if (!firsts[k]?.tags || !WORD_PREFIXES.has(readings[k].prefix)) continue;
      return true;
    }
    return false;
  }

  /** The tags of the one-word entry {@link hasWordAt} finds at token `i`, or null. */
  wordTagsAt(tokens: TokenList, i: number, cache: ReadingCache): ReadonlySet<string> | null {
    if (i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return null;
    const starts = this.firsts(tokens, i, cache);
    if (!starts) return null;
    const { nodes: firsts, readings } = starts;
    for (let k = 0; k < readings.length; k++) {
      const tags = firsts[k]?.tags;
      if (tags && WORD_PREFIXES.has(readings[k].prefix)) return tags;
    }
    return null;
  }

  /** Whether some reading of token `i`'s word is the first word of an entry (a cheap necessary condition of a match there). */
  mayStart(tokens: TokenList, i: number, cache: ReadingCache): boolean {
    return this.firsts(tokens, i, cache) !== null;
  }

  /**
   * Whether the word of token `i` alone decides {@link matchAt} there (`bare` as there): no reading
   * it is read with opens a longer entry, nor an entry that needs its own spelling. Then a match
   * is the entry of that one word, whatever follows and however the token is written.
   */
  wordDecides(tokens: TokenList, i: number, cache: ReadingCache, bare = false): boolean {
    if (tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return true;
    const starts = this.firsts(tokens, i, cache);
    return !starts || (bare ? starts.oneBare : starts.one) !== WALK;
  }

  /**
   * Whether some entry {@link matchAt} may find at token `i` (`bare` as there), whatever follows
   * the token and however it is written, passes `test`: given the entry's tags, the reading of
   * the token it is read through, and its number of words.
   */
  someEntry(tokens: TokenList, i: number, cache: ReadingCache, bare: boolean, test: (tags: ReadonlySet<string>, reading: CliticReading, words: number) => boolean): boolean {
    if (tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return false;
    const starts = this.firsts(tokens, i, cache);
    if (!starts) return false;
    const { nodes: firsts, readings } = starts;
    const one = bare || tokens.kind[i] !== TokenKind.Arabic;
    for (let k = 0; k < (one ? 1 : readings.length); k++) {
      const node = firsts[k];
      if (node && someTagged(node, 1, (tags, words) => test(tags, readings[k], words))) return true;
    }
    return false;
  }

  /**
   * Whether some reading of token `i`'s word that {@link matchAt} reads (`bare` as there) is the
   * first word of an entry of several words: only then may a match there take more than the token.
   */
  opensLonger(tokens: TokenList, i: number, cache: ReadingCache, bare = false): boolean {
    if (tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return false;
    const starts = this.firsts(tokens, i, cache);
    if (!starts) return false;
    for (let k = 0; k < (bare ? 1 : starts.nodes.length); k++) if (starts.nodes[k]?.next) return true;
    return false;
  }

  /**
   * Whether normalized word `w` is the second word of an entry: a match that starts on the token
   * before a token of another word ends at that token (see {@link matchAt}).
   */
  continuesWith(w: string): boolean {
    return (this.secondWords ??= this.collectSecondWords()).has(w);
  }
  /** The second words of the entries of several words (see {@link continuesWith}); null until first asked, and after an add. */
  private secondWords: Set<string> | null = null;
  private collectSecondWords(): Set<string> {
    const words = new Set<string>();
    // (Every entry of several words is in the root's map: packed leaves are one-word entries.)
    for (const node of this.root.next?.values() ?? []) if (node.next) for (const w of node.next.keys()) words.add(w);
    return words;
  }

  /**
   * This lexicon's marks per word id of `tokens`' table: {@link Mark.Some} where {@link mayStart}
   * holds, {@link Mark.None} where not, 0 where not asked yet. For loops that read many tokens.
   */
  startMarks(tokens: TokenList, cache: ReadingCache): Uint8Array {
    return this.marks(cache, tokens);
  }

  /** Whether one normalized word is an entry by itself. */
  has(word: string): boolean {
    return !!this.first(word)?.tags;
  }

  /** Tags of a one-word entry, or null. */
  tagsOf(word: string): ReadonlySet<string> | null {
    return this.first(word)?.tags ?? null;
  }

  /**
   * The longest entry starting at token `i` (its first word may carry proclitics;
   * entries do not cross a line break), or null.
   * @param bare When true, the first token must match without proclitics.
   */
  matchAt(tokens: TokenList, i: number, cache: ReadingCache, bare = false): LexMatch | null {
    if (i >= tokens.count) return null;
    // Rules ask the same lexicon about the same token many times: remember the answers for the
    // document read now (documents are read one at a time; another one starts a new memo).
    if (tokens !== this.memoTokens || cache !== this.memoCache) this.newMemo(tokens, cache);
    // Most words open no entry: their mark says so before any memo is touched.
    if (this.memoMarks[tokens.word[i]] === Mark.None) return null;
    // A word that is not Arabic has one reading, itself: bare or not, the answer is the same and kept once.
    const at = tokens.kind[i] !== TokenKind.Arabic || bare ? 2 * i + 1 : 2 * i;
    if (this.memoGen[at] === this.gen) return this.answers[this.memoSlot[at]];
    const m = this.lookup(tokens, i, cache, at % 2 === 1);
    this.memoGen[at] = this.gen;
    this.memoSlot[at] = this.answers.length;
    // Where no reading but the first opens an entry, the answer is the same bare or not: kept for
    // both, so that the other question at the token costs no lookup.
    if (tokens.kind[i] === TokenKind.Arabic) {
      const starts = this.startsAt(tokens, i, cache);
      if (!starts || starts.firstOnly) { this.memoGen[at ^ 1] = this.gen; this.memoSlot[at ^ 1] = this.answers.length; }
    }
    this.answers.push(m);
    return m;
  }

  /**
   * The memo of {@link matchAt}: per token and bare-or-not (index `2 * token + bare`), the
   * document's number when answered, and where the answer is in {@link answers}. The index
   * arrays are kept from one document to the next and only the answers are new: a memo array as
   * long as the document per lexicon was the largest part of what a page allocated. (Not a
   * WeakMap by document: the young-generation collector keeps a weak map's entries alive, so each
   * document's memos would outlive several collections and be copied by each.)
   */
  private memoTokens: TokenList | null = null;
  private memoCache: ReadingCache | null = null;
  /**
   * The lexicon's marks per word id (see {@link marks}) of the document read now, fetched once
   * for it. (Should the table grow meanwhile, a new word's id reads past the end: no mark, asked anew.)
   */
  private memoMarks: Uint8Array = new Uint8Array(0);
  /**
   * The lexicon's {@link WordStarts} per word id (see {@link firsts}) in the cache the document is
   * read with, fetched once for it: a lookup reads its word's starts straight by id. (Should the
   * cache start over meanwhile, this array is left behind: its answers stay right, new ones are asked anew.)
   */
  private memoStarts: unknown[] = [];
  private gen = 0;
  private memoGen = new Int32Array(0);
  private memoSlot = new Int32Array(0);
  private answers: (LexMatch | null)[] = [];

  /** Starts the memo of another document. */
  private newMemo(tokens: TokenList, cache: ReadingCache): void {
    this.memoTokens = tokens;
    this.memoCache = cache;
    this.memoMarks = this.marks(cache, tokens);
    this.memoStarts = cache.answersOf(this.slotIn(cache), tokens);
    this.answers = [];
    // (Numbers wrap in an Int32Array: after 2^31 documents the arrays start over at zero.)
    if (++this.gen === 0x7fffffff) { this.gen = 1; this.memoGen.fill(0); }
    const n = 2 * tokens.count;
    // Kept while long enough; a large one only for as long as the next document needs it (the
    // memo of a long text is not held after it). A new array is all zeros, which no document's
    // number is (they start at 1).
    if (this.memoGen.length < n || this.memoGen.length > Math.max(n, MEMO_KEPT)) {
      this.memoGen = new Int32Array(n);
      this.memoSlot = new Int32Array(n);
    }
  }

  /**
   * The lexicon's {@link WordStarts} at token `i`'s word, or null when no reading opens an entry:
   * computed once per word, so most tokens are dismissed with one array read.
   */
  private firsts(tokens: TokenList, i: number, cache: ReadingCache): WordStarts | null {
    return cache.perWord(this.slotIn(cache), tokens, i, firstNodes, this);
  }
  /** {@link firsts} for a token of the document of the memo (see {@link memoStarts}). */
  private startsAt(tokens: TokenList, i: number, cache: ReadingCache): WordStarts | null {
    const s = this.memoStarts[tokens.word[i]] as WordStarts | null | undefined;
    return s !== undefined ? s : this.firsts(tokens, i, cache);
  }
  /** Per word id of `tokens`' table: whether some reading of the word opens an entry (see {@link ReadingCache.marksOf}). */
  private marks(cache: ReadingCache, tokens: TokenList): Uint8Array {
    return cache.marksOf(this.slotIn(cache), tokens);
  }
  /** This lexicon's slot in `cache` (see {@link ReadingCache.slotOf}). */
  private slotIn(cache: ReadingCache): number {
    return this.entrySlot.in(cache);
  }
  /** The lexicon's per-word answers ({@link WordStarts}, marks) in the caches: a new slot after every add. */
  private readonly entrySlot = new CacheSlot();
  /** The lexicon's per-word tags ({@link tagsOfWordAt}), apart from {@link entrySlot}'s answers, which are another kind. */
  private readonly tagSlot = new CacheSlot();

  private lookup(tokens: TokenList, i: number, cache: ReadingCache, bare: boolean): LexMatch | null {
    if (i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return null;
    const starts = this.startsAt(tokens, i, cache);
    if (!starts) return null;
    // Where the word alone decides, the answer is its one-word entry, kept ready: no walk.
    const one = bare ? starts.oneBare : starts.one;
    if (one !== WALK) return one < 0 ? null : { end: i + 1, tags: bare ? starts.bareTags! : starts.oneTags!, reading: bare ? starts.bareReading! : starts.oneReading! };
    const { nodes: firsts, readings } = starts;
    // The best reading so far; one match is made at the end (readings are shared, never changed: no copy).
    let bestEnd = -1, bestK = -1;
    let bestTags: ReadonlySet<string> | null = null;
    for (let k = 0; k < (bare ? 1 : firsts.length); k++) {
      let node = firsts[k];
      if (!node) continue;
      // An entry that collides with a common word only after normalization (علي / على) needs its
      // own spelling, read from where the reading starts in the text (found only for such an entry:
      // the reading's object is not read otherwise).
      let from = -1;
      if (node.exact !== undefined) {
        from = tokens.startAt(tokens.nStart[i] + readings[k].offset);
        if (!sameLight(node.exact, tokens.view.source, from, tokens.end(i))) continue;
      }
      let j = i + 1;
      let end = node.tags ? j : -1;
      let tags = node.tags;
      while (node.next && j < tokens.count && !(tokens.flags[j] & TokenFlag.LineStart)) {
        const c: Node | undefined = node.next.get(tokens.norm(j));
        if (!c) break;
        node = c;
        j++;
        // (A longer entry's own spelling too: محمد علي is not محمد على.)
        if (node.tags && node.exact !== undefined && from < 0) from = tokens.startAt(tokens.nStart[i] + readings[k].offset);
        if (node.tags && (node.exact === undefined || sameLight(node.exact, tokens.view.source, from, tokens.end(j - 1)))) { end = j; tags = node.tags; }
      }
      if (end > bestEnd) { bestEnd = end; bestK = k; bestTags = tags; }
    }
    return bestK < 0 ? null : { end: bestEnd, tags: bestTags ?? EMPTY, reading: readings[bestK] };
  }

  /**
   * {@link tagsOf} of token `i`'s normalized word, worked out once per word id (see
   * {@link ReadingCache.perWord}): a word that is no entry costs a byte read from then on, with
   * no lookup of its string in the lexicon's map (a large one for given names and not-name words).
   */
  tagsOfWordAt(tokens: TokenList, i: number, cache: ReadingCache): ReadonlySet<string> | null {
    return cache.perWord(this.tagSlot.in(cache), tokens, i, wordTags, this);
  }
}

/**
 * A kind of per-word answer a lexicon keeps in the reading caches: its key stands for the
 * lexicon's current entries (a new key after every add, so that older answers are not read),
 * and its slot in the cache asked last is kept.
 */
class CacheSlot {
  private key = {};
  private cache: ReadingCache | null = null;
  private slot = 0;

  /** The slot in `cache`. */
  in(cache: ReadingCache): number {
    if (cache !== this.cache) { this.cache = cache; this.slot = cache.slotOf(this.key); }
    return this.slot;
  }

  /** A new key: the entries changed. */
  renew(): void {
    this.key = {};
    this.cache = null;
  }
}

/** The tags of the one-word entry that is token `i`'s normalized word, or null (see {@link Lexicon.tagsOfWordAt}). */
function wordTags(tokens: TokenList, i: number, lex: Lexicon): ReadonlySet<string> | null {
  return lex.tagsOf(tokens.norm(i));
}

/** Whether `test` holds for the tags of an entry at `node` (of `words` words) or below it. */
function someTagged(node: Node, words: number, test: (tags: ReadonlySet<string>, words: number) => boolean): boolean {
  if (node.tags && test(node.tags, words)) return true;
  if (node.next) for (const child of node.next.values()) if (someTagged(child, words + 1, test)) return true;
  return false;
}

/**
 * What a lexicon holds at one word (see {@link Lexicon.firsts}): per reading, the first node of
 * its stem; and whether the word alone decides {@link Lexicon.matchAt}, read through which reading.
 */
interface WordStarts {
  /** Per reading of the word, the lexicon's {@link Lexicon.first} node of its stem (undefined where none). */
  nodes: (Node | undefined)[];
  /**
   * The word's readings ({@link tokenWord}), kept here so that a lookup reads one object per
   * word, not its word entry too. (The cache forgets both together: see {@link ReadingCache}.)
   */
  readings: CliticReading[];
  /**
   * Where no reading opens a longer entry or one that needs its own spelling, the answer of
   * {@link Lexicon.matchAt} is the word's one-word entry whatever follows and however the token is
   * written: the index of the reading it is read through, -1 when there is none; else {@link WALK}.
   */
  one: number;
  /** {@link one} for a bare token (its first reading alone). */
  oneBare: number;
  /** The tags of the entry {@link one} reads the word through (null when none): the answer of a lookup, ready. */
  oneTags: ReadonlySet<string> | null;
  /** {@link oneTags} for {@link oneBare}. */
  bareTags: ReadonlySet<string> | null;
  /**
   * The reading {@link one} reads the word through (null when none), kept beside its tags: a
   * ready answer reads this object alone, not the readings' array too (two more cache lines).
   */
  oneReading: CliticReading | null;
  /** {@link oneReading} for {@link oneBare}. */
  bareReading: CliticReading | null;
  /** No reading but the first (the word as written) opens an entry: {@link Lexicon.matchAt} finds the same bare or not. */
  firstOnly: boolean;
}

/** {@link WordStarts.one} where the entries that start at the word must be walked token by token. */
const WALK = -2;

/** The lexicon's {@link WordStarts} at token `i`'s word, or null when no reading has a first node (see {@link ReadingCache.perWord}). */
function firstNodes(tokens: TokenList, i: number, lex: Lexicon, cache: ReadingCache): WordStarts | null {
  let any = false;
  const readings = tokenWord(tokens, i, cache).readings;
  const nodes = readings.map((r) => { const n = lex.first(r.stem); if (n) any = true; return n; });
  if (!any) return null;
  const one = oneWordReading(nodes, nodes.length), oneBare = oneWordReading(nodes, 1);
  const tagsOf = (k: number) => (k >= 0 ? nodes[k]!.tags ?? EMPTY : null);
  const readingOf = (k: number) => (k >= 0 ? readings[k] : null);
  let firstOnly = true;
  for (let k = 1; k < nodes.length; k++) if (nodes[k]) firstOnly = false;
  return {
    nodes, readings, one, oneBare, oneTags: tagsOf(one), bareTags: tagsOf(oneBare),
    oneReading: readingOf(one), bareReading: readingOf(oneBare), firstOnly,
  };
}

/**
 * {@link WordStarts.one} over the first `n` readings: the first reading whose node is an entry
 * (the longest match lookup keeps is the first of equal length), unless one opens a longer entry
 * or needs its own spelling.
 */
function oneWordReading(nodes: readonly (Node | undefined)[], n: number): number {
  let best = -1;
  for (let k = 0; k < n; k++) {
    const node = nodes[k];
    if (!node) continue;
    if (node.next || node.exact !== undefined) return WALK;
    if (best < 0 && node.tags) best = k;
  }
  return best;
}
