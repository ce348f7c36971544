import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speakerOf = (r: ReturnType<typeof extract>, i: number) => {
  const q = r.quotes[i];
  return r.entities.find((e) => e.id === q.speaker?.entity)?.name ?? q.speaker?.text?.text ?? null;
};

describe('Arabic direct quotes', () => {
  it('reads a quote after a cue and a colon, with its speaker', () => {
    const r = extract('وقال وزير الخارجية المصري بدر عبد العاطي: «نرفض أي إجراءات أحادية تمس حقوقنا المائية».');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]).toMatchObject({ kind: 'direct', text: { text: 'نرفض أي إجراءات أحادية تمس حقوقنا المائية' }, cue: { text: 'وقال' } });
    expect(speakerOf(r, 0)).toBe('Badr Abdelatty');
  });
  it('reads a quote opened by a closing mark (scraped text), after مضيفا', () => {
    const r = extract('أوضح أحمد أبو الغيط أن الجامعة تدعم الحوار مضيفا:”لن نقبل بتقسيم أي دولة عربية تحت أي ظرف”.');
    const direct = r.quotes.find((q) => q.kind === 'direct')!;
    expect(direct.text.text).toBe('لن نقبل بتقسيم أي دولة عربية تحت أي ظرف');
    expect(r.entities.find((e) => e.id === direct.speaker?.entity)?.name).toBe('Ahmed Aboul Gheit');
  });
  it('gives the source, not the outlet, in نقل موقع X عن Y قوله', () => {
    const r = extract('ونقل موقع "آر تي" عن وزير الخارجية المصري بدر عبد العاطي قوله: "الحوار هو الطريق الوحيد لإنهاء هذه الأزمة الطويلة".');
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text.text).toBe('الحوار هو الطريق الوحيد لإنهاء هذه الأزمة الطويلة');
    expect(r.entities.find((e) => e.id === q.speaker?.entity)?.name).toBe('Badr Abdelatty');
  });
  it('reads a nationality after a title as an adjective, not as a surname (الوزير السوداني)', () => {
    const r = extract('ونقل موقع "آر تي" عن الوزير السوداني قوله: "الحوار هو الطريق الوحيد لإنهاء هذه الأزمة الطويلة".');
    expect(r.entities.map((e) => e.type)).not.toContain('person');
    expect(r.quotes[0].speaker?.entity).not.toBe('org:rt-tv-network');
  });
  it('does not read a name in quotation marks as a statement', () => {
    const r = extract('وشارك فريق "الفيفا" في الاجتماع الذي عقد في القاهرة أمس.');
    expect(r.quotes).toEqual([]);
  });
  it('ends an unclosed quote at its paragraph', () => {
    const r = extract('وقال المتحدث باسم الوزارة: «الوضع تحت السيطرة والعمل جار\nفقرة جديدة لا علاقة لها بالتصريح وفيها كلام كثير.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].text.text).toBe('الوضع تحت السيطرة والعمل جار');
  });
});

describe('Arabic reported speech', () => {
  it('reads أكد أن and أشار إلى أن with the speaker named between', () => {
    const r = extract('أكد وزير الخارجية المصري بدر عبد العاطي أن بلاده تعمل مع شركائها. وأشار عبد العاطي إلى أن القمة المقبلة ستبحث الملف.');
    expect(r.quotes.map((q) => [q.kind, q.text.text])).toEqual([
      ['indirect', 'بلاده تعمل مع شركائها'],
      ['indirect', 'القمة المقبلة ستبحث الملف'],
    ]);
    expect(speakerOf(r, 0)).toBe('Badr Abdelatty');
    expect(speakerOf(r, 1)).toBe('Badr Abdelatty');
  });
  it('carries the speaker to وأضاف', () => {
    const r = extract('قال أحمد أبو الغيط إن الجامعة تدعم الحلول السلمية. وأضاف أن المشاورات ستستمر خلال الأسبوع المقبل.');
    expect(r.quotes).toHaveLength(2);
    expect(speakerOf(r, 1)).toBe('Ahmed Aboul Gheit');
  });
  it('does not report a demand (طالب بأن) as speech', () => {
    const r = extract('وطالب المحتجون بأن تفتح الحكومة تحقيقا عاجلا في الحادث.');
    expect(r.quotes).toEqual([]);
  });
});

describe('quote marks that do not pair', () => {
  it('keeps every quote inside its paragraph on a page of 10,000 unmatched marks', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `قال المصدر رقم ${i}: «كلام بلا إغلاق « و " و ” و »`);
    const text = lines.join('\n');
    const r = extract(text);
    for (const q of r.quotes) expect(q.text.text.includes('\n')).toBe(false);
    for (const q of r.quotes) expect(text.slice(q.text.start, q.text.end)).toBe(q.text.text);
  });
});

describe('عن after a cue', () => {
  it('كشف X عن أن: X speaks (عن belongs to the verb)', () => {
    const r = extract('كشف البنك المركزي الإيراني عن أن أرصدة البلاد المجمدة في الخارج تبلغ 29 مليار دولار.');
    expect(r.quotes[0].speaker?.entity).toBe('org:central-bank-of-iran');
  });
  it('نقل موقع X عن Y: Y speaks, X is the outlet', () => {
    const r = extract('ونقلت وكالة رويترز عن أنطونيو غوتيريش أن الحوار هو الطريق الوحيد.');
    expect(r.quotes[0].speaker?.entity).toBe('person:antonio-guterres');
  });
  it('نقل X عن Y: the person named after عن speaks, not a person named before it', () => {
    const r = extract('ونقل الدكتور سامي كريم عن الوزير خالد العمري أن المدارس ستفتح أبوابها قريبا.');
    expect(speakerOf(r, 0)).toBe('خالد العمري');
  });
  it('نقل X عن منظمة ومديرها Y: the person named after عن speaks, not the organization named first', () => {
    const r = extract('ونقلت صحيفة الحياة عن منظمة الصحة العالمية ومديرها سامر الحلبي أن الوباء تراجع في المنطقة.');
    expect(speakerOf(r, 0)).toBe('سامر الحلبي');
  });
});

describe('where a reported clause ends', () => {
  it('a cue inside the clause after a relative pronoun does not end it', () => {
    const r = extract('وقال الوزير إن المبلغ الذي أعلن عنه في وقت سابق يكفي لتغطية النفقات.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['المبلغ الذي أعلن عنه في وقت سابق يكفي لتغطية النفقات']);
  });
  it('a participle cue starts a statement of its own', () => {
    const r = extract('وقال الوزير إن المفاوضات مستمرة، مشيرا إلى أن الجولة المقبلة ستعقد في القاهرة.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['المفاوضات مستمرة', 'الجولة المقبلة ستعقد في القاهرة']);
  });
});

describe('how far a cue reaches its أن', () => {
  it('past a long apposition to the speaker', () => {
    const r = extract('وقال سمير الحداد نائب رئيس اللجنة الوطنية للانتخابات والذي يرأس لجنة المتابعة الخاصة بالدوائر الجنوبية إن النتائج ستعلن غدا.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['النتائج ستعلن غدا']);
  });
  it('not to the أن of بعد أن, which is no clause of speech', () => {
    const r = extract('وقال الوزير بعد أن التقى نظيره الأردني في عمان إن البلدين متفقان على كل الملفات.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['البلدين متفقان على كل الملفات']);
  });
});
