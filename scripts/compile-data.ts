// Compiles the dictionaries (dictionaries/**) into src/generated/data.ts, the data
// the core loads at start-up, in the form the runtime decodes only as far as a run
// needs it (see src/dictionary/default-data.ts): patches merged; records as one line
// of values each (src/dictionary/record-lines.ts); every alias normalized, tokenized
// and packed by first token; the role index built; every lexicon line parsed and
// normalized; all by the run-time code.
// Run by `npm run build` and `npm test` through tsx.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatches } from '../src/dictionary/validate.js';
import { compileGazetteer, packAliases, precompileAliases } from '../src/gazetteer/compile.js';
import { buildOfficeIndex } from '../src/entities/coref.js';
import { lexiconLines, packLexicons } from '../src/rules/lexicon-set.js';
import { packLexicon } from '../src/rules/lexicon.js';
import { storeJson as stored } from '../src/dictionary/stored.js';
import { packRecords, recordParser } from '../src/dictionary/record-lines.js';
import { normalize } from '../src/text/normalize.js';
import type { EntityRecord, OfficeTable } from '../src/dictionary/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dict = join(root, 'dictionaries');
const ENTITY_DIRS = ['generated', 'places', 'organizations', 'people'];

function readJsonl(file: string): any[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line)];
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
}
const jsonlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : []);

// Records in file order, patches merged into the records they patch.
const records: EntityRecord[] = applyPatches(ENTITY_DIRS.flatMap((d) => jsonlFiles(join(dict, d)).flatMap(readJsonl)), 'dictionaries');

const demonyms = jsonlFiles(join(dict, 'demonyms')).flatMap(readJsonl);
const givenLines = (file: string) => existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
const givenWord = (line: string) => normalize(line.replace(/^\?/, '').split('|')[0].trim());
const givenArabic = givenLines(join(dict, 'names', 'given.ar.txt'));
// Names of languages with foreign family names carry the tag `foreign` (see the file's header),
// unless the Arabic list has them too.
const arabicGiven = new Set(givenArabic.map(givenWord));
const given = [...givenArabic, ...givenLines(join(dict, 'names', 'given-foreign.ar.txt')).filter((l) => !arabicGiven.has(givenWord(l)))
  .map((l) => l.includes('|') ? `${l},foreign` : `${l} |foreign`)];
// English given names (generated from compromise's lexicon): the `given-names` lexicon of the English path.
const givenEnFile = join(dict, 'names', 'given.en.txt');
const givenEn = existsSync(givenEnFile) ? readFileSync(givenEnFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
const offices: OfficeTable = JSON.parse(readFileSync(join(dict, 'offices.json'), 'utf8'));
delete offices.$comment;

/**
 * Entry lines of a lexicon file: comments dropped; a section heading `# --- … (tag: X) ---` gives
 * its tag to every entry up to the next heading (common-words.txt tags its adjectives so).
 */
function sectionTagged(lines: string[]): string[] {
  let tag = '';
  const out: string[] = [];
  for (const l of lines) {
    if (l.startsWith('# ---')) { tag = /\(tag: ([a-z-]+)\)/.exec(l)?.[1] ?? ''; continue; }
    if (!l || l.startsWith('#')) continue;
    out.push(!tag ? l : l.includes('|') ? `${l},${tag}` : `${l} |${tag}`);
  }
  return out;
}

// Rule lexicons: dictionaries/rules/<lang>/lexicons/<name>.txt, one entry per line, # comments.
const lexicons: Record<string, Record<string, string[]>> = {};
const rulesDir = join(dict, 'rules');
for (const lang of existsSync(rulesDir) ? readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []) {
  const lexDir = join(rulesDir, lang, 'lexicons');
  if (!existsSync(lexDir)) continue;
  lexicons[lang] = {};
  for (const f of readdirSync(lexDir).filter((f) => f.endsWith('.txt')).sort()) {
    lexicons[lang][f.slice(0, -4)] = sectionTagged(readFileSync(join(lexDir, f), 'utf8').split('\n').map((l) => l.trim()));
  }
}
if (givenEn.length) (lexicons.en ??= {})['given-names'] = givenEn;
const rules: Record<string, unknown[]> = {};
for (const lang of existsSync(rulesDir) ? readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []) {
  rules[lang] = jsonlFiles(join(rulesDir, lang)).flatMap(readJsonl);
}

// One-word titles and common words (breakers, given names that are words) from the lexicons.
const lexWords = (lang: string, name: string, withoutTag?: string) =>
  (lexicons[lang]?.[name] ?? []).filter((l) => !withoutTag || !(l.split('|')[1] ?? '').split(',').map((t) => t.trim()).includes(withoutTag))
    .map((l) => l.split('|')[0].trim().replace(/^\?/, '')).filter((w) => w && !/\s/.test(w)).map((w) => normalize(w));
const aliasContext = {
  titles: new Set([...lexWords('ar', 'titles'), ...lexWords('en', 'titles')]),
  // Given names that are also words; not those whose other reading is a name (آسيا |name).
  commonWords: new Set([...lexWords('ar', 'breakers'), ...given.filter((g) => g.startsWith('?') && !/\|.*\bname\b/.test(g)).map((g) => normalize(g.slice(1).split('|')[0].trim()))]),
  demonyms: new Set(demonyms.flatMap((d: { ar?: string[] }) => (d.ar ?? []).flatMap((f) => [normalize(f), normalize('ال' + f)]))),
  // (A head tagged `named` belongs to the names it opens: تنظيم القاعدة keeps تنظيم.)
  heads: new Set([...lexWords('ar', 'org-heads', 'named'), ...lexWords('ar', 'place-heads'), 'نادي', 'فريق', 'منتخب', 'دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'اماره', 'امارات']),
};

// The records keep what results and resolution read; their spellings live on as compiled aliases.
const slim = records.map(({ aliases: _a, ambiguous: _b, common: _c, ...keep }) => keep as EntityRecord);
const aliases = precompileAliases(records, aliasContext);
const packed = packAliases(aliases);
const officeIndex = buildOfficeIndex(compileGazetteer(slim, []));

const LANGS = ['ar', 'en'] as const;
const sources = { lexicons, givenNames: { ar: given.filter((g) => !g.startsWith('?')), arWeak: given.filter((g) => g.startsWith('?')).map((g) => g.slice(1)) }, demonyms };
const perLang = (f: (lang: 'ar' | 'en') => unknown) => Object.fromEntries(LANGS.map((l) => [l, f(l)]));
const entities = packRecords(slim);
// The runtime must read back each record as it was, key order included.
const parseRecord = recordParser(entities.shapes);
entities.lines.split('\n').forEach((line, i) => {
  if (JSON.stringify(parseRecord(line)) !== JSON.stringify(slim[i])) throw new Error(`compile-data: record ${slim[i].id} does not read back as packed`);
});
const out: Record<string, unknown> = {
  ENTITY_SHAPES: entities.shapes,
  ENTITIES: entities.lines,
  ALIASES: packed.aliases,
  SKELETONS: packed.skeletons,
  OFFICE_KEYS: stored(Object.keys(offices)),
  // One line per office: `office|of \t entity from to \t …` (ids and dates hold no whitespace).
  OFFICE_INDEX: [...officeIndex].map(([key, hs]) => [key, ...hs.map((h) => `${h.entity} ${h.from} ${h.to}`)].join('\t')).join('\n'),
  LEXICONS: perLang((l) => packLexicons(lexiconLines(sources, l))),
  // A bare title of an office many hold at once (الوزير السوداني) names none of them.
  OFFICE_TITLES: perLang((l) => packLexicon(Object.entries(offices).filter(([, titles]) => !titles.many).flatMap(([key, titles]) => [
    ...(titles[l] ?? []).map((t) => `${t} |office=${key}`),
    // A style names its country itself: خادم الحرمين الشريفين |office=king,of=place:sa
    ...Object.entries(titles.styles?.[l] ?? {}).map(([t, of]) => `${t} |office=${key},of=${of}`),
  ]))),
  RULES: perLang((l) => stored(rules[l] ?? [])),
};
const types: Record<string, string> = { ALIASES: 'PackedTrie', SKELETONS: 'PackedTrie', LEXICONS: 'Record<\'ar\' | \'en\', Record<string, PackedLexicon>>', OFFICE_TITLES: 'Record<\'ar\' | \'en\', PackedLexicon>', RULES: 'Record<\'ar\' | \'en\', string>' };
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
writeFileSync(
  join(root, 'src', 'generated', 'data.ts'),
  '// Generated by scripts/compile-data.ts from dictionaries/. Do not edit.\n' +
    "import type { PackedTrie } from '../gazetteer/trie.js';\nimport type { PackedLexicon } from '../rules/lexicon.js';\n" +
    Object.entries(out).map(([k, v]) => `export const ${k}: ${types[k] ?? 'string'} = ${JSON.stringify(v)};\n`).join(''),
);
console.error(`compile-data: ${slim.length} entities, ${aliases.length} aliases (${packed.aliases.entries.match(/[\t\n]/g)?.length ?? 0} packed), ${demonyms.length} demonyms, ${given.length} + ${givenEn.length} given names (ar + en)`);
