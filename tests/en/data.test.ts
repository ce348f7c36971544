import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRules } from '../../src/rules/validate.js';
import type { RuleRecord } from '../../src/rules/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const en = join(root, 'dictionaries', 'rules', 'en');
const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const rules: RuleRecord[] = readdirSync(en).filter((f) => f.endsWith('.jsonl')).flatMap((f) => jsonl(join(en, f)));
const lexicons = new Set([...readdirSync(join(en, 'lexicons')).map((f) => f.replace(/\.txt$/, '')), 'given-names', 'demonyms']);

describe('English rule data', () => {
  it('every rule validates, has a unique en.<type>.<name> id and a description', () => {
    expect(() => validateRules(rules, 'rules/en')).not.toThrow();
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^en\.(person|place|org)\.[a-z-]+$/);
      expect(r.description?.length).toBeGreaterThan(20);
    }
  });
  it('every lexicon a rule names exists', () => {
    for (const r of rules) for (const el of r.pattern) if (el.lex) expect(lexicons, `${r.id}: ${el.lex}`).toContain(el.lex);
  });
  it('rejects unknown English pattern keys and contexts', () => {
    expect(() => validateRules([{ id: 'x', type: 'person', pattern: [{ name: 'latin', capture: true, shout: true }] }], 'r')).toThrow(/unknown key "shout"/);
    expect(() => validateRules([{ id: 'x', type: 'person', context: 'weather', pattern: [{ name: 'latin', capture: true }] }], 'r')).toThrow(/"context"/);
    expect(() => validateRules([{ id: 'x', type: 'person', pattern: [{ name: 'initial', capture: true }, { name: 'latin', capture: true, nouns: true, notInitial: true }] }], 'r')).not.toThrow();
  });
});

describe('generated English lexicons', () => {
  it('reproduce byte for byte from the generator', () => {
    const out = mkdtempSync(join(tmpdir(), 'akhbar-en-'));
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-english-names.mjs'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'given.en.txt'), 'utf8')).toBe(readFileSync(join(root, 'dictionaries', 'names', 'given.en.txt'), 'utf8'));
    expect(readFileSync(join(out, 'common-words.txt'), 'utf8')).toBe(readFileSync(join(en, 'lexicons', 'common-words.txt'), 'utf8'));
  }, 60_000);
  it('mark given names that are also words as weak, and keep them out of the common words', () => {
    const given = readFileSync(join(root, 'dictionaries', 'names', 'given.en.txt'), 'utf8').split('\n');
    expect(given).toContain('Peter');
    expect(given).toContain('?Mark');
    expect(given).not.toContain('Mark');
    const common = new Set(readFileSync(join(en, 'lexicons', 'common-words.txt'), 'utf8').split('\n'));
    expect(common.has('revolution')).toBe(true);
    expect(common.has('peter')).toBe(false);
  });
});
