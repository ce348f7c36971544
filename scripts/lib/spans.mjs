// Every span of a result, and the ones whose offsets do not give back their text;
// shared by the stress and fuzz scripts (the test suite has its own in tests/helpers).

/** All spans of an ArticleResult. */
export function spansOf(r) {
  return [r.headline, r.published?.span, r.dateline?.span, r.source?.span, r.byline, ...r.keywords, ...r.body, ...r.segments,
    ...r.entities.flatMap((e) => e.mentions), ...r.quotes.flatMap((q) => [q.text, q.cue, q.speaker?.text])].filter(Boolean);
}

/** Spans of `r` that are not exact slices of `text`. */
export function badSpans(text, r) {
  return spansOf(r).filter((s) => !(Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text));
}
