/**
 * akhbar: reads Arabic and English news pages and returns their structure
 * (headline, date, dateline, source, keywords, body) and their facts (people,
 * places, organizations, quoted statements with speakers), with exact offsets.
 *
 * The main entry is browser-safe: it touches no file system. File and stream
 * helpers live in `akhbar/node`.
 * @packageDocumentation
 */
import { createExtractor, type Extractor } from './pipeline/extractor.js';
import { validateOptions, type ExtractorOptions } from './pipeline/options.js';
import type { ArticleResult } from './types.js';

export type * from './types.js';
export type { Extractor } from './pipeline/extractor.js';
export type { ExtractorOptions } from './pipeline/options.js';
export { createExtractor } from './pipeline/extractor.js';
export { normalize, buildMatchView, type MatchView, type NormalizeOptions } from './text/normalize.js';
export { detectLanguage } from './lang/detect.js';
export { emptyResult } from './pipeline/result.js';

let shared: Extractor | null = null;

/**
 * Reads one page of news text with the default dictionaries and rules.
 * The first call compiles them; later calls reuse them. With options, a new
 * extractor is built for the call: use {@link createExtractor} to build it once.
 * @param text The page text (plain text, one block per line).
 * @param options Extractor options.
 * @throws TypeError when `text` is not a string or an option is invalid.
 */
export function extract(text: string, options?: ExtractorOptions): ArticleResult {
  if (options !== undefined) {
    validateOptions(options, 'extract');
    return createExtractor(options).extract(text);
  }
  shared ??= createExtractor();
  return shared.extract(text);
}
