/**
 * Hijri (Umm al-Qura) ↔ Gregorian conversion.
 *
 * Gregorian → Hijri uses ICU through `Intl.DateTimeFormat` with the
 * `islamic-umalqura` calendar (Node ships full ICU). Hijri → Gregorian is the
 * inverse: estimate the day from the mean year length, then correct it with a
 * bounded number of formatter calls. When the runtime lacks the Umm al-Qura
 * calendar (small-icu builds), the arithmetic (tabular, civil) Islamic
 * calendar is used instead; it may differ from Umm al-Qura by a day or two.
 *
 * @module
 */

/** A calendar date: year, month (1–12), day (1–31). */
export interface CalendarDate {
  /** Year. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of month. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** 1 Muharram 1 AH, used only as the origin of the first estimate. */
const EPOCH_MS = Date.UTC(622, 6, 16);
const MEAN_YEAR = 354.367;
const MEAN_MONTH = 29.530589;
/** Most correction steps of the inverse search; each is one formatter call. */
const MAX_STEPS = 8;
/** Offsets tried around the last estimate if the correction steps did not land exactly. */
const SCAN_OFFSETS = [-1, 1, -2, 2, -3, 3] as const;

let formatter: Intl.DateTimeFormat | null | undefined;

/** The cached Umm al-Qura formatter, or null when the runtime does not support that calendar. */
function ummAlQuraFormatter(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      numberingSystem: 'latn',
    });
    formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    formatter = null;
  }
  return formatter;
}

/** Julian day number (at midnight, x.5) of a tabular Islamic date. */
function tabularToJd(year: number, month: number, day: number): number {
  return (
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1
  );
}

/**
 * Gregorian → Hijri with the arithmetic (tabular, civil-epoch) Islamic calendar.
 * Used when ICU has no Umm al-Qura calendar.
 *
 * @param ms - a UTC time value at midnight
 * @returns the tabular Hijri date
 */
export function tabularHijriFromTime(ms: number): CalendarDate {
  const jd = Math.floor(ms / MS_PER_DAY + 2440587.5) + 0.5;
  const year = Math.floor((30 * (jd - 1948439.5) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jd - (29 + tabularToJd(year, 1, 1))) / 29.5) + 1);
  const day = jd - tabularToJd(year, month, 1) + 1;
  return { year, month, day };
}

/**
 * Converts a Gregorian date (as a UTC time value) to the Umm al-Qura Hijri date.
 *
 * @param ms - a UTC time value (any time of the day; the UTC calendar day is used)
 * @returns the Hijri date (tabular fallback if the runtime lacks Umm al-Qura)
 */
export function hijriFromTime(ms: number): CalendarDate {
  const f = ummAlQuraFormatter();
  if (!f) return tabularHijriFromTime(ms);
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  for (const part of f.formatToParts(ms)) {
    const type: string = part.type;
    if (type === 'year' || type === 'relatedYear') year = Number.parseInt(part.value, 10);
    else if (type === 'month') month = Number.parseInt(part.value, 10);
    else if (type === 'day') day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

/**
 * Converts a Gregorian date to the Umm al-Qura Hijri date.
 *
 * @param year - Gregorian year
 * @param month - Gregorian month, 1–12
 * @param day - day of month
 * @returns the Hijri date, or null if the Gregorian date is not a real date
 */
export function gregorianToHijri(year: number, month: number, day: number): CalendarDate | null {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return hijriFromTime(ms);
}

function gregorianOf(days: number): CalendarDate {
  const d = new Date(EPOCH_MS + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Converts an Umm al-Qura Hijri date to the Gregorian date.
 *
 * Estimates the day from the Hijri epoch and the mean year length, then
 * corrects it with at most 14 formatter calls (the formatter is cached).
 *
 * @param year - Hijri year (1–9999)
 * @param month - Hijri month, 1 (Muharram) – 12 (Dhu al-Hijja)
 * @param day - day of month, 1–30
 * @returns the Gregorian date, or null if the Hijri date does not exist
 *   (e.g. day 30 of a 29-day month) or the arguments are out of range
 *
 * @example
 * hijriToGregorian(1444, 9, 1) // { year: 2023, month: 3, day: 23 }
 */
export function hijriToGregorian(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const target = year * 12 + month - 1;
  let days = Math.round((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH + (day - 1));
  const matches = (n: number): boolean => {
    const h = hijriFromTime(EPOCH_MS + n * MS_PER_DAY);
    return h.year === year && h.month === month && h.day === day;
  };
  for (let step = 0; step < MAX_STEPS; step++) {
    const h = hijriFromTime(EPOCH_MS + days * MS_PER_DAY);
    const monthDiff = target - (h.year * 12 + h.month - 1);
    if (monthDiff === 0 && h.day === day) return gregorianOf(days);
    const delta = monthDiff === 0 ? day - h.day : Math.round(monthDiff * MEAN_MONTH + day - h.day);
    if (!Number.isFinite(delta) || delta === 0) break;
    days += delta;
  }
  for (const off of SCAN_OFFSETS) {
    if (matches(days + off)) return gregorianOf(days + off);
  }
  return null;
}
