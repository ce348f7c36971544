/** A trie over normalized token sequences. */

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
} as const;

/** One dictionary alias ending at a trie node. */
export interface AliasEntry {
  /** Index of the entity in the gazetteer's entity table. */
  entity: number;
  flags: number;
  /** In the skeleton trie: the normalized alias, to score a variant against. */
  alias?: string;
}

/** A trie node: the next tokens, and the aliases that end here. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
}

/** A new empty node. */
export const newNode = (): TrieNode => ({ next: null, entries: null });

/** Inserts a token sequence with its entry; an entity is stored once per node. */
export function insert(root: TrieNode, tokens: readonly string[], entry: AliasEntry): void {
  let node = root;
  for (const t of tokens) {
    node.next ??= new Map();
    let child = node.next.get(t);
    if (!child) node.next.set(t, (child = newNode()));
    node = child;
  }
  node.entries ??= [];
  const same = node.entries.find((e) => e.entity === entry.entity);
  if (same) same.flags &= entry.flags; // the least restrictive reading of the alias wins
  else node.entries.push(entry);
}
