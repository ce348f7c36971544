/**
 * Resolution: overlapping candidates, ambiguous aliases and words that are
 * names only sometimes are decided here, then mentions are grouped into one
 * entity per referent.
 */
import { match, P } from 'ts-pattern';
import type { AkhbarDocument } from '../doc/document.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { AliasFlag } from '../gazetteer/trie.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { normalize } from '../text/normalize.js';
import type { Entity, Mention } from '../types.js';
import type { Candidate } from './candidate.js';

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
  const t = doc.tokens;
  const startsAt = new Map<number, Candidate>();
  for (const g of known) if (g.type !== 'person' && !(g.flags & AliasFlag.Common) && g.start === t.start(g.tokenStart)) startsAt.set(g.tokenStart, g);
  if (!startsAt.size) return rules;
  const out = rules.slice();
  for (const r of rules) {
    if (r.type !== 'person' || r.via !== 'rule') continue;
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

/** Kinds of sports team: a club, or a national team by its nickname (العنابي، الفراعنة). */
const TEAM_KINDS: ReadonlySet<string> = new Set(['club', 'national-team']);

/**
 * Chooses among gazetteer and rule candidates. Gazetteer names win over rule guesses they
 * overlap, except that a rule organization may contain a known place or person (جامعة القاهرة,
 * مؤسسة محمد بن راشد): both are kept, the inner one as a nested mention.
 */
export function selectCandidates(gazetteer: Candidate[], allRules: Candidate[]): Candidate[] {
  const kept = gazetteer.slice();
  // A name after a place head is the place's (شارع جورج الخامس is a street, not George V).
  const placeStarts = new Set(allRules.filter((r) => r.type === 'place').map((r) => r.tokenStart));
  const rules = placeStarts.size ? allRules.filter((r) => r.type !== 'person' || !placeStarts.has(r.tokenStart)) : allRules;
  // Gazetteer candidates do not overlap one another: sorted by start, a binary search finds the
  // few a rule candidate can touch, so the check is O(log n) per candidate.
  const known = gazetteer.slice().sort((a, b) => a.start - b.start);
  const byLength = rules.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  // Tokens already taken by a kept rule candidate (rule candidates cover whole tokens).
  const taken = new Set<number>();
  const displaced = new Set<Candidate>();
  const free = (r: Candidate) => { for (let k = r.tokenStart; k < r.tokenEnd; k++) if (taken.has(k)) return false; return true; };
  for (const r of byLength) {
    if (!free(r)) continue;
    let lo = 0, hi = known.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (known[m].end <= r.start) lo = m + 1; else hi = m; }
    let ok = true;
    const yielding: Candidate[] = [];
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
      const keep = match([overlap(r, g), r.type, g.type])
        .with(['apart', P._, P._], () => true)
        .with(['contains', 'organization', P.union('place', 'person')], () => true)
        .with(['contains', P._, P._], () => word)
        .with([P.union('same', 'inside', 'crosses'), P._, P._], () => false)
        .exhaustive();
      if (!keep) { ok = false; break; }
      // (An organization keeps a place or person it contains as a nested mention: بلدية مدينة البيرة.)
      if (word && overlap(r, g) === 'contains' && !(r.type === 'organization' && (g.type === 'place' || g.type === 'person'))) yielding.push(g);
    }
    if (!ok) continue;
    for (const g of yielding) displaced.add(g);
    for (let k = r.tokenStart; k < r.tokenEnd; k++) taken.add(k);
    kept.push(r);
  }
  return (displaced.size ? kept.filter((c) => !displaced.has(c)) : kept).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Picks one entity for each ambiguous gazetteer candidate: the city after a city head (مدينة
 * حلب); else one the document names plainly elsewhere; else a club in a sentence about sport (برشلونة، الأهلي); else a newspaper or channel
 * where `mediaCue` sees one (quotation marks, مراسل); else by kind (a country before a city, an
 * outlet before a club). `isSport(token)` says whether the sentence of a token is about sport.
 */
export function disambiguate(cands: Candidate[], gaz: Gazetteer, isSport: (token: number) => boolean = () => false, mediaCue: (c: Candidate) => boolean = () => false, cityCue: (c: Candidate) => boolean = () => false): void {
  const sure = new Set<number>();
  for (const c of cands) if (c.entities.length === 1) sure.add(c.entities[0]);
  // Between entities of one kind in several countries (العربي of Qatar or Kuwait), the country
  // the document names most.
  let countries: Map<string, number> | null = null;
  const byCountry = (options: number[]): number | undefined => {
    if (options.length < 2 || new Set(options.map((e) => gaz.entities[e].kind)).size !== 1) return undefined;
    countries ??= countriesOf(cands, gaz);
    const scored = options.map((e) => [e, countries!.get(gaz.entities[e].country ?? '') ?? 0] as const).sort((a, b) => b[1] - a[1]);
    return scored[0][1] > 0 && scored[0][1] > scored[1][1] ? scored[0][0] : undefined;
  };
  for (const c of cands) {
    if (c.entities.length < 2) continue;
    // مدينة حلب: a city head picks the city over the governorate of its name, whatever else the text names.
    const city = cityCue(c) ? c.entities.find((e) => gaz.entities[e].kind === 'city') : undefined;
    const seen = city ?? c.entities.find((e) => sure.has(e));
    const club = c.entities.find((e) => TEAM_KINDS.has(gaz.entities[e].kind ?? ''));
    const sport = club !== undefined && !seen && isSport(c.tokenStart) ? club : undefined;
    // «الشرق الأوسط», "العربية", مراسل الجزيرة: a title of a newspaper or channel.
    const media = !seen && mediaCue(c) ? c.entities.find((e) => /^(media|news-agency)$/.test(gaz.entities[e].kind ?? '')) : undefined;
    const options = sport !== undefined ? c.entities.filter((e) => TEAM_KINDS.has(gaz.entities[e].kind ?? '')) : c.entities;
    const pick = seen ?? media ?? byCountry(options) ?? sport ?? c.entities.slice().sort((a, b) => rank(gaz, a) - rank(gaz, b))[0];
    c.entities = [pick];
    c.type = gaz.entities[pick].type;
    c.rule = gaz.entities[pick].id;
  }
}
const rank = (gaz: Gazetteer, i: number) => KIND_RANK[gaz.entities[i].kind ?? ''] ?? 5;

/** Whether every entity a candidate may be is a club. */
export const isClub = (gaz: Gazetteer, c: Candidate): boolean => c.entities.length > 0 && c.entities.every((e) => TEAM_KINDS.has(gaz.entities[e].kind ?? ''));

/** How often the document's unambiguous known names belong to each country (ISO code). */
function countriesOf(cands: Candidate[], gaz: Gazetteer): Map<string, number> {
  const n = new Map<string, number>();
  for (const c of cands) {
    if (c.entities.length !== 1) continue;
    const r = gaz.entities[c.entities[0]];
    const cc = r.kind === 'country' ? r.id.slice('place:'.length).toUpperCase() : r.country;
    if (cc) n.set(cc, (n.get(cc) ?? 0) + 1);
  }
  return n;
}

/** Says whether the words around a candidate show it is a name (see {@link dropUnsupportedCommon}). */
export type Evidence = (c: Candidate) => boolean;

/**
 * Drops names that are also ordinary words (جدة، مالي، الجزيرة، الأسد) unless something shows
 * they are names here: the entity is named plainly elsewhere in the document, or `evidence`
 * finds a cue around the word (في جدة، صحيفة الجزيرة، الرئيس الأسد).
 */
export function dropUnsupportedCommon(cands: Candidate[], evidence: Evidence = () => false, adjectival: Evidence = () => false): Candidate[] {
  const plain = new Set<string>();
  for (const c of cands) if (!(c.flags & AliasFlag.Common)) plain.add(candidateKey(c));
  // A name spelled like an adjective (الفرنسية for AFP) is an adjective far more often than
  // not, even in a text that names the entity: it needs its own cue.
  const supported = (c: Candidate) => (plain.has(candidateKey(c)) && !adjectival(c)) || evidence(c);
  return cands.filter((c) => !(c.flags & AliasFlag.Common) || c.tokenEnd - c.tokenStart > 1 || supported(c));
}

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

/** Groups candidates into the result's entities with their mentions, in order of first mention. */
export function groupEntities(doc: AkhbarDocument, cands: Candidate[], gaz: Gazetteer): Entity[] {
  const byKey = new Map<string, Entity>();
  const sorted = cands.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    const key = candidateKey(c);
    let ent = byKey.get(key);
    if (!ent) {
      ent = c.entities.length
        ? knownEntity(gaz, c.entities[0])
        : { id: unknownId(c), type: c.type, name: c.name ?? doc.text.slice(c.start, c.end), known: false, mentions: [] as Mention[] };
      byKey.set(key, ent);
    }
    // The longest name mention names an unknown entity (ألكسندر ستيرنيك over ستيرنيك).
    if (!ent.known && c.form === 'name' && c.end - c.start > ent.name.length) ent.name = doc.text.slice(c.start, c.end);
    const place = doc.placeOf(c.start);
    const m: Mention = {
      start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), entity: ent.id,
      article: place.article, segment: place.segment, form: c.form, via: c.via,
    };
    if (c.rule) m.rule = c.rule;
    m.confidence = c.confidence;
    ent.mentions.push(m);
  }
  return [...byKey.values()];
}

/** A stable id for an entity no dictionary knows: type and normalized name, ASCII-safe. */
function unknownId(c: Candidate): string {
  return `unknown:${c.key ?? `${c.type}:${c.start}`}`;
}

function knownEntity(gaz: Gazetteer, index: number): Entity {
  const r = gaz.entities[index];
  const e: Entity = { id: r.id, type: r.type, name: r.name, known: true, mentions: [] };
  if (r.short) e.short = r.short;
  if (r.names) e.names = { ...r.names };
  if (r.wikidata) e.wikidata = r.wikidata;
  return e;
}
