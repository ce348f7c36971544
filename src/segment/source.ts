/**
 * Source credits: `المصدر: الوكالة العربية السورية للأنباء`, `المصدر:` with its value on
 * the next line (`(أبوظبي - البيان)`), `Source: Reuters`, and the wire credit `--(بترا)`
 * at the end of a paragraph or on its own line. Only explicit credits count.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Span } from '../types.js';
import type { LineInfo } from './features.js';
import { datelineOfLine } from './dateline.js';
import { GENERIC_AGENCIES } from './markers.js';
import type { SegmentContext } from './segmenter.js';
import { CREDIT_DASH, CREDIT_EDGE as EDGE } from './patterns.js';

/** A source credit and the line holding its value. */
export interface SourceHit {
  source: { name: string; span: Span };
  /** The line of the value (the label's line or the next one). */
  valueLine: number;
}

/** The name of a credit value: the agency of a `(place - agency)` value, else the value itself. */
function creditName(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext): { name: string; span: Span } | null {
  const text = doc.text;
  let guard = 0;
  while (start < end && guard++ < 10 && EDGE.test(text[start])) start++;
  guard = 0;
  while (end > start && guard++ < 10 && EDGE.test(text[end - 1])) end--;
  if (end <= start || end - start > 120) return null;
  const span = doc.span(start, end);
  if (CREDIT_DASH.test(span.text)) {
    const dl = datelineOfLine(doc, span.start, span.end, ctx, true);
    if (dl?.dateline.agency && dl.agencySpan) return { name: dl.dateline.agency, span: dl.agencySpan };
  }
  let name = span.text;
  const generic = GENERIC_AGENCIES.matchAt(doc.tokens, doc.tokens.indexAt(span.start), doc.tokens.indexAt(span.end));
  if (generic && doc.tokens.start(generic.start) === span.start && doc.tokens.end(generic.end - 1) === span.end) return { name: generic.value, span };
  try {
    const hit = ctx.lookup(span.text, 'organization');
    if (hit?.type === 'organization') name = hit.name;
  } catch {
    // keep the surface
  }
  return { name, span };
}

/** A `المصدر:`/`Source:` line at `i` (value on the line or on the next one). */
export function sourceOfLabel(doc: AkhbarDocument, infos: readonly LineInfo[], i: number, ctx: SegmentContext): SourceHit | null {
  const f = infos[i];
  const m = f.marker;
  if (!m) return null;
  if (m.rest > 0) {
    const v = creditName(doc, doc.tokens.start(m.after), f.end, ctx);
    return v ? { source: v, valueLine: i } : null;
  }
  const next = infos[i + 1];
  if (!next || next.words > 8 || next.marker) return null;
  const v = creditName(doc, next.start, next.end, ctx);
  return v ? { source: v, valueLine: i + 1 } : null;
}

/** A wire credit `--(بترا)` / `-- (بترا)` at the end of a line. */
export function wireCredit(doc: AkhbarDocument, f: LineInfo, ctx: SegmentContext): { name: string; span: Span } | null {
  const text = doc.text;
  if (text[f.end - 1] !== ')') return null;
  let open = -1;
  for (let i = f.end - 2; i >= f.start && i >= f.end - 40; i--) if (text[i] === '(') { open = i; break; }
  if (open < 0) return null;
  let k = open - 1;
  while (k >= f.start && text[k] === ' ') k--;
  if (!(k >= f.start + 1 && text[k] === '-' && text[k - 1] === '-')) return null;
  return creditName(doc, open + 1, f.end - 1, ctx);
}
