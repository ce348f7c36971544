/**
 * Month, weekday and label names used by the date finder, kept as data.
 *
 * Names are written as they appear in text; spelling variants that differ only
 * by alef form (أ إ آ), ى/ي, ة/ه, tatweel or diacritics need not be listed —
 * the matcher accepts them (see `normalize.ts`).
 *
 * @module
 */

import { lookupKey } from './normalize.js';

/** A month name and its number (1–12) in its calendar. */
export interface MonthName {
  /** The name as written. */
  readonly name: string;
  /** Month number, 1–12. */
  readonly month: number;
}

/** Calendar a month name belongs to. */
export type MonthCalendar = 'gregorian' | 'hijri';

const list = (month: number, ...names: string[]): MonthName[] => names.map((name) => ({ name, month }));

/** Gregorian month names as used in Egypt and the Gulf (transliterated from European names). */
export const EGYPTIAN_MONTHS: readonly MonthName[] = [
  ...list(1, 'يناير'),
  ...list(2, 'فبراير'),
  ...list(3, 'مارس'),
  ...list(4, 'أبريل', 'إبريل'),
  ...list(5, 'مايو'),
  ...list(6, 'يونيو', 'يونيه'),
  ...list(7, 'يوليو', 'يوليه'),
  ...list(8, 'أغسطس'),
  ...list(9, 'سبتمبر'),
  ...list(10, 'أكتوبر'),
  ...list(11, 'نوفمبر'),
  ...list(12, 'ديسمبر'),
];

/** Syriac month names used in the Levant and Iraq. */
export const LEVANTINE_MONTHS: readonly MonthName[] = [
  ...list(1, 'كانون الثاني', 'كانون ثاني'),
  ...list(2, 'شباط'),
  ...list(3, 'آذار'),
  ...list(4, 'نيسان'),
  ...list(5, 'أيار'),
  ...list(6, 'حزيران'),
  ...list(7, 'تموز'),
  ...list(8, 'آب'),
  ...list(9, 'أيلول'),
  ...list(10, 'تشرين الأول', 'تشرين أول'),
  ...list(11, 'تشرين الثاني', 'تشرين ثاني'),
  ...list(12, 'كانون الأول', 'كانون أول'),
];

/** Month names from French, used in Algeria and Tunisia. */
export const MAGHREBI_MONTHS: readonly MonthName[] = [
  ...list(1, 'جانفي'),
  ...list(2, 'فيفري'),
  ...list(3, 'مارس'),
  ...list(4, 'أفريل'),
  ...list(5, 'ماي'),
  ...list(6, 'جوان'),
  ...list(7, 'جويلية'),
  ...list(8, 'أوت'),
  ...list(9, 'سبتمبر'),
  ...list(10, 'أكتوبر'),
  ...list(11, 'نوفمبر'),
  ...list(12, 'ديسمبر'),
];

/** Month names used in Morocco. */
export const MOROCCAN_MONTHS: readonly MonthName[] = [
  ...list(1, 'يناير'),
  ...list(2, 'فبراير'),
  ...list(3, 'مارس'),
  ...list(4, 'أبريل'),
  ...list(5, 'ماي'),
  ...list(6, 'يونيو'),
  ...list(7, 'يوليوز'),
  ...list(8, 'غشت'),
  ...list(9, 'شتنبر'),
  ...list(10, 'أكتوبر'),
  ...list(11, 'نونبر'),
  ...list(12, 'دجنبر'),
];

/** Hijri (Islamic) month names with their common variants. */
export const HIJRI_MONTHS: readonly MonthName[] = [
  ...list(1, 'محرم', 'المحرم'),
  ...list(2, 'صفر'),
  ...list(3, 'ربيع الأول', 'ربيع أول'),
  ...list(4, 'ربيع الآخر', 'ربيع الثاني', 'ربيع آخر', 'ربيع ثاني'),
  ...list(5, 'جمادى الأولى', 'جمادى الأول', 'جمادى أولى', 'جماد الأول'),
  ...list(6, 'جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادى ثاني', 'جماد الآخر'),
  ...list(7, 'رجب'),
  ...list(8, 'شعبان'),
  ...list(9, 'رمضان'),
  ...list(10, 'شوال'),
  ...list(11, 'ذو القعدة', 'ذي القعدة'),
  ...list(12, 'ذو الحجة', 'ذي الحجة'),
];

/** English month names and abbreviations (matched case-insensitively; a trailing dot is allowed). */
export const ENGLISH_MONTHS: readonly MonthName[] = [
  ...list(1, 'January', 'Jan'),
  ...list(2, 'February', 'Feb'),
  ...list(3, 'March', 'Mar'),
  ...list(4, 'April', 'Apr'),
  ...list(5, 'May'),
  ...list(6, 'June', 'Jun'),
  ...list(7, 'July', 'Jul'),
  ...list(8, 'August', 'Aug'),
  ...list(9, 'September', 'Sept', 'Sep'),
  ...list(10, 'October', 'Oct'),
  ...list(11, 'November', 'Nov'),
  ...list(12, 'December', 'Dec'),
];

/** All Arabic-script Gregorian month names (Egyptian, Levantine, Maghrebi, Moroccan). */
export const ARABIC_GREGORIAN_MONTHS: readonly MonthName[] = [
  ...EGYPTIAN_MONTHS,
  ...LEVANTINE_MONTHS,
  ...MAGHREBI_MONTHS,
  ...MOROCCAN_MONTHS,
];

/** Arabic weekday names (the article is part of the name; `يوم` before it is handled by the pattern). */
export const ARABIC_WEEKDAYS: readonly string[] = [
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الأثنين',
  'الثلاثاء',
  'الثلاثا',
  'الأربعاء',
  'الأربعا',
  'الخميس',
  'الجمعة',
  'السبت',
];

/** English weekday names and abbreviations (matched case-insensitively). */
export const ENGLISH_WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sun',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
];

/** Kind of label written right before a date. */
export type DateLabel = 'published' | 'updated';

/** Labels announcing a publication date (`نشر في`: the `في` is handled by the pattern). */
export const PUBLISHED_LABELS: readonly string[] = [
  'تاريخ النشر',
  'تم النشر',
  'نشر',
  'نشرت',
  'منشور',
  'Published',
  'First published',
  'Date published',
  'Posted',
];

/** Labels announcing an update date. */
export const UPDATED_LABELS: readonly string[] = [
  'آخر تحديث',
  'تاريخ التحديث',
  'تم التحديث',
  'تم تحديثه',
  'محدث',
  'تحديث',
  'آخر تعديل',
  'Updated',
  'Last updated',
  'Last modified',
  'Modified',
];

/** What a month name means. */
export interface MonthInfo {
  /** Month number, 1–12. */
  readonly month: number;
  /** Calendar of the month name. */
  readonly calendar: MonthCalendar;
}

function buildMonthMap(): ReadonlyMap<string, MonthInfo> {
  const map = new Map<string, MonthInfo>();
  const add = (names: readonly MonthName[], calendar: MonthCalendar): void => {
    for (const { name, month } of names) {
      const key = lookupKey(name);
      const prev = map.get(key);
      if (prev && (prev.month !== month || prev.calendar !== calendar)) {
        throw new Error(`conflicting month name ${name}`);
      }
      map.set(key, { month, calendar });
    }
  };
  add(ARABIC_GREGORIAN_MONTHS, 'gregorian');
  add(ENGLISH_MONTHS, 'gregorian');
  add(HIJRI_MONTHS, 'hijri');
  return map;
}

/** Every month name (Arabic, English, Hijri) by {@link lookupKey}. */
export const MONTHS_BY_KEY: ReadonlyMap<string, MonthInfo> = buildMonthMap();

/**
 * Looks up a matched month name.
 *
 * @param text - the month name as matched in the text (any variant, with or without a trailing dot)
 * @returns its month number and calendar, or `undefined` if it is not a known month name
 */
export function lookupMonth(text: string): MonthInfo | undefined {
  return MONTHS_BY_KEY.get(lookupKey(text));
}

const LABELS_BY_KEY: ReadonlyMap<string, DateLabel> = new Map<string, DateLabel>([
  ...PUBLISHED_LABELS.map((l): [string, DateLabel] => [lookupKey(l), 'published']),
  ...UPDATED_LABELS.map((l): [string, DateLabel] => [lookupKey(l), 'updated']),
]);

/**
 * Looks up a matched label.
 *
 * @param text - the label as matched in the text
 * @returns its kind, or `undefined` if it is not a known label
 */
export function lookupLabel(text: string): DateLabel | undefined {
  return LABELS_BY_KEY.get(lookupKey(text));
}
