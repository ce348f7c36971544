/** The empty result and the assembly of a result from an analysed document. */
import type { ArticleResult } from '../types.js';

/** The result for an empty or whitespace-only text: every field present, nothing found. */
export function emptyResult(language = 'und'): ArticleResult {
  return {
    language,
    headline: null,
    published: null,
    dateline: null,
    source: null,
    keywords: [],
    byline: null,
    body: [],
    segments: [],
    entities: [],
    quotes: [],
  };
}
