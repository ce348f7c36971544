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

/** Spelling without diacritics and tatweel, letters untouched: علي stays apart from على. */
const light = (s: string) => removeTatweel(removeDiacritics(s));

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
 * merged with its duplicates: `nodes` has a line per distinct tag list, `tags \t path \t path …`
 * (tags joined by commas, a path's tokens by spaces), and `exact` a line `path \t spelling` per
 * entry tagged `exact`. Tokens never hold whitespace, tags never a comma.
 */
export type PackedLexicon = [nodes: string, exact: string];

/** Packs the lexicon of these entry lines (build time). */
export function packLexicon(lines: readonly string[]): PackedLexicon {
  return new Lexicon(lines).pack();
}

/** A compiled lexicon. */
export class Lexicon {
  private readonly root: Node = { next: null, tags: null };
  /** Number of entries. */
  size = 0;

  /**
   * @param lines Entries, one per line: `phrase` or `phrase |tag,tag`. A leading `?` adds the tag `weak`.
   */
  constructor(lines: readonly string[] = []) {
    for (const line of lines) this.add(line);
  }

  /** A lexicon from its packed trie: one node per entry, no line to parse. */
  static unpack([nodes, exact]: PackedLexicon): Lexicon {
    const lex = new Lexicon();
    if (nodes) {
      for (const line of nodes.split('\n')) {
        const paths = line.split('\t');
        // One set for the entries of a line: they are complete, and a later add() copies before changing one.
        const tags: ReadonlySet<string> = new Set(paths[0] ? paths[0].split(',') : []);
        for (let k = 1; k < paths.length; k++) { lex.nodeAt(paths[k]).tags = tags; lex.size++; }
      }
    }
    if (exact) {
      for (const line of exact.split('\n')) {
        const tab = line.indexOf('\t');
        lex.nodeAt(line.slice(0, tab)).exact = line.slice(tab + 1);
      }
    }
    return lex;
  }

  /** Packs the trie (build time). */
  pack(): PackedLexicon {
    const groups = new Map<string, string[]>();
    const exact: string[] = [];
    const walk = (node: Node, path: string) => {
      if (node.tags) {
        const key = [...node.tags].join(',');
        if (/[\t\n]/.test(key)) throw new Error(`Lexicon.pack: cannot pack the tags of ${JSON.stringify(path)}`);
        let g = groups.get(key);
        if (!g) groups.set(key, (g = [key]));
        g.push(path);
        if (node.exact !== undefined) exact.push(`${path}\t${node.exact}`);
      }
      for (const [tok, c] of node.next ?? []) {
        if (!tok || /\s/.test(tok)) throw new Error(`Lexicon.pack: cannot pack the token ${JSON.stringify(tok)}`);
        walk(c, path ? `${path} ${tok}` : tok);
      }
    };
    walk(this.root, '');
    return [[...groups.values()].map((g) => g.join('\t')).join('\n'), exact.join('\n')];
  }

  /** The node of a path (tokens joined by spaces), made if missing. */
  private nodeAt(path: string): Node {
    let node = this.root;
    for (const t of path.includes(' ') ? path.split(' ') : [path]) {
      node.next ??= new Map();
      let c = node.next.get(t);
      if (!c) node.next.set(t, (c = { next: null, tags: null }));
      node = c;
    }
    return node;
  }

  /** Adds one entry line. */
  add(line: string): void {
    const e = parseLexiconLine(line);
    if (!e) return;
    this.slotKey = {};
    this.slotCache = null;
    const node = this.nodeAt(e.tokens.join(' '));
    const tags = new Set(e.tags);
    if (!node.tags) { node.tags = tags; this.size++; } else {
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
    const firsts = this.firsts(tokens, i, cache);
    if (!firsts) return false;
    const readings = tokenWord(tokens, i, cache).readings;
    for (let k = 0; k < readings.length; k++) {
      if (!firsts[k]?.tags || !WORD_PREFIXES.has(readings[k].prefix)) continue;
      return true;
    }
    return false;
  }

  /** The tags of the one-word entry {@link hasWordAt} finds at token `i`, or null. */
  wordTagsAt(tokens: TokenList, i: number, cache: ReadingCache): ReadonlySet<string> | null {
    if (i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return null;
    const firsts = this.firsts(tokens, i, cache);
    if (!firsts) return null;
    const readings = tokenWord(tokens, i, cache).readings;
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
   * This lexicon's marks per word id of `tokens`' table: {@link Mark.Some} where {@link mayStart}
   * holds, {@link Mark.None} where not, 0 where not asked yet. For loops that read many tokens.
   */
  startMarks(tokens: TokenList, cache: ReadingCache): Uint8Array {
    return this.marks(cache, tokens);
  }

  /** Whether one normalized word is an entry by itself. */
  has(word: string): boolean {
    return !!this.root.next?.get(word)?.tags;
  }

  /** Tags of a one-word entry, or null. */
  tagsOf(word: string): ReadonlySet<string> | null {
    return this.root.next?.get(word)?.tags ?? null;
  }

  /**
   * The longest entry starting at token `i` (its first word may carry proclitics;
   * entries do not cross a line break), or null.
   * @param bare When true, the first token must match without proclitics.
   */
  matchAt(tokens: TokenList, i: number, cache: ReadingCache, bare = false): LexMatch | null {
    // Most words open no entry: their mark says so before any memo is touched.
    if (i < tokens.count && this.marks(cache, tokens)[tokens.word[i]] === Mark.None) return null;
    // Rules ask the same lexicon about the same token many times: remember the answers for the
    // document read now (documents are read one at a time; another one starts a new memo).
    let memo = this.lastMemo;
    if (tokens !== this.lastTokens || !memo) { memo = this.lastMemo = [null, null]; this.lastTokens = tokens; }
    // A word that is not Arabic has one reading, itself: bare or not, the answer is the same and kept once.
    if (i < tokens.count && tokens.kind[i] !== TokenKind.Arabic) bare = true;
    // Sized up front: only tokens of words marked Some are written, and a sparse array would turn slow.
    const slot = (memo[bare ? 1 : 0] ??= new Array<LexMatch | null | undefined>(tokens.count));
    const hit = slot[i];
    if (hit !== undefined) return hit;
    return (slot[i] = this.lookup(tokens, i, cache, bare));
  }

  /**
   * The document asked about last and its memo. Not a WeakMap by document: the young-generation
   * collector keeps a weak map's entries alive, so each document's memos would outlive several
   * collections and be copied by each.
   */
  private lastTokens: TokenList | null = null;
  private lastMemo: ((LexMatch | null | undefined)[] | null)[] | undefined;

  /**
   * Per reading of token `i`'s word, the root's child for its stem (undefined where there is
   * none), or null when no reading opens an entry: computed once per word, so most tokens are
   * dismissed with one array read.
   */
  private firsts(tokens: TokenList, i: number, cache: ReadingCache): (Node | undefined)[] | null {
    return cache.perWord(this.slotIn(cache), tokens, i, firstNodes, this.root);
  }
  /** Per word id of `tokens`' table: whether some reading of the word opens an entry (see {@link ReadingCache.marksOf}). */
  private marks(cache: ReadingCache, tokens: TokenList): Uint8Array {
    return cache.marksOf(this.slotIn(cache), tokens);
  }
  /** This lexicon's slot in `cache` (see {@link ReadingCache.slotOf}). */
  private slotIn(cache: ReadingCache): number {
    if (cache !== this.slotCache) { this.slotCache = cache; this.slot = cache.slotOf(this.slotKey); }
    return this.slot;
  }
  private slotCache: ReadingCache | null = null;
  private slot = 0;
  /** Stands for the lexicon's current entries in the caches' word entries: a new one after every add. */
  private slotKey = {};

  private lookup(tokens: TokenList, i: number, cache: ReadingCache, bare: boolean): LexMatch | null {
    const rootNext = this.root.next;
    if (!rootNext || i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return null;
    const firsts = this.firsts(tokens, i, cache);
    if (!firsts) return null;
    // The best reading so far; one match is made at the end (readings are shared, never changed: no copy).
    let bestEnd = -1, bestK = -1;
    let bestTags: ReadonlySet<string> | null = null;
    const readings = tokenWord(tokens, i, cache).readings;
    for (let k = 0; k < (bare ? 1 : readings.length); k++) {
      const r = readings[k];
      let node = firsts[k];
      if (!node) continue;
      // An entry that collides with a common word only after normalization (علي / على) needs its own spelling.
      if (node.exact !== undefined && node.exact !== light(tokens.view.source.slice(tokens.startAt(tokens.nStart[i] + r.offset), tokens.end(i)))) continue;
      let j = i + 1;
      let end = node.tags ? j : -1;
      let tags = node.tags;
      while (node.next && j < tokens.count && !(tokens.flags[j] & TokenFlag.LineStart)) {
        const c: Node | undefined = node.next.get(tokens.norm(j));
        if (!c) break;
        node = c;
        j++;
        if (node.tags) { end = j; tags = node.tags; }
      }
      if (end > bestEnd) { bestEnd = end; bestK = k; bestTags = tags; }
    }
    return bestK < 0 ? null : { end: bestEnd, tags: bestTags ?? EMPTY, reading: readings[bestK] };
  }
}

/** Per reading of token `i`'s word, the root's child for its stem, or null when none has one (see {@link ReadingCache.perWord}). */
function firstNodes(tokens: TokenList, i: number, root: Node, cache: ReadingCache): (Node | undefined)[] | null {
  const next = root.next;
  let any = false;
  const f = tokenWord(tokens, i, cache).readings.map((r) => { const n = next?.get(r.stem); if (n) any = true; return n; });
  return any ? f : null;
}
