/**
 * The words news pages are built with, kept as data: labels and markers that open
 * or name a block ("اقرأ أيضاً", "Read more", "كلمات دلالية", "Share"), site
 * vocabulary (cookies, comments, copyright), photo credits, wire-agency names.
 *
 * Phrases are written as they appear on pages; spelling variants that differ only
 * by alef form, ى/ي, ة/ه, tatweel, diacritics or letter case need not be listed
 * (they are matched on the normalized tokens, see `phrases.ts`).
 */
import { PhraseSet } from './phrases.js';

/** What a marker at the start of a line says about the line. */
export type MarkerKind =
  /** A "read also" link or the head of a short related-links group inside an article. */
  | 'readAlso'
  /** The head of a page-wide list (most read, top stories, related topics at the end). */
  | 'listHead'
  /** The label of the article's tags. */
  | 'tags'
  /** The label of a page-wide tag cloud. */
  | 'siteTags'
  /** A source credit label (المصدر:, Source:). */
  | 'source'
  /** A byline label (كتب، بقلم، By). */
  | 'byline'
  /** Wire credits after the body (Reporting by …, Editing by …). */
  | 'credits'
  /** A date label standing alone (التاريخ:, Published). */
  | 'dateLabel'
  /** Share, print and follow buttons. */
  | 'share'
  /** Comment widgets. */
  | 'comments'
  /** Advertisements. */
  | 'ad'
  /** Copyright lines. */
  | 'copyright'
  /** A photo credit (Picture:, Photo:, صورة:). */
  | 'credit'
  /** Site navigation, account and subscription links. */
  | 'nav'
  /** Poll widgets. */
  | 'poll'
  /** Prayer-time widgets. */
  | 'prayer'
  /** Wire trailers (انتهى، النهاية). */
  | 'trailer'
  /** The article's own link (رابط الخبر، Short URL). */
  | 'linkLine';

const READ_ALSO = [
  'اقرأ أيضا', 'اقرا ايضا', 'اقرأ أيضًا', 'إقرأ أيضاً', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ ايضاً', 'طالع أيضا', 'شاهد أيضا',
  'شاهد ايضاً', 'اقرأ', 'ذات صلة', 'مواضيع متعلقة', 'Read more', 'Read also', 'Also read', 'Read next', 'Read More', 'See also',
  'Related', 'Related articles', 'Related stories', 'Related content', 'Related news', 'Related coverage', 'More on this',
  'Also on', 'Recommended reading',
];
const LIST_HEADS = [
  'الأكثر قراءة', 'الأكثر تصفحا', 'الأكثر تصفحاً', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية',
  'الموضوعات المتعلقة', 'أخبار ذات صلة', 'أخبار متعلقة', 'مواضيع ذات صلة', 'مقالات ذات صلة', 'الأخبار ذات الصلة', 'أخبار مشابهة',
  'اخترنا لك', 'المزيد من الأخبار', 'المزيد من', 'آخر الأخبار', 'أحدث الأخبار', 'أخبار عاجلة', 'عاجل', 'مقالات مختارة',
  'شريط الأحداث', 'شريط الأخبار', 'أهم الأخبار', 'الأخبار الرئيسية', 'مختارات', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'قد يهمك',
  'تحقيقات و مقابلات', 'تحقيقات ومقابلات', 'مقالات الرأي', 'أخبار 24 ساعة', 'Most read', 'Most popular', 'Most viewed',
  'Top stories', 'Top Stories', 'Trending', 'Trending now', 'Latest', 'Latest news', 'Latest stories', 'Just in',
  "Editor's choice", "Editors' picks", 'You might also like', 'You may also like', 'You May Also Like', 'More from',
  'More stories', 'More news', 'Recommended', 'Recommended for you', 'Popular', 'Breaking news',
];
const TAGS = [
  'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات الدالة', 'كلمات دالة', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'تاجز', 'تاغز',
  'وسوم', 'الوسوم', 'الوسم', 'مواضيع', 'Tags', 'Tagged', 'Tagged with', 'Topics', 'Keywords', 'Read more on these topics',
  'More on these topics', 'Related topics', 'Related Topics',
];
const SITE_TAGS = ['Top tags', 'Browse today\'s tags', 'Trending tags', 'Popular tags', 'Trending topics', 'الوسوم الشائعة', 'الأكثر بحثا'];
const SOURCE = ['المصدر', 'مصدر الخبر', 'مصدر', 'Source', 'Sources'];
const BYLINE = ['كتب', 'كتبت', 'بقلم', 'كتبه', 'كتبته', 'By', 'Written by', 'Words by', 'Story by'];
const CREDITS = ['Reporting by', 'Additional reporting by', 'Editing by', 'Writing by', 'Compiled by', 'Edited by', 'تحرير', 'إعداد', 'ترجمة'];
const DATE_LABEL = [
  'التاريخ', 'تاريخ النشر', 'نشر في', 'تاريخ', 'آخر تحديث', 'تم النشر', 'Published', 'Published on', 'Updated', 'Last updated',
  'Posted', 'Posted on', 'Date',
];
const SHARE = [
  'شارك', 'مشاركة', 'شارك الخبر', 'شارك المقال', 'شارك على', 'مشاركة الخبر', 'طباعة', 'أرسل لصديق', 'نسخ الرابط', 'Share',
  'Share this', 'Share this article', 'Share this story', 'Share on', 'Print', 'Email', 'Copy link', 'Tweet', 'Follow us',
  'تابعونا', 'تابعنا', 'تابعونا على', 'خدمة RSS', 'RSS',
];
const COMMENTS = [
  'تعليقات', 'التعليقات', 'أضف تعليق', 'اضف تعليقا', 'اضف تعليقاً', 'أضف تعليقك', 'لا توجد تعليقات', 'تم أضافة تعليقك',
  'بروتوكول نشر التعليقات', 'Comments', 'Leave a comment', 'Add comment', 'Add a comment',
  'View comments', 'Join the conversation',
];
const AD = ['Advertisement', 'Advertisment', 'إعلان', 'اعلان', 'Sponsored', 'Sponsored content', 'Partnerships', 'Skip Ad', 'محتوى مدفوع', 'برعاية'];
const COPYRIGHT = ['©', 'حقوق النشر', 'جميع الحقوق محفوظة', 'All rights reserved', 'All Rights Reserved', 'Copyright ©'];
const CREDIT = [
  'Picture', 'Photo', 'Image', 'Photograph', 'Photo credit', 'Copyright', 'صورة', 'الصورة', 'تصوير', 'مصدر الصورة',
  'صورة أرشيفية', 'صورة ارشيفية', 'Getty Images', 'File photo',
];
const NAV = [
  'Skip to main content', 'Skip to content', 'تخطى قائمة التنقل', 'تخطي إلى المحتوى', 'انتقل إلى المحتوى', 'القائمة', 'Menu',
  'Home', 'الرئيسية', 'الصفحة الرئيسية', 'Search', 'بحث', 'Log in', 'Log In', 'Sign in', 'Sign In', 'Register', 'My account',
  'My Account', 'Subscribe', 'اشترك', 'اشترك الآن', 'Newsletters', 'Newsletter', 'النشرة البريدية', 'E-Paper', 'Download our app',
  'Download the app', 'Sign up', 'Contact us', 'Contact', 'اتصل بنا', 'About us', 'About', 'من نحن', 'أعلن معنا', 'Advertise',
  'Advertise with us', 'Privacy policy', 'Privacy Policy', 'سياسة الخصوصية', 'Terms of use', 'Terms and conditions', 'Cookie policy',
  'شروط الاستخدام', 'خدماتنا', 'Site Index', 'Follow', 'Get the latest', 'Enter a word', 'Our Facebook', 'Our Twitter',
  'Our Instagram', 'Our Youtube', 'Our Tiktok', 'الطبعة', 'Edition', 'Events', 'Podcasts', 'بودكاست',
];
const POLL = ['استطلاع الرأي', 'استطلاع', 'استفتاء', 'تصويت', 'عرض النتائج', 'Poll', 'View results'];
const PRAYER = ['مواقيت الصلاة', 'الصلاة', 'أوقات الصلاة', 'التوقيت', 'Prayer times'];
const TRAILER = ['انتهى', 'النهاية', 'انتهي', ' انتهى الخبر', 'End'];
const LINK_LINE = ['رابط الخبر', 'رابط مختصر', 'الرابط المختصر', 'رابط المقال', 'Short URL', 'Short link', 'Permalink'];

const entries = (kind: MarkerKind, list: readonly string[]) => list.map((p) => [p, kind] as const);

/** Markers matched at the start of a line (after leading punctuation). The longest phrase wins. */
export const LINE_MARKERS = new PhraseSet<MarkerKind>([
  ...entries('tags', TAGS),
  ...entries('siteTags', SITE_TAGS),
  ...entries('readAlso', READ_ALSO),
  ...entries('listHead', LIST_HEADS),
  ...entries('source', SOURCE),
  ...entries('byline', BYLINE),
  ...entries('credits', CREDITS),
  ...entries('dateLabel', DATE_LABEL),
  ...entries('share', SHARE),
  ...entries('comments', COMMENTS),
  ...entries('ad', AD),
  ...entries('copyright', COPYRIGHT),
  ...entries('credit', CREDIT),
  ...entries('nav', NAV),
  ...entries('poll', POLL),
  ...entries('prayer', PRAYER),
  ...entries('trailer', TRAILER),
  ...entries('linkLine', LINK_LINE),
]);

/** Site talk: one such phrase in a paragraph makes it page furniture. */
const STRONG_VOCABULARY = [
  'all rights reserved', 'جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع', 'privacy policy', 'cookie policy', 'terms of use',
  'terms and conditions', 'opens new tab', 'scroll to continue', 'sign up for', 'subscribe to our', 'your inbox', 'your browser',
  'opt-out', 'opt out', 'personal information', 'these cookies', 'we use cookies', 'store cookies', 'our website', 'our site',
  'عبر غوغل نيوز', 'عبر جوجل نيوز', 'google news', 'تعليقات القراء', 'الآراء الواردة', 'لا تعبر عن رأي', 'لا تعبر بالضرورة',
  'مراجعة التعليقات', 'سياسة الخصوصية', 'شروط الاستخدام', 'اشترك في النشرة', 'النشرة البريدية', 'حمل تطبيق', 'download our app',
  'get the latest news', 'the latest news directly', 'you could win', 'click here', 'اضغط هنا', 'انقر هنا',
];
/** Site talk found anywhere in a line: one such phrase makes a paragraph page furniture. */
export const VOCABULARY = new PhraseSet<number>(STRONG_VOCABULARY.map((p) => [p, 1] as const));

/**
 * Photo-credit phrases found anywhere in a line: the line is a caption or a credit. Strong ones (2)
 * count in any line of up to sixty words; weak ones (1), which prose may use too (`copyright`),
 * only in a short line without a final period.
 */
export const CAPTION_VOCABULARY = new PhraseSet<number>([
  ...['picture by', 'photo by', 'photograph by', 'via reuters', 'mandatory credit', 'getty images', 'afp photo', 'reuters photo',
    'this image has been supplied', 'a file photograph', 'صورة أرشيفية', 'صورة ارشيفية', 'مصدر الصورة'].map((p) => [p, 2] as const),
  ...['copyright', 'photo:', 'picture:', 'image:', 'تصوير:', '(صورة)', 'الصورة:', 'file photo', 'ap photo']
    .map((p) => [p, 1] as const),
]);

/** Social networks and share buttons: a line made of them is a share/follow bar. */
export const SOCIAL_WORDS = new Set(
  ['facebook', 'twitter', 'فيسبوك', 'فيس بوك', 'تويتر', 'يوتيوب', 'youtube', 'instagram', 'انستجرام', 'انستغرام', 'اينستاجرام',
    'انستقرام', 'linkedin', 'لينكدين', 'لينكد', 'whatsapp', 'واتساب', 'واتس', 'telegram', 'تيليجرام', 'تلغرام', 'rss', 'email',
    'pinterest', 'reddit', 'flipboard', 'messenger', 'tiktok', 'تيك', 'توك', 'vk', 'x', 'snapchat', 'سناب', 'شات', 'pin', 'interest',
    'whats', 'طباعه', 'print', 'share', 'شارك', 'مشاركه', 'send', 'google', 'news', 'copy', 'link', 'انستجرام', 'يوتيوب']);

/** Prayer names of a prayer-time table. */
export const PRAYER_WORDS = new Set(['الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء', 'fajr', 'dhuhr', 'asr', 'maghrib', 'isha']);

/** Words that may stand next to a date in a date line without making it prose. */
export const DATE_LINE_WORDS = new Set(
  ['published', 'posted', 'updated', 'last', 'modified', 'on', 'at', 'am', 'pm', 'gmt', 'utc', 'ago', 'min', 'mins', 'minute',
    'minutes', 'read', 'hour', 'hours', 'h', 'm', 'date', 'time', 'the', 'first', 'and', 'myt', 'est', 'edt', 'bst', 'cet', 'ast',
    'الساعه', 'الساعة', 'اخر', 'تحديث', 'تاريخ', 'التاريخ', 'النشر', 'نشر', 'في', 'يوم', 'ص', 'م', 'منذ', 'دقيقه', 'دقائق', 'قراءه',
    'بتوقيت', 'غرينتش', 'جرينتش', 'مكه', 'المكرمه', 'الموافق', 'ه', 'هـ', 'ميلادي', 'هجري', 'ت', 'غ', 'مساء', 'صباحا', 'ظهرا',
    'تم', 'بواسطه', 'by']);

/**
 * Wire agencies and their usual Arabic abbreviations, as written in datelines. Used only to tell
 * the agency part of a dateline from the place part; the canonical name still comes from the
 * dictionary lookup (or, failing that, the surface text).
 */
export const AGENCY_SURFACES = new PhraseSet<true>(
  ['رويترز', 'أ ف ب', 'أ.ف.ب', 'ا ف ب', 'فرانس برس', 'فرانس بريس', 'أ ب', 'أ.ب', 'اسوشيتد برس', 'أسوشيتد برس', 'د ب أ', 'د.ب.أ',
    'الألمانية', 'الفرنسية', 'واس', 'سانا', 'بترا', 'وام', 'قنا', 'كونا', 'بنا', 'العمانية', 'الأناضول', 'الاناضول', 'شينخوا', 'تاس',
    'نوفوستي', 'سبوتنيك', 'يو بي آي', 'إرنا', 'ارنا', 'مهر', 'سبأ', 'واج', 'وات', 'ومع', 'قنا', 'أ ش أ', 'أ.ش.أ', 'كونا', 'وكالات',
    'وكالة الأنباء', 'Reuters', 'AFP', 'AP', 'dpa', 'DPA', 'Xinhua', 'Bloomberg', 'CNN', 'BBC', 'TASS', 'RIA', 'Anadolu', 'UPI',
    'Agencies', 'Bernama', 'SPA', 'WAM', 'KUNA', 'QNA', 'Petra', 'SANA', 'IRNA', 'ANI', 'PTI', 'Yonhap', 'Kyodo', 'EFE', 'ANSA']
    .map((p) => [p, true] as const),
);

/** Generic wire credits that name no one agency: the dateline's agency is this canonical word. */
export const GENERIC_AGENCIES = new PhraseSet<string>([
  ['وكالات', 'Agencies'],
  ['وكالات الأنباء', 'Agencies'],
  ['Agencies', 'Agencies'],
  ['وكالات أنباء', 'Agencies'],
]);

/** Speech and report verbs that open a paragraph; و/ف + one of them glued to a previous word marks a missing line break. */
export const OPENING_VERBS = new Set(
  ['عبر', 'اكد', 'اشار', 'قال', 'اوضح', 'اضاف', 'شدد', 'دعا', 'لفت', 'كشف', 'اعتبر', 'راي', 'تابع', 'طالب', 'حذر', 'اعلن', 'ذكر',
    'بين', 'نوه', 'ختم', 'استعرض', 'ناقش', 'اعرب', 'اكدت', 'قالت', 'اشارت', 'اوضحت', 'اضافت', 'شددت', 'دعت', 'لفتت', 'كشفت',
    'اعتبرت', 'تابعت', 'طالبت', 'حذرت', 'اعلنت', 'ذكرت', 'اعربت', 'جاء', 'جاءت', 'يذكر', 'يشار', 'وصف', 'وصفت', 'اتهم', 'نفى',
    'نفت', 'رحب', 'رحبت', 'ندد', 'نددت', 'تطرق', 'تطرقت', 'استهل', 'استهلت', 'اختتم', 'اختتمت', 'يأتي', 'ياتي', 'تأتي', 'تاتي',
    'كان', 'كانت', 'اكدوا', 'قالوا']);

/** Media tags ending a related-link title: "(فيديو)", "(صور)", "[VIDEO]". */
export const MEDIA_TAGS = new Set(['فيديو', 'صور', 'بالصور', 'بالفيديو', 'video', 'photos', 'watch', 'انفوجراف', 'إنفوجراف', 'صوره']);

/** English function words: a line with none of them reads as a list of tags or names, not as a title. */
export const ENGLISH_FUNCTION_WORDS = new Set(
  ['the', 'a', 'an', 'of', 'to', 'in', 'for', 'and', 'or', 'is', 'are', 'was', 'were', 'as', 'with', 'on', 'at', 'by', 'from',
    'it', 'its', 'be', 'has', 'have', 'had', 'that', 'this', 'these', 'after', 'before', 'over', 'into', 'says', 'said', 'will',
    'can', 'not', 'no', 'how', 'why', 'what', 'who', 'when', 'you', 'your', 'we', 'our', 'they', 'their', 'he', 'she', 'his',
    'her', 'about', 'up', 'out', 'more', 'than', 'but', 'amid', 'new']);
