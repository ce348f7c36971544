import { describe, expect, it } from 'vitest';
import { ScratchPool } from '../../src/text/scratch.js';

describe('ScratchPool', () => {
  it('hands out zeroed tables that do not overlap until it is reset', () => {
    const pool = new ScratchPool((n) => new Int32Array(n), 64);
    const a = pool.take(10), b = pool.take(10);
    a.fill(7);
    expect(Array.from(b)).toEqual(new Array(10).fill(0));
    b.fill(9);
    expect(Array.from(a)).toEqual(new Array(10).fill(7));
    pool.reset();
    expect(Array.from(pool.take(20))).toEqual(new Array(20).fill(0));
  });

  it('keeps tables handed out before it grows, and gives a table past its limit an array of its own', () => {
    const pool = new ScratchPool((n) => new Uint8Array(n), 1 << 13);
    const a = pool.take(4000);
    a.fill(1);
    const b = pool.take(4000); // past the first buffer: a new one
    expect(a.every((x) => x === 1)).toBe(true);
    expect(b.buffer).not.toBe(a.buffer);
    const huge = pool.take(1 << 14);
    expect(huge.length).toBe(1 << 14);
    pool.reset();
    expect(pool.take(1 << 13).buffer).not.toBe(huge.buffer);
  });
});
