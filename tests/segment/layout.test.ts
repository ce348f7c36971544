import { describe, expect, it } from 'vitest';
import { kindOf, segment } from './helpers.js';

// Every page below is written for these tests.

const MINISTRY_PAGE = [
  'عاجل',
  'ارتفاع أسعار القمح في الأسواق العالمية للأسبوع الثالث',
  'افتتاح معرض الكتاب بمشاركة خمسين دار نشر عربية',
  'الرئيسية / أخبار / اقتصاد',
  'اقتصاد / وزير المالية يعلن خطة لخفض العجز خلال عامين',
  'تاريخ النشر: 12 مارس 2024',
  'عمان-بترا',
  'أعلن وزير المالية اليوم الثلاثاء خطة جديدة لخفض عجز الموازنة العامة خلال عامين، تقوم على ضبط النفقات وتحسين التحصيل الضريبي.',
  'وأضاف الوزير في مؤتمر صحفي أن الحكومة ستراجع بنود الإنفاق الجاري بندا بندا، وأن الخطة لا تتضمن ضرائب جديدة على السلع الأساسية.',
  'وأشار إلى أن نسبة العجز بلغت العام الماضي أربعة في المئة من الناتج المحلي الإجمالي.',
  'المصدر: وكالة الأنباء الأردنية',
  'كلمات دلالية: الموازنة، العجز، وزارة المالية',
  'إقرأ أيضاً:',
  'البنك المركزي يبقي أسعار الفائدة دون تغيير',
  'قرر البنك المركزي في اجتماعه الدوري الإبقاء على أسعار الفائدة دون تغيير، في ظل استقرار معدلات التضخم خلال الأشهر الأخيرة.',
  'التضخم عند أدنى مستوى منذ عامينوأوضح البنك في بيان أن معدل التضخم السنوي تراجع إلى اثنين في المئة، وهو أدنى مستوى يسجله منذ عامين.',
  'توقعات النمو (فيديو)وتوقع البنك أن ينمو الاقتصاد بنسبة ثلاثة في المئة هذا العام، مدعوما بتحسن الصادرات والسياحة.',
  'وقال البنك إن السياسة النقدية ستبقى حذرة إلى أن تتضح اتجاهات الأسعار في الربع المقبل من العام.',
].join('\n');

describe('a page with a ticker, a category-prefixed headline and a second article after "إقرأ أيضاً"', () => {
  const r = segment(MINISTRY_PAGE);

  it('skips the ticker and the breadcrumb and keeps the headline as printed, category included', () => {
    expect(r.headline?.text).toBe('اقتصاد / وزير المالية يعلن خطة لخفض العجز خلال عامين');
    expect(kindOf(r.segments, 'اقتصاد / وزير المالية')).toBe('headline/0');
    expect(kindOf(r.segments, 'ارتفاع أسعار القمح')).toBe('related/0');
    expect(kindOf(r.segments, 'الرئيسية /')).toBe('boilerplate/0');
  });

  it('reads the date, the dateline, the source and the keywords', () => {
    expect(r.published).toMatchObject({ date: '2024-03-12', calendar: 'gregorian', span: { text: '12 مارس 2024' } });
    expect(r.dateline).toMatchObject({ place: 'Amman', agency: 'Jordan News Agency', span: { text: 'عمان-بترا' } });
    expect(r.source).toMatchObject({ name: 'Jordan News Agency', span: { text: 'وكالة الأنباء الأردنية' } });
    expect(r.keywords.map((k) => k.text)).toEqual(['الموازنة', 'العجز', 'وزارة المالية']);
    expect(kindOf(r.segments, 'عمان-بترا')).toBe('metadata/0');
    expect(kindOf(r.segments, 'المصدر:')).toBe('metadata/0');
    expect(kindOf(r.segments, 'كلمات دلالية')).toBe('metadata/0');
  });

  it('takes the body of the main article only', () => {
    expect(r.body.map((b) => b.text.slice(0, 12))).toEqual(['أعلن وزير ال', 'وأضاف الوزير', 'وأشار إلى أن']);
  });

  it('reads the article after the read-also marker as article 1, with its glued subheading and related link split off', () => {
    expect(kindOf(r.segments, 'إقرأ أيضاً')).toBe('related/0');
    expect(kindOf(r.segments, 'البنك المركزي يبقي')).toBe('headline/1');
    expect(kindOf(r.segments, 'قرر البنك المركزي')).toBe('body/1');
    expect(kindOf(r.segments, 'التضخم عند أدنى مستوى منذ عامين')).toBe('subheading/1');
    expect(r.segments.find((s) => s.text.startsWith('التضخم'))?.text).toBe('التضخم عند أدنى مستوى منذ عامين');
    expect(kindOf(r.segments, 'وأوضح البنك')).toBe('body/1');
    expect(r.segments.find((s) => s.text.startsWith('توقعات'))).toMatchObject({ text: 'توقعات النمو (فيديو)', kind: 'related', article: 1 });
    expect(kindOf(r.segments, 'وتوقع البنك')).toBe('body/1');
    expect(kindOf(r.segments, 'وقال البنك')).toBe('body/1');
  });
});

describe('headlines', () => {
  it('takes a headline printed twice once, and marks both copies', () => {
    const r = segment([
      'مجلس النواب يقر قانون الانتخاب الجديد بالأغلبية',
      'مجلس النواب يقر قانون الانتخاب الجديد بالأغلبية',
      '25/03/2024',
      'أقر مجلس النواب في جلسته المسائية مشروع قانون الانتخاب الجديد بعد نقاش استمر ثلاث جلسات متتالية.',
      'ويعتمد القانون نظام القوائم النسبية المغلقة على مستوى الدوائر الانتخابية، ويرفع عدد المقاعد المخصصة للنساء.',
    ].join('\n'));
    expect(r.headline?.text).toBe('مجلس النواب يقر قانون الانتخاب الجديد بالأغلبية');
    expect(r.segments.filter((s) => s.kind === 'headline')).toHaveLength(2);
    expect(r.published?.date).toBe('2024-03-25');
    expect(r.body).toHaveLength(2);
  });

  it('finds the headline above the date, not a photo caption between the date and the byline', () => {
    const r = segment([
      'الرئيسية أخبار محلية',
      'افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية',
      'الأحد، 3 مارس 2024 10:15 ص',
      'المهندس خالد سمير مدير المشروع',
      'كتب محمد علي',
      'مشاركة',
      'افتتح محافظ المدينة الساحلية صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب يوميا.',
      'وقال المحافظ إن المحطة ستغطي احتياجات نصف سكان المدينة من مياه الشرب بحلول الصيف المقبل.',
    ].join('\n'));
    expect(r.headline?.text).toBe('افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية');
    expect(kindOf(r.segments, 'المهندس خالد')).toBe('metadata/0');
    expect(r.byline?.text).toBe('محمد علي');
    expect(r.published?.date).toBe('2024-03-03');
  });

  it('reads a one-line input as a headline and nothing else', () => {
    const r = segment('خبر قصير بلا نص');
    expect(r.headline?.text).toBe('خبر قصير بلا نص');
    expect(r.body).toEqual([]);
  });

  it('gives an empty structure for an empty page', () => {
    const r = segment('   \n\n  ');
    expect(r).toMatchObject({ headline: null, published: null, dateline: null, source: null, keywords: [], byline: null, body: [] });
    expect(r.segments).toEqual([]);
  });
});

describe('furniture inside and around the body', () => {
  const r = segment([
    'الطقس: أمطار غزيرة متوقعة على المرتفعات الجبلية نهاية الأسبوع',
    'الخميس، 7 نوفمبر 2024',
    'توقعت دائرة الأرصاد الجوية هطول أمطار غزيرة على المرتفعات الجبلية اعتبارا من مساء الجمعة، مع انخفاض ملموس في درجات الحرارة.',
    'اقرأ أيضا: الأرصاد تحذر من تشكل الضباب في ساعات الصباح الباكر',
    'ودعت الدائرة السائقين إلى تخفيف السرعة وترك مسافة كافية بين المركبات، وتجنب عبور الأودية أثناء جريان المياه.',
    'إعلان',
    'نصائح للسائقين',
    'وأشارت إلى أن الأمطار ستتراجع تدريجيا يوم الأحد مع بقاء الأجواء باردة في معظم المناطق.',
    'صورة أرشيفية',
    '// انتهى //',
    'مشاركة',
    'الأكثر قراءة',
    'ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم',
    'منتخب الشباب يتأهل إلى نهائي البطولة العربية',
  ].join('\n'));

  it('keeps read-also links, ads and trailers out of the body and reads a lone title as a subheading', () => {
    expect(r.body.map((b) => b.text.split(' ').slice(0, 2).join(' '))).toEqual(['توقعت دائرة', 'ودعت الدائرة', 'وأشارت إلى']);
    expect(kindOf(r.segments, 'اقرأ أيضا:')).toBe('related/0');
    expect(kindOf(r.segments, 'إعلان')).toBe('boilerplate/0');
    expect(kindOf(r.segments, 'نصائح للسائقين')).toBe('subheading/0');
    expect(kindOf(r.segments, 'صورة أرشيفية')).toBe('metadata/0');
    expect(kindOf(r.segments, '// انتهى //')).toBe('boilerplate/0');
    expect(kindOf(r.segments, 'ارتفاع أسعار الذهب')).toBe('related/0');
  });
});

describe('a city page: titles inside the body, a glued subheading, a breadcrumb', () => {
  const HEADLINE = 'البلدية تعلن خطة لتخفيف الازدحام في وسط المدينة';
  const FIRST = 'أعلنت البلدية اليوم خطة جديدة لتخفيف الازدحام في شوارع وسط المدينة خلال ساعات الذروة، تبدأ مطلع الشهر المقبل.';
  const LAST = 'وأضاف أن البلدية ستراجع نتائج الخطة بعد ثلاثة أشهر من بدء تطبيقها في الأحياء المزدحمة.';
  const TITLE = 'إجراءات جديدة لتنظيم حركة الحافلات';
  const page = (...middle: string[]) => (tail: string[] = [], head: string[] = []) =>
    segment([...head, HEADLINE, FIRST, ...middle, LAST, ...tail].join('\n'));
  const withTitle = page(TITLE, 'وقال مدير المرور إن الخطة تشمل مسارات خاصة للحافلات وتوسيع مواقف السيارات قرب المحطات الرئيسية في المدينة.');

  it('a title printed once is a subheading', () => {
    expect(kindOf(withTitle().segments, 'إجراءات جديدة')).toBe('subheading/0');
  });

  it('a title the page prints elsewhere too is a link to another story', () => {
    const r = withTitle(['الأكثر قراءة', TITLE, 'ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم']);
    expect(r.segments.find((s) => s.text === TITLE)?.kind).toBe('related');
  });

  it('a subheading glued to its paragraph at a word ending in ة is split off', () => {
    const r = page('مسارات خاصة للحافلات في المدينةتبدأ البلدية الأسبوع المقبل تخصيص مسارات للحافلات في الشوارع الرئيسية وتوسيع المواقف قرب المحطات.')();
    expect(r.segments.find((s) => s.text.startsWith('مسارات'))).toMatchObject({ text: 'مسارات خاصة للحافلات في المدينة', kind: 'subheading' });
    expect(kindOf(r.segments, 'تبدأ البلدية')).toBe('body/0');
  });

  it.each(['»', '›', '>'])('a breadcrumb of %s before the headline is page furniture', (mark) => {
    const r = page()([], [`الرئيسية ${mark} أخبار محلية ${mark} المدينة`]);
    expect(r.headline?.text).toBe(HEADLINE);
    expect(kindOf(r.segments, 'الرئيسية')).toBe('boilerplate/0');
  });
});

const ENGLISH_PAGE = [
  'Skip to main content',
  'My Account',
  'Subscribe',
  'World',
  'Norway opens new Arctic research station to monitor sea ice',
  'By Jane Doe and John Roe',
  'Journalist',
  '3 minute read',
  '14 February 2023',
  'RELATED ARTICLES',
  'Sea ice hits record low for the month of January',
  'Scientists race to map the seabed before the thaw',
  'A research vessel moored at the new station in the far north.',
  'Picture: Lars Nilsen',
  'OSLO (Reuters) - Norway opened a new research station in the Arctic on Tuesday, saying it would give scientists year-round data on the thinning sea ice.',
  'The station, built on an island in the Barents Sea, can house up to thirty researchers at a time.',
  'Advertisement · Scroll to continue',
  '“We have waited a long time for a station that works through the polar night, and now the data',
  'will finally be continuous,” the project director said.',
  'Read more',
  'Arctic shipping routes open earlier each year',
  'Most of the station’s equipment was shipped in during the short summer season.',
  'A station built for the polar night',
  'The building runs on wind power and a battery bank that can carry it through a week without wind.',
  'Funding for the first five years comes from the government and two universities.',
  'Reporting by Jane Doe; Editing by John Roe',
  'Read more on these topics',
  'Climate change Norway Sweden Research stations',
  'Most read',
  'Markets slip as investors weigh central bank signals',
  'We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.',
  '© 2023 Example News. All rights reserved.',
].join('\n');

describe('an English page', () => {
  const r = segment(ENGLISH_PAGE);

  it('finds the headline, the byline and the date around a related-links group', () => {
    expect(r.headline?.text).toBe('Norway opens new Arctic research station to monitor sea ice');
    expect(r.byline?.text).toBe('Jane Doe and John Roe');
    expect(r.published?.date).toBe('2023-02-14');
    expect(kindOf(r.segments, 'Sea ice hits record')).toBe('related/0');
  });

  it('reads the caption before the photo credit as metadata, not body', () => {
    expect(kindOf(r.segments, 'A research vessel')).toBe('metadata/0');
    expect(kindOf(r.segments, 'Picture: Lars Nilsen')).toBe('metadata/0');
  });

  it('reads the dateline at the start of the first paragraph', () => {
    expect(r.dateline).toMatchObject({ place: 'OSLO', agency: 'Reuters', span: { text: 'OSLO (Reuters)' } });
    expect(r.body[0].text.startsWith('OSLO (Reuters) - Norway')).toBe(true);
  });

  it('keeps a paragraph broken by the scraper in the body and leaves ads, links and credits out', () => {
    expect(r.body.map((b) => b.text.slice(0, 14))).toEqual([
      'OSLO (Reuters)', 'The station, b', '“We have waite', 'will finally b', 'Most of the st', 'The building r', 'Funding for th',
    ]);
    expect(kindOf(r.segments, 'Advertisement')).toBe('boilerplate/0');
    expect(kindOf(r.segments, 'Arctic shipping')).toBe('related/0');
    expect(kindOf(r.segments, 'A station built for')).toBe('subheading/0');
    expect(kindOf(r.segments, 'Reporting by')).toBe('metadata/0');
  });

  it('splits glued English tags at known names and at case changes', () => {
    expect(r.keywords.map((k) => k.text)).toEqual(['Climate change', 'Norway', 'Sweden', 'Research stations']);
  });

  it('reads cookie and copyright lines as boilerplate', () => {
    expect(kindOf(r.segments, 'We use cookies')).toBe('boilerplate/0');
    expect(r.segments.at(-1)?.kind).toBe('boilerplate');
  });
});

describe('a standfirst', () => {
  it('set apart from the body by an ad is a subheading, not the first paragraph', () => {
    const r = segment([
      'Storm closes mountain passes across the region',
      'Published on 02/12/2023 - 08:40',
      'Share this article',
      'Heavy snow and strong winds have closed several passes and cut power to thousands of homes.',
      'ADVERTISEMENT',
      'Authorities closed three mountain passes on Saturday after more than a metre of snow fell overnight.',
      'Crews worked through the morning to restore power, and most homes were reconnected by the evening.',
    ].join('\n'));
    expect(kindOf(r.segments, 'Heavy snow')).toBe('subheading/0');
    expect(r.body[0].text.startsWith('Authorities closed')).toBe(true);
    expect(r.published?.date).toBe('2023-12-02');
  });

  it('printed twice, the first copy is a subheading', () => {
    const lead = 'قررت النقابة تنفيذ إضراب عام لمدة يومين احتجاجا على تأخر صرف المستحقات المالية لأعضائها.';
    const r = segment(['النقابة تقرر الإضراب يومين', '2017-03-11T17:31:00+01:00', lead, lead, 'وأوضح رئيس النقابة أن الإضراب لن يشمل أقسام الطوارئ في المستشفيات الحكومية والخاصة.'].join('\n'));
    expect(r.published?.date).toBe('2017-03-11');
    expect(r.body).toHaveLength(2);
    expect(r.segments.filter((s) => s.text === lead).map((s) => s.kind)).toEqual(['subheading', 'body']);
  });
});

describe('a glued inline lead-in', () => {
  it('splits a short label ending with a colon off a paragraph inside the body', () => {
    const r = segment([
      'سرقة مجوهرات من متحف في وسط المدينة',
      'November 9, 2020',
      'سرق لصوص مجوهرات تاريخية من متحف في وسط المدينة فجر الأحد، بحسب ما أعلنت الشرطة في بيان مقتضب.',
      'تحقيق رسمي: فتحت النيابة العامة تحقيقا رسميا في الحادثة وتولت وحدة خاصة جمع الأدلة من القاعة.',
    ].join('\n'));
    expect(r.segments.find((s) => s.text.startsWith('تحقيق رسمي'))).toMatchObject({ text: 'تحقيق رسمي:', kind: 'subheading' });
    expect(r.body.map((b) => b.text.split(' ').slice(0, 2).join(' '))).toEqual(['سرق لصوص', 'فتحت النيابة']);
  });
});

describe('pages of another build', () => {
  it('takes the headline right under a short ticker', () => {
    const r = segment([
      'شريط الأخبار',
      'ارتفاع أسعار الذهب في السوق المحلية',
      'منتخب الشباب يتأهل إلى النهائي',
      'وزير الصحة يفتتح مستشفى جديدا في الشمال',
      '2024-05-02',
      'افتتح وزير الصحة اليوم مستشفى جديدا في المحافظة الشمالية بسعة مئتي سرير، ويضم أقساما للطوارئ والعناية المركزة.',
      'وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة لها.',
    ].join('\n'));
    expect(r.headline?.text).toBe('وزير الصحة يفتتح مستشفى جديدا في الشمال');
    expect(kindOf(r.segments, 'منتخب الشباب')).toBe('related/0');
  });

  it('reads paragraphs that lost their final period', () => {
    const r = segment([
      'وزير الصحة يفتتح مستشفى جديدا في الشمال بسعة مئتي سرير وأقسام متخصصة',
      'الرياض - واس',
      'افتتح وزير الصحة اليوم مستشفى جديدا في المحافظة الشمالية بسعة مئتي سرير ويضم أقساما للطوارئ',
      'وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة لها',
    ].join('\n'));
    expect(r.headline?.text).toBe('وزير الصحة يفتتح مستشفى جديدا في الشمال بسعة مئتي سرير وأقسام متخصصة');
    expect(r.dateline).toMatchObject({ place: 'Riyadh', agency: 'Saudi Press Agency' });
    expect(r.body).toHaveLength(2);
  });

  it('does not read a "place : event" headline as a dateline', () => {
    const r = segment([
      'مصر : مقتل 4 سياح',
      '16/02/2014',
      'أعلنت وزارة الصحة عن مقتل أربعة سياح وإصابة ثلاثة عشر آخرين إثر انفجار حافلة سياحية قرب الحدود.',
      'وذكرت مصادر أمنية أن الانفجار ناجم على الأرجح عن عبوة ناسفة زرعت داخل الحافلة.',
    ].join('\n'));
    expect(r.headline?.text).toBe('مصر : مقتل 4 سياح');
    expect(r.dateline).toBeNull();
  });

  it('keeps a dateline-shaped first line as the headline when nothing else can be', () => {
    const r = segment([
      'بيروت - انفجار',
      'وقع انفجار ضخم في مرفأ المدينة مساء اليوم وأدى إلى أضرار واسعة في الأحياء المجاورة للمرفأ.',
      'وقالت الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.',
    ].join('\n'));
    expect(r.headline?.text).toBe('بيروت - انفجار');
    expect(r.body).toHaveLength(2);
  });

  it('reads a wire credit on its own line after the body as metadata', () => {
    const r = segment([
      'افتتاح معرض عمان الدولي للكتاب',
      'افتتح وزير الثقافة اليوم معرض عمان الدولي للكتاب بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.',
      'ويستمر المعرض عشرة أيام ويتضمن برنامجا ثقافيا من الندوات والأمسيات الشعرية.',
      '--(بترا)',
    ].join('\n'));
    expect(r.source).toMatchObject({ name: 'Jordan News Agency', span: { text: 'بترا' } });
    expect(kindOf(r.segments, '--(بترا)')).toBe('metadata/0');
  });

  it.each([
    ['Search for missing climbers called off after storm', 'Rescuers called off the search for two missing climbers on Sunday as a storm closed in on the mountain.'],
    ['إعلان نتائج الثانوية العامة غدا', 'أعلنت وزارة التربية أن نتائج امتحانات الثانوية العامة ستعلن صباح الغد على الموقع الرسمي للوزارة.'],
    ['About 200 people rally outside parliament', 'About two hundred people rallied outside parliament on Friday to protest against the new housing law.'],
  ])('reads "%s" as a headline, not a menu item or an ad', (headline, lead) => {
    const r = segment(['Home » News » World', headline, '2024-05-02', lead, lead.replace(/^\S+/, 'Later')].join('\n'));
    expect(r.headline?.text).toBe(headline);
    expect(r.segments[0]).toMatchObject({ kind: 'boilerplate', text: 'Home » News » World' });
  });

  it('keeps a last paragraph that lost its final period', () => {
    const r = segment([
      'افتتاح معرض عمان الدولي للكتاب',
      'افتتح وزير الثقافة اليوم معرض عمان الدولي للكتاب بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.',
      'ويستمر المعرض عشرة أيام، ويتضمن برنامجا ثقافيا من الندوات والأمسيات الشعرية وتوقيع الكتب للأطفال والكبار',
      'الأكثر قراءة',
      'ارتفاع أسعار الذهب في السوق المحلية خلال تعاملات اليوم',
    ].join('\n'));
    expect(r.body.map((b) => b.text.split(' ')[0])).toEqual(['افتتح', 'ويستمر']);
  });
});

