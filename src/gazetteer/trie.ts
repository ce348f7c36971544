/**
 * A trie over normalized token sequences. Nodes expand lazily: an alias is
 * parked at the node of its first token as the rest of its tokens, and moved
 * one level down only when matching reaches that node, so start-up costs one
 * map insertion per alias and a document pays only for the names it touches.
 */

/** Flags of an alias entry. */
export const AliasFlag = {
  /** The alias is also an ordinary word: needs evidence. */
  Common: 1,
  /** Written in Latin script with a capital first letter: the text must capitalize it too. */
  Capitalized: 2,
  /** A Latin acronym (UN, NATO): the text must write it in capitals. */
  Acronym: 4,
  /** The alias is a bare surname or other short form, not a full name. */
  Partial: 8,
  /** The alias opens with a title or head noun (الملك عبدالله، حركة حماس): the mention leaves it out. */
  LeadingTitle: 16,
  /** A description rather than a name (الحكومة اللبنانية، الخارجية الروسية): a nominal mention. */
  Nominal: 32,
} as const;

/** One dictionary alias ending at a trie node. */
export interface AliasEntry {
  /** Index of the entity in the gazetteer's entity table. */
  entity: number;
  flags: number;
  /** In the skeleton trie: the normalized alias, to score a variant against. */
  alias?: string;
}

/** Token separator inside a parked alias. */
export const SEP = '\u0001';

/** A trie node: the next tokens, and the aliases that end here. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
  /** Aliases parked here: the tokens still to match (joined by SEP), and their entry. */
  parked: [rest: string, entry: AliasEntry][] | null;
}

/** A new empty node. */
export const newNode = (): TrieNode => ({ next: null, entries: null, parked: null });

function addEntry(node: TrieNode, entry: AliasEntry): void {
  node.entries ??= [];
  const same = node.entries.find((e) => e.entity === entry.entity);
  if (same) same.flags &= entry.flags; // the least restrictive reading of the alias wins
  else node.entries.push(entry);
}

function child(node: TrieNode, token: string): TrieNode {
  node.next ??= new Map();
  let c = node.next.get(token);
  if (!c) node.next.set(token, (c = newNode()));
  return c;
}

/** Parks an alias (tokens joined by SEP) under the root; it expands when first reached. */
export function park(root: TrieNode, joined: string, entry: AliasEntry): void {
  const cut = joined.indexOf(SEP);
  const node = child(root, cut < 0 ? joined : joined.slice(0, cut));
  if (cut < 0) addEntry(node, entry);
  else (node.parked ??= []).push([joined.slice(cut + 1), entry]);
}

/** Moves a node's parked aliases one level down. Call before reading `next` or `entries`. */
export function settle(node: TrieNode): TrieNode {
  const parked = node.parked;
  if (!parked) return node;
  node.parked = null;
  for (const [rest, entry] of parked) {
    const cut = rest.indexOf(SEP);
    const c = child(node, cut < 0 ? rest : rest.slice(0, cut));
    if (cut < 0) addEntry(c, entry);
    else (c.parked ??= []).push([rest.slice(cut + 1), entry]);
  }
  return node;
}

/** The settled child of `node` for `token`, or undefined. */
export function step(node: TrieNode, token: string): TrieNode | undefined {
  const c = node.next?.get(token);
  return c ? settle(c) : undefined;
}
