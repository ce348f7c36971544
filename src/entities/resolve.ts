/**
 * Resolution: overlapping candidates, ambiguous aliases and words that are
 * names only sometimes are decided here, then mentions are grouped into one
 * entity per referent.
 */
import { match } from 'ts-pattern';
import type { AkhbarDocument } from '../doc/document.js';
import type { Gazetteer } from '../gazetteer/compile.js';
import { AliasFlag } from '../gazetteer/trie.js';
import type { Entity, Mention } from '../types.js';
import type { Candidate } from './candidate.js';

/** Kind priority when an alias names several places (عمان: Oman before Amman; الكويت: the country). */
const KIND_RANK: Record<string, number> = { country: 0, territory: 1, region: 2, continent: 2, city: 3, province: 4 };

/** Keeps the best of overlapping candidates: longer first, then more confident, then earlier. */
export function removeOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: Candidate[] = [];
  // Occupied intervals, checked by scanning the kept list sorted by start (few per document).
  const taken: [number, number][] = [];
  for (const c of sorted) {
    if (taken.some(([s, e]) => c.start < e && c.end > s)) continue;
    taken.push([c.start, c.end]);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Picks one entity for each ambiguous gazetteer candidate, using the rest of the document. */
function disambiguate(cands: Candidate[], gaz: Gazetteer): void {
  const sure = new Set<number>();
  for (const c of cands) if (c.entities.length === 1) sure.add(c.entities[0]);
  for (const c of cands) {
    if (c.entities.length < 2) continue;
    const seen = c.entities.find((e) => sure.has(e));
    const pick = seen ?? c.entities.slice().sort((a, b) => rank(gaz, a) - rank(gaz, b))[0];
    c.entities = [pick];
    c.type = gaz.entities[pick].type;
    c.rule = gaz.entities[pick].id;
  }
}
const rank = (gaz: Gazetteer, i: number) => KIND_RANK[gaz.entities[i].kind ?? ''] ?? 5;

/** Drops names that are also ordinary words unless the entity is named plainly elsewhere. */
function dropUnsupportedCommon(cands: Candidate[]): Candidate[] {
  const plain = new Set<string>();
  for (const c of cands) if (!(c.flags & AliasFlag.Common)) plain.add(keyOf(c));
  return cands.filter((c) => !(c.flags & AliasFlag.Common) || c.tokenEnd - c.tokenStart > 1 || plain.has(keyOf(c)));
}

const keyOf = (c: Candidate) => (c.entities.length ? `#${c.entities[0]}` : c.key ?? `?${c.start}`);

/** Turns candidates into the result's entities with their mentions, in order of first mention. */
export function resolveEntities(doc: AkhbarDocument, cands: Candidate[], gaz: Gazetteer): Entity[] {
  let kept = removeOverlaps(cands);
  disambiguate(kept, gaz);
  kept = dropUnsupportedCommon(kept);
  const byKey = new Map<string, Entity>();
  for (const c of kept) {
    const key = keyOf(c);
    let ent = byKey.get(key);
    if (!ent) {
      ent = match(c.entities.length > 0)
        .with(true, () => knownEntity(gaz, c.entities[0]))
        .with(false, () => ({ id: c.key ?? `unknown:${c.type}:${c.start}`, type: c.type, name: c.name ?? doc.text.slice(c.start, c.end), known: false, mentions: [] as Mention[] }))
        .exhaustive();
      byKey.set(key, ent);
    }
    const place = doc.placeOf(c.start);
    const m: Mention = {
      start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), entity: ent.id,
      article: place.article, segment: place.segment, form: c.form, via: c.via,
    };
    if (c.rule) m.rule = c.rule;
    ent.mentions.push(m);
  }
  return [...byKey.values()];
}

function knownEntity(gaz: Gazetteer, index: number): Entity {
  const r = gaz.entities[index];
  const e: Entity = { id: r.id, type: r.type, name: r.name, known: true, mentions: [] };
  if (r.short) e.short = r.short;
  if (r.names) e.names = { ...r.names };
  if (r.wikidata) e.wikidata = r.wikidata;
  return e;
}
