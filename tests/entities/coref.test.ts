// Coreference (src/entities/coref.ts) through the public API: surnames joining the full
// name, offices resolving to their holder on the reference date, unknown people kept apart.
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { ArticleResult } from '../../src/types.js';
import { badSpans } from '../helpers/spans.js';

const at = (date: string) => createExtractor({ language: 'ar', referenceDate: date });
const ex = at('2024-05-01');
function run(text: string, e = ex): ArticleResult {
  const r = e.extract(text);
  expect(badSpans(text, r)).toEqual([]);
  return r;
}
const people = (r: ArticleResult) => r.entities.filter((e) => e.type === 'person');
const mentions = (r: ArticleResult, id: string) =>
  r.entities.find((e) => e.id === id)?.mentions.map((m) => [m.text, m.start, m.form, m.via, m.rule]);

describe('given names alone', () => {
  it('a given name alone later is the one person of the text it opens', () => {
    const text = 'وصلت عائشة بنت منصور الكعبي إلى المدينة. وقالت إن عائشة، التي تعمل مهندسة، ستعود.';
    const r = run(text);
    const id = people(r)[0].id;
    expect(people(r)).toHaveLength(1);
    const m = mentions(r, id)!;
    expect(m.map((x) => x[0])).toEqual(['عائشة بنت منصور الكعبي', 'عائشة']);
    expect(m[1]).toEqual(['عائشة', text.lastIndexOf('عائشة'), 'name', 'coreference', 'coref.given-name']);
  });
  it('behind a proclitic too (بعائشة، وكريستيانو), the mention after it; not with the article (الحمد)', () => {
    const text = 'وصلت عائشة بنت منصور الكعبي إلى المدينة. واجتمع الوفد بعائشة مساء.';
    const r = run(text);
    const m = mentions(r, people(r)[0].id)!;
    expect(m.map((x) => x[0])).toEqual(['عائشة بنت منصور الكعبي', 'عائشة']);
    expect(m[1][1]).toBe(text.lastIndexOf('عائشة'));
    const hamad = run('وصل حمد بن جاسم الكعبي أمس. وقال ولله الحمد إن الوضع هادئ.');
    expect(hamad.entities.flatMap((e) => e.mentions).filter((x) => x.rule === 'coref.given-name')).toEqual([]);
  });
  it('not when two people of the text open with it, nor before another name word', () => {
    const two = run('التقى سمير سعدون الحلبي وسمير فؤاد الزعبي. وكان سمير، كما بدا، متعبا.');
    expect(people(two).map((e) => e.mentions[0].text)).toEqual(expect.arrayContaining(['سمير سعدون الحلبي', 'سمير فؤاد الزعبي']));
    expect(two.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref.given-name')).toEqual([]);
    const next = run('وصل سمير سعدون الحلبي أمس. والتقى سمير كاظمي الوفد.');
    expect(people(next).map((e) => e.mentions[0].text)).toContain('سمير سعدون الحلبي');
    expect(next.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref.given-name')).toEqual([]);
  });
  it('not a given name that is also a word (أمل، علي)', () => {
    const r = run('وصلت الوزيرة أمل فتحي الكعبي إلى المدينة. وقالت إن أمل، كما قالت، باقية.');
    expect(people(r).map((e) => e.mentions[0].text)).toEqual(['أمل فتحي الكعبي']);
    expect(r.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref.given-name')).toEqual([]);
  });
});

describe('a given name alone that opens no name of the text', () => {
  const lone = (r: ArticleResult) => r.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'ar.person.lone-given').map((m) => m.text);
  it('is an unknown person, one entity for its mentions', () => {
    const text = 'ووصل إيمرسون، لاعب الوسط، إلى المدينة. ثم عاد إيمرسون إلى التدريب.';
    const r = run(text);
    expect(people(r)).toHaveLength(1);
    expect(people(r)[0]).toMatchObject({ id: 'unknown:person:ايمرسون', known: false, name: 'إيمرسون' });
    expect(mentions(r, 'unknown:person:ايمرسون')).toEqual([
      ['إيمرسون', text.indexOf('إيمرسون'), 'name', 'rule', 'ar.person.lone-given'],
      ['إيمرسون', text.lastIndexOf('إيمرسون'), 'name', 'rule', 'ar.person.lone-given'],
    ]);
  });
  it('alone also before an accusative, a word behind its proclitic or a conjunction written apart', () => {
    expect(lone(run('وأرسل إيمرسون جيشا إلى المدينة.'))).toEqual(['إيمرسون']);
    expect(lone(run('وتحدث عن إيمرسون كزعيم للفريق.'))).toEqual(['إيمرسون']);
    expect(lone(run('وعاد إيمرسون و رفاقه إلى المدينة .'))).toEqual(['إيمرسون']);
    // A country is no accusative of its nationality: كارلوس كوريا is one name.
    expect(lone(run('وسدد البرازيلي كارلوس كوريا كرة قوية.'))).toEqual([]);
  });
  it('not a given name that is also a word, nor one that ends in a pronoun', () => {
    expect(lone(run('يشار إلى أن الاجتماع انتهى.'))).toEqual([]);
    expect(lone(run('وقدم أداء جيدا مع ناديه الجديد .'))).toEqual([]);
    expect(lone(run('وقدم أداء جيدا مع نادية .'))).toEqual(['نادية']);
  });
  it('not inside a name chain, an institution, a quoted title or a compound name', () => {
    expect(lone(run('ولا يستطيع بنو هاشم المطالبة به.'))).toEqual([]);
    expect(lone(run('ووصل الجرحى إلى مستشفى فاطمة في المدينة.'))).toEqual([]);
    expect(lone(run('فرثاها بقصيدة « بلقيس » الشهيرة.'))).toEqual([]);
    expect(lone(run('وحذر جان-إيف من الخطر.'))).toEqual([]);
    // Clitic-segmented text: a pronoun written apart makes the word before it a noun.
    expect(lone(run('وعاد مع إيمرسون ه إلى البيت .'))).toEqual([]);
    expect(lone(run('وعاد مع إيمرسون إلى البيت .'))).toEqual(['إيمرسون']);
    expect(lone(run('عن السيد فيصل السويدي نائب الرئيس.'))).toEqual([]);
    expect(lone(run('عن السيد فيصل نائب الرئيس.'))).toEqual(['فيصل']);
  });
  it('after a nationality too: the nationality names the person (الأرجنتيني إيمرسون)', () => {
    expect(lone(run('ووقع الأرجنتيني إيمرسون عقدا مع النادي.'))).toEqual(['إيمرسون']);
    // … but not before a nationality with the article, which is its family name
    expect(lone(run('ووقع إيمرسون الأرجنتيني عقدا مع النادي.'))).toEqual([]);
  });
});

describe('a list of people', () => {
  const listed = (r: ArticleResult) => r.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'ar.person.list-given').map((m) => m.text);
  it('after a person\'s name, و + a given name (also one that is a word) + a name word is the next person', () => {
    expect(listed(run('وشارك في العمل سمير الحداد وفرج كاظمي وبول سكولز أمس.'))).toEqual(['فرج كاظمي', 'بول سكولز']);
    // Written apart, as clitic-segmented text has it.
    expect(listed(run('وشارك في العمل سمير الحداد و فرج كاظمي أمس .'))).toEqual(['فرج كاظمي']);
  });
  it('not before a word, a particle or the next name of the list, nor without a person before', () => {
    expect(listed(run('وشارك سمير الحداد وسعيد قال إن العمل انتهى.'))).toEqual([]);
    expect(listed(run('وكانت السيدة منى الحداد وهو ابن عشر سنين.'))).toEqual([]);
    expect(listed(run('ووصل الوفد وفرج كاظمي إلى المدينة.'))).toEqual([]);
  });
});

describe('partial names', () => {
  it('a surname behind a European particle keeps it (فان كاظمي)', () => {
    const text = 'وسدد روبن فان كاظمي كرة قوية. وقال فان كاظمي إن الفوز مستحق.';
    const r = run(text);
    expect(people(r)).toHaveLength(1);
    expect(people(r)[0].mentions.map((m) => [m.text, m.start])).toEqual([['روبن فان كاظمي', 5], ['فان كاظمي', text.lastIndexOf('فان كاظمي')]]);
  });
  it('an unknown person\'s surname alone later joins the full name: one entity, two mentions', () => {
    const text = 'قال العقيد ميرزاد كاظمي إن القوات انسحبت. وأضاف كاظمي أن العملية انتهت.';
    const r = run(text);
    expect(people(r)).toHaveLength(1);
    expect(r.entities[0]).toMatchObject({ id: 'unknown:person:ميرزاد كاظمي', known: false, name: 'ميرزاد كاظمي' });
    expect(mentions(r, 'unknown:person:ميرزاد كاظمي')).toEqual([
      ['ميرزاد كاظمي', 11, 'name', 'rule', 'ar.person.title-name'],
      ['كاظمي', text.lastIndexOf('كاظمي'), 'name', 'coreference', 'coref.partial-name'],
    ]);
  });
  it('a surname alone joins its name among many people whose surnames end alike (looked up by its endings)', () => {
    // Ten surnames ending in زان: past a handful per ending, a word is looked up by its endings.
    const given = ['نادر', 'سليم', 'فؤاد', 'ميرزاد', 'عادل', 'كريم', 'سامر', 'ماهر', 'رامي', 'وليد'];
    const family = ['كرزان', 'بلزان', 'تورزان', 'مارزان', 'سيفزان', 'دولزان', 'نيرزان', 'هالزان', 'روكزان', 'فيكزان'];
    const text = given.map((g, k) => `قال العقيد ${g} ${family[k]} إن القوات انسحبت.`).join(' ') + ' وأضاف وتورزان أن العملية انتهت.';
    expect(mentions(run(text), 'unknown:person:فؤاد تورزان')!.map((x) => x[0])).toEqual(['فؤاد تورزان', 'تورزان']);
  });
  it('a surname that is also a given name joins too, unless someone of the text is called so first', () => {
    const text = 'قال العقيد ميرزاد سليم حمدان إن القوات انسحبت. وأضاف حمدان أن العملية انتهت.';
    expect(mentions(run(text), 'unknown:person:ميرزاد سليم حمدان')!.map((x) => x[0])).toEqual(['ميرزاد سليم حمدان', 'حمدان']);
    const both = run('قال العقيد ميرزاد سليم حمدان إن القوات انسحبت. وقال حمدان فؤاد الزعبي إن العملية انتهت. وأضاف حمدان أن الوضع هادئ.');
    expect(both.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref.partial-name')).toEqual([]);
  });
  it('a surname that is also a word (فارس) joins only after a speech verb or a title, or before قوله', () => {
    const full = 'قال المحلل نادر فارس إن الأسعار سترتفع.';
    const joined = (text: string) => mentions(run(full + ' ' + text), 'unknown:person:نادر فارس')!.map((x) => x[0]);
    expect(joined('وتوقع فارس تراجع الطلب.')).toEqual(['نادر فارس', 'فارس']);
    expect(joined('ونقلت الصحيفة عن فارس قوله إن السوق هادئة.')).toEqual(['نادر فارس', 'فارس']);
    expect(joined('وقد أفاد الأستاذ فارس أن الوضع صعب.')).toEqual(['نادر فارس', 'فارس']);
    // the word alone elsewhere is the word (a knight), and with a proclitic too
    expect(joined('وظهر فارس على حصانه في الساحة.')).toEqual(['نادر فارس']);
    expect(joined('وتوقع لفارس أن يفوز.')).toEqual(['نادر فارس']);
  });
  it('a regnal number is no surname: الثاني alone is no person', () => {
    const r = run('استقبل الملك عبد الله الثاني الوفد. وعقد الاجتماع في الثاني عشر من الشهر.');
    expect(r.entities.flatMap((e) => e.mentions).filter((m) => m.rule === 'coref.partial-name')).toEqual([]);
  });
  it('a known person\'s surname alone is the same known entity', () => {
    const r = run('التقى الرئيس الفرنسي إيمانويل ماكرون وفدا. وقال ماكرون إن أوروبا موحدة.');
    const m = mentions(r, 'person:emmanuel-macron')!;
    expect(m.map((x) => x[0])).toEqual(['إيمانويل ماكرون', 'ماكرون']);
    expect(people(r)).toHaveLength(1);
  });
  it('a known person\'s surname alone, no dictionary alias and no rule reading it, joins the full name (قنديل after هشام قنديل)', () => {
    const id = 'person:hesham-qandil';
    for (const text of ['استقبل هشام قنديل وفدا من المستثمرين. واجتمع الوفد مع قنديل مساء.', 'استقبل هشام قنديل وفدا من المستثمرين. وبعد اللقاء غادر قنديل القاعة.']) {
      const r = run(text);
      expect(people(r).map((e) => e.id)).toEqual([id]);
      expect(mentions(r, id)).toEqual([
        ['هشام قنديل', 7, 'name', 'gazetteer', id],
        ['قنديل', text.lastIndexOf('قنديل'), 'name', 'coreference', 'coref.partial-name'],
      ]);
    }
  });
  it('a surname with a proclitic joins too, the proclitic left out of the mention', () => {
    const text = 'قال العقيد ميرزاد كاظمي إن القوات انسحبت. واتصل الوزير بكاظمي مساء.';
    const r = run(text);
    const m = mentions(r, 'unknown:person:ميرزاد كاظمي')!;
    expect(m.map((x) => x[0])).toEqual(['ميرزاد كاظمي', 'كاظمي']);
    expect(m[1][1]).toBe(text.indexOf('بكاظمي') + 1);
  });
  it('two unknown people with different names are two entities, each with its own mentions', () => {
    const text = 'قال العقيد ميرزاد كاظمي إن القوات انسحبت، وقال المقدم حازم فريحات إن الطريق مفتوح. وأضاف فريحات أن الوضع هادئ.';
    const r = run(text);
    expect(people(r).map((e) => [e.name, e.known, e.mentions.length])).toEqual([
      ['ميرزاد كاظمي', false, 1],
      ['حازم فريحات', false, 2],
    ]);
    expect(new Set(people(r).map((e) => e.id)).size).toBe(2);
  });
  it('a surname shared by two people in the text is left alone', () => {
    const text = 'قال العقيد ميرزاد كاظمي إن القوات انسحبت، وقال المقدم حازم كاظمي إن الطريق مفتوح. وأضاف كاظمي أن الوضع هادئ.';
    const r = run(text);
    const last = text.lastIndexOf('كاظمي');
    expect(people(r).flatMap((e) => e.mentions).some((m) => m.start === last && m.via === 'coreference')).toBe(false);
    // it is read by the speech-verb rule as a third, unjoined unknown person
    expect(people(r).map((e) => [e.name, e.mentions.length])).toEqual([['ميرزاد كاظمي', 1], ['حازم كاظمي', 1], ['كاظمي', 1]]);
  });
  it('an unknown family name with the article does not stand alone for the person (الحداد is also a word)', () => {
    const r = run('وقال سمير الحداد إن الاجتماع كان مثمرا. وأضاف الحداد أن المفاوضات ستستمر.');
    expect(people(r).map((e) => [e.name, e.mentions.length])).toEqual([['سمير الحداد', 1]]);
  });
});

describe('offices', () => {
  it('a role nominal resolves to the office holder on the reference date (الرئيس الأمريكي)', () => {
    const text = 'وقال الرئيس الأمريكي إن المفاوضات مستمرة.';
    const on = (date: string) => run(text, at(date)).entities.map((e) => [e.id, e.mentions[0].text, e.mentions[0].form, e.mentions[0].rule]);
    expect(on('2020-06-01')).toEqual([['person:donald-trump', 'الرئيس الأمريكي', 'nominal', 'coref.office-holder']]);
    expect(on('2023-06-01')).toEqual([['person:joe-biden', 'الرئيس الأمريكي', 'nominal', 'coref.office-holder']]);
    expect(on('2025-06-01')).toEqual([['person:donald-trump', 'الرئيس الأمريكي', 'nominal', 'coref.office-holder']]);
  });
  it('الرئيس الفرنسي alone is Emmanuel Macron in 2024, the mention spanning title and nationality', () => {
    const r = run('وقال الرئيس الفرنسي إن باريس ترحب بالاتفاق.');
    expect(mentions(r, 'person:emmanuel-macron')).toEqual([['الرئيس الفرنسي', 5, 'nominal', 'coreference', 'coref.office-holder']]);
    expect(r.entities.find((e) => e.id === 'person:emmanuel-macron')?.known).toBe(true);
  });
  it('the article\'s own date wins over referenceDate', () => {
    const text = 'نشر بتاريخ 2019-03-10\nوقال الرئيس الأمريكي إن المفاوضات مستمرة.';
    const r = run(text, at('2024-05-01'));
    expect(r.published?.date).toBe('2019-03-10');
    expect(people(r).map((e) => e.id)).toEqual(['person:donald-trump']);
  });
  it('one extractor gives each page the holder on its own date (pages read one after another)', () => {
    const ex = at('2024-05-01');
    const holder = (date: string) => people(run(`نشر بتاريخ ${date}\nوقال الرئيس الأمريكي إن المفاوضات مستمرة.`, ex)).map((e) => e.id);
    expect(holder('2019-03-10')).toEqual(['person:donald-trump']);
    expect(holder('2022-03-10')).toEqual(['person:joe-biden']);
    expect(holder('2019-03-10')).toEqual(['person:donald-trump']);
  });
  it('a role with a name right after it is an apposition, not a second mention', () => {
    const r = run('التقى الرئيس الفرنسي إيمانويل ماكرون وفدا من رجال الأعمال.');
    expect(mentions(r, 'person:emmanuel-macron')).toEqual([['إيمانويل ماكرون', 21, 'name', 'gazetteer', 'person:emmanuel-macron']]);
  });
  it('a role nominal is the person named last before it, in a long text with many names before and after it', () => {
    const places = 'وزار الوفد القاهرة ودمشق وعمان وبيروت والرياض.';
    const text = ['قال خالد الدباغ إن المفاوضات مستمرة.', ...Array<string>(16).fill(places), 'ووصل سامر الحلبي إلى العاصمة، وأضاف الدبلوماسي السوري أن الجولة المقبلة ستعقد قريبا.', ...Array<string>(4).fill(places), 'وقال يوسف العطار إن الاجتماع انتهى.'].join('\n');
    const r = run(text);
    // (More names than coreference reads back one by one: the person is found by position.)
    expect(r.entities.reduce((n, e) => n + e.mentions.length, 0)).toBeGreaterThan(64);
    const role = people(r).filter((e) => e.mentions.some((m) => m.form === 'nominal'));
    expect(role.map((e) => e.mentions.map((m) => [m.text, m.form]))).toEqual([[['سامر الحلبي', 'name'], ['الدبلوماسي السوري', 'nominal']]]);
  });
  it('a role in a text with a named holder and a nominal later joins the same entity', () => {
    const r = run('التقى المستشار الألماني أولاف شولتس نظيره. وقال المستشار الألماني إن برلين تدعم الخطة.');
    const scholz = r.entities.find((e) => e.id === 'person:olaf-scholz')!;
    expect(scholz.mentions.map((m) => [m.text, m.form])).toEqual([['أولاف شولتس', 'name'], ['المستشار الألماني', 'nominal']]);
  });
});

describe('spans', () => {
  it('every span of a longer text gives back its text (shared extractor, no options)', () => {
    const text = [
      'عمان - قال العقيد ميرزاد كاظمي إن القوات انسحبت من قرية كفرصفرة.',
      'وأضاف كاظمي أن شركة النسيم للتجارة ستعيد بناء المدارس بالتعاون مع جامعة اليرموك.',
      'وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس ترحب، فيما أعلن الكرملين دعمه.',
    ].join('\n');
    const r = extract(text);
    expect(badSpans(text, r)).toEqual([]);
    expect(r.entities.length).toBeGreaterThanOrEqual(6);
  });
});
