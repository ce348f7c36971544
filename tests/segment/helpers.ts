/**
 * Helpers of the segmenter tests: a small dictionary lookup written for the tests (so the
 * tests do not depend on the project's dictionaries), and a runner that checks the
 * invariants every segmentation must keep.
 */
import { expect } from 'vitest';
import { AkhbarDocument } from '../../src/doc/document.js';
import { segmentPage, type PageStructure, type SegmentContext } from '../../src/segment/segmenter.js';
import type { NameLookup } from '../../src/gazetteer/match.js';
import { normalize } from '../../src/text/normalize.js';
import type { Segment, Span } from '../../src/types.js';

type Entry = [surface: string, id: string, name: string, type: NameLookup['type']];

/** The names the test lookup knows. */
const ENTRIES: Entry[] = [
  ['موسكو', 'place:moscow', 'Moscow', 'place'],
  ['دمشق', 'place:damascus', 'Damascus', 'place'],
  ['سوريا', 'place:sy', 'Syria', 'place'],
  ['القاهرة', 'place:cairo', 'Cairo', 'place'],
  ['بيروت', 'place:beirut', 'Beirut', 'place'],
  ['جدة', 'place:jeddah', 'Jeddah', 'place'],
  ['الرياض', 'place:riyadh', 'Riyadh', 'place'],
  ['الرياض', 'org:al-riyadh', 'Al Riyadh (newspaper)', 'organization'],
  ['عمان', 'place:amman', 'Amman', 'place'],
  ['لندن', 'place:london', 'London', 'place'],
  ['طهران', 'place:tehran', 'Tehran', 'place'],
  ['أبوظبي', 'place:abu-dhabi', 'Abu Dhabi', 'place'],
  ['MOSCOW', 'place:moscow', 'Moscow', 'place'],
  ['Kyiv', 'place:kyiv', 'Kyiv', 'place'],
  ['Sweden', 'place:se', 'Sweden', 'place'],
  ['Norway', 'place:no', 'Norway', 'place'],
  ['سانا', 'org:sana', 'Syrian Arab News Agency', 'organization'],
  ['واس', 'org:spa', 'Saudi Press Agency', 'organization'],
  ['بترا', 'org:petra', 'Jordan News Agency', 'organization'],
  ['رويترز', 'org:reuters', 'Reuters', 'organization'],
  ['Reuters', 'org:reuters', 'Reuters', 'organization'],
  ['الوكالة العربية السورية للأنباء', 'org:sana', 'Syrian Arab News Agency', 'organization'],
  ['وكالة الأنباء الأردنية', 'org:petra', 'Jordan News Agency', 'organization'],
];

const TABLE = new Map<string, NameLookup[]>();
for (const [surface, id, name, type] of ENTRIES) {
  const key = normalize(surface);
  TABLE.set(key, [...(TABLE.get(key) ?? []), { id, name, type }]);
}

/** A lookup over {@link ENTRIES}: the whole string must be a known surface (after normalization). */
export const testContext: SegmentContext = {
  lookup(text: string, preferType?: NameLookup['type']): NameLookup | null {
    const hits = TABLE.get(normalize(text.trim()));
    if (!hits) return null;
    return hits.find((h) => h.type === preferType) ?? hits[0];
  },
};

/** A lookup that knows nothing. */
export const emptyContext: SegmentContext = { lookup: () => null };

/** Checks the invariants of a segmentation: honest spans, trimmed, ordered, non-overlapping. */
export function checkInvariants(text: string, page: PageStructure, segments: readonly Segment[]): void {
  const honest = (s: Span | null | undefined, label: string) => {
    if (!s) return;
    expect(text.slice(s.start, s.end), label).toBe(s.text);
    expect(s.text, `${label} is trimmed`).toBe(s.text.trim());
    expect(s.end, label).toBeGreaterThan(s.start);
  };
  honest(page.headline, 'headline');
  honest(page.published?.span, 'published');
  honest(page.dateline?.span, 'dateline');
  honest(page.source?.span, 'source');
  honest(page.byline, 'byline');
  page.keywords.forEach((k) => honest(k, 'keyword'));
  page.body.forEach((b) => honest(b, 'body'));
  let prev = -1;
  for (const s of segments) {
    honest(s, `segment ${s.kind}`);
    expect(s.start, 'segments in order, not overlapping').toBeGreaterThanOrEqual(prev);
    expect(Number.isInteger(s.article) && s.article >= 0).toBe(true);
    prev = s.end;
  }
}

/** Segments a text and checks the invariants. */
export function segment(text: string, ctx: SegmentContext = testContext): PageStructure & { segments: Segment[] } {
  const doc = new AkhbarDocument(text, 'ar');
  const page = segmentPage(doc, ctx);
  checkInvariants(text, page, doc.segments);
  return { ...page, segments: doc.segments };
}

/** The kind and article of the segment whose text starts with `prefix`. */
export function kindOf(segments: readonly Segment[], prefix: string): string {
  const s = segments.find((x) => x.text.startsWith(prefix));
  return s ? `${s.kind}/${s.article}` : 'missing';
}
