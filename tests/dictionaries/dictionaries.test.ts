import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { applyPatches, validateRecord } from '../../src/dictionary/validate.js';
import { surfaceForms } from '../../src/gazetteer/compile.js';
import { normalize } from '../../src/text/normalize.js';
import type { EntityRecord } from '../../src/dictionary/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dict = join(root, 'dictionaries');
const offices = new Set(Object.keys(JSON.parse(readFileSync(join(dict, 'offices.json'), 'utf8'))).filter((k) => k !== '$comment'));

function load(dir: string): { rec: unknown; where: string }[] {
  const out: { rec: unknown; where: string }[] = [];
  for (const f of readdirSync(join(dict, dir)).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dict, dir, f), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim()) out.push({ rec: JSON.parse(line), where: `${dir}/${f}:${i + 1}` });
    });
  }
  return out;
}
const raw = ['generated', 'places', 'organizations', 'people'].flatMap(load);
const records: EntityRecord[] = raw.map(({ rec, where }) => validateRecord(rec, where, offices));
const merged = applyPatches(records);
const ids = new Set(merged.map((r) => r.id));

describe('dictionaries', () => {
  it('every record is valid (types, ids, fields, offices)', () => {
    expect(records.length).toBeGreaterThan(1000);
  });
  it('ids are unique and patches reference existing records', () => {
    expect(merged.length).toBe(records.filter((r) => !r.patch).length);
  });
  it('references point at existing places and organizations', () => {
    const bad: string[] = [];
    for (const r of merged) {
      if (r.parent && !ids.has(r.parent)) bad.push(`${r.id} parent ${r.parent}`);
      for (const role of r.roles ?? []) if (role.of && !ids.has(role.of)) bad.push(`${r.id} role of ${role.of}`);
    }
    expect(bad).toEqual([]);
  });
  it('an alias shared by two records is marked ambiguous in both', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of merged) {
      for (const { alias } of surfaceForms(r)) {
        const k = normalize(alias);
        if (!owners.has(k)) owners.set(k, new Set());
        owners.get(k)!.add(r.id);
      }
    }
    const byId = new Map(merged.map((r) => [r.id, r]));
    const unmarked: string[] = [];
    for (const [alias, who] of owners) {
      if (who.size < 2) continue;
      for (const id of who) {
        const marked = (byId.get(id)!.ambiguous ?? []).some((a) => normalize(a) === alias);
        if (!marked) unmarked.push(`${alias}: ${id} (shared with ${[...who].filter((x) => x !== id).join(', ')})`);
      }
    }
    expect(unmarked).toEqual([]);
  });
  it('demonyms point at known places', () => {
    const bad = load('demonyms').map(({ rec }) => rec as { place: string }).filter((d) => !ids.has(d.place)).map((d) => d.place);
    expect(bad).toEqual([]);
  });
  it('generated files reproduce byte for byte from the generator', () => {
    const out = mkdtempSync(join(tmpdir(), 'akhbar-gen-'));
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-dictionaries.mjs'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const f of readdirSync(join(dict, 'generated'))) {
      expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(dict, 'generated', f), 'utf8'));
    }
  });
});
