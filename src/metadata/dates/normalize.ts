/**
 * Tiny, local text helpers for the date finder: a normalizer for data keys,
 * a builder turning a data key into a variant-tolerant regular-expression
 * fragment, and digit conversion.
 *
 * The finder never rewrites the input text (offsets must stay exact); instead
 * the patterns built here accept every spelling variant that normalizes to the
 * same key.
 *
 * @module
 */

/** Characters that count as spacing between tokens: white space plus bidi control marks. */
export const SPACE_CHARS = '\\s\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

/** One spacing character (see {@link SPACE_CHARS}). */
export const S = `[${SPACE_CHARS}]`;

/** One decimal digit: ASCII, Eastern Arabic (٠-٩) or Persian (۰-۹). */
export const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';

/** Arabic diacritics (harakat, tanwin, shadda, sukun, maddah, hamza marks, superscript alef) and tatweel. */
const STRIP_RE = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;

/** One spacing character, for splitting. */
const SPACE_RE = new RegExp(S, 'u');

/** Diacritics and tatweel, as a pattern may meet them between two letters of a word. */
const MARK_CHARS = '\\u0640\\u064B-\\u065F\\u0670';

/** Up to three diacritics or tatweels between two letters of a word. */
const DIACRITICS = `[${MARK_CHARS}]{0,3}`;

/**
 * Whether a text has a character {@link tolerantPattern} makes room for after each Arabic letter:
 * on a text without one, a pattern built without that room matches exactly what the full one does.
 */
export const HAS_MARK = new RegExp(`[${MARK_CHARS}]`);

/** Letter classes: a normalized letter stands for every spelling that normalizes to it. */
const LETTER_CLASS: Readonly<Record<string, string>> = {
  ا: '[\\u0627\\u0623\\u0625\\u0622\\u0671]', // ا أ إ آ ٱ
  ي: '[\\u064A\\u0649\\u06CC]', // ي ى ی
  ه: '[\\u0647\\u0629\\u06C0\\u06D5]', // ه ة ۀ ە
  ك: '[\\u0643\\u06A9]', // ك ک
};

/**
 * Normalizes a name for use as a lookup key: NFC, lower case, tatweel and
 * diacritics removed, alef forms (أ إ آ ٱ) → ا, ى/ی → ي, ة → ه, ک → ك, spacing
 * collapsed to one space and trimmed.
 *
 * @param s - any name or matched text
 * @returns the normalized key
 */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(STRIP_RE, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/[\u0629\u06C0\u06D5]/g, '\u0647')
    .replace(/\u06A9/g, '\u0643')
    .toLowerCase()
    .split(SPACE_RE)
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * The key used to look a matched name up in the name tables: {@link normalizeKey}
 * with all spacing and dots removed (so `ذو القعدة`, `ذوالقعدة` and `Nov.` map
 * to `ذوالقعده` and `nov`).
 *
 * @param s - matched text or data name
 * @returns the compact lookup key
 */
export function lookupKey(s: string): string {
  return normalizeKey(s).replace(/[ .]/g, '');
}

/**
 * Escapes a string for literal use inside a regular expression.
 *
 * @param s - literal text
 * @returns the escaped text
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const isArabicLetter = (ch: string): boolean => /[\u0600-\u06FF]/u.test(ch);

/**
 * Builds a regular-expression fragment (no capture groups) that matches a
 * name in any spelling variant normalizing to the same key: alef forms,
 * ى/ي, ة/ه, with optional diacritics or tatweel after each Arabic letter.
 * Words are joined by up to two spacing characters (Arabic; zero allowed so
 * `ذوالقعدة` matches) or one to three (Latin).
 *
 * Every repetition is bounded and the letter classes are disjoint from the
 * diacritic class, so the fragment cannot backtrack catastrophically.
 *
 * @param name - a name as written in the data tables
 * @param marks - whether to allow the diacritics and tatweel (false: for text without any, see
 *   {@link HAS_MARK}; a pattern of many names is then a fraction of the size)
 * @returns the regular-expression fragment
 */
export function tolerantPattern(name: string, marks = true): string {
  const words = normalizeKey(name).split(' ');
  const arabic = isArabicLetter(words[0]?.[0] ?? '');
  return words
    .map((word) =>
      Array.from(word)
        .map((ch) => (isArabicLetter(ch) ? (LETTER_CLASS[ch] ?? escapeRegExp(ch)) + (marks ? DIACRITICS : '') : escapeRegExp(ch)))
        .join(''),
    )
    .join(arabic ? `${S}{0,2}` : `${S}{1,3}`);
}

/**
 * Builds an alternation (non-capturing group) from a list of names, longest
 * normalized key first, duplicates (after normalization) removed.
 *
 * @param names - names as written in the data tables
 * @param marks - as for {@link tolerantPattern}
 * @returns `(?:alt1|alt2|…)`
 */
export function alternation(names: readonly string[], marks = true): string {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const k = normalizeKey(n);
    if (!byKey.has(k)) byKey.set(k, n);
  }
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${keys.map((k) => tolerantPattern(k, marks)).join('|')})`;
}

/**
 * Builds a character class of every character a name of the list can start
 * with (all spelling variants included). Used as a cheap lookahead before a
 * long alternation so that most positions are rejected after one comparison.
 *
 * @param names - names as written in the data tables
 * @returns `[…]`
 */
export function firstCharClass(names: readonly string[]): string {
  const parts = new Set<string>();
  for (const n of names) {
    const ch = normalizeKey(n)[0];
    if (ch === undefined) continue;
    const cls = LETTER_CLASS[ch];
    if (cls) parts.add(cls.slice(1, -1));
    else parts.add(escapeRegExp(ch));
  }
  return `[${[...parts].join('')}]`;
}

/**
 * Converts Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII digits.
 *
 * @param s - text containing digits
 * @returns the text with ASCII digits only
 */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Parses a run of (any-script) digits as a base-10 integer.
 *
 * @param s - digits, ASCII, Eastern Arabic or Persian
 * @returns the number (NaN if `s` has no digits)
 */
export function parseDigits(s: string): number {
  // A date's fields are short runs of digits: read them straight (a replace with a callback and
  // a parse cost more than the rest of reading a date); anything else as parseInt reads it.
  if (s.length === 0 || s.length > 9) return Number.parseInt(toAsciiDigits(s), 10);
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const d = digitValue(s.charCodeAt(k));
    if (d < 0) return Number.parseInt(toAsciiDigits(s), 10);
    n = n * 10 + d;
  }
  return n;
}

/** The value of an ASCII, Eastern Arabic (٠-٩) or Persian (۰-۹) digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}
