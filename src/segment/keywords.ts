/**
 * Keywords (page tags): a label (`كلمات دلالية:`, `الكلمات الدالة :`, `وسوم:`, `Tags:`,
 * `Topics`, `Read more on these topics`) with the tags after it on the same line or one per
 * line below; and unlabeled tag rows right after the body when they clearly are tags
 * (short items without punctuation whose words come from the headline and body).
 *
 * Tags on one line are split at `،` `,` `|` `/` `؛` `;` `•`. English tags glued with spaces
 * (`Sex scandal Sweden Police Stockholm`) are split at names the dictionary knows and at
 * case changes (a capitalized word followed by lower-case words is one tag).
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Span } from '../types.js';
import { TokenKind } from '../text/tokenize.js';
import { capitalizedWords, type LineInfo } from './features.js';
import type { Role } from './classify.js';
import { ENGLISH_FUNCTION_WORDS } from './markers.js';
import type { SegmentContext } from './segmenter.js';
import { TAG_EDGE as EDGE } from './patterns.js';

const SPLITTERS = new Set(['،', ',', '|', '/', '؛', ';', '•', '·', '#']);
/** Most tags a label takes. */
const MAX_TAGS = 40;
/** Lines below a label read as tags, one per line. */
const MAX_TAG_LINES = 15;

/** An opening bracket in the 60 characters before `end`, not before `start`. */
function hasOpen(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && i >= end - 60; i--) if (text[i] === '(') return true;
  return false;
}

/** Trims quote marks and punctuation from the ends of `[start, end)`. */
function trimmed(doc: AkhbarDocument, start: number, end: number): Span | null {
  const text = doc.text;
  let guard = 0;
  while (start < end && guard++ < 10 && EDGE.test(text[start]) && text[start] !== '(') start++;
  guard = 0;
  while (end > start && guard++ < 10 && EDGE.test(text[end - 1]) && !(text[end - 1] === ')' && hasOpen(text, start, end - 1))) end--;
  return end > start ? doc.span(start, end) : null;
}

/** Splits `[start, end)` at tag separators. Returns null when the stretch has none. */
function splitAtSeparators(doc: AkhbarDocument, start: number, end: number): Span[] | null {
  const text = doc.text;
  const out: Span[] = [];
  let from = start;
  let seen = false;
  for (let i = start; i <= end && out.length < MAX_TAGS; i++) {
    if (i === end || SPLITTERS.has(text[i])) {
      if (i < end) seen = true;
      const s = trimmed(doc, from, i);
      if (s) out.push(s);
      from = i + 1;
    }
  }
  return seen ? out : null;
}

/** The tags in `[start, end)` of one line. */
function tagsOfStretch(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext): Span[] {
  const bySep = splitAtSeparators(doc, start, end);
  if (bySep) return bySep;
  const glued = splitGlued(doc, start, end, ctx);
  if (glued) return glued;
  const s = trimmed(doc, start, end);
  return s ? [s] : [];
}

const isCap = (doc: AkhbarDocument, i: number) => {
  const c = doc.text.charCodeAt(doc.tokens.start(i));
  return c >= 65 && c <= 90;
};

/** English tags glued with spaces. Null when the stretch is not Latin or too short to be several tags. */
function splitGlued(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext): Span[] | null {
  const t = doc.tokens;
  const a = t.indexAt(start);
  let b = a;
  let words = 0;
  while (b < t.count && t.start(b) < end) {
    const k = t.kind[b];
    if (k === TokenKind.Arabic) return null;
    if (k === TokenKind.Word) words++;
    b++;
    if (b - a > 60) return null;
  }
  if (words < 3) return null;
  const known = (i: number): number => {
    // the longest run of up to four capitalized words the dictionary knows, starting at i
    for (let len = Math.min(4, b - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (t.kind[k] !== TokenKind.Word || !isCap(doc, k)) ok = false;
      if (!ok) continue;
      try {
        if (ctx.lookup(doc.text.slice(t.start(i), t.end(i + len - 1)))) return len;
      } catch {
        return 0;
      }
    }
    return 0;
  };
  const out: Span[] = [];
  let i = a;
  while (i < b && out.length < MAX_TAGS) {
    if (t.kind[i] !== TokenKind.Word && t.kind[i] !== TokenKind.Number) { i++; continue; }
    const from = i;
    const k = known(i);
    if (k) i += k;
    else if (isCap(doc, i) && i + 1 < b && t.kind[i + 1] === TokenKind.Word && !isCap(doc, i + 1) && !ENGLISH_FUNCTION_WORDS.has(t.norm(i + 1))) {
      // Sentence case: "Sex scandal", "Organised crime"
      i++;
      while (i < b && t.kind[i] === TokenKind.Word && !isCap(doc, i)) i++;
    } else if (isCap(doc, i) || t.kind[i] === TokenKind.Number) {
      // Title case: "Cooperative Governance & Traditional Affairs (CoGTA)"
      i++;
      while (i < b) {
        const p = t.norm(i);
        if (t.kind[i] === TokenKind.Punct) {
          if (p === ')') { i++; break; }
          if (p === '&' || p === '(' || p === "'" || p === '-') { i++; continue; }
          break;
        }
        if (t.kind[i] === TokenKind.Word && !isCap(doc, i) && !(p === 'and' || p === 'of' || p === 'the')) break;
        if (known(i)) break;
        i++;
      }
    } else {
      i++;
      while (i < b && t.kind[i] === TokenKind.Word && !isCap(doc, i)) i++;
    }
    const s = trimmed(doc, t.start(from), t.end(i - 1));
    if (s) out.push(s);
  }
  return out.length >= 2 ? out : null;
}

/** Tags after a label line `i`: on the line, or one per line below it. */
export function tagsOfLabel(doc: AkhbarDocument, infos: readonly LineInfo[], roles: readonly Role[], i: number, ctx: SegmentContext): { tags: Span[]; lines: number[] } {
  const f = infos[i];
  const m = f.marker!;
  if (m.rest > 0) return { tags: tagsOfStretch(doc, doc.tokens.start(m.after), f.end, ctx), lines: [i] };
  const tags: Span[] = [];
  const lines: number[] = [i];
  for (let j = i + 1; j < infos.length && j <= i + MAX_TAG_LINES && tags.length < MAX_TAGS; j++) {
    const g = infos[j];
    const r = roles[j];
    if (g.marker || (r !== 'title' && r !== 'short') || g.end_ === 'period') break;
    const first = j === i + 1;
    if (!first && g.words > 6) break;
    const found = tagsOfStretch(doc, g.start, g.end, ctx);
    tags.push(...found);
    lines.push(j);
    // A line that held several tags is the whole list.
    if (found.length > 1) break;
  }
  return { tags, lines };
}

/** Normalized words of some lines, with one proclitic layer stripped too, to test where tags come from. */
export function wordSet(doc: AkhbarDocument, infos: readonly LineInfo[], lines: readonly number[], cap = 20000): Set<string> {
  const t = doc.tokens;
  const out = new Set<string>();
  for (const li of lines) {
    const f = infos[li];
    for (let i = f.tokenStart; i < f.tokenEnd && out.size < cap; i++) {
      if (t.kind[i] !== TokenKind.Arabic && t.kind[i] !== TokenKind.Word) continue;
      const n = t.norm(i);
      out.add(n);
      const stripped = stripClitic(n);
      if (stripped !== n) out.add(stripped);
    }
  }
  return out;
}

const CLITICS = ['وال', 'بال', 'لل', 'فال', 'كال', 'ال', 'و', 'ب', 'ل', 'ف'];
function stripClitic(n: string): string {
  for (const c of CLITICS) if (n.startsWith(c) && n.length - c.length >= 3) return n.slice(c.length);
  return n;
}

/** Share of the words of line `f` found in `words` (0 to 1). */
function overlap(doc: AkhbarDocument, f: LineInfo, words: Set<string>): number {
  const t = doc.tokens;
  let n = 0, hit = 0;
  for (let i = f.tokenStart; i < f.tokenEnd; i++) {
    if (t.kind[i] !== TokenKind.Arabic && t.kind[i] !== TokenKind.Word) continue;
    n++;
    const w = t.norm(i);
    if (words.has(w) || words.has(stripClitic(w))) hit++;
  }
  return n ? hit / n : 0;
}

/** Line `f` holds an English function word (`the`, `of`): a sentence, not glued tags. */
const hasFunctionWord = (doc: AkhbarDocument, f: LineInfo) => {
  for (let i = f.tokenStart; i < f.tokenEnd; i++) if (ENGLISH_FUNCTION_WORDS.has(doc.tokens.norm(i))) return true;
  return false;
};

/** Tokens of line `f` found in `words` as they are. */
const sharedWords = (doc: AkhbarDocument, f: LineInfo, words: Set<string>) => {
  let n = 0;
  for (let i = f.tokenStart; i < f.tokenEnd; i++) if (words.has(doc.tokens.norm(i))) n++;
  return n;
};

const hasPunct = (doc: AkhbarDocument, f: LineInfo) => {
  for (let i = f.tokenStart; i < f.tokenEnd; i++) if (doc.tokens.kind[i] === TokenKind.Punct) return true;
  return false;
};

/**
 * Unlabeled tag rows right after the body (`from` is the first line after it): two or more
 * short lines without punctuation, at least half of them made of words of the article; or
 * one English line of glued tags (no function words, mostly capitalized, with article words).
 */
export function unlabeledTags(
  doc: AkhbarDocument, infos: readonly LineInfo[], roles: readonly Role[], from: number, wordsOfArticle: () => Set<string>, ctx: SegmentContext,
): { tags: Span[]; lines: number[] } | null {
  // The article's words are gathered only when a candidate row is to be compared with them (most pages have none).
  let words: Set<string> | null = null;
  const articleWords = () => (words ??= wordsOfArticle());
  const rows: number[] = [];
  for (let j = from; j < infos.length && rows.length < MAX_TAG_LINES; j++) {
    const f = infos[j];
    if ((roles[j] !== 'short' && roles[j] !== 'title') || f.words > 4 || f.numbers > 0 || f.marker || hasPunct(doc, f)) break;
    rows.push(j);
  }
  if (rows.length >= 2) {
    const fromArticle = rows.filter((j) => overlap(doc, infos[j], articleWords()) >= 0.5).length;
    if (fromArticle * 2 >= rows.length) return { tags: rows.map((j) => doc.span(infos[j].start, infos[j].end)), lines: rows };
  }
  for (let j = from; j < infos.length && j < from + 8; j++) {
    const f = infos[j];
    if ((roles[j] !== 'title' && roles[j] !== 'short') || f.latin < 3 || f.arabic > 0 || f.latin > 14 || hasPunct(doc, f)) continue;
    // (The article's words are read last: most such lines fail the first two tests.)
    if (hasFunctionWord(doc, f) || capitalizedWords(doc, f) * 2 < f.latin || sharedWords(doc, f, articleWords()) < 2) continue;
    const tags = splitGlued(doc, f.start, f.end, ctx);
    if (tags) return { tags, lines: [j] };
  }
  return null;
}
