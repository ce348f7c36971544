import { describe, expect, it } from 'vitest';
import { createExtractor, extract, detectLanguage, normalize } from '../../src/index.js';

const FORUM = {
  id: 'org:nile-water-forum', type: 'organization', name: 'Nile Water Forum',
  names: { ar: 'منتدى مياه النيل', en: 'Nile Water Forum' },
} as const;
const TEXT = 'افتتح منتدى مياه النيل دورته الأولى في القاهرة أمس.';
const names = (r: ReturnType<typeof extract>) => r.entities.map((e) => e.name);

describe('user dictionaries', () => {
  it('are merged over the defaults', () => {
    const r = createExtractor({ dictionaries: [FORUM] }).extract(TEXT);
    expect(names(r)).toContain('Nile Water Forum');
    expect(names(r)).toContain('Cairo');
  });
  it('replace the defaults when asked', () => {
    const r = createExtractor({ dictionaries: [FORUM], defaultDictionaries: false }).extract(TEXT);
    expect(names(r)).toContain('Nile Water Forum');
    expect(names(r)).not.toContain('Cairo');
  });
  it('can patch a default record with a new spelling', () => {
    const r = createExtractor({ dictionaries: [{ id: 'place:cairo', patch: true, aliases: { ar: ['المحروسة'] } }] }).extract('وصل الوفد إلى المحروسة صباحاً.');
    expect(names(r)).toContain('Cairo');
  });
  it('do not leak between extractors in one process', () => {
    const withForum = createExtractor({ dictionaries: [FORUM] });
    const plain = createExtractor();
    expect(names(withForum.extract(TEXT))).toContain('Nile Water Forum');
    expect(names(plain.extract(TEXT))).not.toContain('Nile Water Forum');
    expect(names(extract(TEXT))).not.toContain('Nile Water Forum');
    expect(names(withForum.extract(TEXT))).toContain('Nile Water Forum');
  });
  it('reject a malformed record, naming it and the field', () => {
    expect(() => createExtractor({ dictionaries: [{ ...FORUM, type: 'company' }] })).toThrow(/dictionaries\[0\] \(id "org:nile-water-forum"\): "type"/);
    expect(() => createExtractor({ dictionaries: [{ ...FORUM, names: 'منتدى' }] })).toThrow(/"names"/);
    expect(() => createExtractor({ dictionaries: [FORUM, { ...FORUM, id: 'org:x', roles: [{ office: 'emperor-of-mars' }] }] })).toThrow(/dictionaries\[1\].*roles\[0\]\.office/);
    expect(() => createExtractor({ dictionaries: [42] })).toThrow(/dictionaries\[0\]: record must be an object/);
  });
  it('reject an id already used by a default record unless it is a patch', () => {
    expect(() => createExtractor({ dictionaries: [{ ...FORUM, id: 'place:cairo', type: 'place' }] })).toThrow(/already used/);
    expect(() => createExtractor({ dictionaries: [{ id: 'place:atlantis', patch: true, aliases: { en: ['Atlantis'] } }] })).toThrow(/patch for an id no dictionary has/);
  });
});

describe('argument validation of the other public functions', () => {
  it('normalize and detectLanguage name their argument', () => {
    expect(() => normalize(null as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage(7 as unknown as string)).toThrow(/argument "text"/);
  });
});

describe('determinism', () => {
  it('gives the same result across extractors and runs', () => {
    const a = createExtractor().extract(TEXT), b = createExtractor().extract(TEXT);
    expect(a).toEqual(b);
  });
});
