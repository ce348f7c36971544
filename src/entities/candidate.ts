/** Mention candidates produced by the gazetteer and the rules, before resolution. */
import type { EntityType } from '../types.js';

/** A possible mention of an entity. */
export interface Candidate {
  /** Original offsets. */
  start: number;
  end: number;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  /** Gazetteer entity indices this may refer to (more than one when the alias is ambiguous). */
  entities: number[];
  /** For an entity no dictionary knows: a key shared by its mentions, and its surface name. */
  key?: string;
  name?: string;
  via: 'gazetteer' | 'rule' | 'coreference';
  /** The dictionary entry id or rule id. */
  rule: string;
  form: 'name' | 'nominal';
  /** Alias flags from the trie (see AliasFlag). */
  flags: number;
  /** 0..1: how sure the producer is. */
  confidence: number;
}

/** Document order of candidates: by start, the longer first at one start. */
export const byPosition = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** Whether a list is in {@link byPosition} order already. */
export function inPositionOrder(cands: readonly Candidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if (byPosition(cands[k - 1], cands[k]) > 0) return false;
  return true;
}

/**
 * `[...first, ...second].sort(byPosition)`, for a `first` that is mostly in order already and a
 * short `second`: the stages after resolution keep their list sorted and add a few candidates,
 * so only those are sorted and merged in (a tie takes `first`'s candidate first, as the stable
 * sort of the joined list would).
 */
export function mergeInPosition(first: Candidate[], second: Candidate[]): Candidate[] {
  if (!inPositionOrder(first)) return [...first, ...second].sort(byPosition);
  if (!second.length) return first.slice();
  const extra = second.slice().sort(byPosition);
  const out: Candidate[] = [];
  let i = 0, j = 0;
  while (i < first.length && j < extra.length) out.push(byPosition(first[i], extra[j]) <= 0 ? first[i++] : extra[j++]);
  while (i < first.length) out.push(first[i++]);
  while (j < extra.length) out.push(extra[j++]);
  return out;
}

/**
 * Removes from `cands`, in place, the candidates `drop` is true of, keeping the others' order,
 * and returns `cands`: for a list made for the caller alone, where a filtered copy would be one
 * more array per document.
 */
export function removeWhere(cands: Candidate[], drop: (c: Candidate) => boolean): Candidate[] {
  let n = 0;
  for (let k = 0; k < cands.length; k++) if (!drop(cands[k])) cands[n++] = cands[k];
  cands.length = n;
  return cands;
}
