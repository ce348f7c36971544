/**
 * The result format of akhbar: a public contract. Changes to it are additive.
 * Every offset is in UTF-16 code units of the original input, so that
 * `text.slice(span.start, span.end) === span.text` always holds.
 * @packageDocumentation
 */

/** The three kinds of named entity akhbar extracts. */
export type EntityType = 'person' | 'place' | 'organization';

/** The role a block of the page plays. */
export type SegmentKind = 'headline' | 'metadata' | 'body' | 'subheading' | 'related' | 'boilerplate';

/** A stretch of the original text. */
export interface Span {
  /** Start offset (inclusive), UTF-16 code units. */
  start: number;
  /** End offset (exclusive), UTF-16 code units. */
  end: number;
  /** `text.slice(start, end)` of the original input. */
  text: string;
}

/** A classified block of the page. */
export interface Segment extends Span {
  kind: SegmentKind;
  /** Which article of the page the block belongs to; 0 is the main article. */
  article: number;
}

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** The {@link Entity.id} this mention refers to. */
  entity: string;
  /** Article index of the segment holding the mention (0 = main article). */
  article: number;
  /** Kind of the segment holding the mention. */
  segment: SegmentKind;
  /** A name (ماكرون) or a role standing for the entity (الرئيس الفرنسي). */
  form: 'name' | 'nominal';
  /** What found it: a dictionary entry, a rule pattern, or coreference with another mention. */
  via: 'gazetteer' | 'rule' | 'coreference';
  /** The dictionary entry id or rule id that produced the mention. */
  rule?: string;
  /**
   * How sure the producer is, 0–1: 1 for an exact dictionary name, less behind a proclitic
   * (0.9), for a spelling variant (0.8), a rule (its `confidence`) or coreference (0.6–0.7).
   */
  confidence?: number;
}

/** A real-world referent with all its mentions in the document. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical English name where known, else the best surface form. */
  name: string;
  /** Acronym: CSTO, EAEU, SCO, BRICS, UN. */
  short?: string;
  /** Preferred name per language, e.g. `{ ar: 'إيمانويل ماكرون' }`. */
  names?: Record<string, string>;
  /** Wikidata Q-id where the dictionary knows it. */
  wikidata?: string;
  /** True when a dictionary entry backs the entity. */
  known: boolean;
  mentions: Mention[];
}

/** A quoted or reported statement. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: Span;
  kind: 'direct' | 'indirect';
  /** Who said it: an entity where one exists, and the speaker's words in the text. */
  speaker: { entity?: string; text?: Span } | null;
  /** The speech cue: قال، أضاف، مضيفاً، قوله، said … */
  cue: Span | null;
  article: number;
  segment: SegmentKind;
}

/** The publication date of the article. */
export interface PublishedDate {
  /** `YYYY-MM-DD`, Gregorian (Hijri dates are converted). */
  date: string;
  /** The calendar the date was written in. */
  calendar: 'gregorian' | 'hijri';
  span: Span;
}

/** The dateline: where the report was filed and by which agency. */
export interface Dateline {
  /** Canonical name of the place. */
  place?: string;
  /** Canonical name of the agency. */
  agency?: string;
  span: Span;
}

/** Everything akhbar reads from one page. */
export interface ArticleResult {
  /** ISO 639-1 code (`ar`, `en`) or `und`. */
  language: string;
  headline: Span | null;
  published: PublishedDate | null;
  dateline: Dateline | null;
  source: { name: string; span: Span } | null;
  keywords: Span[];
  byline: Span | null;
  /** Paragraphs of the main article, in order. */
  body: Span[];
  segments: Segment[];
  entities: Entity[];
  quotes: Quote[];
}
