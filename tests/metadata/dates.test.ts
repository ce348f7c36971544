import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates, hijriToGregorian, type FoundDate } from '../../src/metadata/dates/index.js';
import {
  ARABIC_GREGORIAN_MONTHS,
  ARABIC_WEEKDAYS,
  ENGLISH_MONTHS,
  HIJRI_MONTHS,
  lookupLabel,
  lookupMonth,
  PUBLISHED_LABELS,
  UPDATED_LABELS,
} from '../../src/metadata/dates/months.js';
import { HAS_MARK, lookupKey, normalizeKey, parseDigits, toAsciiDigits, tolerantPattern } from '../../src/metadata/dates/normalize.js';
import { ALL_PATTERNS, AR_DAY_MONTH_YEAR, AR_MONTH_DAY_YEAR, LABEL_BEFORE, UNMARKED, WEEKDAY_BEFORE } from '../../src/metadata/dates/patterns.js';

// All sample sentences below are written for these tests.

/** Runs findDates and checks the invariants every result must hold. */
function find(input: string, from?: number, to?: number): FoundDate[] {
  const found = findDates(input, from, to);
  let prev = -1;
  for (const f of found) {
    expect(f.text).toBe(input.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(Math.max(0, from === undefined || Number.isNaN(from) ? 0 : from));
    expect(f.end).toBeLessThanOrEqual(Math.min(input.length, to === undefined || Number.isNaN(to) ? input.length : to));
    expect(f.start).toBeGreaterThanOrEqual(prev);
    expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    prev = f.end;
  }
  return found;
}

/** Expects exactly one date and returns it. */
function one(input: string): FoundDate {
  const found = find(input);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

describe('English dates inside Arabic text', () => {
  it('reads "تاريخ النشر: 8th, November 2023 GMT"', () => {
    const input = 'تاريخ النشر: 8th, November 2023 GMT';
    expect(one(input)).toEqual({
      start: 13,
      end: input.length,
      text: '8th, November 2023 GMT',
      date: '2023-11-08',
      calendar: 'gregorian',
      time: false,
      label: 'published',
    });
  });

  it('reads an ordinal with "of"', () => {
    const d = one('كتب المحرر في 3rd of March 2021 مقالا قصيرا');
    expect(d.date).toBe('2021-03-03');
    expect(d.text).toBe('3rd of March 2021');
  });
});

describe('Arabic day, month name, year', () => {
  it('reads weekday, date and time with ص', () => {
    const input = 'الإثنين، 24 أغسطس 2020 09:56 ص';
    expect(one(input)).toEqual({
      start: 0,
      end: input.length,
      text: input,
      date: '2020-08-24',
      calendar: 'gregorian',
      time: true,
      label: null,
    });
  });

  it('weekday is optional', () => {
    const d = one('وصل الوفد 24 أغسطس 2020 إلى المدينة');
    expect(d.text).toBe('24 أغسطس 2020');
    expect(d.date).toBe('2020-08-24');
    expect(d.time).toBe(false);
  });

  it.each([
    ['يناير', 1],
    ['فبراير', 2],
    ['مارس', 3],
    ['أبريل', 4],
    ['ابريل', 4],
    ['إبريل', 4],
    ['مايو', 5],
    ['يونيو', 6],
    ['يونيه', 6],
    ['يوليو', 7],
    ['يوليه', 7],
    ['أغسطس', 8],
    ['اغسطس', 8],
    ['سبتمبر', 9],
    ['أكتوبر', 10],
    ['اكتوبر', 10],
    ['نوفمبر', 11],
    ['ديسمبر', 12],
  ])('Egyptian month %s', (name, month) => {
    const d = one(`اجتمع المجلس يوم 15 ${name} 2021 لمناقشة الخطة`);
    expect(d.date).toBe(`2021-${pad2(month)}-15`);
    expect(d.text).toBe(`15 ${name} 2021`);
  });

  it('reads "يوم الخميس" and a time after "الساعة"', () => {
    const d = one('عقد اللقاء يوم الخميس 5 مارس 2020 الساعة 10:30 صباحاً في القاعة');
    expect(d.text).toBe('يوم الخميس 5 مارس 2020 الساعة 10:30 صباحاً');
    expect(d.time).toBe(true);
  });

  it('reads a time with م (PM) after a dash', () => {
    const d = one('10 مايو 2022 - 08:15 م');
    expect(d.text).toBe('10 مايو 2022 - 08:15 م');
    expect(d.time).toBe(true);
    expect(d.date).toBe('2022-05-10');
  });

  it('includes the Gregorian era marker م / ميلادية', () => {
    expect(one('حدث ذلك في 24 أغسطس 2020م وسط المدينة').text).toBe('24 أغسطس 2020م');
    expect(one('حدث ذلك في 24 أغسطس 2020 ميلادية').text).toBe('24 أغسطس 2020 ميلادية');
  });

  it('reads month before day: "أغسطس 24، 2020"', () => {
    const d = one('بتاريخ أغسطس 24، 2020 صدر القرار');
    expect(d.text).toBe('أغسطس 24، 2020');
    expect(d.date).toBe('2020-08-24');
  });

  it('reads "24 من أغسطس، 2020" and "3 أغسطس عام 2020"', () => {
    expect(one('في 24 من أغسطس، 2020 بدأ').date).toBe('2020-08-24');
    expect(one('في 3 أغسطس عام 2020 بدأ').date).toBe('2020-08-03');
  });

  it('tolerates tatweel, diacritics and alef/ya/ta-marbuta variants', () => {
    expect(one('الإثنـين، 24 أغـسطس 2020').date).toBe('2020-08-24');
    expect(one('24 أَغُسْطُس 2020').date).toBe('2020-08-24');
    expect(one('الاثنين 1 إبريل 2019').text).toBe('الاثنين 1 إبريل 2019');
    expect(one('الجمعه 5 يونية 2020').date).toBe('2020-06-05');
  });

  it('tolerates bidi marks between the parts', () => {
    const d = one('\u200f24\u200f أغسطس\u200f 2020\u200f');
    expect(d.date).toBe('2020-08-24');
    expect(d.text).toBe('24\u200f أغسطس\u200f 2020');
  });
});

describe('Levantine and Iraqi month names', () => {
  it.each([
    ['كانون الثاني', 1],
    ['كانون ثاني', 1],
    ['شباط', 2],
    ['آذار', 3],
    ['اذار', 3],
    ['نيسان', 4],
    ['أيار', 5],
    ['ايار', 5],
    ['حزيران', 6],
    ['تموز', 7],
    ['آب', 8],
    ['اب', 8],
    ['أيلول', 9],
    ['تشرين الأول', 10],
    ['تشرين الاول', 10],
    ['تشرين الثاني', 11],
    ['كانون الأول', 12],
  ])('month %s', (name, month) => {
    const d = one(`أعلنت الوزارة في 9 ${name} 2019 نتائج المسح`);
    expect(d.date).toBe(`2019-${pad2(month)}-09`);
    expect(d.text).toBe(`9 ${name} 2019`);
  });

  it.each([
    ['آب/أغسطس', '04 آب/أغسطس 2013', '2013-08-04'],
    ['04 آب/اغسطس 2013', '04 آب/اغسطس 2013', '2013-08-04'],
    ['1 مارس (آذار) 2020', '1 مارس (آذار) 2020', '2020-03-01'],
    ['2 آذار (مارس) 2021', '2 آذار (مارس) 2021', '2021-03-02'],
    ['3 تشرين الثاني/نوفمبر 2022', '3 تشرين الثاني/نوفمبر 2022', '2022-11-03'],
    ['3 تشرين الأول / أكتوبر 2022', '3 تشرين الأول / أكتوبر 2022', '2022-10-03'],
  ])('pair %s', (_label, written, date) => {
    const input = `عقدت الجلسة في ${written} بحضور الأعضاء`;
    const d = one(input);
    expect(d.text).toBe(written);
    expect(d.date).toBe(date);
  });

  it('pair "آب/أغسطس" as written in the brief', () => {
    expect(one('الأحد 04 آب/أغسطس 2013').date).toBe('2013-08-04');
  });

  it('rejects a pair naming two different months', () => {
    expect(find('بين 5 شباط/آذار 2020 والصيف')).toEqual([]);
  });
});

describe('Maghrebi and Moroccan month names', () => {
  it.each([
    ['جانفي', 1],
    ['فيفري', 2],
    ['مارس', 3],
    ['أفريل', 4],
    ['افريل', 4],
    ['ماي', 5],
    ['جوان', 6],
    ['جويلية', 7],
    ['جويليه', 7],
    ['أوت', 8],
    ['اوت', 8],
    ['سبتمبر', 9],
    ['أكتوبر', 10],
    ['نوفمبر', 11],
    ['ديسمبر', 12],
  ])('Maghrebi month %s', (name, month) => {
    expect(one(`انطلقت الحملة يوم 7 ${name} 2018 في العاصمة`).date).toBe(`2018-${pad2(month)}-07`);
  });

  it.each([
    ['يناير', 1],
    ['فبراير', 2],
    ['مارس', 3],
    ['أبريل', 4],
    ['ماي', 5],
    ['يونيو', 6],
    ['يوليوز', 7],
    ['غشت', 8],
    ['شتنبر', 9],
    ['أكتوبر', 10],
    ['نونبر', 11],
    ['دجنبر', 12],
  ])('Moroccan month %s', (name, month) => {
    const d = one(`صادق المجلس في 12 ${name} 2017 على المشروع`);
    expect(d.date).toBe(`2017-${pad2(month)}-12`);
    expect(d.text).toBe(`12 ${name} 2017`);
  });

  it('"ماي" does not swallow the start of "مايو"', () => {
    expect(one('3 مايو 2016').text).toBe('3 مايو 2016');
  });
});

describe('numeric dates', () => {
  it.each([
    ['2020/12/1', '2020-12-01'],
    ['1/12/2020', '2020-12-01'],
    ['١ / ١٢ / ٢٠٢٠', '2020-12-01'],
    ['۱/۱۲/۲۰۲۰', '2020-12-01'],
    ['٢٠٢٠/١٢/١', '2020-12-01'],
    ['01.12.2020', '2020-12-01'],
    ['1-12-2020', '2020-12-01'],
    ['2023-11-08', '2023-11-08'],
    ['2023/1/9', '2023-01-09'],
  ])('%s', (written, date) => {
    const d = one(`صدر البيان ${written} عن المكتب`);
    expect(d.text).toBe(written);
    expect(d.date).toBe(date);
    expect(d.calendar).toBe('gregorian');
  });

  it('is day-first, falling back to month-first only when day-first is impossible', () => {
    expect(one('3/4/2020').date).toBe('2020-04-03');
    expect(one('12/25/2020').date).toBe('2020-12-25');
  });

  it.each([
    ['2017-03-11T17:31:00+01:00', '2017-03-11'],
    ['2023-11-08T10:00Z', '2023-11-08'],
    ['2023-11-08T10:00:05.123Z', '2023-11-08'],
    ['2023-11-08T23:59:59-0500', '2023-11-08'],
  ])('ISO date-time %s', (written, date) => {
    const d = one(`timestamp ${written} end`);
    expect(d.text).toBe(written);
    expect(d.date).toBe(date);
    expect(d.time).toBe(true);
  });

  it('keeps the date but not an impossible ISO time', () => {
    expect(one('at 2017-03-11T25:31:00Z')).toMatchObject({ text: '2017-03-11', time: false, date: '2017-03-11' });
  });

  it('adds a time written after a numeric date', () => {
    const d = one('2023-11-08 10:00 ص');
    expect(d.text).toBe('2023-11-08 10:00 ص');
    expect(d.time).toBe(true);
  });

  it.each([
    ['2020/13/45'],
    ['31/02/2020'],
    ['2020/12'],
    ['12/3'],
    ['1.5.20'],
    ['1/12/20201'],
    ['2020-12-1234'],
    ['1/1/1899'],
    ['1/1/2101'],
  ])('rejects %s', (written) => {
    expect(find(`القيمة ${written} فقط`)).toEqual([]);
  });
});

describe('Hijri dates', () => {
  it('reads "25 شوال 1436 هـ"', () => {
    expect(one('صدر القرار في 25 شوال 1436 هـ بعد الاجتماع')).toMatchObject({
      text: '25 شوال 1436 هـ',
      date: '2015-08-10',
      calendar: 'hijri',
    });
  });

  it('reads "1436/10/7هـ" as year/month/day', () => {
    expect(one('بتاريخ 1436/10/7هـ')).toMatchObject({ text: '1436/10/7هـ', date: '2015-07-23', calendar: 'hijri' });
  });

  it('reads "7/10/1436هـ" as day/month/year', () => {
    expect(one('بتاريخ 7/10/1436هـ')).toMatchObject({ text: '7/10/1436هـ', date: '2015-07-23', calendar: 'hijri' });
  });

  it('reads a Hijri month name without a marker: "الخميس 7 شوال 1436"', () => {
    expect(one('الخميس 7 شوال 1436')).toMatchObject({
      start: 0,
      text: 'الخميس 7 شوال 1436',
      date: '2015-07-23',
      calendar: 'hijri',
    });
  });

  it.each([['هـ'], ['ه'], ['هجري'], ['هجرية'], ['للهجرة'], ['هــ']])('marker %s', (marker) => {
    const d = one(`وقع في 1 شوال 1436 ${marker} كما ورد`);
    expect(d.text).toBe(`1 شوال 1436 ${marker}`);
    expect(d.date).toBe('2015-07-17');
  });

  it('reads Eastern Arabic digits with a marker: "٧/١٠/١٤٣٦ هـ"', () => {
    expect(one('٧/١٠/١٤٣٦ هـ')).toMatchObject({ date: '2015-07-23', calendar: 'hijri', text: '٧/١٠/١٤٣٦ هـ' });
  });

  it('reads 1 رمضان 1444 and 1 محرم 1445', () => {
    expect(one('1 رمضان 1444').date).toBe('2023-03-23');
    expect(one('1 محرم 1445 هـ').date).toBe('2023-07-19');
  });

  it.each([
    ['محرم', 1],
    ['المحرم', 1],
    ['محرّم', 1],
    ['صفر', 2],
    ['ربيع الأول', 3],
    ['ربيع الاول', 3],
    ['ربيع أول', 3],
    ['ربيع الآخر', 4],
    ['ربيع الثاني', 4],
    ['جمادى الأولى', 5],
    ['جمادي الاولى', 5],
    ['جمادى الأول', 5],
    ['جمادى الآخرة', 6],
    ['جمادى الاخرة', 6],
    ['جمادى الثانية', 6],
    ['رجب', 7],
    ['شعبان', 8],
    ['رمضان', 9],
    ['شوال', 10],
    ['شوّال', 10],
    ['ذو القعدة', 11],
    ['ذي القعدة', 11],
    ['ذو القعده', 11],
    ['ذو الحجة', 12],
    ['ذي الحجة', 12],
    ['ذى الحجة', 12],
    ['ذوالحجة', 12],
  ])('Hijri month %s', (name, month) => {
    const g = hijriToGregorian(1440, month, 10)!;
    const d = one(`أقيم الحفل في 10 ${name} 1440هـ بالمسجد`);
    expect(d.date).toBe(`${g.year}-${pad2(g.month)}-${pad2(g.day)}`);
    expect(d.calendar).toBe('hijri');
    expect(d.text).toBe(`10 ${name} 1440هـ`);
  });

  it('finds both dates of "… هـ الموافق …"', () => {
    const found = find('آخر تحديث: يوم الخميس 7 شوال 1436 هـ الموافق 23 يوليو 2015م');
    expect(found.map((f) => [f.text, f.date, f.calendar, f.label])).toEqual([
      ['يوم الخميس 7 شوال 1436 هـ', '2015-07-23', 'hijri', 'updated'],
      ['23 يوليو 2015م', '2015-07-23', 'gregorian', null],
    ]);
  });

  it.each([
    ['30 رمضان 1444 هـ', 'day 30 of a 29-day month'],
    ['1/1/1436', 'numeric year ≤ 1500 without a marker'],
    ['5 شوال 1600 هـ', 'Hijri year out of range'],
    ['5 شوال 1299', 'Hijri year out of range'],
    ['5 شوال 2020', 'Hijri month with a Gregorian-range year'],
    ['5 مارس 1436 هـ', 'Gregorian month with a Hijri marker'],
    ['5 شوال 1436 م', 'Hijri month with a Gregorian marker'],
    ['1436 هـ', 'year alone'],
  ])('rejects %s (%s)', (written) => {
    expect(find(`وقع ذلك ${written} كما يقال`)).toEqual([]);
  });
});

describe('English dates', () => {
  it.each([
    ['Nov. 8, 2023', '2023-11-08'],
    ['November 8, 2023', '2023-11-08'],
    ['8 November 2023', '2023-11-08'],
    ['28 November 2025', '2025-11-28'],
    ['Wednesday, 8 November 2023', '2023-11-08'],
    ['Nov 8 2023', '2023-11-08'],
    ['Sept. 1, 2022', '2022-09-01'],
    ['8th November, 2023', '2023-11-08'],
    ['November 8th, 2023', '2023-11-08'],
    ['NOV 8, 2023', '2023-11-08'],
    ['Feb 29, 2024', '2024-02-29'],
  ])('%s', (written, date) => {
    const d = one(`The report, dated ${written}, was released.`);
    expect(d.text).toBe(written);
    expect(d.date).toBe(date);
    expect(d.time).toBe(false);
  });

  it.each([
    ['November 8, 2023 3:04 PM GMT'],
    ['Nov 8, 2023 03:26 pm'],
    ['28 November 2025 10:00 ET'],
    ['November 8, 2023 at 3:04 p.m. ET'],
    ['November 8, 2023 at 3:04 p.m.'],
    ['8 November 2023, 14:05 (GMT+3)'],
    ['8 November 2023 | 14:05 UTC'],
  ])('with time: %s', (written) => {
    const d = one(`Filed ${written}. More text follows.`);
    expect(d.text).toBe(written);
    expect(d.time).toBe(true);
  });

  it('reads "Updated 3:04 PM GMT, Wed November 8, 2023"', () => {
    const input = 'Updated 3:04 PM GMT, Wed November 8, 2023';
    expect(one(input)).toEqual({
      start: 8,
      end: input.length,
      text: '3:04 PM GMT, Wed November 8, 2023',
      date: '2023-11-08',
      calendar: 'gregorian',
      time: true,
      label: 'updated',
    });
  });

  it('reads "Published 8:00 AM EST, Nov 8, 2023"', () => {
    expect(one('Published 8:00 AM EST, Nov 8, 2023')).toMatchObject({
      text: '8:00 AM EST, Nov 8, 2023',
      label: 'published',
      time: true,
    });
  });

  it('takes a zone after a date alone only when it is GMT/UTC', () => {
    expect(one('8 November 2023 UTC').text).toBe('8 November 2023 UTC');
    expect(one('8 November 2023 CT scan').text).toBe('8 November 2023');
    expect(one('8 November 2023 +0300').text).toBe('8 November 2023');
    expect(one('8 November 2023 10:00 +0300').text).toBe('8 November 2023 10:00 +0300');
  });

  it('reads a published and an updated date on one line', () => {
    const found = find('Published 8:00 AM EST, Nov 8, 2023 Updated 3:04 PM GMT, Wed November 9, 2023');
    expect(found.map((f) => [f.date, f.label, f.time])).toEqual([
      ['2023-11-08', 'published', true],
      ['2023-11-09', 'updated', true],
    ]);
  });

  it.each([['November 2023'], ['Nov 8'], ['May 35, 2020'], ['Feb 29, 2023'], ['8 November 1850']])(
    'rejects %s',
    (written) => {
      expect(find(`Something happened ${written} somewhere.`)).toEqual([]);
    },
  );
});

describe('labels', () => {
  it.each([
    ['نشر في 5 مارس 2020', 'published'],
    ['نُشر فى: 5 مارس 2020', 'published'],
    ['تاريخ النشر : 2020/3/5', 'published'],
    ['تاريخ النشر: الخميس 5 مارس 2020', 'published'],
    ['نشر بتاريخ 5 مارس 2020', 'published'],
    ['آخر تحديث: 5 مارس 2020', 'updated'],
    ['اخر تحديث 5 مارس 2020 - 10:20 م', 'updated'],
    ['تم التحديث في 5 مارس 2020', 'updated'],
    ['Published: 5 March 2020', 'published'],
    ['Posted on March 5, 2020', 'published'],
    ['Last updated on March 5, 2020', 'updated'],
    ['Updated\n5 March 2020', 'updated'],
  ])('%s → %s', (input, label) => {
    const d = one(input);
    expect(d.label).toBe(label);
    expect(d.date).toBe('2020-03-05');
    expect(d.text.startsWith('5') || d.text.startsWith('2020') || d.text.startsWith('الخميس') || d.text.startsWith('March')).toBe(true);
  });

  it('needs the label right before the date', () => {
    expect(one('تاريخ النشر غير معروف، لكن الحادث وقع في 5 مارس 2020').label).toBeNull();
    expect(one('قال في 5 مارس 2020').label).toBeNull();
    expect(one('ينشر 5 مارس 2020').label).toBeNull();
  });

  it('every label resolves to its kind', () => {
    for (const l of PUBLISHED_LABELS) expect(lookupLabel(l)).toBe('published');
    for (const l of UPDATED_LABELS) expect(lookupLabel(l)).toBe('updated');
  });
});

describe('not dates', () => {
  it.each([
    ['منذ عام 2006 يعمل في الشركة'],
    ['وصل في 24 أغسطس إلى المدينة'],
    ['حصل على 12 3 في المباراة'],
    ['سجل 12 3 2020 نقطة'],
    ['بلغ عدد المشاركين 1500 شخص في 2020'],
    ['5 مارس 1899'],
    ['5 مارس 2101'],
    ['31 أبريل 2020'],
    ['Version 1.2.3 released in 2020'],
  ])('%s', (input) => {
    expect(find(input)).toEqual([]);
  });

  it('empty string and text without digits', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('لا يوجد تاريخ هنا')).toEqual([]);
  });
});

describe('offsets and ranges', () => {
  const input = 'البداية 5 مارس 2020 ثم 6 مارس 2021 ثم 7 مارس 2022';

  it('returns all dates in order of position', () => {
    expect(find(input).map((f) => f.date)).toEqual(['2020-03-05', '2021-03-06', '2022-03-07']);
  });

  it('searches only [from, to), with offsets into the whole text', () => {
    const from = input.indexOf('ثم');
    const to = input.lastIndexOf('ثم');
    const found = find(input, from, to);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: '2021-03-06', start: input.indexOf('6 مارس'), text: '6 مارس 2021' });
  });

  it('ignores a date cut by the range', () => {
    const end = input.indexOf('2020') + 2;
    expect(find(input, 0, end)).toEqual([]);
  });

  it('clamps out-of-range and empty ranges', () => {
    expect(find(input, -10, 10_000)).toHaveLength(3);
    expect(findDates(input, 20, 20)).toEqual([]);
    expect(findDates(input, 30, 10)).toEqual([]);
    expect(find(input, Number.NaN)).toHaveLength(3);
  });

  it('counts UTF-16 code units (astral characters before the date)', () => {
    const text = '😀😀 5 مارس 2020';
    const d = one(text);
    expect(d.start).toBe(5);
    expect(d.text).toBe('5 مارس 2020');
  });

  it('does not let a time or weekday extension overlap a neighbouring date', () => {
    const found = find('24 أغسطس 2020 09:56 ص الثلاثاء 25 أغسطس 2020 10:00 م');
    expect(found.map((f) => f.text)).toEqual(['24 أغسطس 2020 09:56 ص', 'الثلاثاء 25 أغسطس 2020 10:00 م']);
  });
});

describe('name data and normalization', () => {
  it('every month name resolves to its month and calendar', () => {
    for (const { name, month } of ARABIC_GREGORIAN_MONTHS) expect(lookupMonth(name)).toEqual({ month, calendar: 'gregorian' });
    for (const { name, month } of ENGLISH_MONTHS) expect(lookupMonth(name)).toEqual({ month, calendar: 'gregorian' });
    for (const { name, month } of HIJRI_MONTHS) expect(lookupMonth(name)).toEqual({ month, calendar: 'hijri' });
    expect(lookupMonth('Nov.')).toEqual({ month: 11, calendar: 'gregorian' });
    expect(lookupMonth('ذوالقعدة')).toEqual({ month: 11, calendar: 'hijri' });
  });

  it('normalizes alef, ya, ta marbuta, tatweel and diacritics', () => {
    expect(normalizeKey('أإآٱا')).toBe('ااااا');
    expect(normalizeKey('جمادى الآخرة')).toBe('جمادي الاخره');
    expect(normalizeKey('شـوّال')).toBe('شوال');
    expect(lookupKey('ذو  القعدة')).toBe('ذوالقعده');
  });

  it('tolerant patterns match spelling variants and keep the original text', () => {
    const re = new RegExp(`^${tolerantPattern('الأربعاء')}$`, 'u');
    for (const variant of ['الأربعاء', 'الاربعاء', 'الإربعاء', 'الأربـعاء', 'الأَربِعاء']) expect(re.test(variant)).toBe(true);
    expect(re.test('الخميس')).toBe(false);
    for (const w of ARABIC_WEEKDAYS) expect(new RegExp(`^${tolerantPattern(w)}$`, 'u').test(w)).toBe(true);
  });

  it('converts Eastern Arabic and Persian digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});

describe('performance and regular-expression safety', () => {
  const N = 50_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const adversarial = [
    fill('1'),
    fill('١'),
    fill('1/'),
    fill('1-'),
    fill('1.'),
    fill('11 '),
    fill(' '),
    fill('\u200f '),
    fill('ب'),
    fill('ـ'),
    fill('َ'),
    fill('a'),
    fill('هـ'),
    fill(', '),
    fill('أغسطس '),
    fill('كانون '),
    fill('كانون الثاني/'),
    fill('آب/أغسطس '),
    fill('(آذار) '),
    fill('11 شوال '),
    fill('24 أغسطس 2020 '),
    fill('Nov 1 '),
    fill('Nov. 1, '),
    fill('1st of '),
    fill('12:12 '),
    fill('12:12 PM GMT, '),
    fill('يوم '),
    fill('الخميس، '),
    fill('تاريخ النشر: '),
    fill('بتوقيت '),
    fill('2020-12-12T'),
    fill('1436/10/'),
  ];

  it.each(Object.entries(ALL_PATTERNS))('pattern %s stays fast on 50,000-character adversarial strings', (_name, re) => {
    const global = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    for (const s of adversarial) {
      const t0 = performance.now();
      let n = 0;
      for (const m of s.matchAll(global)) n += m[0].length > 0 ? 1 : 0;
      const ms = performance.now() - t0;
      expect(ms, `${JSON.stringify(s.slice(0, 12))}… took ${ms.toFixed(0)} ms`).toBeLessThan(500);
      expect(n).toBeGreaterThanOrEqual(0);
    }
  });

  it('findDates stays fast on the adversarial strings', () => {
    for (const s of adversarial) {
      const t0 = performance.now();
      findDates(s);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });

  it('runs in linear time on 1 MB of random text', () => {
    const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآةىـَ0123456789٠١٢٣٤٥٦٧٨٩ /-.:,،()\nNovMay';
    const words = ['شوال ', 'أغسطس ', 'November ', 'كانون الثاني ', '2020 ', '1/', '12:30 ', 'الخميس ', 'نشر في '];
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const parts: string[] = [];
    let length = 0;
    while (length < 1_000_000) {
      const p = rnd() < 0.3 ? words[Math.floor(rnd() * words.length)]! : alphabet[Math.floor(rnd() * alphabet.length)]!;
      parts.push(p);
      length += p.length;
    }
    const big = parts.join('').slice(0, 1_000_000);
    const small = big.slice(0, 250_000);
    const time = (s: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        find(s);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const tSmall = time(small);
    const tBig = time(big);
    expect(tBig).toBeLessThan(5000);
    // 4× the text should cost about 4× the time; allow generous noise.
    expect(tBig / Math.max(tSmall, 1)).toBeLessThan(10);
  });
});

describe('parseDigits', () => {
  it('reads ASCII, Eastern Arabic and Persian digits alike', () => {
    expect(parseDigits('2023')).toBe(2023);
    expect(parseDigits('٢٠٢٣')).toBe(2023);
    expect(parseDigits('۱۹۹۶')).toBe(1996);
    expect(parseDigits('0٨')).toBe(8);
    expect(parseDigits('')).toBeNaN();
  });
  it('reads any string as parseInt reads its ASCII digits (property)', () => {
    const unit = fc.constantFrom('0', '7', '9', '٠', '٥', '٩', '۰', '۴', '۹', ' ', '-', '+', 'a', '.', '١٢');
    const same = (s: string) => Object.is(parseDigits(s), Number.parseInt(toAsciiDigits(s), 10));
    fc.assert(fc.property(fc.array(unit, { maxLength: 14 }).map((xs) => xs.join('')), same), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ maxLength: 12 }), same), { numRuns: 1000 });
  });
});

describe('real calendar dates', () => {
  const dates = (s: string) => findDates(s).map((d) => d.date);
  it('knows the length of each month and the Gregorian leap years', () => {
    expect(dates('2024/02/29')).toEqual(['2024-02-29']);
    expect(dates('2000/02/29')).toEqual(['2000-02-29']);
    expect(dates('2023/02/29')).toEqual([]);
    expect(dates('1900/02/29')).toEqual([]);
    expect(dates('2100/02/29')).toEqual([]);
    expect(dates('2023/04/31')).toEqual([]);
    expect(dates('2023/12/31')).toEqual(['2023-12-31']);
  });
});

describe('the patterns for text without diacritics or tatweel', () => {
  // Every spelling the names come in (alef, ya and ta marbuta forms, spaced and glued words), and what
  // stands around a date, without the marks: there the smaller patterns must match as the full ones.
  const names = [...ARABIC_GREGORIAN_MONTHS, ...HIJRI_MONTHS].map((m) => m.name)
    .concat(ARABIC_WEEKDAYS, PUBLISHED_LABELS, UPDATED_LABELS, ['ذوالقعدة', 'إبريل', 'ابريل', 'أيار', 'الاثنين', 'الأحد', 'يوم', 'شهر', 'من', 'عام'])
    .map((n) => n.replace(/[\u0640\u064B-\u065F\u0670]/g, ''));
  const piece = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom('2', '24', '٢٤', '2020', '١٤٣٦', '1436', 'م', 'ه', 'هجرية'),
    fc.constantFrom(' ', '  ', '، ', '/', '-', ' (', ') ', ': ', '\n', 'و', 'ال'),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const full = { AR_DAY_MONTH_YEAR, AR_MONTH_DAY_YEAR, WEEKDAY_BEFORE, LABEL_BEFORE };
  const matches = (re: RegExp, s: string) =>
    [...s.matchAll(new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g'))].map((m) => [m.index, m[0], JSON.stringify(m.groups)]);

  it.each(Object.keys(full) as (keyof typeof full)[])('%s matches as the full pattern', (name) => {
    fc.assert(fc.property(text, (s) => {
      expect(HAS_MARK.test(s)).toBe(false);
      expect(matches(UNMARKED[name], s)).toEqual(matches(full[name], s));
    }), { numRuns: 300 });
  });

  it('are several times smaller than the full ones', () => {
    expect(UNMARKED.AR_DAY_MONTH_YEAR.source.length * 2).toBeLessThan(AR_DAY_MONTH_YEAR.source.length);
  });

  it('leave text with marks to the full patterns', () => {
    expect(one('نُشر يوم الخميـس 12 شـوّال 1436 هـ').date).toBe('2015-07-28');
    expect(UNMARKED.AR_DAY_MONTH_YEAR.test('12 شـوّال 1436')).toBe(false);
  });
});

