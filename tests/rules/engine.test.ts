// The rule interpreter (src/rules/engine.ts) over the bundled Arabic rules and over small
// rules written here, read at the candidate level: which rule fires, on which span.
// Resolution (which candidate wins) is tested in tests/entities/resolve.test.ts.
import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { defaultData } from '../../src/dictionary/default-data.js';
import { ReadingCache } from '../../src/gazetteer/match.js';
import { RuleEngine } from '../../src/rules/engine.js';
import { buildLexicons } from '../../src/rules/lexicon-set.js';
import { validateRules } from '../../src/rules/validate.js';
import type { RuleRecord } from '../../src/rules/types.js';

const data = defaultData();
const lexAr = buildLexicons(data.lexicons('ar'));
const bundled = new RuleEngine(validateRules(data.rules('ar'), 'rules/ar'), lexAr, new ReadingCache());

interface Found { text: string; rule: string; type: string; start: number; end: number }
function candidates(text: string, engine = bundled): Found[] {
  const doc = new AkhbarDocument(text, 'ar');
  return engine.run(doc).map((c) => {
    // Every candidate is a span of the original text.
    expect(c.start).toBeLessThan(c.end);
    return { text: text.slice(c.start, c.end), rule: c.rule, type: c.type, start: c.start, end: c.end };
  });
}
/** The texts found by one rule. */
const by = (found: Found[], rule: string) => found.filter((f) => f.rule === rule).map((f) => f.text);
/** Longest candidate of each start, as resolution would keep it (rule candidates only). */
const texts = (found: Found[]) => [...new Set(found.map((f) => f.text))];

describe('bundled Arabic person rules', () => {
  it('title + unknown name: ar.person.title-name, the title left out, exact offsets', () => {
    const text = 'قال العقيد نورستان كاظمي إن القوات انسحبت.';
    const f = candidates(text).filter((x) => x.rule === 'ar.person.title-name');
    expect(f).toEqual([{ text: 'نورستان كاظمي', rule: 'ar.person.title-name', type: 'person', start: 11, end: 24 }]);
  });
  it('title + nationality + name: the nationality is skipped, not captured', () => {
    const f = candidates('وصل الوزير الأردني نورستان كاظمي إلى القاهرة.');
    expect(by(f, 'ar.person.title-name')).toEqual(['نورستان كاظمي']);
    expect(f.find((x) => x.rule === 'ar.person.title-name')?.start).toBe(19);
  });
  // BUG (same cause as the ة genitive below): a family name with the article and ة
  // (الهواملة، الطراونة، المعايطة) is not a name part, so the name is lost.
  it.fails('title + nationality + given name + family name ending in ة', () => {
    const f = candidates('وصل الوزير الأردني فراس الهواملة إلى القاهرة.');
    expect(by(f, 'ar.person.title-name')).toEqual(['فراس الهواملة']);
  });
  it('given name + family name: ar.person.given-name', () => {
    expect(by(candidates('وقال سمير الحداد إن الاجتماع كان مثمرا.'), 'ar.person.given-name')).toEqual(['سمير الحداد']);
  });
  it('speech verb + one unknown word + إن/colon: ar.person.speaker-surname', () => {
    expect(by(candidates('وأوضح كوتشاك أن الاتفاق سيوقع غدا.'), 'ar.person.speaker-surname')).toEqual(['كوتشاك']);
    expect(by(candidates('وأضاف كوتشاك: الاتفاق قريب.'), 'ar.person.speaker-surname')).toEqual(['كوتشاك']);
    // not a word with the article, and not without what is said after it
    expect(by(candidates('وأوضح المتحدث أن الاتفاق سيوقع غدا.'), 'ar.person.speaker-surname')).toEqual([]);
    expect(by(candidates('وأوضح كوتشاك موقفه أمس.'), 'ar.person.speaker-surname')).toEqual([]);
  });
  it('speech verb + one unknown word before إلى، عن، في, and never a described group (شهود، محللون)', () => {
    expect(by(candidates('وأشار كوتشاك إلى أن الاتفاق قريب.'), 'ar.person.speaker-surname')).toEqual(['كوتشاك']);
    expect(by(candidates('وأعرب كوتشاك عن قلقه.'), 'ar.person.speaker-surname')).toEqual(['كوتشاك']);
    for (const who of ['شهود', 'محللون', 'سكان', 'خبراء', 'مسعفون']) {
      expect(by(candidates(`وقال ${who} إن القصف استمر.`), 'ar.person.speaker-surname')).toEqual([]);
    }
    expect(by(candidates('وتشير معلوماتنا إلى مقتل شخصين.'), 'ar.person.speaker-surname-present')).toEqual([]);
  });
  it('عبد + divine name + family name is one name (ar.person.abd-compound)', () => {
    const f = candidates('وقال عبد الرؤوف الزعبي إن المشروع تأخر.');
    expect(by(f, 'ar.person.abd-compound')).toEqual(['عبد الرؤوف الزعبي']);
    expect(by(f, 'ar.person.given-name')).toContain('عبد الرؤوف الزعبي');
  });
  it('a chain with بن and أبي runs to the end of the name (ar.person.weak-given-chain, ar.person.kunya)', () => {
    const f = candidates('وصل سعد بن أبي وقاص إلى المدينة.');
    expect(by(f, 'ar.person.weak-given-chain')).toEqual(['سعد بن أبي وقاص']);
    expect(by(f, 'ar.person.kunya')).toEqual(['بن أبي وقاص']);
  });
  it('a chain with بن and آل keeps the family name', () => {
    const f = candidates('استقبل الوزير خالد بن ناصر آل مرهون السفير.');
    expect(by(f, 'ar.person.weak-given-chain')).toEqual(['خالد بن ناصر آل مرهون']);
  });
  it('a kunya opens a name: أبو + name', () => {
    expect(by(candidates('وقال أبو سليم الدباغ إن القصف توقف.'), 'ar.person.kunya')).toEqual(['أبو سليم الدباغ']);
    // a nationality ends the name (الكردي is an adjective here)
    expect(by(candidates('وقال أبو سليم الكردي إن القصف توقف.'), 'ar.person.kunya')).toEqual(['أبو سليم']);
  });
  it('two given names, the first also a word: ar.person.weak-given-given (أمل فتحي)', () => {
    expect(by(candidates('وقالت أمل فتحي إن المشروع سينطلق.'), 'ar.person.weak-given-given')).toEqual(['أمل فتحي']);
  });
  it('a weak given name and a nisba family name: ar.person.weak-given-nisba (أمل الحسني)', () => {
    expect(by(candidates('وقال المحامي أمل الحسني إن القضية انتهت.'), 'ar.person.weak-given-nisba')).toEqual(['أمل الحسني']);
  });
  it('a weak given name alone is no name (أمل as a word)', () => {
    expect(candidates('عبر الوزير عن أمل كبير في نجاح المفاوضات.').filter((f) => f.type === 'person')).toEqual([]);
  });
  it('an apposition between commas names a person (ar.person.apposition)', () => {
    const f = candidates('وقال رئيس الجمعية، شرف كوتشاك، إن التبرعات وصلت.');
    expect(by(f, 'ar.person.apposition')).toEqual(['شرف كوتشاك']);
  });
});

describe('a speech verb and a given name that is also a word (ar.person.speaker-weak-given)', () => {
  it('with one name word before what is said is the speaker: وقال سعيد زروالي إن', () => {
    expect(by(candidates('وقال سعيد زروالي إن الوضع صعب.'), 'ar.person.speaker-weak-given')).toEqual(['سعيد زروالي']);
  });
  it('not without the boundary after it, nor before a word of the lexicons', () => {
    expect(by(candidates('وقال سعيد زروالي الوضع صعب.'), 'ar.person.speaker-weak-given')).toEqual([]);
    expect(by(candidates('وقال أمين عام الحزب إن الوضع صعب.'), 'ar.person.speaker-weak-given')).toEqual([]);
  });
});

describe('a kunya in the accusative or genitive (ar.person.kunya-oblique)', () => {
  it('opens a name: استخلف أبا هريرة، روضة أبي وقاص', () => {
    expect(by(candidates('واستخلف عليها أبا هريرة قبل أن يرحل.'), 'ar.person.kunya-oblique')).toEqual(['أبا هريرة']);
    expect(by(candidates('وزاروا روضة أبي وقاص في المدينة.'), 'ar.person.kunya-oblique')).toEqual(['أبي وقاص']);
  });
  it('not «my father» or «refused» before a word of the lexicons (أبي الذي، أبى أن)', () => {
    expect(by(candidates('تحقق حلم أبي الذي بناه طوال عمره.'), 'ar.person.kunya-oblique')).toEqual([]);
    expect(by(candidates('وهو الذي أبى أن يوقع الاتفاق.'), 'ar.person.kunya-oblique')).toEqual([]);
  });
});

describe('a title, then a name (ar.person.title-name)', () => {
  it('the name opens without the article: a word with it is the title\'s adjective (المحلل المالي)', () => {
    expect(by(candidates('وقال المحلل المالي نادر فارس إن الأسعار سترتفع.'), 'ar.person.title-name')).toEqual(['نادر فارس']);
  });
  it('a given name with a hamza on its first alif is no word (ألفريد: الفريد is «the unique»)', () => {
    expect(by(candidates('وقال ألفريد جونسون إن الوضع صعب.'), 'ar.person.given-name')).toEqual(['ألفريد جونسون']);
    expect(texts(candidates('وكتب الباحث الفريد دراسة جديدة.'))).toEqual([]);
  });
  it('a name written with a hamza on its first alif has no article (ألفريد)', () => {
    expect(by(candidates('وأعلن رجل الأعمال الأمريكي ألفريد ديمورا أنه سيصنع سيارة.'), 'ar.person.title-name')).toEqual(['ألفريد ديمورا']);
  });
});

describe('a definite title and one name word (ar.person.title-surname)', () => {
  it('before a boundary: السيد ناكامورا من، الوزير مطراوي «', () => {
    expect(by(candidates('وتحدث السيد ناكامورا من شركة الإنشاءات.'), 'ar.person.title-surname')).toEqual(['ناكامورا']);
    expect(by(candidates('وقال الوزير مطراوي « نحن مستعدون ».'), 'ar.person.title-surname')).toEqual(['مطراوي']);
  });
  it('not after an indefinite title or one in construct (زعيم قادر، رئيس ديلتاكو), nor before another name word', () => {
    expect(by(candidates('وقدم نفسه كزعيم قادر على الحسم.'), 'ar.person.title-surname')).toEqual([]);
    expect(by(candidates('وقال بيتر كوهلر رئيس ديلتاكو في الرياض.'), 'ar.person.title-surname')).toEqual([]);
    expect(by(candidates('وتحدث السيد ناكامورا كاظمي من الشركة.'), 'ar.person.title-surname')).toEqual([]);
  });
});

describe('a nationality standing for a person after a preposition (ar.person.demonym-name)', () => {
  it('names the person: على التايلاندي سومساك وونغسا', () => {
    expect(by(candidates('وتأهل بفوزه على التايلاندي سومساك وونغسا في الدور الأول.'), 'ar.person.demonym-name')).toEqual(['سومساك وونغسا']);
  });
  it('not a nationality that is an adjective of the noun before it (الحكومة المصرية)', () => {
    expect(by(candidates('واعتمدت الحكومة المصرية قرارا جديدا.'), 'ar.person.demonym-name')).toEqual([]);
  });
});

describe('where an Arabic name ends', () => {
  it('a name word before بن is the person\'s own name, listed or not (بسر بن أرطأة), not a title or a word', () => {
    expect(by(candidates('وأخذ البيعة ولكن بسر بن أرطأة نقض الأمان.'), 'ar.person.name-bin')).toEqual(['بسر بن أرطأة']);
    expect(by(candidates('وقال الشيخ بن علي إن'), 'ar.person.name-bin')).toEqual([]);
    expect(by(candidates('وحضر الاجتماع بن علي أمس.'), 'ar.person.name-bin')).toEqual([]);
  });
  it('goes on over a European particle between two name words (فان، دي), not فإن nor a particle after a title', () => {
    expect(texts(candidates('وسدد روبن فان كاظمي كرة قوية.'))).toEqual(['روبن فان كاظمي']);
    expect(texts(candidates('وقال جون دي كاظمي إن المحادثات مستمرة.'))).toContain('جون دي كاظمي');
    expect(texts(candidates('وقال سمير الحداد فإن الاجتماع مثمر.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('وتولى الأمير فان كاظمي الحكم.')).some((x) => x.startsWith('فان'))).toBe(false);
  });
  it('before a preposition with a clitic (بالوفد)', () => {
    expect(texts(candidates('التقى العقيد نورستان كاظمي بالوفد أمس.'))).toEqual(['نورستان كاظمي']);
  });
  it('before a given name behind a preposition (لمحمد، كنجم): a new phrase, not the next name word', () => {
    expect(texts(candidates('وقدم سمير كاظمي لمحمد الدوسري كتابا.'))).toEqual(['سمير كاظمي', 'محمد الدوسري']);
    expect(texts(candidates('وتألق سمير كاظمي كنجم للفريق.'))).toEqual(['سمير كاظمي']);
  });
  it('after a foreign given name, a family name that looks like a verb or a proclitic and the article (يوفانوفيتش، بالاريس)', () => {
    expect(texts(candidates('وفاز الصربي دراغان يوفانوفيتش على منافسه.'))).toContain('دراغان يوفانوفيتش');
    expect(texts(candidates('وفاز خوان بالاريس بالمقعد.'))).toContain('خوان بالاريس');
    // … not after an Arabic given name, nor a word of the lexicons after a foreign one
    expect(texts(candidates('وقال سمير يتحدث للصحفيين إن الوضع هادئ.'))).not.toContain('سمير يتحدث');
    expect(texts(candidates('والتقى جون بالوفد أمس.'))).not.toContain('جون بالوفد');
    // a foreign given name behind the article is a noun (الرومان: the Romans), and opens nothing
    expect(texts(candidates('وكان الرومان يحكمون المنطقة قرونا.'))).toEqual([]);
  });
  it('no given name opens behind a proclitic written before a hamza (وأين is not Wayne)', () => {
    expect(texts(candidates('وسألهم وأين توجد المدرسة الجديدة.'))).toEqual([]);
    expect(texts(candidates('وقال واين روني إن الفريق جاهز.'))).toContain('واين روني');
  });
  it('at the dual or plural of a word (اتفاقيتين، مراقبون), not at a foreign family name of that shape (براون)', () => {
    expect(texts(candidates('وتوقع اتفاقيتين، الأولى للتجارة.'))).toEqual([]);
    expect(texts(candidates('وقال سمير كاظمي مراقبون إن الوضع هادئ.'))).toEqual(['سمير كاظمي']);
    expect(texts(candidates('وقالت ماري براون، المتحدثة باسم الشركة، إن الإنتاج زاد.'))).toContain('ماري براون');
  });
  it('a bare adjective right after a given name inside a clause is the family name (عبد الرحيم بارز), not after a clause opener', () => {
    expect(texts(candidates('وأعلن محافظ الإقليم عبد الرحيم بارز للصحفيين أن الطريق مفتوح.'))).toContain('عبد الرحيم بارز');
    expect(texts(candidates('وأضاف أن محمد بارز في مجاله.'))).not.toContain('محمد بارز');
    // an adjective with the article is the name's adjective
    expect(texts(candidates('وأعلن محافظ الإقليم عبد الرحيم البارز أن الطريق مفتوح.'))).not.toContain('عبد الرحيم البارز');
  });
  it('goes on over a nationality with the article after an Arabic given name (a nisba: يوسف السويدي), not after a foreign one', () => {
    expect(texts(candidates('وقال يوسف السويدي إن الوضع هادئ.'))).toContain('يوسف السويدي');
    expect(texts(candidates('وقال جون البريطاني إن الوضع هادئ.'))).not.toContain('جون البريطاني');
  });
  it('at a comma', () => {
    expect(texts(candidates('وصل العقيد نورستان كاظمي، قائد القوة، إلى المدينة.'))).toEqual(['نورستان كاظمي']);
  });
  it('at a colon', () => {
    expect(texts(candidates('وقال سمير الحداد: الاجتماع مثمر.'))).toEqual(['سمير الحداد']);
  });
  it('before a present-tense verb (يتحدث)', () => {
    expect(texts(candidates('وقال محمد الدوسري يتحدث للصحفيين إن الوضع هادئ.'))).toEqual(['محمد الدوسري']);
  });
  it('before إن and a time word (يوم)', () => {
    expect(texts(candidates('وقال سمير الحداد يوم الأحد إن الاجتماع مثمر.'))).toEqual(['سمير الحداد']);
  });
  it('before an indefinite accusative written with alif alone (مستشارا، اجتماعا)', () => {
    expect(texts(candidates('وعين سمير الحداد مستشارا للرئيس.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('وترأس سمير الحداد اجتماعا طارئا للحكومة.'))).toEqual(['سمير الحداد']);
  });
  it('a given name that is also a word opens no name behind the article or with a pronoun (الإسلام، أمره), after a title it may', () => {
    expect(texts(candidates('وتربى في بيت رسول الإسلام محمد في مكة.')).some((x) => x.includes('الإسلام'))).toBe(false);
    expect(texts(candidates('ولما وصل أمره محمد أن يجلس.')).some((x) => x.includes('أمره'))).toBe(false);
    expect(texts(candidates('وقد ولد الإمام الرضا في المدينة.'))).toContain('الرضا');
  });
  it('never runs on into a genitive with ل + the article (للقوات), nor reads لدينا as ل + دينا', () => {
    expect(texts(candidates('وقال نائب القائد الأعلى للقوات المسلحة مساء أمس إن')).some((x) => x.includes('للقوات'))).toBe(false);
    expect(texts(candidates('وقال: لدينا مشاريع كثيرة.'))).toEqual([]);
  });
  it('takes an ordinal as a regnal number after a given name (فرناندو الثالث), not after a family name (a rank)', () => {
    expect(texts(candidates('وسقطت المدينة في يد فرناندو الثالث ملك قشتالة.'))).toContain('فرناندو الثالث');
    expect(texts(candidates('وسقطت المدينة في يد فرناندو الثالث ملك قشتالة.')).some((x) => x.includes('ملك'))).toBe(false);
    expect(texts(candidates('وجاء فرناندو غونزاليز العاشر في الترتيب.'))).toEqual(['فرناندو غونزاليز']);
  });
  it('takes a nationality with the article as the family name only as a third name word (محمد سعيد الكندي)', () => {
    expect(texts(candidates('وحضر اللقاء محمد سعيد الكندي وزير البيئة.'))).toContain('محمد سعيد الكندي');
    expect(texts(candidates('وقال سمير الحداد الفرنسي إن')).some((x) => x.includes('الفرنسي'))).toBe(false);
  });
  it('a family name in ة is a noun by its form only, not a word of the lexicons (حمدان الإجراءات)', () => {
    expect(by(candidates('وقال فراس الهواملة إن'), 'ar.person.given-family-a')).toEqual(['فراس الهواملة']);
    expect(by(candidates('ورفض حمدان الإجراءات التي اتخذتها السلطات.'), 'ar.person.given-family-a')).toEqual([]);
  });
  it('a listed word that opens a name may carry و (وأبو عبد الله), the mention leaves it out', () => {
    expect(by(candidates('سنوات، وأبو عبد الله تذوق طعم الحرية.'), 'ar.person.kunya')).toEqual(['أبو عبد الله']);
  });
  it('does not cross a line break', () => {
    expect(texts(candidates('وقال سمير الحداد\nالاجتماع مثمر.'))).toEqual(['سمير الحداد']);
  });
  it('before a noun with tanween or an attached pronoun (نموذجاً، أكثرهم، مصرعه، زوجته)', () => {
    expect(texts(candidates('وكان سمير الحداد نموذجاً للعمل.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('وكان سمير الحداد أكثرهم عزما.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('لقي سمير الحداد مصرعه في الحادث.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('رافق سمير الحداد زوجته إلى المطار.'))).toEqual(['سمير الحداد']);
  });
  it('before a given name that is also a word in construct with an ordinary definite noun (نجم السينما), not before a family name (سعيد الصحاف)', () => {
    expect(texts(candidates('ورفض أميتاب باتشان نجم السينما الهندية الفكرة.'))).toContain('أميتاب باتشان');
    expect(texts(candidates('ورفض أميتاب باتشان نجم السينما الهندية الفكرة.')).some((x) => x.includes('نجم'))).toBe(false);
    expect(texts(candidates('وقال محمد سعيد الصحاف إن'))).toContain('محمد سعيد الصحاف');
  });
  it('before a given name that is also a word when it opens a title here (أمين السر، مساعد وزير) or before عالم', () => {
    expect(texts(candidates('وقال سمير الحداد أمين السر العام إن الفوز مستحق.'))).toContain('سمير الحداد');
    expect(texts(candidates('وأكد سمير الحداد مساعد وزير الخارجية أن الاتفاق قريب.'))).toContain('سمير الحداد');
    expect(texts(candidates('وقال جوزيف جون كاظمي عالم الفيزياء إن'))).toContain('جوزيف جون كاظمي');
    for (const f of [candidates('وقال سمير الحداد أمين السر العام إن الفوز مستحق.'), candidates('وأكد سمير الحداد مساعد وزير الخارجية أن الاتفاق قريب.')]) {
      expect(texts(f).some((x) => /أمين|مساعد/.test(x))).toBe(false);
    }
  });
  it('never on a particle, and not into a kinship noun after ابن (ابن عمه)', () => {
    const f = texts(candidates('وكان سمير الحداد ابن عمه الأكبر.'));
    expect(f.some((x) => /ابن/.test(x))).toBe(false);
    expect(texts(candidates('وصل سعد بن أبي وقاص إلى المدينة.'))).toContain('سعد بن أبي وقاص');
  });
  it('before a pronoun written apart in segmented text (بدور ه), not before كما or كم', () => {
    expect(texts(candidates('شارك سمير الحداد بدور ه في الفيلم'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('وشارك سمير الحداد دور ه في الفيلم')).some((x) => x.includes('دور'))).toBe(false);
    expect(texts(candidates('وقال سمير الحداد كما أكد الوزير'))).toEqual(['سمير الحداد']);
  });
  it('before و + a word that is no name (وإخراج), which opens the next phrase', () => {
    const f = texts(candidates('المسلسل من تأليف محمد الغيطي وإخراج عمرو عابدين.'));
    expect(f).toContain('محمد الغيطي');
    expect(f).toContain('عمرو عابدين');
    expect(f.some((x) => x.includes('وإخراج'))).toBe(false);
  });
  it('but و joins the words of a place name (منطقة أصفر ونجار)', () => {
    expect(by(candidates('في منطقة أصفر ونجار شرقي المدينة'), 'ar.place.head-name')).toEqual(['أصفر ونجار']);
  });
  it('a bare nationality right after a given name is a family name (جون كندي), not with the article', () => {
    expect(texts(candidates('لكن الرئيس جون كندي رفض التدخل.'))).toContain('جون كندي');
    expect(texts(candidates('قال جون الكندي إن'))).not.toContain('جون الكندي');
  });
  it('ت/ي + و/ي is the shape of a foreign name, not of a verb (توريس); hamza-less تا is still a verbal noun (تاليف)', () => {
    expect(texts(candidates('وسجل فرناندو توريس الهدف الثاني.'))).toContain('فرناندو توريس');
    expect(texts(candidates('وقال سمير الحداد يشهد البلد تحولا.'))).toEqual(['سمير الحداد']);
    expect(texts(candidates('مسلسل من تاليف سمير الحداد.'))).toEqual(['سمير الحداد']);
  });
  it('a nisba family name is not a given name, and بأن is no name part', () => {
    const f = candidates('صرحت أمل الحسني بأن المشروع سينطلق.');
    expect(f.map((x) => x.text)).not.toContain('الحسني بأن');
  });
});

describe('bundled Arabic organization and place rules', () => {
  it('an organization name ends with its nationality (مركز التعاون الياباني، وزارة الزراعة البيروفية)', () => {
    expect(by(candidates('وقال مدير مركز التعاون الياباني إن البرنامج بدأ.'), 'ar.org.head-genitive')).toContain('مركز التعاون الياباني');
    expect(by(candidates('وأعلنت وزارة الزراعة البيروفية الخطة.'), 'ar.org.head-genitive')).toContain('وزارة الزراعة البيروفية');
  });
  it('a bank named by a nisba adjective (البنك الأهلي، المصرف التجاري), not by a nationality', () => {
    expect(by(candidates('وأعلن البنك التجاري عن أرباحه.'), 'ar.org.bank-adjective')).toEqual(['البنك التجاري']);
    expect(by(candidates('وقال المصرف العقاري إن القروض زادت.'), 'ar.org.bank-adjective')).toEqual(['المصرف العقاري']);
    expect(by(candidates('أودع المال في البنك المصري.'), 'ar.org.bank-adjective')).toEqual([]);
    expect(by(candidates('وقال البنك المركزي إن التضخم تراجع.'), 'ar.org.bank-adjective')).toEqual([]);
  });
  it('a body every organization has (مجلس الإدارة، هيئة الدفاع، الجمعية العمومية) is no organization name', () => {
    for (const text of ['وقرر مجلس الإدارة رفع رأس المال.', 'وقالت هيئة الدفاع إن الحكم جائر.', 'واجتمعت الجمعية العمومية للشركة.', 'وأعلنت لجنة التحكيم النتائج.']) {
      expect(by(candidates(text), 'ar.org.head-genitive')).toEqual([]);
    }
    expect(by(candidates('وأعلنت وزارة الصحة النتائج.'), 'ar.org.head-genitive')).toEqual(['وزارة الصحة']);
  });
  it('an organization head in construct + definite genitives (ar.org.head-genitive)', () => {
    expect(by(candidates('قال مستشفى الزرقاء الحكومي إن الحالات مستقرة.'), 'ar.org.head-genitive')).toEqual(['مستشفى الزرقاء الحكومي']);
    expect(by(candidates('أعلنت شركة الأردن للتعدين عن أرباح.'), 'ar.org.head-genitive')).toEqual(['شركة الأردن للتعدين']);
  });
  it('the first genitive is in construct: a preposition right after the head makes a description (مؤسسة للسلام)', () => {
    expect(by(candidates('وأسس الرجل مؤسسة للسلام في المدينة.'), 'ar.org.head-genitive')).toEqual([]);
    expect(by(candidates('وقالت منظمة الأمم المتحدة للطفولة إن الوضع صعب.'), 'ar.org.head-genitive')).toEqual(['منظمة الأمم المتحدة للطفولة']);
  });
  it('a head with the article is no name (الشركة)', () => {
    expect(by(candidates('أعلنت الشركة الأردنية للتعدين عن أرباح.'), 'ar.org.head-genitive')).toEqual([]);
  });
  it('an organization head + a Latin-script name (ar.org.head-latin)', () => {
    const text = 'أعلنت شركة Orbitex عن منتج.';
    expect(candidates(text).filter((f) => f.rule === 'ar.org.head-latin')).toEqual([
      { text: 'شركة Orbitex', rule: 'ar.org.head-latin', type: 'organization', start: 6, end: 18 },
    ]);
  });
  // The genitive is a `name: noun`, which takes a definite noun ending in ة (الصحة) and a
  // word that ends only a person's name (breakers tagged person).
  it('a genitive ending in ة (وزارة الصحة, هيئة الرقابة الإدارية)', () => {
    expect(by(candidates('أعلنت وزارة الصحة عن حالات جديدة.'), 'ar.org.head-genitive')).toEqual(['وزارة الصحة']);
  });
  it('a place head + the name after it (ar.place.head-name), the head left out', () => {
    expect(by(candidates('نزح السكان من قرية كفرصفرة أمس.'), 'ar.place.head-name')).toEqual(['كفرصفرة']);
    expect(by(candidates('وقع الحادث في بلدة بيت فوريك قرب نابلس.'), 'ar.place.head-name')).toEqual(['بيت فوريك']);
  });
});

describe('the interpreter', () => {
  const engine = (rules: Omit<RuleRecord, 'type'>[] & { type?: string }[]) =>
    new RuleEngine(validateRules(rules.map((r) => ({ type: 'person', ...r })), 'test'), lexAr, new ReadingCache());

  it('captures only the elements marked capture, and names the rule and its confidence', () => {
    const e = engine([{ id: 't.person.a', confidence: 0.42, pattern: [{ in: ['السيد'] }, { name: 'part', capture: true, repeat: [1, 2] }] }]);
    const doc = new AkhbarDocument('حضر السيد زيدان قاسمي الاجتماع', 'ar');
    const [c] = e.run(doc);
    expect(doc.text.slice(c.start, c.end)).toBe('زيدان قاسمي');
    expect([c.rule, c.type, c.via, c.confidence, c.tokenStart, c.tokenEnd]).toEqual(['t.person.a', 'person', 'rule', 0.42, 2, 4]);
  });
  it('tries the longest repetition first and backtracks for a later element', () => {
    // part × 1..3 would eat الاجتماع; the `in` element after it forces one step back.
    const e = engine([{ id: 't.person.b', pattern: [{ name: 'part', capture: true, repeat: [1, 3] }, { in: ['حضر'] }] }]);
    expect(candidates('زيدان قاسمي حضر', e).map((f) => f.text)).toContain('زيدان قاسمي');
  });
  it('repeat bounds: at most max tokens are captured', () => {
    const e = engine([{ id: 't.person.c', pattern: [{ in: ['السيد'] }, { name: 'part', capture: true, repeat: [1, 2] }] }]);
    expect(candidates('حضر السيد زيدان قاسمي فريحات', e).map((f) => f.text)).toEqual(['زيدان قاسمي']);
  });
  it('an optional element may be skipped', () => {
    const e = engine([{ id: 't.person.d', pattern: [{ lex: 'titles' }, { lex: 'demonyms', optional: true }, { name: 'part', capture: true, bare: true }, { name: 'part', capture: true }] }]);
    expect(candidates('وصل الوزير زيدان قاسمي', e).map((f) => f.text)).toEqual(['زيدان قاسمي']);
    expect(candidates('وصل الوزير التونسي زيدان قاسمي', e).map((f) => f.text)).toEqual(['زيدان قاسمي']);
  });
  it('a captured first word leaves its conjunction out of the mention (وزيدان)', () => {
    const e = engine([{ id: 't.person.e', pattern: [{ name: 'given', capture: true }, { name: 'part', capture: true }] }]);
    const text = 'حضر الوزير وسمير قاسمي';
    const f = candidates(text, e);
    expect(f.map((x) => x.text)).toEqual(['سمير قاسمي']);
    expect(f[0].start).toBe(text.indexOf('سمير'));
  });
  it('bare: a token with a proclitic does not match', () => {
    const rule = (bare: boolean) => engine([{ id: 't.person.f', pattern: [{ name: 'given', capture: true, bare }, { name: 'part', capture: true }] }]);
    expect(candidates('حضر الوزير وسمير قاسمي', rule(true))).toEqual([]);
    expect(candidates('حضر الوزير وسمير قاسمي', rule(false)).map((f) => f.text)).toEqual(['سمير قاسمي']);
  });
  it('a rule opening on punctuation is tried at punctuation tokens', () => {
    const e = engine([{ id: 't.person.g', pattern: [{ in: ['،'] }, { name: 'given', capture: true }, { name: 'part', capture: true }, { in: ['،'] }] }]);
    expect(candidates('قال المتحدث، سمير قاسمي، إن الوضع هادئ', e).map((f) => f.text)).toEqual(['سمير قاسمي']);
  });
  it('finds nothing in a text without Arabic words', () => {
    expect(candidates('12345 67 -- ...')).toEqual([]);
  });
});

describe('speaker surnames after a present-tense verb', () => {
  it('ويقول X إن reads X as a person (ar.person.speaker-surname-present)', () => {
    expect(by(candidates('ويقول كوتشاك إن الطريق طويل.'), 'ar.person.speaker-surname-present')).toEqual(['كوتشاك']);
  });
});

describe('more rules than the bit masks hold', () => {
  // Past 31 rules the engine runs its general loop instead of the per-document opening pass
  // (rules as bits): the two must find the same candidates. Filler rules that never match push
  // the bundled set past the limit.
  const filler = Array.from({ length: 12 }, (_, k) => ({ id: `t.filler.${k}`, type: 'person', pattern: [{ in: [`كلمةلاتقع${k}`] }, { name: 'part', capture: true }] }));
  const general = new RuleEngine(validateRules([...data.rules('ar'), ...filler], 'rules/ar+filler'), lexAr, new ReadingCache());
  const key = (f: Found) => `${f.start}:${f.end}:${f.rule}`;
  const sentences = [
    'وقال وزير الخارجية نادر فارس إن الوضع صعب، وأكد السيد ناكامورا من شركة الإنشاءات أن العمل مستمر.',
    'نزح السكان من قرية كفرصفرة أمس، وأعلنت وزارة الصحة عن حالات جديدة في بلدة بيت فوريك قرب نابلس.',
    'واستخلف عليها أبا هريرة قبل أن يرحل، ويقول كوتشاك إن الطريق طويل، وتأهل بفوزه على التايلاندي سومساك وونغسا.',
  ];
  it.each(sentences.map((t) => [t]))('%s', (text) => {
    expect(bundled.run(new AkhbarDocument(text, 'ar')).length).toBeGreaterThan(0);
    expect(candidates(text, general).map(key).sort()).toEqual(candidates(text).map(key).sort());
  });
});

describe('rules past the 31st and opening elements past the 30th', () => {
  // The rules after those that fit the bit masks are walked at each token after them: one
  // opening with an element past the 30th still opens, and the bundled rules find what they find alone.
  const filler = Array.from({ length: 40 }, (_, k) => ({ id: `t.filler.${k}`, type: 'person', pattern: [{ in: [`كلمةلاتقع${k}`] }, { name: 'part', capture: true }] }));
  const last = { id: 't.person.last', type: 'person', pattern: [{ in: ['المدعو'] }, { name: 'part', capture: true, repeat: [1, 2] }] };
  const wide = new RuleEngine(validateRules([...data.rules('ar'), ...filler, last], 'rules/ar+wide'), lexAr, new ReadingCache());
  it('finds the last rule\'s name and every bundled candidate, in the same order', () => {
    const text = 'وقال وزير الخارجية نادر فارس إن المدعو نورستان كاظمي وصل، وأعلنت وزارة الصحة عن حالات جديدة.';
    const found = candidates(text, wide);
    expect(by(found, 't.person.last')).toEqual(['نورستان كاظمي']);
    expect(found.filter((f) => f.rule !== 't.person.last')).toEqual(candidates(text));
  });
});

describe('more English rules than the bit masks hold', () => {
  const lexEn = buildLexicons(data.lexicons('en'));
  const filler = Array.from({ length: 12 }, (_, k) => ({ id: `t.filler.en.${k}`, type: 'person', pattern: [{ in: [`nowordhere${k}`] }, { name: 'latin', capture: true }] }));
  const fast = new RuleEngine(validateRules(data.rules('en'), 'rules/en'), lexEn, new ReadingCache());
  const general = new RuleEngine(validateRules([...data.rules('en'), ...filler], 'rules/en+filler'), lexEn, new ReadingCache());
  const spans = (engine: RuleEngine, text: string) => engine.run(new AkhbarDocument(text, 'en')).map((c) => `${c.start}:${c.end}:${c.rule}`).sort();
  it.each([
    ['Foreign Minister Layla Haddad told the Bank of Tripoli that the talks at Harbor University would go on.'],
    ['"We are ready," said Tomas Weller, a spokesman for the Northern Shipping Corporation, in Port Aldara.'],
  ])('%s', (text) => {
    expect(spans(fast, text).length).toBeGreaterThan(0);
    expect(spans(general, text)).toEqual(spans(fast, text));
  });
});

describe('English rules past the 31st and opening elements past the 30th', () => {
  // As on the Arabic path: the rules after those that fit the bit masks are walked at each token
  // after them, so one opening with an element past the 30th still opens, and the bundled rules
  // find what they find alone, in the same order.
  const lexEn = buildLexicons(data.lexicons('en'));
  const filler = Array.from({ length: 40 }, (_, k) => ({ id: `t.filler.en.${k}`, type: 'person', pattern: [{ in: [`nowordhere${k}`] }, { name: 'latin', capture: true }] }));
  const last = { id: 't.person.alias', type: 'person', pattern: [{ in: ['alias'] }, { name: 'latin', capture: true, repeat: [1, 2] }] };
  const fast = new RuleEngine(validateRules(data.rules('en'), 'rules/en'), lexEn, new ReadingCache());
  const wide = new RuleEngine(validateRules([...data.rules('en'), ...filler, last], 'rules/en+wide'), lexEn, new ReadingCache());
  const found = (engine: RuleEngine, text: string) => engine.run(new AkhbarDocument(text, 'en')).map((c) => `${text.slice(c.start, c.end)}:${c.rule}`);
  it('finds the last rule\'s name and every bundled candidate, in the same order', () => {
    const text = 'Foreign Minister Layla Haddad told the Bank of Tripoli that a man known by the alias Rovan Kestrel was held in Port Aldara.';
    const all = found(wide, text);
    expect(all.filter((f) => f.endsWith(':t.person.alias'))).toEqual(['Rovan Kestrel:t.person.alias']);
    expect(all.filter((f) => !f.endsWith(':t.person.alias'))).toEqual(found(fast, text));
  });
});
