/**
 * Names that only the document's other names reveal: a given name alone that opens no name of
 * the document (rule `ar.person.lone-given`: وصل إيمرسون), the next person of a list after a
 * person's name (rule `ar.person.list-given`: عادل فتحي وفرج شلبي), and what stops a name there.
 * Read by coreference (./coref.ts), after the names the rules and dictionaries found.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { tokenReadings } from '../gazetteer/match.js';
import { isQuoteMarkAt } from '../quotes/marks.js';
import { isAccusativeOfWord } from '../rules/lexicon-set.js';
import { WordShape, wordShape } from '../rules/word-shape.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { normalize } from '../text/normalize.js';
import { TokenFlag, TokenKind } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { CorefContext } from './coref.js';

/**
 * A name in a list of people: right after a person's name, و + a given name (even one that is
 * also a word) + a name word is the next person of the list (عادل فتحي وفرج شلبي، روني وبول
 * سكولز): rule `ar.person.list-given`. The list goes on from each name found.
 */
export function listedNames(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, added: Candidate[]): void {
  const t = doc.tokens;
  const given = ctx.lex['given-names'];
  const notName = ctx.lex['not-name'];
  if (!given) return;
  const queue = personNameEnds(cands, added);
  /** The given name after و at token `j`, joined (وبول) or written apart (و بول): its token and mention start. */
  const afterAnd = (j: number): [number, number] | null => {
    if (j >= t.count || occupied[j] || t.kind[j] !== TokenKind.Arabic || (t.flags[j] & TokenFlag.LineStart)) return null;
    if (t.norm(j) === 'و') {
      const g = j + 1 < t.count && !occupied[j + 1] && t.kind[j + 1] === TokenKind.Arabic ? given.matchAt(t, j + 1, ctx.cache, true) : null;
      return g && g.end === j + 2 ? [j + 1, t.start(j + 1)] : null;
    }
    const m = given.matchAt(t, j, ctx.cache, false);
    return m && m.end === j + 1 && m.reading.prefix === 'و' ? [j, t.startAt(t.nStart[j] + m.reading.mentionOffset)] : null;
  };
  // (Read by index: the queue only grows, and shift() would make a long list quadratic.)
  for (let q = 0; q < queue.length; q++) {
    const found = afterAnd(queue[q]);
    if (!found) continue;
    const [j, start] = found;
    const k = j + 1;
    if (k >= t.count || occupied[k] || t.kind[k] !== TokenKind.Arabic || (t.flags[k] & TokenFlag.LineStart)) continue;
    // The name word after it: no word of the lexicons, no particle, no pronoun-bearing or verb
    // shape, not the next name of the list (وتحية).
    const w = t.norm(k);
    if (w.length < 2 || notName?.hasWordAt(t, k, ctx.cache) || NAME_PARTICLES.has(w) || given.tagsOfWordAt(t, k, ctx.cache)?.has('weak')) continue;
    if (wordShape(doc.text, t.start(k), t.end(k)) === WordShape.Inflected || afterAnd(k)) continue;
    const name = doc.text.slice(start, t.end(k));
    added.push({
      start, end: t.end(k), tokenStart: j, tokenEnd: k + 1, type: 'person', entities: [],
      key: `person:${normalize(name)}`, name, via: 'rule', rule: 'ar.person.list-given', form: 'name', flags: 0, confidence: 0.55,
    });
    occupied[j] = occupied[k] = 1;
    if (j > 0 && t.norm(j - 1) === 'و') occupied[j - 1] = 1;
    queue.push(k + 1);
  }
}

/** Where the person names of `cands` and `added` end (their end tokens), in order, each once. */
function personNameEnds(cands: readonly Candidate[], added: readonly Candidate[]): number[] {
  const ends: number[] = [];
  for (const c of cands) if (c.type === 'person' && c.form === 'name') ends.push(c.tokenEnd);
  for (const c of added) if (c.type === 'person' && c.form === 'name') ends.push(c.tokenEnd);
  ends.sort((a, b) => a - b);
  let n = 0;
  for (let k = 0; k < ends.length; k++) if (n === 0 || ends[n - 1] !== ends[k]) ends[n++] = ends[k];
  ends.length = n;
  return ends;
}

/**
 * Whether token `j` is a word that goes on no name before it: a word of the lexicons, bare or
 * behind its proclitics (كزعيم، لإقناع) or in the accusative (جيشا); a conjunction written apart
 * (و in clitic-segmented text); a form no name has (بتغلب، زوجته، وإخراج).
 */
export function opensNoName(doc: AkhbarDocument, j: number, ctx: CorefContext): boolean {
  const t = doc.tokens;
  const notName = ctx.lex['not-name'];
  const w = t.norm(j);
  if (w === 'و' || w === 'ف' || notName?.hasWordAt(t, j, ctx.cache)) return true;
  if (wordShape(doc.text, t.start(j), t.end(j)) !== WordShape.Plain) return true;
  if (!notName) return false;
  if (isAccusativeOfWord(ctx.lex, w)) return true;
  for (const r of tokenReadings(t, j, ctx.cache)) if (r.prefix && notName.tagsOf(r.stem)) return true;
  return false;
}

/** Name-chain words before a given name that make it a father's or a tribe's name (ابن يحيى، بنو هاشم، أرض كنعان). */
const CHAIN_BEFORE: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'بنو', 'بني', 'ارض']);

/**
 * Whether given name `i`, alone and owned by no person of the document, names a person by
 * itself (rule `ar.person.lone-given`, read in coref.ts): not a word ending in ه (ناديه is
 * نادي + his, not نادية), not after a name-chain word, an institution's or a place's head word,
 * another given name or a hyphen
 * (جان-ايف), not the last word of a short quoted title, not before a nationality with the
 * article, which would be its family name, nor before a pronoun written apart.
 */
export function loneGivenName(doc: AkhbarDocument, i: number, ctx: CorefContext): boolean {
  const t = doc.tokens;
  if (doc.text.charCodeAt(t.end(i) - 1) === 0x647) return false;
  const p = i - 1;
  if (p >= 0 && !(t.flags[i] & TokenFlag.LineStart)) {
    if (t.kind[p] === TokenKind.Arabic) {
      if (CHAIN_BEFORE.has(t.norm(p))) return false;
      const { lex, cache } = ctx;
      if (lex['org-heads']?.hasWordAt(t, p, cache) || lex['place-heads']?.hasWordAt(t, p, cache)) return false;
      if (lex['given-names']?.matchAt(t, p, cache, true)?.end === i) return false;
    } else if (t.end(p) === t.start(i) && doc.text.charCodeAt(t.start(p)) === 0x2d) return false; // جان-ايف
  }
  if (i + 1 < t.count && t.start(i + 1) === t.end(i) && doc.text.charCodeAt(t.end(i)) === 0x2d) return false;
  // The last word of a short quoted title or nickname («بلقيس»، "لوفتس رود").
  if (i + 1 < t.count && isQuoteMarkAt(doc.text, t.start(i + 1))) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (isQuoteMarkAt(doc.text, t.start(k))) return false;
  }
  const n = i + 1;
  if (n < t.count && !(t.flags[n] & TokenFlag.LineStart) && t.kind[n] === TokenKind.Arabic) {
    if (t.norm(n).startsWith('ال') && ctx.lex.demonyms?.hasWordAt(t, n, ctx.cache)) return false;
    // Text segmented into clitics writes a pronoun apart (زوجة ه): the word before it is a noun.
    if (ctx.lex.breakers?.tagsOfWordAt(t, n, ctx.cache)?.has('pronoun')) return false;
  }
  return true;
}
