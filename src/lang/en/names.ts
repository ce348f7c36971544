/**
 * The English names pass: runs after the English rule patterns, with the gazetteer's
 * candidates as context. It
 *
 * 1. settles conflicts the patterns and the gazetteer cannot settle alone: a known place
 *    or a listed surname inside a person's name (Michael Jordan, Andrei Medvedev), a city
 *    that names a team in a results table (CHICAGO 71 64 .526), a place that opens an
 *    event's name (Hong Kong Open), a place inside an adjective compound (Boston-based);
 * 2. reads the layout of lines: datelines (LONDON 1996-08-30; MILWAUKEE, Wisconsin) and
 *    results rows (Pohang 3 Ulsan 2; Hereford 4 1 1 2 2 3 4);
 * 3. reads acronym definitions (Civil Aviation Authority of Nepal (CAAN)) and photo
 *    credits (Picture: iStock);
 * 4. reads the capitalized runs no rule and no list took, by their context: a country in
 *    brackets after a name in results, an age after a name, a speech verb next to it, a
 *    preposition of place before it, the way sports results are written (Leicestershire
 *    beat Somerset);
 * 5. carries a name to its other mentions in the document: the same words, a surname or
 *    a first name of a person named in full, an acronym, the same name in all-caps
 *    headlines where capitals prove nothing; and only then reads two or three unexplained
 *    capitalized words inside a sentence as a person's name.
 *
 * Every step is linear in the tokens (runs never overlap; lookups are maps).
 */
import type { Candidate } from '../../entities/candidate.js';
import { AliasFlag } from '../../gazetteer/trie.js';
import { recordReader } from '../../dictionary/lazy-records.js';
import { TokenFlag, TokenKind, type TokenList } from '../../text/tokenize.js';
import { Unit } from '../../text/code-units.js';
import { WordMarks, WordMasks } from '../../text/words.js';
import { ScratchPool } from '../../text/scratch.js';
import { Mark } from '../../gazetteer/match.js';
import type { EntityType } from '../../types.js';
import { Shape } from './features.js';
import { EnglishWords, Lex, lexiconId, NAME_PARTICLES } from './words.js';

/** Rules whose person names are sure enough to overrule a place or a surname the lists know. */
const SURE_PERSON_RULES = new Set(['en.person.given-name', 'en.person.title-name', 'en.person.given-initial']);
/** Organization rules read from a head or tail noun: sure enough to overrule a known name they start inside of. */
const STRONG_ORG_RULES = new Set(['en.org.tail', 'en.org.tail-of', 'en.org.head', 'en.org.head-connected', 'en.org.tail-connected']);
/** Words before a place (in Gauteng, near Kathmandu). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'inside']);
/** Words next to a team in sports results (Leicestershire beat Somerset; v Durham). */
const TEAM_WORDS_BEFORE = new Set(['beat', 'v', 'vs', 'against', 'defeated', 'beating', 'hosts', 'host', 'face', 'faces', 'edged', 'thrashed', 'routed', 'downed']);
const TEAM_WORDS_AFTER = new Set(['beat', 'drew', 'lost', 'won', 'defeated', 'beating', 'lead', 'led', 'trail', 'trailed', 'v', 'vs', 'host', 'hosts', 'edged', 'thrashed', 'routed', 'downed']);
/** Words after a company's name in market news (Magna shares rose) and the phrases before it (shares in Pirelli). */
const MARKET_AFTER = new Set(['shares', 'share', 'stock', 'stocks', 'bonds', 'shareholders', 'stockholders']);
const MARKET_BEFORE = new Set(['shares of', 'shares in', 'stake in', 'bid for', 'merger with', 'acquisition of', 'takeover of', 'subsidiary of', 'unit of', 'shareholders of', 'stake of']);
/** The last words of {@link MARKET_BEFORE}: a phrase is built only after one of them. */
const MARKET_BEFORE_LAST = new Set([...MARKET_BEFORE].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** Months, for datelines (KATHMANDU, April 25). */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** The shortest and the longest month's name (see {@link monthAt}). */
const MONTH_LENGTHS = lengthRange(MONTHS);
/** The shortest and the longest name particle (see {@link particleAt}). */
const PARTICLE_LENGTHS = lengthRange(NAME_PARTICLES);
/** Words that open a photo or copyright credit (Picture: iStock; Copyright Fredrik Persson/AP). */
const CREDITS = new Set(['picture', 'pictures', 'photo', 'photos', 'photograph', 'image', 'images', 'credit', 'copyright', 'courtesy', '©', 'illustration', 'video', 'footage']);
/** An upper-case letter (a brand in camel case: iStock). Made once: the build writes a `u` pattern with a property escape as a `new RegExp` where it stands. */
const UPPER_LETTER = /\p{Lu}/u;
/** Per word id: {@link Mark.Some} for a credit word or `by`, {@link Mark.None} for any other. */
const CREDIT_MARKS = new WordMarks();
/** Determiners: a person's name rarely follows one (a developing La Niña pattern). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'every', 'each', 'another', 'its', 'their', 'our']);
/** Lexicons whose words make a run more than a plain name. */
const NOT_PLAIN = ['org-tails', 'place-tails', 'org-heads', 'place-heads', 'event-tails', 'titles', 'sports-context', 'org-nouns'].map(lexiconId);
/**
 * What a word next to a run tells the readings of its context (see {@link NamesPass.evidence}):
 * which of the sets above hold it and which of the single words they compare with it is, as bits
 * (Known: worked out). Kept per word id (see {@link CONTEXT_BITS}): a run's context is then read
 * as a number per word instead of as the word's string looked up in set after set.
 */
const enum Ctx {
  Known = 1, PlacePreposition = 1 << 1, TeamBefore = 1 << 2, TeamAfter = 1 << 3, MarketAfter = 1 << 4, MarketBeforeLast = 1 << 5,
  Open = 1 << 6, Comma = 1 << 7, Versus = 1 << 8, The = 1 << 9, Of = 1 << 10, At = 1 << 11, Stop = 1 << 12, In = 1 << 13,
  And = 1 << 14, Or = 1 << 15, Ampersand = 1 << 16,
}
/** Words that join coordinated names (Essex, Derbyshire and Surrey; Petronas, Proton, and others): , and or &, as {@link Ctx} bits. */
const COORDINATING = Ctx.Comma | Ctx.And | Ctx.Or | Ctx.Ampersand;
/** The {@link Ctx} bits of word `w`. */
function contextBits(w: string): number {
  let m = Ctx.Known;
  if (PLACE_PREPOSITIONS.has(w)) m |= Ctx.PlacePreposition;
  if (TEAM_WORDS_BEFORE.has(w)) m |= Ctx.TeamBefore;
  if (TEAM_WORDS_AFTER.has(w)) m |= Ctx.TeamAfter;
  if (MARKET_AFTER.has(w)) m |= Ctx.MarketAfter;
  if (MARKET_BEFORE_LAST.has(w)) m |= Ctx.MarketBeforeLast;
  const one = ONE_WORDS.get(w);
  return one ? m | one : m;
}
/** The single words of {@link Ctx}. */
const ONE_WORDS = new Map<string, number>([['(', Ctx.Open], [',', Ctx.Comma], ['v', Ctx.Versus], ['the', Ctx.The], ['of', Ctx.Of], ['at', Ctx.At], ['.', Ctx.Stop], ['in', Ctx.In], ['and', Ctx.And], ['or', Ctx.Or], ['&', Ctx.Ampersand]]);
/** Per word id, its {@link Ctx} bits (0: not known yet). */
const CONTEXT_BITS = new WordMasks();
/** {@link NOT_PLAIN} as the bits of {@link EnglishWords.mayStartAny}. */
const NOT_PLAIN_MASK = EnglishWords.mask(NOT_PLAIN);

/**
 * A capitalized run `[a, b)`; `ordinary` keeps {@link ordinaryWords} of it and `plain` the
 * opposite of {@link notPlain} once asked (1 yes, -1 no, 0 not asked: several readings ask,
 * and most readings are settled before either is needed), `key` its {@link textKey} (null: not made yet).
 */
interface Run { a: number; b: number; ordinary: number; plain: number; key: string | null }
/** A name that a line's layout explains: a dateline's place, a team in a results row. */
interface LineName { b: number; type: EntityType; rule: string }

/** Adds the English pass's candidates (returned); settles the gazetteer's (`known`) and the rules' (`rules`) in place. */
export function englishNames(en: EnglishWords, rules: Candidate[], known: Candidate[], records: readonly { kind?: string }[] = []): Candidate[] {
  return new NamesPass(en, rules, known, records).run();
}

/** Zeroed token tables for one names pass at a time (see {@link ScratchPool}): bytes and 32-bit integers. */
class Scratch {
  private readonly byte = new ScratchPool((n) => new Uint8Array(n));
  private readonly int = new ScratchPool((n) => new Int32Array(n));

  /** Hands the buffers out from their start again (the previous pass's tables are done with). */
  reset(): void {
    this.byte.reset();
    this.int.reset();
  }

  /** A zeroed table of `n` bytes. */
  bytes(n: number): Uint8Array {
    return this.byte.take(n);
  }

  /** A zeroed table of `n` 32-bit integers. */
  ints(n: number): Int32Array {
    return this.int.take(n);
  }
}
/** The names pass's scratch tables (see {@link Scratch}). */
const SCRATCH = new Scratch();

class NamesPass {
  private readonly t: TokenList;
  private readonly out: Candidate[] = [];
  private readonly covered: Uint8Array;
  private layout = new Map<number, LineName>();
  /** Candidates by their lower-case words. */
  private readonly byText = new Map<string, Candidate>();
  /** Words of people's full names (first, last), to the one person they name (null: several). */
  private readonly personWords = new Map<string, Candidate | null>();
  /** First words of clubs' two-word names (Rotor Volgograd → Rotor). */
  private readonly clubWords = new Map<string, Candidate | null>();
  /** Acronyms defined in the document (… Authority of Nepal (CAAN)), lower case. */
  private readonly acronyms = new Map<string, Candidate>();
  /** Rule candidates that resolution will keep (longest first, none overlapping a known name). */
  private selected: Candidate[] = [];

  /** {@link Ctx} bits per word id (see {@link context}). */
  private readonly contextTable: Int32Array;

  /** A record by entity index, read past the lazy table's proxy (see {@link recordReader}). */
  private readonly recordAt: (index: number) => { kind?: string } | undefined;

  constructor(private readonly en: EnglishWords, private readonly rules: Candidate[], private readonly known: Candidate[], records: readonly { kind?: string }[]) {
    this.recordAt = recordReader(records);
    this.t = en.doc.tokens;
    this.contextTable = CONTEXT_BITS.of(this.t.words);
    SCRATCH.reset();
    this.covered = SCRATCH.bytes(this.t.count);
    this.byStart = SCRATCH.ints(this.t.count + 1);
    this.byEnd = SCRATCH.ints(this.t.count + 1);
  }

  run(): Candidate[] {
    const t = this.t;
    this.layout = lineNames(this.en);
    this.settleKnown();
    this.placeTitles();
    this.selected = selectRules(this.rules, this.known, this.t.count, SCRATCH);
    this.extendPeopleLeft();
    for (const c of this.known) this.cover(c);
    for (const c of this.selected) this.cover(c);
    for (const c of this.known) this.remember(c);
    for (const c of this.selected) if (c.confidence >= 0.75) this.remember(c);
    this.surnamesOverPlaces();
    this.acronymDefinitions();
    this.credits();
    this.clubs();

    // Capitalized runs no candidate covers: strong evidence first, then the same words named
    // elsewhere, then weaker evidence and the document's other names.
    let pending: Run[] = [];
    const { covered } = this;
    const { shape, capsText, anyCaps } = this.en.f;
    // The uncovered words in capitals of all-caps text, in order, for the all-caps pass below.
    const shouted: number[] = [];
    for (let i = 0; i < t.count; i++) {
      // A run opens with a capital or a single letter: a lower-case word opens none, nor does a
      // token that is no word (its shape is None). One byte read tells most tokens apart.
      if (shape[i] === Shape.Lower || shape[i] === Shape.None || covered[i]) continue;
      // Nor does a word of all-caps text, where runEnd finds no name word, initial or given name;
      // only the all-caps pass reads it.
      if (capsText[i]) { if (shape[i] === Shape.Upper) shouted.push(i); continue; }
      const b = runEnd(this.en, i, this.covered);
      if (b <= i) continue;
      // (A run steps over the inner tokens of compounds, which might be shouted.)
      if (anyCaps) for (let k = i + 1; k < b; k++) if (capsText[k] && shape[k] === Shape.Upper) shouted.push(k);
      // ex-England, pro-Moscow: an adjective, no name.
      if (adjectiveCompound(this.en, i, b)) { i = b - 1; continue; }
      const r: Run = { a: i, b, ordinary: 0, plain: 0, key: null };
      const row = this.layout.get(i);
      const c = row && row.b === b ? this.make(i, b, row.type, row.rule, 0.65) : this.evidence(r, true);
      if (c) this.add(c); else pending.push(r);
      i = b - 1;
    }
    pending = pending.filter((r) => {
      const same = this.byText.get(runKey(this.en, r));
      if (!same) return true;
      this.add(this.make(r.a, r.b, same.type, 'en.propagated', 0.7, same));
      return false;
    });
    pending = pending.filter((r) => {
      const c = this.evidence(r, false);
      if (c) this.add(c);
      return !c;
    });
    for (let k = 0; k < pending.length; k++) {
      const r = pending[k];
      if (this.covered[r.a]) continue;
      // Cooperative Governance and Traditional Affairs: two runs joined by and / & that the document names as one.
      const r2 = pending[k + 1];
      if (r2 && r2.a === r.b + 1 && this.context(r.b) & (Ctx.And | Ctx.Ampersand | Ctx.Of)) {
        const same = this.byText.get(textKey(this.en, r.a, r2.b));
        if (same) { this.add(this.make(r.a, r2.b, same.type, 'en.propagated', 0.7, same)); k++; continue; }
      }
      const c = this.propagated(r) ?? this.coordinated(r) ?? this.nameShape(r) ?? this.acronymAlone(r);
      if (c) this.add(c);
    }

    // All-caps text: a dateline, a results row, or a name the document writes elsewhere in lower case.
    for (let k = 0, next = 0; k < shouted.length; k++) {
      const i = shouted[k];
      if (i < next || covered[i]) continue;
      const row = this.layout.get(i);
      const c = row && !this.covered[row.b - 1] ? this.make(i, row.b, row.type, row.rule, 0.65) : this.capsName(i);
      if (c) { this.add(c); next = c.tokenEnd; }
    }
    this.shareKeys();
    return this.out;
  }

  /** Whether a known place is a city or a province, which teams are named after (Chicago, Texas; its record's kind, every entity it may be for an ambiguous alias). */
  private isCity(k: Candidate): boolean {
    return k.entities.length > 0 && k.entities.every((e) => {
      const kind = this.recordAt(e)?.kind;
      return kind === 'city' || kind === 'province';
    });
  }

  // ---- bookkeeping ----

  private cover(c: Candidate): void {
    this.covered.fill(1, c.tokenStart, c.tokenEnd);
    // The first candidate covered keeps its start and its end.
    const fresh = !this.byStart[c.tokenStart] || !this.byEnd[c.tokenEnd];
    if (!fresh) return;
    this.coveredList.push(c);
    if (!this.byStart[c.tokenStart]) this.byStart[c.tokenStart] = this.coveredList.length;
    if (!this.byEnd[c.tokenEnd]) this.byEnd[c.tokenEnd] = this.coveredList.length;
  }
  /** Candidates covered (see {@link cover}) that first took a start or an end. */
  private readonly coveredList: Candidate[] = [];
  /** Per token, index + 1 in {@link coveredList} of the first candidate covered that starts there (0: none). */
  private readonly byStart: Int32Array;
  /** Per token boundary, index + 1 in {@link coveredList} of the first candidate covered that ends there (0: none). */
  private readonly byEnd: Int32Array;

  /** The first candidate covered whose start (or end) `at` holds, or undefined. */
  private coveredBy(at: Int32Array, i: number): Candidate | undefined {
    const k = i >= 0 && i < at.length ? at[i] : 0;
    return k ? this.coveredList[k - 1] : undefined;
  }

  private add(c: Candidate): void {
    this.out.push(c);
    this.cover(c);
    this.remember(c);
  }

  private remember(c: Candidate): void {
    const t = this.t;
    const key = textKey(this.en, c.tokenStart, c.tokenEnd);
    if (!this.byText.has(key)) this.byText.set(key, c);
    if (c.tokenEnd - c.tokenStart < 2) return;
    if (c.type === 'person') {
      note(this.en, this.personWords, lastWordKey(this.en, c.tokenStart, c.tokenEnd), c);
      if (this.en.givenNameEnd(c.tokenStart, true) < 0 || this.en.f.shape[c.tokenStart] === Shape.Capital) note(this.en, this.personWords, textKey(this.en, c.tokenStart, Math.max(c.tokenStart + 1, this.en.f.wordEnd(c.tokenStart))), c);
    }
    if (c.type === 'organization' && !c.entities.length && this.en.isSport(c.tokenStart)) note(this.en, this.clubWords, t.norm(c.tokenStart), c);
    // Acme Robotics Inc.: the name without its legal form, and its first word, name the company too.
    if (c.type === 'organization') {
      for (let f = c.tokenStart + 1; f < c.tokenEnd; f++) {
        const m = this.en.matchId(Lex.orgTails, f);
        if (!m || m.end !== c.tokenEnd || !m.tags.has('form')) continue;
        const key = textKey(this.en, c.tokenStart, f);
        if (!this.byText.has(key)) this.byText.set(key, c);
        const w = c.tokenStart;
        if (this.en.f.shape[w] === Shape.Capital && !this.en.matchId(Lex.commonWords, w) && !this.known.some((k) => k.tokenStart === w && k.type !== 'organization')) note(this.en, this.clubWords, t.norm(w), c);
        break;
      }
    }
  }

  private make(a: number, b: number, type: EntityType, rule: string, confidence: number, like?: Candidate): Candidate {
    const t = this.t;
    const c: Candidate = {
      start: t.start(a), end: t.end(b - 1), tokenStart: a, tokenEnd: b, type, entities: [],
      via: 'rule', rule, form: 'name', flags: 0, confidence,
    };
    if (like && like.type === type) adopt(this.en, c, like);
    return c;
  }

  // ---- 1. the gazetteer's candidates and the rules' ----

  private settleKnown(): void {
    const { en, known, rules, t } = this;
    // Known candidates by index: 1 on those to drop, and those starting at each token (see KnownStarts).
    const drop = SCRATCH.bytes(known.length);
    const blocked: Run[] = [];
    const startAt = new KnownStarts(known, t.count, SCRATCH);
    // Sure person names overrule a place or a bare surname inside them.
    for (const r of rules) {
      const sure = r.type === 'person' && SURE_PERSON_RULES.has(r.rule);
      // An organization read from its head or tail noun overrules a known name it starts inside of
      // (The National | Bank of Poland).
      const strongOrg = r.type === 'organization' && STRONG_ORG_RULES.has(r.rule);
      if (!sure && !strongOrg && r.rule !== 'en.person.initials') continue;
      for (let i = r.tokenStart; i < r.tokenEnd; i++) {
        for (let j = startAt.first(i); j >= 0; j = startAt.next(j)) {
          const k = known[j];
          if (k.tokenEnd > r.tokenEnd || (k.tokenStart === r.tokenStart && k.tokenEnd === r.tokenEnd)) continue;
          const partial = k.type === 'person' && k.flags & AliasFlag.Partial && k.tokenEnd - k.tokenStart === 1;
          if (sure ? k.type !== 'person' || partial : !strongOrg && partial) drop[j] = 1;
        }
      }
      if (strongOrg) {
        for (let i = Math.max(0, r.tokenStart - 3); i < r.tokenStart; i++) {
          for (let j = startAt.first(i); j >= 0; j = startAt.next(j)) if (known[j].tokenEnd > r.tokenStart && known[j].tokenEnd < r.tokenEnd) drop[j] = 1;
        }
      }
    }
    // Naina Yeltsin, Payne Stewart: a listed surname next to an unknown name word names someone else.
    for (let j = 0; j < known.length; j++) {
      const k = known[j];
      if (drop[j] || k.type !== 'person' || !(k.flags & AliasFlag.Partial) || k.tokenEnd - k.tokenStart !== 1) continue;
      const p = k.tokenStart - 1, n = k.tokenEnd;
      const before = p >= 0 && !(t.flags[k.tokenStart] & TokenFlag.LineStart) && en.nameWordEnd(p) === k.tokenStart && en.f.shape[p] === Shape.Capital && startAt.first(p) < 0 && !notPlain(en, p, p + 1) && !en.matchId(Lex.commonWords, p);
      const after = n < t.count && !(t.flags[n] & TokenFlag.LineStart) && en.nameWordEnd(n) === n + 1 && en.f.shape[n] === Shape.Capital && startAt.first(n) < 0 && !notPlain(en, n, n + 1) && !en.matchId(Lex.commonWords, n);
      if (!before && !after) continue;
      drop[j] = 1;
      rules.push(this.make(before ? p : k.tokenStart, after ? n + 1 : k.tokenEnd, 'person', 'en.person.other-bearer', 0.8));
    }
    for (let j = 0; j < known.length; j++) {
      const k = known[j];
      if (drop[j]) continue;
      // Turkey, Total: a listed name that is also a word is one when capitalized inside a sentence.
      // (Not when a capitalized word follows: World Cup, Turkey Point are other names.)
      if (k.flags & AliasFlag.Common && k.type !== 'person' && en.capitalized(k.tokenStart) && !en.initial(k.tokenStart) && !en.matchId(Lex.breakers, k.tokenStart) &&
        !(k.tokenEnd < t.count && !(t.flags[k.tokenEnd] & TokenFlag.LineStart) && en.nounWordEnd(k.tokenEnd) > 0)) k.flags &= ~AliasFlag.Common;
      // six RBI, 10 GB: an acronym after a number counts something.
      if (k.flags & AliasFlag.Acronym && k.tokenStart > 0 && t.kind[k.tokenStart - 1] === TokenKind.Number && !(t.flags[k.tokenStart] & TokenFlag.LineStart)) { drop[j] = 1; continue; }
      // Boston-based, Kremlin-backed, ex-England, pro-Moscow: an adjective, not a mention of the place.
      if (adjectiveCompound(en, k.tokenStart, k.tokenEnd)) { drop[j] = 1; continue; }
      // Airbus A350, Boeing 737-800: a maker's name before a model code names the product.
      if (k.type === 'organization' && modelCode(en, k.tokenEnd)) { drop[j] = 1; continue; }
      if (k.type !== 'place') continue;
      // Hong Kong Open, Dubai Desert Classic: the place opens an event's name.
      const ev = eventEnd(en, k.tokenEnd);
      if (ev > 0) { drop[j] = 1; blocked.push({ a: k.tokenStart, b: ev, ordinary: 0, plain: 0, key: null }); continue; }
      // What follows reads teams, which are named after cities and provinces only (a country stays a
      // place): the records are read once here, not once per reading.
      if (!this.isCity(k)) continue;
      // Madrid beat Sevilla: in sport, a city next to beat, v, against … is its team.
      if (en.isSport(k.tokenStart)) {
        // (The words' Ctx bits: a number per word id, not their strings looked up in the sets.)
        const before = k.tokenStart > 0 && !(t.flags[k.tokenStart] & TokenFlag.LineStart) && this.context(k.tokenStart - 1) & (Ctx.TeamBefore | Ctx.Versus);
        if (before || k.tokenEnd < t.count && !(t.flags[k.tokenEnd] & TokenFlag.LineStart) && this.context(k.tokenEnd) & Ctx.TeamAfter) { retype(k, 'organization', 'en.org.results-team'); continue; }
      }
      // NEW YORK 74 59 .556: in sports results a city followed by a score is its team.
      const row = this.layout.get(k.tokenStart);
      if (row ? row.b === k.tokenEnd && row.type === 'organization' : en.isSport(k.tokenStart) && teamRow(en, k.tokenStart, k.tokenEnd)) {
        retype(k, 'organization', 'en.org.results-team');
      }
    }
    let w = 0;
    for (let j = 0; j < known.length; j++) if (!drop[j]) known[w++] = known[j];
    known.length = w;
    // An event's name is no one's: rules that read a person or a place in it go too (U.S. Open).
    if (blocked.length) {
      const stop = SCRATCH.bytes(this.t.count);
      for (const r of blocked) stop.fill(1, r.a, r.b);
      filterInPlace(rules, (r) => { for (let i = r.tokenStart; i < r.tokenEnd; i++) if (stop[i]) return false; return true; });
      for (const r of blocked) this.covered.fill(1, r.a, r.b);
    }
  }

  /** in Shah Alam, at Prince George: a title-name after a preposition of place is the place's name. */
  private placeTitles(): void {
    const t = this.t;
    // Linda Park, Sam Hill: a given name before a tail that is also a surname makes no place.
    filterInPlace(this.rules, (r) => !(r.rule === 'en.place.ambiguous-tail' && r.tokenEnd - r.tokenStart >= 2 && this.en.givenNameEnd(r.tokenEnd - 2, true) === r.tokenEnd - 1));
    for (const r of this.rules) {
      // at Ellis Park: a name that ends in a place word after a preposition of place is the place.
      if (r.type === 'person' && r.tokenStart > 0 && this.context(r.tokenStart - 1) & (Ctx.PlacePreposition | Ctx.At)) {
        const m = this.en.matchId(Lex.placeTails, r.tokenEnd - 1);
        if (m && m.end === r.tokenEnd) { r.type = 'place'; r.rule = 'en.place.tail'; continue; }
      }
      if (r.rule !== 'en.person.title-name' || r.tokenStart < 2) continue;
      const title = r.tokenStart - 1;
      if (this.en.f.shape[title] !== Shape.Capital || !(this.context(title - 1) & (Ctx.PlacePreposition | Ctx.At))) continue;
      r.type = 'place';
      r.rule = 'en.place.preposition';
      r.tokenStart = title;
      r.start = t.start(title);
    }
  }

  /** Yusof Mat Isa: a person's name read from its second word goes back over the unknown capitalized word before it. */
  private extendPeopleLeft(): void {
    const t = this.t;
    const taken = SCRATCH.bytes(t.count);
    for (const c of this.known) taken.fill(1, c.tokenStart, c.tokenEnd);
    for (const c of this.selected) taken.fill(1, c.tokenStart, c.tokenEnd);
    for (const c of this.selected) {
      // Only a name read from a weak start: a given name that is also a word (Mat Isa), initials.
      if (c.type !== 'person' || (c.rule !== 'en.person.weak-given-name' && c.rule !== 'en.person.initials')) continue;
      const p = c.tokenStart - 1;
      if (p < 0 || taken[p] || t.flags[c.tokenStart] & TokenFlag.LineStart || this.en.initial(p)) continue;
      if (this.en.nameWordEnd(p) !== c.tokenStart || this.en.f.shape[p] !== Shape.Capital) continue;
      if (notPlain(this.en, p, p + 1)) continue;
      c.tokenStart = p;
      c.start = t.start(p);
      taken[p] = 1;
    }
  }

  /** Jordan, Washington: a known place alone that is the surname of a person named in full in the document is that person. */
  private surnamesOverPlaces(): void {
    const t = this.t;
    // (No person named in full, and no word of the places need be read.)
    if (this.personWords.size === 0) return;
    for (const k of this.known) {
      if (k.type !== 'place' || k.tokenEnd - k.tokenStart !== 1) continue;
      const p = this.personWords.get(t.norm(k.tokenStart));
      if (!p || p.entities.length || t.norm(p.tokenEnd - 1) !== t.norm(k.tokenStart)) continue;
      retype(k, 'person', 'en.person.partial-name');
      adopt(this.en, k, p);
    }
  }

  /** Dynamo Moscow, Philadelphia Eagles, Manchester City: in sport, a club is a city and a name. */
  private clubs(): void {
    const { en, t } = this;
    for (const k of [...this.known]) {
      // (The sentence's verdict, kept per sentence, before the records of the place's entities.)
      if (k.type !== 'place' || !en.isSport(k.tokenStart) || !this.isCity(k)) continue;
      const p = k.tokenStart - 1, n = k.tokenEnd;
      // Philadelphia Eagles, Chicago Cubs: the city and a plural nickname.
      if (n < t.count && !this.covered[n] && !(t.flags[n] & TokenFlag.LineStart) && en.f.shape[n] === Shape.Capital && en.nounWordEnd(n) === n + 1 && t.norm(n).endsWith('s') && !en.matchId(Lex.breakers, n)) {
        this.swapKnown(k, this.make(k.tokenStart, n + 1, 'organization', 'en.org.club', 0.7));
        continue;
      }
      // Dynamo Moscow, Rotor Volgograd: a name and its city.
      if (p >= 0 && !this.covered[p] && !(t.flags[k.tokenStart] & TokenFlag.LineStart) && en.f.shape[p] === Shape.Capital && en.nameWordEnd(p) === k.tokenStart && !en.matchId(Lex.commonWords, p) && en.givenNameEnd(p, true) < 0) {
        this.swapKnown(k, this.make(p, k.tokenEnd, 'organization', 'en.org.club', 0.7));
      }
    }
  }

  /** Replaces a known candidate by a rule candidate over it. */
  private swapKnown(k: Candidate, c: Candidate): void {
    // A native search and splice, not a filtering pass with a callback: a results table may swap
    // hundreds of clubs out of a list of hundreds of known names.
    const known = this.known;
    for (let j = known.indexOf(k); j >= 0; j = known.indexOf(k, j)) known.splice(j, 1);
    this.add(c);
  }

  // ---- 3. acronyms and credits ----

  /** Civil Aviation Authority of Nepal (CAAN): the acronym names what its letters spell. */
  private acronymDefinitions(): void {
    const t = this.t;
    const kind = t.kind;
    // Only the tokens after an opening bracket: the native search of the view finds those few.
    for (let open = tokenOfUnit(t, '(', 0); open >= 0; open = tokenOfUnit(t, '(', open + 1)) {
      const i = open + 1;
      if (i < 2 || i + 1 >= t.count) continue;
      if (kind[i] !== TokenKind.Word || kind[i - 1] !== TokenKind.Punct || kind[i + 1] !== TokenKind.Punct) continue;
      if (t.unit(i + 1) !== Unit.ClosingParen) continue;
      const letters = capitals(this.en.doc.text.slice(t.start(i), t.end(i)));
      if (letters.length < 2 || letters.length > 8) continue;
      const a = spelledBy(this.en, letters, i - 1);
      if (a < 0) continue;
      // The name: a candidate that ends before the bracket and holds the spelled words, else a new organization.
      let name = this.candidateEnding(i - 1, a);
      if (!name) {
        if (this.covered.subarray(a, i - 1).some((x) => x === 1)) continue;
        name = this.make(a, i - 1, 'organization', 'en.org.acronym', 0.8);
        this.add(name);
      }
      const acr = this.make(i, i + 1, name.type, 'en.acronym', 0.8, name);
      if (!this.covered[i]) this.add(acr);
      this.acronyms.set(t.norm(i), name);
    }
  }

  private candidateEnding(b: number, a: number): Candidate | null {
    const c = this.coveredBy(this.byEnd, b);
    return c && c.tokenStart <= a && c.type !== 'person' ? c : null;
  }

  /** Picture: iStock; Copyright Fredrik Persson/AP: a one-word credit is an agency, a longer one a photographer. */
  private credits(): void {
    const t = this.t;
    const marks = CREDIT_MARKS.of(t.words);
    for (let i = 0; i + 1 < t.count; i++) {
      // Most words open no credit: their mark says so with one byte read.
      const id = t.word[i];
      if (marks[id] === 0) marks[id] = CREDITS.has(t.norm(i)) || t.norm(i) === 'by' ? Mark.Some : Mark.None;
      if (marks[id] === Mark.None) continue;
      // By Enkosi Selane: a byline at a line's start credits its writers.
      const byline = t.norm(i) === 'by' && !!(t.flags[i] & TokenFlag.LineStart);
      if (!CREDITS.has(t.norm(i)) && !byline) continue;
      let p = i + 1;
      if (t.unit(p) === Unit.Colon || t.size(p) === 2 && t.norm(p) === 'by') p++;
      if (p >= t.count || this.covered[p] || t.kind[p] !== TokenKind.Word || t.flags[p] & TokenFlag.LineStart) continue;
      // A brand written in camel case (iStock) is a name too.
      const camel = this.en.f.shape[p] === Shape.Lower && UPPER_LETTER.test(this.en.doc.text.slice(t.start(p), t.end(p)));
      let b = p;
      if (camel) b = p + 1;
      else b = runEnd(this.en, p, this.covered);
      if (b <= p) continue;
      const words = countWords(this.en, p, b);
      // A photographer's name, or an agency's (Example Photos, Getty Images: ordinary or head words).
      const person = words > 1 && !ordinaryWords(this.en, p, b) && !notPlain(this.en, p, b) && !this.en.matchId(Lex.commonWords, p);
      this.add(this.make(p, b, person ? 'person' : 'organization', 'en.credit', 0.7));
    }
  }

  // ---- 4. evidence ----

  /** The {@link Ctx} bits of token `i`'s word. */
  private context(i: number): number {
    const id = this.t.word[i];
    let m = this.contextTable[id];
    if (m === 0) this.contextTable[id] = m = contextBits(this.t.norm(i));
    return m;
  }

  /** Whether token `i`'s word is a word of a person named in full (see {@link personWords}); read only when some person is. */
  private namesPerson(i: number): boolean {
    return this.personWords.size !== 0 && !!this.personWords.get(this.t.norm(i));
  }

  /** A type for a run from its context; `strong`: only the surest kinds of evidence. */
  private evidence(r: Run, strong: boolean): Candidate | null {
    const { en, t } = this;
    const { a, b } = r;
    const words = countWords(en, a, b);
    const initial = en.initial(a);
    const sport = en.isSport(a);
    const given = en.givenNameEnd(a, true) > a;
    // The words before and after on the line, as their Ctx bits (0: none).
    const hasNext = b < t.count && !(t.flags[b] & TokenFlag.LineStart);
    const prev = a > 0 && !(t.flags[a] & TokenFlag.LineStart) ? this.context(a - 1) : 0;
    const next = hasNext ? this.context(b) : 0;

    // Gauteng Cogta: a name that ends in an acronym the document defined.
    const acr = this.acronyms.size ? this.acronyms.get(t.norm(b - 1)) : undefined;
    if (acr && words <= 3) return this.make(a, b, acr.type, 'en.acronym', 0.75, acr);
    // Jansher Khan ( Pakistan ), Red Star ( Yugoslavia ): a name and its country in results.
    if (next & Ctx.Open && knownPlaceAt(this.known, b + 1)) {
      if (words >= 2 && plainRun(en, r) && !ordinaryRun(en, r)) return this.make(a, b, 'person', 'en.person.results-country', 0.7);
      if (sport) return this.make(a, b, 'organization', 'en.org.results-country', 0.6);
    }
    // Duran, 45, …: an age in apposition.
    if (next & Ctx.Comma && b + 2 < t.count && t.kind[b + 1] === TokenKind.Number && t.unit(b + 2) === Unit.Comma && /^\d{2}$/.test(t.norm(b + 1)) && plainRun(en, r)) {
      return this.make(a, b, 'person', 'en.person.age', 0.75);
    }
    // Leicestershire beat Somerset; v Durham: teams in sports results.
    // v Durham: "v" for versus is written only between teams (and parties at law).
    if (prev & Ctx.Versus && !given && words <= 3) return this.make(a, b, 'organization', 'en.org.results-team', 0.6);
    if (sport && !given && !this.namesPerson(a) && !(initial && ordinaryRun(en, r))) {
      // Leicestershire beat Somerset; Hove : Sussex 363; Surrey captain Chris Lewis; the Phillies.
      const role = hasNext && en.f.shape[b] === Shape.Lower && en.matchId(Lex.titles, b)?.tags.has('nominal');
      const nickname = prev & Ctx.The && words === 1 && t.norm(b - 1).endsWith('s') && !initial;
      if (teamRow(en, a, b) || next & Ctx.TeamAfter || prev & Ctx.TeamBefore || role || nickname) {
        return this.make(a, b, 'organization', 'en.org.results-team', 0.6);
      }
    }
    // Magna shares rose; shares in Pirelli: a company in market news.
    if (words <= 3 && !given && (next & Ctx.MarketAfter || a >= 2 && prev & Ctx.MarketBeforeLast && MARKET_BEFORE.has(`${t.norm(a - 2)} ${t.norm(a - 1)}`)) && !ordinaryRun(en, r)) {
      return this.make(a, b, 'organization', 'en.org.market', 0.6);
    }
    if (given && words >= 2 && !initial && plainRun(en, r)) return this.make(a, b, 'person', 'en.person.given-name', 0.7);
    if (strong) return null;
    // in Faenza described …: a preposition of place comes before the verb's reading.
    if (!initial && words <= 3 && prev & Ctx.PlacePreposition && !this.namesPerson(a) && !given) {
      return this.make(a, b, 'place', 'en.place.preposition', 0.55);
    }
    // Niroula said …; …, said Strömmer.
    const sv = b < t.count && !(t.flags[b] & TokenFlag.LineStart) ? en.matchId(Lex.speechVerbs, b) : null;
    if (sv && (sv.tags.has('past') || sv.tags.has('present')) && !sv.tags.has('ambiguous') && words <= 3 && !(initial && words === 1) && plainRun(en, r) && !ordinaryRun(en, r)) {
      return this.make(a, b, 'person', 'en.person.speaker', 0.65);
    }
    if (a > 0 && !initial && en.matchId(Lex.speechVerbs, a - 1)?.tags.has('past') && (!hasNext || next & (Ctx.Stop | Ctx.Comma)) && words <= 3 && plainRun(en, r)) {
      return this.make(a, b, 'person', 'en.person.speaker', 0.65);
    }
    // the town of Bou Haroun; Jakarta's Tanjung Priok port: a kind of place next to its name.
    if (words <= 3 && !given && (prev & Ctx.Of && a >= 2 && en.matchId(Lex.placeNouns, a - 2)?.end === a - 1 || hasNext && en.matchId(Lex.placeNouns, b)?.end === b + 1 && en.f.shape[b] === Shape.Lower)) {
      if (!this.namesPerson(a)) return this.make(a, b, 'place', 'en.place.noun', 0.6);
    }
    // Le Matin newspaper, the Sereipheap Thmei newspaper: a kind of organization after its name.
    if (words <= 3 && !given && hasNext && en.f.shape[b] === Shape.Lower && en.matchId(Lex.orgNouns, b)?.end === b + 1 && !this.namesPerson(a) && !ordinaryRun(en, r)) {
      return this.make(a, b, 'organization', 'en.org.noun', 0.6);
    }
    // in Gauteng, near Kathmandu; at Headingley in sport; at Menara KWSP in Shah Alam.
    const venue = prev & Ctx.At && next & (Ctx.In | Ctx.Comma) && b + 1 < t.count && (knownPlaceAt(this.known, b + 1) || this.candidateStartingAt(b + 1)?.type === 'place');
    // in the Midwest, across the Balkans: one word after "the" after a preposition of place.
    if (prev & Ctx.The && a >= 2 && this.context(a - 2) & Ctx.PlacePreposition && words === 1 && !this.namesPerson(a) && plainRun(en, r) && !ordinaryRun(en, r)) {
      return this.make(a, b, 'place', 'en.place.preposition', 0.5);
    }
    if (!initial && words <= 3 && (prev & Ctx.PlacePreposition || (sport && prev & Ctx.At) || venue) && !this.namesPerson(a)) {
      return this.make(a, b, 'place', 'en.place.preposition', 0.55);
    }
    return null;
  }

  // ---- 5. the document's other names ----

  /** The same words, a person's surname or first name, a club's first word, named elsewhere in the document. */
  private propagated(r: Run): Candidate | null {
    const t = this.t;
    const { a, b } = r;
    const key = runKey(this.en, r);
    const same = this.byText.get(key);
    if (same) return this.make(a, b, same.type, 'en.propagated', 0.7, same);
    if (countWords(this.en, a, b) !== 1) return null;
    const p = this.personWords.get(key);
    if (p) return this.make(a, b, 'person', 'en.person.partial-name', 0.7, p);
    const club = this.clubWords.size ? this.clubWords.get(t.norm(a)) : undefined;
    if (club) return this.make(a, b, 'organization', 'en.org.short-name', 0.65, club);
    return null;
  }

  /** Essex, Derbyshire and Surrey; Petronas, Proton, and others: a one-word name listed with names of one type takes it. */
  private coordinated(r: Run): Candidate | null {
    const { en, t } = this;
    const { a, b } = r;
    if (countWords(en, a, b) !== 1 || en.f.shape[a] !== Shape.Capital || en.initial(a) && !(a > 0 && this.context(a - 1) & COORDINATING)) return null;
    if (en.givenNameEnd(a, true) > a || ordinaryRun(en, r)) return null;
    const near = (i: number): Candidate | null => this.candidateAt(i);
    let type: EntityType | null = null;
    // Left: … X , [run] / X and [run]; right: [run] , X / [run] and X.
    if (a >= 2 && this.context(a - 1) & COORDINATING && !(t.flags[a - 1] & TokenFlag.LineStart)) {
      const comma = t.unit(a - 2) === Unit.Comma;
      const c = near(a - 2) ?? (a >= 3 && comma ? near(a - 3) : null);
      if (c && c.tokenEnd === (comma && c.tokenEnd === a - 2 ? a - 2 : a - 1)) type = c.type;
    }
    if (!type && b + 1 < t.count && this.context(b) & COORDINATING && !(t.flags[b] & TokenFlag.LineStart)) {
      let j = b + 1;
      if (t.unit(b) === Unit.Comma && this.context(j) & (Ctx.And | Ctx.Or)) j++;
      const c = j < t.count ? this.candidateStartingAt(j) : null;
      if (c) type = c.type;
    }
    if (!type) return null;
    // Clinton and Dole: a person too, when the word is no ordinary one (checked above) and stands inside a sentence.
    if (type === 'person' && (en.initial(a) || en.f.titleText[a])) return null;
    return this.make(a, b, type, 'en.coordination', 0.6);
  }

  /** The candidate (known, kept rule or added) whose last token is `i`, or null. */
  private candidateAt(i: number): Candidate | null {
    return this.coveredBy(this.byEnd, i + 1) ?? null;
  }

  /** The candidate (known, kept rule or added) whose first token is `i`, or null. */
  private candidateStartingAt(i: number): Candidate | null {
    return this.coveredBy(this.byStart, i) ?? null;
  }

  /** IRA, FOMC: an acronym no list knows, inside a mixed-case sentence, most often names an organization. */
  private acronymAlone(r: Run): Candidate | null {
    const { en, t } = this;
    if (r.b !== r.a + 1 || en.f.shape[r.a] !== Shape.Upper || en.f.titleText[r.a]) return null;
    const n = t.end(r.a) - t.start(r.a);
    if (n < 2 || n > 6 || r.a === 0 || t.flags[r.a] & TokenFlag.LineStart || !plainRun(en, r)) return null;
    // the IRA, the NLD said: with an article before it or a speech verb after it.
    const sv = r.b < t.count ? en.matchId(Lex.speechVerbs, r.b) : null;
    if (!(this.context(r.a - 1) & Ctx.The) && !(sv && (sv.tags.has('past') || sv.tags.has('present')))) return null;
    return this.make(r.a, r.b, 'organization', 'en.org.acronym-alone', 0.5);
  }

  /** Two or three capitalized words no list or rule explains, inside a sentence and not a Title Case line: a person. */
  private nameShape(r: Run): Candidate | null {
    const { en, t } = this;
    const { a, b } = r;
    const words = countWords(en, a, b);
    if (words < 2 || words > 3 || en.f.titleText[a] || !plainRun(en, r)) return null;
    // a developing La Niña pattern, the Local Government Turnaround Strategy: a determiner before is no person's.
    for (let k = a - 1; k >= Math.max(0, a - 2); k--) {
      if (t.kind[k] !== TokenKind.Word || t.flags[k + 1] & TokenFlag.LineStart) break;
      if (DETERMINERS.has(t.norm(k))) return null;
      if (en.f.shape[k] !== Shape.Lower) break;
    }
    for (let i = a; i < b; i++) if (t.kind[i] === TokenKind.Word && en.f.shape[i] !== Shape.Capital && !(i > a && particleAt(t, i)) && !(i > a && en.f.joinedAt(i - 1))) return null;
    // Grand Slam, Cultural Revolution, Net Income: every word an ordinary English word.
    if (ordinaryRun(en, r)) return null;
    return this.make(a, b, 'person', 'en.person.name-shape', 0.6);
  }

  /** A run of capitals in all-caps text that the document names elsewhere. */
  private capsName(i: number): Candidate | null {
    const { en, t } = this;
    let b = i;
    while (b < t.count && !this.covered[b] && en.f.shape[b] === Shape.Upper && !(b > i && t.flags[b] & TokenFlag.LineStart) && !isFunctionWord(en, b)) b = Math.max(b + 1, en.f.wordEnd(b));
    if (b === i) return null;
    for (let e = b; e > i; e--) {
      const key = textKey(en, i, e);
      const same = this.byText.get(key);
      if (same && same.via !== 'gazetteer') return this.make(i, e, same.type, 'en.propagated', 0.65, same);
      if (e === i + 1) {
        const p = this.personWords.get(key);
        if (p) return this.make(i, e, 'person', 'en.person.partial-name', 0.65, p);
        const club = this.clubWords.get(key);
        if (club) return this.make(i, e, 'organization', 'en.org.short-name', 0.6, club);
      }
    }
    return null;
  }

  /** One-word person mentions take the key of the one full name they are part of (Anwar → Anwar Ibrahim). */
  private shareKeys(): void {
    const t = this.t;
    // The words a full name is looked up by below, by word id: a one-word mention's word, a longer
    // one's last. Only the full names' words among them are compared (each comparison may
    // normalize both names' text); none, and there is nothing to share.
    const asked = new Set<number>();
    for (const list of [this.selected, this.out]) {
      for (const c of list) if (c.type === 'person' && !c.entities.length) asked.add(t.word[c.tokenEnd - 1]);
    }
    if (asked.size === 0) return;
    // By word id (one id, one word): a number to hash, not the word's string to read.
    const full = new Map<number, Candidate | null>();
    for (const list of [this.known, this.selected, this.out]) {
      for (const c of list) {
        if (c.type !== 'person' || c.tokenEnd - c.tokenStart < 2) continue;
        for (let i = c.tokenStart; i < c.tokenEnd; i++) {
          if (t.kind[i] !== TokenKind.Word || t.size(i) < 3) continue;
          const w = t.word[i];
          if (!asked.has(w)) continue;
          // Each word of the name once (a name is a few words: a look back costs less than a set).
          if (sameWordBefore(t, c.tokenStart, i)) continue;
          const prev = full.get(w);
          if (prev === undefined) full.set(w, c);
          else if (prev && !sameReferent(this.en, prev, c)) full.set(w, null);
        }
      }
    }
    for (const list of [this.selected, this.out]) {
      for (const c of list) {
        if (c.type !== 'person' || c.entities.length) continue;
        if (c.tokenEnd - c.tokenStart === 1) {
          const f = full.get(t.word[c.tokenStart]);
          if (f && f !== c) adopt(this.en, c, f);
        } else {
          // A longer or shorter spelling of a name already given (Jacob Boy Mamabolo): the first one's entity.
          const f = full.get(t.word[c.tokenEnd - 1]);
          if (f && f !== c && f.start < c.start) adopt(this.en, c, f);
        }
      }
    }
  }
}

// ---- helpers ----------------------------------------------------------------------------------

/**
 * The known candidates that start at each token, as chains of indexes in the list's order: two
 * typed arrays instead of a map of arrays (one array per start).
 */
class KnownStarts {
  /** Per token, index + 1 of the first candidate starting there (0: none). */
  private readonly head: Int32Array;
  /** Per candidate, index + 1 of the next one with its start (0: none). */
  private readonly link: Int32Array;

  constructor(known: readonly Candidate[], n: number, scratch: Scratch) {
    this.head = scratch.ints(n);
    this.link = scratch.ints(known.length);
    // Backwards, so that each chain runs in the list's order.
    for (let j = known.length - 1; j >= 0; j--) {
      const s = known[j].tokenStart;
      this.link[j] = this.head[s];
      this.head[s] = j + 1;
    }
  }

  /** Index of the first candidate starting at token `i`, or -1. */
  first(i: number): number {
    return this.head[i] - 1;
  }

  /** Index of the next candidate with the start of candidate `j`, or -1. */
  next(j: number): number {
    return this.link[j] - 1;
  }
}

/** Whether a token of `[a, i)` is the word of token `i` (interned: one word id, one word). */
function sameWordBefore(t: TokenList, a: number, i: number): boolean {
  for (let j = a; j < i; j++) if (t.word[j] === t.word[i]) return true;
  return false;
}

function filterInPlace<T>(list: T[], keep: (x: T) => boolean): void {
  let w = 0;
  for (const x of list) if (keep(x)) list[w++] = x;
  list.length = w;
}

function note(en: EnglishWords, map: Map<string, Candidate | null>, key: string, c: Candidate): void {
  const prev = map.get(key);
  if (prev === undefined) map.set(key, c);
  else if (prev && !sameReferent(en, prev, c)) map.set(key, null);
}

/** Whether two candidates name one referent: one dictionary entity, or one unknown name of one type. */
function sameReferent(en: EnglishWords, a: Candidate, b: Candidate): boolean {
  if (a.entities.length || b.entities.length) return a.entities[0] === b.entities[0];
  if (a.type !== b.type) return false;
  // Of one type, two candidates with no key yet have one key when their names normalize alike
  // (compared without building the keys: a name is compared again and again).
  if (a.key === undefined && b.key === undefined ? en.normalizedText(a.start, a.end) === en.normalizedText(b.start, b.end) : referentKey(en, a) === referentKey(en, b)) return true;
  // Jacob Mamabolo and Jacob Boy Mamabolo: one person, with and without a middle name.
  const t = en.doc.tokens;
  return a.type === 'person' && a.tokenEnd - a.tokenStart >= 2 && b.tokenEnd - b.tokenStart >= 2 &&
    t.norm(a.tokenStart) === t.norm(b.tokenStart) && t.norm(a.tokenEnd - 1) === t.norm(b.tokenEnd - 1);
}

/** The unknown-entity key of a candidate, as resolution will give it (its type and normalized name). */
function referentKey(en: EnglishWords, c: Candidate): string {
  return c.key ?? `${c.type}:${en.normalizedText(c.start, c.end)}`;
}

/** Gives `c` the entity of `like`: its dictionary entity, or its unknown-entity key and name. */
function adopt(en: EnglishWords, c: Candidate, like: Candidate): void {
  if (like.entities.length) { c.entities = like.entities.slice(); return; }
  if (!like.key) {
    like.name = en.doc.text.slice(like.start, like.end);
    like.key = `${like.type}:${en.normalizedText(like.start, like.end)}`;
  }
  c.key = like.key;
  c.name = like.name;
}

/** The key of the last word of `[a, b)`, a joined compound whole (O'Brien, Jean-Claude). */
function lastWordKey(en: EnglishWords, a: number, b: number): string {
  let s = b - 1;
  while (s - 2 >= a && en.f.joinedAt(s - 1)) s -= 2;
  return textKey(en, s, b);
}

/** {@link textKey} of run `r`, made once (several readings look it up). */
function runKey(en: EnglishWords, r: Run): string {
  return (r.key ??= textKey(en, r.a, r.b));
}

/** The lower-case words of `[a, b)`, joined by spaces (punctuation inside kept). */
function textKey(en: EnglishWords, a: number, b: number): string {
  const t = en.doc.tokens;
  // One word: its interned string, no new one.
  if (b === a + 1) { const w = t.norm(a); return w === '&' ? 'and' : w; }
  // Most often the view holds the key as it is: one slice then, not a string built word by word
  // (whose pieces a map lookup would copy into one again).
  if (viewHoldsKey(t, a, b)) return t.view.text.slice(t.nStart[a], t.nEnd[b - 1]);
  let s = '';
  for (let i = a; i < b; i++) {
    const w = t.norm(i);
    s += (i > a && t.flags[i] & TokenFlag.SpaceBefore ? ' ' : '') + (w === '&' ? 'and' : w);
  }
  return s;
}

/**
 * Whether the normalized view's text from token `a` to the end of token `b - 1` is their
 * {@link textKey}: no `&` among them, and between two tokens one space where the second has a
 * space before it, nothing where it has none.
 */
function viewHoldsKey(t: TokenList, a: number, b: number): boolean {
  const text = t.view.text;
  for (let i = a; i < b; i++) {
    if (t.unit(i) === Unit.Ampersand) return false;
    if (i === a) continue;
    const gap = t.nStart[i] - t.nEnd[i - 1];
    if (t.flags[i] & TokenFlag.SpaceBefore ? gap !== 1 || text.charCodeAt(t.nEnd[i - 1]) !== 32 : gap !== 0) return false;
  }
  return true;
}

/**
 * The rule candidates resolution will keep, as selectCandidates picks them: longest first, then
 * the more confident; none overlapping another or a known name, except an organization around
 * a known place or person.
 */
function selectRules(rules: Candidate[], known: Candidate[], n: number, scratch: Scratch): Candidate[] {
  const byLength = rules.slice().sort((x, y) => (y.end - y.start) - (x.end - x.start) || y.confidence - x.confidence || x.start - y.start);
  const taken = scratch.bytes(n);
  // Which known candidate covers each token (index + 1).
  const knownAt = scratch.ints(n);
  known.forEach((k, j) => knownAt.fill(j + 1, k.tokenStart, k.tokenEnd));
  const out: Candidate[] = [];
  for (const r of byLength) {
    let clash = false;
    for (let i = r.tokenStart; i < r.tokenEnd && !clash; i++) {
      if (taken[i]) { clash = true; break; }
      const j = knownAt[i];
      if (!j) continue;
      // Only an organization may hold known names (a university and its city), never cross them.
      const k = known[j - 1];
      clash = r.type !== 'organization' || k.tokenStart < r.tokenStart || k.tokenEnd > r.tokenEnd || k.type === 'organization';
    }
    if (clash) continue;
    taken.fill(1, r.tokenStart, r.tokenEnd);
    out.push(r);
  }
  return out;
}



function retype(k: Candidate, type: EntityType, rule: string): void {
  k.type = type;
  k.entities = [];
  k.via = 'rule';
  k.rule = rule;
  k.flags = 0;
  k.key = undefined;
  k.name = undefined;
}

/** Whether token `i` is a hyphen. */
function hyphenAt(t: TokenList, i: number): boolean {
  return i >= 0 && i < t.count && t.kind[i] === TokenKind.Punct && t.unit(i) === Unit.Hyphen;
}

function adjectiveCompound(en: EnglishWords, a: number, b: number): boolean {
  const t = en.doc.tokens;
  if (b + 1 < t.count && hyphenAt(t, b) && !(t.flags[b] & TokenFlag.SpaceBefore) && !(t.flags[b + 1] & TokenFlag.SpaceBefore) && en.f.shape[b + 1] === Shape.Lower) return true;
  if (a >= 2 && hyphenAt(t, a - 1) && !(t.flags[a] & TokenFlag.SpaceBefore) && !(t.flags[a - 1] & TokenFlag.SpaceBefore) && en.f.shape[a - 2] === Shape.Lower) return true;
  return false;
}

/** A model code at `i`: letters and digits written together (A350, F-16, 737-800). */
function modelCode(en: EnglishWords, i: number): boolean {
  const t = en.doc.tokens;
  if (i + 1 >= t.count || t.flags[i] & TokenFlag.LineStart) return false;
  if (t.kind[i] === TokenKind.Word && en.f.shape[i] !== Shape.Lower && t.end(i) - t.start(i) <= 2) {
    let j = i + 1;
    if (t.unit(j) === Unit.Hyphen && !(t.flags[j] & TokenFlag.SpaceBefore)) j++;
    return j < t.count && t.kind[j] === TokenKind.Number && !(t.flags[j] & TokenFlag.SpaceBefore);
  }
  return t.kind[i] === TokenKind.Number && i + 2 < t.count && t.unit(i + 1) === Unit.Hyphen && !(t.flags[i + 1] & TokenFlag.SpaceBefore) && t.kind[i + 2] === TokenKind.Number && !(t.flags[i + 2] & TokenFlag.SpaceBefore) && t.size(i) === 3;
}

/** End of an event's name that a place at `b` opens (… Open, … Film Festival), or -1. */
function eventEnd(en: EnglishWords, b: number): number {
  const t = en.doc.tokens;
  for (let k = 0, i = b; k < 3 && i < t.count && !(t.flags[i] & TokenFlag.LineStart); k++) {
    // A word in lower case neither ends an event's name as written nor is a name word: its shape
    // says so before the lexicon is asked (most places are followed by one or by punctuation).
    if (en.f.shape[i] === Shape.Lower) return -1;
    const m = en.matchId(Lex.eventTails, i);
    // WORLD CUP in a capitals headline counts as written.
    if (m && (en.casedSpan(i, m.end) || en.f.capsText[i] && en.f.shape[i] === Shape.Upper)) return m.end;
    if (en.nounWordEnd(i) !== i + 1 && !(en.f.capsText[i] && en.f.shape[i] === Shape.Upper)) return -1;
    i++;
  }
  return -1;
}

/** A results row: the name at a line's start (or after a separator) and a score or table numbers right after. */
function teamRow(en: EnglishWords, a: number, b: number): boolean {
  const t = en.doc.tokens;
  if (b >= t.count || t.kind[b] !== TokenKind.Number || t.flags[b] & TokenFlag.LineStart) return false;
  if (isDate(en, b)) return false;
  const p = a > 0 ? t.unit(a - 1) : -1;
  return !!(t.flags[a] & TokenFlag.LineStart) || p === Unit.Comma || p === Unit.Semicolon || p === Unit.ClosingParen || p === Unit.Colon || (a > 0 && t.kind[a - 1] === TokenKind.Number);
}

/** 1996-08-30, 30/08/1996, 1996: a date, as datelines write it after the place. */
function isDate(en: EnglishWords, i: number): boolean {
  const t = en.doc.tokens;
  // (Lengths and marks read in the view: the word's string only for a token of four units.)
  if (t.size(i) === 4) { const w = t.norm(i); if (w.startsWith('19') || w.startsWith('20')) return true; }
  const sep = i + 1 < t.count ? t.unit(i + 1) : -1;
  return (sep === Unit.Hyphen || sep === Unit.Slash) && i + 3 < t.count && !(t.flags[i + 1] & TokenFlag.SpaceBefore) && t.kind[i + 2] === TokenKind.Number && !(t.flags[i + 2] & TokenFlag.SpaceBefore) && t.unit(i + 3) === sep;
}

function knownPlaceAt(known: Candidate[], i: number): boolean {
  let lo = 0, hi = known.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (known[m].tokenStart < i) lo = m + 1; else hi = m; }
  for (let k = lo; k < known.length && known[k].tokenStart === i; k++) if (known[k].type === 'place') return true;
  return false;
}

/** True when a word of `[a, b)` is a head, tail, title or sport word (the run is then no plain name). */
function notPlain(en: EnglishWords, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    // (Most words start no entry of these lexicons: one bit test says so.)
    if (en.doc.tokens.kind[i] !== TokenKind.Word || !en.mayStartAny(NOT_PLAIN_MASK, i)) continue;
    for (const id of NOT_PLAIN) if (en.matchId(id, i)) return true;
  }
  return false;
}

/** True when every word of `[a, b)` is an ordinary English word (the `common-words` lexicon): Grand Slam, Net Income. */
function ordinaryWords(en: EnglishWords, a: number, b: number): boolean {
  if (!en.hasLexicon('common-words')) return false;
  const t = en.doc.tokens;
  for (let i = a; i < b; i++) {
    if (t.kind[i] !== TokenKind.Word || (i > a && en.f.joinedAt(i - 1))) continue;
    if (!en.matchId(Lex.commonWords, i)) return false;
  }
  return true;
}

/** The opposite of {@link notPlain} for run `r`, asked once. */
function plainRun(en: EnglishWords, r: Run): boolean {
  if (r.plain === 0) r.plain = notPlain(en, r.a, r.b) ? -1 : 1;
  return r.plain === 1;
}

/** {@link ordinaryWords} of run `r`, asked once. */
function ordinaryRun(en: EnglishWords, r: Run): boolean {
  if (r.ordinary === 0) r.ordinary = ordinaryWords(en, r.a, r.b) ? 1 : -1;
  return r.ordinary === 1;
}

function countWords(en: EnglishWords, a: number, b: number): number {
  const t = en.doc.tokens;
  let n = 0;
  for (let i = a; i < b; i++) if (t.kind[i] === TokenKind.Word && !(i > a && en.f.joinedAt(i - 1))) n++;
  return n;
}

/** Lexicons of words that end a run of capitals in all-caps text. */
const FUNCTION_WORDS = [Lex.breakers, Lex.speechVerbs, Lex.titles];
/** {@link FUNCTION_WORDS} as the bits of {@link EnglishWords.mayStartAny}. */
const FUNCTION_MASK = EnglishWords.mask(FUNCTION_WORDS);

function isFunctionWord(en: EnglishWords, i: number): boolean {
  // (Most words start no entry of these lexicons: one bit test says so for the three.)
  if (!en.mayStartAny(FUNCTION_MASK, i)) return false;
  for (const id of FUNCTION_WORDS) {
    const m = en.matchId(id, i);
    if (m && m.end === i + 1) return true;
  }
  return false;
}

/**
 * The first token from token `from` on that is the one code unit `unit` (a bracket, say), or -1.
 * The view holds the tokens' normalized text in order, so its native search skips the tokens
 * between (a token of that one unit is found where the unit is, and only there).
 */
function tokenOfUnit(t: TokenList, unit: string, from: number): number {
  const text = t.view.text;
  let lo = from;
  for (let p = from < t.count ? text.indexOf(unit, t.nStart[from]) : -1; p >= 0; p = text.indexOf(unit, p + 1)) {
    // The token that starts at p, if one does (tokens start in order: a binary search).
    let hi = t.count;
    while (lo < hi) { const m = (lo + hi) >> 1; if (t.nStart[m] < p) lo = m + 1; else hi = m; }
    if (lo >= t.count) return -1;
    if (t.nStart[lo] === p && t.nEnd[lo] === p + 1) return lo;
  }
  return -1;
}

/** The capital letters of an acronym (CoGTA → CGTA), or '' when it is not one (two capitals at least, no digits). */
function capitals(s: string): string {
  let caps = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) caps += s[k];
    else if (!(c >= 97 && c <= 122)) return '';
  }
  return caps.length >= 2 && s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90 ? caps : '';
}

/** Start of the capitalized words before `b` whose initials spell `letters` (connectors skipped), or -1. */
function spelledBy(en: EnglishWords, letters: string, b: number): number {
  const t = en.doc.tokens;
  let k = letters.length - 1;
  let i = b - 1;
  for (; i >= 0 && k >= 0 && !(t.flags[i + 1] & TokenFlag.LineStart && i + 1 < b); i--) {
    if (t.kind[i] === TokenKind.Punct) { const u = t.unit(i); if (u === Unit.Ampersand || u === Unit.Hyphen || u === Unit.Period) continue; return -1; }
    if (t.kind[i] !== TokenKind.Word) return -1;
    const first = en.doc.text.charCodeAt(t.start(i));
    if (en.f.shape[i] === Shape.Lower) {
      if (first === letters.charCodeAt(k) + 32 && k === letters.length - 1) return -1;
      continue; // of, and, for, the
    }
    if (first !== letters.charCodeAt(k)) return -1;
    k--;
  }
  return k < 0 ? i + 1 : -1;
}

// ---- layout: datelines and results rows ----------------------------------------------------------

const MAX_ROW_TOKENS = 24;
const MAX_ROW_NAME = 4;

/**
 * Names that a line's layout explains, by first token:
 * - a dateline: the place at the start of a line, maybe its state or country after a comma,
 *   then a date, a month, the agency in brackets or a dash (LONDON 1996-08-30; MILWAUKEE,
 *   Wisconsin 1996-08-29; KATHMANDU, April 25 (Reuters) -);
 * - a standings row: a name and nothing but three numbers or more (Hereford 4 1 1 2 2 3 4);
 * - a result row: a name, a score, a name, a score (Pohang 3 Ulsan 2; Millwall 2 Burnley 1).
 * Teams are organizations; a known country stays a place (the caller retypes cities only).
 */
function lineNames(en: EnglishWords): Map<number, LineName> {
  const t = en.doc.tokens;
  const out = new Map<number, LineName>();
  for (const line of en.doc.lines) {
    const s = line.tokenStart, e = line.tokenEnd;
    if (t.kind[s] !== TokenKind.Word) continue;
    // Each kind of line needs a number or a comma right after its first name or one word later
    // (KATHMANDU, April 25; LONDON April 25). The name read without the breakers, which can only
    // end it sooner, tells most lines apart without asking the lexicon about their words.
    const rough = nameAt(en, s, e, false);
    if (rough <= s || !numberOrComma(t, s + 1, Math.min(e, rough + 2))) continue;
    const n1 = nameAt(en, s, e);
    if (n1 <= s) continue;
    // Dateline.
    let p = n1, n2a = -1, n2 = -1;
    if (p < e && t.unit(p) === Unit.Comma && p + 1 < e && t.kind[p + 1] === TokenKind.Word && !monthAt(t, p + 1)) {
      const q = nameAt(en, p + 1, e);
      if (q > p + 1) { n2a = p + 1; n2 = q; p = q; }
    }
    const dated = p < e && (t.kind[p] === TokenKind.Number && isDate(en, p) || t.unit(p) === Unit.Comma && p + 1 < e && monthAt(t, p + 1) || monthAt(t, p) && p + 1 < e && t.kind[p + 1] === TokenKind.Number);
    if (dated && (en.f.shape[s] === Shape.Upper || n2 > 0)) {
      out.set(s, { b: n1, type: 'place', rule: 'en.place.dateline' });
      if (n2 > 0) out.set(n2a, { b: n2, type: 'place', rule: 'en.place.dateline' });
      continue;
    }
    if (e - s > MAX_ROW_TOKENS) continue;
    // Standings row: whole numbers (a table of prices has decimals: Sales 9.06 9.31 8.42).
    let nums = 0, other = false;
    for (let i = n1; i < e && !other; i++) {
      if (t.kind[i] === TokenKind.Number) { if (digitsOnly(t, i)) nums++; }
      else if (t.kind[i] !== TokenKind.Punct) other = true;
    }
    // A row named by ordinary words (Sales, World) is a table of figures unless the text is about sport.
    if (!other && nums >= 3 && t.kind[n1] === TokenKind.Number && (!ordinaryWords(en, s, n1) || en.isSport(s)) && !isDate(en, n1)) {
      out.set(s, { b: n1, type: 'organization', rule: 'en.org.results-team' });
      continue;
    }
    // Result row.
    if (n1 < e && t.kind[n1] === TokenKind.Number && !isDate(en, n1) && n1 + 1 < e && t.kind[n1 + 1] === TokenKind.Word) {
      const m2 = nameAt(en, n1 + 1, e);
      if (m2 > n1 + 1 && m2 < e && t.kind[m2] === TokenKind.Number && (m2 + 1 === e || t.kind[m2 + 1] === TokenKind.Punct)) {
        out.set(s, { b: n1, type: 'organization', rule: 'en.org.results-team' });
        out.set(n1 + 1, { b: m2, type: 'organization', rule: 'en.org.results-team' });
      }
    }
  }
  return out;
}

/** The lengths of the shortest and the longest word of `words`, as [shortest, longest]. */
function lengthRange(words: ReadonlySet<string>): readonly [number, number] {
  let min = Infinity, max = 0;
  for (const w of words) { min = Math.min(min, w.length); max = Math.max(max, w.length); }
  return [min, max];
}

/**
 * Whether token `i`'s word is a month's name ({@link MONTHS}). Its length, read in the view, rules
 * most words out before their string is read and looked up.
 */
function monthAt(t: TokenList, i: number): boolean {
  const n = t.size(i);
  return n >= MONTH_LENGTHS[0] && n <= MONTH_LENGTHS[1] && MONTHS.has(t.norm(i));
}

/** Whether token `i`'s word is a name particle (de, van, bin: {@link NAME_PARTICLES}), its length read first as in {@link monthAt}. */
function particleAt(t: TokenList, i: number): boolean {
  const n = t.size(i);
  return n >= PARTICLE_LENGTHS[0] && n <= PARTICLE_LENGTHS[1] && NAME_PARTICLES.has(t.norm(i));
}

/** Whether token `i` is written in ASCII digits alone (/^\d+$/ of its word, read in the view). */
function digitsOnly(t: TokenList, i: number): boolean {
  const text = t.view.text;
  const a = t.nStart[i], b = t.nEnd[i];
  if (a === b) return false;
  for (let k = a; k < b; k++) { const c = text.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return true;
}

/** Whether a token of `[a, b)` is a number or a comma. */
function numberOrComma(t: TokenList, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t.kind[i] === TokenKind.Number || t.unit(i) === Unit.Comma) return true;
  return false;
}

/**
 * End of a short name of words (any case) from `i`: St Johnstone, KANSAS CITY, St. Louis.
 * `breakers`: a function word ends the name (without, the end may only be later).
 */
function nameAt(en: EnglishWords, i: number, e: number, breakers = true): number {
  const t = en.doc.tokens;
  let j = i, words = 0;
  while (j < e && t.kind[j] === TokenKind.Word && words < MAX_ROW_NAME) {
    const s = en.f.shape[j];
    if (s === Shape.Lower && !(words > 0 && particleAt(t, j))) break;
    const b = breakers ? en.matchId(Lex.breakers, j) : null;
    if (b && b.end === j + 1 && (!b.tags.has('ambiguous') || monthAt(t, j))) break;
    words++;
    j = Math.max(j + 1, en.f.wordEnd(j));
    if (j < e && t.unit(j) === Unit.Period && !(t.flags[j] & TokenFlag.SpaceBefore) && (s === Shape.Capital || s === Shape.Upper)) j++;
  }
  return words ? j : i;
}

// ---- capitalized runs ---------------------------------------------------------------------------

/** End of the run of name words from `i`: name words, initials, given names and particles between them. */
function runEnd(en: EnglishWords, i: number, covered: Uint8Array): number {
  const t = en.doc.tokens;
  let j = i;
  while (j < t.count && !covered[j] && !(j > i && t.flags[j] & TokenFlag.LineStart)) {
    let e = Math.max(en.nounWordEnd(j), en.initialEnd(j));
    // A given name that is also a word (June, Mark) joins a run only before a name word.
    if (e < 0) { const g = en.givenNameEnd(j, true); if (g > j && g < t.count && !covered[g] && en.nameWordEnd(g) > g) e = g; }
    if (e > j) { j = e; continue; }
    // de, van, bin between name words (Charles de Gaulle).
    if (j > i && en.f.shape[j] === Shape.Lower && particleAt(t, j)) {
      let k = j + 1;
      if (k < t.count && en.f.shape[k] === Shape.Lower && particleAt(t, k)) k++;
      if (k < t.count && !covered[k] && !(t.flags[k] & TokenFlag.LineStart) && en.nounWordEnd(k) > 0) { j = k; continue; }
    }
    break;
  }
  // A run of initials alone is no name (U.S.).
  let words = false;
  for (let k = i; k < j && !words; k++) words = t.kind[k] === TokenKind.Word && en.initialEnd(k) < 0;
  return words ? j : i;
}
