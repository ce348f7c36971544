/**
 * The rule interpreter: token patterns declared as data, matched at every token
 * with bounded repetition (no element repeats more than four times), so the work
 * per token is bounded and a document is matched in linear time.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { TokenFlag, TokenKind, type TokenList } from '../text/tokenize.js';
import { WordMasks, type WordTable } from '../text/words.js';
import { tokenReadings, type ReadingCache } from '../gazetteer/match.js';
import type { Candidate } from '../entities/candidate.js';
import { AliasFlag } from '../gazetteer/trie.js';
import type { Lexicon } from './lexicon.js';
import { FOREIGN_NAME_PARTICLES, KIN_NOUNS, NAME_PARTICLES, ORDINALS } from '../text/name-particles.js';
import { isAccusativeOfWord, isDualOrPluralOfWord } from './lexicon-set.js';
import { hasPresentVerbShape, mayBeProcliticBeforeHamza, procliticBeforeHamza, startsWithHamzaAlif, WordShape, wordShape } from './word-shape.js';
import type { PatternElement, RuleRecord } from './types.js';
import type { CliticReading } from '../text/clitics.js';
import { EnglishWords, lexiconId } from '../lang/en/words.js';
import { Shape } from '../lang/en/features.js';
import { englishNames } from '../lang/en/names.js';
import { ScratchPool } from '../text/scratch.js';

/**
 * A pattern element as the engine keeps it: every field present (see {@link uniformElement}),
 * its lexicon's number on the English path and its `in` list as a set (a word's string keeps
 * its hash, so a lookup beats comparing it with each listed word).
 */
interface Element extends PatternElement {
  lexId: number;
  inSet: ReadonlySet<string> | null;
  /** How many times it matches at least and at most in a row (see {@link repeatBounds}; at most {@link MAX_REPEAT}), read off once for {@link RuleEngine.stepRule}. */
  minTimes: number;
  maxTimes: number;
  /** A `known` element's type index in {@link KNOWN_TYPES} (-1 for other elements). */
  knownType: number;
}
/** A rule as the engine keeps it. */
interface Rule extends RuleRecord {
  pattern: Element[];
}

/** The lexicons a rule set reads, by name. `given-names` and `breakers` have roles of their own. */
export type LexiconSet = Record<string, Lexicon>;

const MAX_REPEAT = 4;
/** The types of dictionary names `known` elements read, in the order of {@link NamePartMemo.knownEnd}. */
const KNOWN_TYPES: readonly string[] = ['person', 'place', 'organization'];
/** Set in every computed word mask (see {@link RuleEngine.wordMask}), so 0 means not computed yet. */
const MASK_KNOWN = 1 << 30;
/**
 * Numbers per word id in {@link RuleEngine.wordMasks}, by their index in a word's row (a power
 * of two, so a row never straddles a cache line).
 */
const MASK_STRIDE = 8;
/**
 * What each number of a word's row in {@link RuleEngine.wordMasks} holds. The rows are made for
 * one path (see {@link RuleEngine.rowsArabic}); the Arabic path's columns are 0 on the English one.
 */
const Column = {
  /** The opening elements the word may match: {@link RuleEngine.wordMask} (English), {@link RuleEngine.arabicMask} (Arabic). */
  Open: 0,
  /** Arabic path: the second elements it may match ({@link RuleEngine.nextMask}). */
  Next: 1,
  /** The anchors it may match ({@link RuleEngine.anchorMask}). */
  Anchor: 2,
  /** Arabic path: the opening elements it surely matches, whatever the text around it and however it is written. */
  Sure: 3,
  /** Arabic path, rules as bits: the rules that may open at the word (those with an opening element in its mask). */
  Rules: 4,
  /**
   * Arabic path, rules as bits: those of its {@link Rules} whose second element must be the next
   * token (see {@link RuleEngine.nextKeys}): the rules whose first element, matched at the word,
   * ends at the next token (not a lexicon entry of several words: see {@link GoesOn}).
   */
  NeedsNext: 5,
  /** Arabic path, rules as bits: the rules whose second element the word may match ({@link RuleEngine.nextMask}). */
  Follows: 6,
  /**
   * Arabic path, rules as bits: those of its {@link Rules} with a second element to follow (see
   * {@link RuleEngine.nextKeys}) whose first element may take more words than the word's own here
   * (an entry of several words starts at it: علي أكبر, or a known name). Their second element
   * must be the next token all the same where that token continues no such entry (see
   * {@link RuleEngine.continuesMask}).
   */
  GoesOn: 7,
} as const;

/** What a word alone says of an opening element at a token of it (see {@link RuleEngine.openingVerdict}). */
const Verdict = { No: 0, Yes: 1, Depends: 2 } as const;
type Verdict = (typeof Verdict)[keyof typeof Verdict];

/**
 * What the name-word tests ask of a word alone (its string, not its token), as bits kept per
 * word id with {@link MASK_KNOWN} (see {@link RuleEngine.wordFacts}): worked out once per word
 * instead of a set or lexicon lookup by string (a cache miss each for a word not read lately) at
 * every token.
 */
const WordFact = {
  /** A pronoun written apart (breakers tagged `pronoun`: ه in بدور ه). */
  Pronoun: 1,
  /** A nationality as it stands (كندي). */
  Demonym: 2,
  /** The article on a nationality (الكندي). */
  ArticleDemonym: 4,
  /** A given name as it stands. */
  Given: 8,
  /** A given name after its first letter (و or ف + a given name: ومحمد). */
  GivenAfterFirst: 16,
  Ordinal: 32,
  ForeignParticle: 64,
  NameParticle: 128,
  KinNoun: 256,
  /** The indefinite accusative of a word that is no name (see {@link isAccusativeOfWord}). */
  Accusative: 512,
  /** A word of the `not-name` lexicon, bare or behind a conjunction and/or the article (see {@link Lexicon.hasWordAt}). */
  OtherWord: 1024,
  /** That word ends a person's name only (tagged `person`, not `never`: الصحة، النفط). */
  EndsPersonOnly: 2048,
  /** The dual or sound plural of a word that is no name (see {@link isDualOrPluralOfWord}). */
  DualOrPlural: 4096,
  /** As it stands, a word of the `not-name` lexicon tagged `adjective` and not `never` (an adjective or participle: بارز). */
  Adjective: 8192,
  /**
   * و، ف، ب، ك or ل (not لل) on a word that is itself a word, a word with the article or a given
   * name (والموظفين، بهدف، لمحمد): the clitic opens a new phrase (see {@link cliticFacts}).
   */
  CliticPhrase: 16384,
  /** … and it does so after a foreign given name too, where a reading through the article alone is a family name's letters. */
  CliticPhraseAfterForeign: 32768,
} as const;

/** The {@link WordFact} bits of token `p`'s word, with {@link MASK_KNOWN}: they depend on the word alone. */
function wordFactsOf(lex: LexiconSet, t: TokenList, p: number, cache: ReadingCache): number {
  const w = t.norm(p);
  const given = lex['given-names'];
  const notName = lex['not-name'];
  let f = MASK_KNOWN;
  if (notName?.hasWordAt(t, p, cache)) f |= WordFact.OtherWord;
  const tags = notName?.wordTagsAt(t, p, cache);
  if (tags && tags.has('person') && !tags.has('never')) f |= WordFact.EndsPersonOnly;
  if (lex.breakers?.tagsOf(w)?.has('pronoun')) f |= WordFact.Pronoun;
  if (lex.demonyms?.has(w)) f |= WordFact.Demonym;
  if (w.startsWith('ال') && lex.demonyms?.has(w.slice(2))) f |= WordFact.ArticleDemonym;
  if (given?.has(w)) f |= WordFact.Given;
  if (given?.has(w.slice(1))) f |= WordFact.GivenAfterFirst;
  if (ORDINALS.has(w)) f |= WordFact.Ordinal;
  if (FOREIGN_NAME_PARTICLES.has(w)) f |= WordFact.ForeignParticle;
  if (NAME_PARTICLES.has(w)) f |= WordFact.NameParticle;
  if (KIN_NOUNS.has(w)) f |= WordFact.KinNoun;
  if (isAccusativeOfWord(lex, w)) f |= WordFact.Accusative;
  if (isDualOrPluralOfWord(lex, w)) f |= WordFact.DualOrPlural;
  const own = notName?.tagsOf(w);
  if (own && own.has('adjective') && !own.has('never')) f |= WordFact.Adjective;
  return f | cliticFacts(lex, t, p, cache, w);
}

/**
 * The {@link WordFact.CliticPhrase} bits of token `p`'s word `w`, for the last test of
 * {@link NamePartMemo.compute}: a reading behind a conjunction or preposition that is a word
 * (with the article, or of `not-name`) or a given name of three letters or more; after a foreign
 * given name, not through the article alone to no word and no nationality. Only when what
 * follows the letter is itself a word: names start with these letters too (كوتشاك، بايدن،
 * وليد، لودريان).
 */
function cliticFacts(lex: LexiconSet, t: TokenList, p: number, cache: ReadingCache, w: string): number {
  if (!CLITIC_ON_WORD.test(w) || w.startsWith('ال')) return 0;
  const notName = lex['not-name'];
  const given = lex['given-names'];
  let f = 0;
  for (const r of tokenReadings(t, p, cache)) {
    if (!r.prefix) continue;
    const article = r.article || r.stem.startsWith('ال');
    if (!(article || notName?.tagsOf(r.stem) || (r.stem.length >= 3 && given?.has(r.stem)))) continue;
    f = WordFact.CliticPhrase;
    // After a foreign given name, a reading through the article alone does not count: a later one may.
    if (!(article && !notName?.tagsOf(r.stem) && !lex.demonyms?.has(r.stem))) return f | WordFact.CliticPhraseAfterForeign;
  }
  return f;
}

/** Runs rules over a document. */
export class RuleEngine {
  /**
   * Per rule: the key indices of the elements it may open with (its first element, and the next
   * ones while those before may match nothing), or null when every element may match nothing.
   */
  private readonly openKeys: (number[] | null)[];
  /** Some rule opens on a punctuation mark: punctuation tokens are tried as rule starts. */
  private readonly punctuationStarts: boolean;
  private readonly firstKeys: string[] = [];
  /** The distinct elements rules may open with, by key index. */
  private readonly firstElements: Element[] = [];
  /** Some rule may match from nothing but optional elements: every token may open it. */
  private readonly openFirst: boolean;
  /**
   * Per rule: the index of a required element after its first (a lexicon entry, failing that a
   * listed word) that every match has somewhere on the line of its start, or -1. A rule is not tried where
   * the rest of the line has no token its anchor may match (Inc, Party, River …).
   */
  private readonly anchorOf: Int32Array;
  /** The distinct anchors, by the indices of {@link anchorOf}. */
  private readonly anchorElements: Element[];
  /**
   * Per opening element (by key index, up to 30): the rules (bit r for rule r) that may open with
   * it, of the first {@link bitRules}; null when there are none (every rule is then walked).
   */
  private readonly keyRules: number[] | null = null;
  /**
   * How many rules, from the first, are rules as bits (see {@link keyRules}): up to 31, none
   * opening with an element past the 30th. The rules after them are walked at each token after
   * those (see {@link tryRulesAt}), so a larger set keeps the opening pass for its first rules.
   */
  private readonly bitRules: number;
  /** Per opening element (as {@link keyRules}): the rules that open with it alone (a first element that must match). */
  private readonly soleKeyRules: number[] = [];
  /** The rules every token may open (see {@link openFirst}), as bits. */
  private readonly alwaysRules: number = 0;
  /** Some rule has a `known` element: only then are the dictionary's names indexed per document. */
  private readonly readsKnown: boolean;
  /**
   * The opening elements (bits as in {@link wordMask}, with {@link MASK_KNOWN}) that may match a
   * word not capitalized on the English path: all but name words, given names, initials and cased
   * lexicon entries, which need a capital (or a single letter).
   */
  private readonly lowerElements: number;
  /** The opening elements that match only a single letter on the English path: initials (see {@link EnglishWords.initialEnd}). */
  private readonly letterElements: number;
  /** The English path's anchors (see {@link EnglishAnchors}), made on its first document. */
  private englishAnchors: EnglishAnchors | null = null;
  /** The English path's word classes. */
  private readonly wordClasses = new WordClassTable(8, 5);
  /** The Arabic path's word classes (see {@link WordClassTable}). */
  private readonly openingClasses = new WordClassTable(10, 7);
  /** Arabic path: the class numbers of the words of the document read now (see {@link WordClassTable.of}). */
  private classes: Int32Array = new Int32Array(0);
  /**
   * The per-token tables of the document read now, cut from buffers kept for the next one (see
   * {@link ScratchPool}): {@link NamePartMemo.knownEnd}, {@link openingRules}' and {@link englishOpening}'s answers, and the
   * memo of {@link NamePartMemo.compute}.
   */
  private readonly ints = new ScratchPool((n) => new Int32Array(n));
  private readonly int8s = new ScratchPool((n) => new Int8Array(n));
  /**
   * Per rule, the bits (by key index) of the elements it may open with: a rule is tried at a
   * token only where the token's word mask (see {@link wordMask}) has one of them.
   */
  private readonly openMasks: number[];
  /**
   * Per word id, its masks side by side (one cache line read for all): see {@link Column}.
   */
  private readonly wordMasks = new WordMasks(MASK_STRIDE);
  /**
   * Per word id, its {@link WordFact} bits (0: not worked out yet): apart from its row, so that the
   * name-word tests read four bytes a word, which stay in the processor's cache where rows would not.
   */
  private readonly wordFacts = new WordMasks();
  /**
   * Whether the rows of {@link wordMasks} were made for the Arabic path, whose opening masks
   * are narrower than the English path's (null: none made yet). A document of the other path
   * starts them over (an extractor's engine reads one language: never, in practice).
   */
  private rowsArabic: boolean | null = null;
  /**
   * Arabic path, per rule: the key index (in {@link nextElements}) of its second element where
   * every match has it right where its first element ends (the first matches exactly once, the
   * second at least once), else -1. Most rules that open fail there: a rule is not walked where
   * the word after its first element cannot be its second (see {@link nextMask}).
   */
  private readonly nextKeys: number[];
  /**
   * Arabic path, per rule with a second element in {@link nextKeys}: the index of a later element
   * (a listed word or a lexicon entry) that every match has at a fixed distance from the second
   * one (see {@link laterWordAt}), else -1; and its key index in {@link nextElements} in
   * {@link laterKeys} (-1: none). A rule that opens is not walked where that token cannot be it.
   */
  private readonly laterAt: number[];
  private readonly laterKeys: number[];
  /** Rules whose second element is tested before their first (see the constructor). */
  private readonly nextFirst: boolean[];
  /** Rules as bits (see {@link keyRules}): those with an anchor (see {@link anchorOf}). */
  private readonly anchoredRules: number = 0;
  /** Per anchor (by the indices of {@link anchorOf}): the rules (as bits) it is the anchor of. */
  private readonly anchorRuleBits: number[] = [];
  /** Rules as bits (see {@link keyRules}): those with a second element in {@link nextKeys}. */
  private readonly nextRules: number = 0;
  /** Per second element (by key index of {@link nextElements}): the rules (as bits) it is the second element of. */
  private readonly nextKeyRules: number[];
  /** The distinct second elements of {@link nextKeys} and later ones of {@link laterKeys}, by key index. */
  private readonly nextElements: Element[] = [];
  /**
   * Per rule: whether its first element's end at a token, as {@link opensAt} found it, is what
   * {@link stepRule} would find there. Not for a `part` element, whose test reads which rule is
   * matched (see {@link placeRule}) while opening elements are tested once for all rules.
   */
  private readonly reusesFirst: boolean[];

  /** The rules, their elements in one shape (see {@link uniformRule}). */
  private readonly rules: readonly Rule[];

  constructor(
    source: readonly RuleRecord[],
    private readonly lex: LexiconSet,
    private readonly cache: ReadingCache,
  ) {
    // Keys below are read off the rules as written; the engine keeps and matches the uniform copies.
    const rules = source;
    this.rules = source.map(uniformRule);
    this.punctuationStarts = rules.some((r) => r.pattern[0].in?.some((w) => !/[\p{L}\p{N}]/u.test(w)) ?? false);
    this.openKeys = rules.map((rule, r) => {
      const keys: number[] = [];
      for (const [j, el] of rule.pattern.entries()) {
        const key = JSON.stringify({ ...el, capture: undefined, repeat: undefined, optional: undefined });
        let k = this.firstKeys.indexOf(key);
        if (k < 0) { k = this.firstKeys.length; this.firstKeys.push(key); this.firstElements.push(this.rules[r].pattern[j]); }
        keys.push(k);
        if (!el.optional && (el.repeat?.[0] ?? 1) > 0) return keys;
      }
      return null;
    });
    this.openFirst = this.openKeys.includes(null);
    const nextKeys: string[] = [];
    const nextKeyOf = (r: number, j: number) => {
      const key = JSON.stringify({ ...rules[r].pattern[j], capture: undefined, repeat: undefined, optional: undefined });
      let k = nextKeys.indexOf(key);
      if (k < 0) { k = nextKeys.length; nextKeys.push(key); this.nextElements.push(this.rules[r].pattern[j]); }
      return k < 30 ? k : -1;
    };
    this.nextKeys = rules.map((rule, r) => {
      const [first, second] = rule.pattern;
      const once = !first.optional && (!first.repeat || (first.repeat[0] === 1 && first.repeat[1] === 1));
      if (!once || !second || second.optional || (second.repeat && second.repeat[0] < 1)) return -1;
      return nextKeyOf(r, 1);
    });
    // A later listed word or lexicon entry at a fixed distance from the second element (وقال X إن:
    // a speech verb, one name word, a boundary word) is checked before the name word is tested.
    this.laterAt = rules.map((rule, r) => (this.nextKeys[r] >= 0 ? laterWordAt(rule.pattern) : -1));
    this.laterKeys = this.laterAt.map((j, r) => (j > 0 ? nextKeyOf(r, j) : -1));
    // A rule opening with one name word (ar.person.name-bin: X بن …) is dismissed by its second
    // element at the next token before the costly name-word test of the first.
    this.nextFirst = this.rules.map((rule, r) => this.nextKeys[r] >= 0 && (rule.pattern[0].name === 'part' || rule.pattern[0].name === 'noun'));
    this.readsKnown = rules.some((rule) => rule.pattern.some((el) => el.known !== undefined));
    this.reusesFirst = rules.map((rule) => rule.pattern[0].name !== 'part');
    // Anchors that test the same thing (one lexicon, or one word list) share one element, so
    // the positions of each are found once per line, not once per rule that has it.
    const sameAnchor = new Map<string, number>();
    this.anchorElements = [];
    this.anchorOf = Int32Array.from(this.rules, (rule) => {
      const required = rule.pattern.slice(1).filter((el) => (el.repeat ? el.repeat[0] : el.optional ? 0 : 1) > 0);
      const el = required.find((el) => el.lex) ?? required.find((el) => el.in) ?? null;
      if (!el) return -1;
      const key = el.lex ? `lex:${el.lex}` : `in:${JSON.stringify(el.in)}`;
      let a = sameAnchor.get(key);
      // A word's anchors are bits of one mask: beyond 30 distinct ones, a rule goes without.
      if (a === undefined && this.anchorElements.length < 30) { sameAnchor.set(key, (a = this.anchorElements.length)); this.anchorElements.push(el); }
      return a ?? -1;
    });
    this.lowerElements = this.firstElements.length > 30 ? -1 : this.firstElements.reduce((m, el, k) => (
      el.name === 'given' || el.name === 'latin' || el.name === 'initial' || (el.lex && el.cased) ? m : m | (1 << k)), MASK_KNOWN);
    this.letterElements = this.firstElements.length > 30 ? 0 : this.firstElements.reduce((m, el, k) => (
      el.name === 'initial' && !el.lex && !el.in ? m | (1 << k) : m), 0);
    // Beyond 30 distinct opening elements a mask cannot hold them all: every bit is set, no rule is skipped.
    this.openMasks = this.openKeys.map((keys) => !keys || this.firstKeys.length > 30 ? -1 : keys.reduce((m, k) => m | (1 << k), 0));
    // Rules as bits: the first 31 rules at most, up to the first that opens with an element past the 30th.
    const bitRules = this.openKeys.findIndex((keys, r) => r >= 31 || (keys?.some((k) => k >= 30) ?? false));
    this.bitRules = bitRules < 0 ? rules.length : bitRules;
    const asBits = (of: (r: number) => boolean) => this.rules.reduce((bits, _, r) => (r < this.bitRules && of(r) ? bits | (1 << r) : bits), 0);
    if (this.bitRules > 0) {
      this.keyRules = this.firstKeys.slice(0, 30).map((_, k) => asBits((r) => this.openKeys[r]?.includes(k) ?? false));
      this.soleKeyRules = this.firstKeys.slice(0, 30).map((_, k) => asBits((r) => this.openKeys[r]?.length === 1 && this.openKeys[r]![0] === k));
      this.alwaysRules = asBits((r) => !this.openKeys[r]);
      this.anchoredRules = asBits((r) => this.anchorOf[r] >= 0);
      this.anchorRuleBits = this.anchorElements.map((_, a) => asBits((r) => this.anchorOf[r] === a));
      this.nextRules = asBits((r) => this.nextKeys[r] >= 0);
    }
    this.nextKeyRules = this.nextElements.map((_, k) => asBits((r) => this.nextKeys[r] === k));
  }

  /**
   * The opening elements (bit k for key index k, with {@link MASK_KNOWN}) that may
   * match token `i` as far as its word alone tells: none when the element is a lexicon entry or a
   * listed word the word cannot start (then the element does not match there; other elements read
   * the context and keep their bit). Computed once per word, so most tokens skip most rules with
   * a bit test instead of a call per element.
   */
  private wordMask(t: TokenList, i: number, masks: Int32Array): number {
    const at = t.word[i] * MASK_STRIDE + Column.Open;
    let m = masks[at];
    if (m === 0) masks[at] = m = this.openingMask(t, i);
    return m;
  }

  /** The mask of {@link wordMask}, worked out. */
  private openingMask(t: TokenList, i: number): number {
    let m = MASK_KNOWN;
    const n = this.firstElements.length;
    if (n > 30) m |= MASK_KNOWN - 1; // too many to tell apart: every element is tried
    else for (let k = 0; k < n; k++) if (this.mayMatchWord(this.firstElements[k], t, i)) m |= 1 << k;
    return m;
  }

  /**
   * Arabic path: the opening elements (bits as in {@link wordMask}) that may match token `i` at a
   * rule's start, as far as its word tells once every test of the element that reads the word
   * alone is made (see {@link openingVerdict}). With it, the word's other Arabic columns (see
   * {@link Column}): where the word surely matches an element, the element is not tested again
   * at each token, and a rule whose second element must follow is dismissed by the next word's
   * bits. Computed once per word.
   */
  private arabicMask(doc: AkhbarDocument, i: number, masks: Int32Array, memo: NamePartMemo): number {
    const t = doc.tokens;
    const row = t.word[i] * MASK_STRIDE;
    let m = masks[row + Column.Open];
    if (m !== 0) return m;
    m = this.openingMask(t, i);
    let sure = 0;
    // (Beyond 30 elements the mask has every bit: each element is tried.)
    for (let k = 0; k < this.firstElements.length && k < 30; k++) {
      if (!(m & (1 << k))) continue;
      const v = this.openingVerdict(doc, this.firstElements[k], i, memo);
      if (v === Verdict.No) m &= ~(1 << k);
      else if (v === Verdict.Yes) sure |= 1 << k;
    }
    masks[row + Column.Open] = m;
    masks[row + Column.Sure] = sure;
    if (this.keyRules) {
      const rules = this.maskRules(m);
      // (A rule with a second element to follow opens with its first element alone: its only key.
      // One the word surely matches ends at the next token.)
      let goesOn = 0;
      for (let g = m & ~sure & (MASK_KNOWN - 1); g !== 0; g &= g - 1) {
        const k = 31 - Math.clz32(g & -g);
        if (this.mayGoOn(this.firstElements[k], t, i)) goesOn |= this.keyRules[k];
      }
      masks[row + Column.Rules] = rules;
      masks[row + Column.NeedsNext] = rules & this.nextRules & ~goesOn;
      masks[row + Column.GoesOn] = rules & this.nextRules & goesOn;
    }
    return m;
  }

  /** The lexicon element `el` reads: its `lex`, or the given names for `name: given`; undefined for another element or a lexicon the path lacks. */
  private lexiconOf(el: Element): Lexicon | undefined {
    return el.lex ? this.lex[el.lex] : el.name === 'given' ? this.lex['given-names'] : undefined;
  }

  /**
   * Arabic path: whether opening element `el`'s match at token `i` may take more tokens than
   * that one, as far as its word tells: an entry of several words of its lexicon starts at the
   * word (see {@link Lexicon.opensLonger}), or the element is a known name. Every other element
   * takes one token.
   */
  private mayGoOn(el: Element, t: TokenList, i: number): boolean {
    if (el.known) return true;
    const lex = this.lexiconOf(el);
    return lex?.opensLonger(t, i, this.cache, !!el.bare) ?? false;
  }

  /**
   * Arabic path: the rules (as bits) whose first element's match may go on at token `i`: its word
   * is the second word of an entry of the element's lexicon (see {@link Lexicon.continuesWith}),
   * or the element is a known name. Where the token after a word continues none of them, a match
   * of their first element there takes that word alone (see {@link Column.GoesOn}, {@link longOnlyRules}).
   */
  private continuesMask(t: TokenList, i: number): number {
    if (!this.keyRules) return 0;
    const w = t.norm(i);
    let rules = 0;
    for (let k = 0; k < this.keyRules.length; k++) {
      const el = this.firstElements[k];
      const lex = this.lexiconOf(el);
      if (el.known || lex?.continuesWith(w)) rules |= this.keyRules[k];
    }
    return rules;
  }

  /**
   * Arabic path: the rules (as bits) that open with one element alone, of the opening elements
   * `open` (but those of `sure`) of token `i`'s word, that only an entry of several words may
   * match there: no one-word entry the word may be read as is one the element takes (امام opens
   * given names, امام علي, but is none). They open only where the next token continues such an
   * entry (see {@link continuesMask}).
   */
  private longOnlyRules(doc: AkhbarDocument, i: number, open: number, sure: number, memo: NamePartMemo): number {
    const t = doc.tokens;
    const w = t.norm(i);
    let rules = 0;
    for (let g = open & ~sure & (MASK_KNOWN - 1); g !== 0; g &= g - 1) {
      const k = 31 - Math.clz32(g & -g);
      const el = this.firstElements[k];
      const lex = this.lexiconOf(el);
      if (!lex) continue;
      const oneWord = lex.someEntry(t, i, this.cache, !!el.bare, (tags, reading, words) => words === 1 && (el.lex
        ? this.lexEntryFits(el, tags, reading, w)
        : this.givenEntryFits(el, tags, reading, words, i, memo)));
      if (!oneWord) rules |= this.soleKeyRules[k];
    }
    return rules;
  }

  /**
   * Whether opening element `el` matches at token `i` (with the proclitics a rule's first word
   * may carry) by its word alone, whatever the tokens around it and however the token is written:
   * {@link Verdict.Depends} where a longer lexicon entry may start there (or one that needs its
   * own spelling) that the element may take, or a test reads the text (a known name, a name
   * word's neighbours, the spelling of a given name). A match by the word alone ends at the next token.
   */
  private openingVerdict(doc: AkhbarDocument, el: Element, i: number, memo: NamePartMemo): Verdict {
    const t = doc.tokens;
    if (el.lex || el.name === 'given') {
      const lex = this.lexiconOf(el);
      if (!lex) return Verdict.No;
      if (lex.wordDecides(t, i, this.cache, !!el.bare) && !(el.name === 'given' && this.givenReadsSpelling(el, t, i))) {
        return this.matchElement(doc, el, i, memo, true) < 0 ? Verdict.No : Verdict.Yes;
      }
      // Else the element fails there if it takes no entry the word may open (على opens
      // «على حد قوله», which is no speech verb in the past).
      const w = t.norm(i);
      return lex.someEntry(t, i, this.cache, !!el.bare, (tags, reading, words) => (el.lex
        ? this.lexEntryFits(el, tags, reading, w)
        : this.givenEntryFits(el, tags, reading, words, i, memo))) ? Verdict.Depends : Verdict.No;
    }
    if (el.in) return inList(el, t.norm(i), !el.bare) ? Verdict.Yes : Verdict.No;
    if (el.known) return Verdict.Depends;
    switch (el.name) {
      case 'part': case 'noun':
        return this.wordFits(el, t.norm(i)) && !(el.unlisted && memo.isOtherWord(i)) ? Verdict.Depends : Verdict.No;
      case 'latin': return t.kind[i] === TokenKind.Word ? Verdict.Depends : Verdict.No;
      default: return Verdict.No;
    }
  }

  /**
   * Whether the given-name tests of {@link matchElement} at token `i`, whose word opens no longer
   * given name, read how the token is written: the hamza after a proclitic where the name is read
   * without one (واين or وأين), the shape of a weak name (a name that is a word too: أمره). Not
   * for a weak name the element does not take, which fails on the word alone.
   */
  private givenReadsSpelling(el: Element, t: TokenList, i: number): boolean {
    const m = this.lex['given-names']?.matchAt(t, i, this.cache, !!el.bare);
    if (!m) return false;
    if (m.tags.has('weak')) return !!el.weak;
    return !m.reading.prefix && mayBeProcliticBeforeHamza(t.norm(i));
  }

  /**
   * Arabic path: the second elements, and the later ones of {@link laterKeys} (bit k for key index
   * k of {@link nextElements}, with {@link MASK_KNOWN}), that may match token `i` as far as its
   * word alone tells. Computed once per word.
   */
  private nextMask(t: TokenList, i: number, masks: Int32Array): number {
    const row = t.word[i] * MASK_STRIDE;
    let m = masks[row + Column.Next];
    if (m === 0) {
      m = MASK_KNOWN;
      let follows = 0;
      for (let k = 0; k < this.nextElements.length && k < 30; k++) {
        if (this.mayMatchWordAr(this.nextElements[k], t, i)) { m |= 1 << k; follows |= this.nextKeyRules[k]; }
      }
      masks[row + Column.Next] = m;
      masks[row + Column.Follows] = follows;
    }
    return m;
  }

  /**
   * Whether an element may match token `i` on the Arabic path as far as its word alone tells:
   * the tests of {@link matchElement} that read the word and nothing around it.
   */
  private mayMatchWordAr(el: Element, t: TokenList, i: number): boolean {
    if (el.lex || el.in) return this.mayMatchWord(el, t, i);
    if (el.known) return true;
    switch (el.name) {
      case 'given': return this.mayMatchWord(el, t, i);
      case 'part': case 'noun': return this.wordFits(el, t.norm(i));
      case 'latin': return t.kind[i] === TokenKind.Word;
      default: return false;
    }
  }

  /** Whether an opening element may match token `i` as far as its word alone tells (see {@link wordMask}). */
  private mayMatchWord(el: Element, t: TokenList, i: number): boolean {
    if (el.lex) return this.lex[el.lex]?.mayStart(t, i, this.cache) ?? false;
    if (el.in) return inList(el, t.norm(i), true);
    if (el.name === 'given') return this.lex['given-names']?.mayStart(t, i, this.cache) ?? false;
    return true;
  }

  /**
   * English path: the opening elements (bits as in {@link wordMask}) that may match token `i`.
   * Names, given names, initials and cased lexicon entries need a capitalized token or a single
   * letter; at any other token only the word's lexicon entries and listed words may open a rule.
   */
  private englishMask(en: EnglishWords, t: TokenList, i: number, masks: Int32Array): number {
    const m = this.wordMask(t, i, masks);
    return opensNames(en, i) ? m : m & this.lowerElements;
  }

  /**
   * English path: per token, the rules (as bits) that may open there as far as the words tell:
   * those with an opening element the token may match (see {@link englishMask}), but not one
   * with an anchor (see {@link EnglishAnchors}) that no word of the rest of the line may match.
   * One pass from the last token back, which reads each token's word class once (see
   * {@link englishClass}); most tokens are left with no rule to try. On the way it hands `en`
   * the tokens that may start a sport word (see {@link EnglishWords.sportStarts}), and keeps in
   * {@link openMaskAt} the opening elements each token with a rule may match (as
   * {@link englishMask} has them), so that {@link runEnglish} need not read its word's class again;
   * but not an element only an entry of several words may match there (see {@link longOnlyEnglish})
   * where the next token continues no entry of its lexicon, nor a rule where none is left to test.
   */
  private englishOpening(en: EnglishWords, t: TokenList, classes: Int32Array): Int32Array {
    const anchors = (this.englishAnchors ??= englishAnchors(this.rules, this.bitRules));
    const S = this.wordClasses.stride;
    let rows = this.wordClasses.rows;
    const opening = this.ints.take(t.count);
    const maskAt = (this.openMaskAt = this.ints.take(t.count));
    // The tokens that may start a sport word, found on the way for isSport (see EnglishWords.sportStarts).
    const sport = this.ints.take(t.count);
    let sports = 0;
    // The anchors of the rest of the line, and the anchored rules they let open (worked out again only when they change).
    let ahead = 0, aheadRules = 0, aheadOf = -1;
    // Per anchor, the first token after i where it may match (past the end: none); the first
    // token after i that no name word could hold, and whether token i + 1 could (see nameChainable).
    const nearest = (this.nearestAnchor ??= new Int32Array(anchors.elements.length)).fill(t.count + 1);
    let reach = t.count, chainable = false;
    const keyBits = (1 << this.keyRules!.length) - 1;
    // The next token's class row on the line (0, class 0's, whose columns are zeros, at a line's end).
    let next = 0;
    for (let i = t.count - 1; i >= 0; i--) {
      let c = classes[t.word[i]];
      if (c === 0) { classes[t.word[i]] = c = this.englishClass(en, t, i, anchors); rows = this.wordClasses.rows; }
      // (The word's class row: its columns, read from one cache line.)
      const row = c * S;
      const anchorsHere = rows[row + EnglishClass.Anchors];
      ahead |= anchorsHere;
      if (rows[row + EnglishClass.Sport]) sport[sports++] = i;
      if (!chainable) reach = i + 1;
      if (t.kind[i] !== TokenKind.Punct || this.punctuationStarts) {
        // A capitalized word of more than one letter opens no initial (most capitalized tokens).
        const letter = en.f.shape[i] === Shape.Letter;
        const names = letter || en.capitalized(i);
        let open = rows[row + (!names ? EnglishClass.LowerRules : letter ? EnglishClass.Rules : EnglishClass.WordRules)];
        if (open & anchors.anchored) {
          if (ahead !== aheadOf) { aheadOf = ahead; aheadRules = anchors.rulesWith(ahead); }
          open &= ~anchors.anchored | aheadRules;
          // Name words then an anchor: the anchor must stand within the words' reach.
          if (open & anchors.chained) open &= ~anchors.beyondReach(nearest, reach, anchorsHere);
        }
        if (open !== 0) {
          // An element only an entry of several words may match here is not tested where the next
          // token continues none of its lexicon's entries (the, whose one title is "the late").
          const longOnly = rows[row + EnglishClass.LongOnly] & ~rows[next + EnglishClass.Continues];
          const mask = rows[row + EnglishClass.Open] & ~longOnly & (!names ? this.lowerElements : letter ? -1 : ~this.letterElements);
          maskAt[i] = mask;
          // No element left to test, and no rule that opens without one: none opens here.
          if ((mask & keyBits) === 0 && (open & this.alwaysRules) === 0) open = 0;
        }
        opening[i] = open;
      }
      for (let m = anchorsHere; m !== 0; m &= m - 1) nearest[31 - Math.clz32(m & -m)] = i;
      chainable = nameChainable(en, t, i);
      if (t.flags[i] & TokenFlag.LineStart) { ahead = 0; next = 0; } else next = row;
    }
    en.sportStarts(sport, sports);
    return opening;
  }

  /** Per token of the document read now, the opening elements {@link englishOpening} found it may match where a rule may open (else 0). */
  private openMaskAt = new Int32Array(0);
  /** Per anchor, the nearest token ahead where it may match, for {@link englishOpening}'s pass. */
  private nearestAnchor: Int32Array | null = null;

  /** English path: the class of token `i`'s word (see {@link WordClassTable}), worked out. */
  private englishClass(en: EnglishWords, t: TokenList, i: number, anchors: EnglishAnchors): number {
    const open = this.openingMask(t, i);
    // (In the order of EnglishClass.)
    return this.wordClasses.classOf([
      open, this.anchorBits(anchors.elements, t, i, true), en.mayStartSport(i) ? 1 : 0, this.longOnlyEnglish(t, i, open), this.continuesEnglish(t, i),
      this.maskRules(open), this.maskRules(open & this.lowerElements), this.maskRules(open & ~this.letterElements),
    ]);
  }

  /**
   * English path: the opening lexicon elements of `open` (token `i`'s opening mask) that no
   * one-word entry of their lexicon may match at the word: only an entry of several words that
   * the next token continues (see {@link continuesEnglish}) may (the, opening "the late").
   */
  private longOnlyEnglish(t: TokenList, i: number, open: number): number {
    if (this.firstElements.length > 30) return 0;
    let m = 0;
    for (let g = open & (MASK_KNOWN - 1); g !== 0; g &= g - 1) {
      const k = 31 - Math.clz32(g & -g);
      const el = this.firstElements[k];
      const lex = el.lex ? this.lex[el.lex] : undefined;
      if (!lex) continue;
      // (The word's own entry: that of its bare reading, the one matchEnglish reads, when it has one.)
      const tags = lex.wordTagsAt(t, i, this.cache);
      if (!(tags && englishTagsFit(el, tags))) m |= 1 << k;
    }
    return m;
  }

  /** English path: the opening lexicon elements whose lexicon has an entry of several words that token `i`'s word continues (see {@link Lexicon.continuesWith}). */
  private continuesEnglish(t: TokenList, i: number): number {
    const n = this.firstElements.length;
    if (n > 30) return 0;
    const w = t.norm(i);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const el = this.firstElements[k];
      if (el.lex && this.lex[el.lex]?.continuesWith(w)) m |= 1 << k;
    }
    return m;
  }

  /**
   * The English path of {@link run}, with rules as bits: the rules that may open at each token
   * (see {@link englishOpening}) are tested there; rules past {@link bitRules} are walked after
   * them at each token, so the candidates keep the order of the general loop (by token, then by rule).
   */
  private runEnglish(doc: AkhbarDocument, en: EnglishWords, memo: NamePartMemo, masks: Int32Array, firstAt: Int32Array, firstEnd: Int32Array, out: Candidate[]): void {
    const t = doc.tokens;
    const classes = this.wordClasses.of(t.words);
    const opening = this.englishOpening(en, t, classes);
    const maskAt = this.openMaskAt;
    const rest = this.bitRules < this.rules.length;
    const lineEnd = rest ? lineEnds(t) : null;
    if (rest) this.resetLines(t.count);
    for (let i = 0; i < t.count; i++) {
      if (opening[i] !== 0) {
        // The rules that open at i, as bits, tried in their order, each from where its first
        // element ends when openRules matched it (not matched again).
        for (let open = this.openRules(en, i, maskAt[i], opening[i]); open !== 0; open &= open - 1) {
          const r = 31 - Math.clz32(open & -open);
          this.applyRule(doc, r, i, memo, out, this.openedFirst(r));
        }
      }
      if (lineEnd) this.tryRulesAt(doc, en, this.bitRules, i, memo, masks, firstAt, firstEnd, lineEnd, out);
    }
  }

  /**
   * English path: where rule `r`'s first element ends at the token {@link openRules} read last,
   * when it tested that element there and the element matched; else 0 (see {@link reusesFirst}).
   */
  private openedFirst(r: number): number {
    const keys = this.openKeys[r];
    if (!keys || !this.reusesFirst[r]) return 0;
    const k = keys[0];
    return this.openTested & (1 << k) ? Math.max(0, this.openEnd[k]) : 0;
  }

  /**
   * All rule candidates of a document (overlapping; resolution decides).
   * @param known The gazetteer's candidates. On the English path the rules read them as context
   *   (a known place in brackets after a name, a known name elsewhere in caps) and may drop or
   *   retype the ones a rule overrules: a place inside a person's name (Michael Jordan), a city
   *   that names a team in a results table, a place that opens an event's name (Hong Kong Open).
   * @param records The gazetteer's records, by the entity indices of `known` (for their kind: city, country …).
   */
  run(doc: AkhbarDocument, known?: Candidate[], records?: readonly { kind?: string }[]): Candidate[] {
    const t = doc.tokens;
    const out: Candidate[] = [];
    const arabic = doc.language === 'ar';
    if (this.rowsArabic !== arabic) { this.wordMasks.reset(); this.wordFacts.reset(); this.openingClasses.clear(); this.rowsArabic = arabic; }
    this.ints.reset();
    this.int8s.reset();
    const memo = new NamePartMemo(doc, this.lex, this.cache, this.wordFacts.of(t.words), this.int8s.take(t.count));
    // Names the dictionaries found, for `known` elements (بلدية + نابلس).
    if (this.readsKnown) {
      const ends = (memo.knownEnd = this.ints.take(KNOWN_TYPES.length * t.count));
      for (const k of known ?? []) {
        // Only a name as written, with no preposition on it (بالأردن is "in Jordan") and no
        // word it may merely be (مالي "financial") unless a place head says it is a name (مدينة البيرة).
        if (k.start !== t.start(k.tokenStart)) continue;
        if (k.flags & AliasFlag.Common && !(k.tokenStart > 0 && this.lex['place-heads']?.matchAt(t, k.tokenStart - 1, this.cache)?.end === k.tokenStart)) continue;
        const at = KNOWN_TYPES.indexOf(k.type) * t.count + k.tokenStart;
        if (ends[at] < k.tokenEnd) ends[at] = k.tokenEnd;
      }
    }
    // The English path reads capitalization; the Arabic path never builds these tables.
    const en = arabic ? null : new EnglishWords(doc, this.lex, this.cache);
    memo.en = en;
    // Rules share the tests of the elements they may open with at each token (one test per
    // distinct element), so most tokens are dismissed before any pattern is walked: per element,
    // the token it was tested at last, plus one (no clearing per token), and where it ended there (-1: no match).
    const firstAt = new Int32Array(this.firstKeys.length);
    const firstEnd = new Int32Array(this.firstKeys.length);
    const masks = this.wordMasks.of(t.words);
    if (!en) this.classes = this.openingClasses.of(t.words);
    if (!en && this.keyRules) {
      this.runArabic(doc, memo, masks, firstAt, firstEnd, out);
      return out;
    }
    if (en && this.keyRules) {
      this.runEnglish(doc, en, memo, masks, firstAt, firstEnd, out);
      out.push(...englishNames(en, out, known ?? [], records ?? []));
      return out;
    }
    // Too many rules or opening elements for bits: each rule is walked at each token.
    const lineEnd = lineEnds(t);
    this.resetLines(t.count);
    for (let i = 0; i < t.count; i++) this.tryRulesAt(doc, en, 0, i, memo, masks, firstAt, firstEnd, lineEnd, out);
    if (en) out.push(...englishNames(en, out, known ?? [], records ?? []));
    return out;
  }

  /**
   * The rules from rule `from` on at token `i`, each walked where the word's opening mask lets it
   * open: the general loop (every rule) and the rules after the rules as bits (see {@link bitRules}).
   * @param lineEnd See {@link lineEnds}; the line tables are sized for the document ({@link resetLines}).
   */
  private tryRulesAt(doc: AkhbarDocument, en: EnglishWords | null, from: number, i: number, memo: NamePartMemo, masks: Int32Array, firstAt: Int32Array, firstEnd: Int32Array, lineEnd: Int32Array, out: Candidate[]): void {
    const t = doc.tokens;
    // A rule may open on punctuation only through an `in` list (an apposition after a comma).
    if (t.kind[i] === TokenKind.Punct && !this.punctuationStarts) return;
    // The word's mask says which opening elements may match (no rule opens without one, but
    // past 30 elements the mask does not tell of the others).
    const c = en ? 0 : this.classAt(doc, i, masks, memo);
    const row = c * this.openingClasses.stride;
    const mask = en ? this.englishMask(en, t, i, masks) : this.openingClasses.rows[row + ArabicClass.Open];
    if (!this.openFirst && mask === MASK_KNOWN && this.firstKeys.length <= 30) return;
    for (let r = from; r < this.rules.length; r++) {
      if (this.openKeys[r] && (this.openMasks[r] & mask) === 0) continue;
      const first = this.opensAt(doc, r, i, mask, en ? 0 : this.openingClasses.rows[row + ArabicClass.Sure], memo, firstAt, firstEnd, en ? null : masks);
      if (first >= 0) this.tryRule(doc, r, i, memo, lineEnd, out, first);
    }
  }

  /**
   * The Arabic path of {@link run}, with rules as bits: first the rules that may open at each
   * token as far as the words tell (see {@link openingRules}), then only those are tried; rules
   * past {@link bitRules} are walked after them at each token, so the candidates keep the order
   * of the general loop (by token, then by rule).
   */
  private runArabic(doc: AkhbarDocument, memo: NamePartMemo, masks: Int32Array, firstAt: Int32Array, firstEnd: Int32Array, out: Candidate[]): void {
    const t = doc.tokens;
    const opening = this.openingRules(doc, memo, masks);
    const S = this.openingClasses.stride;
    const rest = this.bitRules < this.rules.length;
    const lineEnd = rest ? lineEnds(t) : null;
    if (rest) this.resetLines(t.count);
    for (let i = 0; i < t.count; i++) {
      let open = opening[i];
      if (open !== 0) {
        const row = this.classAt(doc, i, masks, memo) * S;
        // (Read after classAt, which may make a class and so a longer table.)
        const rows = this.openingClasses.rows;
        const mask = rows[row + ArabicClass.Open], sure = rows[row + ArabicClass.Sure];
        for (; open !== 0; open &= open - 1) {
          const r = 31 - Math.clz32(open & -open);
          const first = this.opensAt(doc, r, i, mask, sure, memo, firstAt, firstEnd, masks);
          if (first >= 0) this.applyRule(doc, r, i, memo, out, first);
        }
      }
      if (lineEnd) this.tryRulesAt(doc, null, this.bitRules, i, memo, masks, firstAt, firstEnd, lineEnd, out);
    }
  }

  /**
   * Arabic path: per token, the rules (as bits) that may open there as far as the words tell:
   * those the token's word lets open (see {@link arabicMask}), but not one whose second element
   * must be the next token where the next word cannot be it, nor one whose first element only an
   * entry of several words may match where the next word continues none (see {@link longOnlyRules}),
   * nor one whose anchor (see
   * {@link anchorOf}) no word of the rest of the line may match. One pass from the last token
   * back, which reads each token's word class (see {@link WordClassTable}), not its row: the
   * rows of a document's words do not stay in the processor's cache, their class numbers do.
   */
  private openingRules(doc: AkhbarDocument, memo: NamePartMemo, masks: Int32Array): Int32Array {
    const t = doc.tokens;
    const opening = this.ints.take(t.count);
    const classes = this.classes;
    const S = this.openingClasses.stride;
    let rows = this.openingClasses.rows;
    // The next token's class row on the line (0, class 0's, whose columns are zeros, at a line's end), and the anchors of the rest of the line.
    let next = 0, ahead = 0;
    // The anchored rules those anchors let open (worked out again only when they change).
    let aheadRules = 0, aheadOf = 0;
    for (let i = t.count - 1; i >= 0; i--) {
      let c = classes[t.word[i]];
      if (c === 0) { c = this.classAt(doc, i, masks, memo); rows = this.openingClasses.rows; }
      const row = c * S;
      ahead |= rows[row + ArabicClass.Anchors];
      // Rules whose second element must be the next token: also those whose first element may
      // take more words here, where the next word continues no entry it may take (علي + a word
      // that follows علي in no given name). Where it continues none, a rule whose first element
      // only such an entry may match does not open (امام + a word that follows امام in no given name).
      let needsNext = rows[row + ArabicClass.NeedsNext];
      let open = rows[row + ArabicClass.Rules];
      const goesOn = rows[row + ArabicClass.GoesOn], longOnly = rows[row + ArabicClass.LongOnly];
      if ((goesOn | longOnly) !== 0) {
        const continues = rows[next + ArabicClass.Continues];
        needsNext |= goesOn & ~continues;
        open &= ~(longOnly & ~continues);
      }
      open &= ~needsNext | rows[next + ArabicClass.Follows];
      if (open & this.anchoredRules) {
        if (ahead !== aheadOf) { aheadOf = ahead; aheadRules = this.anchorRules(ahead); }
        open &= ~this.anchoredRules | aheadRules;
      }
      opening[i] = open;
      if (t.flags[i] & TokenFlag.LineStart) { next = 0; ahead = 0; } else next = row;
    }
    return opening;
  }

  /** Arabic path: the second elements token `e`'s word may match ({@link nextMask}), read off its class. */
  private nextOf(doc: AkhbarDocument, e: number, masks: Int32Array, memo: NamePartMemo): number {
    const c = this.classAt(doc, e, masks, memo);
    return this.openingClasses.rows[c * this.openingClasses.stride + ArabicClass.Next];
  }

  /** Arabic path: the class of token `i`'s word (see {@link WordClassTable}), worked out on first ask. */
  private classAt(doc: AkhbarDocument, i: number, masks: Int32Array, memo: NamePartMemo): number {
    const w = doc.tokens.word[i];
    let c = this.classes[w];
    if (c === 0) this.classes[w] = c = this.openingClass(doc, i, masks, memo);
    return c;
  }

  /**
   * Arabic path: the class of token `i`'s word (see {@link WordClassTable}), its row worked out.
   * A punctuation mark opens no rule unless some rule opens on one (a token's kind is its word's:
   * the kind of its first letter).
   */
  private openingClass(doc: AkhbarDocument, i: number, masks: Int32Array, memo: NamePartMemo): number {
    const t = doc.tokens;
    const row = t.word[i] * MASK_STRIDE;
    const anchors = this.anchorMask(t, i, masks);
    const opens = t.kind[i] !== TokenKind.Punct || this.punctuationStarts;
    if (opens) this.arabicMask(doc, i, masks, memo);
    const next = this.nextMask(t, i, masks);
    const longOnly = opens && this.keyRules ? this.longOnlyRules(doc, i, masks[row + Column.Open], masks[row + Column.Sure], memo) : 0;
    // (In the order of ArabicClass.)
    return this.openingClasses.classOf([
      opens ? masks[row + Column.Open] : 0, masks[row + Column.Sure], next, anchors, masks[row + Column.GoesOn], longOnly, this.continuesMask(t, i),
      masks[row + Column.Rules], masks[row + Column.NeedsNext], masks[row + Column.Follows],
    ]);
  }

  /** Rules as bits: the anchored rules whose anchor is one of `anchors` (bit a for anchor a). */
  private anchorRules(anchors: number): number {
    let rules = 0;
    for (let m = anchors & (MASK_KNOWN - 1); m !== 0; m &= m - 1) rules |= this.anchorRuleBits[31 - Math.clz32(m & -m)];
    return rules;
  }

  /**
   * Whether rule `r`, which the word's opening mask `mask` lets open, opens at token `i`: one of
   * its opening elements matches there (each distinct element tested once a token, its answer
   * kept in `firstAt` and `firstEnd`; on the Arabic path not at all where the word surely
   * matches it, the elements of `sure`: see {@link arabicMask}), and on the Arabic path (where
   * `rows` are the words' rows) its second element may follow, and the later word of
   * {@link laterKeys} may be where it must.
   * @returns -1 when it does not open; else where its first element ends when that is known and
   *   {@link stepRule} may take it as it is (see {@link reusesFirst}), else 0.
   */
  private opensAt(doc: AkhbarDocument, r: number, i: number, mask: number, sure: number, memo: NamePartMemo, firstAt: Int32Array, firstEnd: Int32Array, rows: Int32Array | null): number {
    const keys = this.openKeys[r];
    if (!keys) return 0;
    const t = doc.tokens;
    if (rows && this.nextFirst[r]) {
      const e = i + 1;
      if (e >= t.count || t.flags[e] & TokenFlag.LineStart || !(this.nextOf(doc, e, rows, memo) & (1 << this.nextKeys[r]))) return -1;
    }
    // A rule opens at i only if one of the elements it may open with matches there.
    let opens = false;
    for (const k of keys) {
      if (k < 30 && !(mask & (1 << k))) continue;
      if (firstAt[k] !== i + 1) {
        const el = this.firstElements[k];
        firstEnd[k] = memo.en ? this.matchEnglish(memo.en, el, i) : k < 30 && sure & (1 << k) ? i + 1 : this.matchElement(doc, el, i, memo, true);
        firstAt[k] = i + 1;
      }
      if (firstEnd[k] >= 0) { opens = true; break; }
    }
    if (!opens) return -1;
    // The second element must match where the first ends (Arabic path; see nextKeys).
    const nk = this.nextKeys[r];
    if (rows && nk >= 0) {
      const e = firstEnd[keys[0]];
      if (e >= t.count || (e > i && t.flags[e] & TokenFlag.LineStart) || !(this.nextOf(doc, e, rows, memo) & (1 << nk))) return -1;
      // … and the later word must be where it must (the elements between take a token each).
      const lk = this.laterKeys[r];
      if (lk >= 0) {
        const q = e + this.laterAt[r] - 1;
        for (let p = e + 1; p <= q; p++) if (p >= t.count || t.flags[p] & TokenFlag.LineStart) return -1;
        if (!(this.nextOf(doc, q, rows, memo) & (1 << lk))) return -1;
      }
    }
    // (An optional first element may have matched nothing: the rule opened with the next one.)
    return this.reusesFirst[r] && firstAt[keys[0]] === i + 1 && firstEnd[keys[0]] > 0 ? firstEnd[keys[0]] : 0;
  }

  /**
   * The rules (bit r) a word of opening mask `mask` may open (its elements still to be tested):
   * those with an opening element in the mask, and those every token may open.
   */
  private maskRules(mask: number): number {
    const keyRules = this.keyRules!;
    let open = this.alwaysRules;
    for (let m = mask & (MASK_KNOWN - 1); m !== 0; m &= m - 1) open |= keyRules[31 - Math.clz32(m & -m)];
    return open;
  }

  /**
   * English path: the rules (bit r) of `may` that open at token `i`, whose opening mask is `mask`.
   * Each opening element the mask allows is tested once, and only while it may open a rule of `may` not open yet.
   */
  private openRules(en: EnglishWords, i: number, mask: number, may: number): number {
    const keyRules = this.keyRules!;
    let open = this.alwaysRules & may;
    let tested = 0;
    // Only the elements of the mask, in their order (a word may match a few of them).
    for (let m = mask & ((1 << keyRules.length) - 1); m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      if (!(keyRules[k] & may & ~open)) continue;
      const e = this.matchEnglish(en, this.firstElements[k], i);
      this.openEnd[k] = e;
      tested |= 1 << k;
      if (e >= 0) open |= keyRules[k];
    }
    this.openTested = tested;
    return open & may;
  }
  /** The opening elements (bit k for key index k) {@link openRules} tested at the token it read last. */
  private openTested = 0;
  /** Per opening element tested there (see {@link openTested}), where it ended (-1: no match). */
  private readonly openEnd = new Int32Array(30);

  /**
   * Rule `r` at token `i`, where it opens: its anchor, then the rest (see {@link applyRule}).
   * @param first Where the rule's first element ends at `i` when {@link opensAt} found it (else 0).
   */
  private tryRule(doc: AkhbarDocument, r: number, i: number, memo: NamePartMemo, lineEnd: Int32Array, out: Candidate[], first: number): void {
    const a = this.anchorOf[r];
    if (a >= 0 && !this.anchorAhead(doc.tokens, a, i, lineEnd[i])) return;
    this.applyRule(doc, r, i, memo, out, first);
  }

  /** Rule `r` at token `i`, where it opens and its anchor may follow: its context, then its pattern; a match goes to `out`. */
  private applyRule(doc: AkhbarDocument, r: number, i: number, memo: NamePartMemo, out: Candidate[], first: number): void {
    const rule = this.rules[r];
    if (rule.context === 'sport' && !memo.en?.isSport(i)) return;
    const m = this.matchRule(doc, rule, i, memo, first);
    if (!m) return;
    out.push({
      start: m.start, end: m.end, tokenStart: m.a, tokenEnd: m.b, type: rule.type, entities: [],
      via: 'rule', rule: rule.id, form: 'name', flags: 0, confidence: rule.confidence ?? 0.8,
    });
  }

  /** Whether anchor `a` may match at or after token `i` on its line (which ends before token `end`). */
  private anchorAhead(t: TokenList, a: number, i: number, end: number): boolean {
    if (!this.lineRead[end]) this.readLine(t, i, end);
    return this.anchorLast[end * this.anchorElements.length + a] >= i;
  }

  /**
   * Per line of the document being read, by the token that ends it (see {@link lineEnds}): 1 once
   * {@link readLine} has read it. Kept from one document to the next, like {@link anchorLast}.
   */
  private lineRead = new Uint8Array(0);
  /** Per line read (by its end token) and anchor: the line's last token where the anchor may match, or -1. */
  private anchorLast = new Int32Array(0);

  /** Sizes the line tables for a document of `count` tokens, no line read. */
  private resetLines(count: number): void {
    if (this.lineRead.length <= count) {
      this.lineRead = new Uint8Array(Math.max(count + 1, 1024));
      this.anchorLast = new Int32Array(this.lineRead.length * this.anchorElements.length);
    } else this.lineRead.fill(0, 0, count + 1);
  }

  /**
   * Finds, for the line of token `i` (which ends before token `end`), the last token where each
   * anchor may match (its lexicon may start there, or the word is listed): one pass from the
   * line's end back, over the words' anchor masks, until every anchor is found or the line starts.
   */
  private readLine(t: TokenList, i: number, end: number): void {
    const n = this.anchorElements.length, base = end * n;
    this.anchorLast.fill(-1, base, base + n);
    const masks = this.wordMasks.of(t.words);
    let left = (1 << n) - 1;
    for (let p = end - 1; p >= 0 && left !== 0; p--) {
      let m = this.anchorMask(t, p, masks) & left;
      left &= ~m;
      for (; m !== 0; m &= m - 1) this.anchorLast[base + 31 - Math.clz32(m & -m)] = p;
      if (p <= i && t.flags[p] & TokenFlag.LineStart) break;
    }
    this.lineRead[end] = 1;
  }

  /** The anchors (bit a) that may match token `p`'s word, with {@link MASK_KNOWN}: computed once per word. */
  private anchorMask(t: TokenList, p: number, masks: Int32Array): number {
    const at = t.word[p] * MASK_STRIDE + Column.Anchor;
    let m = masks[at];
    if (m === 0) masks[at] = m = MASK_KNOWN | this.anchorBits(this.anchorElements, t, p);
    return m;
  }

  /**
   * The anchors of `anchors` (bit a for anchor a) that token `p`'s word may match: its lexicon may
   * start there (with `tagged`, an entry of the tags the element takes: the English path's), or the word is listed.
   */
  private anchorBits(anchors: readonly Element[], t: TokenList, p: number, tagged = false): number {
    let m = 0;
    for (let a = 0; a < anchors.length; a++) {
      const el = anchors[a];
      // (A lexicon the path lacks matches nowhere.)
      const lex = el.lex ? this.lex[el.lex] : undefined;
      if (lex ? this.mayStartAnchor(el, lex, t, p, tagged) : el.inSet?.has(t.norm(p))) m |= 1 << a;
    }
    return m;
  }

  /** Whether lexicon anchor `el` (of lexicon `lex`) may match at token `p`: an entry starts there (with `tagged`, bare, of the tags it takes). */
  private mayStartAnchor(el: Element, lex: Lexicon, t: TokenList, p: number, tagged: boolean): boolean {
    if (!tagged || !(el.tag || el.notTag)) return lex.mayStart(t, p, this.cache);
    return lex.someEntry(t, p, this.cache, true, (tags) => englishTagsFit(el, tags));
  }
  /** The rule being matched names a place: و may join its words (أصفر ونجار، سانت كيتس ونيفيس). */
  private placeRule = false;

  /** The match of `rule` at token `i`, or null; `first` as in {@link tryRule}. */
  private matchRule(doc: AkhbarDocument, rule: Rule, i: number, memo: NamePartMemo, first: number) {
    const t = doc.tokens;
    const pat = rule.pattern;
    if (this.ends.length < pat.length * MAX_REPEAT) this.ends = new Int32Array(pat.length * MAX_REPEAT);
    this.mDoc = doc; this.mPat = pat; this.mStart = i; this.mMemo = memo; this.mFirst = first;
    this.placeRule = rule.type === 'place';
    this.capA = -1; this.capB = -1; this.capEl = null;
    if (!this.stepRule(0, i)) return null;
    const { capA, capB } = this;
    if (capA < 0 || capB <= capA) return null;
    // (Worked out for a match only: it may read a lexicon the match did not, for an element the word surely matched.)
    const capOffset = this.mentionOffset(doc, this.capEl!, capA);
    const start = capOffset ? t.startAt(t.nStart[capA] + capOffset) : t.start(capA);
    return { a: capA, b: capB, start, end: t.end(capB - 1) };
  }

  /** The rule being matched by {@link stepRule}, and its captured tokens so far (fields, so the walk allocates nothing). */
  private mDoc!: AkhbarDocument;
  private mPat!: readonly Element[];
  private mStart = 0;
  private mMemo!: NamePartMemo;
  /** Where the first element ends at {@link mStart} when known (see {@link opensAt}), else 0. */
  private mFirst = 0;
  private capA = -1;
  private capB = -1;
  /** The element that captured {@link capA}, whose mention may start after a proclitic (see {@link mentionOffset}). */
  private capEl: Element | null = null;
  /** Ends of each element's repetitions, MAX_REPEAT slots per element of the rule. */
  private ends = new Int32Array(0);

  /** Depth-first over elements from element `k` at token `p`; each element tries its longest reach first. */
  private stepRule(k: number, p: number): boolean {
    const doc = this.mDoc, pat = this.mPat, i = this.mStart, memo = this.mMemo;
    if (k === pat.length) return true;
    const t = doc.tokens;
    const el = pat[k];
    const min = el.minTimes, max = el.maxTimes;
    const base = k * MAX_REPEAT;
    let count = 0;
    let q = p;
    for (let r = 0; r < max; r++) {
      if (q >= t.count || (q > i && t.flags[q] & TokenFlag.LineStart)) break;
      // Only the first word of a name may carry a conjunction or preposition (ومحمد، لجامعة).
      // (The first element's first repetition was matched when the rule opened.)
      const e = k === 0 && r === 0 && this.mFirst > 0 ? this.mFirst : this.matchElement(doc, el, q, memo, q === p && (k === 0 || this.capA < 0));
      if (e < 0) break;
      q = e;
      this.ends[base + count++] = q;
    }
    for (let n = count; n >= min; n--) {
      const end = n === 0 ? p : this.ends[base + n - 1];
      const capA = this.capA, capB = this.capB, capEl = this.capEl;
      if (el.capture && end > p) {
        if (this.capA < 0) { this.capA = p; this.capEl = el; }
        this.capB = end;
      }
      if (this.stepRule(k + 1, end)) return true;
      this.capA = capA; this.capB = capB; this.capEl = capEl;
    }
    return false;
  }

  /** Where a captured first token's mention starts: after its conjunction/preposition. */
  private mentionOffset(doc: AkhbarDocument, el: Element, p: number): number {
    // Only an Arabic word carries a proclitic (a Latin word's one reading is itself).
    if (doc.tokens.kind[p] !== TokenKind.Arabic) return 0;
    if (el.lex) return this.lex[el.lex]?.matchAt(doc.tokens, p, this.cache, el.bare)?.reading.mentionOffset ?? 0;
    if (el.name === 'given') return this.lex['given-names']?.matchAt(doc.tokens, p, this.cache)?.reading.mentionOffset ?? 0;
    if (el.name === 'part' || el.name === 'noun') return conjunctionLength(doc.tokens.norm(p), this.mMemo.facts(p));
    if (el.in && !el.inSet!.has(doc.tokens.norm(p))) return 1; // وأبو → أبو (see inList)
    return 0;
  }

  /** End token of the element matched at `p`, or -1. */
  private matchElement(doc: AkhbarDocument, el: Element, p: number, memo: NamePartMemo, allowClitics: boolean): number {
    const t = doc.tokens;
    if (memo.en) return this.matchEnglish(memo.en, el, p);
    if (el.lex) {
      const lexicon = this.lex[el.lex];
      let m = lexicon?.matchAt(t, p, this.cache, el.bare || !allowClitics);
      // Inside a name no conjunction or preposition, but the article may be read off a lexicon
      // word (مركز التعاون الياباني: ياباني). (Only a word that opens with it has a reading whose
      // prefix is the article alone: see procliticReadings; other words are not asked again.)
      if (!m && !el.bare && !allowClitics && t.norm(p).startsWith('ال')) {
        const a = lexicon?.matchAt(t, p, this.cache, false);
        if (a && a.reading.prefix === 'ال') m = a;
      }
      return m && this.lexEntryFits(el, m.tags, m.reading, t.norm(p)) ? m.end : -1;
    }
    if (el.in) return inList(el, t.norm(p), allowClitics && !el.bare) ? p + 1 : -1;
    if (el.known) return memo.knownEnd[el.knownType * doc.tokens.count + p] || -1;
    switch (el.name) {
      case 'given': {
        const m = this.lex['given-names']?.matchAt(t, p, this.cache, el.bare || !allowClitics);
        if (!m || !this.givenEntryFits(el, m.tags, m.reading, m.end - p, p, memo)) return -1;
        // وأين is و + أين, not Wayne (واين): the hamza, dropped in matching, tells them apart.
        // (Its text is read only where the word may be written so: few words.)
        if (!m.reading.prefix && mayBeProcliticBeforeHamza(t.norm(p)) && procliticBeforeHamza(doc.text, t.start(p), t.end(p))) return -1;
        // A given name that is also a word is the word with an attached pronoun (أمره is «ordered him», not إمرة).
        if (m.tags.has('weak') && m.end === p + 1 && wordShape(doc.text, t.start(p), t.end(p)) === WordShape.Inflected) return -1;
        return m.end;
      }
      case 'part': {
        // The text is read for a hamza only where wordFits asks (an element that refuses the
        // article, on a word that has one): most tokens' spelling is not touched.
        const w = t.norm(p);
        if (!this.wordFits(el, w, el.article !== false || !hasArticle(w) || startsWithHamzaAlif(doc.text, t.start(p)))) return -1;
        // `unlisted`: no word of the lexicons either (أبي الذي is «my father who»).
        if (el.unlisted && memo.isOtherWord(p)) return -1;
        if (this.placeRule && p > 0 && memo.isConjoined(p)) return p + 1;
        return memo.isPart(p, allowClitics && !el.bare) ? p + 1 : -1;
      }
      case 'noun':
        if (!this.wordFits(el, t.norm(p))) return -1;
        // `unlisted`: a noun by its form alone (الهواملة), not a word the lexicons know (الإجراءات).
        if (el.unlisted && memo.isOtherWord(p)) return -1;
        return memo.isNounPart(p, allowClitics && !el.bare) ? p + 1 : -1;
      case 'latin':
        return t.kind[p] === TokenKind.Word && isCapital(doc.text.charCodeAt(t.start(p))) ? p + 1 : -1;
      default:
        return -1;
    }
  }
  /**
   * Whether a lexicon entry found at a token of normalized word `w`, with these tags and read
   * through that reading of the token, is one element `el` takes.
   */
  private lexEntryFits(el: Element, tags: ReadonlySet<string>, reading: CliticReading, w: string): boolean {
    if ((el.tag && !tags.has(el.tag)) || (el.notTag && notTagged(tags, el.notTag))) return false;
    if (el.article === false && (reading.prefix.endsWith('ال') || reading.prefix.endsWith('لل') || w.startsWith('ال'))) return false;
    // `article: true`: the phrase is definite (الوزير، not the indefinite زعيم or the construct رئيس سيمكو).
    if (el.article === true && !(reading.article || reading.prefix.endsWith('ال') || reading.prefix.endsWith('لل') || w.startsWith('ال'))) return false;
    return true;
  }

  /**
   * Whether a given name of `words` words found at token `p`, with these tags and read through
   * that reading of the token, is one element `el` (`name: given`) takes, as far as its word
   * tells: {@link matchElement} reads the token's spelling too.
   */
  private givenEntryFits(el: Element, tags: ReadonlySet<string>, reading: CliticReading, words: number, p: number, memo: NamePartMemo): boolean {
    if (!el.weak && tags.has('weak')) return false;
    const definite = reading.prefix.endsWith('ال') || reading.prefix.endsWith('لل');
    // للكيني is "for the Kenyan", not Kenny: a nationality behind the article is no given name;
    // nor is a nisba behind it (الحسني is a family name, حسني a given name) unless listed so (الهادي).
    // … nor a foreign name behind it (الرومان is the Romans, not رومان).
    if (definite && (tags.has('foreign') || this.lex.demonyms?.has(reading.stem) || (reading.stem.endsWith('ي') && !(memo.facts(p) & WordFact.Given)))) return false;
    // `article: false`: not behind the article (الإسلام is the word, not إسلام; a title
    // before it may still make it a name: الإمام الرضا).
    if (el.article === false && definite) return false;
    // السيد، التركي، على: a given name that is also a title, a nationality or a function word
    // opens no name; nor does the title before a two-word given name (السيد علي محمد is علي محمد).
    // (An entry tagged exact was matched in its own spelling: علي is not the preposition على.)
    return !((words === 1 || reading.prefix.endsWith('ال')) && !tags.has('exact') && memo.isOtherWord(p));
  }

  /** The tests of a `part` or `noun` element that read its word alone (false: it does not match there). */
  private wordFits(el: Element, w: string, hamza = true): boolean {
    if (el.name === 'noun') {
      // A plain genitive is in construct, behind no preposition (وزارة الخارجية, not مؤسسة للسلام).
      if (el.plain && /^[وف]?[بلك]/.test(w) && !w.startsWith('ال') && hasArticle(w)) return false;
      return !(el.article === true && !hasArticle(w)) && !(el.nisba && !isNisba(w));
    }
    // A plain name word does not open with a preposition letter (بعنوان، لصالح، كسائق) unless
    // it is a given name (بشار، ليلى، كمال).
    if (el.plain && w.length >= 4 && /^[بلك]/.test(w) && !this.lex['given-names']?.has(w)) return false;
    if (el.article === true && !hasArticle(w)) return false;
    // (ال read off a name written with a hamza, ألفريد، ألكسندر, is no article; the text says
    // which: `hamza` is whether it may be written so, true when only the word is known.)
    if (el.article === false && hasArticle(w) && !(hamza && w.startsWith('ال'))) return false;
    if (el.nisba && !isNisba(w)) return false;
    return true;
  }

  /** An English element: capitalization decides what a name word is (see src/lang/en/words.ts). */
  private matchEnglish(en: EnglishWords, el: Element, p: number): number {
    const t = en.doc.tokens;
    if (el.notInitial && en.initial(p)) return -1;
    if (el.lex) {
      if (el.cased && !en.capitalized(p)) return -1;
      const m = en.matchId(el.lexId, p);
      if (!m || !englishTagsFit(el, m.tags)) return -1;
      if (el.cased && !en.casedSpan(p, m.end)) return -1;
      return m.end;
    }
    if (el.in) return el.inSet!.has(t.norm(p)) ? p + 1 : -1;
    switch (el.name) {
      case 'given': return en.givenNameEnd(p, !!el.weak);
      case 'latin': return el.nouns ? en.nounWordEnd(p) : en.nameWordEnd(p);
      case 'initial': return en.initialEnd(p);
      default: return -1;
    }
  }
}

/** Whether an entry of these tags is one English lexicon element `el` takes (its `tag` and `notTag`). */
function englishTagsFit(el: Element, tags: ReadonlySet<string>): boolean {
  return !((el.tag && !tags.has(el.tag)) || (el.notTag && notTagged(tags, el.notTag)));
}

/**
 * The English path's anchors: every required element after a rule's first that is a lexicon
 * entry or a listed word (up to 30 distinct ones; those that test the same thing share one, a
 * lexicon's entries of other tags another). A
 * rule is tried only where each of its anchors may match somewhere in the rest of the line
 * (Inc and of in Bank Inc of …; a comma, an article and a title in an apposition).
 */
interface EnglishAnchors {
  /** The distinct anchors (bit a for anchor a). */
  elements: Element[];
  /** Per rule, its anchors as bits (0: none; none for a rule past the rules as bits). */
  ofRule: Int32Array;
  /** The rules with an anchor, as bits. */
  anchored: number;
  /** The anchored rules (as bits) whose every anchor is one of `anchors`. */
  rulesWith(anchors: number): number;
  /** The rules (as bits) that open with name words and an anchor right after them (see {@link beyondReach}). */
  chained: number;
  /**
   * The rules of {@link chained} whose anchor is not within reach of a token: `nearest[a]` is the
   * first token after it where anchor `a` may match, `reach` the first token after it that no
   * name word could hold (see {@link RuleEngine.englishOpening}), `here` the anchors that may
   * match at the token itself (where a rule whose name words may be none finds its anchor).
   */
  beyondReach(nearest: Int32Array, reach: number, here: number): number;
}

/** The anchors of the rules as bits, the first `bitRules` of `rules` (see {@link EnglishAnchors}). */
function englishAnchors(rules: readonly Rule[], bitRules: number): EnglishAnchors {
  const keys: string[] = [];
  const elements: Element[] = [];
  const required = (el: Element) => (el.repeat ? el.repeat[0] : el.optional ? 0 : 1) > 0;
  // (A lexicon anchor with tags is its own: Gorky Park needs a tail tagged ambiguous ahead, not any tail.)
  const keyOf = (el: Element) => (el.lex ? `lex:${el.lex}:${el.tag ?? ''}:${JSON.stringify(el.notTag ?? '')}` : `in:${JSON.stringify(el.in)}`);
  const ofRule = Int32Array.from(rules, (rule, r) => {
    let bits = 0;
    for (const el of r < bitRules ? rule.pattern.slice(1) : []) {
      if (!required(el) || !(el.lex || el.in)) continue;
      const key = keyOf(el);
      let a = keys.indexOf(key);
      if (a < 0 && keys.length < 30) { a = keys.length; keys.push(key); elements.push(el); }
      if (a >= 0) bits |= 1 << a;
    }
    return bits;
  });
  const anchored = ofRule.reduce((bits, a, r) => (a !== 0 ? bits | (1 << r) : bits), 0);
  // Per anchor, the anchored rules that need it: a rule is let open unless an anchor it needs is
  // missing, so only the missing anchors are read (fewer than the rules).
  const needing = elements.map((_, a) => ofRule.reduce((bits, of, r) => (of & (1 << a) ? bits | (1 << r) : bits), 0));
  const all = (1 << elements.length) - 1;
  // Per anchor, the rules that open with name words (latin{m,n}) and need the anchor right after
  // them (Acme Robotics Inc, Ellis Park): the anchor must stand where those words may end, or
  // where they start when they may be none (latin{0,n}: bareHeads).
  const chainedOf = elements.map(() => 0);
  let bareHeads = 0;
  rules.forEach((rule, r) => {
    const [head, next] = rule.pattern;
    if (r >= bitRules || !next || head.name !== 'latin' || head.lex || head.in || !required(next) || !(next.lex || next.in)) return;
    const a = keys.indexOf(keyOf(next));
    if (a < 0) return;
    chainedOf[a] |= 1 << r;
    if (!required(head)) bareHeads |= 1 << r;
  });
  const chainedAnchors = chainedOf.flatMap((bits, a) => (bits ? [a] : []));
  return {
    elements, ofRule, anchored,
    rulesWith(anchors) {
      let shut = 0;
      for (let m = all & ~anchors; m !== 0; m &= m - 1) shut |= needing[31 - Math.clz32(m & -m)];
      return anchored & ~shut;
    },
    chained: chainedOf.reduce((bits, of) => bits | of, 0),
    beyondReach(nearest, reach, here) {
      let shut = 0;
      for (const a of chainedAnchors) if (nearest[a] > reach) shut |= here & (1 << a) ? chainedOf[a] & ~bareHeads : chainedOf[a];
      return shut;
    },
  };
}

/** Most word classes kept (see {@link WordClassTable}); a handful in practice. */
const MAX_CLASSES = 4096;
/**
 * Rows a class table starts with: it grows as classes come (a few hundred in all), so a new one
 * is made in the middle of a pass, and the passes read the table again after each class they make.
 */
const INITIAL_CLASSES = 8;

/**
 * Words whose facts (a few bit masks, the columns) are the same are of one class, and a word's
 * class number is kept per word id: four bytes a word, so that the numbers of a document's words
 * stay in the processor's cache where a row of masks per word would not (a miss per token was
 * most of the opening passes' time). A class's facts are read off its row of the class table
 * (see {@link WordClassTable.rows}), which stays in the cache too. Classes are numbered from 1 (0: not known yet), in the order words bring them; all
 * start over when there are too many (see {@link WordClassTable.of}). Columns: {@link EnglishClass}
 * on the English path, {@link ArabicClass} on the Arabic path.
 */
class WordClassTable {
  private readonly ofWord = new WordMasks();
  private readonly byKey = new Map<string, number>();
  /**
   * Per class, its columns side by side: class c's column k at `c * stride + k` (class 0, not
   * known yet, has zeros). One typed row per class, so that a token's columns are one cache line
   * of 32-bit numbers, not a number read from each of several arrays (of doubles, since masks
   * hold bit 30 or 31). Replaced by a longer one as classes come: read it again after a class is made.
   */
  rows = new Int32Array(0);
  /** Numbers per class in {@link rows}: a power of two, at least {@link width}. */
  readonly stride: number;
  /** Classes so far, class 0 included. */
  private count = 0;

  /**
   * @param width Columns of a class.
   * @param keyWidth How many first columns decide the class (the others follow from them).
   */
  constructor(private readonly width: number, private readonly keyWidth: number) {
    this.stride = 1 << Math.ceil(Math.log2(width));
    this.clear();
  }

  /**
   * The class numbers of `table`'s words (0: not known yet), for one document: all start over
   * here when there are too many classes, never while a document is read.
   */
  of(table: WordTable): Int32Array {
    if (this.byKey.size >= MAX_CLASSES) this.clear();
    return this.ofWord.of(table);
  }

  /** The number of the class of `values` (one per column), a new one if none has them. */
  classOf(values: readonly number[]): number {
    const key = values.slice(0, this.keyWidth).join(':');
    let c = this.byKey.get(key);
    if (c === undefined) {
      c = this.count++;
      this.byKey.set(key, c);
      if (this.rows.length < this.count * this.stride) {
        const longer = new Int32Array(2 * this.count * this.stride);
        longer.set(this.rows);
        this.rows = longer;
      }
      for (let k = 0; k < this.width; k++) this.rows[c * this.stride + k] = values[k];
    }
    return c;
  }

  /** Forgets every class and every word's (the words' facts changed, or there are too many). */
  clear(): void {
    this.byKey.clear();
    this.ofWord.reset();
    this.rows = new Int32Array(INITIAL_CLASSES * this.stride);
    this.count = 1;
  }
}

/**
 * Columns of the English path's word classes: the opening elements a word may match (see
 * {@link RuleEngine.wordMask}), the anchors it may match (see {@link EnglishAnchors}), 1 when it
 * may start a sport word (see {@link EnglishWords.mayStartSport}), the opening lexicon elements
 * only an entry of several words may match at it and those whose entries it may continue (see
 * {@link RuleEngine.longOnlyEnglish}) — which decide the class — and,
 * rules as bits, the rules that may open at a single letter or a capitalized token of it, at a
 * token that is neither (see {@link RuleEngine.lowerElements}), and at a capitalized token of more
 * than one letter, where no initial opens (see {@link RuleEngine.letterElements}).
 */
const EnglishClass = { Open: 0, Anchors: 1, Sport: 2, LongOnly: 3, Continues: 4, Rules: 5, LowerRules: 6, WordRules: 7 } as const;

/**
 * Columns of the Arabic path's word classes, its row's (see {@link Column}): the opening elements
 * it may match (0 for a punctuation mark no rule opens on), surely matches, the second elements
 * and the anchors it may match, and, rules as bits, those whose first element may take more words
 * at it ({@link Column.GoesOn}) or go on at it ({@link RuleEngine.continuesMask}) — which decide
 * the class — and, rules as bits, the rules that may open at it, those of them whose second
 * element must be the next token, and the rules whose second element it may be.
 */
const ArabicClass = { Open: 0, Sure: 1, Next: 2, Anchors: 3, GoesOn: 4, LongOnly: 5, Continues: 6, Rules: 7, NeedsNext: 8, Follows: 9 } as const;

/**
 * A rule whose elements all have every field of {@link PatternElement}, in one order (absent ones
 * undefined), and so one hidden class: elements written with different fields would make every
 * field read in the matching loops megamorphic.
 */
function uniformRule(rule: RuleRecord): Rule {
  return {
    id: rule.id, type: rule.type, pattern: rule.pattern.map(uniformElement),
    confidence: rule.confidence, description: rule.description, context: rule.context,
  };
}

function uniformElement(el: PatternElement): Element {
  const [minTimes, maxTimes] = repeatBounds(el);
  return {
    lex: el.lex, tag: el.tag, notTag: el.notTag, name: el.name, in: el.in, known: el.known,
    optional: el.optional, repeat: el.repeat, capture: el.capture, bare: el.bare, plain: el.plain,
    weak: el.weak, nisba: el.nisba, article: el.article, unlisted: el.unlisted, cased: el.cased, nouns: el.nouns, notInitial: el.notInitial,
    lexId: el.lex ? lexiconId(el.lex) : -1,
    inSet: el.in ? new Set(el.in) : null,
    minTimes, maxTimes: Math.min(maxTimes, MAX_REPEAT),
    knownType: el.known ? KNOWN_TYPES.indexOf(el.known) : -1,
  };
}

/** How many times an element repeats at least and at most. */
const repeatBounds = (el: PatternElement): [number, number] => el.repeat ?? (el.optional ? [0, 1] : [1, 1]);

/**
 * The index of the first element after the second of `pattern` that is a listed word or a lexicon
 * entry every match has at a fixed distance from the second element's start: every element
 * between (the second one included) matches once and takes one token (a listed word, a name word,
 * a noun or a Latin word, not a lexicon entry or a given name, which may take several); -1 if none.
 */
function laterWordAt(pattern: readonly PatternElement[]): number {
  for (let j = 2; j < pattern.length; j++) {
    if (!takesOneToken(pattern[j - 1])) return -1;
    if (repeatBounds(pattern[j])[0] >= 1 && (pattern[j].in || pattern[j].lex)) return j;
  }
  return -1;
}

/** Whether an element matches once and takes one token wherever it matches (see {@link RuleEngine.matchElement}, which tests `lex` and `known` first). */
function takesOneToken(el: PatternElement): boolean {
  const [min, max] = repeatBounds(el);
  if (min !== 1 || max !== 1 || el.lex || el.known) return false;
  return !!el.in || el.name === 'part' || el.name === 'noun' || el.name === 'latin';
}

/** For each token, the index of the next token that starts a line (`count` for the last line): no match crosses it. */
function lineEnds(t: TokenList): Int32Array {
  const ends = new Int32Array(t.count);
  let next = t.count;
  for (let p = t.count - 1; p >= 0; p--) {
    ends[p] = next;
    if (t.flags[p] & TokenFlag.LineStart) next = p;
  }
  return ends;
}

/** English path: whether token `i` may open a name (capitalized, or a single letter), see {@link RuleEngine.lowerElements}. */
const opensNames = (en: EnglishWords, i: number) => en.capitalized(i) || en.f.shape[i] === Shape.Letter;
/**
 * English path: whether token `i` could be held by name words that began before it (a `latin`
 * element's words, see {@link EnglishWords.nameWordEnd}): a word that starts with a capital or is
 * one letter, on the line they began on, or a part of a joined compound (Anne-Gaelle, O'Gorman).
 * True of every such token and of some others, never false of one.
 */
function nameChainable(en: EnglishWords, t: TokenList, i: number): boolean {
  const kind = t.kind[i];
  if (kind === TokenKind.Punct) return en.f.joinedAt(i);
  if (kind !== TokenKind.Word) return false;
  const s = en.f.shape[i];
  if ((s === Shape.Capital || s === Shape.Upper || s === Shape.Letter) && !(t.flags[i] & TokenFlag.LineStart)) return true;
  return i > 0 && t.kind[i - 1] === TokenKind.Punct && en.f.joinedAt(i - 1);
}
const isCapital = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
/** Whether word `w` is one of an `in` element's words; a name's first word may carry و or ف (وأبو عبد الله). */
function inList(el: Element, w: string, clitic: boolean): boolean {
  if (el.inSet!.has(w)) return true;
  return clitic && w.length > 2 && (w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641) && el.inSet!.has(w.slice(1));
}
/** Article + …ي, the shape of a nisba adjective or family name (الشرفي، التجاري). */
const isNisba = (w: string) => w.startsWith('ال') && w.endsWith('ي') && w.length >= 5;
/**
 * The word carries the article, behind a conjunction or preposition or not (الخارجية، للتعاون،
 * والدفاع): /^[وف]?(?:[بك]?ال|لل)/ and four letters or more, read off its first letters (name
 * tests ask it of most words a rule walks; a regular expression call costs more than the reads).
 */
function hasArticle(w: string): boolean {
  if (w.length <= 3) return false;
  let k = 0;
  const c0 = w.charCodeAt(0);
  if (c0 === 0x648 || c0 === 0x641) k = 1; // و ف
  const c = w.charCodeAt(k);
  if (c === 0x628 || c === 0x643) k++; // ب ك, before ال only
  else if (c === 0x644) return w.charCodeAt(k + 1) === 0x644; // لل
  return w.charCodeAt(k) === 0x627 && w.charCodeAt(k + 1) === 0x644; // ال
}

/**
 * Length of a leading و/ف conjunction on a name word (ومحمد), 0 when the word itself is a name;
 * `facts` are the word's {@link WordFact} bits (a given name as it stands, after its first letter).
 */
function conjunctionLength(w: string, facts: number): number {
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && !(facts & WordFact.Given) && facts & WordFact.GivenAfterFirst) return 1;
  return 0;
}

/** Words after which a noun opens a clause with its predicate (أن محمد بارز): and, that, but (normalized). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['و', 'ف', 'ان', 'انه', 'لكن', 'ولكن', 'لان', 'بان', 'اذ', 'اذا', 'حيث', 'بينما', 'هل', 'ثم']);

/** Decides, once per token, whether it can be part of a name. */
/** Whether tags hold any of the comma-separated `notTag` (ambiguous,team). */
function notTagged(tags: ReadonlySet<string>, notTag: string): boolean {
  if (!notTag.includes(',')) return tags.has(notTag);
  let list = notTagLists.get(notTag);
  if (!list) notTagLists.set(notTag, (list = notTag.split(',')));
  for (let k = 0; k < list.length; k++) if (tags.has(list[k])) return true;
  return false;
}
/** The tags of each comma-separated `notTag`, split once (rules name few). */
const notTagLists = new Map<string, string[]>();

/**
 * Word shapes {@link NamePartMemo} tests (kept here: a regular expression literal in a method
 * makes a new object each time it is evaluated). A plural or feminine-plural ending:
 */
const PLURAL_ENDING = /(?:ين|ون|ات)$/;
/** و، ف، ب، ك or a ل other than the genitive لل, on a word of two letters or more. */
const CLITIC_ON_WORD = /^(?:[وفبك]|ل(?!ل))../;

/** {@link NamePartMemo.knownEnd} where no rule reads known names. */
const NO_KNOWN_ENDS = new Int32Array(0);

class NamePartMemo {
  /** Per token, the answer of {@link compute} (0: not worked out yet). */
  private readonly memo: Int8Array;
  /** The English word tests, on the English path. */
  en: EnglishWords | null = null;
  /**
   * End token of the longest known name of each type starting at a token, at `type * count +
   * token` (the type's index in {@link KNOWN_TYPES}), 0 where none does; empty unless a rule reads them.
   */
  knownEnd: Int32Array = NO_KNOWN_ENDS;
  /**
   * @param wordFacts The engine's {@link WordFact} bits per word id of the document's table (0: not
   *   worked out yet).
   * @param memo Zeros, one per token of the document (see {@link memo}).
   */
  constructor(private readonly doc: AkhbarDocument, private readonly lex: LexiconSet, private readonly cache: ReadingCache, private readonly wordFacts: Int32Array, memo: Int8Array) {
    this.memo = memo;
  }
  /** The {@link WordFact} bits of token `p`'s word. */
  facts(p: number): number {
    const t = this.doc.tokens;
    const id = t.word[p];
    let f = this.wordFacts[id];
    if (f === 0) this.wordFacts[id] = f = wordFactsOf(this.lex, t, p, this.cache);
    return f;
  }
  /** Whether token `p` is a word that ends a person's name only (الصحة، النفط): a word of an institution's name. */
  endsPersonOnly(p: number): boolean {
    return (this.facts(p) & WordFact.EndsPersonOnly) !== 0;
  }
  /**
   * A nationality read as a family name: in its bare form right after a given name (جون كندي،
   * علي تركي), or with the article as the third word after two given names (محمد سعيد الكندي).
   */
  isDemonymFamilyName(p: number): boolean {
    const t = this.doc.tokens;
    if (p === 0 || (t.flags[p] & TokenFlag.LineStart)) return false;
    const f = this.facts(p);
    // (The word alone rules out most tokens: no nationality, no given name before it to look up.)
    if (!(f & (WordFact.Demonym | WordFact.ArticleDemonym))) return false;
    const bare = f & WordFact.Demonym;
    // With the article, as the third word of a name: محمد سعيد الكندي (a family name), not
    // ماكرون الفرنسي (an adjective).
    const third = !bare && f & WordFact.ArticleDemonym && p >= 2 && t.kind[p - 2] === TokenKind.Arabic && !(t.flags[p - 1] & TokenFlag.LineStart)
      && (this.lex['given-names']?.matchAt(t, p - 2, this.cache, true)?.end === p - 1);
    const g = this.lex['given-names']?.matchAt(t, p - 1, this.cache, true);
    if (!g || g.end !== p) return false;
    // … or as the second after an Arabic given name that is no word: a nisba family name (فيصل
    // السويدي، حمد القطري); a foreign name's nationality is its adjective (جون البريطاني).
    const second = !bare && !third && f & WordFact.ArticleDemonym && !g.tags.has('foreign') && !g.tags.has('weak');
    return !!(bare || third || second);
  }
  /**
   * A bare adjective or participle right after a given name inside a clause (وأعلن الحاكم عبد
   * الستار بارز): an adjective of a name would carry the article, and only a clause's subject
   * has a predicate (أن محمد بارز); so it is the family name. Not after a given name that opens
   * a clause (the text's or line's start, punctuation, و, إن/أن/لكن before it).
   */
  isAdjectiveFamilyName(p: number): boolean {
    const t = this.doc.tokens;
    if (p < 2 || (t.flags[p] & TokenFlag.LineStart) || !(this.facts(p) & WordFact.Adjective)) return false;
    const given = this.lex['given-names'];
    let start = -1;
    for (const q of [p - 1, p - 2]) {
      if (q < 1 || t.kind[q] !== TokenKind.Arabic) continue;
      const g = given?.matchAt(t, q, this.cache, true);
      if (g && g.end === p && !g.tags.has('weak')) { start = q; break; }
    }
    if (start < 1 || (t.flags[start] & TokenFlag.LineStart)) return false;
    for (let k = start + 1; k <= p; k++) if (t.flags[k] & TokenFlag.LineStart) return false;
    // … nor inside a list or a longer name (وسالم مسعود مترابط): the word before is no name word.
    const before = start - 1;
    return t.kind[before] === TokenKind.Arabic && !CLAUSE_OPENERS.has(t.norm(before)) && !given?.matchAt(t, before, this.cache, false);
  }
  /** Whether token `p` follows a given name of a language with foreign family names (tag `foreign`), not one that is a word too. */
  afterForeignGiven(p: number): boolean {
    const t = this.doc.tokens;
    if (p === 0 || (t.flags[p] & TokenFlag.LineStart) || t.kind[p - 1] !== TokenKind.Arabic) return false;
    const g = this.lex['given-names']?.matchAt(t, p - 1, this.cache, false);
    return !!g && g.end === p && g.tags.has('foreign') && !g.tags.has('weak') && !g.reading.prefix.endsWith('ال');
  }
  /** Whether token `p` is a word of a lexicon that is never a name (title, demonym, breaker …). */
  isOtherWord(p: number): boolean {
    return (this.facts(p) & WordFact.OtherWord) !== 0;
  }

  /** و + a word that is not itself a name word on its own (code 4 of {@link compute}). */
  isConjoined(p: number): boolean {
    let r = this.memo[p];
    if (!r) this.memo[p] = r = this.compute(p);
    return r === 4;
  }
  isPart(p: number, allowClitics: boolean): boolean {
    let r = this.memo[p];
    if (!r) this.memo[p] = r = this.compute(p);
    return (r === 1 || r === 2) && (allowClitics || r === 1);
  }
  /** Whether token `p` can be a word of an organization's or place's name: a name word, or a definite noun (الصحة، البقعة). */
  isNounPart(p: number, allowClitics: boolean): boolean {
    let r = this.memo[p];
    if (!r) this.memo[p] = r = this.compute(p);
    return r === 3 || this.isPart(p, allowClitics);
  }
  /**
   * 1: a bare name word; 2: a name word behind a conjunction or preposition (وزيد، بلبنان);
   * 3: a word of institutions' names but rarely of people's: a definite noun with a feminine
   * or plural ending (الصحة، العاملين) or a word that ends only a person's name (النفط);
   * 4: و + a word that is not a name (وإخراج، وغيرهم): it opens a new phrase, except inside a
   * place's name (أصفر ونجار); -1: not a name word.
   */
  private compute(p: number): 1 | 2 | 3 | 4 | -1 {
    const t = this.doc.tokens;
    if (t.kind[p] !== TokenKind.Arabic) return -1;
    const w = t.norm(p);
    if (w.length < 2) return -1;
    const f = this.facts(p);
    // Text segmented into clitics writes a pronoun apart (بدور ه، ابن عم ه): the word before it is a noun.
    if (p + 1 < t.count && t.kind[p + 1] === TokenKind.Arabic && this.facts(p + 1) & WordFact.Pronoun) return -1;
    // In a chain (بن سلمان، عبد السلام) the word after the particle belongs to the name, whatever it means alone.
    // A particle is a name word only before one (a name does not end in ابن: صدام حسين ابن عمه).
    // An ordinal is a regnal number only right after a given name (فرناندو الثالث); after a
    // family name it is a rank (فرناندو غونزاليز العاشر).
    // (A compound given name counts: عبد الله الثاني.)
    if (f & WordFact.Ordinal && !(p > 0 && t.kind[p - 1] === TokenKind.Arabic && (this.lex['given-names']?.matchAt(t, p - 1, this.cache, true)?.end === p || (p >= 2 && this.facts(p - 2) & WordFact.NameParticle)))) return -1;
    // A European particle (فان، فون، دي) joins the name words on both sides of it; فإن with its
    // hamza is the conjunction.
    if (f & WordFact.ForeignParticle) {
      if (p === 0 || (t.flags[p] & TokenFlag.LineStart) || t.kind[p - 1] !== TokenKind.Arabic || this.isOtherWord(p - 1) || /[أإ]/.test(this.doc.text.slice(t.start(p), t.end(p)))) return -1;
      if (p + 1 >= t.count || t.kind[p + 1] !== TokenKind.Arabic || (t.flags[p + 1] & TokenFlag.LineStart)) return -1;
      let next = this.memo[p + 1];
      if (!next) this.memo[p + 1] = next = this.compute(p + 1);
      if (next === 1) return 1;
    }
    if (f & WordFact.NameParticle) {
      if (p + 1 >= t.count || t.kind[p + 1] !== TokenKind.Arabic || (t.flags[p + 1] & TokenFlag.LineStart)) return -1;
      let next = this.memo[p + 1];
      if (!next) this.memo[p + 1] = next = this.compute(p + 1);
      return next === -1 ? -1 : 1;
    }
    if (p > 0 && this.facts(p - 1) & WordFact.NameParticle && t.kind[p - 1] === TokenKind.Arabic && !(t.flags[p] & TokenFlag.LineStart)) {
      // … but a kinship noun after ابن is the relation, not a name (ابن عم، ابن أخي).
      return f & WordFact.KinNoun ? -1 : 1;
    }
    // A given name that is also a word (صالح، حسن) may go on a name, not open one (rules open names).
    const g = this.lex['given-names']?.matchAt(t, p, this.cache, true);
    if (g && g.end === p + 1) {
      if (g.tags.has('weak') && this.isOtherWord(p)) return -1;
      // … nor one that opens a title of several words here (أمين السر، مساعد وزير الخارجية).
      if (g.tags.has('weak') && (this.lex.titles?.matchAt(t, p, this.cache, true)?.end ?? p) > p + 1) return -1;
      // … nor one in construct with an ordinary definite noun (نجم السينما، مساعد الرئيس): the
      // word heads a phrase; a family name with the article is no ordinary noun (سعيد الصحاف).
      if (g.tags.has('weak') && p + 1 < t.count && !(t.flags[p + 1] & TokenFlag.LineStart) && t.kind[p + 1] === TokenKind.Arabic
        && t.norm(p + 1).startsWith('ال') && this.endsPersonOnly(p + 1)) return -1;
      return 1;
    }
    // Conjunction-only readings (وفي، فقد) count; a stripped preposition would eat names (فيصل → يصل).
    if (this.isOtherWord(p)) {
      // A nationality after a given name may be a family name (جون كندي، محمد سعيد الكندي); an
      // adjective of a name carries the article right after it (ماكرون الفرنسي).
      if (this.isDemonymFamilyName(p)) return 1;
      if (this.isAdjectiveFamilyName(p)) return 1;
      return this.endsPersonOnly(p) ? 3 : -1;
    }
    // An indefinite accusative of a word that is no name (اجتماعا، مستشارا، وطارئا).
    if (f & WordFact.Accusative) return -1;
    const shape = wordShape(this.doc.text, t.start(p), t.end(p));
    if (shape === WordShape.Inflected) return -1;
    // و + a word that is no name nor a foreign one (وإخراج، ونائبيه، وغيرهم) opens a new phrase.
    if (shape === WordShape.Conjoined && !(f & WordFact.GivenAfterFirst)) return 4;
    // و + a given name opens the next name of a list (لمياء طارق وعبير أحمد), it does not go on this one.
    if ((w[0] === 'و' || w[0] === 'ف') && w.length >= 4 && !(f & WordFact.Given) && f & WordFact.GivenAfterFirst) return 2;
    // ل + the article (للقوات، للجماعة) is a genitive: a word of an institution's name
    // (مركز الخليج للأبحاث), never inside a person's.
    if (w.startsWith('لل') && w.length > 4) return 3;
    // A noun with the article and a feminine or plural ending (الحصيلة، الموقوفين، المسؤولون،
    // الاجتماعات) is rarely a family name.
    if (w.startsWith('ال') && w.length > 4 && (w.endsWith('ه') || (w.length > 6 && PLURAL_ENDING.test(w)))) return 3;
    // After a foreign given name the word is its family name whatever it looks like in Arabic
    // (يلينا يانكوفيتش، خوان بالاسيوس، رامون كالديرون): unless it is a word of the lexicons.
    // (Read only where it decides: most words are neither. No closure for it: one would make
    // every call of this method allocate a context.)
    let foreign: boolean | undefined;
    if (hasPresentVerbShape(w) && !(foreign ??= this.afterForeignGiven(p))) return -1;
    // A dual or plural of a word (هدفين، اتفاقيتين، مراقبون), not after a foreign given name (أنيت براون).
    if (f & WordFact.DualOrPlural && !(foreign ??= this.afterForeignGiven(p))) return -1;
    // و/ف/ب/ك + word, or ل + word other than the genitive لل: a clitic joins a new phrase (والموظفين، بهدف)
    // … or a given name (لمحمد، بعائشة، كنجم): a preposition on a name starts a new phrase. The
    // word alone tells (see cliticFacts), but where a reading through the article alone does:
    // after a foreign given name that is the family name's letters.
    const clitic = f & (WordFact.CliticPhrase | WordFact.CliticPhraseAfterForeign);
    if (clitic !== 0 && (clitic & WordFact.CliticPhraseAfterForeign || !(foreign ??= this.afterForeignGiven(p)))) return 2;
    return 1;
  }
}
