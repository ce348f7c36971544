/**
 * Entity records stored positionally: the bundled records are most of the data, and as
 * JSON each repeated its keys, quotes and the same few types and kinds ten thousand
 * times. A record's line is its shape's number and its values, tab-separated, stored
 * ASCII ({@link toAscii}); the shape lists the record's fields in order (so a parsed
 * record equals the JSON one, key order included), each one of:
 * - `key`: a string, the next value;
 * - `key*`: any other value, the next value as stored JSON;
 * - `key{a,b}`: an object of strings, the next values in key order;
 * - `key=text`: a constant string (types and kinds, which shapes repeat);
 * - `key@n`: the same string as value `n` of the line, from 0 (`name`, mostly `names.en`).
 */
import { fromAscii, toAscii } from './ascii.js';
import { parseStored, storeJson } from './stored.js';
import type { EntityRecord } from './types.js';

/** Records packed by {@link packRecords}: the shapes, and one line per record. */
export interface PackedRecords {
  /** Stored JSON of the shapes, each a list of field specs. */
  shapes: string;
  /** One line per record: `shape \t value \t value …`, stored ASCII. */
  lines: string;
}

/** Fields whose values repeat enough to live in the shape. */
const CONSTANT = new Set(['type', 'kind']);
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;
/** A string that can stand as a value by itself: it holds no separator. */
const plain = (v: unknown): v is string => typeof v === 'string' && !/[\t\n]/.test(v);

/** One field of a record as packed: its spec in the shape and the values it puts on the line. */
type Packed = { key: string; spec: string; values: string[] };

/** How one field is packed, before copies are found. */
function packField(key: string, v: unknown): Packed {
  if (!PLAIN_KEY.test(key)) throw new Error(`packRecords: cannot pack the key ${JSON.stringify(key)}`);
  if (plain(v) && CONSTANT.has(key) && /^[^\s=@*{]+$/.test(v)) return { key, spec: `${key}=${v}`, values: [] };
  if (plain(v)) return { key, spec: key, values: [v] };
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length && Object.entries(v).every(([k, s]) => PLAIN_KEY.test(k) && plain(s))) {
    return { key, spec: `${key}{${Object.keys(v).join(',')}}`, values: Object.values(v) as string[] };
  }
  return { key, spec: `${key}*`, values: [storeJson(v)] };
}

/** Packs records (build time). */
export function packRecords(records: readonly EntityRecord[]): PackedRecords {
  const shapes = new Map<string, number>();
  const lines = records.map((rec) => {
    const fields = Object.entries(rec).map(([k, v]) => packField(k, v));
    // A string equal to a later object's value (name = names.en) points at that value instead.
    const copyOf = fields.map((f, i) => f.spec === f.key
      ? fields.findIndex((g, j) => j > i && g.spec.includes('{') && g.values.includes(f.values[0]))
      : -1);
    for (const [i, j] of copyOf.entries()) if (j >= 0) fields[i].values = [];
    const startOf: number[] = [];
    fields.reduce((n, f, i) => { startOf[i] = n; return n + f.values.length; }, 0);
    const specs = fields.map((f, i) => (copyOf[i] >= 0 ? `${f.key}@${startOf[copyOf[i]] + fields[copyOf[i]].values.indexOf(rec[f.key as keyof EntityRecord] as string)}` : f.spec));
    const shape = JSON.stringify(specs);
    let id = shapes.get(shape);
    if (id === undefined) shapes.set(shape, (id = shapes.size));
    return toAscii([id, ...fields.flatMap((f) => f.values)].join('\t'));
  });
  return { shapes: storeJson([...shapes.keys()].map((s) => JSON.parse(s))), lines: lines.join('\n') };
}

/** One field of a shape, compiled. */
type Field =
  | { key: string; op: 'string' | 'json' }
  | { key: string; op: 'object'; keys: string[] }
  | { key: string; op: 'constant'; value: string }
  | { key: string; op: 'copy'; at: number };

function compileField(spec: string): Field {
  const brace = spec.indexOf('{');
  if (brace > 0) return { key: spec.slice(0, brace), op: 'object', keys: spec.slice(brace + 1, -1).split(',') };
  const eq = spec.indexOf('=');
  if (eq > 0) return { key: spec.slice(0, eq), op: 'constant', value: spec.slice(eq + 1) };
  const at = spec.indexOf('@');
  if (at > 0) return { key: spec.slice(0, at), op: 'copy', at: +spec.slice(at + 1) };
  return spec.endsWith('*') ? { key: spec.slice(0, -1), op: 'json' } : { key: spec, op: 'string' };
}

/** The parser of lines packed with these shapes (a record per call, as the JSON record was). */
export function recordParser(packedShapes: string): (line: string) => EntityRecord {
  const specs = parseStored<string[][]>(packedShapes);
  const compiled: (Field[] | undefined)[] = [];
  return (line) => {
    const values = fromAscii(line).split('\t');
    const shape = (compiled[+values[0]] ??= specs[+values[0]].map(compileField));
    const rec: Record<string, unknown> = {};
    let v = 1;
    for (const f of shape) {
      switch (f.op) {
        case 'string': rec[f.key] = values[v++]; break;
        case 'json': rec[f.key] = parseStored(values[v++]); break;
        case 'constant': rec[f.key] = f.value; break;
        case 'copy': rec[f.key] = values[f.at + 1]; break;
        case 'object': {
          const o: Record<string, string> = {};
          for (const k of f.keys) o[k] = values[v++];
          rec[f.key] = o;
        }
      }
    }
    return rec as unknown as EntityRecord;
  };
}
