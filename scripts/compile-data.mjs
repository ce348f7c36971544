#!/usr/bin/env node
// Bundles the dictionaries (dictionaries/**) into src/generated/data.json, the
// data the core compiles at start-up. Rerun by `npm run build` and `npm test`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dict = join(root, 'dictionaries');
const ENTITY_DIRS = ['generated', 'places', 'organizations', 'people'];

function readJsonl(file) {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line)];
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${e.message})`);
    }
  });
}
const jsonlFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : []);

// Records in file order; patch records are merged at run time by applyPatches (src/dictionary/validate.ts).
const records = ENTITY_DIRS.flatMap((d) => jsonlFiles(join(dict, d)).flatMap(readJsonl));

const demonyms = jsonlFiles(join(dict, 'demonyms')).flatMap(readJsonl);
const givenFile = join(dict, 'names', 'given.ar.txt');
const given = existsSync(givenFile) ? readFileSync(givenFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
const offices = JSON.parse(readFileSync(join(dict, 'offices.json'), 'utf8'));
delete offices.$comment;

// Rule lexicons: dictionaries/rules/<lang>/lexicons/<name>.txt, one entry per line, # comments.
const lexicons = {};
const rulesDir = join(dict, 'rules');
for (const lang of existsSync(rulesDir) ? readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []) {
  const lexDir = join(rulesDir, lang, 'lexicons');
  if (!existsSync(lexDir)) continue;
  lexicons[lang] = {};
  for (const f of readdirSync(lexDir).filter((f) => f.endsWith('.txt')).sort()) {
    lexicons[lang][f.slice(0, -4)] = readFileSync(join(lexDir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  }
}
const rules = {};
for (const lang of existsSync(rulesDir) ? readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []) {
  rules[lang] = jsonlFiles(join(rulesDir, lang)).flatMap(readJsonl);
}

const bundle = {
  entities: records,
  demonyms,
  givenNames: { ar: given.filter((g) => !g.startsWith('?')), arWeak: given.filter((g) => g.startsWith('?')).map((g) => g.slice(1)) },
  offices,
  lexicons,
  rules,
};
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
writeFileSync(join(root, 'src', 'generated', 'data.json'), JSON.stringify(bundle));
console.error(`compile-data: ${bundle.entities.length} entities, ${demonyms.length} demonyms, ${given.length} given names`);
