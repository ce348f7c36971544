/**
 * An array of entity records kept as text until read: most records of the default
 * dictionaries are never matched in a run, so start-up neither parses them nor
 * holds their objects. Reading an index parses that record once and keeps it.
 */
import type { EntityRecord } from './types.js';

/** Turns one record's stored text into the record. */
export type RecordParser = (text: string) => EntityRecord;

const targets = new WeakMap<object, { items: (string | EntityRecord)[]; parse: RecordParser }>();

/**
 * An `EntityRecord[]` over stored texts (or records), each text parsed on first read.
 * It behaves as an array: indexing, `length`, iteration and array methods (which read,
 * and so parse, every record they visit); assigning or pushing records works too.
 */
export function lazyRecords(items: (string | EntityRecord)[], parse: RecordParser): EntityRecord[] {
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof v !== 'string' || typeof key !== 'string') return v;
      // Only a stored record is a string here: no array property or method is.
      const rec = parse(v);
      target[key as unknown as number] = rec;
      return rec;
    },
  }) as unknown as EntityRecord[];
  targets.set(proxy, { items, parse });
  return proxy;
}

/** A copy of a record array; a lazy one stays lazy (records not yet read are not parsed). */
export function copyRecords(records: readonly EntityRecord[]): EntityRecord[] {
  const t = targets.get(records);
  return t ? lazyRecords(t.items.slice(), t.parse) : records.slice();
}

/**
 * A reader of one record by index that reads a lazy array's stored texts directly (parsing and
 * keeping a record on first read, as indexing does) instead of through its proxy: for loops
 * that read records per token, where each proxied read costs far more than an array read.
 */
export function recordReader<T extends object = EntityRecord>(records: readonly T[]): (index: number) => T {
  const t = targets.get(records);
  if (!t) return (i) => records[i];
  const { items, parse } = t;
  return (i) => {
    const v = items[i];
    if (typeof v !== 'string') return v as unknown as T;
    const rec = parse(v);
    items[i] = rec;
    return rec as unknown as T;
  };
}
