/**
 * Language identification: franc-min restricted to the languages akhbar reads,
 * with a letter count by script for short text and as a fallback.
 */
import { guessLanguage } from './franc.js';
import { describe } from '../text/normalize.js';


/** Languages franc may answer, with their ISO 639-1 codes: ours, and the Latin-script ones
 * whose pages reach news pipelines, so a French page is not called English. */
const ISO3_TO_1: Readonly<Record<string, string>> = {
  arb: 'ar', eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', tur: 'tr', nld: 'nl', ind: 'id',
};
const FRANC_ONLY = Object.keys(ISO3_TO_1);
const SAMPLE = 2048;
/** Below this many Latin letters franc's trigrams are noise: call the text English. */
const MIN_FOR_FRANC = 40;

/** Letters counted by script over at most `limit` code units. */
export function scriptCounts(text: string, limit = 100_000): { arabic: number; latin: number } {
  let arabic = 0, latin = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  return { arabic, latin };
}

/**
 * The language of a text as an ISO 639-1 code: `ar`, `en`, another Latin-script language
 * franc recognizes (`fr`, `es` …), or `und` when the text has no Arabic or Latin letters.
 */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`detectLanguage: argument "text" must be a string, got ${describe(text)}`);
  const { arabic, latin } = scriptCounts(text);
  if (arabic + latin === 0) return 'und';
  // A page mostly in one script is in that script's language; franc decides the mixed and the Latin ones.
  if (arabic >= latin) return 'ar';
  if (latin < MIN_FOR_FRANC) return 'en';
  // Pages open with menus and tickers: sample from the middle, where the article is.
  const from = text.length > SAMPLE * 2 ? Math.floor(text.length / 2 - SAMPLE / 2) : 0;
  const code = guessLanguage(text.slice(from, from + SAMPLE), FRANC_ONLY, MIN_FOR_FRANC);
  return ISO3_TO_1[code] ?? 'en';
}
