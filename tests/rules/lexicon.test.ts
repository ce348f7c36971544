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
  it('an entry does not cross a line break', () => {
    expect(at(lex, 'وزير\nالخارجية', 0)?.end).toBe(1);
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
