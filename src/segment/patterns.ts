/**
 * The regular expressions of the segmenter, in one place so that a test can run each on
 * adversarial input. Each is a single character class or an anchored alternation of words
 * with one bounded repetition: no nested quantifiers, no unbounded repetition.
 */

/** A character a byline may end with and that is trimmed off (`By X |`). */
export const BYLINE_TRAILING = /[\s|:،,\-–—/•·]$/u;
/** A character trimmed from the ends of a tag. */
export const TAG_EDGE = /[\s"'“”«»().:\-–—]/u;
/** A character trimmed from the ends of a source credit. */
export const CREDIT_EDGE = /[\s()[\]«»"“”'.:،,\-–—]/u;
/** A dash inside a credit value (`أبوظبي - البيان`): the value may be a dateline. */
export const CREDIT_DASH = /[-–—ـ]/u;
/** A character of an HTML entity name left by a scraper (`&nbsp;`). */
export const ENTITY_CHAR = /[a-z0-9#]/i;
/** A long lower-case Latin word, which may be glued to the next one on a page (`articleComments`). */
export const LATIN_WORD = /^[a-z]{7,30}$/;
/** Words that mark a date written as the day's own, right before it: `اليوم`, `الموافق`, `today`. */
export const TODAY_BEFORE = /(?:اليوم|ليوم|الموافق|today|this morning|tonight)[\s،,]{0,4}$/iu;

/** Every pattern above, by name. */
export const SEGMENT_PATTERNS: Readonly<Record<string, RegExp>> = {
  BYLINE_TRAILING,
  TAG_EDGE,
  CREDIT_EDGE,
  CREDIT_DASH,
  ENTITY_CHAR,
  LATIN_WORD,
  TODAY_BEFORE,
};
