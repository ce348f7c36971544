/**
 * Resolution: overlapping candidates, ambiguous aliases and words that are
 * names only sometimes are decided here, then mentions are grouped into one
 * entity per referent.
 */
import { match, P } from 'ts-pattern';
import type { AkhbarDocument } from '../doc/document.js';
import type { EntityRecord } from '../dictionary/types.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { AliasFlag } from '../gazetteer/trie.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { normalize } from '../text/normalize.js';
import { ScratchPool } from '../text/scratch.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { byPosition, inPositionOrder, mergeInPosition, type Candidate } from './candidate.js';

/**
 * Reads a gazetteer's records through a plain array, filled on the first read of each. The
 * default records sit behind a proxy that parses each on its first read; every read through it
 * costs a trap call and a property-key string, several times a plain read. One per gazetteer
 * (its records never change once compiled), as long as its record list.
 */
export class RecordReader {
  private readonly plain: (EntityRecord | undefined)[];
  /** Per record, 1 + the number of its country's ISO code (see {@link countryNumber}; -1: none, 0: not read yet). */
  private readonly countries: Int32Array;
  /** The country codes met so far, numbered in order of first reading. */
  private readonly codeNumbers = new Map<string, number>();
  constructor(private readonly gaz: Gazetteer) {
    this.plain = new Array<EntityRecord | undefined>(gaz.entities.length);
    this.countries = new Int32Array(gaz.entities.length);
  }
  /** Record `i` of the gazetteer. */
  at(i: number): EntityRecord {
    return (this.plain[i] ??= this.gaz.entities[i]);
  }
  /**
   * The number of the ISO code of record `i`'s country (a country's own; see {@link codeNumber}),
   * or -1 for none: kept once read, so the documents that count their countries read no record
   * and hash no string for it.
   */
  countryNumber(i: number): number {
    let n = this.countries[i];
    if (n === 0) {
      const r = this.at(i);
      const cc = (r.kind === 'country' ? r.id.slice('place:'.length).toUpperCase() : r.country) || null;
      this.countries[i] = n = cc === null ? -1 : this.codeNumber(cc, true) + 1;
    }
    return n > 0 ? n - 1 : -1;
  }
  /** How many country codes are numbered. */
  get codeCount(): number {
    return this.codeNumbers.size;
  }
  /** The number of ISO country code `cc` (numbered when first met, with `add`), or -1. */
  codeNumber(cc: string, add = false): number {
    let n = this.codeNumbers.get(cc);
    if (n === undefined) {
      if (!add) return -1;
      this.codeNumbers.set(cc, (n = this.codeNumbers.size));
    }
    return n;
  }
}
const readers = new WeakMap<Gazetteer, RecordReader>();
/** The {@link RecordReader} of a gazetteer. */
export function recordsOf(gaz: Gazetteer): RecordReader {
  let r = readers.get(gaz);
  if (!r) readers.set(gaz, (r = new RecordReader(gaz)));
  return r;
}

/** Kind priority when an alias names several places (عمان: Oman before Amman; الكويت: the country). */
const KIND_RANK: Record<string, number> = { country: 0, territory: 1, region: 2, continent: 2, city: 3, province: 4, club: 6 };

type Overlap = 'apart' | 'same' | 'inside' | 'contains' | 'crosses';
function overlap(a: Candidate, b: Candidate): Overlap {
  if (a.end <= b.start || b.end <= a.start) return 'apart';
  if (a.start === b.start && a.end === b.end) return 'same';
  if (a.start >= b.start && a.end <= b.end) return 'inside';
  if (b.start >= a.start && b.end <= a.end) return 'contains';
  return 'crosses';
}

/**
 * A person read by a rule that runs on into a known place or organization set off by a colon or
 * dash (محمد صادق نيويورك in «واشنطن: محمد صادق نيويورك: …», a run of bylines) would lose to
 * the known name whole: it is offered again without it, if two words or more remain. Names that
 * are also words do not cut.
 */
export function trimAtKnownNames(doc: AkhbarDocument, known: readonly Candidate[], rules: Candidate[]): Candidate[] {
  // (Most documents have no rule name of three words or more: no map is made for them.)
  if (!rules.some(mayRunOn)) return rules;
  const t = doc.tokens;
  const startsAt = new Map<number, Candidate>();
  for (const g of known) if (g.type !== 'person' && !(g.flags & AliasFlag.Common) && g.start === t.start(g.tokenStart)) startsAt.set(g.tokenStart, g);
  if (!startsAt.size) return rules;
  const out = rules.slice();
  for (const r of rules) {
    if (!mayRunOn(r)) continue;
    for (let k = r.tokenStart + 2; k < r.tokenEnd; k++) {
      const g = startsAt.get(k);
      if (!g || g.tokenEnd !== r.tokenEnd) continue;
      // Only a place or agency set off as a byline's or dateline's (نيويورك :), and not after a
      // particle that makes it the family name (أحمد أبو غزة).
      const next = g.tokenEnd < t.count ? t.norm(g.tokenEnd) : ':';
      if (!/^[:\-–—،,.]$/.test(next) || NAME_PARTICLES.has(t.norm(k - 1))) break;
      out.push({ ...r, end: t.end(k - 1), tokenEnd: k, confidence: r.confidence - 0.05 });
      break;
    }
  }
  return out;
}

/** Whether a rule candidate may run on into a known name (see {@link trimAtKnownNames}): a rule's person of three words or more. */
const mayRunOn = (r: Candidate) => r.type === 'person' && r.via === 'rule' && r.tokenEnd - r.tokenStart > 2;

/** Kinds of sports team: a club, or a national team by its nickname (العنابي، الفراعنة). */
const TEAM_KINDS: ReadonlySet<string> = new Set(['club', 'national-team']);

/** What a rule candidate does about a known name it overlaps: both stay, the rule yields, or both stay only where the known name is a word too. */
type Verdict = 'keep' | 'drop' | 'word';
const OVERLAPS: readonly Overlap[] = ['apart', 'same', 'inside', 'contains', 'crosses'];
const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
/** Verdicts by {@link verdictSlot}: the pattern of {@link selectCandidates} reads the overlap and the two types only, so each combination is decided once. */
const verdicts: (Verdict | undefined)[] = [];
/** The slot of an overlap and two types in {@link verdicts}, or -1 for a type outside {@link TYPES}. */
function verdictSlot(o: Overlap, rule: EntityType, known: EntityType): number {
  const i = TYPES.indexOf(rule), j = TYPES.indexOf(known);
  return i < 0 || j < 0 ? -1 : (OVERLAPS.indexOf(o) * 3 + i) * 3 + j;
}

/** The tokens kept rule candidates cover in {@link selectCandidates}, one table per call (see {@link ScratchPool}). */
const takenTables = new ScratchPool((n) => new Uint8Array(n), 1 << 18);

/** Whether candidates are sorted by start. */
function startOrdered(cands: readonly Candidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if (cands[k - 1].start > cands[k].start) return false;
  return true;
}

/**
 * Chooses among gazetteer and rule candidates. Gazetteer names win over rule guesses they
 * overlap, except that a rule organization may contain a known place or person (جامعة القاهرة,
 * مؤسسة محمد بن راشد): both are kept, the inner one as a nested mention.
 */
export function selectCandidates(gazetteer: Candidate[], allRules: Candidate[]): Candidate[] {
  // A name after a place head is the place's (شارع جورج الخامس is a street, not George V).
  let placeStarts: Set<number> | null = null;
  for (const r of allRules) if (r.type === 'place') (placeStarts ??= new Set()).add(r.tokenStart);
  const rules = placeStarts ? allRules.filter((r) => r.type !== 'person' || !placeStarts!.has(r.tokenStart)) : allRules;
  // Gazetteer candidates do not overlap one another: sorted by start, a binary search finds the
  // few a rule candidate can touch, so the check is O(log n) per candidate.
  const known = startOrdered(gazetteer) ? gazetteer : gazetteer.slice().sort((a, b) => a.start - b.start);
  const byLength = rules.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  // Tokens already taken by a kept rule candidate (rule candidates cover whole tokens).
  let tokenEnd = 0;
  for (const r of rules) if (r.tokenEnd > tokenEnd) tokenEnd = r.tokenEnd;
  takenTables.reset();
  const taken = takenTables.take(tokenEnd);
  const displaced = new Set<Candidate>();
  const keptRules: Candidate[] = [];
  const free = (r: Candidate) => { for (let k = r.tokenStart; k < r.tokenEnd; k++) if (taken[k]) return false; return true; };
  for (const r of byLength) {
    if (!free(r)) continue;
    let lo = 0, hi = known.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (known[m].end <= r.start) lo = m + 1; else hi = m; }
    let ok = true;
    let yielding: Candidate[] | null = null;
    for (let k = lo; k < known.length && known[k].start < r.end; k++) {
      const g = known[k];
      if (displaced.has(g)) continue;
      // A name that is also a word or phrase (أمل, the Amal Movement; أبي, Abe; صلاح الدين, the
      // governorate) inside a longer name (أمل فتحي، سعد بن أبي وقاص، صلاح الدين الأيوبي) is
      // words of that name.
      const word = !!(g.flags & AliasFlag.Common);
      // A head noun before a known organization's whole name (نادي الأهلي، حركة حماس) is that
      // organization, not a new one around it.
      if (r.type === 'organization' && g.type === 'organization' && g.tokenStart === r.tokenStart + 1 && g.tokenEnd === r.tokenEnd) { ok = false; break; }
      const o = overlap(r, g);
      const slot = verdictSlot(o, r.type, g.type);
      let verdict = slot >= 0 ? verdicts[slot] : undefined;
      if (verdict === undefined) {
        verdict = match([o, r.type, g.type])
          .with(['apart', P._, P._], (): Verdict => 'keep')
          .with(['contains', 'organization', P.union('place', 'person')], (): Verdict => 'keep')
          .with(['contains', P._, P._], (): Verdict => 'word')
          .with([P.union('same', 'inside', 'crosses'), P._, P._], (): Verdict => 'drop')
          .exhaustive();
        if (slot >= 0) verdicts[slot] = verdict;
      }
      if (verdict === 'drop' || (verdict === 'word' && !word)) { ok = false; break; }
      // (An organization keeps a place or person it contains as a nested mention: بلدية مدينة البيرة.)
      if (word && o === 'contains' && !(r.type === 'organization' && (g.type === 'place' || g.type === 'person'))) (yielding ??= []).push(g);
    }
    if (!ok) continue;
    if (yielding) for (const g of yielding) displaced.add(g);
    for (let k = r.tokenStart; k < r.tokenEnd; k++) taken[k] = 1;
    keptRules.push(r);
  }
  return mergeInPosition(displaced.size ? gazetteer.filter((c) => !displaced.has(c)) : gazetteer, keptRules);
}

/**
 * Picks one entity for each ambiguous gazetteer candidate: the city after a city head (مدينة
 * حلب); else one the document names plainly elsewhere; else a club in a sentence about sport (برشلونة، الأهلي); else a newspaper or channel
 * where `mediaCue` sees one (quotation marks, مراسل); else by kind (a country before a city, an
 * outlet before a club). `isSport(token)` says whether the sentence of a token is about sport.
 */
export function disambiguate(cands: Candidate[], gaz: Gazetteer, isSport: (token: number) => boolean = () => false, mediaCue: (c: Candidate) => boolean = () => false, cityCue: (c: Candidate) => boolean = () => false): void {
  if (!cands.some((c) => c.entities.length > 1)) return;
  const records = recordsOf(gaz);
  const sure = new Set<number>();
  for (const c of cands) if (c.entities.length === 1) sure.add(c.entities[0]);
  // Between entities of one kind in several countries (العربي of Qatar or Kuwait), the country
  // the document names most.
  let countries: Int32Array | null = null;
  const byCountry = (options: number[], recs: EntityRecord[]): number | undefined => {
    if (options.length < 2) return undefined;
    for (let k = 1; k < recs.length; k++) if (recs[k].kind !== recs[0].kind) return undefined;
    countries ??= countriesOf(cands, records);
    // The option the document's countries name most, if no other ties with it.
    let best = -1, top = 0, ties = 0;
    for (let k = 0; k < options.length; k++) {
      const cc = recs[k].country;
      const code = cc ? records.codeNumber(cc) : -1;
      const n = code >= 0 && code < countries.length ? countries[code] : 0;
      if (best < 0 || n > top) { best = k; top = n; ties = 0; } else if (n === top) ties++;
    }
    return top > 0 && ties === 0 ? options[best] : undefined;
  };
  for (const c of cands) {
    if (c.entities.length < 2) continue;
    const recs = recordsAt(records, c.entities);
    // مدينة حلب: a city head picks the city over the governorate of its name, whatever else the text names.
    const city = cityCue(c) ? entityWhere(c, recs, isCity) : undefined;
    const seen = city ?? firstIn(c.entities, sure);
    const club = entityWhere(c, recs, isTeam);
    const sport = club !== undefined && !seen && isSport(c.tokenStart) ? club : undefined;
    // «الشرق الأوسط», "العربية", مراسل الجزيرة: a title of a newspaper or channel.
    const media = !seen && mediaCue(c) ? entityWhere(c, recs, isMedia) : undefined;
    let options = c.entities, optionRecs = recs;
    if (sport !== undefined) {
      options = c.entities.filter((_, k) => isTeam(recs[k]));
      optionRecs = recs.filter(isTeam);
    }
    const pick = seen ?? media ?? byCountry(options, optionRecs) ?? sport ?? c.entities[lowestRank(recs)];
    const rec = records.at(pick);
    c.entities = [pick];
    c.type = rec.type;
    c.rule = rec.id;
  }
}
/** The records of `entities`, in order. (Loops, not callbacks: these run per ambiguous name, and a callback that reads a local is a new closure each time.) */
function recordsAt(records: RecordReader, entities: readonly number[]): EntityRecord[] {
  const recs = new Array<EntityRecord>(entities.length);
  for (let k = 0; k < entities.length; k++) recs[k] = records.at(entities[k]);
  return recs;
}
/** The first of `entities` in `set`, or undefined. */
function firstIn(entities: readonly number[], set: ReadonlySet<number>): number | undefined {
  for (const e of entities) if (set.has(e)) return e;
  return undefined;
}
/** Whether a record is a sports team. */
const isTeam = (r: EntityRecord) => TEAM_KINDS.has(r.kind ?? '');
const isCity = (r: EntityRecord) => r.kind === 'city';
const isMedia = (r: EntityRecord) => r.kind === 'media' || r.kind === 'news-agency';
/** The first entity of `c` whose record (`recs`, in the same order) passes `test`. */
function entityWhere(c: Candidate, recs: readonly EntityRecord[], test: (r: EntityRecord) => boolean): number | undefined {
  const k = recs.findIndex(test);
  return k < 0 ? undefined : c.entities[k];
}
/** The index of the first record of the lowest kind rank (see {@link KIND_RANK}). */
function lowestRank(recs: readonly EntityRecord[]): number {
  let best = 0;
  for (let k = 1; k < recs.length; k++) if (rankOf(recs[k]) < rankOf(recs[best])) best = k;
  return best;
}
const rankOf = (r: EntityRecord) => KIND_RANK[r.kind ?? ''] ?? 5;

/** Whether every entity a candidate may be is a club. */
export const isClub = (gaz: Gazetteer, c: Candidate): boolean => c.entities.length > 0 && c.entities.every((e) => isTeam(recordsOf(gaz).at(e)));

/**
 * How often the document's unambiguous known names belong to each country, by the number of its
 * ISO code (see {@link RecordReader.countryNumber}): a count in a typed array per name, where a
 * map by code string hashed the string twice.
 */
function countriesOf(cands: Candidate[], records: RecordReader): Int32Array {
  // (Each entity's number is kept on the reader: no record is read here.)
  countryTables.reset();
  let n = countryTables.take(records.codeCount + COUNTRY_SLOTS);
  for (const c of cands) {
    if (c.entities.length !== 1) continue;
    const code = records.countryNumber(c.entities[0]);
    if (code < 0) continue;
    if (code >= n.length) { const g = new Int32Array(2 * code); g.set(n); n = g; }
    n[code]++;
  }
  return n;
}
/** Room for codes {@link countriesOf} may number for the first time: its table grows past them only for a gazetteer of many more. */
const COUNTRY_SLOTS = 256;
/** The tables of {@link countriesOf}, one per call (see {@link ScratchPool}). */
const countryTables = new ScratchPool((n) => new Int32Array(n), 1 << 12);

/** Says whether the words around a candidate show it is a name (see {@link dropUnsupportedCommon}). */
export type Evidence = (c: Candidate) => boolean;

/**
 * Drops names that are also ordinary words (جدة، مالي، الجزيرة، الأسد) unless something shows
 * they are names here: the entity is named plainly elsewhere in the document, or `evidence`
 * finds a cue around the word (في جدة، صحيفة الجزيرة، الرئيس الأسد).
 */
export function dropUnsupportedCommon(cands: Candidate[], evidence: Evidence = () => false, adjectival: Evidence = () => false): Candidate[] {
  // The referents named plainly, gathered on the first ask: known ones by entity, others by key
  // (see groupEntities), and those with no key yet (all, before keyUnknown) by their start and
  // type, what their `?type:start` key says: no key string made for any. (A key given is
  // `type:name`, never `?…`: the three sets hold what one set of candidateKey would.)
  let plainEntities: Set<number> | null = null;
  const plainKeys = new Set<string>();
  const plainSpots = new Set<number>();
  const plainly = (c: Candidate) => {
    if (!plainEntities) {
      plainEntities = new Set();
      for (const p of cands) {
        if (p.flags & AliasFlag.Common) continue;
        if (p.entities.length) plainEntities.add(p.entities[0]);
        else if (p.key !== undefined) plainKeys.add(p.key);
        else plainSpots.add(unkeyedSpot(p));
      }
    }
    if (c.entities.length) return plainEntities.has(c.entities[0]);
    return c.key !== undefined ? plainKeys.has(c.key) : plainSpots.has(unkeyedSpot(c));
  };
  // A name spelled like an adjective (الفرنسية for AFP) is an adjective far more often than
  // not, even in a text that names the entity: it needs its own cue.
  const supported = (c: Candidate) => (plainly(c) && !adjectival(c)) || evidence(c);
  return cands.filter((c) => !(c.flags & AliasFlag.Common) || c.tokenEnd - c.tokenStart > 1 || supported(c));
}

/** A number for the `?type:start` {@link candidateKey} of an unknown candidate with no key. */
const unkeyedSpot = (c: Candidate): number => c.start * 4 + TYPES.indexOf(c.type) + 1;

/** Gives rule candidates the key of the unknown entity they name (its type and normalized name). */
export function keyUnknown(doc: AkhbarDocument, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.entities.length || c.key) continue;
    c.name = doc.text.slice(c.start, c.end);
    c.key = `${c.type}:${normalize(c.name)}`;
  }
}

/** The grouping key of a candidate: its gazetteer entity, else its unknown-entity key. */
export const candidateKey = (c: Candidate): string => (c.entities.length ? `#${c.entities[0]}` : c.key ?? `?${c.type}:${c.start}`);

/** Whether two candidates have one {@link candidateKey}, told without making the keys where it can. */
export function sameReferent(a: Candidate, b: Candidate): boolean {
  const known = a.entities.length > 0;
  if (known && b.entities.length > 0) return a.entities[0] === b.entities[0];
  if (!known && !b.entities.length && a.key !== undefined && b.key !== undefined) return a.key === b.key;
  return candidateKey(a) === candidateKey(b);
}

/** Groups candidates into the result's entities with their mentions, in order of first mention. */
export function groupEntities(doc: AkhbarDocument, cands: Candidate[], gaz: Gazetteer): Entity[] {
  // The entities in order of first mention; looked up by entity index when known (no key string
  // made per mention), else by candidate key. (A known key is `#` and the index, an unknown one
  // never is: the two maps hold what one map by key would.)
  const entities: Entity[] = [];
  const byEntity = new Map<number, Entity>();
  const byKey = new Map<string, Entity>();
  const sorted = inPositionOrder(cands) ? cands : cands.slice().sort(byPosition);
  const records = recordsOf(gaz);
  // The segments in order, read on from the last mention's (the mentions come in order of their
  // start): a step or two per mention, not a binary search over all of a long document's segments.
  const segs = doc.segments;
  let s = 0;
  for (const c of sorted) {
    let ent: Entity | undefined;
    if (c.entities.length) {
      ent = byEntity.get(c.entities[0]);
      if (!ent) { ent = knownEntity(records, c.entities[0]); byEntity.set(c.entities[0], ent); entities.push(ent); }
    } else {
      const key = candidateKey(c);
      ent = byKey.get(key);
      if (!ent) {
        ent = { id: unknownId(c), type: c.type, name: c.name ?? doc.text.slice(c.start, c.end), known: false, mentions: [] as Mention[] };
        byKey.set(key, ent);
        entities.push(ent);
      }
    }
    // The longest name mention names an unknown entity (ألكسندر ستيرنيك over ستيرنيك).
    if (!ent.known && c.form === 'name' && c.end - c.start > ent.name.length) ent.name = doc.text.slice(c.start, c.end);
    // (doc.placeOf's answer, without an object made per mention: doc.segmentAt's segment.)
    while (s < segs.length && segs[s].end <= c.start) s++;
    const seg = s < segs.length && segs[s].start <= c.start ? segs[s] : null;
    const text = doc.text.slice(c.start, c.end), article = seg ? seg.article : 0, segment = seg ? seg.kind : 'body';
    // (One literal per shape, its keys in the result's order: no property added afterwards.)
    ent.mentions.push(c.rule
      ? { start: c.start, end: c.end, text, entity: ent.id, article, segment, form: c.form, via: c.via, rule: c.rule, confidence: c.confidence }
      : { start: c.start, end: c.end, text, entity: ent.id, article, segment, form: c.form, via: c.via, confidence: c.confidence });
  }
  return entities;
}

/** A stable id for an entity no dictionary knows: type and normalized name, ASCII-safe. */
function unknownId(c: Candidate): string {
  return `unknown:${c.key ?? `${c.type}:${c.start}`}`;
}

function knownEntity(records: RecordReader, index: number): Entity {
  const r = records.at(index);
  const e: Entity = { id: r.id, type: r.type, name: r.name, known: true, mentions: [] };
  if (r.short) e.short = r.short;
  if (r.names) e.names = { ...r.names };
  if (r.wikidata) e.wikidata = r.wikidata;
  return e;
}
