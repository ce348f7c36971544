/** Builds the lexicons of one language: their lines at build time, the compiled lexicons at run time. */
import type { DemonymRecord } from '../dictionary/types.js';
import { Lexicon, packLexicon, type PackedLexicon } from './lexicon.js';
import type { LexiconSet } from './engine.js';

/** The lexicons whose words can never be part of a name (their union is the `not-name` lexicon). */
export const NOT_NAME_LEXICONS = ['breakers', 'titles', 'speech-verbs', 'org-heads', 'place-heads', 'demonyms'];

/**
 * Arabic lexicons whose every word ends a person's name only (tag `person` in `not-name`):
 * `common-words`, the ordinary vocabulary of news prose (مشروع، جلسة، طارئ), which may still
 * be a word of an institution's or a place's name.
 */
const PERSON_ONLY_LEXICONS: Record<'ar' | 'en', string[]> = { ar: ['common-words'], en: [] };

/** What the lexicons of a language are made of. */
export interface LexiconSources {
  /** Rule lexicons per language and name: raw lines (`entry` or `entry |tags`). */
  lexicons: Record<string, Record<string, string[]>>;
  givenNames: { ar: string[]; arWeak: string[] };
  demonyms: DemonymRecord[];
}

/**
 * Entry lines of every lexicon of a language, by name: the rule lexicons, `given-names` and
 * `demonyms` (tag `place=<id>`). English given names come with the rule lexicons
 * (`lexicons.en['given-names']`, compiled from dictionaries/names/given.en.txt); Arabic ones
 * from `givenNames`.
 */
export function lexiconLines(data: LexiconSources, lang: 'ar' | 'en'): Record<string, string[]> {
  const set: Record<string, string[]> = {};
  for (const [name, lines] of Object.entries(data.lexicons?.[lang] ?? {})) set[name] = lines;
  if (lang === 'ar') set['given-names'] = [...data.givenNames.ar, ...data.givenNames.arWeak.map((n) => `?${n}`)];
  set.demonyms = data.demonyms.flatMap((d) => (d[lang] ?? []).map((form) => `${form} |place=${d.place}`));
  // The words that are never part of a name, in one lexicon: one lookup instead of one per list.
  // A breaker tagged `person` ends only a person's name (الصحة in وزارة الصحة); every other word
  // is tagged `never`, so that a word in both kinds of list reads as `never`.
  set['not-name'] = [...NOT_NAME_LEXICONS.flatMap((name) => name === 'demonyms'
    ? data.demonyms.flatMap((d) => (d[lang] ?? []).map((form) => `${form} |never`))
    : (data.lexicons?.[lang]?.[name] ?? []).map((line) => {
      const [word, tags = ''] = line.split('|');
      return `${word.trim()} |${name === 'breakers' && /\bperson\b/.test(tags) ? 'person' : 'never'}`;
    })), ...PERSON_ONLY_LEXICONS[lang].flatMap((name) => (data.lexicons?.[lang]?.[name] ?? []).map((line) => {
      // (Its own tags go along: `adjective` on common-words' adjectives and participles.)
      const [word, tags] = line.split('|');
      return `${word.trim()} |person${tags?.trim() ? ',' + tags.trim() : ''}`;
    }))];
  // No rule reads those lexicons by name: they live on in not-name only (less to load).
  for (const name of PERSON_ONLY_LEXICONS[lang]) delete set[name];
  return set;
}

/** Lexicons of a language parsed at build time: each one's entries packed as text. */
export type PackedLexicons = Record<string, PackedLexicon>;

/** Parses and packs every lexicon of a language (build time). */
export function packLexicons(lines: Record<string, string[]>): PackedLexicons {
  return Object.fromEntries(Object.entries(lines).map(([name, l]) => [name, packLexicon(l)]));
}

/** The compiled lexicons of a language, by name. */
export function buildLexicons(packed: PackedLexicons): LexiconSet {
  const set: LexiconSet = {};
  for (const [name, text] of Object.entries(packed)) set[name] = Lexicon.unpack(text);
  return set;
}

/** The `key=value` tag of a lexicon match, or undefined. */
export function tagValue(tags: ReadonlySet<string>, key: string): string | undefined {
  for (const t of tags) if (t.startsWith(key + '=')) return t.slice(key.length + 1);
  return undefined;
}

/**
 * Whether normalized word `w` is the indefinite accusative of a word that is no name: the word
 * + the alif of tanween (اجتماعا، مستشارا), behind و or ف too (وطارئا). A nationality's is not:
 * روسيا، كوريا are names, not روسي، كوري + ا.
 */
export function isAccusativeOfWord(lex: LexiconSet, w: string): boolean {
  const notName = lex['not-name'];
  if (!notName || w.length < 4 || !w.endsWith('ا')) return false;
  const word = (stem: string) => notName.tagsOf(stem) !== null && !lex.demonyms?.has(stem);
  return word(w.slice(0, -1)) || ((w[0] === 'و' || w[0] === 'ف') && w.length >= 5 && word(w.slice(1, -1)));
}

/**
 * Whether normalized word `w` is the dual or sound plural of a word that is no name: + ين/ان
 * (هدفين، اتصالين), + ون (مراقبون), or a noun in ة with تين/تان/ات (اتفاقيتين، جولتان). Given names
 * are read before this (شعبان is no dual of شعب), and a nationality's forms are the demonyms'.
 */
export function isDualOrPluralOfWord(lex: LexiconSet, w: string): boolean {
  const notName = lex['not-name'];
  const n = w.length;
  // (The endings first, by char code: most words end otherwise and cost no slice.)
  const last = w.charCodeAt(n - 1), before = w.charCodeAt(n - 2);
  if (!notName || n < 5 || !(last === 0x646 && (before === 0x64a || before === 0x627 || before === 0x648)) && !(last === 0x62a && before === 0x627)) return false;
  const word = (stem: string) => stem.length >= 3 && notName.tagsOf(stem) !== null && !lex.demonyms?.has(stem);
  const end = w.slice(-2);
  if (end === 'ين' || end === 'ان' || end === 'ون') {
    // (ون on four letters or more: براون، نيلسون are names of the shape.)
    if ((end !== 'ون' || w.length >= 6) && word(w.slice(0, -2))) return true;
    // اتفاقيتين → اتفاقية (ة is ه once normalized)
    if ((end === 'ين' || end === 'ان') && w.length >= 6 && w[w.length - 3] === 'ت' && word(w.slice(0, -3) + 'ه')) return true;
  }
  return end === 'ات' && w.length >= 6 && word(w.slice(0, -2) + 'ه');
}
