import { describe, expect, it } from 'vitest';
import { createExtractor, extract, emptyResult } from '../../src/index.js';

const FIELDS = ['language', 'headline', 'published', 'dateline', 'source', 'keywords', 'byline', 'body', 'segments', 'entities', 'quotes'];

describe('extract: arguments', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an object', { text: 'x' }],
    ['undefined', undefined],
    ['an array', ['x']],
  ])('throws a TypeError naming the argument for %s', (_, v) => {
    expect(() => extract(v as unknown as string)).toThrow(TypeError);
    expect(() => extract(v as unknown as string)).toThrow(/argument "text"/);
  });
  it('returns the empty result for empty and whitespace-only text', () => {
    expect(extract('')).toEqual(emptyResult());
    expect(extract(' \n\t\u00a0 ')).toEqual(emptyResult());
  });
  it('returns every field of the result, even when nothing is found', () => {
    const r = extract('!!!');
    expect(Object.keys(r).sort()).toEqual([...FIELDS].sort());
  });
  it('rejects invalid options with the option named', () => {
    expect(() => extract('x', { language: 'fr' as 'ar' })).toThrow(/option "language"/);
    expect(() => createExtractor({ dictionaries: 'x' as unknown as [] })).toThrow(/option "dictionaries"/);
    expect(() => createExtractor({ referenceDate: '8/11/2023' })).toThrow(/option "referenceDate"/);
    expect(() => createExtractor({ colour: true } as never)).toThrow(/unknown option "colour"/);
    expect(() => createExtractor('ar' as never)).toThrow(/argument "options"/);
  });
});

describe('createExtractor', () => {
  it('builds once and gives the same result as extract', () => {
    const ex = createExtractor();
    const text = 'عنوان الخبر\nقال الوزير إن الاجتماع كان مثمراً.';
    expect(ex.extract(text)).toEqual(extract(text));
    expect(ex.extract(text)).toEqual(ex.extract(text));
  });
  it('forces the language path', () => {
    expect(createExtractor({ language: 'en' }).extract('نص عربي قصير').language).toBe('en');
  });
});

describe('the rules option', () => {
  it('with rules off, every entity is backed by a dictionary entry', () => {
    const text = 'قال ألكسندر فيدوتكين في موسكو إن المحادثات مستمرة.';
    const on = createExtractor().extract(text), off = createExtractor({ rules: false }).extract(text);
    expect(on.entities.some((e) => !e.known)).toBe(true);
    expect(off.entities.every((e) => e.known)).toBe(true);
    expect(off.entities.map((e) => e.name)).toContain('Moscow');
  });
  it('must be a boolean', () => expect(() => createExtractor({ rules: 'no' as unknown as boolean })).toThrow(/option "rules"/));
});
