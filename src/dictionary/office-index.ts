/**
 * The office index of the default dictionaries, packed at build time as one line per
 * office, `office|of \t entity from to \t …` (ids and dates hold no whitespace). A run
 * reads the holders of a few offices: each line becomes holder records on first read.
 */
import type { OfficeIndex } from '../entities/coref.js';

type Holders = OfficeIndex extends Map<string, infer H> ? H : never;

function holders(line: string): Holders {
  return line.split('\t').map((h) => {
    const [entity, from, to] = h.split(' ');
    return { entity: +entity, from, to };
  });
}

/** An office index whose entries are decoded when read: by `get`, or all at once by any iteration. */
class PackedOfficeIndex extends Map<string, Holders> {
  /** The lines not yet decoded, by key. */
  private readonly packed = new Map<string, string>();

  constructor(text: string) {
    super();
    if (!text) return;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      const key = tab < 0 ? line : line.slice(0, tab);
      this.packed.set(key, tab < 0 ? '' : line.slice(tab + 1));
      super.set(key, []); // a placeholder: `has`, `size` and `keys` are right without decoding
    }
  }

  override get(key: string): Holders | undefined {
    const line = this.packed.get(key);
    if (line !== undefined) { this.packed.delete(key); super.set(key, line ? holders(line) : []); }
    return super.get(key);
  }

  override set(key: string, value: Holders): this {
    this.packed.delete(key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.packed.delete(key);
    return super.delete(key);
  }

  override clear(): void {
    this.packed.clear();
    super.clear();
  }

  /** Decodes every line left, before anything reads the values. */
  private all(): void {
    for (const key of [...this.packed.keys()]) this.get(key);
  }

  override values() { this.all(); return super.values(); }
  override entries() { this.all(); return super.entries(); }
  override [Symbol.iterator]() { this.all(); return super[Symbol.iterator](); }
  override forEach(fn: (value: Holders, key: string, map: Map<string, Holders>) => void, thisArg?: unknown): void {
    this.all();
    super.forEach(fn, thisArg);
  }
}

/** The office index of its packed lines (see the module comment), a new one each call. */
export function unpackOfficeIndex(text: string): OfficeIndex {
  return new PackedOfficeIndex(text);
}
