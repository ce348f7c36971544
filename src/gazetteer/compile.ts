/**
 * Compiles entity records into a gazetteer: every name and alias is normalized
 * and tokenized by the same code as the text, and inserted into one token trie,
 * so matching cost does not grow with the number of entries.
 */
import { normalize } from '../text/normalize.js';
import { scanTokens, TokenKind } from '../text/tokenize.js';
import type { EntityRecord, PrecompiledAlias } from '../dictionary/types.js';
import { AliasFlag, newNode, packTrie, park, parkPacked, SEP, type AliasEntry, type PackedTrie, type TrieNode } from './trie.js';
import { skeleton } from './skeleton.js';
import { NAME_PARTICLES } from '../text/name-particles.js';
import { COMPASS_NOUNS } from '../text/compass.js';

/** A compiled gazetteer. */
export interface Gazetteer {
  /** The entity records, indexed by the trie entries. */
  entities: EntityRecord[];
  /** Index of each entity by id. */
  byId: Map<string, number>;
  /** The alias trie. */
  root: TrieNode;
  /** Spelling-skeleton trie of people's Arabic names, for transliteration variants the lists lack. */
  skeletons: TrieNode;
}

/** Normalized tokens of a name, as the text's tokens would be. */
export function nameTokens(name: string): string[] {
  return nameTokensWithKinds(name).map((t) => t.norm);
}

/** Normalized tokens of a name with whether each is an Arabic word (which may carry proclitics). */
export function nameTokensWithKinds(name: string): { norm: string; arabic: boolean }[] {
  const s = normalize(name);
  const out: { norm: string; arabic: boolean }[] = [];
  scanTokens(s, (a, b, kind) => { out.push({ norm: s.slice(a, b), arabic: kind === TokenKind.Arabic }); });
  return out;
}

const LATIN_UPPER = /^[A-Z]/;
const ACRONYM = /^[A-Z][A-Z0-9.&-]{0,7}$/;

/** Flags an alias earns from its spelling and from the record's lists. */
function aliasFlags(alias: string, rec: Partial<EntityRecord>, partial: boolean, tokens: string[]): number {
  let f = 0;
  // Compared as the text will be (آبي and أبي are one word): the spelling in `common` need not be the alias's.
  if (rec.common?.some((c) => c === alias || nameTokens(c).join(SEP) === tokens.join(SEP))) f |= AliasFlag.Common;
  if (rec.nominal?.some((c) => c === alias || nameTokens(c).join(SEP) === tokens.join(SEP))) f |= AliasFlag.Nominal;
  if (LATIN_UPPER.test(alias)) f |= AliasFlag.Capitalized;
  if (ACRONYM.test(alias.replace(/\s/g, '')) && alias.length <= 8 && !/[a-z]/.test(alias)) f |= AliasFlag.Acronym;
  // A surname alone; of several words, one opened by a particle (بن علي، آل مكتوم).
  if (partial && (tokens.length === 1 || NAME_PARTICLES.has(tokens[0]))) f |= AliasFlag.Partial;
  return f;
}

/** All surface forms of a record, with whether each is a full name. */
export function surfaceForms(rec: Partial<EntityRecord>): { alias: string; full: boolean }[] {
  const out: { alias: string; full: boolean }[] = [];
  for (const n of Object.values(rec.names ?? {})) out.push({ alias: n, full: true });
  if (rec.name) out.push({ alias: rec.name, full: true });
  if (rec.short) out.push({ alias: rec.short, full: true });
  for (const list of Object.values(rec.aliases ?? {})) for (const a of list) out.push({ alias: a, full: false });
  return out;
}

/** Words the language data knows as more than names: titles (a leading one is left out of the mention) and common words. */
export interface AliasContext {
  /** Normalized one-word titles: الملك، الشيخ، president … */
  titles: ReadonlySet<string>;
  /** Normalized common words: an alias that is one of them needs evidence (لمجرد "merely"). */
  commonWords: ReadonlySet<string>;
  /** Normalized one-word organization and place heads: حركة، نادي، قناة، دولة، مدينة … */
  heads: ReadonlySet<string>;
  /** Normalized nationality adjectives, with and without the article (روسي، الروسيه …). */
  demonyms: ReadonlySet<string>;
}
const NO_CONTEXT: AliasContext = { titles: new Set(), commonWords: new Set(), heads: new Set(), demonyms: new Set() };

/** Kinds of organization whose adjective aliases describe more than they name (the Lebanese army). */
const DESCRIBED_KINDS = new Set(['government', 'ministry', 'military']);
/**
 * The common nouns such a description opens with (normalized; after a head the mention leaves
 * out): the government, the army, the police, the foreign ministry by its function (الخارجية
 * الروسية). A body's own name with its country stays a name (وزارة الصحة الفلسطينية، الكونغرس
 * الأمريكي).
 */
const DESCRIBING_NOUNS = new Set(['الحكومه', 'الجيش', 'القوات', 'الشرطه', 'السلطات', 'السلطه', 'الاداره', 'النظام', 'الخارجيه', 'الداخليه', 'الدفاع', 'البحريه', 'الاستخبارات', 'المخابرات', 'الامن', 'الرئاسه', 'الدوله']);

/** The aliases of one record, normalized and tokenized, for the entity at `index`. */
export function aliasesOf(rec: Partial<EntityRecord> & Pick<EntityRecord, 'id'>, index: number, type: EntityRecord['type'], ctx: AliasContext = NO_CONTEXT): PrecompiledAlias[] {
  const out: PrecompiledAlias[] = [];
  const forms = surfaceForms(rec).map((f) => ({ ...f, tokens: nameTokens(f.alias) }));
  const joinedForms = new Set(forms.map((f) => f.tokens.join(SEP)));
  // The record's names, and those opened by a head noun without it (نادي ليل → ليل): what an
  // alias with a nationality after it (ليل الفرنسي) names.
  const namesWithoutHead = new Set(forms.flatMap((f) => f.tokens.length > 1 && ctx.heads.has(f.tokens[0]) ? [f.tokens.join(SEP), f.tokens.slice(1).join(SEP)] : [f.tokens.join(SEP)]));
  for (const { alias, full, tokens } of forms) {
    if (tokens.length === 0) continue;
    // A one-letter alias would match initials and clitics everywhere.
    if (tokens.length === 1 && tokens[0].length < 2) continue;
    // غرب أفريقيا، جنوب شرق آسيا: in Arabic a compass noun in construct with a place is a
    // direction and the place (as شمال العراق is), not a region's name; the continent is matched.
    if (rec.kind === 'region' && tokens.length > 1 && COMPASS_NOUNS.has(tokens[0]) && /[\u0600-\u06ff]/.test(alias)) continue;
    let flags = aliasFlags(alias, rec, !full && type === 'person', tokens);
    // الملك عبدالله، حركة حماس، قناة الجزيرة: the title or head noun is evidence, the name is what follows.
    if (tokens.length > 1 && type === 'person' && ctx.titles.has(tokens[0])) flags |= AliasFlag.LeadingTitle;
    // (An organization's head may carry the article: النادي الأهلي is الأهلي as نادي الأهلي is;
    // a place's may not: المسجد الأقصى is the mosque's name.)
    const head = ctx.heads.has(tokens[0]) || (type === 'organization' && tokens[0].startsWith('ال') && ctx.heads.has(tokens[0].slice(2)));
    if (tokens.length > 1 && type !== 'person' && head && joinedForms.has(tokens.slice(1).join(SEP))) flags |= AliasFlag.LeadingTitle;
    if (tokens.length === 1 && ctx.commonWords.has(tokens[0])) flags |= AliasFlag.Common;
    // (Not the record's own full name: منظمة التحرير الفلسطينية is named so.)
    if (!full && type === 'organization' && tokens.length > 1 && ctx.demonyms.has(tokens[tokens.length - 1]) && namesWithoutHead.has(tokens.slice(0, -1).join(SEP))) flags |= AliasFlag.TrailingDemonym;
    // الحكومة اللبنانية، الخارجية الروسية، الجيش العراقي: a government body described by its country.
    if (type === 'organization' && DESCRIBED_KINDS.has(rec.kind ?? '') && tokens.length > 1 && DESCRIBING_NOUNS.has(tokens[flags & AliasFlag.LeadingTitle ? 1 : 0]) && ctx.demonyms.has(tokens[tokens.length - 1])) flags |= AliasFlag.Nominal;
    let sk: string | 0 = 0;
    if (type === 'person' && /[\u0621-\u064a]/.test(alias)) {
      const skel = tokens.map(skeleton);
      if (tokens.length > 1) sk = skel.join(SEP);
    }
    out.push([index, flags, tokens.join(SEP), sk]);
  }
  return out;
}

/** The aliases of every record, as stored in the data bundle. */
export function precompileAliases(records: readonly EntityRecord[], ctx: AliasContext = NO_CONTEXT): PrecompiledAlias[] {
  return records.flatMap((rec, index) => aliasesOf(rec, index, rec.type, ctx));
}

/** Aliases packed as text by {@link packAliases}: the alias trie's and the skeleton trie's. */
export interface PackedAliases {
  aliases: PackedTrie;
  skeletons: PackedTrie;
}

/**
 * Packs compiled aliases as text for the data bundle, grouped by first token. An alias
 * listed twice for one entity is stored once with the flags of both (what the trie
 * would make of it), so the packed trie is the one {@link compileGazetteer} builds.
 */
export function packAliases(aliases: readonly PrecompiledAlias[]): PackedAliases {
  const pack = (items: [key: string, entry: AliasEntry][]): PackedTrie => {
    const groups = new Map<string, Map<string, [rest: string, entry: AliasEntry]>>();
    for (const [key, entry] of items) {
      const cut = key.indexOf(SEP);
      const first = cut < 0 ? key : key.slice(0, cut);
      let g = groups.get(first);
      if (!g) groups.set(first, (g = new Map()));
      const same = g.get(`${entry.entity}${SEP}${key}`);
      if (same) same[1].flags &= entry.flags;
      else g.set(`${entry.entity}${SEP}${key}`, [cut < 0 ? '' : key.slice(cut + 1), { ...entry }]);
    }
    return packTrie(new Map([...groups].map(([k, g]) => [k, [...g.values()]])));
  };
  return {
    aliases: pack(aliases.map(([entity, flags, joined]) => [joined, { entity, flags }])),
    skeletons: pack(aliases.filter((a) => a[3]).map(([entity, flags, joined, sk]) => [sk as string, { entity, flags, alias: joined }])),
  };
}

/**
 * Builds the gazetteer from records (validated, patches merged) and their compiled aliases.
 * @param packed The default aliases, packed at build time; `aliases` are added after them.
 * @param copy Whether to copy `records` (false: the gazetteer keeps the array it is given).
 */
export function compileGazetteer(records: readonly EntityRecord[], aliases: readonly PrecompiledAlias[] = precompileAliases(records), packed?: PackedAliases, copy = true): Gazetteer {
  const root = newNode();
  const skeletons = newNode();
  const entities = copy ? records.slice() : (records as EntityRecord[]);
  if (packed) {
    parkPacked(root, packed.aliases);
    parkPacked(skeletons, packed.skeletons);
  }
  for (const [entity, flags, joined, sk] of aliases) {
    park(root, joined, { entity, flags });
    if (sk) park(skeletons, sk, { entity, flags, alias: joined });
  }
  let byId: Map<string, number> | null = null;
  return {
    entities, root, skeletons,
    // Built on first ask: it reads every record, which the default table parses lazily.
    get byId() {
      if (!byId) { byId = new Map(); entities.forEach((rec, index) => byId!.set(rec.id, index)); }
      return byId;
    },
  };
}

/** True when a token kind can start a name. */
export const canStartName = (kind: number) => kind === TokenKind.Arabic || kind === TokenKind.Word || kind === TokenKind.Number;
