/** Builds the lexicons of one language from the data bundle. */
import type { DataBundle } from '../dictionary/types.js';
import { Lexicon } from './lexicon.js';
import type { LexiconSet } from './engine.js';

/** The lexicons whose words can never be part of a name (their union is the `not-name` lexicon). */
export const NOT_NAME_LEXICONS = ['breakers', 'titles', 'speech-verbs', 'org-heads', 'place-heads', 'demonyms'];

/**
 * Lexicons by name for a language: the rule lexicons, `given-names` and `demonyms` (tag `place=<id>`).
 * English given names come with the rule lexicons (`lexicons.en['given-names']`, compiled from
 * dictionaries/names/given.en.txt); Arabic ones from the bundle's `givenNames`.
 */
export function buildLexicons(data: DataBundle, lang: 'ar' | 'en'): LexiconSet {
  const set: LexiconSet = {};
  for (const [name, lines] of Object.entries(data.lexicons?.[lang] ?? {})) set[name] = new Lexicon(lines);
  if (lang === 'ar') {
    set['given-names'] = new Lexicon([...data.givenNames.ar, ...data.givenNames.arWeak.map((n) => `?${n}`)]);
  }
  const demonyms = new Lexicon();
  for (const d of data.demonyms) for (const form of d[lang] ?? []) demonyms.add(`${form} |place=${d.place}`);
  set.demonyms = demonyms;
  // The words that are never part of a name, in one lexicon: one lookup instead of one per list.
  const notName = new Lexicon();
  for (const name of NOT_NAME_LEXICONS) {
    if (name === 'demonyms') for (const d of data.demonyms) for (const form of d[lang] ?? []) notName.add(form);
    else for (const line of data.lexicons?.[lang]?.[name] ?? []) notName.add(line.split('|')[0]);
  }
  set['not-name'] = notName;
  return set;
}

/** The `key=value` tag of a lexicon match, or undefined. */
export function tagValue(tags: ReadonlySet<string>, key: string): string | undefined {
  for (const t of tags) if (t.startsWith(key + '=')) return t.slice(key.length + 1);
  return undefined;
}
