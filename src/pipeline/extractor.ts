/**
 * The extractor: compiles dictionaries and rules once, then runs the pipeline
 * (language → normalize → tokenize → segment → entities → quotes) per text.
 */
import { AkhbarDocument } from '../doc/document.js';
import { detectLanguage } from '../lang/detect.js';
import { describe } from '../text/normalize.js';
import { segmentDocument } from '../segment/segmenter.js';
import { defaultData } from '../dictionary/default-data.js';
import { applyPatches, validateRecord } from '../dictionary/validate.js';
import type { EntityRecord } from '../dictionary/types.js';
import { compileGazetteer, type Gazetteer } from '../gazetteer/compile.js';
import { lookupName, matchGazetteer, ReadingCache } from '../gazetteer/match.js';
import { resolveEntities } from '../entities/resolve.js';
import type { ArticleResult } from '../types.js';
import { validateOptions, type ExtractorOptions } from './options.js';
import { emptyResult } from './result.js';

/** A compiled extractor: dictionaries and rules are built once and reused by every call. */
export interface Extractor {
  /** Reads one page of news text. Throws a TypeError when `text` is not a string. */
  extract(text: string): ArticleResult;
}

/**
 * Builds an extractor. Compile once, call `extract` many times.
 * @example
 * const ex = createExtractor({ language: 'ar' });
 * const result = ex.extract(pageText);
 */
export function createExtractor(options?: ExtractorOptions): Extractor {
  const opts = validateOptions(options, 'createExtractor');
  const offices = new Set(Object.keys(defaultData.offices));
  const user = opts.dictionaries.map((r, i) => validateRecord(r, `createExtractor: dictionaries[${i}]`, offices));
  const records: EntityRecord[] = applyPatches([...(opts.defaultDictionaries ? defaultData.entities : []), ...user], 'createExtractor: dictionaries');
  const gazetteer: Gazetteer = compileGazetteer(records);
  const readings = new ReadingCache();
  const segmentContext = { lookup: (t: string, type?: 'person' | 'place' | 'organization') => lookupName(gazetteer, t, readings, type) };
  return {
    extract(text: string): ArticleResult {
      if (typeof text !== 'string') throw new TypeError(`extract: argument "text" must be a string, got ${describe(text)}`);
      if (!/\S/.test(text)) return emptyResult();
      const language = opts.language === 'auto' ? detectLanguage(text) : opts.language;
      const doc = new AkhbarDocument(text, language);
      const page = segmentDocument(doc, segmentContext);
      const candidates = matchGazetteer(doc, gazetteer, readings);
      const entities = resolveEntities(doc, candidates, gazetteer);
      return {
        ...emptyResult(language),
        ...page,
        segments: doc.segments,
        entities,
      };
    },
  };
}
