/**
 * Word interning: every distinct normalized token gets a small integer id, once, while the
 * tokenizer scans the view. A token already seen costs a hash of its code units and one probe;
 * no substring is made. Later stages keep per-word facts in arrays indexed by id instead of
 * slicing each token and looking it up in a map, and every token of a word shares one string
 * (whose hash V8 keeps, so map lookups with it are cheap too).
 */
import { codeUnits } from './normalize.js';

/**
 * Numbers a slot of the table holds (32 bytes): id + 1 (0 when empty), the word's full hash, its
 * length, then its code units two to a number (0 past its end) when it has at most {@link INLINE},
 * else where they start in the pool.
 */
const SLOT = 8, INLINE = 10;
const FNV_BASIS = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** Words whose slots {@link WordTable.internHashed} reads ahead at a time (their cache lines stay in cache). */
const PREFETCH_CHUNK = 256;

/** The hash of the word `u[a..b)`: FNV-1a over its code units two at a time (the last alone when odd), then mixed. */
export function wordHash(u: Uint16Array, a: number, b: number): number {
  let h = FNV_BASIS;
  let k = a;
  for (; k + 1 < b; k += 2) h = Math.imul(h ^ (u[k] | (u[k + 1] << 16)), FNV_PRIME);
  if (k < b) h = Math.imul(h ^ u[k], FNV_PRIME);
  return mix(h);
}

/** Code units `k` and `k + 1` of the word of `len` units at `a` of `u`, as one number (0 past the word's end). */
function pairAt(u: Uint16Array, a: number, k: number, len: number): number {
  if (k >= len) return 0;
  return u[a + k] | (k + 1 < len ? u[a + k + 1] << 16 : 0);
}

/** Whether the `len` code units at `a` of `u` are those kept two to a number at `o` of `slots`. */
function sameInline(slots: Int32Array, o: number, u: Uint16Array, a: number, len: number): boolean {
  let k = 0;
  for (; k + 1 < len; k += 2) if (slots[o + (k >> 1)] !== (u[a + k] | (u[a + k + 1] << 16))) return false;
  return k === len || slots[o + (k >> 1)] === u[a + k];
}

/**
 * The last step of a word's hash. A product's low bits depend on its factors' low bits only, so
 * the high half (where the second unit of each pair went) is folded down before the table
 * index is taken from the low bits.
 */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** A table of interned words. Ids run from 0 to `size - 1`; a table only grows. */
export class WordTable {
  /** The word of each id. */
  readonly words: string[] = [];
  /**
   * Open addressing, {@link SLOT} numbers a slot side by side. A slot holds all that confirms a
   * match, so that a lookup reads one cache line (with the word's facts kept apart, per id, it read
   * two, one after the other: most of interning's time, since slots are out of cache for all but
   * the common words).
   */
  private slots: Int32Array;
  private mask: number;
  /** Code units of every word back to back, for words longer than {@link INLINE}. */
  private units = new Uint16Array(1 << 16);
  private used = 0;
  /** Where {@link internHashed} leaves what it read ahead, so that the compiler keeps the reads (not used). */
  sink = 0;

  constructor(capacity = 1 << 14) {
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
  }

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  /** The id of `s.slice(a, b)`, added if new. */
  intern(s: string, a: number, b: number): number {
    const w = s.slice(a, b), u = codeUnits(w);
    return this.find(w, u, 0, w.length, wordHash(u, 0, w.length));
  }

  /**
   * Replaces `ids[k]`, the hash ({@link wordHash}) of word `k` = `s.slice(starts[k], ends[k])`, with
   * the word's id, for the first `count` words; `u` holds the code units of `s`. (The tokenizer
   * hashes each word as it finds it, its code units still at hand.) A document's words are mostly
   * in the table already, their slots far apart and out of cache: each chunk's slots are read first
   * in a loop of independent reads, which the memory system serves side by side, so that the
   * lookups that follow (each of which would wait for its own read) find them in cache.
   */
  internHashed(s: string, u: Uint16Array, starts: Int32Array, ends: Int32Array, ids: Int32Array, count: number): void {
    for (let from = 0; from < count; from += PREFETCH_CHUNK) {
      const to = Math.min(count, from + PREFETCH_CHUNK);
      const slots = this.slots, mask = this.mask;
      let sink = 0;
      // A slot's first and last numbers: a slot may straddle two cache lines (the array's memory is
      // aligned to 16 bytes, not to 64), and a lookup that read only the first would wait for the second.
      for (let k = from; k < to; k++) {
        const o = (ids[k] & mask) * SLOT;
        sink |= slots[o] | slots[o + SLOT - 1];
      }
      this.sink = sink;
      for (let k = from; k < to; k++) ids[k] = this.find(s, u, starts[k], ends[k], ids[k]);
    }
  }

  /** The id of `s.slice(a, b)` of hash `h`, added if new; `u` holds the code units of `s`. */
  private find(s: string, u: Uint16Array, a: number, b: number, h: number): number {
    const len = b - a;
    const slots = this.slots, mask = this.mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const o = p * SLOT;
      const id1 = slots[o];
      if (id1 === 0) break;
      if (slots[o + 1] === h && slots[o + 2] === len && this.holds(o, u, a, len)) return id1 - 1;
    }
    return this.add(s, u, a, b, h);
  }

  /** Whether the word of the slot at `o`, of length `len`, is `u[a..a + len)`. */
  private holds(o: number, u: Uint16Array, a: number, len: number): boolean {
    return len <= INLINE ? sameInline(this.slots, o + 3, u, a, len) : this.samePooled(this.slots[o + 3], u, a, len);
  }

  private samePooled(at: number, u: Uint16Array, a: number, len: number): boolean {
    const units = this.units;
    for (let k = 0; k < len; k++) if (units[at + k] !== u[a + k]) return false;
    return true;
  }

  private add(s: string, u: Uint16Array, a: number, b: number, h: number): number {
    const id = this.words.length;
    const len = b - a;
    this.words.push(s.slice(a, b));
    // Kept at most three quarters full: probes stay short (a miss or two, side by side).
    if ((id + 1) * 4 > (this.mask + 1) * 3) this.rehash((this.mask + 1) * 2);
    const o = this.free(h);
    this.slots[o] = id + 1;
    this.slots[o + 1] = h;
    this.slots[o + 2] = len;
    if (len <= INLINE) {
      for (let k = 0; k < len; k += 2) this.slots[o + 3 + (k >> 1)] = pairAt(u, a, k, len);
    } else {
      this.slots[o + 3] = this.pool(u, a, b);
    }
    return id;
  }

  /** Copies the code units `u[a..b)` to the pool; returns where they start. */
  private pool(u: Uint16Array, a: number, b: number): number {
    const at = this.used;
    if (at + b - a > this.units.length) {
      const g = new Uint16Array(Math.max(this.units.length * 2, at + b - a));
      g.set(this.units);
      this.units = g;
    }
    for (let k = a; k < b; k++) this.units[this.used++] = u[k];
    return at;
  }

  /** The first empty slot of hash `h` (its offset in {@link slots}). */
  private free(h: number): number {
    const mask = this.mask;
    let p = h & mask;
    while (this.slots[p * SLOT] !== 0) p = (p + 1) & mask;
    return p * SLOT;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    for (let p = 0; p < old.length; p += SLOT) {
      if (old[p] === 0) continue;
      const o = this.free(old[p + 1]);
      for (let k = 0; k < SLOT; k++) this.slots[o + k] = old[p + k];
    }
  }
}

/** Most words a table holds before documents start a new one: bounds memory over a long run. */
const MAX_WORDS = 1 << 18;
let current = new WordTable();

/**
 * The table a new document interns into. Shared by all documents, so per-word facts carry over
 * from one to the next; replaced by a fresh one (never emptied, since older documents still read
 * theirs) when it has grown past its bound.
 */
export function wordTable(): WordTable {
  if (current.size > MAX_WORDS) current = new WordTable();
  return current;
}

/**
 * Per word id of the table read last, `stride` numbers side by side (0: not known yet), grown as
 * the table grows: facts of one word that are read together share a cache line.
 */
class PerWord<A extends Uint8Array | Int32Array> {
  private table: WordTable | null = null;
  private values: A;

  constructor(private readonly make: (length: number) => A, private readonly stride: number) {
    this.values = make(0);
  }

  /** The values of `table`'s words (word `id`'s at `id * stride` onwards), long enough for every id it holds now. */
  of(table: WordTable): A {
    if (table !== this.table) {
      this.table = table;
      this.values = this.make(Math.max(1024, table.size * 2) * this.stride);
    } else if (this.values.length < table.size * this.stride) {
      const g = this.make(table.size * 2 * this.stride);
      g.set(this.values);
      this.values = g;
    }
    return this.values;
  }

  /** Forgets every value (the fact changed). */
  reset(): void {
    this.table = null;
  }
}

/**
 * A byte per word id for a fact that depends on the word alone (0: not known yet), kept for
 * the table of the documents read last and started over when they come from another one.
 */
export class WordMarks extends PerWord<Uint8Array> {
  constructor() {
    super((n) => new Uint8Array(n), 1);
  }
}

/**
 * Like {@link WordMarks}, `stride` numbers per word id (each up to 31 bits of facts, 0: not known
 * yet), for facts that take more than a byte; word `id`'s are at `id * stride` onwards.
 */
export class WordMasks extends PerWord<Int32Array> {
  constructor(stride = 1) {
    super((n) => new Int32Array(n), stride);
  }
}
