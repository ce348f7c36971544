import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { compileGazetteer } from '../../src/gazetteer/compile.js';
import { lookupName, matchGazetteer, ReadingCache, VARIANT_CONFIDENCE } from '../../src/gazetteer/match.js';
import type { EntityRecord } from '../../src/dictionary/types.js';
import { createExtractor } from '../../src/index.js';

const RECORDS: EntityRecord[] = [
  { id: 'org:united-nations', type: 'organization', name: 'United Nations', short: 'UN', names: { ar: 'الأمم المتحدة', en: 'United Nations' } },
  { id: 'org:un-general-assembly', type: 'organization', name: 'United Nations General Assembly', names: { ar: 'الجمعية العامة للأمم المتحدة', en: 'United Nations General Assembly' } },
  { id: 'org:nato', type: 'organization', name: 'NATO', short: 'NATO', names: { ar: 'حلف شمال الأطلسي', en: 'NATO' }, aliases: { ar: ['ناتو', 'الناتو'] } },
  { id: 'place:br', type: 'place', kind: 'country', name: 'Brazil', names: { ar: 'البرازيل', en: 'Brazil' } },
  { id: 'place:sy', type: 'place', kind: 'country', name: 'Syria', names: { ar: 'سوريا', en: 'Syria' }, aliases: { ar: ['سورية'] } },
  { id: 'place:om', type: 'place', kind: 'country', name: 'Oman', names: { ar: 'عمان', en: 'Oman' }, ambiguous: ['عمان'] },
  { id: 'place:amman', type: 'place', kind: 'city', name: 'Amman', names: { ar: 'عمان', en: 'Amman' }, ambiguous: ['عمان'] },
  { id: 'person:olaf-scholz', type: 'person', name: 'Olaf Scholz', names: { ar: 'أولاف شولتس', en: 'Olaf Scholz' }, aliases: { ar: ['شولتس', 'شولتز'], en: ['Scholz'] } },
  { id: 'place:us', type: 'place', kind: 'country', name: 'United States', names: { ar: 'الولايات المتحدة', en: 'United States' }, aliases: { en: ['US', 'U.S.'] } },
];
const gaz = compileGazetteer(RECORDS);
const cache = new ReadingCache();
const found = (text: string) => matchGazetteer(new AkhbarDocument(text, 'ar'), gaz, cache).map((c) => [text.slice(c.start, c.end), c.entities.map((e) => gaz.entities[e].id).join('|')]);

describe('matchGazetteer', () => {
  it('matches names behind proclitics, mention starting after the preposition', () => {
    expect(found('وصل بالبرازيل ثم والبرازيل')).toEqual([['البرازيل', 'place:br'], ['البرازيل', 'place:br']]);
  });
  it('restores the article assimilated in لل and keeps the لل in the mention', () => {
    expect(found('الأمين العام للأمم المتحدة')).toEqual([['للأمم المتحدة', 'org:united-nations']]);
  });
  it('prefers the longest match', () => {
    expect(found('أمام الجمعية العامة للأمم المتحدة')).toEqual([['الجمعية العامة للأمم المتحدة', 'org:un-general-assembly']]);
  });
  it('lets organizations drop or take the article, not places', () => {
    expect(found('قوات الناتو وناتو')).toEqual([['الناتو', 'org:nato'], ['ناتو', 'org:nato']]);
    expect(found('الحكومة السورية')).toEqual([]);
    expect(found('في سورية')).toEqual([['سورية', 'place:sy']]);
  });
  it('tolerates hamza, diacritics and tatweel', () => {
    expect(found('المستشار اولافُ شـولتس')).toEqual([['اولافُ شـولتس', 'person:olaf-scholz']]);
  });
  it('keeps every entity of an ambiguous alias for resolution', () => {
    expect(found('زار عمان')).toEqual([['عمان', 'place:om|place:amman']]);
  });
  it('requires capitals for Latin acronyms and names', () => {
    const en = (text: string) => matchGazetteer(new AkhbarDocument(text, 'en'), gaz, cache).map((c) => text.slice(c.start, c.end));
    expect(en('the US and the U.S. said Scholz')).toEqual(['US', 'U.S.', 'Scholz']);
    expect(en('tell us about scholz')).toEqual([]);
  });
  it('does not cross a line break', () => {
    expect(found('الأمم\nالمتحدة')).toEqual([]);
  });
});

describe('lookupName', () => {
  it('names a whole string, proclitics allowed', () => {
    expect(lookupName(gaz, 'بالبرازيل', cache)?.name).toBe('Brazil');
    expect(lookupName(gaz, 'البرازيل اليوم', cache)).toBeNull();
    expect(lookupName(gaz, 'عمان', cache, 'place')?.id).toBe('place:om');
  });
});

describe('the case of a Latin name\'s first word', () => {
  // Own gazetteer and cache: whether a word opens only names that want a capital is kept per word.
  const latin = compileGazetteer([
    { id: 'place:gold-coast', type: 'place', name: 'Gold Coast', names: { en: 'Gold Coast' } },
    { id: 'org:gold-standard', type: 'organization', name: 'gold standard', names: { en: 'gold standard' } },
    { id: 'place:br', type: 'place', kind: 'country', name: 'Brazil', names: { en: 'Brazil' } },
    { id: 'org:ebay', type: 'organization', name: 'eBay', names: { en: 'eBay' } },
  ]);
  const latinCache = new ReadingCache();
  const en = (text: string) => matchGazetteer(new AkhbarDocument(text, 'en'), latin, latinCache).map((c) => [text.slice(c.start, c.end), latin.entities[c.entities[0]].id]);
  it('a word in lower case opens no name that wants a capital, before or after the capitalized word is seen', () => {
    expect(en('flights to brazil')).toEqual([]);
    expect(en('flights to Brazil and brazil')).toEqual([['Brazil', 'place:br']]);
  });
  it('a name of the same first word further down that takes any case still matches in lower case', () => {
    expect(en('the gold standard and the gold coast')).toEqual([['gold standard', 'org:gold-standard']]);
    expect(en('the Gold Coast')).toEqual([['Gold Coast', 'place:gold-coast']]);
  });
  it('a name written with a small first letter matches as written', () => {
    expect(en('shares of ebay rose')).toEqual([['ebay', 'org:ebay']]);
  });
});

describe('spelling variants of people by skeleton', () => {
  it('matches a transliteration the lists lack (تز for تس, long vowels)', () => {
    expect(found('المستشار اولافُ شـولتز')).toEqual([['اولافُ شـولتز', 'person:olaf-scholz']]);
    expect(found('التقى شولتز')).toEqual([['شولتز', 'person:olaf-scholz']]); // listed alias
    // No word of the listed full name is kept exactly: only the listed surname matches.
    expect(found('التقى أولف شولتز')).toEqual([['شولتز', 'person:olaf-scholz']]);
  });
  it('matches a variant whose second word has four letters (بوتن for بوتين)', () => {
    const putin = compileGazetteer([{ id: 'person:vladimir-putin', type: 'person', name: 'Vladimir Putin', names: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' } }]);
    const doc = new AkhbarDocument('التقى فلاديمير بوتن أمس', 'ar');
    expect(matchGazetteer(doc, putin, new ReadingCache()).map((c) => [doc.text.slice(c.start, c.end), c.confidence])).toEqual([['فلاديمير بوتن', VARIANT_CONFIDENCE]]);
  });
  it('does not match a short word by skeleton', () => {
    expect(found('شولز')).toEqual([]);
  });
});

describe('common spellings compared as the text is', () => {
  it('a spelling in `common` marks every alias that normalizes the same (ابل, آبل: camels or Apple)', () => {
    const r = createExtractor().extract('أقيم مهرجان الإبل في الصحراء.');
    expect(r.entities.map((e) => e.id)).not.toContain('org:apple-inc');
  });
});

describe('government bodies described by their country', () => {
  const ex = createExtractor({ language: 'ar' });
  const forms = (text: string) => ex.extract(text).entities.filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => [m.text, m.form]));
  it('a common noun + nationality is a description of the body (nominal)', () => {
    expect(forms('وقالت الحكومة اللبنانية إن الوضع هادئ.')).toEqual([['الحكومة اللبنانية', 'nominal']]);
    expect(forms('وقال الجيش الإسرائيلي إن العملية انتهت.')).toEqual([['الجيش الإسرائيلي', 'nominal']]);
  });
  it('a body named by its office and country is a name, as is a full name with its country; an alias leaves the nationality out', () => {
    expect(forms('وقالت وزارة الصحة الفلسطينية إن الحصيلة ارتفعت.')).toEqual([['وزارة الصحة الفلسطينية', 'name']]);
    expect(forms('وصوت الكونغرس الأمريكي على القانون.')).toEqual([['الكونغرس الأمريكي', 'name']]);
    expect(forms('وأعلن ريال مدريد الإسباني ضم اللاعب.')).toEqual([['ريال مدريد', 'name']]);
  });
});

describe('a compass noun in construct with a continent', () => {
  const ex = createExtractor({ language: 'ar' });
  const places = (text: string) => ex.extract(text).entities.filter((e) => e.type === 'place').map((e) => [e.id, e.mentions.map((m) => m.text)]);
  it('is a direction and the continent (غرب أفريقيا → Africa), as شمال العراق is a direction and Iraq', () => {
    expect(places('انتشر الوباء في غرب أفريقيا.')).toEqual([['place:africa', ['أفريقيا']]]);
    expect(places('قمة دول جنوب شرق آسيا')).toEqual([['place:asia', ['آسيا']]]);
  });
  it('while an adjective form and a country keep their names (آسيا الوسطى، جنوب أفريقيا)', () => {
    expect(places('جولة في آسيا الوسطى')).toEqual([['place:central-asia', ['آسيا الوسطى']]]);
    expect(places('فازت جنوب أفريقيا بالبطولة')).toEqual([['place:za', ['جنوب أفريقيا']]]);
  });
});

describe('aliases that describe rather than name (nominal)', () => {
  const ex = createExtractor({ language: 'ar' });
  const forms = (text: string) => ex.extract(text).entities.flatMap((e) => e.mentions.map((m) => [e.id, m.text, m.form]));
  it('are linked to their entity with form nominal', () => {
    expect(forms('قال الأمين العام للأمم المتحدة إن المنظمة الدولية قلقة.')).toContainEqual(['org:united-nations', 'المنظمة الدولية', 'nominal']);
    expect(forms('وهددت الدولة العبرية بالرد.')).toEqual([['place:il', 'الدولة العبرية', 'nominal']]);
  });
  it('a record\'s nominal list must be strings', async () => {
    const { validateRecord } = await import('../../src/dictionary/validate.js');
    expect(() => validateRecord({ id: 'org:x', type: 'organization', name: 'X', names: { ar: 'س' }, nominal: [3] }, 'test')).toThrow(/"nominal"/);
  });
});

describe('a known person\'s chain of names', () => {
  it('does not run on into a kinship noun after ابن (صدام حسين ابن عمه)', () => {
    const r = createExtractor({ language: 'ar' }).extract('وأمر صدام حسين ابن عمه بالمغادرة.');
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.mentions[0].text)).toEqual(['صدام حسين']);
  });
});
