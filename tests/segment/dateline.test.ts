import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { datelineOfLine, datelineOfParagraph } from '../../src/segment/dateline.js';
import { emptyContext, segment, testContext } from './helpers.js';

// Every line below is written for these tests.

const ofLine = (line: string, ctx = testContext) => {
  const doc = new AkhbarDocument(line, 'ar');
  const hit = datelineOfLine(doc, 0, line.length, ctx);
  if (hit) expect(line.slice(hit.dateline.span.start, hit.dateline.span.end)).toBe(hit.dateline.span.text);
  return hit && { place: hit.dateline.place, agency: hit.dateline.agency, span: hit.dateline.span.text, byline: hit.byline?.text };
};
const ofParagraph = (text: string, ctx = testContext) => {
  const doc = new AkhbarDocument(text, 'ar');
  const hit = datelineOfParagraph(doc, 0, text.length, ctx);
  return hit && { place: hit.dateline.place, agency: hit.dateline.agency, span: hit.dateline.span.text, rest: text.slice(hit.end).trimStart().split(' ')[0] };
};

describe('dateline shapes on a line of their own', () => {
  it.each([
    ['موسكو-سانا', { place: 'Moscow', agency: 'Syrian Arab News Agency', span: 'موسكو-سانا' }],
    ['دمشق، سوريا (CNN) --', { place: 'Damascus', agency: 'CNN', span: 'دمشق، سوريا (CNN)' }],
    ['مزار شريف - (أ.ف.ب):', { place: 'مزار شريف', agency: 'أ.ف.ب', span: 'مزار شريف - (أ.ف.ب)' }],
    ['رويترز ـ دونيتسك', { place: 'دونيتسك', agency: 'Reuters', span: 'رويترز ـ دونيتسك' }],
    ['واس (جدة)', { place: 'Jeddah', agency: 'Saudi Press Agency', span: 'واس (جدة)' }],
    ['كوالالمبور - رويترز', { place: 'كوالالمبور', agency: 'Reuters', span: 'كوالالمبور - رويترز' }],
    ['لندن: «الشرق الأوسط»', { place: 'London', agency: 'الشرق الأوسط', span: 'لندن: «الشرق الأوسط»' }],
    ['عبدالله البرقاوي-سبق-الرياض:', { place: 'Riyadh', agency: 'سبق', span: 'سبق-الرياض', byline: 'عبدالله البرقاوي' }],
    ['طهران-الوئام:', { place: 'Tehran', agency: 'الوئام', span: 'طهران-الوئام' }],
    ['الرياض :الألمانية', { place: 'Riyadh', agency: 'الألمانية', span: 'الرياض :الألمانية' }],
    ['&nbsp;وكالات (بيروت)', { place: 'Beirut', agency: 'Agencies', span: 'وكالات (بيروت)' }],
    ['حسن الحارثي - جدة', { place: 'Jeddah', agency: undefined, span: 'جدة', byline: 'حسن الحارثي' }],
    ['الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', { place: 'Riyadh', agency: 'Saudi Press Agency' }],
    ['MOSCOW (Reuters) -', { place: 'Moscow', agency: 'Reuters', span: 'MOSCOW (Reuters)' }],
    ['WASHINGTON —', { place: 'WASHINGTON', agency: undefined, span: 'WASHINGTON' }],
  ])('%s', (line, expected) => {
    expect(ofLine(line)).toMatchObject(expected);
  });

  it('not a parenthesis cut by a dash inside a sentence (المحطة (الألمانية - الصينية)): no credit, no place', () => {
    expect(segment('افتتح الوزير المحطة (الألمانية - الصينية) أمس.').dateline).toBeNull();
    // … while a bracket around the whole dateline is one (see the next test)
    expect(segment('بيروت (رويترز) - قال مسؤول إن الوضع صعب.').dateline).toMatchObject({ agency: 'Reuters' });
  });
  it('reads "(place - paper)" when nothing is known only as the value of a label', () => {
    const doc = new AkhbarDocument('(أبوظبي الجديدة - الصحيفة)', 'ar');
    expect(datelineOfLine(doc, 0, doc.text.length, emptyContext)).toBeNull();
    expect(datelineOfLine(doc, 0, doc.text.length, emptyContext, true)?.dateline).toMatchObject({ place: 'أبوظبي الجديدة', agency: 'الصحيفة' });
  });

  it.each([
    'لبنان: انفجار',
    'الجوازات: تصحيح أوضاع ألف مقيم حتى ظهر اليوم',
    'وقال الوزير في تصريح صحفي',
    'عاجل',
    '',
  ])('is not read into "%s"', (line) => {
    expect(ofLine(line)).toBeNull();
  });

  it('returns the surface of an agency no one knows, and invents nothing', () => {
    expect(ofLine('كوالالمبور - رويترز', emptyContext)).toMatchObject({ place: 'كوالالمبور', agency: 'رويترز' });
    expect(ofLine('طهران-الوئام:', emptyContext)).toBeNull();
  });
});

describe('datelines at the start of a paragraph', () => {
  it.each([
    ['دمشق، سوريا (CNN) -- أكدت جهات معارضة أن الاشتباكات تواصلت.', { place: 'Damascus', agency: 'CNN', span: 'دمشق، سوريا (CNN)', rest: 'أكدت' }],
    ['KATHMANDU, April 25 (Reuters) - Nepal said on Tuesday that flights resumed.', { place: 'KATHMANDU', agency: 'Reuters', span: 'KATHMANDU, April 25 (Reuters)', rest: 'Nepal' }],
    ['PUTRAJAYA, Nov 22 — Private companies paid for their own seats.', { place: 'PUTRAJAYA', span: 'PUTRAJAYA', rest: 'Private' }],
    ['MOSCOW (Reuters) - Russia said on Monday it would respond.', { place: 'Moscow', agency: 'Reuters', span: 'MOSCOW (Reuters)' }],
    ['القاهرة - أكد وزير الخارجية أن المحادثات مستمرة.', { place: 'Cairo', agency: undefined, span: 'القاهرة', rest: 'أكد' }],
    ['بيروت ـ «الصباح»: قال مسؤول إن الحكومة ستجتمع غدا.', { place: 'Beirut', agency: 'الصباح', span: 'بيروت ـ «الصباح»', rest: 'قال' }],
    ['القاهرة - رويترز. أعلنت وزارة الصحة اليوم تسجيل حالات جديدة.', { place: 'Cairo', agency: 'Reuters', span: 'القاهرة - رويترز', rest: 'أعلنت' }],
    ['الرياض ـ أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.', { place: 'Riyadh', span: 'الرياض', rest: 'أعلنت' }],
    ['مزار شريف - (أ.ف.ب): قتل خمسة أشخاص في انفجار.', { place: 'مزار شريف', agency: 'أ.ف.ب', span: 'مزار شريف - (أ.ف.ب)', rest: 'قتل' }],
  ])('%s', (text, expected) => {
    expect(ofParagraph(text)).toMatchObject(expected);
  });

  it.each([
    'وقال الرئيس: إن الوضع صعب جدا في المنطقة.',
    'The minister said - in a statement - that talks would go on.',
    'أكد الوزير أن المحادثات مستمرة.',
    // A tatweel that stretches the word before it ends no dateline (only a spaced ` ـ ` does).
    'الرياضـ أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.',
    // Nor does a period with a space before it.
    'القاهرة . أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة.',
  ])('is not read into "%s"', (text) => {
    expect(ofParagraph(text)).toBeNull();
  });
});

describe('datelines through the segmenter', () => {
  const body = 'أعلنت الحكومة اليوم عن حزمة إجراءات جديدة لدعم الشركات الصغيرة والمتوسطة المتضررة من ارتفاع أسعار الطاقة.';
  it('on its own line between the headline and the body', () => {
    const r = segment(['الحكومة تعلن حزمة دعم للشركات الصغيرة', 'موسكو-سانا', body, body.replace('أعلنت', 'وأكدت')].join('\n'));
    expect(r.dateline).toMatchObject({ place: 'Moscow', agency: 'Syrian Arab News Agency', span: { text: 'موسكو-سانا' } });
    expect(r.segments[1]).toMatchObject({ kind: 'metadata', text: 'موسكو-سانا' });
  });

  it('at the start of the first paragraph, which stays whole in the body', () => {
    const first = `دمشق، سوريا (CNN) -- ${body}`;
    const r = segment(['الحكومة تعلن حزمة دعم للشركات الصغيرة', first, body.replace('أعلنت', 'وأكدت')].join('\n'));
    expect(r.dateline).toMatchObject({ place: 'Damascus', agency: 'CNN', span: { text: 'دمشق، سوريا (CNN)', start: 38 } });
    expect(r.body[0].text).toBe(first);
  });

  it('as the value of a source label: the dateline and the source', () => {
    const r = segment(['الحكومة تعلن حزمة دعم للشركات الصغيرة', 'المصدر:', '(أبوظبي - الصحيفة)', 'التاريخ:', '03 يونيو 2020', body, body].join('\n'));
    expect(r.dateline).toMatchObject({ place: 'Abu Dhabi', agency: 'الصحيفة', span: { text: '(أبوظبي - الصحيفة)' } });
    expect(r.source).toMatchObject({ name: 'الصحيفة', span: { text: 'الصحيفة' } });
    expect(r.published?.date).toBe('2020-06-03');
  });
});
