// Rule lexicons (src/rules/lexicon.ts): entries, tags, weak and exact entries, longest match,
// proclitics, and the `not-name` union built by src/rules/lexicon-set.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { defaultData } from '../../src/dictionary/default-data.js';
import { ReadingCache } from '../../src/gazetteer/match.js';
import { Lexicon } from '../../src/rules/lexicon.js';
import { buildLexicons, tagValue } from '../../src/rules/lexicon-set.js';
import { normalize } from '../../src/text/normalize.js';

const at = (lex: Lexicon, text: string, i: number, bare = false) => {
  const doc = new AkhbarDocument(text, 'ar');
  return lex.matchAt(doc.tokens, i, new ReadingCache(), bare);
};

describe('Lexicon', () => {
  const lex = new Lexicon(['قال |past,clause', 'أشار |past,clause,prep=إلى', 'وزير الخارجية |nominal', 'وزير', '?أمل', 'علي |exact', '# not a comment here, only in files']);

  it('reads entries and their tags; ? adds the tag weak', () => {
    expect(lex.size).toBe(7);
    expect([...lex.tagsOf('قال')!]).toEqual(['past', 'clause']);
    expect(tagValue(lex.tagsOf('اشار')!, 'prep')).toBe('إلى');
    expect([...lex.tagsOf('امل')!]).toEqual(['weak']);
    expect(lex.has('وزير')).toBe(true);
    expect(lex.has('الخارجيه')).toBe(false);
  });
  it('tagsOfWordAt answers as tagsOf per word id, and sees an entry added after it was asked', () => {
    const own = new Lexicon(['قال |past', 'وزير الخارجية |nominal']);
    const doc = new AkhbarDocument('قال الوزير إن وزير الخارجية قال', 'ar');
    const cache = new ReadingCache();
    const t = doc.tokens;
    for (let i = 0; i < t.count; i++) expect(own.tagsOfWordAt(t, i, cache)).toEqual(own.tagsOf(t.norm(i)) ?? null);
    expect(own.tagsOfWordAt(t, 1, cache)).toBeNull();
    own.add('الوزير |nominal');
    expect([...own.tagsOfWordAt(t, 1, cache)!]).toEqual(['nominal']);
  });
  it('normalizes entries (alef, ة) like the text', () => {
    expect(lex.has('اشار')).toBe(true);
    expect(at(lex, 'وأشار الوزير', 0)?.end).toBe(1);
  });
  it('matches the longest entry at a token', () => {
    const m = at(lex, 'قال وزير الخارجية أمس', 1);
    expect(m?.end).toBe(3);
    expect([...m!.tags]).toEqual(['nominal']);
    expect(at(lex, 'قال وزير الدفاع أمس', 1)?.end).toBe(2);
  });
  it('allows a proclitic on the first word unless bare', () => {
    expect(at(lex, 'وقال الوزير', 0)?.end).toBe(1);
    expect(at(lex, 'وقال الوزير', 0)?.reading.prefix).toBe('و');
    expect(at(lex, 'وقال الوزير', 0, true)).toBeNull();
  });
  it('an exact entry needs its own spelling: علي is not على', () => {
    expect(at(lex, 'حضر علي الاجتماع', 1)?.end).toBe(2);
    expect(at(lex, 'حضر على الاجتماع', 1)).toBeNull();
  });
  it('an exact spelling is read through diacritics and tatweel, not through another letter', () => {
    expect(at(lex, 'حضر عَليّ الاجتماع', 1)?.end).toBe(2);
    expect(at(lex, 'حضر علـي الاجتماع', 1)?.end).toBe(2);
    expect(at(lex, 'حضر وعلي الاجتماع', 1)?.reading.prefix).toBe('و');
    expect(at(lex, 'حضر عَلى الاجتماع', 1)).toBeNull();
    expect(at(lex, 'حضر عليي الاجتماع', 1)).toBeNull();
  });
  it('so does a longer one: محمد علي is not محمد على (the shorter entry is read instead)', () => {
    const names = new Lexicon(['محمد', 'محمد علي |exact']);
    expect(at(names, 'وصل محمد علي أمس', 1)?.end).toBe(3);
    expect(at(names, 'جلس محمد على الكرسي', 1)?.end).toBe(2);
    expect(at(names, 'وصل مُحمّد عليّ أمس', 1)?.end).toBe(3);
    // … packed and unpacked alike
    expect(at(Lexicon.unpack(names.pack()), 'جلس محمد على الكرسي', 1)?.end).toBe(2);
  });
  it('a large lexicon packs its one-word entries in buckets built on first ask, with the same answers', () => {
    const letters = [...'بتثجحخدذرزسشصضطظعغفقكلمنوي'];
    const words = letters.flatMap((a) => letters.flatMap((b) => [`${a}${b}ر`, `${a}${b}س`]));
    const lines = [...words.map((w, k) => (k % 3 ? w : `${w} |x,y`)), 'بتر جديد |nominal'];
    const built = new Lexicon(lines);
    const un = Lexicon.unpack(built.pack());
    expect(built.pack()[3].length).toBeGreaterThan(1);
    for (const w of [...words, 'جديد', 'ابتر']) expect(un.tagsOf(w)).toEqual(built.tagsOf(w));
    expect(un.size).toBe(built.size);
    expect(at(un, 'بتر جديد', 0)?.end).toBe(2);
    // Packed again after unpacking: the same lexicon.
    const again = Lexicon.unpack(un.pack());
    for (const w of words) expect(again.tagsOf(w)).toEqual(built.tagsOf(w));
    // An entry added under a packed leaf leaves the other words of its tag list as they were.
    again.add(`${words[1]} |z`);
    expect([...again.tagsOf(words[1])!]).toEqual(['z']);
    expect(again.tagsOf(words[2])).toEqual(built.tagsOf(words[2]));
    expect(again.size).toBe(built.size);
  });
  it('an entry does not cross a line break', () => {
    expect(at(lex, 'وزير\nالخارجية', 0)?.end).toBe(1);
  });
  it('packs and unpacks to the same lexicon; an entry added after unpacking changes only its word', () => {
    const lines = ['قال |past,clause', 'أشار |past,clause,prep=إلى', 'وزير الخارجية |nominal', 'وزير', '?أمل', '?نور', 'علي |exact', 'أكد |past,clause'];
    const packed = new Lexicon(lines).pack();
    const un = Lexicon.unpack(packed);
    expect(un.size).toBe(new Lexicon(lines).size);
    for (const w of ['قال', 'اشار', 'وزير', 'امل', 'نور', 'علي', 'اكد', 'الخارجيه']) expect(un.tagsOf(w)).toEqual(new Lexicon(lines).tagsOf(w));
    expect(at(un, 'قال وزير الخارجية أمس', 1)?.end).toBe(3);
    expect(at(un, 'قال على', 1)).toBeNull();
    // أمل and نور share a leaf when unpacked: a new entry under one of them leaves the other as it was.
    un.add('أمل جديد |nominal');
    un.add('نور |given');
    expect([...un.tagsOf('امل')!]).toEqual(['weak']);
    expect([...un.tagsOf('نور')!]).toEqual(['weak', 'given']);
    expect(at(un, 'أمل جديد', 0)?.end).toBe(2);
    expect(at(un, 'نور جديد', 0)?.end).toBe(1);
    expect([...un.tagsOf('قال')!]).toEqual(['past', 'clause']);
  });
});

describe('bundled Arabic lexicons', () => {
  const lex = buildLexicons(defaultData().lexicons('ar'));
  it('has the lexicons the rules read', () => {
    for (const name of ['titles', 'org-heads', 'place-heads', 'speech-verbs', 'breakers', 'demonyms', 'given-names', 'not-name']) {
      expect(lex[name]?.size, name).toBeGreaterThan(0);
    }
  });
  it('demonyms carry the place they belong to, with and without the article', () => {
    expect(tagValue(at(lex.demonyms, 'الرئيس الفرنسي', 1)!.tags, 'place')).toBe('place:fr');
    expect(tagValue(at(lex.demonyms, 'مواطن روسي', 1)!.tags, 'place')).toBe('place:ru');
  });
  it('given names: a name that is also a word is weak (أمل), a plain one is not (سمير)', () => {
    expect(lex['given-names'].tagsOf('امل')?.has('weak')).toBe(true);
    expect(lex['given-names'].tagsOf('سمير')?.has('weak')).toBe(false);
  });
  it('speech verbs carry their tense tag (قال past)', () => {
    expect(at(lex['speech-verbs'], 'وقال الوزير', 0)?.tags.has('past')).toBe(true);
  });
  it('common words end a person\'s name only (tag person in not-name), and none is a given name', () => {
    expect([...lex['not-name'].tagsOf('جلسه') ?? []]).toEqual(['person']);
    // (A word of a section headed «(tag: adjective)» carries that tag too.)
    expect([...lex['not-name'].tagsOf('طارئ') ?? []]).toEqual(['person', 'adjective']);
    const given = lex['given-names'];
    const words = readFileSync(new URL('../../dictionaries/rules/ar/lexicons/common-words.txt', import.meta.url), 'utf8')
      .split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => normalize(l.trim()));
    expect(words.length).toBeGreaterThan(5000);
    const clashes = words.filter((w) => given.has(w));
    expect(clashes).toEqual([]);
    // … nor a word of a listed person's Arabic name (صيام، خليفة are family names).
    const dir = new URL('../../dictionaries/people/', import.meta.url);
    const nameWords = new Set(readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean))
      .flatMap((l) => { const r = JSON.parse(l); return [r.names?.ar, ...(r.aliases?.ar ?? [])].filter(Boolean) as string[]; })
      .flatMap((n) => normalize(n).split(/\s+/)).map((w) => w.replace(/^ال(?=...)/, '')));
    expect(words.filter((w) => nameWords.has(w))).toEqual([]);
  });
  it('not-name holds titles, heads and demonyms but not given names', () => {
    const nn = lex['not-name'];
    expect(nn.has('الرئيس') || nn.has('رئيس')).toBe(true);
    expect(nn.has('وزاره')).toBe(true);
    expect(nn.has('روسي')).toBe(true);
    expect(nn.has('سمير')).toBe(false);
  });
});
