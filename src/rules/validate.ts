/** Checks rule records against the pattern format (src/rules/types.ts). */
import type { RuleRecord } from './types.js';

const TYPES = new Set(['person', 'place', 'organization']);
const NAMES = new Set(['given', 'part', 'noun', 'latin', 'initial']);
const ELEMENT_KEYS = new Set(['lex', 'tag', 'name', 'in', 'known', 'optional', 'repeat', 'capture', 'bare', 'article', 'notTag', 'weak', 'nisba', 'unlisted', 'plain', 'cased', 'notInitial', 'nouns']);

/**
 * Validates rule records; returns them typed.
 * @throws TypeError naming the rule and the bad field.
 */
export function validateRules(rules: readonly unknown[], where: string): RuleRecord[] {
  return rules.map((r, i) => {
    const bad = (why: string): never => { throw new TypeError(`${where}[${i}]${typeof (r as RuleRecord)?.id === 'string' ? ` (${(r as RuleRecord).id})` : ''}: ${why}`); };
    if (typeof r !== 'object' || r === null) bad('must be an object');
    const rule = r as RuleRecord;
    if (typeof rule.id !== 'string' || !rule.id) bad('"id" must be a non-empty string');
    if (!TYPES.has(rule.type)) bad('"type" must be person, place or organization');
    if (!Array.isArray(rule.pattern) || rule.pattern.length === 0 || rule.pattern.length > 8) bad('"pattern" must be an array of 1 to 8 elements');
    if (rule.context !== undefined && rule.context !== 'sport') bad('"context" must be "sport"');
    if (rule.confidence !== undefined && !(typeof rule.confidence === 'number' && rule.confidence >= 0 && rule.confidence <= 1)) bad('"confidence" must be a number from 0 to 1');
    let captures = 0;
    rule.pattern.forEach((el, k) => {
      if (typeof el !== 'object' || el === null) bad(`pattern[${k}] must be an object`);
      for (const key of Object.keys(el)) if (!ELEMENT_KEYS.has(key)) bad(`pattern[${k}] has unknown key "${key}"`);
      const kinds = [el.lex !== undefined, el.name !== undefined, el.in !== undefined, el.known !== undefined].filter(Boolean).length;
      if (kinds !== 1) bad(`pattern[${k}] needs exactly one of "lex", "name", "in", "known"`);
      if (el.known !== undefined && !['person', 'place', 'organization'].includes(el.known)) bad(`pattern[${k}].known must be person, place or organization`);
      if (el.name !== undefined && !NAMES.has(el.name)) bad(`pattern[${k}].name must be given, part, noun, latin or initial`);
      if (el.in !== undefined && !(Array.isArray(el.in) && el.in.every((w) => typeof w === 'string'))) bad(`pattern[${k}].in must be an array of strings`);
      if (el.repeat !== undefined) {
        const [a, b] = el.repeat;
        if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= Math.max(1, a) && b <= 4)) bad(`pattern[${k}].repeat must be [min, max] with 0 ≤ min ≤ max ≤ 4`);
      }
      if (el.capture) captures++;
    });
    if (captures === 0) bad('no pattern element has "capture": true');
    return rule;
  });
}
