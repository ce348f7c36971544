import { describe, expect, it } from 'vitest';
import { segment } from './helpers.js';

// Every page below is written for these tests.

const HEAD = 'افتتاح أول مصنع لتدوير البلاستيك في المنطقة الصناعية';
const P1 = 'افتتح وزير الصناعة اليوم أول مصنع لتدوير البلاستيك في المنطقة الصناعية بطاقة إنتاجية تبلغ عشرين ألف طن سنويا.';
const P2 = 'وقال الوزير إن المصنع سيوفر مئتي فرصة عمل للشباب وسيسهم في خفض كميات النفايات المرسلة إلى المكبات.';
const article = (...tail: string[]) => segment([HEAD, P1, P2, ...tail].join('\n'));

describe('source credits', () => {
  it.each([
    [['المصدر: الوكالة العربية السورية للأنباء'], 'Syrian Arab News Agency', 'الوكالة العربية السورية للأنباء'],
    [['المصدر: صحيفة المدينة'], 'صحيفة المدينة', 'صحيفة المدينة'],
    [['مصدر الخبر: «الصحيفة»'], 'الصحيفة', 'الصحيفة'],
    [['Source: Reuters'], 'Reuters', 'Reuters'],
    [['--(بترا)'], 'Jordan News Agency', 'بترا'],
    [['المصدر:', '(عمان - الصحيفة)'], 'الصحيفة', 'الصحيفة'],
    [['المصدر: وكالات'], 'Agencies', 'وكالات'],
  ])('%j', (tail, name, text) => {
    const r = article(...tail);
    expect(r.source).toMatchObject({ name, span: { text } });
    expect(r.body).toHaveLength(2);
  });

  it('reads a wire credit at the end of the last paragraph', () => {
    const r = segment([HEAD, P1, `${P2} --(بترا)`].join('\n'));
    expect(r.source).toMatchObject({ name: 'Jordan News Agency', span: { text: 'بترا' } });
  });

  it('takes only explicit credits: a sentence about a source is not one', () => {
    expect(article('مصدر مطلع قال إن المصنع سيعمل بكامل طاقته مطلع العام المقبل وفق الخطة.').source).toBeNull();
    expect(article().source).toBeNull();
  });
});

describe('keywords', () => {
  it.each([
    ['كلمات دلالية: البيئة، الصناعة، التدوير', ['البيئة', 'الصناعة', 'التدوير']],
    ['الكلمات الدالة : البيئة | الصناعة | التدوير', ['البيئة', 'الصناعة', 'التدوير']],
    ['الكلمات المفتاحية: البيئة, الصناعة', ['البيئة', 'الصناعة']],
    ['تاجز: البيئة / الصناعة', ['البيئة', 'الصناعة']],
    ['وسوم: البيئة', ['البيئة']],
    ['Tags: Environment, Industry, Recycling', ['Environment', 'Industry', 'Recycling']],
    ['Topics: Environment; Industry', ['Environment', 'Industry']],
  ])('%s', (line, tags) => {
    const r = article(line);
    expect(r.keywords.map((k) => k.text)).toEqual(tags);
    expect(r.segments.find((s) => s.text === line)?.kind).toBe('metadata');
  });

  it('reads a label alone on its line with the tags one per line below it', () => {
    const r = article('الوسوم', 'البيئة', 'الصناعة', 'وزارة الصناعة', 'مشاركة');
    expect(r.keywords.map((k) => k.text)).toEqual(['البيئة', 'الصناعة', 'وزارة الصناعة']);
  });

  it('reads unlabeled tag rows right after the body when their words come from the article', () => {
    const r = article('وزير الصناعة', 'تدوير البلاستيك', 'المنطقة الصناعية', 'مشاركة', 'اضف تعليق');
    expect(r.keywords.map((k) => k.text)).toEqual(['وزير الصناعة', 'تدوير البلاستيك', 'المنطقة الصناعية']);
    expect(r.segments.filter((s) => s.kind === 'metadata').map((s) => s.text)).toEqual(['وزير الصناعة', 'تدوير البلاستيك', 'المنطقة الصناعية']);
  });

  it('does not take a menu after the body for tags', () => {
    const r = article('سياسة', 'رياضة', 'اقتصاد', 'فن');
    expect(r.keywords).toEqual([]);
  });

  it('does not take a site-wide tag cloud', () => {
    const r = segment(['Recycling plant opens in the industrial zone', 'The industry minister opened the first plastic recycling plant in the industrial zone on Monday, with a capacity of twenty thousand tonnes a year.',
      'The plant will create two hundred jobs, the minister said.', 'TOP TAGS', 'ELECTIONS EUROPEAN UNION CLIMATE'].join('\n'));
    expect(r.keywords).toEqual([]);
  });
});

describe('bylines', () => {
  const byline = (line: string) => segment([HEAD, line, P1, P2].join('\n'));
  it.each([
    ['كتب: محمد علي', 'محمد علي'],
    ['كتبت أسماء نصار', 'أسماء نصار'],
    ['بقلم: سامي يوسف', 'سامي يوسف'],
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Jane Doe | Example News', 'Jane Doe'],
  ])('%s', (line, name) => {
    const r = byline(line);
    expect(r.byline?.text).toBe(name);
    expect(r.headline?.text).toBe(HEAD);
    expect(r.segments.find((s) => s.text === line)?.kind).toBe('metadata');
  });

  it('is not read into a sentence that starts with "By"', () => {
    const r = segment(['Recycling plant opens', 'By the end of the year the plant will recycle twenty thousand tonnes of plastic, the minister said.', 'The plant will create two hundred jobs.'].join('\n'));
    expect(r.byline).toBeNull();
  });

  it('takes the reporter of a "byline-agency-place" dateline', () => {
    const r = segment([HEAD, 'عبدالله سالم-سبق-الرياض:', P1, P2].join('\n'));
    expect(r.byline?.text).toBe('عبدالله سالم');
    expect(r.dateline).toMatchObject({ place: 'Riyadh', agency: 'سبق' });
  });
});
