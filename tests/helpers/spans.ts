import type { ArticleResult, Span } from '../../src/types.js';

/** Every span a result holds, with a label saying where it was found. */
export function allSpans(r: ArticleResult): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (label: string, s: Span | null | undefined) => { if (s) out.push([label, s]); };
  add('headline', r.headline);
  add('published', r.published?.span);
  add('dateline', r.dateline?.span);
  add('source', r.source?.span);
  add('byline', r.byline);
  r.keywords.forEach((s) => add('keyword', s));
  r.body.forEach((s) => add('body', s));
  r.segments.forEach((s) => add('segment', s));
  for (const e of r.entities) e.mentions.forEach((m) => add(`mention of ${e.id}`, m));
  for (const q of r.quotes) { add('quote', q.text); add('cue', q.cue); add('speaker', q.speaker?.text); }
  return out;
}

/** Spans whose offsets do not give back their text. */
export function badSpans(text: string, r: ArticleResult): string[] {
  return allSpans(r)
    .filter(([, s]) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text))
    .map(([label, s]) => `${label} ${s.start}-${s.end} ${JSON.stringify(s.text)}`);
}
