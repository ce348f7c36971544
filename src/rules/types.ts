/** The rule pattern format (dictionaries/rules/<lang>/*.jsonl), in the spirit of spaCy's EntityRuler. */
import type { EntityType } from '../types.js';

/** What one pattern element matches. */
export interface PatternElement {
  /** A phrase of the named lexicon (titles, org-heads, place-heads, speech-verbs, demonyms, given-names …). */
  lex?: string;
  /** With `lex`: the entry must carry this tag. */
  tag?: string;
  /** With `lex`: the entry must not carry this tag, or any of these comma-separated tags (`ambiguous,team`). */
  notTag?: string;
  /**
   * A name-like token: `given` (a given name), `part` (any name-like word), `noun` (a name-like
   * word or a definite noun with a feminine or plural ending, for institutions' and places'
   * names: الصحة، البقعة), `latin` (a capitalized
   * Latin word; on the English path not a breaker, title, speech verb, demonym or head noun, and
   * never in all-caps text), `initial` (English: one capital letter and its full stop, P. Simmons).
   */
  name?: 'given' | 'part' | 'noun' | 'latin' | 'initial';
  /** One of these normalized words. */
  in?: string[];
  /** A name the dictionaries know, of this type, starting at the token (بلدية + نابلس). */
  known?: 'person' | 'place' | 'organization';
  /** Optional element (same as repeat [0, 1]). */
  optional?: boolean;
  /** Repeat bounds of a one-token element, at most 4. */
  repeat?: [number, number];
  /** The tokens of this element belong to the mention. */
  capture?: boolean;
  /** The token must carry no proclitic. */
  bare?: boolean;
  /**
   * With `name: part`: the word does not start with ب ل ك unless it is a given name, so a
   * preposition on an ordinary noun (بعنوان، لصالح) is not read as part of a name. With
   * `name: noun`: a genitive in construct, the article behind no preposition (الخارجية, not للسلام).
   */
  plain?: boolean;
  /** With `name: given`: names that are also common words (marked `?`) count too. */
  weak?: boolean;
  /** With `name: part` or `noun`: a word of the nisba shape, article + …ي (الشرفي، الحسني، التجاري). */
  nisba?: boolean;
  /** With `name: noun`: a noun by its form alone (الهواملة), not a word of the lexicons (الإجراءات); with `name: part`: a name word that is no word of the lexicons. */
  unlisted?: boolean;
  /**
   * `true`: the word must carry the definite article ال (a genitive like الخارجية, not واسعة;
   * with `lex`, a definite title: الوزير, not زعيم or the construct رئيس سيمكو);
   * `false`: it must not (a head noun in construct, وزارة but not الوزارة; a given name that is
   * also a word, إسلام but not الإسلام).
   */
  article?: boolean;
  /** English, with `lex`: the entry is written capitalized in the text (Labour Party, not the party). */
  cased?: boolean;
  /** English, with `name: latin`: head and tail nouns count as name words (Civil Aviation Authority). */
  nouns?: boolean;
  /** English: the token is not the first word of a sentence (where every word is capitalized). */
  notInitial?: boolean;
}

/** One rule. */
export interface RuleRecord {
  id: string;
  type: EntityType;
  pattern: PatternElement[];
  /** 0..1, default 0.8. */
  confidence?: number;
  /** What the rule is for, in a sentence. */
  description?: string;
  /** `sport`: the rule applies only in sentences about sport (the `sports-context` lexicon). */
  context?: 'sport';
}
