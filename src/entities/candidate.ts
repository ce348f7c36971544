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
