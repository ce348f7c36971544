import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import type { ArticleResult } from '../../src/index.js';

const at = (date: string) => createExtractor({ referenceDate: date });
const nominal = (r: ArticleResult) => r.entities.flatMap((e) => e.mentions.filter((m) => m.form === 'nominal').map((m) => [m.text, e.id]));

describe('office titles', () => {
  it('a style names its country itself: خادم الحرمين الشريفين is the King of Saudi Arabia on the date', () => {
    const text = 'وجه خادم الحرمين الشريفين بصرف مكافأة شهرين للطلاب.';
    expect(nominal(at('2020-05-01').extract(text))).toEqual([['خادم الحرمين الشريفين', 'person:salman-of-saudi-arabia']]);
    expect(nominal(at('2010-05-01').extract(text))).toEqual([['خادم الحرمين الشريفين', 'person:abdullah-of-saudi-arabia']]);
  });
  it('the words after a style are not read as a name (بصرف is a preposition and a noun)', () => {
    const r = at('2020-05-01').extract('وجه خادم الحرمين الشريفين بصرف مكافأة شهرين للطلاب.');
    expect(r.entities.filter((e) => !e.known)).toEqual([]);
  });
  it('a bare title of an office many hold at once names none of them (الوزير السوداني)', () => {
    const r = at('2025-06-01').extract('وقال الوزير السوداني إن الحوار هو الطريق الوحيد.');
    expect(nominal(r)).toEqual([]);
  });
  it('a title with a nationality names the one holder on the date', () => {
    const r = at('2019-06-01').extract('وقال الرئيس الفرنسي إن أوروبا موحدة.');
    expect(nominal(r)).toEqual([['الرئيس الفرنسي', 'person:emmanuel-macron']]);
  });
});

describe('المملكة alone', () => {
  const ex = at('2020-05-01');
  it('is the kingdom the document is about', () => {
    const text = 'أعلنت وزارة الصحة السعودية في الرياض أن عدد الحالات في مناطق المملكة انخفض.';
    const sa = ex.extract(text).entities.find((e) => e.id === 'place:sa');
    expect(sa?.mentions.map((m) => [m.text, m.form, m.rule])).toEqual([['المملكة', 'nominal', 'coref.kingdom']]);
  });
  it('names no one when no kingdom leads, and a named kingdom is left to its own name', () => {
    expect(ex.extract('وقال إن المملكة ستواصل دعمها للمشروع.').entities).toEqual([]);
    const r = ex.extract('زار الوفد المملكة المتحدة ثم المملكة المغربية.');
    expect(r.entities.map((e) => [e.id, e.mentions[0].form])).toEqual([['place:gb', 'name'], ['place:ma', 'name']]);
  });
});
