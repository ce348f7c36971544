/**
 * A trie over normalized token sequences. Nodes expand lazily: an alias is
 * parked at the node of its first token as the rest of its tokens, and moved
 * one level down only when matching reaches that node, so start-up costs one
 * map insertion per alias and a document pays only for the names it touches.
 * The default aliases go further: the build packs them as text grouped by first
 * token (see {@link PackedTrie}), and start-up makes one node per first token
 * holding its entries as text, decoded when matching first reaches it.
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

/** Token separator inside a parked alias: a space, which no token contains. */
export const SEP = ' ';

/** A trie node: the next tokens, and the aliases that end here. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
  /** Aliases parked here: the tokens still to match (joined by SEP), and their entry. */
  parked: [rest: string, entry: AliasEntry][] | null;
  /** Packed entries of the aliases whose first token is this node's (see {@link PackedTrie}), unpacked on first use. */
  packed: string | null;
}

/** A new empty node. */
export const newNode = (packed: string | null = null): TrieNode => ({ next: null, entries: null, parked: null, packed });

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

/** Adds an alias (the tokens after `node`'s, joined by SEP; '' when it ends here) to a node. */
function place(node: TrieNode, rest: string, entry: AliasEntry): void {
  if (rest === '') addEntry(node, entry);
  else (node.parked ??= []).push([rest, entry]);
}

/**
 * Aliases packed as text, grouped by first token: `keys` holds the first tokens, one a line,
 * and `entries` the same number of lines, each the entries of its key separated by tabs.
 * An entry is `entity flags rest`, `rest` being the tokens after the first joined by SEP (empty
 * when the alias ends at its first token), followed in the skeleton trie by `\v` and the alias.
 * Whitespace never occurs inside a token, so the separators are unambiguous.
 */
export interface PackedTrie {
  keys: string;
  entries: string;
}

/** Packs alias groups: first token → its [rest, entry] pairs in order (build time). */
export function packTrie(groups: ReadonlyMap<string, readonly [rest: string, entry: AliasEntry][]>): PackedTrie {
  for (const k of groups.keys()) if (/\s/.test(k)) throw new Error(`packTrie: token ${JSON.stringify(k)} holds whitespace`);
  const entry = ([rest, e]: readonly [string, AliasEntry]) => `${e.entity} ${e.flags} ${rest}${e.alias === undefined ? '' : `\v${e.alias}`}`;
  return { keys: [...groups.keys()].join('\n'), entries: [...groups.values()].map((g) => g.map(entry).join('\t')).join('\n') };
}

/** Adds packed aliases under the root: one node per first token, its entries unpacked on first use. */
export function parkPacked(root: TrieNode, packed: PackedTrie): void {
  if (!packed.entries) return;
  const keys = packed.keys.split('\n');
  const groups = packed.entries.split('\n');
  const next = (root.next ??= new Map());
  for (let i = 0; i < keys.length; i++) {
    const node = next.get(keys[i]);
    if (node) { unpack(node); unpackInto(node, groups[i]); } else next.set(keys[i], newNode(groups[i]));
  }
}

/** Decodes one key's packed entries into its node, in order. */
function unpackInto(node: TrieNode, group: string): void {
  for (const e of group.split('\t')) {
    const a = e.indexOf(' ');
    const b = e.indexOf(' ', a + 1);
    const entity = +e.slice(0, a), flags = +e.slice(a + 1, b);
    const tail = e.slice(b + 1);
    const v = tail.indexOf('\v');
    if (v < 0) place(node, tail, { entity, flags });
    else place(node, tail.slice(0, v), { entity, flags, alias: tail.slice(v + 1) });
  }
}

/** Unpacks a node's packed aliases, ahead of anything added to it later. */
function unpack(node: TrieNode): void {
  const p = node.packed;
  if (p === null) return;
  node.packed = null;
  unpackInto(node, p);
}

/** Parks an alias (tokens joined by SEP) under the root; it expands when first reached. */
export function park(root: TrieNode, joined: string, entry: AliasEntry): void {
  const cut = joined.indexOf(SEP);
  const node = child(root, cut < 0 ? joined : joined.slice(0, cut));
  unpack(node);
  place(node, cut < 0 ? '' : joined.slice(cut + 1), entry);
}

/** Moves a node's parked aliases one level down. Call before reading `next` or `entries`. */
export function settle(node: TrieNode): TrieNode {
  unpack(node);
  const parked = node.parked;
  if (!parked) return node;
  node.parked = null;
  for (const [rest, entry] of parked) {
    const cut = rest.indexOf(SEP);
    place(child(node, cut < 0 ? rest : rest.slice(0, cut)), cut < 0 ? '' : rest.slice(cut + 1), entry);
  }
  return node;
}

/** The settled child of `node` for `token`, or undefined. */
export function step(node: TrieNode, token: string): TrieNode | undefined {
  const c = node.next?.get(token);
  return c ? settle(c) : undefined;
}
