/**
 * A listed surname inside a longer name read by the rules: عبدالله صالح is not Barham Salih,
 * نتشيرفان البارزاني is not Masoud Barzani, but هوغو شافيز is Hugo Chávez. The given name
 * decides: the same first name as the listed person keeps the entity and takes the whole name
 * as its mention; another first name makes it someone else, unknown to the dictionaries.
 */
import type { AkhbarDocument } from '../doc/document.js';
import { nameTokens, type Gazetteer } from '../gazetteer/compile.js';
import { skeletonOf, VARIANT_CONFIDENCE } from '../gazetteer/match.js';
import { AliasFlag } from '../gazetteer/trie.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { skeleton } from '../gazetteer/skeleton.js';
import { ScratchPool } from '../text/scratch.js';
import { TokenFlag, TokenKind } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';


/** The tokens a rule's name covers in {@link reconcileSurnames}, one table per call (see {@link ScratchPool}). */
const ruledTables = new ScratchPool((n) => new Uint8Array(n), 1 << 18);

/** و or ف before عبد or ابو (وعبد الله), made once. */
const CONJUNCTION_BEFORE_COMPOUND = /^[وف](?=عبد|ابو)/;
/** A first و or ف. */
const FIRST_CONJUNCTION = /^[وف]/;

/** The given name at the start of a name's normalized words; a name particle makes one with the next (عبد الرحمن، أبو بكر). */
function givenName(toks: readonly string[]): string {
  const first = (toks[0] ?? '').replace(CONJUNCTION_BEFORE_COMPOUND, '');
  return NAME_PARTICLES.has(first) && toks.length > 1 ? first + toks[1] : first;
}

/** The given names of a record's names (see {@link givenNamesOf}). */
interface GivenNames {
  /** First words of its names of two words or more (normalized). */
  names: Set<string>;
  /** The skeletons of those of three letters or more. */
  skeletons: Set<string>;
}

/**
 * Per gazetteer, the given names of each record asked about, by record index: they depend on
 * the record alone, and the same people's records are asked about in document after document
 * (at most one entry per record of the gazetteer).
 */
const givenNamesMemo = new WeakMap<Gazetteer, Map<number, GivenNames>>();

/** The given names of record `index`'s names, worked out once per gazetteer. */
function givenNamesOf(gaz: Gazetteer, index: number): GivenNames {
  let memo = givenNamesMemo.get(gaz);
  if (!memo) givenNamesMemo.set(gaz, (memo = new Map()));
  let g = memo.get(index);
  if (g) return g;
  g = { names: new Set(), skeletons: new Set() };
  const r = gaz.entities[index];
  const forms = [...Object.values(r.names ?? {}), ...Object.values(r.aliases ?? {}).flat()];
  for (const f of forms) {
    const toks = nameTokens(f);
    if (toks.length > 1) g.names.add(givenName(toks));
  }
  for (const n of g.names) if (n.length >= 3) g.skeletons.add(skeleton(n));
  memo.set(index, g);
  return g;
}

/** The same given name, or a short form of it (جو and جوزيف, Joe and Joseph). */
function sameGiven(given: Set<string>, first: string): boolean {
  if (given.has(first)) return true;
  for (const g of given) if (Math.min(g.length, first.length) >= 2 && (g.startsWith(first) || first.startsWith(g))) return true;
  return false;
}

/** Whether a rule name not spent runs into candidate `k` from before it, ending inside it. */
function runsInto(rules: readonly Candidate[], k: Candidate): boolean {
  for (const r of rules) if (r.tokenEnd > r.tokenStart && r.tokenStart < k.tokenStart && r.tokenEnd > k.tokenStart && r.tokenEnd < k.tokenEnd) return true;
  return false;
}

/** Whether a rule candidate's name went to a known entity (see {@link reconcileSurnames}). */
const isSpent = (r: Candidate) => r.tokenEnd <= r.tokenStart;

/** و or ف on a word of two letters or more (a literal in the loop would be a new object per evaluation). */
const CONJUNCTION_ON_WORD = /^[وف]../;
/**
 * The entities of `entities` one of whose given names has the skeleton of `form`, or null when
 * none has. Most words before a surname are no one's given name: they cost no array.
 */
function givenNameOwners(gaz: Gazetteer, entities: readonly number[], form: string): number[] | null {
  if (form.length < 3) return null;
  const sk = skeletonOf(form);
  let owners: number[] | null = null;
  for (const e of entities) if (givenNamesOf(gaz, e).skeletons.has(sk)) (owners ??= []).push(e);
  return owners;
}

/**
 * Settles the dictionary's person matches that a rule's person name overlaps. A one-word
 * surname the rule name ends with or runs into grows to the whole name (same given name) or
 * gives way to the rule's name, extended over it (another person); one that opens a longer
 * rule name gives way too (it stands where a given name would); a spelling variant the rule
 * name runs into gives way. Mutates the candidates and returns the two lists.
 */
export function reconcileSurnames(doc: AkhbarDocument, known: Candidate[], rules: Candidate[], gaz: Gazetteer): { known: Candidate[]; rules: Candidate[] } {
  // (A surname may be written in several words: بن علي، أبو مازن.)
  const surnames = known.filter((k) => k.type === 'person' && k.flags & AliasFlag.Partial);
  const drop = new Set<Candidate>();
  const kept = new Set<Candidate>();
  // A listed surname right after the person's own given name in another spelling, which no rule
  // read as a name (فيديل كاسترو for فيدل كاسترو, وباتريك فييرا): the whole name is the mention.
  const t = doc.tokens;
  // The tokens a rule's name covers, marked once (not a scan of the rules per surname).
  ruledTables.reset();
  const ruled = ruledTables.take(t.count);
  for (const r of rules) for (let q = r.tokenStart; q < r.tokenEnd; q++) ruled[q] = 1;
  for (const k of known) {
    if (k.type !== 'person' || k.tokenEnd - k.tokenStart !== 1) continue;
    const p = k.tokenStart - 1;
    if (!k.entities.length || p < 0 || k.start !== t.start(k.tokenStart)) continue;
    if (t.kind[p] !== TokenKind.Arabic || (t.flags[k.tokenStart] & TokenFlag.LineStart) || ruled[p]) continue;
    const w = t.norm(p);
    // (A word with the article is a title the record's name may open with: الشيخة حسينة.)
    if (w.startsWith('ال')) continue;
    // The word as written, else behind و or ف (وباتريك فييرا; فيديل is no ف + يديل).
    let bare = w;
    let owners = givenNameOwners(gaz, k.entities, w);
    if (!owners && CONJUNCTION_ON_WORD.test(w)) owners = givenNameOwners(gaz, k.entities, (bare = w.slice(1)));
    // (Of the people the surname may be, the one this given name is: فيديل كاسترو is Fidel, not Raúl.)
    if (owners?.length !== 1) continue;
    k.entities = owners;
    k.start = t.start(p) + (bare === w ? 0 : 1);
    k.tokenStart = p;
    k.flags &= ~AliasFlag.Partial;
    kept.add(k);
  }
  if (!rules.length) return { known, rules };
  const byEnd = new Map<number, Candidate>();
  for (const k of surnames) byEnd.set(k.tokenEnd, k);
  const byStart = new Map<number, Candidate>();
  for (const k of surnames) byStart.set(k.tokenStart, k);
  // The longest rule name from the leftmost start decides for a surname; the others follow it.
  const order = rules.filter((r) => r.type === 'person').sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  for (const r of order) {
    // The surname is the rule name's last word, or the word right after it, when that word
    // carries no conjunction or preposition: وصلاح after محمد بنطلحة opens the next name of a list.
    const inside = byEnd.get(r.tokenEnd);
    const after = byStart.get(r.tokenEnd);
    const k = inside && inside.tokenStart > r.tokenStart ? inside : after && after.start === doc.tokens.start(after.tokenStart) ? after : undefined;
    if (!k) continue;
    if (!drop.has(k) && !kept.has(k)) {
      const first = givenName(nameTokens(doc.text.slice(r.start, r.end)));
      const given = givenNamesOf(gaz, k.entities[0]).names;
      const same = k.entities.length === 1 && (sameGiven(given, first) || sameGiven(given, first.replace(FIRST_CONJUNCTION, '')));
      if (same) {
        kept.add(k);
        k.start = r.start;
        k.tokenStart = r.tokenStart;
        k.flags &= ~AliasFlag.Partial;
      } else drop.add(k);
    }
    if (kept.has(k)) r.tokenEnd = r.tokenStart; // spent: the known entity carries the name now
    else { r.end = k.end; r.tokenEnd = k.tokenEnd; }
  }
  // A listed surname that opens a longer name the rules read stands in a given name's place:
  // صالح محمد صالح and زيدان فريحات are other people than Barham Salih and Zidane.
  for (const r of order) {
    const k = byStart.get(r.tokenStart);
    if (k && r.tokenEnd > k.tokenEnd && !kept.has(k)) drop.add(k);
  }
  // A spelling variant (matched by skeleton) that a rule's name runs into is a word of another
  // name: طارق إبراهيم رئيس نيابة is not إبراهيم رئيسي.
  for (const k of known) {
    if (k.type !== 'person' || k.confidence > VARIANT_CONFIDENCE || drop.has(k)) continue;
    if (runsInto(order, k)) drop.add(k);
  }
  return {
    known: drop.size ? known.filter((k) => !drop.has(k)) : known,
    rules: rules.some(isSpent) ? rules.filter((r) => !isSpent(r)) : rules,
  };
}
