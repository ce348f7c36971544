/**
 * Regular expressions of the date finder, built from the name tables.
 *
 * Safety rules followed by every pattern here:
 * - every repetition is bounded (`{0,4}`, never `*` or `+`);
 * - no quantified group contains another quantifier over the same characters;
 * - consecutive quantified parts match disjoint character sets, or are
 *   separated by a required token;
 * so each attempt at one start position does a bounded amount of work and a
 * scan over n characters is O(n).
 *
 * Named groups carry the parts: `day`, `month`, `month2`, `month3`, `year`,
 * `hijri`/`greg` (era markers), `hour`, `minute`, `second`, `ampm`, `tz`,
 * `offset`, `weekday`, `label`.
 *
 * @module
 */

import {
  ARABIC_GREGORIAN_MONTHS,
  ARABIC_WEEKDAYS,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  HIJRI_MONTHS,
  PUBLISHED_LABELS,
  UPDATED_LABELS,
} from './months.js';
import { alternation, D, firstCharClass, S, SPACE_CHARS } from './normalize.js';

const NOT_LETTER_AHEAD = '(?![\\p{L}\\p{M}])';
const NOT_LETTER_BEHIND = '(?<![\\p{L}\\p{M}])';
const NOT_DIGIT_BEHIND = `(?<!${D})`;
const NOT_DIGIT_AHEAD = `(?!${D})`;
/**
 * End of a year written with a month name: no digit follows, or a clock time is glued
 * to it by a scraper (`April 25, 20232:26 PM` = 2023, 2:26 PM).
 */
const YEAR_END = `(?:${NOT_DIGIT_AHEAD}|(?=${D}{1,2}:${D}{2}(?!${D})))`;
/** Not preceded by a digit, nor by a digit and a date separator (`1/` of `1/12/2020/…`). */
const NUMERIC_START = `(?<!${D}|${D}[/.\\-])`;
/** Not followed by a digit, nor by a date separator and a digit. */
const NUMERIC_END = `(?!${D}|[/.\\-]${D})`;

/** Any Arabic-script month name: Gregorian (all regional sets) or Hijri. */
const AR_MONTH_NAMES = [...ARABIC_GREGORIAN_MONTHS, ...HIJRI_MONTHS].map((m) => m.name);
/** Lookahead: the next character can start an Arabic month name (cheap rejection). */
const AR_MONTH_START = `(?=${firstCharClass(AR_MONTH_NAMES)})`;
/** Any English month name or abbreviation (use with the `i` flag). */
const EN_MONTH = alternation(ENGLISH_MONTHS.map((m) => m.name));
const EN_WEEKDAY = alternation(ENGLISH_WEEKDAYS);

/** Hijri era marker: هـ, ه, هجري(ة), للهجرة. */
const HIJRI_MARKER = '(?:للهجر[\\u0629\\u0647]|هجري[\\u0629\\u0647]?|ه\\u0640{0,3})';
/** Gregorian era marker: م, ميلادي(ة). */
const GREG_MARKER = '(?:ميلادي[\\u0629\\u0647]?|م)';
/** Optional era marker after a year. */
const ERA = `(?:${S}{0,2}(?:(?<hijri>${HIJRI_MARKER})|(?<greg>${GREG_MARKER}))${NOT_LETTER_AHEAD})?`;

/** Ordinal suffix of an English day number. */
const ORDINAL = '(?:st|nd|rd|th)';

/** AM/PM marker, English or Arabic (ص، م، صباحاً، مساءً…). */
const AMPM =
  '(?:[AaPp](?:\\.[Mm]\\.?|[Mm])(?![A-Za-z])|' +
  '(?:صباح[\\u0627\\u064B]{0,2}|مساء[\\u0627\\u064B]{0,2}|ظهر[\\u0627\\u064B]{0,2}|عصر[\\u0627\\u064B]{0,2}|' +
  `ليل[\\u0627\\u064B]{0,2}|فجر[\\u0627\\u064B]{0,2}|ص|م)${NOT_LETTER_AHEAD})`;

/** Time-zone designator: GMT/UTC with optional offset, US/European abbreviations, «بتوقيت …», «ت.غ». */
const TZ =
  `(?:(?:GMT|UTC)(?:${S}?[+\\-\\u2212]${D}{1,2}(?::?${D}{2})?)?|[ECMP][SD]T|[ECMP]T|BST|CES?T|EES?T|MSK|AST|IST|` +
  `ت\\.${S}?غ|بتوقيت${S}{1,2}[\\p{L}\\p{M}]{2,15}(?:${S}{1,2}المكرم[\\u0629\\u0647])?)(?![A-Za-z])`;

/** Clock time `h:mm[:ss]` with optional AM/PM. */
const CLOCK = `${NOT_DIGIT_BEHIND}(?<hour>${D}{1,2}):(?<minute>${D}{2})(?::(?<second>${D}{2}))?${NOT_DIGIT_AHEAD}(?:${S}{0,2}(?<ampm>${AMPM}))?`;

/** Spacing and punctuation that may separate a date from a time. */
const SEP_CHARS = `${SPACE_CHARS},،\\-\\u2013\\u2014|`;

/**
 * The patterns that read Arabic names (months, weekdays, labels), built with room for diacritics
 * and tatweel after each letter (`marks`) or without: the full ones are several times the size,
 * and their code, run between the rest of a page's reading, costs more than the match.
 */
function arabicNamePatterns(marks: boolean) {
  const AR_MONTH = alternation(AR_MONTH_NAMES, marks);
  const AR_WEEKDAY = alternation(ARABIC_WEEKDAYS, marks);
  const LABEL = alternation([...PUBLISHED_LABELS, ...UPDATED_LABELS], marks);

  /**
   * Day, Arabic-script month (Gregorian or Hijri, optionally paired with a second
   * name: `آب/أغسطس`, `مارس (آذار)`), year, optional era marker.
   * `24 أغسطس 2020`, `04 آب/اغسطس 2013`, `25 شوال 1436 هـ`.
   */
  const AR_DAY_MONTH_YEAR = new RegExp(
    `${NOT_DIGIT_BEHIND}(?<day>${D}{1,2})${S}{0,3}(?:[\\-\\u2013/]${S}{0,3})?(?:من${S}{1,3})?(?:شهر${S}{1,3})?` +
      `${AR_MONTH_START}(?<month>${AR_MONTH})${NOT_LETTER_AHEAD}` +
      `${S}{0,3}(?:(?:[/\\-\\u2013]${S}{0,3}(?<month2>${AR_MONTH})${NOT_LETTER_AHEAD}|[(\\uFF08]${S}{0,2}(?<month3>${AR_MONTH})${S}{0,2}[)\\uFF09])${S}{0,3})?` +
      `(?:[,،\\-\\u2013/.]${S}{0,3})?(?:(?:عام|سنة|سنه)${S}{1,3})?` +
      `(?<year>${D}{4})${NOT_DIGIT_AHEAD}${ERA}`,
    'gu',
  );

  /** Arabic-script month, day, year: `أغسطس 24، 2020`. */
  const AR_MONTH_DAY_YEAR = new RegExp(
    `${AR_MONTH_START}${NOT_LETTER_BEHIND}(?<month>${AR_MONTH})${NOT_LETTER_AHEAD}${S}{1,3}(?<day>${D}{1,2})${NOT_DIGIT_AHEAD}` +
      `[${SPACE_CHARS},،]{1,4}(?<year>${D}{4})${NOT_DIGIT_AHEAD}${ERA}`,
    'gu',
  );

  /** A weekday right before a date: end-anchored. `الإثنين، `, `يوم الخميس `, `Wed `, `Wednesday, `. */
  const WEEKDAY_BEFORE = new RegExp(
    `${NOT_LETTER_BEHIND}(?:يوم${S}{1,2})?(?<weekday>${AR_WEEKDAY}|${EN_WEEKDAY})[${SPACE_CHARS},،.\\-\\u2013\\u2014]{1,4}$`,
    'iu',
  );

  /** A published/updated label right before a date: end-anchored. `تاريخ النشر: `, `نشر في `, `Updated `. */
  const LABEL_BEFORE = new RegExp(
    `${NOT_LETTER_BEHIND}(?<label>${LABEL})[${SPACE_CHARS}:\\uFF1A\\-\\u2013\\u2014|,،]{0,4}` +
      `(?:(?:ف[\\u064A\\u0649]|on|at|بتاريخ|يوم)[${SPACE_CHARS}:]{1,3})?$`,
    'iu',
  );
  return { AR_DAY_MONTH_YEAR, AR_MONTH_DAY_YEAR, WEEKDAY_BEFORE, LABEL_BEFORE };
}

/** The Arabic-name patterns for any text. */
export const { AR_DAY_MONTH_YEAR, AR_MONTH_DAY_YEAR, WEEKDAY_BEFORE, LABEL_BEFORE } = arabicNamePatterns(true);

/** The same for text without diacritics or tatweel (`HAS_MARK` false), where they match exactly as the full ones. */
export const UNMARKED = arabicNamePatterns(false);

/** Day, English month, year: `8 November 2023`, `8th, November 2023`, `8 Nov. 2023`. */
export const EN_DAY_MONTH_YEAR = new RegExp(
  `${NOT_DIGIT_BEHIND}(?<![A-Za-z])(?<day>${D}{1,2})${NOT_DIGIT_AHEAD}${ORDINAL}?[${SPACE_CHARS},،.\\-]{0,4}(?:of${S}{1,3})?` +
    `(?<month>${EN_MONTH})(?![\\p{L}])[${SPACE_CHARS},،.\\-]{0,4}(?<year>${D}{4})${YEAR_END}`,
  'giu',
);

/** English month, day, year: `Nov. 8, 2023`, `November 8, 2023`, `Nov 8 2023`. */
export const EN_MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(?<month>${EN_MONTH})(?![\\p{L}])[${SPACE_CHARS}.]{0,3}(?<day>${D}{1,2})${NOT_DIGIT_AHEAD}${ORDINAL}?` +
    `[${SPACE_CHARS},،.]{1,4}(?<year>${D}{4})${YEAR_END}`,
  'giu',
);

/** English month names as capitalized in text, longest first (for the case-sensitive glued pattern). */
const EN_MONTH_CAPITALIZED = `(?:${[...ENGLISH_MONTHS.map((m) => m.name)].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * English month, day, year glued to the word before it by a scraper (`2 minute readApril 25, 2023`):
 * case-sensitive, the month capitalized right after a lower-case letter.
 */
export const EN_MONTH_DAY_YEAR_GLUED = new RegExp(
  `(?<=[a-z])(?<month>${EN_MONTH_CAPITALIZED})\\.?(?![\\p{L}])[${SPACE_CHARS}.]{0,3}(?<day>${D}{1,2})${NOT_DIGIT_AHEAD}${ORDINAL}?` +
    `[${SPACE_CHARS},،.]{1,4}(?<year>${D}{4})${YEAR_END}`,
  'gu',
);

/** ISO 8601 date-time: `2017-03-11T17:31:00+01:00`, `2023-11-08T10:00Z`. */
export const ISO_DATE_TIME = new RegExp(
  `${NOT_DIGIT_BEHIND}(?<year>${D}{4})-(?<month>${D}{2})-(?<day>${D}{2})T(?<hour>${D}{2}):(?<minute>${D}{2})` +
    `(?::(?<second>${D}{2})(?:[.,]${D}{1,9})?)?(?<tz>Z|[+\\-]${D}{2}(?::?${D}{2})?)?${NOT_DIGIT_AHEAD}`,
  'gu',
);

/** Numeric year-first date: `2020/12/1`, `2023-11-08`, `1436/10/7هـ`. */
export const NUMERIC_YEAR_FIRST = new RegExp(
  `${NUMERIC_START}(?<year>${D}{4})${S}{0,2}(?<sep>[/.\\-])${S}{0,2}(?<month>${D}{1,2})${S}{0,2}\\k<sep>${S}{0,2}` +
    `(?<day>${D}{1,2})${NUMERIC_END}${ERA}`,
  'gu',
);

/** Numeric day-first date: `1/12/2020`, `١ / ١٢ / ٢٠٢٠`, `7/10/1436هـ`. */
export const NUMERIC_DAY_FIRST = new RegExp(
  `${NUMERIC_START}(?<day>${D}{1,2})${S}{0,2}(?<sep>[/.\\-])${S}{0,2}(?<month>${D}{1,2})${S}{0,2}\\k<sep>${S}{0,2}` +
    `(?<year>${D}{4})${NUMERIC_END}${ERA}`,
  'gu',
);

/** A clock time right after a date (sticky: applied at the date's end). `، 09:56 ص`, ` at 3:04 PM`. */
export const TIME_AFTER = new RegExp(
  `[${SEP_CHARS}]{0,4}(?:(?:[Aa]t|الساعة|الساعه|@)[${SPACE_CHARS}:]{0,3})?${CLOCK}`,
  'yu',
);

/** A time zone right after a date or time (sticky). ` GMT`, ` (GMT+3)`, `+03:00`. */
export const ZONE_AFTER = new RegExp(
  `(?:[${SPACE_CHARS},]{0,2}(?:(?<tz>${TZ})|[(\\uFF08]${S}?(?<tz2>${TZ})${S}?[)\\uFF09])|${S}?(?<offset>[+\\-\\u2212]${D}{2}:?${D}{2})${NOT_DIGIT_AHEAD})`,
  'yu',
);

/** A clock time (and zone) right before a date: end-anchored, applied to a short window. `3:04 PM GMT, `. */
export const TIME_BEFORE = new RegExp(
  `${CLOCK}(?:${S}{0,2}(?<tz>${TZ}))?[${SEP_CHARS}]{1,4}(?:on${S}{1,2})?$`,
  'u',
);

/** The patterns that find date cores, in priority order (earlier wins a tie). */
export const CORE_PATTERNS = {
  ISO_DATE_TIME,
  AR_DAY_MONTH_YEAR,
  AR_MONTH_DAY_YEAR,
  EN_DAY_MONTH_YEAR,
  EN_MONTH_DAY_YEAR,
  NUMERIC_YEAR_FIRST,
  NUMERIC_DAY_FIRST,
  EN_MONTH_DAY_YEAR_GLUED,
} as const;

/** Every pattern the finder uses, by name (for inspection and safety tests). */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = {
  ...CORE_PATTERNS,
  TIME_AFTER,
  ZONE_AFTER,
  TIME_BEFORE,
  WEEKDAY_BEFORE,
  LABEL_BEFORE,
  ...Object.fromEntries(Object.entries(UNMARKED).map(([name, re]) => [`${name}_UNMARKED`, re])),
};
