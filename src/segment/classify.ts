/**
 * Lines → roles → runs of prose → articles → segment kinds.
 *
 * 1. Each line gets a role from its own features: prose, a title (short, no final
 *    period), a short item, a date or time, a byline, a label (source, tags, read
 *    also, a list head), a caption, furniture (share bars, ads, menus, cookies).
 * 2. Prose lines form runs; titles, captions, ads and "read also" links may sit
 *    inside a run (up to a few in a row), labels that end an article (source,
 *    tags, share bar, most-read head, a date) close it.
 * 3. The main article is the first run that holds at least half as much prose as
 *    the largest one and does not follow a "read also" marker; further runs with a
 *    headline of their own are further articles.
 * 4. The headline is found by walking back from the body over the metadata
 *    cluster (date, byline, dateline, captions, share bars).
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { SegmentKind } from '../types.js';
import { TokenKind } from '../text/tokenize.js';
import { proseShaped, sameKey, type LineInfo } from './features.js';
import { DATE_LINE_WORDS } from './markers.js';

/** What a line is, judged from the line alone. */
export type Role =
  | 'prose'
  | 'title'
  | 'short'
  | 'date'
  | 'time'
  | 'byline'
  | 'credits'
  | 'source'
  | 'tags'
  | 'siteTags'
  | 'readAlso'
  | 'readAlsoItem'
  | 'listHead'
  | 'dateLabel'
  | 'caption'
  | 'trailer'
  | 'ad'
  | 'siteTalk'
  | 'junk';

/** Roles that may sit inside a run of prose without ending it. */
const SOFT: ReadonlySet<Role> = new Set<Role>(['title', 'short', 'readAlso', 'readAlsoItem', 'caption', 'ad', 'siteTalk']);
/** Soft lines allowed in a row inside a run. */
const MAX_GAP = 4;

/** The role of one line. */
export function roleOf(doc: AkhbarDocument, f: LineInfo): Role {
  const m = f.marker;
  if (m) {
    switch (m.kind) {
      case 'readAlso':
        if (m.rest === 0) return 'readAlso';
        if (m.colon && m.size <= 4) return 'readAlsoItem';
        break;
      case 'listHead':
        if (m.rest <= 2 && f.words <= 6) return 'listHead';
        break;
      case 'tags':
        if (m.rest === 0 || m.colon) return 'tags';
        break;
      case 'siteTags':
        if (m.rest === 0 || m.colon) return 'siteTags';
        break;
      case 'source':
        if ((m.colon || m.rest === 0) && f.words <= 14) return 'source';
        break;
      case 'byline':
        if (isByline(doc, f)) return 'byline';
        break;
      case 'credits':
        if (m.rest >= 1 && (f.latin > 0 || m.colon) && f.end_ !== 'question') return 'credits';
        break;
      case 'dateLabel':
        if (m.rest === 0) return 'dateLabel';
        break;
      case 'ad':
        // "إعلان" alone is an ad; "إعلان نتائج …" is a headline
        if (m.rest <= 1 || f.vocabulary > 0) return 'ad';
        break;
      case 'share':
      case 'nav':
      case 'poll':
      case 'prayer':
        // "Search" alone is a menu item; "Search for missing climbers called off" a headline
        if ((m.rest <= 2 && f.words <= 5) || navBar(f)) return 'junk';
        break;
      case 'comments':
      case 'linkLine':
        if (m.rest <= 2 || (m.size >= 2 && f.words <= 10) || navBar(f) || (m.kind === 'linkLine' && m.colon)) return 'junk';
        break;
      case 'copyright':
        if (f.words <= 30) return 'junk';
        break;
      case 'credit':
        // "Picture: iStock", "صورة أرشيفية", "Copyright Fredrik Persson/AP" (a credit needs no colon)
        if (m.colon || m.rest === 0 || m.size >= 2 || (f.credit && f.words <= 8 && f.end_ !== 'period')) return 'caption';
        break;
      case 'trailer':
        if (m.rest === 0) return 'trailer';
        break;
    }
  }
  if (f.dateLine) return 'date';
  if (f.timeLine || f.ago || onlyDateWords(doc, f)) return 'time';
  if (f.social >= 2 && f.social * 2 >= f.words) return 'junk';
  if (f.prayers >= 3 || f.clocks >= 3) return 'junk';
  if ((f.pipes >= 2 || navBar(f)) && !isProse(f)) return 'junk';
  if (f.vocabulary > 0) return 'siteTalk';
  if (f.credit) return 'caption';
  if (isProse(f)) return 'prose';
  if (f.words <= 2) return 'short';
  return 'title';
}

/** A bar of navigation links: two or more menu, share or comment phrases making up most of the line. */
const navBar = (f: LineInfo): boolean => f.navHits >= 2 && f.words <= 2 * f.navHits;

/** A paragraph: a line {@link proseShaped}. */
export const isProse = (f: LineInfo): boolean => proseShaped(f.words, f.end_);

function onlyDateWords(doc: AkhbarDocument, f: LineInfo): boolean {
  if (f.words > 6 || f.words === 0) return false;
  const t = doc.tokens;
  let n = 0;
  for (let i = f.tokenStart; i < f.tokenEnd; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Punct) continue;
    if (k === TokenKind.Number) { n++; continue; }
    if (!DATE_LINE_WORDS.has(t.norm(i))) return false;
  }
  return n > 0;
}

/** A byline: the label and one to eight words of names, no sentence. `By` must be followed by a capitalized name. */
function isByline(doc: AkhbarDocument, f: LineInfo): boolean {
  const m = f.marker!;
  if (m.rest < 1 || m.rest > 9 || f.end_ === 'period' || f.innerStops > 0 || f.words > 12) return false;
  const t = doc.tokens;
  if (m.after >= f.tokenEnd) return false;
  if (t.kind[m.after] === TokenKind.Word) {
    const c = doc.text.charCodeAt(t.start(m.after));
    return c >= 65 && c <= 90;
  }
  return t.kind[m.after] === TokenKind.Arabic && (m.colon || m.rest <= 5);
}

/** A maximal stretch of prose lines with the soft lines between them. */
export interface Run {
  /** First and last prose line. */
  start: number;
  end: number;
  /** Characters of prose. */
  chars: number;
  /** Prose lines. */
  paragraphs: number;
}

/** Runs of prose, in order. Linear. */
export function findRuns(roles: readonly Role[], infos: readonly LineInfo[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let gap = 0;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    if (r === 'prose') {
      if (!cur) cur = { start: i, end: i, chars: 0, paragraphs: 0 };
      cur.end = i;
      cur.chars += infos[i].end - infos[i].start;
      cur.paragraphs++;
      gap = 0;
    } else if (cur) {
      if (SOFT.has(r) && ++gap <= MAX_GAP) continue;
      runs.push(cur);
      cur = null;
      gap = 0;
    }
  }
  if (cur) runs.push(cur);
  return runs;
}

/** Roles of the metadata cluster around a headline. */
const META: ReadonlySet<Role> = new Set<Role>(['date', 'time', 'byline', 'dateLabel', 'source', 'caption', 'credits']);
/** Roles the headline search walks over. */
const SKIP: ReadonlySet<Role> = new Set<Role>(['junk', 'ad', 'short', 'siteTalk', 'readAlso', 'readAlsoItem', 'trailer']);

/** Most links in a "related" group inside an article. */
const RELATED_GROUP = 4;

/** A line that can be a headline: a title of three to forty words, not a label. */
export function headlineLike(f: LineInfo, role: Role): boolean {
  return role === 'title' && f.words >= 3 && f.words <= 40 && f.end_ !== 'colon' && f.innerStops === 0;
}

/** No line above `i` (down to `lo`) but furniture. */
function firstContent(roles: readonly Role[], i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo; k--) if (!SKIP.has(roles[k])) return false;
  return true;
}

/** A date, time or byline in the two lines above `i` (furniture lines not counted). */
function metaAbove(roles: readonly Role[], i: number, lo: number): boolean {
  for (let k = i - 1, seen = 0; k >= lo && seen < 2; k--) {
    if (SKIP.has(roles[k])) continue;
    if (META.has(roles[k])) return true;
    seen++;
  }
  return false;
}

/** The result of the headline search. */
export interface HeaderScan {
  headline: number;
  /** A second copy of the headline right before it, or -1. */
  duplicate: number;
  /** Lines of the header read as datelines. */
  datelines: Set<number>;
  /** Title lines between the headline and the body read as captions. */
  captions: Set<number>;
}

/**
 * Walks back from the first body line to the headline: over metadata, furniture, captions,
 * datelines (`isDateline`) and at most two stray paragraphs. Bounded to `window` lines.
 */
export function findHeadline(
  infos: readonly LineInfo[], roles: readonly Role[], bodyStart: number, floor: number, isDateline: (i: number) => boolean, window = 30,
  skipRelatedGroups = true,
): HeaderScan {
  const scan: HeaderScan = { headline: -1, duplicate: -1, datelines: new Set(), captions: new Set() };
  let prose = 0;
  const lo = Math.max(floor, bodyStart - window);
  let cand = -1;
  for (let i = bodyStart - 1; i >= lo; i--) {
    const r = roles[i];
    if ((r === 'title' || r === 'short') && infos[i].words <= 9 && isDateline(i)) { scan.datelines.add(i); continue; }
    if (META.has(r) || SKIP.has(r)) continue;
    if (r === 'listHead' || r === 'tags' || r === 'siteTags') break;
    if (r === 'prose') {
      if (++prose > 2) break;
      continue;
    }
    if (headlineLike(infos[i], r)) {
      // A title in a group under a "related" head is a link, not the headline: walk over the group.
      // (A long list under the head is a ticker, and the headline follows it directly.)
      let j = i;
      while (j - 1 >= lo && roles[j - 1] === 'title' && i - j < RELATED_GROUP) j--;
      // Only a group inside the metadata cluster (a date or byline above its head) is skipped; a short
      // ticker right above the headline is not.
      if (skipRelatedGroups && j - 1 >= lo && i - j < RELATED_GROUP &&
        (roles[j - 1] === 'readAlso' || roles[j - 1] === 'listHead') && metaAbove(roles, j - 1, lo)) {
        i = j - 1;
        continue;
      }
      cand = i;
      break;
    }
  }
  if (cand < 0) {
    // Nothing above but a line read as a dateline: a short headline that happens to look like one
    // (`لبنان - انفجار`) when it opens the page.
    const top = Math.min(...scan.datelines);
    if (scan.datelines.size && firstContent(roles, top, lo)) {
      scan.datelines.delete(top);
      scan.headline = top;
    }
    return scan;
  }
  // A caption between the date and the byline (headline, date, caption, byline): the line right above
  // the date is the headline.
  if (cand - 2 >= lo && (roles[cand - 1] === 'date' || roles[cand - 1] === 'time') && cand + 1 < bodyStart &&
    META.has(roles[cand + 1]) && headlineLike(infos[cand - 2], roles[cand - 2])) {
    scan.captions.add(cand);
    cand -= 2;
  }
  scan.headline = cand;
  if (cand - 1 >= lo && sameKey(infos[cand - 1], infos[cand])) scan.duplicate = cand - 1;
  return scan;
}

/** The line's kind outside any article: link titles and teasers are related, the rest furniture. */
export function furnitureKind(f: LineInfo, role: Role): SegmentKind {
  // A switch, not a pattern match: this runs for most lines of a page, and allocates nothing.
  switch (role) {
    case 'title': return f.words >= 4 ? 'related' : 'boilerplate';
    case 'prose': case 'readAlso': case 'readAlsoItem': case 'listHead': return 'related';
    case 'short': case 'date': case 'time': case 'byline': case 'credits': case 'source': case 'tags': case 'siteTags':
    case 'dateLabel': case 'caption': case 'trailer': case 'ad': case 'siteTalk': case 'junk':
      return 'boilerplate';
    default: return unknownRole(role);
  }
}

/** The kind of a line between an article's headline and its body (`related` after a "related" head). */
export function headerKind(role: Role, afterRelatedHead: boolean): SegmentKind {
  switch (role) {
    case 'date': case 'time': case 'byline': case 'dateLabel': case 'source': case 'caption': case 'credits': case 'tags': return 'metadata';
    case 'readAlso': case 'listHead': case 'readAlsoItem': return 'related';
    case 'title': return afterRelatedHead ? 'related' : 'metadata';
    case 'prose': return 'subheading';
    case 'short': case 'siteTags': case 'trailer': case 'ad': case 'siteTalk': case 'junk': return 'boilerplate';
    default: return unknownRole(role);
  }
}

/** Every role has a kind: the compiler checks that no case is missing (`role` is `never` here). */
function unknownRole(role: never): never {
  throw new Error(`segment: no kind for the role ${JSON.stringify(role)}`);
}

/** Widgets whose following short lines belong to them (a poll's question and answers, a prayer table). */
const WIDGETS = new Set(['poll', 'prayer', 'comments']);
/** Lines a widget may take after its head. */
const WIDGET_LINES = 4;

/**
 * Roles that depend on the neighbours: the lines of a poll or prayer widget are furniture;
 * the line right before a photo credit (`Picture: iStock`) is the photo's caption.
 */
export function refineRoles(infos: readonly LineInfo[], roles: Role[]): void {
  for (let i = 0; i < roles.length; i++) {
    const m = infos[i].marker;
    if (roles[i] === 'junk' && m && WIDGETS.has(m.kind)) {
      for (let j = i + 1; j < roles.length && j <= i + WIDGET_LINES && (roles[j] === 'title' || roles[j] === 'short'); j++) roles[j] = 'junk';
    }
    // (A credit names someone: "Picture: iStock", "Copyright X/AP"; "صورة أرشيفية" is a caption of its own.)
    if (roles[i] === 'caption' && m?.kind === 'credit' && m.rest >= 1 && i > 0 && (roles[i - 1] === 'prose' || roles[i - 1] === 'title') &&
      infos[i - 1].words <= 40 && infos[i - 1].innerStops === 0) {
      roles[i - 1] = 'caption';
    }
  }
}
