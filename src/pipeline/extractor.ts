/**
 * The extractor: compiles dictionaries and rules once, then runs the pipeline
 * (language → normalize → tokenize → segment → gazetteer → rules → resolve →
 * coreference → quotes) per text.
 */
import { AkhbarDocument } from '../doc/document.js';
import { detectLanguage } from '../lang/detect.js';
import { describe } from '../text/normalize.js';
import { segmentDocument, type SegmentContext } from '../segment/segmenter.js';
import { defaultData } from '../dictionary/default-data.js';
import { mergeRecord, validateRecord } from '../dictionary/validate.js';
import { copyRecords } from '../dictionary/lazy-records.js';
import type { EntityRecord, PrecompiledAlias } from '../dictionary/types.js';
import { aliasesOf, compileGazetteer } from '../gazetteer/compile.js';
import { lookupName, matchGazetteer, ReadingCache } from '../gazetteer/match.js';
import { disambiguate, dropUnsupportedCommon, groupEntities, isClub, keyUnknown, selectCandidates, trimAtKnownNames } from '../entities/resolve.js';
import { addCoreference, buildOfficeIndex, type CorefContext } from '../entities/coref.js';
import { reconcileSurnames } from '../entities/surnames.js';
import { addCredits } from '../entities/credits.js';
import { removeWhere } from '../entities/candidate.js';
import { adjectivalName, adjectiveAfterNoun, cityCue, contextEvidence, mediaCue, readThroughWord } from '../entities/evidence.js';
import { RuleEngine } from '../rules/engine.js';
import { buildLexicons } from '../rules/lexicon-set.js';
import { Lexicon } from '../rules/lexicon.js';
import { validateRules } from '../rules/validate.js';
import { extractQuotes, type QuoteContext } from '../quotes/quotes.js';
import type { ArticleResult } from '../types.js';
import { validateOptions, type ExtractorOptions } from './options.js';
import { emptyResult } from './result.js';
import { extractInSlices, SLICE_CHARS } from './large.js';

/**
 * The default records with the user's merged over them, and the user's aliases. A user patch
 * is merged into the default record in place, so the default's precompiled aliases stay valid;
 * only the patch's own names and the user's new records are compiled here.
 */
function mergeDictionaries(defaults: EntityRecord[], user: EntityRecord[]): [EntityRecord[], PrecompiledAlias[]] {
  if (user.length === 0) return [defaults, []];
  const records = copyRecords(defaults);
  const all: PrecompiledAlias[] = [];
  const index = new Map(records.map((r, i) => [r.id, i]));
  user.forEach((rec, k) => {
    const at = index.get(rec.id);
    if (rec.patch) {
      if (at === undefined) throw new TypeError(`createExtractor: dictionaries[${k}] (id "${rec.id}"): patch for an id no dictionary has`);
      records[at] = mergeRecord(records[at], rec);
      all.push(...aliasesOf(rec, at, records[at].type));
    } else {
      if (at !== undefined) throw new TypeError(`createExtractor: dictionaries[${k}] (id "${rec.id}"): the id is already used; add "patch": true to extend that record`);
      index.set(rec.id, records.length);
      records.push(rec);
      all.push(...aliasesOf(rec, records.length - 1, rec.type));
    }
  });
  return [records, all];
}

/** Whether a candidate stands alone between quotation marks («الشرق الأوسط»). */
function isQuoted(doc: AkhbarDocument, c: { tokenStart: number; tokenEnd: number }): boolean {
  const t = doc.tokens;
  const mark = (i: number) => i >= 0 && i < t.count && (t.norm(i) === '"' || t.norm(i) === "'");
  return mark(c.tokenStart - 1) && mark(c.tokenEnd);
}

/**
 * How many words of the sports-context lexicon a token's sentence holds, up to two (فريق alone
 * may be a work team; two cues make a sentence plainly about sport). Counted per sentence on
 * first ask.
 */
function sportCues(doc: AkhbarDocument, lex: Lexicon | undefined, cache: ReadingCache): (token: number) => number {
  const memo = new Map<number, number>();
  const s = doc.sentences;
  return (token) => {
    if (!lex) return 0;
    let lo = 0, hi = s.length - 1;
    while (lo < hi) { const m = (lo + hi + 1) >> 1; if (s[m] <= token) lo = m; else hi = m - 1; }
    let n = memo.get(lo);
    if (n === undefined) {
      n = 0;
      for (let i = s[lo]; i < (s[lo + 1] ?? doc.tokens.count) && n < 2; i++) if (lex.matchAt(doc.tokens, i, cache) !== null) n++;
      memo.set(lo, n);
    }
    return n;
  };
}

/** A compiled extractor: dictionaries and rules are built once and reused by every call. */
export interface Extractor {
  /** Reads one page of news text. Throws a TypeError when `text` is not a string. */
  extract(text: string): ArticleResult;
}

/** Everything one language path compiles once. */
interface LanguagePath {
  rules: RuleEngine;
  coref: CorefContext;
  quotes: QuoteContext;
}

/**
 * Builds an extractor. Compile once, call `extract` many times.
 * @example
 * const ex = createExtractor({ language: 'ar' });
 * const result = ex.extract(pageText);
 */
export function createExtractor(options?: ExtractorOptions): Extractor {
  const opts = validateOptions(options, 'createExtractor');
  const data = defaultData();
  const user = opts.dictionaries.map((r, i) => validateRecord(r, `createExtractor: dictionaries[${i}]`, data.officeKeys));
  const [records, userAliases] = mergeDictionaries(opts.defaultDictionaries ? data.entities : [], user);
  // No copy: the default table is shared and never changed, a merged one is the extractor's own.
  const gazetteer = compileGazetteer(records, userAliases, opts.defaultDictionaries ? data.aliases : undefined, false);
  const cache = new ReadingCache();
  // The default index is built at build time; user records may add or patch roles.
  const officeIndex = records === data.entities ? data.officeIndex() : buildOfficeIndex(gazetteer);
  const segmentContext: SegmentContext = { lookup: (t, type) => lookupName(gazetteer, t, cache, type) };

  // Language paths are compiled on first use: an Arabic-only pipeline never builds the English one.
  const paths = new Map<'ar' | 'en', LanguagePath>();
  const pathFor = (lang: 'ar' | 'en'): LanguagePath => {
    let p = paths.get(lang);
    if (p) return p;
    const lex = buildLexicons(data.lexicons(lang));
    const officeLex = Lexicon.unpack(data.officeTitles(lang));
    const rules = validateRules(data.rules(lang), `rules/${lang}`);
    p = {
      rules: new RuleEngine(rules, lex, cache),
      coref: { gaz: gazetteer, lex, offices: officeLex, officeIndex, cache },
      quotes: { lex, cache, lang },
    };
    paths.set(lang, p);
    return p;
  };

  // A plain function, so that `const { extract } = createExtractor()` works too.
  const extract = (text: string): ArticleResult => {
    if (typeof text !== 'string') throw new TypeError(`extract: argument "text" must be a string, got ${describe(text)}`);
    if (!/\S/.test(text)) return emptyResult();
    if (text.length > SLICE_CHARS) return extractInSlices(text, extract);
    const language = opts.language === 'auto' ? detectLanguage(text) : opts.language;
    const path = pathFor(language === 'ar' ? 'ar' : 'en');
    const doc = new AkhbarDocument(text, language);
    const page = segmentDocument(doc, segmentContext);

    // The rules read the gazetteer's names as context (the English path may overrule some of them).
    const aWord = readThroughWord(doc, path.coref.lex, cache);
    const found = removeWhere(matchGazetteer(doc, gazetteer, cache), aWord);
    const { known, rules } = reconcileSurnames(doc, found, opts.rules ? path.rules.run(doc, found, gazetteer.entities) : [], gazetteer);
    let cands = selectCandidates(known, trimAtKnownNames(doc, known, rules));
    const media = mediaCue(doc, path.coref.lex, cache);
    const cues = sportCues(doc, path.coref.lex['sports-context'], cache);
    disambiguate(cands, gazetteer, (i) => cues(i) > 0, (c) => isQuoted(doc, c) || media(c), cityCue(doc, path.coref.lex, cache));
    const afterNoun = adjectiveAfterNoun(doc, path.coref.lex, cache);
    // (selectCandidates's list is a new one: filtered in place.)
    cands = addCredits(doc, removeWhere(cands, afterNoun), gazetteer, cache, opts.rules);
    // A word read as a club needs a sentence plainly about sport: two cues.
    cands = dropUnsupportedCommon(cands, contextEvidence(doc, path.coref.lex, cache, (c) => isClub(gazetteer, c) && cues(c.tokenStart) >= 2), adjectivalName(doc, path.coref.lex, cache));
    keyUnknown(doc, cands);
    // (Today's date is made only when an office title asks for the date and the page has none.)
    cands = addCoreference(doc, cands, path.coref, () => page.published?.date ?? opts.referenceDate ?? new Date().toISOString().slice(0, 10));
    const entities = groupEntities(doc, cands, gazetteer);
    const quotes = extractQuotes(doc, entities, path.quotes);
    return { ...emptyResult(language), ...page, segments: doc.segments, entities, quotes };
  };
  return { extract };
}
