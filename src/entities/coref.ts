/**
 * Coreference inside a document: partial names (ستيرنيك → ألكسندر ستيرنيك),
 * offices (الرئيس الفرنسي → the President of France on the article's date;
 * الأمين العام للأمم المتحدة → Guterres), and role nominals (الدبلوماسي الروسي →
 * the Russian named just before); then the names only the document's other names
 * reveal (./names-alone.ts: a given name alone, the next name of a list). Adds
 * candidates; never removes one.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { Mark, tokenReadings, type ReadingCache } from '../gazetteer/match.js';
import type { LexiconSet } from '../rules/engine.js';
import { tagValue } from '../rules/lexicon-set.js';
import { procliticBeforeHamza } from '../rules/word-shape.js';
import type { Lexicon } from '../rules/lexicon.js';
import { FOREIGN_NAME_PARTICLES, ORDINALS } from '../text/name-particles.js';
import { normalize } from '../text/normalize.js';
import { TokenFlag, TokenKind } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { candidateKey } from './resolve.js';
import { listedNames, loneGivenName, opensNoName } from './names-alone.js';

const isLatinCapital = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Holders of an office, by `office|of`, with their terms. */
export type OfficeIndex = Map<string, { entity: number; from: string; to: string }[]>;

/** Indexes the roles of every dictionary entity. */
export function buildOfficeIndex(gaz: Gazetteer): OfficeIndex {
  const idx: OfficeIndex = new Map();
  gaz.entities.forEach((r, entity) => {
    for (const role of r.roles ?? []) {
      if (!role.of) continue;
      const key = `${role.office}|${role.of}`;
      const list = idx.get(key) ?? [];
      list.push({ entity, from: role.from ?? '0000', to: role.to ?? '9999' });
      idx.set(key, list);
    }
  });
  return idx;
}

/** What coreference reads besides the document. */
export interface CorefContext {
  gaz: Gazetteer;
  lex: LexiconSet;
  /** Office titles: entries tagged `office=<key>` (several per title). */
  offices: Lexicon;
  officeIndex: OfficeIndex;
  cache: ReadingCache;
  /** The article's date, YYYY-MM-DD, for office holders. */
  date: string;
}

/** Adds coreference candidates to a resolved, non-overlapping candidate list. */
export function addCoreference(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext): Candidate[] {
  const occupied = new Uint8Array(doc.tokens.count);
  for (const c of cands) for (let k = c.tokenStart; k < c.tokenEnd; k++) occupied[k] = 1;
  const added: Candidate[] = [];
  officeMentions(doc, cands, ctx, occupied, added);
  kingdomMentions(doc, cands, ctx, occupied, added);
  tailNames(doc, cands);
  partialNames(doc, cands, ctx, occupied, added);
  givenNames(doc, cands, ctx, occupied, added);
  listedNames(doc, cands, ctx, occupied, added);
  return [...cands, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Countries whose Arabic name is a kingdom's (المملكة العربية السعودية، مملكة البحرين), per gazetteer. */
const kingdomsOf = new WeakMap<Gazetteer, Set<number>>();
function kingdoms(gaz: Gazetteer): Set<number> {
  let k = kingdomsOf.get(gaz);
  if (k) return k;
  k = new Set();
  gaz.entities.forEach((r, i) => {
    if (r.kind !== 'country') return;
    const forms = [r.names?.ar ?? '', ...(r.aliases?.ar ?? [])];
    if (forms.some((f) => /^ال?مملكة\s/.test(f))) k!.add(i);
  });
  kingdomsOf.set(gaz, k);
  return k;
}

/**
 * «المملكة» alone, in a text about one kingdom, is that kingdom (a Saudi report's «مناطق
 * المملكة»): the kingdom the document's known names belong to most often, when one leads.
 */
function kingdomMentions(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, added: Candidate[]): void {
  const t = doc.tokens;
  // Most texts never write the word: one search of the normalized text says so.
  if (!doc.view.text.includes('مملكه')) return;
  const bare: { i: number; offset: number }[] = [];
  for (let i = 0; i < t.count; i++) {
    // (A plain string test first: the readings of every word would cost more than the rest of coreference.)
    if (occupied[i] || t.kind[i] !== TokenKind.Arabic || !t.norm(i).endsWith('مملكه')) continue;
    const r = tokenReadings(t, i, ctx.cache).find((x) => x.stem === 'مملكه' && /(?:ال|لل)$/.test(x.prefix));
    if (!r) continue;
    // المملكة المتحدة، المملكة المغربية: the words after name the kingdom themselves.
    if (i + 1 < t.count && t.kind[i + 1] === TokenKind.Arabic && (occupied[i + 1] || t.norm(i + 1) === 'المتحده' || ctx.lex.demonyms?.hasWordAt(t, i + 1, ctx.cache))) continue;
    bare.push({ i, offset: r.mentionOffset });
  }
  if (!bare.length) return;
  const ks = kingdoms(ctx.gaz);
  const score = new Map<number, number>();
  for (const c of cands) {
    if (!c.entities.length) continue;
    const rec = ctx.gaz.entities[c.entities[0]];
    const country = rec.kind === 'country' ? c.entities[0] : rec.country ? ctx.gaz.byId.get(`place:${rec.country.toLowerCase()}`) : undefined;
    if (country !== undefined && ks.has(country)) score.set(country, (score.get(country) ?? 0) + 1);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return;
  const kingdom = ranked[0][0];
  for (const { i, offset } of bare) {
    const start = offset ? t.startAt(t.nStart[i] + offset) : t.start(i);
    added.push({
      start, end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'place', entities: [kingdom],
      via: 'coreference', rule: 'coref.kingdom', form: 'nominal', flags: 0, confidence: 0.6,
    });
    occupied[i] = 1;
  }
}

/**
 * A person found by a rule whose words end a longer person's name in the document (عبد العاطي
 * after بدر عبد العاطي) is that person.
 */
function tailNames(doc: AkhbarDocument, cands: Candidate[]): void {
  const t = doc.tokens;
  const words = (c: Candidate) => {
    const w: string[] = [];
    for (let k = c.tokenStart; k < c.tokenEnd; k++) w.push(t.norm(k));
    return w;
  };
  const owner = new Map<string, Candidate | null>(); // tail → the one person it belongs to (null: several)
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const w = words(c);
    for (let k = 1; k < w.length; k++) {
      const tail = w.slice(k).join(' ');
      const prev = owner.get(tail);
      owner.set(tail, prev === undefined || (prev && candidateKey(prev) === candidateKey(c)) ? c : null);
    }
  }
  // The first word of someone's name, alone, may be that one: ambiguous (حمدان after both
  // ميرزاد سليم حمدان and حمدان فؤاد الزعبي).
  const opens = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'person' && c.form === 'name' && c.tokenEnd - c.tokenStart > 1) opens.set(t.norm(c.tokenStart), c);
  for (const c of cands) {
    if (c.type !== 'person' || c.via !== 'rule' || c.entities.length) continue;
    const full = owner.get(words(c).join(' '));
    if (!full || candidateKey(full) === candidateKey(c)) continue;
    const other = c.tokenEnd - c.tokenStart === 1 ? opens.get(t.norm(c.tokenStart)) : undefined;
    if (other && candidateKey(other) !== candidateKey(full)) continue;
    c.entities = full.entities.slice();
    c.key = full.key;
    c.name = full.name;
    c.via = 'coreference';
    c.rule = 'coref.partial-name';
  }
}

/**
 * Whether the context of token `i` asks for a person: a speech verb or a title right before it
 * (وتوقع فارس، السيد ناصر), or قوله after it (عن رمضان قوله). A surname that is also a word is
 * read as the person only so.
 */
function cuedAsPerson(doc: AkhbarDocument, i: number, ctx: CorefContext): boolean {
  const t = doc.tokens;
  if (i > 0 && !(t.flags[i] & TokenFlag.LineStart) && t.kind[i - 1] === TokenKind.Arabic) {
    if (ctx.lex['speech-verbs']?.hasWordAt(t, i - 1, ctx.cache)) return true;
    if (ctx.lex.titles?.matchAt(t, i - 1, ctx.cache, true)?.end === i) return true;
  }
  const j = i + 1;
  return j < t.count && !(t.flags[j] & TokenFlag.LineStart) && SAYING.has(t.norm(j));
}
/** «قوله» and its forms: عن X قوله is how news reports a statement. */
const SAYING = new Set(['قوله', 'قولها']);

/** A family name of the nisba shape: article + …ي (المالكي، السقاف is not). */
const nisba = (w: string) => w.startsWith('ال') && w.endsWith('ي') && w.length >= 5;

/** Surnames (last name words) of multi-word person names point to their full name. */
function partialNames(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, added: Candidate[]): void {
  const t = doc.tokens;
  const surname = new Map<string, Candidate>();
  const given = ctx.lex['given-names'];
  const weakGiven = (w: string) => given?.tagsOf(w)?.has('weak') ?? true;
  const firstWords = new Set<string>();
  for (const c of cands) if (c.type === 'person' && c.form === 'name') firstWords.add(t.norm(c.tokenStart));
  // Surnames that are words too (أمين فارس، طه ياسين رمضان): they name the person alone only
  // where the context asks for a person (see cuedAsPerson).
  const cued = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const last = t.norm(c.tokenEnd - 1);
    if (last.length < 3 || t.kind[c.tokenEnd - 1] === TokenKind.Punct) continue;
    // A regnal number is no surname (الثاني alone is no عبد الله الثاني).
    if (ORDINALS.has(last)) continue;
    // A surname that is also a given name (أحمد سليم حمدان) counts alone only when it is no word
    // too and no person of the document opens with it; one that is a word too, only with a cue
    // (not a function word: علي is also على).
    if (given?.has(last) && firstWords.has(last)) continue;
    if (given?.has(last) && weakGiven(last)) {
      if (ctx.lex.breakers?.has(last)) continue;
      cued.add(last);
    }
    // A surname with the article (الأسد، الفريق) is often a word too: only a known person's counts
    // alone, or a nisba (المالكي، البارزاني) where it does not follow a definite noun (see below).
    if (!c.entities.length && ((last.startsWith('ال') && !nisba(last)) || c.confidence < 0.75)) continue;
    if (ctx.lex.demonyms?.hasWordAt(t, c.tokenEnd - 1, ctx.cache)) continue;
    const prev = surname.get(last);
    // Two people with the same surname: the word alone is ambiguous, skip it.
    if (prev && candidateKey(prev) !== candidateKey(c)) { surname.set(last, { ...prev, confidence: -1 }); continue; }
    surname.set(last, c);
  }
  if (!surname.size) return;
  // A reading's stem ends its word (but for لل, read ل + ال): only such words need their
  // readings read. The surnames by their last two letters (each has three or more): a word that
  // ends in none of them ends in no surname, and is passed over without a lookup; one that does
  // is compared with those surnames only, no slice made.
  const byTail = new Map<number, string[]>();
  for (const k of surname.keys()) {
    const tail = (k.charCodeAt(k.length - 2) << 16) | k.charCodeAt(k.length - 1);
    const list = byTail.get(tail);
    if (list) list.push(k); else byTail.set(tail, [k]);
  }
  // Token `i`'s word ends in a surname, or opens with لل. The letters are read from the view
  // (a token's normalized form is its span of the view): the text is read in order, while each
  // token's own string is one more place in memory; only a word that may match is fetched.
  const v = doc.view.text;
  const endsInSurname = (i: number) => {
    const a = t.nStart[i], b = t.nEnd[i];
    const k = v.charCodeAt(a) === 0x648 || v.charCodeAt(a) === 0x641 ? 1 : 0; // /^[وف]?لل/
    if (a + k + 1 < b && v.charCodeAt(a + k) === 0x644 && v.charCodeAt(a + k + 1) === 0x644) return true;
    const list = b - a < 3 ? undefined : byTail.get((v.charCodeAt(b - 2) << 16) | v.charCodeAt(b - 1));
    if (!list) return false;
    const w = t.norm(i);
    for (let s = 0; s < list.length; s++) if (w.endsWith(list[s])) return true;
    return false;
  };
  for (let i = 0; i < t.count; i++) {
    if (occupied[i] || t.kind[i] !== TokenKind.Arabic && t.kind[i] !== TokenKind.Word) continue;
    if (!endsInSurname(i)) continue;
    // A Latin-script surname is written with a capital (Brown, not brown).
    if (t.kind[i] === TokenKind.Word && !isLatinCapital(doc.text.charCodeAt(t.start(i)))) continue;
    // … nor the second half of a joined word (the Brien of O'Brien).
    if (t.kind[i] === TokenKind.Word && i > 0 && t.kind[i - 1] === TokenKind.Punct && !(t.flags[i] & TokenFlag.SpaceBefore)) continue;
    for (const r of tokenReadings(t, i, ctx.cache)) {
      const full = surname.get(r.stem);
      if (!full || full.confidence < 0) continue;
      if (cued.has(r.stem) && (r.prefix || !cuedAsPerson(doc, i, ctx))) continue;
      // After a definite noun a nisba is its adjective (الوضع العسكري), not the person.
      if (!full.entities.length && r.stem.startsWith('ال') && i > 0 && !r.prefix && /^(?:[وف]?(?:[بك]?ال|لل))/.test(t.norm(i - 1))) continue;
      // A surname behind a European particle keeps it (فان باستن، دي ميستورا), as the full name has it.
      const from = !r.prefix && i > 0 && !occupied[i - 1] && !(t.flags[i] & TokenFlag.LineStart) && FOREIGN_NAME_PARTICLES.has(t.norm(i - 1)) && t.norm(i - 1) === t.norm(full.tokenEnd - 2) ? i - 1 : i;
      const start = from < i ? t.start(from) : r.mentionOffset ? t.startAt(t.nStart[i] + r.mentionOffset) : t.start(i);
      added.push({
        start, end: t.end(i), tokenStart: from, tokenEnd: i + 1, type: 'person',
        entities: full.entities.slice(), key: full.key, name: full.name,
        via: 'coreference', rule: 'coref.partial-name', form: 'name', flags: 0, confidence: 0.7,
      });
      occupied[from] = occupied[i] = 1;
      break;
    }
  }
}

/**
 * A given name standing alone, where one person of the document opens with it, is that person
 * (عائشة after عائشة بنت أبي بكر، معاوية after معاوية بن أبي سفيان): text that has named someone
 * in full may go on by the given name. Only a given name that is no word too (not علي، أمل),
 * only when no second person of the document opens with it, and only alone: before another name
 * word it opens a new name (محمد صادق).
 *
 * Where no person of the document opens with it, such a name alone is still a person, one the
 * dictionaries may not know (وقالت عائشة، نابليون): rule `ar.person.lone-given`, unless its
 * neighbours make it part of something else: a name chain (ابن يحيى، بنو هاشم), the name of an
 * institution or a place (مستشفى، بوابة فاطمة), a title set in quotation marks («بلقيس»), or a
 * family name of the nationality shape after it (فيصل السويدي).
 */
function givenNames(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, added: Candidate[]): void {
  const t = doc.tokens;
  const given = ctx.lex['given-names'];
  if (!given) return;
  /** The given name (its stem, so وسمير counts as سمير) a token is by itself, not a word too; else undefined. */
  const givenAt = (i: number, bare: boolean) => {
    const m = given.matchAt(t, i, ctx.cache, bare);
    return m && m.end === i + 1 && !m.tags.has('weak') ? m.reading.stem : undefined;
  };
  // Given name → the one person it opens (null: several).
  const owner = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const w = givenAt(c.tokenStart, false);
    if (w === undefined) continue;
    const prev = owner.get(w);
    // A low-confidence rule name is too unsure to own the name, but it still makes it ambiguous.
    const sure = c.entities.length > 0 || c.confidence >= 0.75;
    owner.set(w, prev === undefined ? (sure ? c : null) : prev && candidateKey(prev) === candidateKey(c) ? prev : null);
  }
  for (let i = 0; i < t.count; i++) {
    if (occupied[i] || t.kind[i] !== TokenKind.Arabic) continue;
    // وأين is و + أين, not Wayne (واين): see procliticBeforeHamza.
    if (procliticBeforeHamza(doc.text, t.start(i), t.end(i))) continue;
    let w = givenAt(i, true);
    // Behind a proclitic (بعائشة، لمعاوية، وخالد) only as the person of the document it opens: a
    // lone one there is too often a word (وجودي، فنانا).
    let from = t.start(i);
    if (w === undefined) {
      const m = given.matchAt(t, i, ctx.cache, false);
      if (!m || m.end !== i + 1 || m.tags.has('weak') || !m.reading.prefix || m.reading.article || /ال$|لل$/.test(m.reading.prefix) || !owner.get(m.reading.stem)) continue;
      w = m.reading.stem;
      from = t.startAt(t.nStart[i] + m.reading.mentionOffset);
    }
    const full = owner.get(w);
    if (full === null) continue;
    // Alone: what follows is no word that could go on a name (a punctuation mark, a line's end,
    // a function word, verb or title).
    const j = i + 1;
    const alone = j >= t.count || (t.flags[j] & TokenFlag.LineStart) || t.kind[j] !== TokenKind.Arabic || opensNoName(doc, j, ctx);
    if (!alone) continue;
    if (!full) {
      if (loneGivenName(doc, i, ctx)) {
        const name = doc.text.slice(t.start(i), t.end(i));
        added.push({
          start: t.start(i), end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'person', entities: [],
          key: `person:${normalize(name)}`, name, via: 'rule', rule: 'ar.person.lone-given', form: 'name', flags: 0, confidence: 0.5,
        });
        occupied[i] = 1;
      }
      continue;
    }
    added.push({
      start: from, end: t.end(i), tokenStart: i, tokenEnd: i + 1, type: 'person',
      entities: full.entities.slice(), key: full.key, name: full.name,
      via: 'coreference', rule: 'coref.given-name', form: 'name', flags: 0, confidence: 0.6,
    });
    occupied[i] = 1;
  }
}

/**
 * Office titles with their country (a nationality adjective) or organization (a known
 * name right after): the office holder on the article's date, or, for role nouns, the
 * person of that country named last before.
 */
function officeMentions(doc: AkhbarDocument, cands: Candidate[], ctx: CorefContext, occupied: Uint8Array, added: Candidate[]): void {
  const t = doc.tokens;
  const startsAt = new Map<number, Candidate>();
  for (const c of cands) startsAt.set(c.tokenStart, c);
  const titles = ctx.lex.titles;
  const demonyms = ctx.lex.demonyms;
  // Words that open neither an office nor a title (most) are passed over with two byte reads.
  const officeMarks = ctx.offices.startMarks(t, ctx.cache);
  const titleMarks = titles?.startMarks(t, ctx.cache);
  for (let i = 0; i < t.count; i++) {
    if (occupied[i] || t.kind[i] !== TokenKind.Arabic && t.kind[i] !== TokenKind.Word) continue;
    if (officeMarks[t.word[i]] === Mark.None && (!titleMarks || titleMarks[t.word[i]] === Mark.None)) continue;
    const office = ctx.offices.matchAt(t, i, ctx.cache);
    const title = titles?.matchAt(t, i, ctx.cache);
    const end0 = Math.max(office?.end ?? -1, title?.end ?? -1);
    if (end0 < 0) continue;
    let end = end0;
    // A style (خادم الحرمين الشريفين) names its country itself; other titles take a
    // nationality adjective or a known name after them.
    let of: string | undefined = office && office.end === end0 ? tagValue(office.tags, 'of') : undefined;
    if (!of) {
      const dem = end < t.count && !occupied[end] ? demonyms?.matchAt(t, end, ctx.cache) : null;
      const next = startsAt.get(end);
      if (dem) { of = tagValue(dem.tags, 'place'); end = dem.end; }
      else if (next && next.via === 'gazetteer' && next.type !== 'person' && next.entities.length) {
        of = ctx.gaz.entities[next.entities[0]].id;
        end = next.tokenEnd;
      }
    }
    if (!of) continue;
    // A name right after the role is an apposition (الرئيس الفرنسي إيمانويل ماكرون): the name speaks for itself.
    const after = startsAt.get(end);
    if (after && after.type === 'person') { i = end - 1; continue; }
    let target: Candidate | null = null;
    if (office) target = officeHolder(office.tags, of, ctx, t.start(i));
    if (!target && title?.tags.has('nominal')) target = lastPersonOf(cands, of, ctx, t.start(i), doc);
    if (!target) continue;
    const r = (office && office.end >= (title?.end ?? -1) ? office : title)!.reading;
    const start = r.mentionOffset ? t.startAt(t.nStart[i] + r.mentionOffset) : t.start(i);
    added.push({
      start, end: t.end(end - 1), tokenStart: i, tokenEnd: end, type: 'person',
      entities: target.entities.slice(), key: target.key, name: target.name,
      via: 'coreference', rule: office && target.via === 'gazetteer' ? 'coref.office-holder' : 'coref.role', form: 'nominal', flags: 0, confidence: 0.7,
    });
    for (let k = i; k < end; k++) occupied[k] = 1;
    i = end - 1;
  }
}

function officeHolder(tags: ReadonlySet<string>, of: string, ctx: CorefContext, _at: number): Candidate | null {
  for (const tag of tags) {
    if (!tag.startsWith('office=')) continue;
    // Two holders on the date (overlapping terms, or an office held jointly) name neither.
    const holders = (ctx.officeIndex.get(`${tag.slice(7)}|${of}`) ?? []).filter((h) => h.from.slice(0, ctx.date.length) <= ctx.date && ctx.date <= h.to.padEnd(10, '~'));
    if (new Set(holders.map((h) => h.entity)).size === 1) {
      return { start: 0, end: 0, tokenStart: 0, tokenEnd: 0, type: 'person', entities: [holders[0].entity], via: 'gazetteer', rule: '', form: 'name', flags: 0, confidence: 1 };
    }
  }
  return null;
}

/** The person named last before `at` whose country is `of` (or unknown), in the same article. */
function lastPersonOf(cands: Candidate[], of: string, ctx: CorefContext, at: number, doc: AkhbarDocument): Candidate | null {
  const article = doc.placeOf(at).article;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    if (c.start >= at || c.type !== 'person' || c.form !== 'name') continue;
    if (doc.placeOf(c.start).article !== article) return null;
    const country = c.entities.length ? ctx.gaz.entities[c.entities[0]].country : undefined;
    if (!country || `place:${country.toLowerCase()}` === of) return c;
  }
  return null;
}
