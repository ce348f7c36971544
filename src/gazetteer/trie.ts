/**
 * A trie over normalized token sequences. Nodes expand lazily: an alias is
 * parked at the node of its first token as the rest of its tokens, and moved
 * one level down only when matching reaches that node, so start-up costs one
 * map insertion per alias and a document pays only for the names it touches.
 * The default aliases go further: the build packs them as text grouped by first
 * token (see {@link PackedTrie}), and start-up leaves that text as it is: a first
 * token is looked up through a small index and made a node when matching first asks.
 */
import { fromAscii, toAscii } from '../dictionary/ascii.js';

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
  /**
   * An organization's name followed by its nationality (ريال مدريد الإسباني، حزب الله اللبناني):
   * the adjective decides which entity, the mention leaves it out.
   */
  TrailingDemonym: 64,
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
  /**
   * The nodes of the next tokens. Under a root given packed aliases, only the nodes made so
   * far: {@link step} makes a token's node from {@link packed} when first asked for it.
   */
  next: Map<string, TrieNode> | null;
  entries: AliasEntry[] | null;
  /** Aliases parked here: the tokens still to match (joined by SEP), and their entry. */
  parked: [rest: string, entry: AliasEntry][] | null;
  /** A root's packed aliases, not yet made nodes (null elsewhere). */
  packed: PackedRoot | null;
}

/** A new empty node. */
export const newNode = (): TrieNode => ({ next: null, entries: null, parked: null, packed: null });

function addEntry(node: TrieNode, entry: AliasEntry): void {
  node.entries ??= [];
  const same = node.entries.find((e) => e.entity === entry.entity);
  if (same) same.flags &= entry.flags; // the least restrictive reading of the alias wins
  else node.entries.push(entry);
}

function child(node: TrieNode, token: string): TrieNode {
  node.next ??= new Map();
  let c = node.next.get(token) ?? (node.packed ? unpackChild(node, node.packed, token) : undefined);
  if (!c) node.next.set(token, (c = newNode()));
  return c;
}

/** Adds an alias (the tokens after `node`'s, joined by SEP; '' when it ends here) to a node. */
function place(node: TrieNode, rest: string, entry: AliasEntry): void {
  if (rest === '') addEntry(node, entry);
  else (node.parked ??= []).push([rest, entry]);
}

/**
 * Aliases packed as text, grouped by first token. `keys` holds the first tokens sorted by
 * code unit, each after a newline (and the last before one); `entries` holds a line per
 * key, in the same order: its entries separated by tabs. An entry is `entity flags rest`,
 * `rest` being the tokens after the first joined by SEP (empty when the alias ends at its
 * first token), followed in the skeleton trie by `\v` and the alias. Whitespace never occurs
 * inside a token, so the separators are unambiguous. `index` holds every {@link BLOCK}th key
 * with the offsets of its newline in `keys` and its line in `entries`, so that a key is found
 * without splitting either text. Each line of `entries` is stored ASCII ({@link toAscii}) and
 * decoded when its node is made; the keys are plain text (the bundler writes them with escapes
 * the parser decodes).
 */
export interface PackedTrie {
  keys: string;
  entries: string;
  index: [key: string, keyAt: number, entriesAt: number][];
}

/** Keys per block of the index: a lookup searches one block's text. */
const BLOCK = 32;

/** Packs alias groups: first token → its [rest, entry] pairs in order (build time). */
export function packTrie(groups: ReadonlyMap<string, readonly [rest: string, entry: AliasEntry][]>): PackedTrie {
  for (const k of groups.keys()) if (/\s/.test(k)) throw new Error(`packTrie: token ${JSON.stringify(k)} holds whitespace`);
  const entry = ([rest, e]: readonly [string, AliasEntry]) => `${e.entity} ${e.flags} ${rest}${e.alias === undefined ? '' : `\v${e.alias}`}`;
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const packed: PackedTrie = { keys: '', entries: '', index: [] };
  sorted.forEach(([key, g], i) => {
    if (i % BLOCK === 0) packed.index.push([key, packed.keys.length, packed.entries.length]);
    packed.keys += `\n${key}`;
    packed.entries += `${toAscii(g.map(entry).join('\t'))}\n`;
  });
  if (sorted.length) packed.keys += '\n';
  return packed;
}

/** The packed entries of `token`, or undefined: the block it would be in, then that block's text. */
function findGroup({ keys, entries, index }: PackedTrie, token: string): string | undefined {
  let lo = 0, hi = index.length - 1, b = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid][0] <= token) { b = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (b < 0) return undefined;
  // The block's keys, from the newline before its first to the one after its last.
  const block = keys.slice(index[b][1], b + 1 < index.length ? index[b + 1][1] + 1 : keys.length);
  const at = block.indexOf(`\n${token}\n`);
  if (at < 0) return undefined;
  let from = index[b][2];
  for (let nl = block.indexOf('\n', 1); nl >= 0 && nl <= at; nl = block.indexOf('\n', nl + 1)) from = entries.indexOf('\n', from) + 1;
  return entries.slice(from, entries.indexOf('\n', from));
}

/**
 * A root's packed aliases: a first token's node is made from its packed entries on the first
 * {@link step} to it and kept in the root's `next`. Building a map of every first token instead
 * would cost start-up more than all the lookups of a run. (A plain map and a field, not a map
 * subclass: every trie step goes through `next.get`, and one map class keeps that call fast.)
 */
interface PackedRoot {
  trie: PackedTrie;
  /**
   * First tokens no packed key has: most lookups miss (stems of clitic readings, spelling
   * skeletons), and a miss would otherwise search the packed text again. Bounded over a long run.
   */
  misses: Set<string>;
  /** A bit per key hash (see {@link keyFilter}), made after {@link FILTER_AFTER} lookups; null until then. */
  filter: Int32Array | null;
  /** Lookups made before the filter is. */
  asked: number;
}

/**
 * FNV-1a hash of a token, odd (so that 0 can mean "not hashed yet" where hashes are kept): the
 * filters of the matcher and of packed roots index their bits by its top bits.
 */
export function hashToken(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h | 1;
}

/**
 * A filter of a packed root's keys, a bit per key hash, about sixteen bits a key: a token whose
 * bit is clear is no key, and most first tokens asked for are none (stems of clitic readings),
 * so most misses cost a hash instead of a search of the packed text. Made once, in one pass over
 * the keys' text (130,000 code units for the default aliases: a few milliseconds cold), after
 * {@link FILTER_AFTER} lookups: a short run (a command-line call on one page) does without it.
 */
function keyFilter(keys: string): Int32Array {
  // At least two bits per code unit of the text, which holds a newline per key: 16 bits a key or more.
  let log = 5;
  while (1 << log < keys.length * 2) log++;
  const bits = new Int32Array(1 << (log - 5));
  const shift = 32 - log;
  let h = 0x811c9dc5;
  for (let k = 1; k < keys.length; k++) {
    const c = keys.charCodeAt(k);
    if (c !== 10) { h = Math.imul(h ^ c, 0x01000193); continue; }
    const b = (h | 1) >>> shift;
    bits[b >>> 5] |= 1 << b;
    h = 0x811c9dc5;
  }
  return bits;
}

/** Lookups of a packed root before its {@link keyFilter} is made (a short text does without it). */
const FILTER_AFTER = 2000;

/** Whether `token` may be a key of `packed` (false: it is none; true: it may be, or no filter yet; see {@link keyFilter}). */
function mayBeKey(packed: PackedRoot, token: string): boolean {
  if (!packed.filter && ++packed.asked < FILTER_AFTER) return true;
  const bits = (packed.filter ??= keyFilter(packed.trie.keys));
  // The hash's top bits index the filter: as many as its size, a power of two, takes (32 - clz32 - 1).
  const b = hashToken(token) >>> (Math.clz32(bits.length * 32) + 1);
  return ((bits[b >>> 5] >>> b) & 1) !== 0;
}

/** Most missing tokens a packed root remembers before it starts over. */
const MAX_MISSES = 100_000;

/** Makes and keeps the node of `token` under a packed root, or undefined when no packed key is `token`. */
function unpackChild(root: TrieNode, packed: PackedRoot, token: string): TrieNode | undefined {
  if (!mayBeKey(packed, token) || packed.misses.has(token)) return undefined;
  const group = findGroup(packed.trie, token);
  if (group === undefined) {
    if (packed.misses.size >= MAX_MISSES) packed.misses.clear();
    packed.misses.add(token);
    return undefined;
  }
  const node = newNode();
  unpackInto(node, group);
  (root.next ??= new Map()).set(token, node);
  return node;
}

/** Adds packed aliases under the root, each first token's node made when first asked for. */
export function parkPacked(root: TrieNode, packed: PackedTrie): void {
  if (!packed.entries) return;
  if (!root.next) { root.next = new Map(); root.packed = { trie: packed, misses: new Set(), filter: null, asked: 0 }; return; }
  // A root with children already (not the default path): its packed aliases come after theirs.
  const keys = packed.keys.slice(1, -1).split('\n');
  const groups = packed.entries.split('\n');
  for (let i = 0; i < keys.length; i++) unpackInto(child(root, keys[i]), groups[i]);
}

/** Decodes one key's packed entries (stored ASCII) into its node, in order. */
function unpackInto(node: TrieNode, stored: string): void {
  const group = fromAscii(stored);
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

/** Parks an alias (tokens joined by SEP) under the root; it expands when first reached. */
export function park(root: TrieNode, joined: string, entry: AliasEntry): void {
  const cut = joined.indexOf(SEP);
  place(child(root, cut < 0 ? joined : joined.slice(0, cut)), cut < 0 ? '' : joined.slice(cut + 1), entry);
}

/** Moves a node's parked aliases one level down. Call before reading `next` or `entries`. */
export function settle(node: TrieNode): TrieNode {
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
  const c = node.next?.get(token) ?? (node.packed ? unpackChild(node, node.packed, token) : undefined);
  return c ? settle(c) : undefined;
}
