/**
 * The default data bundled with the package: the dictionaries compiled by
 * `scripts/compile-data.ts` at build time into text the runtime decodes only
 * as far as a run needs it. Records are parsed one by one when first read,
 * aliases are unpacked per first token when matching first reaches it, and
 * each language's lexicons and rules when that language is first read.
 */
import * as data from '../generated/data.js';
import type { PackedAliases } from '../gazetteer/compile.js';
import type { PackedLexicons } from '../rules/lexicon-set.js';
import type { PackedLexicon } from '../rules/lexicon.js';
import type { OfficeIndex } from '../entities/coref.js';
import { lazyRecords } from './lazy-records.js';
import { parseStored } from './stored.js';
import { recordParser } from './record-lines.js';
import { unpackOfficeIndex } from './office-index.js';
import type { EntityRecord } from './types.js';

/** The data the default dictionaries bring to an extractor. */
export interface DefaultData {
  /** Entity records, patches merged, each parsed on first read. */
  entities: EntityRecord[];
  /** Every alias of `entities`, normalized, tokenized and packed at build time. */
  aliases: PackedAliases;
  /** The keys of `dictionaries/offices.json`. */
  officeKeys: ReadonlySet<string>;
  /** The office holders of `entities` (what `buildOfficeIndex` makes of them), a new index each call, decoded as read. */
  officeIndex(): OfficeIndex;
  /** Lexicons by name for a language, packed at build time. */
  lexicons(lang: 'ar' | 'en'): PackedLexicons;
  /** Office titles for a language, entries tagged `office=<key>`, packed as one lexicon. */
  officeTitles(lang: 'ar' | 'en'): PackedLexicon;
  /** Rule patterns for a language (see dictionaries/rules/README.md), parsed on each call. */
  rules(lang: 'ar' | 'en'): unknown[];
}

let cached: DefaultData | null = null;

/** The bundled dictionaries, packed aliases, office index, lexicons and rules. */
export function defaultData(): DefaultData {
  return (cached ??= {
    entities: lazyRecords(data.ENTITIES.split('\n'), recordParser(data.ENTITY_SHAPES)),
    aliases: { aliases: data.ALIASES, skeletons: data.SKELETONS },
    officeKeys: new Set(parseStored<string[]>(data.OFFICE_KEYS)),
    officeIndex: () => unpackOfficeIndex(data.OFFICE_INDEX),
    lexicons: (lang) => data.LEXICONS[lang],
    officeTitles: (lang) => data.OFFICE_TITLES[lang],
    rules: (lang) => parseStored<unknown[]>(data.RULES[lang]),
  });
}
