import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { slices, SLICE_CHARS } from '../../src/pipeline/large.js';
import { badSpans } from '../helpers/spans.js';

describe('very large texts are read in slices', () => {
  it('cuts after line breaks and covers the text without gaps', () => {
    const text = 'سطر أول من النص\n'.repeat(200_000);
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0][0]).toBe(0);
    expect(parts[parts.length - 1][1]).toBe(text.length);
    for (let k = 1; k < parts.length; k++) {
      expect(parts[k][0]).toBe(parts[k - 1][1]);
      expect(text[parts[k][0] - 1]).toBe('\n');
    }
  });
  it('never splits a surrogate pair on a line without breaks', () => {
    const text = '😀'.repeat(SLICE_CHARS);
    for (const [a] of slices(text)) expect(text.charCodeAt(a) >= 0xdc00 && text.charCodeAt(a) <= 0xdfff).toBe(false);
  });
  it('joins the slices with offsets into the whole text, one entity per referent', () => {
    const page = 'القاهرة تستضيف اجتماعاً\nقال وزير الخارجية المصري بدر عبد العاطي إن المحادثات مستمرة في القاهرة.\n';
    const text = page.repeat(Math.ceil((SLICE_CHARS * 2.5) / page.length));
    const { extract } = createExtractor(); // also checks that extract works unbound
    const r = extract(text);
    expect(badSpans(text, r)).toEqual([]);
    const cairo = r.entities.filter((e) => e.name === 'Cairo');
    expect(cairo).toHaveLength(1);
    expect(cairo[0].mentions.length).toBeGreaterThan(2 * Math.floor(text.length / page.length) - 5);
    expect(cairo[0].mentions.at(-1)!.start).toBeGreaterThan(SLICE_CHARS * 2);
  });
});
