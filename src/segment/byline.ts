/**
 * Bylines: `كتب: …`, `كتبت أسماء نصار`, `بقلم …`, `By Enkosi Selane`, `By … and …`.
 * The span is the name(s) after the label, without trailing separators.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Span } from '../types.js';
import type { LineInfo } from './features.js';
import { BYLINE_TRAILING as TRAILING } from './patterns.js';

/** The names of a byline line, or the whole line when the label is all there is. */
export function bylineSpan(doc: AkhbarDocument, f: LineInfo): Span {
  const m = f.marker;
  if (!m || m.after >= f.tokenEnd) return doc.span(f.start, f.end);
  let end = f.end;
  // Stop at a separator that starts something else: "By X | Reuters", "By X - 3 min read".
  const text = doc.text;
  const start = doc.tokens.start(m.after);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '|' || c === '•' || c === '·' || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) { end = i; break; }
  }
  let guard = 0;
  while (end > start && guard++ < 8 && TRAILING.test(text[end - 1])) end--;
  return end > start ? doc.span(start, end) : doc.span(f.start, f.end);
}
