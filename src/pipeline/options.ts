/**
 * Options of {@link createExtractor} and {@link extract}, and their validation:
 * a wrong value throws a TypeError that names the option and the value.
 */
import { describe } from '../text/normalize.js';

/** Options of an extractor. */
export interface ExtractorOptions {
  /**
   * The language of the texts: `'auto'` (default) detects it per text; `'ar'` or `'en'`
   * forces the path.
   */
  language?: 'auto' | 'ar' | 'en';
  /**
   * Extra dictionary records, in the format of the package's `dictionaries/` folder
   * (one entity per record). Merged over the default dictionaries, or used alone when
   * {@link ExtractorOptions.defaultDictionaries} is false.
   */
  dictionaries?: readonly unknown[];
  /** Load the default dictionaries (default true). */
  defaultDictionaries?: boolean;
  /**
   * Run the rule patterns that find names no dictionary knows (default true). With `false`,
   * entities come from the dictionaries alone: fewer names, each backed by an entry.
   */
  rules?: boolean;
  /**
   * The date to resolve role mentions against (`YYYY-MM-DD`) when the article carries none:
   * "the French president" is the office holder on that date. Default: the article's date, else today.
   */
  referenceDate?: string;
}

const LANGUAGES = new Set(['auto', 'ar', 'en']);
const KNOWN = new Set(['language', 'dictionaries', 'defaultDictionaries', 'rules', 'referenceDate']);

/** Checks options and returns them with defaults filled in. */
export function validateOptions(options: unknown, fn: string): Required<Omit<ExtractorOptions, 'referenceDate'>> & Pick<ExtractorOptions, 'referenceDate'> {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument "options" must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KNOWN.has(k)) throw new TypeError(`${fn}: unknown option "${k}" (known: ${[...KNOWN].join(', ')})`);
  }
  const language = o.language ?? 'auto';
  if (typeof language !== 'string' || !LANGUAGES.has(language)) {
    throw new TypeError(`${fn}: option "language" must be one of 'auto', 'ar', 'en', got ${describe(language)}`);
  }
  const dictionaries = o.dictionaries ?? [];
  if (!Array.isArray(dictionaries)) {
    throw new TypeError(`${fn}: option "dictionaries" must be an array of records, got ${describe(dictionaries)}`);
  }
  const defaultDictionaries = o.defaultDictionaries ?? true;
  if (typeof defaultDictionaries !== 'boolean') {
    throw new TypeError(`${fn}: option "defaultDictionaries" must be a boolean, got ${describe(defaultDictionaries)}`);
  }
  const rules = o.rules ?? true;
  if (typeof rules !== 'boolean') {
    throw new TypeError(`${fn}: option "rules" must be a boolean, got ${describe(rules)}`);
  }
  const referenceDate = o.referenceDate;
  if (referenceDate !== undefined && (typeof referenceDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))) {
    throw new TypeError(`${fn}: option "referenceDate" must be a date string YYYY-MM-DD, got ${describe(referenceDate)}`);
  }
  return { language: language as 'auto' | 'ar' | 'en', dictionaries, defaultDictionaries, rules, referenceDate: referenceDate as string | undefined };
}
