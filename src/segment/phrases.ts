/**
 * Phrase matching over a document's tokens: phrases are tokenized and normalized
 * with the same code as the text (alef forms, ة/ه, diacritics, case), stored in a
 * token trie, and matched at a line start or anywhere in a bounded stretch of a
 * line. Work per call is bounded by the phrase depth, so matching is linear.
 */
import { normalize } from '../text/normalize.js';
import { scanTokens, TokenKind, type TokenList } from '../text/tokenize.js';
import { LATIN_WORD } from './patterns.js';
import { WordMarks } from '../text/words.js';

/**
 * The normalized tokens of a phrase, as the document's tokenizer sees them: its scanner
 * over the normalized text (the view's text), without the offset map a document needs.
 */
export function phraseTokens(phrase: string): string[] {
  const s = normalize(phrase);
  const out: string[] = [];
  scanTokens(s, (a, b) => { out.push(s.slice(a, b)); });
  return out;
}

interface Node<T> {
  next?: Map<string, Node<T>>;
  value?: T;
  /** Children whose key is a long Latin word ending a phrase: matched as a prefix of a glued token. */
  glue?: [string, Node<T>][];
}

/** Longest depth of any phrase in a set; matching never walks further. */
const MAX_DEPTH = 10;

/** The phrase that matched: its value and the token index right after it. */
export interface PhraseHit<T> {
  value: T;
  /** First token of the match. */
  start: number;
  /** One past the last token of the match. */
  end: number;
}

/** What a word may be in a phrase of a set ({@link PhraseSet.wordFacts}); 1 alone: nothing (0 is "not known yet"). */
export const PHRASE_KNOWN = 1;
/** The word may start a phrase. */
export const PHRASE_OPENS = 2;
/** The word alone may be a whole phrase (a one-word phrase, or a long Latin word one is glued to). */
export const PHRASE_ALONE = 4;
/** The word may be a phrase's second token (or a long Latin word a two-word phrase is glued to). */
export const PHRASE_SECOND = 8;

/**
 * A set of phrases with a value each. A Latin phrase's last word of seven letters
 * or more also matches as the start of a longer glued token (`articleComments`).
 */
export class PhraseSet<T> {
  private readonly root: Node<T> = {};
  /** Per word: its {@link wordFacts}, so most tokens are passed over with one byte read. */
  private readonly facts = new WordMarks();
  /** The second tokens of the phrases, and whether a one-word prefix has a glued ending; built on first use. */
  private seconds: { words: Set<string>; glue: boolean } | null = null;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const toks = phraseTokens(phrase).slice(0, MAX_DEPTH);
    if (!toks.length) return;
    let node = this.root;
    let parent = node;
    for (const tok of toks) {
      node.next ??= new Map();
      let child = node.next.get(tok);
      if (!child) node.next.set(tok, (child = {}));
      parent = node;
      node = child;
    }
    if (node.value !== undefined) return;
    node.value = value;
    this.facts.reset();
    this.seconds = null;
    const last = toks[toks.length - 1];
    if (LATIN_WORD.test(last)) (parent.glue ??= []).push([last, node]);
  }

  /** The longest phrase starting at token `i` and ending before token `limit`. */
  matchAt(tokens: TokenList, i: number, limit: number): PhraseHit<T> | null {
    if (!this.mayMatchAt(tokens, i, limit)) return null;
    let node: Node<T> | undefined = this.root;
    let best: PhraseHit<T> | null = null;
    for (let j = i; j < limit && j - i < MAX_DEPTH && node?.next; j++) {
      const norm = tokens.norm(j);
      let child: Node<T> | undefined = node.next.get(norm);
      if (!child) {
        // glued Latin words: "Share this articleComments"
        if (node.glue && tokens.kind[j] === TokenKind.Word && norm.length > 7) {
          for (const [key, n] of node.glue) {
            if (norm.startsWith(key) && n.value !== undefined) { best = { value: n.value, start: i, end: j + 1 }; break; }
          }
        }
        break;
      }
      node = child;
      if (node?.value !== undefined) best = { value: node.value, start: i, end: j + 1 };
    }
    return best;
  }

  /**
   * Whether {@link matchAt} may find a phrase at token `i` (before `limit`): the word opens one,
   * and is a phrase alone or is followed by a word that may come second (two byte reads a word).
   */
  mayMatchAt(tokens: TokenList, i: number, limit: number): boolean {
    if (i >= limit) return false;
    const f = this.wordFacts(tokens, i);
    if (!(f & PHRASE_OPENS)) return false;
    return (f & PHRASE_ALONE) !== 0 || (i + 1 < limit && (this.wordFacts(tokens, i + 1) & PHRASE_SECOND) !== 0);
  }

  /** Whether some phrase may start at token `i`: when not, {@link matchAt} finds nothing there (one byte read per word). */
  mayStartAt(tokens: TokenList, i: number): boolean {
    return (this.wordFacts(tokens, i) & PHRASE_OPENS) !== 0;
  }

  /**
   * What the word of token `i` may be in a phrase of the set: {@link PHRASE_KNOWN} and
   * {@link PHRASE_OPENS}, {@link PHRASE_ALONE}, {@link PHRASE_SECOND}. Depends on the word alone,
   * so it is worked out once per word id.
   */
  wordFacts(tokens: TokenList, i: number): number {
    const marks = this.facts.of(tokens.words);
    const id = tokens.word[i];
    let m = marks[id];
    if (m === 0) marks[id] = m = this.factsOf(tokens.norm(i), tokens.kind[i]);
    return m;
  }

  private factsOf(norm: string, kind: number): number {
    const root = this.root;
    const child = root.next?.get(norm);
    // A long Latin word a one-word phrase is glued to (`articleComments`).
    const rootGlue = !!root.glue && kind === TokenKind.Word && norm.length > 7 && root.glue.some(([key]) => norm.startsWith(key));
    const seconds = (this.seconds ??= this.secondWords());
    let f = PHRASE_KNOWN;
    if (child || rootGlue) f |= PHRASE_OPENS;
    if (child?.value !== undefined || rootGlue) f |= PHRASE_ALONE;
    if (seconds.words.has(norm) || (seconds.glue && kind === TokenKind.Word && norm.length > 7)) f |= PHRASE_SECOND;
    return f;
  }

  private secondWords(): { words: Set<string>; glue: boolean } {
    const words = new Set<string>();
    let glue = false;
    for (const child of this.root.next?.values() ?? []) {
      for (const key of child.next?.keys() ?? []) words.add(key);
      if (child.glue) glue = true;
    }
    return { words, glue };
  }

  /** Every non-overlapping match in tokens `[from, to)`, scanning at most `maxTokens` tokens. */
  findAll(tokens: TokenList, from: number, to: number, maxTokens = 200): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const stop = Math.min(to, from + maxTokens);
    const marks = this.facts.of(tokens.words);
    for (let i = from; i < stop; ) {
      // A word known to open no phrase is passed over without a call.
      const m = marks[tokens.word[i]];
      if (m !== 0 && !(m & PHRASE_OPENS)) { i++; continue; }
      const hit = this.matchAt(tokens, i, to);
      if (hit) { out.push(hit); i = hit.end; } else i++;
    }
    return out;
  }
}
