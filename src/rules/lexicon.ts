/**
 * Rule lexicons: lists of words and phrases (titles, speech verbs, head nouns,
 * given names …) compiled into a token trie of normalized forms, matched
 * clitic-aware at a token position.
 */
import { TokenFlag, type TokenList } from '../text/tokenize.js';
import { nameTokens } from '../gazetteer/compile.js';
import { MAX_NAME_WORD, tokenReadings, type ReadingCache } from '../gazetteer/match.js';
import type { CliticReading } from '../text/clitics.js';
import { removeDiacritics, removeTatweel } from '../text/normalize.js';

interface Node {
  next: Map<string, Node> | null;
  tags: Set<string> | null;
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

  /** Adds one entry line. */
  add(line: string): void {
    let [phrase, tagPart] = line.split('|', 2) as [string, string | undefined];
    const tags = new Set((tagPart ?? '').split(',').map((t) => t.trim()).filter(Boolean));
    phrase = phrase.trim();
    if (phrase.startsWith('?')) { tags.add('weak'); phrase = phrase.slice(1).trim(); }
    const toks = nameTokens(phrase);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      node.next ??= new Map();
      let c = node.next.get(t);
      if (!c) node.next.set(t, (c = { next: null, tags: null }));
      node = c;
    }
    if (!node.tags) { node.tags = tags; this.size++; } else for (const t of tags) node.tags.add(t);
    if (tags.has('exact')) node.exact = light(phrase);
  }

  /**
   * Whether token `i`, bare or behind a conjunction and/or the article (وفي، والرئيس), is a
   * one-word entry: one map lookup per reading, no walk.
   */
  hasWordAt(tokens: TokenList, i: number, cache: ReadingCache): boolean {
    if (i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return false;
    const next = this.root.next;
    if (!next) return false;
    for (const r of tokenReadings(tokens, i, cache)) {
      if (!/^[وف]?(?:ال)?$/.test(r.prefix)) continue;
      if (next.get(r.stem)?.tags) return true;
    }
    return false;
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
    // Rules ask the same lexicon about the same token many times: remember the answer per document.
    let memo = this.memo.get(tokens);
    if (!memo) this.memo.set(tokens, (memo = [[], []]));
    const slot = memo[bare ? 1 : 0];
    const hit = slot[i];
    if (hit !== undefined) return hit;
    return (slot[i] = this.lookup(tokens, i, cache, bare));
  }

  private readonly memo = new WeakMap<TokenList, (LexMatch | null | undefined)[][]>();

  private lookup(tokens: TokenList, i: number, cache: ReadingCache, bare: boolean): LexMatch | null {
    const rootNext = this.root.next;
    if (!rootNext || i >= tokens.count || tokens.nEnd[i] - tokens.nStart[i] > MAX_NAME_WORD) return null;
    let best: LexMatch | null = null;
    const readings = tokenReadings(tokens, i, cache);
    for (let k = 0; k < (bare ? 1 : readings.length); k++) {
      const r = readings[k];
      let node = rootNext.get(r.stem);
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
      if (end > (best?.end ?? -1)) best = { end, tags: tags ?? EMPTY, reading: { ...r } };
    }
    return best;
  }
}
