/**
 * Very large texts (a whole feed dumped into one string) are read in slices cut at
 * line breaks, each slice a document of its own, and the results joined with their
 * offsets shifted back. Memory then stays bounded by the slice, not the text.
 */
import type { ArticleResult, Entity, Span } from '../types.js';
import { emptyResult } from './result.js';

/** Texts longer than this are read in slices. */
export const SLICE_CHARS = 1 << 18;

/** Slice boundaries `[start, end)`, cut after a line break near every SLICE_CHARS (or hard-cut on a line that long). */
export function slices(text: string, size = SLICE_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start + size / 2) end = nl + 1;
      // Never split a surrogate pair.
      else if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Moves a span of a slice's fresh result into the whole text's offsets, in place (no copy per span). */
const shift = <T extends Span>(s: T, d: number): T => {
  s.start += d;
  s.end += d;
  return s;
};
const shiftOrNull = <T extends Span>(s: T | null | undefined, d: number): T | null => (s ? shift(s, d) : null);

/**
 * Reads a large text slice by slice with `read` and joins the results: the page structure
 * (headline, date, dateline, source, byline) comes from the first slice; body paragraphs,
 * keywords, segments, mentions and quotes from all, offsets into the whole text.
 */
export function extractInSlices(text: string, read: (slice: string) => ArticleResult): ArticleResult {
  const parts = slices(text);
  let out: ArticleResult | null = null;
  const entities = new Map<string, Entity>();
  for (const [a, b] of parts) {
    const r = read(text.slice(a, b));
    if (!out) {
      out = {
        ...emptyResult(r.language),
        headline: shiftOrNull(r.headline, a),
        published: r.published ? { ...r.published, span: shift(r.published.span, a) } : null,
        dateline: r.dateline ? { ...r.dateline, span: shift(r.dateline.span, a) } : null,
        source: r.source ? { ...r.source, span: shift(r.source.span, a) } : null,
        byline: shiftOrNull(r.byline, a),
      };
    }
    for (const k of r.keywords) out.keywords.push(shift(k, a));
    for (const p of r.body) out.body.push(shift(p, a));
    for (const s of r.segments) out.segments.push(shift(s, a));
    for (const q of r.quotes) {
      shift(q.text, a);
      shiftOrNull(q.cue, a);
      shiftOrNull(q.speaker?.text, a);
      out.quotes.push(q);
    }
    for (const e of r.entities) {
      for (const m of e.mentions) shift(m, a);
      const seen = entities.get(e.id);
      if (seen) for (const m of e.mentions) seen.mentions.push(m);
      else entities.set(e.id, e);
    }
  }
  out ??= emptyResult();
  out.entities = [...entities.values()];
  return out;
}
