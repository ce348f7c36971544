/**
 * Context that shows a word is a name: a locative preposition or place head
 * before a place (في جدة، مدينة جدة، بجدة), an organization head or quotation
 * marks around an organization (صحيفة الجزيرة، «الجزيرة»), a title before a
 * person (الرئيس الأسد).
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { ReadingCache } from '../gazetteer/match.js';
import type { LexiconSet } from '../rules/engine.js';
import { TokenKind } from '../text/tokenize.js';
import type { Evidence } from './resolve.js';

/** Prepositions and nouns after which a word names a place (normalized). */
const LOCATIVE = new Set(['في', 'الي', 'من', 'قرب', 'داخل', 'نحو', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'عاصمه', 'ضواحي', 'in', 'to', 'from', 'near', 'at']);

/** Evidence for the candidates of one document. */
export function contextEvidence(doc: AkhbarDocument, lex: LexiconSet, cache: ReadingCache): Evidence {
  const t = doc.tokens;
  return (c) => {
    const i = c.tokenStart;
    const prefix = doc.text.slice(t.start(i), c.start); // the mention's own proclitics (بجدة → ب)
    const prev = i > 0 ? t.norm(i - 1) : '';
    const prevWord = i > 0 && (t.kind[i - 1] === TokenKind.Arabic || t.kind[i - 1] === TokenKind.Word);
    const headBefore = (name: string) => {
      if (!prevWord) return false;
      // The head may be one or two words (صحيفة الجزيرة، وكالة الأنباء): try both starts.
      for (const a of [i - 1, i - 2]) if (a >= 0 && lex[name]?.matchAt(t, a, cache)?.end === i) return true;
      return false;
    };
    switch (c.type) {
      case 'place':
        return /^[وف]?ب/.test(prefix) || LOCATIVE.has(prev.replace(/^[وف]/, '')) || headBefore('place-heads');
      case 'organization':
        return headBefore('org-heads') || (i > 0 && /^["']$/.test(prev) && c.tokenEnd < t.count && /^["']$/.test(t.norm(c.tokenEnd)));
      case 'person':
        // After a title, a nationality is the title's adjective (الوزير السوداني), not a surname.
        if (lex.demonyms?.hasWordAt(t, i, cache)) return headBefore('given-names');
        return headBefore('titles') || headBefore('given-names');
    }
  };
}
