/**
 * Finds publication dates in page text.
 *
 * The finder works in three passes over the searched range:
 * 1. every core pattern (a complete day–month–year date) is scanned once;
 *    matches are validated (real date, year range) and converted;
 * 2. overlapping cores are resolved: earliest start wins, then the longest;
 * 3. each kept core is extended: to the right by a clock time and/or time
 *    zone, to the left by a weekday, a clock time written before the date, and
 *    finally a published/updated label (which is reported but not included in
 *    the match text).
 *
 * All patterns have bounded repetitions, so the whole run is linear in the
 * length of the searched range.
 *
 * @module
 */

import { hijriToGregorian } from './hijri.js';
import { ENGLISH_MONTHS, lookupLabel, lookupMonth, type DateLabel, type MonthInfo } from './months.js';
import { alternation, D, HAS_MARK, parseDigits, S, SPACE_CHARS } from './normalize.js';
import {
  AR_DAY_MONTH_YEAR,
  AR_MONTH_DAY_YEAR,
  EN_DAY_MONTH_YEAR,
  EN_MONTH_DAY_YEAR,
  EN_MONTH_DAY_YEAR_GLUED,
  ISO_DATE_TIME,
  LABEL_BEFORE,
  NUMERIC_DAY_FIRST,
  NUMERIC_YEAR_FIRST,
  TIME_AFTER,
  TIME_BEFORE,
  UNMARKED,
  WEEKDAY_BEFORE,
  ZONE_AFTER,
} from './patterns.js';

/** The Arabic-name patterns for any text. */
const ARABIC_NAMES = { AR_DAY_MONTH_YEAR, AR_MONTH_DAY_YEAR, WEEKDAY_BEFORE, LABEL_BEFORE };

/** A date found in text. */
export interface FoundDate {
  /** Start offset (UTF-16 code units) into the text given to {@link findDates}. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The matched text: `input.slice(start, end)`. Includes weekday and clock time, not the label. */
  text: string;
  /** The date as `YYYY-MM-DD` in the Gregorian calendar (Hijri dates converted with Umm al-Qura). */
  date: string;
  /** The calendar the date was written in. */
  calendar: 'gregorian' | 'hijri';
  /** Whether a clock time is part of the match. */
  time: boolean;
  /** The label written right before the date, if any. */
  label: 'published' | 'updated' | null;
}

/** Earliest accepted Gregorian year. */
export const MIN_GREGORIAN_YEAR = 1900;
/** Latest accepted Gregorian year. */
export const MAX_GREGORIAN_YEAR = 2100;
/** Earliest accepted Hijri year. */
export const MIN_HIJRI_YEAR = 1300;
/** Latest accepted Hijri year. */
export const MAX_HIJRI_YEAR = 1500;

/** How far before a date the finder looks for a weekday, a time or a label. */
const LOOKBEHIND = 60;

type Groups = Partial<Record<string, string>>;

interface Parsed {
  readonly date: string;
  readonly calendar: 'gregorian' | 'hijri';
  readonly time: boolean;
}

interface Core extends Parsed {
  readonly start: number;
  readonly end: number;
  readonly priority: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

function isRealGregorian(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]);
}

/** Days of each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A leap year of the (proleptic) Gregorian calendar. */
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A validated Gregorian date as `YYYY-MM-DD`, or null. */
function gregorian(y: number, m: number, d: number): string | null {
  if (y < MIN_GREGORIAN_YEAR || y > MAX_GREGORIAN_YEAR) return null;
  return isRealGregorian(y, m, d) ? iso(y, m, d) : null;
}

/** A validated Hijri date converted to Gregorian `YYYY-MM-DD`, or null. */
function hijri(y: number, m: number, d: number): string | null {
  if (y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR) return null;
  const g = hijriToGregorian(y, m, d);
  return g ? iso(g.year, g.month, g.day) : null;
}

function isValidClock(g: Groups): boolean {
  const hour = parseDigits(g['hour'] ?? '');
  const minute = parseDigits(g['minute'] ?? '');
  const second = g['second'] === undefined ? 0 : parseDigits(g['second']);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** Parses a date written with a month name (Arabic, Hijri or English). */
function parseNamed(g: Groups): Parsed | null {
  const info = lookupMonth(g['month'] ?? '');
  if (!info) return null;
  const second = g['month2'] ?? g['month3'];
  if (second !== undefined) {
    const other: MonthInfo | undefined = lookupMonth(second);
    if (!other || other.month !== info.month || other.calendar !== info.calendar) return null;
  }
  const y = parseDigits(g['year'] ?? '');
  const d = parseDigits(g['day'] ?? '');
  if (info.calendar === 'hijri') {
    if (g['greg'] !== undefined) return null;
    const date = hijri(y, info.month, d);
    return date ? { date, calendar: 'hijri', time: false } : null;
  }
  if (g['hijri'] !== undefined) return null;
  const date = gregorian(y, info.month, d);
  return date ? { date, calendar: 'gregorian', time: false } : null;
}

/** Parses an all-numeric date from its named groups; a Hijri era marker makes it Hijri. */
function parseNumeric(g: Groups): Parsed | null {
  const y = parseDigits(g['year'] ?? '');
  const a = parseDigits(g['month'] ?? '');
  const d = parseDigits(g['day'] ?? '');
  if (g['hijri'] !== undefined) {
    const date = hijri(y, a, d);
    return date ? { date, calendar: 'hijri', time: false } : null;
  }
  const date = gregorian(y, a, d);
  return date ? { date, calendar: 'gregorian', time: false } : null;
}

/** Parses a day-first numeric date, falling back to month-first when day-first is impossible. */
function parseDayFirst(g: Groups): Parsed | null {
  const direct = parseNumeric(g);
  if (direct || g['hijri'] !== undefined) return direct;
  // 12/25/2020: not a valid day-first date, but a valid month-first one.
  const swapped: Groups = { ...g, day: g['month'], month: g['day'] };
  return parseNumeric(swapped);
}

function parseIso(g: Groups): Parsed | null {
  if (!isValidClock(g)) return null;
  const date = gregorian(parseDigits(g['year'] ?? ''), parseDigits(g['month'] ?? ''), parseDigits(g['day'] ?? ''));
  return date ? { date, calendar: 'gregorian', time: true } : null;
}

interface CoreSpec {
  readonly re: RegExp;
  readonly parse: (g: Groups) => Parsed | null;
  /** What every match needs somewhere in the text: a text without all of them is not scanned (cheap rejection). */
  readonly needs: readonly RegExp[];
}

/** An Arabic-script letter (every Arabic month name). */
const ARABIC = /[\u0600-\u06FF]/;
/** A numeric date's separator between two numbers (`12/`, `2020 - 1`): most lines have a period, few this. */
const NUMERIC_SEPARATOR = new RegExp(`${D}${S}{0,2}[/.\\-]${S}{0,2}${D}`, 'u');
/** A day: one or two digits standing alone (every named-month date has one; `عام 2005` has none). */
const DAY = new RegExp(`(?<!${D})${D}{1,2}(?!${D})`, 'u');
/** A day right before the year (`أغسطس 24، 2020`), as the Arabic month-first pattern needs. */
const DAY_YEAR = new RegExp(`${D}[${SPACE_CHARS},،]{1,4}${D}{4}`, 'u');
/**
 * The first three letters of an English month name, matched as the English patterns match the
 * whole name (same fragments and flags): most Latin lines (`LONDON 1996-08-30`) have none.
 */
const EN_MONTH_START = new RegExp(alternation(ENGLISH_MONTHS.map((m) => m.name.slice(0, 3))), 'iu');
/** The `T` of an ISO date-time between two digits: a capital T alone (`WASHINGTON`) is none. */
const ISO_T = new RegExp(`${D}T${D}`, 'u');

/** The core patterns in priority order, with their needs, for one set of the Arabic-name patterns. */
const coreSpecs = (arabic: typeof UNMARKED): readonly CoreSpec[] => [
  { re: ISO_DATE_TIME, parse: parseIso, needs: [ISO_T] },
  { re: arabic.AR_DAY_MONTH_YEAR, parse: parseNamed, needs: [ARABIC, DAY] },
  { re: arabic.AR_MONTH_DAY_YEAR, parse: parseNamed, needs: [ARABIC, DAY_YEAR] },
  { re: EN_DAY_MONTH_YEAR, parse: parseNamed, needs: [EN_MONTH_START, DAY] },
  { re: EN_MONTH_DAY_YEAR, parse: parseNamed, needs: [EN_MONTH_START, DAY] },
  { re: NUMERIC_YEAR_FIRST, parse: parseNumeric, needs: [NUMERIC_SEPARATOR] },
  { re: NUMERIC_DAY_FIRST, parse: parseDayFirst, needs: [NUMERIC_SEPARATOR] },
  { re: EN_MONTH_DAY_YEAR_GLUED, parse: parseNamed, needs: [/[a-z][A-Z]/] },
];

/** The patterns for any text, and those for text without diacritics or tatweel (see {@link HAS_MARK}). */
const MARKED = { ...ARABIC_NAMES, specs: coreSpecs(ARABIC_NAMES) };
const PLAIN = { ...UNMARKED, specs: coreSpecs(UNMARKED) };

/** The distinct needs of the core patterns (several share one, and both sets the same), and each pattern's, by index. */
const NEEDS = [...new Set(MARKED.specs.flatMap((spec) => spec.needs))];
const SPEC_NEEDS = MARKED.specs.map((spec) => spec.needs.map((re) => NEEDS.indexOf(re)));

/** Every core pattern has a four-digit year. */
const HAS_YEAR = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/;

/** Zones accepted right after a date without a clock time (`8 November 2023 GMT`); `ET`, `CT`… need a time. */
const DATE_ONLY_ZONE = /^(?:GMT|UTC|بتوقيت|ت\.)/u;

/** Scans `s` with one core pattern; an invalid match is retried one character later. */
function scan(spec: CoreSpec, priority: number, s: string, out: Core[]): void {
  const re = spec.re;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) return;
    const parsed = spec.parse(m.groups ?? {});
    if (parsed) {
      out.push({ date: parsed.date, calendar: parsed.calendar, time: parsed.time, start: m.index, end: m.index + m[0].length, priority });
      re.lastIndex = m.index + Math.max(1, m[0].length);
    } else {
      re.lastIndex = m.index + 1;
    }
  }
}

/**
 * Matches a sticky pattern at `pos`; returns the match if it ends at or before `limit`. (No
 * pattern matches an empty string: none is tried at the limit, where most dates end.)
 */
function stickyAt(re: RegExp, s: string, pos: number, limit: number): RegExpExecArray | null {
  if (pos >= limit) return null;
  re.lastIndex = pos;
  const m = re.exec(s);
  return m && m.index === pos && pos + m[0].length <= limit ? m : null;
}

/**
 * Matches an end-anchored pattern on `s.slice(lo, pos)`; returns the absolute start and groups.
 * No pattern matches an empty window, and one with a `mark` (a character every match holds) is
 * not tried on a window without it: most dates have nothing before them.
 */
function before(re: RegExp, s: string, lo: number, pos: number, mark = -1): { start: number; groups: Groups } | null {
  const from = Math.max(lo, pos - LOOKBEHIND);
  if (from >= pos || (mark >= 0 && !holds(s, from, pos, mark))) return null;
  const m = re.exec(s.slice(from, pos));
  return m ? { start: from + m.index, groups: m.groups ?? {} } : null;
}

/** Whether `s` has the code unit `c` in `[from, to)`. */
function holds(s: string, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === c) return true;
  return false;
}

/** A clock's colon: every {@link TIME_BEFORE} match has one. */
const COLON = 0x3a;

function clampOffset(v: number | undefined, fallback: number, len: number): number {
  if (v === undefined || Number.isNaN(v)) return fallback;
  return Math.min(len, Math.max(0, Math.trunc(v)));
}

/**
 * Finds dates in text: Arabic and English month names (Egyptian, Levantine,
 * Maghrebi, Moroccan and Hijri months), numeric and ISO 8601 dates, with
 * optional weekday, clock time, time zone and a published/updated label.
 *
 * Only complete dates (day, month and year) are reported; every date is
 * validated (a real calendar date; Gregorian years 1900–2100, Hijri years
 * 1300–1500) and Hijri dates are converted with the Umm al-Qura calendar.
 * Eastern Arabic (٠-٩) and Persian (۰-۹) digits work wherever ASCII digits do.
 * Numeric dates are read year-first (`2020/12/1`) or day-first (`1/12/2020`;
 * month-first only when day-first is impossible, as in `12/25/2020`).
 *
 * Runs in time linear in `to - from`.
 *
 * @param text - the text to search
 * @param from - start of the searched range (default 0)
 * @param to - end of the searched range, exclusive (default `text.length`)
 * @returns the dates, in order of position; offsets are into `text`, and
 *   matches lie entirely within `[from, to)`
 *
 * @example
 * findDates('تاريخ النشر: 8th, November 2023 GMT')
 * // [{ start: 13, end: 35, text: '8th, November 2023 GMT', date: '2023-11-08',
 * //    calendar: 'gregorian', time: false, label: 'published' }]
 */
export function findDates(text: string, from?: number, to?: number): FoundDate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lo = clampOffset(from, 0, text.length);
  const hi = clampOffset(to, text.length, text.length);
  if (lo >= hi) return [];
  const s = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  if (!HAS_YEAR.test(s)) return [];
  // (Most text has no diacritics or tatweel: the patterns without room for them are far smaller.)
  const patterns = HAS_MARK.test(s) ? MARKED : PLAIN;

  const cores: Core[] = [];
  // Each need is tested once (1 met, -1 not, 0 not tested yet), whatever number of patterns share it.
  const met = new Int8Array(NEEDS.length);
  const meets = (k: number) => (met[k] ||= NEEDS[k].test(s) ? 1 : -1) > 0;
  patterns.specs.forEach((spec, i) => { if (SPEC_NEEDS[i].every(meets)) scan(spec, i, s, cores); });
  cores.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const kept: Core[] = [];
  let lastEnd = 0;
  for (const c of cores) {
    if (c.start >= lastEnd) {
      kept.push(c);
      lastEnd = c.end;
    }
  }

  const found: FoundDate[] = [];
  let prevEnd = 0;
  kept.forEach((core, i) => {
    const limit = kept[i + 1]?.start ?? s.length;
    let { start, end, time } = core;

    // Right: clock time, then time zone.
    if (!time) {
      const t = stickyAt(TIME_AFTER, s, end, limit);
      if (t && isValidClock(t.groups ?? {})) {
        end += t[0].length;
        time = true;
      }
    }
    const z = stickyAt(ZONE_AFTER, s, end, limit);
    if (z && (time || DATE_ONLY_ZONE.test(z.groups?.['tz'] ?? z.groups?.['tz2'] ?? ''))) end += z[0].length;

    // Left: weekday, clock time written before the date, label.
    const wd = before(patterns.WEEKDAY_BEFORE, s, prevEnd, start);
    if (wd) start = wd.start;
    if (!time) {
      const t = before(TIME_BEFORE, s, prevEnd, start, COLON);
      if (t && isValidClock(t.groups)) {
        start = t.start;
        time = true;
      }
    }
    const lb = before(patterns.LABEL_BEFORE, s, prevEnd, start);
    const label: DateLabel | null = lb ? (lookupLabel(lb.groups['label'] ?? '') ?? null) : null;

    prevEnd = end;
    found.push({
      start: start + lo,
      end: end + lo,
      text: s.slice(start, end),
      date: core.date,
      calendar: core.calendar,
      time,
      label,
    });
  });
  return found;
}
