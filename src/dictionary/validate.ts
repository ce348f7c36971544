/**
 * Validation of dictionary records, for the bundled dictionaries (in tests) and
 * for user dictionaries (at createExtractor): a bad record throws a TypeError
 * naming the record and the field.
 */
import type { EntityRecord } from './types.js';

const TYPES = new Set(['person', 'place', 'organization']);
const ID = /^(person|place|org):[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LANG = /^[a-z]{2}$/;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
const isLangMap = (v: unknown, check: (x: unknown) => boolean) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) => LANG.test(k) && check(x));

/**
 * Checks one record and returns it typed. `where` names the record in messages
 * (e.g. `dictionaries[3]` or a file and line).
 * @throws TypeError naming the record and the offending field.
 */
export function validateRecord(rec: unknown, where: string, offices?: ReadonlySet<string>): EntityRecord {
  const bad = (field: string, why: string): never => {
    const id = typeof rec === 'object' && rec !== null && typeof (rec as { id?: unknown }).id === 'string' ? ` (id "${(rec as { id: string }).id}")` : '';
    throw new TypeError(`${where}${id}: ${field} ${why}`);
  };
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) bad('record', 'must be an object');
  const r = rec as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id)) bad('"id"', 'must look like person:slug, place:slug or org:slug (lower-case ASCII)');
  if (r.patch === true) {
    if (r.type !== undefined && !TYPES.has(r.type as string)) bad('"type"', 'must be person, place or organization');
  } else {
    if (!TYPES.has(r.type as string)) bad('"type"', 'must be person, place or organization');
    const prefix = (r.id as string).split(':')[0];
    if ({ person: 'person', place: 'place', organization: 'org' }[r.type as string] !== prefix) bad('"id"', `prefix does not match type "${r.type}"`);
    if (typeof r.name !== 'string' || !r.name.trim()) bad('"name"', 'must be a non-empty string');
    if (!isLangMap(r.names, (x) => typeof x === 'string' && x.trim() !== '') || Object.keys(r.names as object).length === 0) {
      bad('"names"', 'must map language codes to non-empty strings, e.g. {"ar": "…", "en": "…"}');
    }
  }
  if (r.aliases !== undefined && !isLangMap(r.aliases, isStringArray)) bad('"aliases"', 'must map language codes to arrays of non-empty strings');
  for (const f of ['ambiguous', 'common', 'nominal'] as const) if (r[f] !== undefined && !isStringArray(r[f])) bad(`"${f}"`, 'must be an array of non-empty strings');
  for (const f of ['short', 'kind', 'parent'] as const) if (r[f] !== undefined && (typeof r[f] !== 'string' || !(r[f] as string).trim())) bad(`"${f}"`, 'must be a non-empty string');
  if (r.wikidata !== undefined && (typeof r.wikidata !== 'string' || !/^Q\d+$/.test(r.wikidata))) bad('"wikidata"', 'must be a Q-id like Q311440');
  if (r.country !== undefined && (typeof r.country !== 'string' || !/^[A-Z]{2}$/.test(r.country))) bad('"country"', 'must be an ISO 3166-1 alpha-2 code in upper case');
  if (r.roles !== undefined) {
    if (!Array.isArray(r.roles)) bad('"roles"', 'must be an array');
    (r.roles as unknown[]).forEach((role, i) => {
      if (typeof role !== 'object' || role === null) bad(`"roles[${i}]"`, 'must be an object');
      const o = role as Record<string, unknown>;
      if (typeof o.office !== 'string' || (offices && !offices.has(o.office))) bad(`"roles[${i}].office"`, `must be a key of offices.json, got ${JSON.stringify(o.office)}`);
      if (o.of !== undefined && (typeof o.of !== 'string' || !ID.test(o.of))) bad(`"roles[${i}].of"`, 'must be a place: or org: id');
      for (const d of ['from', 'to'] as const) if (o[d] !== undefined && o[d] !== null && (typeof o[d] !== 'string' || !DATE.test(o[d] as string))) bad(`"roles[${i}].${d}"`, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    });
  }
  return r as unknown as EntityRecord;
}

/** Merges patch records into the records with the same id; arrays and alias lists are joined, scalars of the patch win. */
export function applyPatches(records: EntityRecord[], where = 'dictionaries'): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  const patches: EntityRecord[] = [];
  for (const r of records) {
    if (r.patch) { patches.push(r); continue; }
    if (byId.has(r.id)) throw new TypeError(`${where}: id "${r.id}" is used by two records`);
    byId.set(r.id, { ...r });
  }
  for (const p of patches) {
    const base = byId.get(p.id);
    if (!base) throw new TypeError(`${where}: patch for unknown id "${p.id}"`);
    byId.set(p.id, mergeRecord(base, p));
  }
  return [...byId.values()];
}

/** One record over another: arrays joined without repeats, language maps merged, scalars replaced. */
export function mergeRecord(base: EntityRecord, over: Partial<EntityRecord>): EntityRecord {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (k === 'patch' || v === undefined) continue;
    const old = out[k];
    if (Array.isArray(v) && Array.isArray(old)) out[k] = k === 'roles' ? [...old, ...v] : [...new Set([...old, ...v])];
    else if (k === 'aliases' && old && typeof old === 'object') {
      const m: Record<string, string[]> = { ...(old as Record<string, string[]>) };
      for (const [lang, list] of Object.entries(v as Record<string, string[]>)) m[lang] = [...new Set([...(m[lang] ?? []), ...list])];
      out[k] = m;
    } else if (k === 'names' && old && typeof old === 'object') out[k] = { ...(old as object), ...(v as object) };
    else out[k] = v;
  }
  return out as unknown as EntityRecord;
}
