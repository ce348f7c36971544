/**
 * Context that shows a word is a name: a locative preposition or place head
 * before a place (في جدة، مدينة جدة، بجدة), an organization head or quotation
 * marks around an organization (صحيفة الجزيرة، «الجزيرة»), a title or a speech verb
 * before a person (الرئيس الأسد، وأضاف عنان).
 */
import type { AkhbarDocument } from '../doc/document.js';
import { VARIANT_CONFIDENCE, type ReadingCache } from '../gazetteer/match.js';
import type { LexiconSet } from '../rules/engine.js';
import { isAccusativeOfWord } from '../rules/lexicon-set.js';
import { procliticBeforeHamza } from '../rules/word-shape.js';
import { COMPASS_NOUNS } from '../text/compass.js';
import { TokenFlag, TokenKind } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { Evidence } from './resolve.js';

/** Prepositions and nouns after which a word names a place (normalized). */
// Not في: ordinary nouns follow it too often (في إطار is no town Atar, في العالم no place World).
const LOCATIVE = new Set(['الي', 'من', 'قرب', 'داخل', 'نحو', ...COMPASS_NOUNS, 'عاصمه', 'ضواحي', 'in', 'to', 'from', 'near', 'at']);

/** Whether a candidate is spelled like a nationality adjective (العراقية، الفرنسية). */
export function adjectivalName(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  return (c) => c.tokenEnd - c.tokenStart === 1 && lex.demonyms?.hasWordAt(doc.tokens, c.tokenStart, cache) === true;
}

/**
 * Whether a place's name, spelled like a nationality adjective (السعودية), follows a definite
 * feminine or plural noun it agrees with (الأميرة السعودية، السلطات السعودية): there it is the adjective.
 */
export function adjectiveAfterNoun(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  const t = doc.tokens;
  const isAdjective = adjectivalName(doc, lex, cache);
  return (c) => {
    const p = c.tokenStart - 1;
    if (c.type !== 'place' || p < 0 || t.kind[p] !== TokenKind.Arabic || t.flags[c.tokenStart] & TokenFlag.LineStart) return false;
    // The noun is feminine or a plural (الأميرة، السلطات): a feminine adjective agrees with it,
    // while after الوفد the word is the country (زار الوفد السعودية).
    const w = t.norm(p);
    return /^(?:[وف]?(?:[بك]?ال|لل))../.test(w) && /(?:ه|ات)$/.test(w) && c.start === t.start(c.tokenStart) && isAdjective(c);
  };
}

/** `w` without a first و or ف (or ل, with `lam`): `w.replace(/^[وف]/, '')` without a regex. */
function withoutClitic(w: string, lam: boolean): string {
  const c = w.charCodeAt(0);
  return c === 0x648 || c === 0x641 || (lam && c === 0x644) ? w.slice(1) : w;
}

/**
 * Whether the proclitics of a mention, `text[from, to)` (بجدة → ب), open with ب, behind و or ف
 * (`/^[وف]?ب/`), read by code unit: no string is made for them.
 */
function byPrefix(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (from < to && (c === 0x648 || c === 0x641)) from++;
  return from < to && text.charCodeAt(from) === 0x628;
}

/** Nouns after which a word names a news outlet: مراسل الجزيرة، موفد العربية (normalized). */
const REPORTER = new Set(['مراسل', 'مراسله', 'مراسلو', 'مراسلي', 'موفد', 'موفده', 'correspondent', 'reporter']);

/** Reads the words around a candidate. */
function cueReader(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache) {
  const t = doc.tokens;
  const prevNorm = (c: Candidate) => (c.tokenStart > 0 ? t.norm(c.tokenStart - 1) : '');
  const nextNorm = (c: Candidate) => (c.tokenEnd < t.count ? t.norm(c.tokenEnd) : '');
  /** Whether an entry of lexicon `name` (with `tag`, if given) ends right before the candidate. */
  const headBefore = (c: Candidate, name: string, tag?: string) => {
    const i = c.tokenStart;
    if (i === 0 || (t.kind[i - 1] !== TokenKind.Arabic && t.kind[i - 1] !== TokenKind.Word)) return false;
    // The head may be one or two words (صحيفة الجزيرة، وكالة الأنباء): try both starts.
    for (let a = i - 1; a >= i - 2; a--) {
      const m = a >= 0 ? lex[name]?.matchAt(t, a, cache) : undefined;
      // A head that is a word too says nothing: a given name that is a word (هو لمجرد), a title
      // that is a word (الفريق الضيف).
      if (m?.end === i && (!tag || m.tags.has(tag)) && !m.tags.has('weak') && !m.tags.has('ambiguous')) return true;
    }
    return false;
  };
  /** A cue that the name is a news outlet's: a media head, a reporter, a credit in brackets. */
  /** A photo credit's closing: `)` or `- أرشيف)` (a file picture of the agency's). */
  const creditClose = (c: Candidate) => {
    const j = c.tokenEnd;
    if (j < t.count && t.norm(j) === ')') return true;
    return j + 2 < t.count && /^[-–ـ]$/.test(t.norm(j)) && t.norm(j + 1) === 'ارشيف' && t.norm(j + 2) === ')';
  };
  /** A dateline's source: «الدوحة - الراية :», a place at the line's start, a dash, the name, a colon. */
  const datelineSource = (c: Candidate) => {
    const i = c.tokenStart, j = c.tokenEnd;
    return i >= 2 && j < t.count && t.norm(j) === ':' && /^[-–ـ]$/.test(t.norm(i - 1)) && !!(t.flags[i - 2] & TokenFlag.LineStart) && !(t.flags[i] & TokenFlag.LineStart);
  };
  const media = (c: Candidate) => {
    const prev = prevNorm(c);
    return (prev === '(' && creditClose(c)) // (الفرنسية)، (رويترز)، (الفرنسية - أرشيف)
      || REPORTER.has(withoutClitic(prev, true))
      || headBefore(c, 'org-heads', 'media')
      || datelineSource(c);
  };
  return { prevNorm, nextNorm, headBefore, media };
}

/**
 * A one-word dictionary name that the word around it shows to be something else: read behind a
 * proclitic where the whole word is a word of the lexicons (لغات is «languages», not ل + غات;
 * بليون «billion», not ب + ليون) or, behind ب ك ل, a given name that is no word too (كلاوس is
 * Klaus, not ك + لاوس); or matched as a spelling variant where the word, or its accusative
 * without the alif, is a word of the lexicons (حوارا is «a dialogue», not حوارة).
 */
export function readThroughWord(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  const t = doc.tokens;
  const given = lex['given-names'];
  const notName = lex['not-name'];
  return (c) => {
    if (c.via !== 'gazetteer' || c.tokenEnd - c.tokenStart !== 1 || t.kind[c.tokenStart] !== TokenKind.Arabic) return false;
    const i = c.tokenStart;
    const stripped = c.start !== t.start(i);
    const w = t.norm(i);
    // A proclitic written before a hamza (بأول، فإن، وأين) is the proclitic and a word, never
    // one name (Powell is باول): the hamza, dropped in matching, tells them apart.
    if (!stripped && procliticBeforeHamza(doc.text, t.start(i), t.end(i))) return true;
    // (The whole word as written, not read through its own proclitics: والسعودية stays a place.)
    if (stripped && notName?.tagsOfWordAt(t, i, cache)) return true;
    if (stripped && given && /[بكل]/.test(doc.text.slice(t.start(i), c.start))) {
      const m = given.matchAt(t, i, cache, true);
      if (m && m.end === c.tokenEnd && !m.tags.has('weak')) return true;
    }
    if (c.confidence <= VARIANT_CONFIDENCE && (notName?.tagsOfWordAt(t, i, cache) || isAccusativeOfWord(lex, w))) return true;
    return false;
  };
}

/** Whether a candidate follows a settlement's head noun (place-heads tagged `settlement`: مدينة حلب، بمدينة وهران). */
export function cityCue(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  const t = doc.tokens;
  const heads = lex['place-heads'];
  return (c) => {
    const i = c.tokenStart;
    if (!heads || i === 0 || (t.flags[i] & TokenFlag.LineStart) || t.kind[i - 1] !== TokenKind.Arabic) return false;
    const m = heads.matchAt(t, i - 1, cache);
    return !!m && m.end === i && m.tags.has('settlement');
  };
}

/** Whether the words around a candidate say it names a news outlet (see {@link cueReader}). */
export function mediaCue(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  return cueReader(doc, lex, cache).media;
}

/**
 * Evidence for the candidates of one document; `clubInSport` says whether a candidate names
 * clubs only and stands in a sentence about sport.
 */
export function contextEvidence(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache, clubInSport: Evidence = () => false): Evidence {
  const t = doc.tokens;
  const { prevNorm, nextNorm, headBefore, media } = cueReader(doc, lex, cache);
  // A name spelled like a nationality adjective (العراقية، الفرنسية) agrees with the noun
  // before it (الشرطة العراقية، السلطات الفرنسية); only a cue of its own makes it a name.
  const adjective = adjectivalName(doc, lex, cache);
  return (c) => {
    const prev = prevNorm(c);
    switch (c.type) {
      case 'place':
        return byPrefix(doc.text, t.start(c.tokenStart), c.start) || LOCATIVE.has(withoutClitic(prev, false)) || headBefore(c, 'place-heads');
      case 'organization':
        // الأهلي، العربي، الوحدة: a club's name that is also a word is the club in a sentence about sport.
        if (media(c) || clubInSport(c)) return true;
        if (adjective(c)) return false;
        return headBefore(c, 'org-heads') || (/^["']$/.test(prev) && /^["']$/.test(nextNorm(c)));
      case 'person':
        // After a title, a nationality is the title's adjective (الوزير السوداني), not a surname.
        if (adjective(c)) return headBefore(c, 'given-names');
        // … or a speech verb right before it (وأضاف عنان، أعرب عنان عن): the subject is named.
        return headBefore(c, 'titles') || headBefore(c, 'given-names') || headBefore(c, 'speech-verbs', 'past');
    }
  };
}
