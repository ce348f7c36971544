// List helpers of src/entities/candidate.ts on hand-made candidates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPositionOrder, mergeInPosition, removeWhere, type Candidate } from '../../src/entities/candidate.js';

const cand = (start: number, end: number): Candidate => ({
  start, end, tokenStart: start, tokenEnd: end, type: 'place', entities: [], via: 'rule', rule: 'test', form: 'name', flags: 0, confidence: 0.5,
});

describe('removeWhere', () => {
  it('removes in place what the test picks, keeps the rest in order, and returns the same list', () => {
    const list = [cand(0, 1), cand(2, 3), cand(4, 5), cand(6, 7)];
    const [a, , c] = list;
    const out = removeWhere(list, (x) => x.start === 2 || x.start === 6);
    expect(out).toBe(list);
    expect(out).toEqual([a, c]);
  });
  it('is the same as filtering with the opposite test, on any list', () => {
    fc.assert(fc.property(fc.array(fc.nat(20)), fc.nat(5), (starts, m) => {
      const list = starts.map((s) => cand(s, s + 1));
      const drop = (x: Candidate) => x.start % (m + 2) === 0;
      const expected = list.filter((x) => !drop(x));
      expect(removeWhere(list, drop)).toEqual(expected);
    }));
  });
});

describe('mergeInPosition', () => {
  it('merges two lists into position order', () => {
    const merged = mergeInPosition([cand(0, 1), cand(4, 5)], [cand(2, 3)]);
    expect(merged.map((x) => x.start)).toEqual([0, 2, 4]);
    expect(inPositionOrder(merged)).toBe(true);
  });
});
