import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { ArticleResult } from '../../src/index.js';

const byId = (r: ArticleResult, id: string) => r.entities.find((e) => e.id === id);

// A page the project wrote: headline, a byline, a dateline crediting an agency, a body.
const PAGE = [
  'وزير الطاقة يفتتح محطة جديدة للطاقة الشمسية',
  'كتب: نوار دحمون',
  'عمان - الألمانية: افتتح وزير الطاقة محطة جديدة للطاقة الشمسية في جنوب البلاد، وقال إن المحطة ستغطي حاجة عشرات آلاف المنازل.',
  'وأضاف أن العمل بدأ في مطلع العام الماضي وانتهى قبل موعده.',
].join('\n');

describe('names credited by the layout', () => {
  it('a dateline agency spelled like a word (الألمانية for dpa) is a mention of the agency', () => {
    const r = extract(PAGE);
    const dpa = byId(r, 'org:deutsche-presse-agentur');
    expect(dpa?.mentions.map((m) => [m.text, m.start])).toEqual([['الألمانية', PAGE.indexOf('الألمانية')]]);
  });
  it('a photo credit in brackets names the agency, a file picture too: (الألمانية)، (الألمانية - أرشيف)', () => {
    for (const credit of ['(الألمانية)', '( الألمانية - أرشيف )', '(الألمانية-أرشيف)']) {
      const text = `افتتح الوزير المحطة الجديدة ${credit} وقال إن العمل انتهى.`;
      expect(byId(extract(text), 'org:deutsche-presse-agentur')?.mentions.map((m) => m.text), credit).toEqual(['الألمانية']);
    }
    expect(byId(extract(`${PAGE}\nوقال إن الشراكة (الألمانية - الصينية) مثمرة.`), 'org:deutsche-presse-agentur')?.mentions).toHaveLength(1);
  });
  it('the same word elsewhere in the text stays an adjective', () => {
    const text = `${PAGE}\nوقالت السلطات الألمانية إنها ستدعم المشروع.`;
    const r = extract(text);
    expect(byId(r, 'org:deutsche-presse-agentur')?.mentions).toHaveLength(1);
  });
  it('a byline that reads as a name is an unknown person with the byline as its mention', () => {
    // (No rule reads نوار دحمون: neither word is a listed given name, so only the byline can.)
    const r = extract(PAGE);
    const p = r.entities.find((e) => e.type === 'person' && e.name === 'نوار دحمون');
    expect(p).toMatchObject({ known: false });
    expect(p?.mentions[0]).toMatchObject({ start: PAGE.indexOf('نوار دحمون'), via: 'rule', rule: 'layout.byline' });
  });
  it('with the rules off, only dictionary-backed credits are kept', () => {
    const r = createExtractor({ rules: false }).extract(PAGE);
    expect(r.entities.every((e) => e.known)).toBe(true);
    expect(byId(r, 'org:deutsche-presse-agentur')).toBeDefined();
  });
  it('an unlisted dateline agency becomes an unknown organization', () => {
    const text = 'افتتاح مكتبة عامة جديدة في وسط طهران\nطهران-النجمة:\nافتتحت البلدية مكتبة عامة جديدة في وسط المدينة أمس بحضور عدد من الكتاب والمثقفين.\nوقال مدير المكتبة إنها تضم آلاف الكتب.';
    const r = extract(text);
    const org = r.entities.find((e) => e.type === 'organization' && !e.known);
    expect(org?.mentions[0].text).toBe('النجمة');
    expect(org?.mentions[0].rule).toBe('layout.dateline');
  });
  it('a byline that is not a name (Staff with Agencies) is no person', () => {
    const text = 'Storm hits the coast\nBy Staff with Agencies\nLONDON (Reuters) - A storm hit the coast on Monday, officials said, and thousands of homes lost power.';
    const r = extract(text);
    expect(r.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a dateline decides what its words are', () => {
  it('the agency part of a dateline is the outlet even when the word also names a place (دبي - الخليج)', () => {
    const text = 'أسواق الأسهم تتفاءل\nدبي - الخليج:\nأعطت أسواق الأسهم المحلية إشارة تفاؤل إضافية للمستثمرين بعدما أفلتت أمس من موجة البيع.';
    const r = extract(text);
    expect(r.entities.map((e) => e.id)).toEqual(['place:dubai', 'org:al-khaleej']);
  });
});
