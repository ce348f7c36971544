import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/metadata/dates/index.js';
import { segment } from './helpers.js';

// Every page below is written for these tests.

const BODY = [
  'قال رئيس البلدية في مؤتمر صحفي إن أعمال صيانة الطرق الرئيسية ستبدأ مطلع الشهر المقبل وتستمر ستة أسابيع.',
  'وأضاف أن البلدية ستعلن التحويلات المرورية المؤقتة قبل أسبوع من بدء الأعمال في كل منطقة.',
];
const page = (...header: string[]) => segment(['البلدية تعلن موعد صيانة الطرق الرئيسية', ...header, ...BODY].join('\n'));

describe('the publication date, format by format', () => {
  it.each([
    ['تاريخ النشر: 8th, November 2023 GMT', '2023-11-08', '8th, November 2023 GMT'],
    ['الإثنين، 24 أغسطس 2020 09:56 ص', '2020-08-24', 'الإثنين، 24 أغسطس 2020 09:56 ص'],
    ['Published on 30/04/2024 - 16:38', '2024-04-30', '30/04/2024 - 16:38'],
    ['2017-03-11T17:31:00+01:00', '2017-03-11', '2017-03-11T17:31:00+01:00'],
    ['05/12/2015', '2015-12-05', '05/12/2015'],
    ['Friday, 22 Nov 2024 4:55 PM MYT', '2024-11-22', 'Friday, 22 Nov 2024 4:55 PM'],
    ['November 9, 2020', '2020-11-09', 'November 9, 2020'],
    ['الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)', '2013-08-04', 'الأحد، 04 آب/اغسطس 2013'],
    ['نشر في 1 كانون الثاني 2021', '2021-01-01', '1 كانون الثاني 2021'],
    ['2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago', '2023-04-25', 'April 25, 2023'],
  ])('%s', (line, date, text) => {
    const r = page(line);
    expect(r.published).toMatchObject({ date, calendar: 'gregorian', span: { text } });
    expect(r.segments.find((s) => s.text === line)?.kind).toBe('metadata');
  });

  it('prefers the Gregorian date of a line that has both calendars', () => {
    const r = page('11 شوال 1441هـ - 03 يونيو 2020م');
    expect(r.published).toMatchObject({ date: '2020-06-03', calendar: 'gregorian' });
  });

  it('converts a Hijri-only date and says so', () => {
    const r = page('25 شوال 1436 هـ');
    expect(r.published).toMatchObject({ date: '2015-08-10', calendar: 'hijri', span: { text: '25 شوال 1436 هـ' } });
  });

  it('reads a date line above the headline (Reuters style)', () => {
    const r = segment(['Reuters home', 'April 25, 2023 2:26 PM GMT+2', 'Nepal airport reopens after runway inspection', 'By A Reporter',
      'The airport in the capital reopened on Tuesday after engineers inspected the main runway overnight and found no damage.',
      'Flights resumed in the afternoon, the civil aviation authority said in a statement.'].join('\n'));
    expect(r.headline?.text).toBe('Nepal airport reopens after runway inspection');
    expect(r.published?.date).toBe('2023-04-25');
  });

  it('reads the date under a label standing on its own line', () => {
    const r = page('التاريخ:', '03 يونيو 2020');
    expect(r.published?.date).toBe('2020-06-03');
  });

  it('takes the article date, not the ticker date at the top of the page nor those of related items', () => {
    const r = segment([
      'الأحد، 1 مارس 2020 08:00 ص',
      'عاجل: انقطاع الكهرباء عن عدة أحياء في المدينة',
      'البلدية تعلن موعد صيانة الطرق الرئيسية',
      'الإثنين، 2 مارس 2020 09:23 ص',
      ...BODY,
      'أخبار متعلقة',
      'البلدية تطلق حملة نظافة في الأحياء القديمة',
      'السبت، 29 فبراير 2020 07:04 م',
    ].join('\n'));
    expect(r.published?.date).toBe('2020-03-02');
  });

  it('does not take a date mentioned in the body', () => {
    const r = segment(['البلدية تعلن موعد صيانة الطرق', 'وقال رئيس البلدية إن الأعمال ستبدأ في 14 مارس 2024 وتستمر ستة أسابيع في كل الأحياء.',
      'وأضاف أن البلدية ستعلن التحويلات المرورية قبل أسبوع من بدء الأعمال.'].join('\n'));
    expect(r.published).toBeNull();
  });

  it('falls back to a date the lead paragraph gives as today', () => {
    const r = segment(['الجوازات تمدد مهلة التصحيح', 'أوضحت المديرية العامة أن عدد المستفيدين بلغ حتى ظهر اليوم الخميس الموافق 1436/10/7هـ أكثر من ثلاثمئة ألف شخص في كل المناطق.'].join('\n'));
    expect(r.published).toMatchObject({ date: '2015-07-23', calendar: 'hijri' });
  });

  it('reads the date of an SPA-style dateline line with both calendars', () => {
    const r = segment(['سياسي / ولي العهد يستقبل وزير الخارجية البريطاني', 'الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', ...BODY, '// انتهى //', '11:01 ت م'].join('\n'));
    expect(r.published).toMatchObject({ date: '2015-08-10', calendar: 'gregorian', span: { text: '10 أغسطس 2015 م' } });
    expect(r.dateline).toMatchObject({ place: 'Riyadh', agency: 'Saudi Press Agency' });
    expect(r.headline?.text).toBe('سياسي / ولي العهد يستقبل وزير الخارجية البريطاني');
    expect(r.body).toHaveLength(2);
  });
});

describe('findDates: a clock time glued to the year and a month glued to the word before it', () => {
  it('reads "April 25, 20232:26 PM" as 2023', () => {
    expect(findDates('April 25, 20232:26 PM')).toMatchObject([{ text: 'April 25, 2023', date: '2023-04-25' }]);
    expect(findDates('8 Nov 202312:30')).toMatchObject([{ text: '8 Nov 2023', date: '2023-11-08' }]);
  });
  it('reads a capitalized month glued to a lower-case word', () => {
    expect(findDates('2 minute readApril 25, 2023')).toMatchObject([{ start: 13, text: 'April 25, 2023', date: '2023-04-25' }]);
  });
  it('still rejects a longer number after the year', () => {
    expect(findDates('April 25, 20231')).toEqual([]);
    expect(findDates('April 25, 202312')).toEqual([]);
  });
  it('does not read a lower-case glued month', () => {
    expect(findDates('spreadapril 25, 2023')).toEqual([]);
  });
});
