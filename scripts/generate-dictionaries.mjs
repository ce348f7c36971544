#!/usr/bin/env node
// Generates dictionaries/generated/*.jsonl from ICU (Intl.DisplayNames) and CLDR JSON packages.
//
//   npm run dictionaries
//
// Output is deterministic: records sorted by id, fixed key order, arrays sorted by code point,
// "\n" line ends. Rerunning with the same Node (ICU) and the same CLDR package versions gives
// byte-identical files; SOURCES.json records those versions.
//
// Sources
// - names:            Intl.DisplayNames (Node's ICU), type "region", locales "en" and "ar"
// - aliases:          cldr-localenames-full main/{en,ar}/territories.json ("-alt-short", "-alt-variant" keys,
//                     and the package's default name when it differs from ICU's)
// - UN membership:    cldr-core supplemental/territoryContainment.json, grouping "UN" (the 193 member states),
//                     plus the two UN General Assembly observer states (data below)
// - region tree:      cldr-core supplemental/territoryContainment.json
// - cities:           cldr-dates-full main/{en,ar}/timeZoneNames.json, zone exemplarCity. English CLDR omits
//                     exemplars that equal the tz id's last segment, so that segment ("_" -> " ") is the
//                     English fallback, as CLDR itself does.
// - zone -> country:  cldr-core supplemental/windowsZones.json. Its mapZone rows list, per Windows zone, the
//                     IANA zones of each territory (rows with territory "001" are the Windows defaults and are
//                     ignored; "ZZ" marks Etc/* zones). It covers every zone with an exemplar city except
//                     Antarctica/Troll, which is skipped anyway (research station). A zone without a territory
//                     there is skipped, never guessed.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` writes elsewhere (the tests regenerate into a temporary folder and compare).
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'dictionaries', 'generated');

const PACKAGES = ['cldr-core', 'cldr-dates-full', 'cldr-localenames-full'];

const territoriesEn = require('cldr-localenames-full/main/en/territories.json').main.en.localeDisplayNames.territories;
const territoriesAr = require('cldr-localenames-full/main/ar/territories.json').main.ar.localeDisplayNames.territories;
const containment = require('cldr-core/supplemental/territoryContainment.json').supplemental.territoryContainment;
const windowsZones = require('cldr-core/supplemental/windowsZones.json').supplemental.windowsZones.mapTimezones;
const zonesEn = require('cldr-dates-full/main/en/timeZoneNames.json').main.en.dates.timeZoneNames.zone;
const zonesAr = require('cldr-dates-full/main/ar/timeZoneNames.json').main.ar.dates.timeZoneNames.zone;

const displayEn = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const displayAr = new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' });

// ---------------------------------------------------------------------------------------------------------
// Data

// CLDR region codes that are not places (or not single places): unknown, pseudo-locales, unions, "outlying".
const NOT_PLACES = new Set(['ZZ', 'QO', 'EU', 'EZ', 'UN', 'XA', 'XB']);

// UN General Assembly non-member observer states; with the 193 members of CLDR's "UN" grouping they are the
// records of kind "country". Every other region code is a "territory".
const UN_OBSERVER_STATES = ['PS', 'VA'];

// M49 areas that are continents: the children of 001 (World) in CLDR's containment tree, plus North and South
// America, which the Arabic and English press treat as continents (CLDR has them under 019 Americas).
const CONTINENTS = new Set(['002', '009', '019', '142', '150', '003', '005']);

// Time zones whose exemplar city shares its English name with its country and really is a city (a capital
// named like its state). Other exemplars equal to a country or territory name name the territory, not a city
// (America/Puerto_Rico, Asia/Qatar, Indian/Maldives, …) and are skipped. The value is the city's English name
// where it differs from the exemplar.
const SAME_NAME_CAPITALS = {
  'Asia/Kuwait': 'Kuwait City',
  'Asia/Singapore': 'Singapore',
  'Africa/Djibouti': 'Djibouti City',
  'Europe/Luxembourg': 'Luxembourg City',
  'Europe/Monaco': 'Monaco',
  'Europe/Vatican': 'Vatican City',
  'Europe/San_Marino': 'City of San Marino',
  'America/Panama': 'Panama City',
  'America/Guatemala': 'Guatemala City',
  'America/Belize': 'Belize City',
};

// Zones whose exemplar is not a city: islands, archipelagos, atolls, a peninsula, a state. (Antarctica/* and
// Etc/* are skipped as a whole: research stations and non-places.)
const NOT_CITIES = new Set([
  'America/Antigua', 'America/Bahia', 'America/Cayman', 'America/St_Barthelemy', 'America/St_Kitts',
  'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent',
  'Asia/Kamchatka', 'Asia/Sakhalin',
  'Atlantic/Azores', 'Atlantic/Canary', 'Atlantic/Faeroe', 'Atlantic/Madeira', 'Atlantic/South_Georgia',
  'Australia/Lindeman', 'Australia/Lord_Howe',
  'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Kerguelen', 'Indian/Mahe',
  'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury',
  'Pacific/Fakaofo', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Kiritimati',
  'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Norfolk',
  'Pacific/Pitcairn', 'Pacific/Ponape', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Tahiti',
  'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis',
]);

// Zones whose Arabic exemplar names another place than the English one (CLDR 48 ar transliterates the old
// tz id: Coral Harbour for Atikokan, Miquelon for Saint-Pierre) or is not a reading of it (وينكتون for
// Moncton). Skipped rather than published with a wrong name.
const WRONG_ARABIC_EXEMPLAR = new Set(['America/Coral_Harbour', 'America/Miquelon', 'America/Moncton']);

// ---------------------------------------------------------------------------------------------------------
// Helpers

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs) => [...new Set(xs.filter(Boolean))].sort(cmp);

function foldLatin(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").normalize('NFC');
}

function slug(s) {
  return foldLatin(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Key under which two surface forms are the same for the matcher: Arabic diacritics and tatweel dropped,
// hamza carriers and alef forms unified, ى→ي, ة→ه; Latin case and diacritics folded.
function surfaceKey(s) {
  return foldLatin(s)
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[.'’]/g, '')
    .replace(/[\s\-‐]+/g, ' ')
    .trim();
}

const stripParens = (s) => s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();

// English variants CLDR's display style hides: "&" for "and", "St." for "Saint", letters with diacritics.
function englishVariants(s) {
  const out = new Set();
  const base = stripParens(s);
  out.add(base);
  const folded = foldLatin(base);
  out.add(folded);
  for (const x of [base, folded]) {
    const and = x.replace(/\s*&\s*/g, ' and ');
    out.add(and);
    out.add(and.replace(/\bSt\. /g, 'Saint '));
  }
  out.delete(s);
  return [...out];
}

function arabicVariants(s) {
  const out = new Set([stripParens(s)]);
  out.delete(s);
  return [...out];
}

function record(r) {
  // Fixed key order (README field order); empty fields dropped.
  const o = {};
  for (const k of ['id', 'type', 'kind', 'name', 'names', 'aliases', 'ambiguous', 'country', 'parent']) {
    const v = r[k];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    o[k] = v;
  }
  return o;
}

function makeAliases(names, candidates) {
  const aliases = {};
  for (const lang of ['ar', 'en']) {
    const list = uniqSorted((candidates[lang] || []).map((x) => x.trim())).filter((x) => x !== names[lang]);
    if (list.length) aliases[lang] = list;
  }
  return aliases;
}

// ---------------------------------------------------------------------------------------------------------
// Region tree

const isGroupingKey = (k) => k.includes('-status-');
const parentOf = new Map(); // code -> parent code (main tree first, then groupings)
for (const pass of ['main', 'grouping']) {
  for (const [k, v] of Object.entries(containment)) {
    if (isGroupingKey(k) && !k.endsWith('-status-grouping')) continue; // deprecated entries
    const code = k.replace(/-status-grouping$/, '');
    const grouping = k.endsWith('-status-grouping') || v._grouping === 'true';
    if ((pass === 'main') === grouping) continue;
    if (NOT_PLACES.has(code)) continue;
    for (const child of v._contains) if (!parentOf.has(child)) parentOf.set(child, code);
  }
}

const regionCodes = Object.keys(territoriesEn).filter((k) => !k.includes('-alt-') && !NOT_PLACES.has(k));
const m49 = regionCodes.filter((k) => /^\d{3}$/.test(k)).sort(cmp);
const iso2 = regionCodes.filter((k) => /^[A-Z]{2}$/.test(k)).sort(cmp);

const unMembers = new Set([...containment.UN._contains, ...UN_OBSERVER_STATES]);
if (containment.UN._contains.length !== 193) {
  throw new Error(`CLDR UN grouping has ${containment.UN._contains.length} members, expected 193`);
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function regionNames(code) {
  const en = displayEn.of(code) ?? territoriesEn[code];
  const ar = displayAr.of(code) ?? territoriesAr[code];
  if (!en || !ar) throw new Error(`no name for region ${code}`);
  return { ar, en: capitalize(en) };
}

function regionAliasCandidates(code, names) {
  const c = { ar: [], en: [] };
  for (const [lang, table] of [['ar', territoriesAr], ['en', territoriesEn]]) {
    const variants = lang === 'en' ? englishVariants : arabicVariants;
    const forms = [names[lang]];
    if (table[code] && table[code] !== names[lang]) forms.push(lang === 'en' ? capitalize(table[code]) : table[code]);
    for (const suffix of ['-alt-short', '-alt-variant']) {
      const alt = table[code + suffix];
      // Parenthesized alternates ("Congo (DRC)") are qualifiers, not forms found in running text.
      if (alt && !/[()]/.test(alt)) forms.push(alt);
    }
    for (const f of forms) {
      c[lang].push(f);
      c[lang].push(...variants(f));
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------------
// Records

const regions = [];
const regionIdOf = new Map();
for (const code of m49) {
  const names = regionNames(code);
  regionIdOf.set(code, `place:${slug(names.en)}`);
}
const placeIdOf = (code) => (/^\d{3}$/.test(code) ? regionIdOf.get(code) : `place:${code.toLowerCase()}`);

for (const code of m49) {
  const names = regionNames(code);
  const parent = parentOf.get(code);
  regions.push({
    id: regionIdOf.get(code),
    type: 'place',
    kind: CONTINENTS.has(code) ? 'continent' : 'region',
    name: names.en,
    names,
    aliases: makeAliases(names, regionAliasCandidates(code, names)),
    parent: parent ? placeIdOf(parent) : undefined,
  });
}

const countries = [];
for (const code of iso2) {
  const names = regionNames(code);
  const parent = parentOf.get(code);
  countries.push({
    id: placeIdOf(code),
    type: 'place',
    kind: unMembers.has(code) ? 'country' : 'territory',
    name: names.en,
    names,
    aliases: makeAliases(names, regionAliasCandidates(code, names)),
    country: code,
    parent: parent && regionIdOf.has(parent) ? regionIdOf.get(parent) : undefined,
  });
}

// Zones
function flattenZones(tree) {
  const out = new Map();
  (function walk(node, path) {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object' && !('_type' in v)) walk(v, [...path, k]);
      else out.set([...path, k].join('/'), v);
    }
  })(tree, []);
  return out;
}
const zoneAr = flattenZones(zonesAr);
const zoneEn = flattenZones(zonesEn);

const zoneCountry = new Map();
for (const { mapZone } of windowsZones) {
  if (mapZone._territory === '001' || mapZone._territory === 'ZZ') continue;
  for (const z of mapZone._type.split(' ')) zoneCountry.set(z, mapZone._territory);
}

// English names of countries and territories, to tell exemplars that name a territory ("Puerto Rico").
const territoryEnglishKeys = new Set();
for (const r of countries) {
  territoryEnglishKeys.add(surfaceKey(r.names.en));
  for (const a of r.aliases.en || []) territoryEnglishKeys.add(surfaceKey(a));
}

const cities = [];
const skipped = [];
for (const zone of [...zoneAr.keys()].sort(cmp)) {
  const ar = zoneAr.get(zone)?.exemplarCity;
  const exemplarEn = zoneEn.get(zone)?.exemplarCity ?? zone.split('/').pop().replace(/_/g, ' ');
  const country = zoneCountry.get(zone);
  if (!ar) { skipped.push([zone, 'no Arabic exemplar']); continue; }
  if (zone.startsWith('Etc/') || zone.startsWith('Antarctica/')) { skipped.push([zone, 'not a city']); continue; }
  if (NOT_CITIES.has(zone)) { skipped.push([zone, 'not a city']); continue; }
  if (WRONG_ARABIC_EXEMPLAR.has(zone)) { skipped.push([zone, 'Arabic exemplar names another place']); continue; }
  if (!country || NOT_PLACES.has(country)) { skipped.push([zone, 'no territory in windowsZones']); continue; }
  if (territoryEnglishKeys.has(surfaceKey(exemplarEn)) && !(zone in SAME_NAME_CAPITALS)) {
    skipped.push([zone, 'exemplar names the territory']);
    continue;
  }
  const en = SAME_NAME_CAPITALS[zone] ?? exemplarEn;
  const names = { ar: stripParens(ar), en };
  const candidates = { ar: [...arabicVariants(ar)], en: [exemplarEn, ...englishVariants(en), ...englishVariants(exemplarEn)] };
  if (names.ar !== ar) candidates.ar.push(names.ar);
  cities.push({
    zone,
    id: `place:${slug(en)}`,
    type: 'place',
    kind: 'city',
    name: en,
    names,
    aliases: makeAliases(names, candidates),
    country,
  });
}

// Id collisions: regions and countries keep theirs; a city whose slug is taken gets "-<iso2>".
const taken = new Set([...regions, ...countries].map((r) => r.id));
if (taken.size !== regions.length + countries.length) throw new Error('duplicate region/country ids');
for (const c of cities) {
  if (taken.has(c.id)) c.id = `${c.id}-${c.country.toLowerCase()}`;
  if (taken.has(c.id)) throw new Error(`id collision ${c.id} (${c.zone})`);
  taken.add(c.id);
}

// Shared surface forms: every name or alias that two generated records share goes into "ambiguous" on both.
const all = [...regions, ...countries, ...cities];
const owners = new Map(); // key -> Set(record index)
all.forEach((r, i) => {
  for (const lang of Object.keys(r.names)) {
    for (const s of [r.names[lang], ...(r.aliases[lang] || [])]) {
      const k = surfaceKey(s);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(i);
    }
  }
});
all.forEach((r, i) => {
  const amb = [];
  for (const lang of Object.keys(r.names)) {
    for (const s of [r.names[lang], ...(r.aliases[lang] || [])]) {
      if (owners.get(surfaceKey(s)).size > 1) amb.push(s);
    }
  }
  r.ambiguous = uniqSorted(amb);
});

// ---------------------------------------------------------------------------------------------------------
// Output

function writeJsonl(file, recs) {
  const lines = recs
    .map(record)
    .sort((a, b) => cmp(a.id, b.id))
    .map((r) => JSON.stringify(r));
  writeFileSync(join(outDir, file), lines.join('\n') + '\n');
  return lines.length;
}

mkdirSync(outDir, { recursive: true });
const counts = {
  'countries.jsonl': writeJsonl('countries.jsonl', countries),
  'cities.jsonl': writeJsonl('cities.jsonl', cities),
  'regions.jsonl': writeJsonl('regions.jsonl', regions),
};

const versions = {};
for (const p of PACKAGES) versions[p] = require(`${p}/package.json`).version;
const sources = {
  packages: versions,
  icu: {
    icu: process.versions.icu,
    cldr: process.versions.cldr,
    unicode: process.versions.unicode,
  },
  files: counts,
  skippedZones: Object.fromEntries(skipped.sort((a, b) => cmp(a[0], b[0]))),
};
writeFileSync(join(outDir, 'SOURCES.json'), JSON.stringify(sources, null, 2) + '\n');

for (const [f, n] of Object.entries(counts)) console.log(`${f}: ${n}`);
console.log(`skipped zones: ${skipped.length}`);
