/**
 * Names the page layout credits: a dateline's place and agency (`الرياض :الألمانية`,
 * `سبق-الرياض`), a source label's outlet, a byline's reporter. The layout is the evidence:
 * a listed name there is a mention even when it is also a word (سبق، الألمانية), and with
 * the rules on, an unlisted agency or reporter becomes an entity the dictionaries lack.
 */
import type { AkhbarDocument, Credit } from '../doc/document.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { lookupName, type ReadingCache } from '../gazetteer/match.js';
import { AliasFlag } from '../gazetteer/trie.js';
import { TokenKind } from '../text/tokenize.js';
import { mergeInPosition, type Candidate } from './candidate.js';
import { recordsOf } from './resolve.js';

/** Longest byline read as a person's name, in words. */
const MAX_BYLINE_WORDS = 4;

/** Token range `[a, b)` of a credit. */
function tokenRange(doc: AkhbarDocument, c: Credit): [number, number] {
  const t = doc.tokens;
  const a = t.indexAt(c.start);
  let b = a;
  while (b < t.count && t.start(b) < c.end) b++;
  return [a, b];
}

/** A byline that reads as one person's name: two to four name words (not "Euronews with Agencies"). */
function personLike(doc: AkhbarDocument, a: number, b: number): boolean {
  const t = doc.tokens;
  if (b - a < 2 || b - a > MAX_BYLINE_WORDS) return false;
  for (let i = a; i < b; i++) {
    if (t.kind[i] === TokenKind.Arabic) continue;
    if (t.kind[i] !== TokenKind.Word) return false;
    const ch = doc.text.charCodeAt(t.start(i));
    if (!(ch >= 65 && ch <= 90) && !(ch >= 0xc0 && ch <= 0xde)) return false; // a lower-case word: with, and, staff
  }
  return true;
}

/**
 * Adds the layout's credited names to the candidates. A candidate that covers a credit
 * exactly is marked as evidenced (its `common` flag cleared), and takes the credit's type when
 * the dictionaries have the name as that type (دبي - الخليج); a credit no candidate touches
 * becomes a known candidate when the dictionaries have the name, else (with `unknownToo`)
 * an unknown one. Returns the candidates sorted by start.
 */
export function addCredits(doc: AkhbarDocument, cands: Candidate[], gaz: Gazetteer, cache: ReadingCache, unknownToo: boolean): Candidate[] {
  if (!doc.credits.length) return cands;
  const credited: Candidate[] = [];
  for (const credit of doc.credits) {
    const [a, b] = tokenRange(doc, credit);
    if (b <= a) continue;
    const touching = cands.filter((c) => c.tokenStart < b && c.tokenEnd > a);
    const exact = touching.find((c) => c.tokenStart === a && c.tokenEnd === b);
    const text = doc.text.slice(credit.start, credit.end);
    const hit = lookupName(gaz, text, cache, credit.type);
    const listed = hit && hit.type === credit.type ? gaz.byId.get(hit.id) : undefined;
    if (exact && exact.type !== credit.type && listed !== undefined && exact.via === 'gazetteer') {
      // دبي - الخليج: the agency's place in the dateline makes الخليج the newspaper, not the Gulf.
      exact.type = credit.type;
      exact.entities = [listed];
      exact.rule = recordsOf(gaz).at(listed).id;
    }
    if (exact?.type === credit.type) { exact.flags &= ~AliasFlag.Common; continue; }
    if (touching.length) continue;
    if (listed === undefined && (!unknownToo || (credit.type === 'person' && !personLike(doc, a, b)))) continue;
    // A listed name that is not what the layout says (a byline that is an outlet) is left alone.
    if (listed === undefined && hit) continue;
    credited.push({
      start: credit.start, end: credit.end, tokenStart: a, tokenEnd: b, type: credit.type,
      entities: listed === undefined ? [] : [listed],
      via: listed === undefined ? 'rule' : 'gazetteer',
      rule: listed === undefined ? `layout.${credit.from}` : recordsOf(gaz).at(listed).id,
      form: 'name', flags: 0, confidence: 0.8,
    });
  }
  return mergeInPosition(cands, credited);
}
