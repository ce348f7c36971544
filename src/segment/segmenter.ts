/**
 * Page segmentation: lines → blocks → kinds, and the article's metadata.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { ArticleResult, Segment } from '../types.js';
import type { NameLookup } from '../gazetteer/match.js';

/** What the segmenter may ask of the rest of the pipeline. */
export interface SegmentContext {
  /** The entity a whole string names (موسكو → Moscow, سانا → SANA), or null. */
  lookup(text: string, preferType?: NameLookup['type']): NameLookup | null;
}

/** What the segmenter reads from the page. */
export type PageStructure = Pick<ArticleResult, 'headline' | 'published' | 'dateline' | 'source' | 'keywords' | 'byline' | 'body'>;

/** Classifies every line of the document and reads the main article's structure. */
export function segmentDocument(doc: AkhbarDocument, ctx: SegmentContext): PageStructure {
  void ctx;
  const segments: Segment[] = doc.lines.map((l, i) => ({ ...doc.span(l.start, l.end), kind: i === 0 ? 'headline' : 'body', article: 0 }));
  doc.segments = segments;
  const body = segments.filter((s) => s.kind === 'body').map(({ start, end, text }) => ({ start, end, text }));
  const h = segments.find((s) => s.kind === 'headline');
  return {
    headline: h ? { start: h.start, end: h.end, text: h.text } : null,
    published: null,
    dateline: null,
    source: null,
    keywords: [],
    byline: null,
    body,
  };
}
