/**
 * Page segmentation: lines → blocks → kinds, and the article's metadata.
 *
 * The page is read from the features of its lines (`features.ts`): each line gets a
 * role (`classify.ts`), prose lines form runs, the first substantial run is the main
 * article's body, the headline is found by walking back from it over the metadata
 * cluster, and later runs with a headline of their own (typically after a "read also"
 * marker) are further articles. Metadata comes from the lines around the body:
 * `published.ts`, `dateline.ts`, `source.ts`, `keywords.ts`, `byline.ts`.
 *
 * Every step is linear in the number of lines, with bounded work per line.
 */
import type { AkhbarDocument, Credit } from '../doc/document.js';
import type { ArticleResult, Dateline, Segment, SegmentKind, Span } from '../types.js';
import type { NameLookup } from '../gazetteer/match.js';
import { lineFeatures, repeatsOf, sameKey, type LineInfo } from './features.js';
import { findHeadline, findRuns, furnitureKind, headerKind, headlineLike, isProse, refineRoles, roleOf, type HeaderScan, type Role, type Run } from './classify.js';
import { datelineOfPageLine, datelineOfParagraph, type DatelineHit } from './dateline.js';
import { findGlue, findLeadIn, LetterJoins, type GlueSplit } from './glue.js';
import { pickPublished } from './published.js';
import { sourceOfLabel, wireCredit } from './source.js';
import { tagsOfLabel, unlabeledTags, wordSet } from './keywords.js';
import { bylineSpan } from './byline.js';

/** What the segmenter may ask of the rest of the pipeline. */
export interface SegmentContext {
  /** The entity a whole string names (موسكو → Moscow, سانا → SANA), or null. */
  lookup(text: string, preferType?: NameLookup['type']): NameLookup | null;
}

/** What the segmenter reads from the page. */
export type PageStructure = Pick<ArticleResult, 'headline' | 'published' | 'dateline' | 'source' | 'keywords' | 'byline' | 'body'>;

/** Lines after the body searched for the article's trailing metadata (source, tags, trailers). */
const TAIL_LINES = 15;
/** A run this long is an article's body even when it has one paragraph. */
const MIN_RUN_CHARS = 300;
/** Words of a title-shaped line read as a paragraph on a page without sentences. */
const RELAXED_PROSE_WORDS = 12;
/** Lines above a later run searched for its headline. */
const ARTICLE_HEADER_LINES = 5;

const EMPTY: PageStructure = { headline: null, published: null, dateline: null, source: null, keywords: [], byline: null, body: [] };

/**
 * Classifies every line of the document and reads the main article's structure.
 * Never throws: should a step fail on some unforeseen input, every line is kept as body.
 */
export function segmentDocument(doc: AkhbarDocument, ctx: SegmentContext): PageStructure {
  try {
    return segmentPage(doc, ctx);
  } catch {
    doc.segments = doc.lines.map((l) => ({ ...doc.span(l.start, l.end), kind: 'body' as const, article: 0 }));
    return { ...EMPTY, body: doc.segments.map(({ start, end, text }) => ({ start, end, text })) };
  }
}

/** Where one article sits on the page. */
interface ArticleLayout {
  index: number;
  headline: number;
  duplicate: number;
  bodyStart: number;
  bodyEnd: number;
  /** Last line of the article's trailing metadata. */
  tailEnd: number;
  scan: HeaderScan;
}

/** The segmentation itself; throws only on a bug. Exported for tests. */
export function segmentPage(doc: AkhbarDocument, ctx: SegmentContext): PageStructure {
  const infos = lineFeatures(doc);
  const n = infos.length;
  const roles: Role[] = infos.map((f) => roleOf(doc, f));
  refineRoles(infos, roles);
  const kinds: (SegmentKind | null)[] = new Array(n).fill(null);
  const articles = new Int32Array(n);
  const splits = new Map<number, GlueSplit>();

  const datelineCache = new Map<number, DatelineHit | null>();
  const lineDateline = (i: number): DatelineHit | null => {
    if (!datelineCache.has(i)) datelineCache.set(i, datelineOfPageLine(doc, infos[i], ctx));
    return datelineCache.get(i) ?? null;
  };

  let runs = findRuns(roles, infos);
  if (!runs.some((r) => r.paragraphs >= 2 || r.chars >= MIN_RUN_CHARS) && relaxProse(infos, roles)) runs = findRuns(roles, infos);
  const main = pickMain(runs, roles);
  if (!main) return noBody(doc, infos, roles, kinds);

  // ---- the main article ----
  const layouts: ArticleLayout[] = [];
  const first = layoutArticle(0, main, 0, infos, roles, (i) => lineDateline(i) !== null, doc, ctx);
  layouts.push(first);
  // ---- further articles: later runs with a headline of their own ----
  let floor = first.tailEnd + 1;
  for (const run of runs) {
    if (run.start < floor) continue;
    const scan = findHeadline(infos, roles, run.start, floor, () => false, ARTICLE_HEADER_LINES, false);
    const h = scan.headline;
    const afterReadAlso = h > 0 && (roles[h - 1] === 'readAlso' || roles[h - 1] === 'listHead');
    if (h < 0 || !(run.paragraphs >= 2 || afterReadAlso) || run.chars < 200) continue;
    const layout = layoutArticle(layouts.length, run, floor, infos, roles, () => false, doc, ctx, scan);
    layouts.push(layout);
    floor = layout.tailEnd + 1;
  }
  const joins = new LetterJoins(doc.text);
  for (const a of layouts) assignArticle(a, doc, infos, roles, kinds, articles, splits, joins);
  for (let i = 0; i < n; i++) if (kinds[i] === null) kinds[i] = furnitureKind(infos[i], roles[i]);

  // ---- metadata of the main article ----
  const a0 = first;
  // The headline as printed, a category prefix (سياسي / …) included: the line is the title users see.
  const headline = a0.headline >= 0 ? doc.span(infos[a0.headline].start, infos[a0.headline].end) : null;
  const tailFrom = a0.bodyEnd + 1;
  const tailTo = Math.min(n - 1, a0.tailEnd);

  // dateline: a line of the header, else the start of the first paragraph
  let dateline: Dateline | null = null;
  let datelineByline: Span | null = null;
  let datelineHit: DatelineHit | null = null;
  const credits: Credit[] = [];
  for (let i = (a0.headline >= 0 ? a0.headline + 1 : a0.bodyStart); i < a0.bodyStart && !dateline; i++) {
    const r = roles[i];
    let hit: DatelineHit | null = null;
    if (r === 'source' && infos[i].marker?.rest === 0 && i + 1 < a0.bodyStart) hit = datelineOfPageLine(doc, infos[i + 1], ctx, true);
    else if (r === 'title' || r === 'short' || r === 'date') hit = lineDateline(i);
    if (hit) { dateline = hit.dateline; datelineByline = hit.byline; datelineHit = hit; }
  }
  if (!dateline) {
    const f = infos[a0.bodyStart];
    const split = splits.get(a0.bodyStart);
    const hit = datelineOfParagraph(doc, split ? split.rest : f.start, f.end, ctx);
    if (hit) { dateline = hit.dateline; datelineByline = hit.byline; datelineHit = hit; }
  }
  if (datelineHit?.placeSpan) credits.push({ start: datelineHit.placeSpan.start, end: datelineHit.placeSpan.end, type: 'place', from: 'dateline' });
  // A generic credit (وكالات، Agencies) names no one.
  if (datelineHit?.agencySpan && dateline?.agency !== 'Agencies') credits.push({ start: datelineHit.agencySpan.start, end: datelineHit.agencySpan.end, type: 'organization', from: 'dateline' });

  // source: a label in the header or the tail, else a wire credit after the body
  let source: PageStructure['source'] = null;
  for (let i = (a0.headline >= 0 ? a0.headline + 1 : a0.bodyStart); i <= tailTo && !source; i++) {
    if (i >= a0.bodyStart && i <= a0.bodyEnd) continue;
    if (roles[i] !== 'source') continue;
    const hit = sourceOfLabel(doc, infos, i, ctx);
    if (hit) {
      source = hit.source;
      if (hit.valueLine !== i && hit.valueLine < n) { kinds[hit.valueLine] = 'metadata'; articles[hit.valueLine] = 0; }
    }
  }
  for (let i = a0.bodyEnd; i <= tailTo && !source; i++) {
    const c = wireCredit(doc, infos[i], ctx);
    if (!c) continue;
    source = c;
    // a credit on a line of its own is the article's metadata
    if (i > a0.bodyEnd && infos[i].words <= 4) { kinds[i] = 'metadata'; articles[i] = 0; }
  }

  // keywords: a label in the tail, else unlabeled tag rows right after the body
  let keywords: Span[] = [];
  for (let i = tailFrom; i <= tailTo && !keywords.length; i++) {
    if (roles[i] !== 'tags') continue;
    const { tags, lines } = tagsOfLabel(doc, infos, roles, i, ctx);
    keywords = tags;
    for (const l of lines) { kinds[l] = 'metadata'; articles[l] = 0; }
  }
  if (!keywords.length && tailFrom < n) {
    // (a share bar or a caption may stand between the body and the tags)
    let from = tailFrom;
    while (from < n && from < tailFrom + 3 && (roles[from] === 'junk' || roles[from] === 'ad' || roles[from] === 'caption')) from++;
    const found = unlabeledTags(doc, infos, roles, from, () => wordSet(doc, infos, textLines(a0, kinds)), ctx);
    if (found) {
      keywords = found.tags;
      for (const l of found.lines) { kinds[l] = 'metadata'; articles[l] = 0; }
    }
  }

  // byline: a byline line of the header or the tail, else the dateline's
  let byline: Span | null = null;
  for (let i = (a0.headline >= 0 ? a0.headline + 1 : a0.bodyStart); i <= tailTo && !byline; i++) {
    if (i >= a0.bodyStart && i <= a0.bodyEnd) continue;
    if (roles[i] === 'byline') byline = bylineSpan(doc, infos[i]);
  }
  byline ??= datelineByline;

  const published = pickPublished(doc, infos, roles, { headline: a0.headline, bodyStart: a0.bodyStart, bodyEnd: a0.bodyEnd, tailEnd: a0.tailEnd });
  if (published) {
    // The line holding the date is the article's metadata, even above the headline.
    const li = lineAt(infos, published.span.start);
    if (li >= 0 && kinds[li] !== 'body') { kinds[li] = 'metadata'; articles[li] = 0; }
  }

  if (source?.span && source.name !== 'Agencies') credits.push({ start: source.span.start, end: source.span.end, type: 'organization', from: 'source' });
  if (byline) credits.push({ start: byline.start, end: byline.end, type: 'person', from: 'byline' });
  const segments = buildSegments(doc, infos, kinds as SegmentKind[], articles, splits);
  doc.segments = segments;
  doc.credits = credits;
  const body = segments.filter((s) => s.kind === 'body' && s.article === 0).map(({ start, end, text }) => ({ start, end, text }));
  return { headline, published, dateline, source, keywords, byline, body };
}

/** The lines of an article's text: its body and subheadings, then its headline. */
function textLines(a: ArticleLayout, kinds: readonly (SegmentKind | null)[]): number[] {
  const lines: number[] = [];
  for (let i = a.bodyStart; i <= a.bodyEnd; i++) if (kinds[i] === 'body' || kinds[i] === 'subheading') lines.push(i);
  if (a.headline >= 0) lines.push(a.headline);
  return lines;
}

/**
 * A page whose paragraphs carry no final period (some scrapers drop it): long title-shaped lines
 * after the first one are read as paragraphs. Returns whether any role changed.
 */
function relaxProse(infos: readonly LineInfo[], roles: Role[]): boolean {
  let first = true;
  let changed = false;
  for (let i = 0; i < roles.length; i++) {
    if (roles[i] !== 'title') continue;
    if (first) { first = false; continue; }
    if (infos[i].words >= RELAXED_PROSE_WORDS) { roles[i] = 'prose'; changed = true; }
  }
  return changed;
}

/** The line holding an offset (binary search), or -1. */
function lineAt(infos: readonly LineInfo[], offset: number): number {
  let lo = 0, hi = infos.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < infos[mid].start) hi = mid - 1;
    else if (offset >= infos[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The main run: the first holding at least half the prose of the largest, not right after a "read also" marker. */
function pickMain(runs: readonly Run[], roles: readonly Role[]): Run | null {
  if (!runs.length) return null;
  let max = 0;
  for (const r of runs) max = Math.max(max, r.chars);
  const afterReadAlso = (r: Run) => {
    for (let i = r.start - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
      if (roles[i] === 'readAlso') return true;
      if (roles[i] === 'prose') return false;
    }
    return false;
  };
  for (const r of runs) if (r.chars * 2 >= max && !afterReadAlso(r)) return r;
  for (const r of runs) if (r.chars === max) return r;
  return runs[0];
}

/** Headline, body start (after a standfirst), body end and tail of the article on `run`. */
function layoutArticle(
  index: number, run: Run, floor: number, infos: readonly LineInfo[], roles: readonly Role[], isDateline: (i: number) => boolean,
  doc: AkhbarDocument, ctx: SegmentContext, known?: HeaderScan,
): ArticleLayout {
  const scan = known ?? findHeadline(infos, roles, run.start, floor, isDateline);
  let bodyStart = run.start;
  // A standfirst: the first paragraph printed twice, or one paragraph set apart from the body by an ad.
  const next = nextProse(roles, bodyStart, run.end);
  if (next > 0) {
    const dup = sameKey(infos[next], infos[bodyStart]);
    const byAd = next > bodyStart + 1 && roles[bodyStart + 1] === 'ad' && nextProse(roles, next, run.end) > 0 &&
      !datelineOfParagraph(doc, infos[bodyStart].start, infos[bodyStart].end, ctx);
    if (dup || byAd) bodyStart = next;
  }
  // A last paragraph that lost its final period still belongs to the body.
  let bodyEnd = run.end;
  if (bodyEnd + 1 < infos.length && roles[bodyEnd + 1] === 'title' && paragraphLike(infos[bodyEnd + 1])) bodyEnd++;
  let tailEnd = bodyEnd;
  for (let i = bodyEnd + 1; i < infos.length && i <= bodyEnd + TAIL_LINES; i++) {
    const r = roles[i];
    if (r === 'listHead' || r === 'siteTags' || r === 'readAlso' || r === 'prose') break;
    tailEnd = i;
  }
  return { index, headline: scan.headline, duplicate: scan.duplicate, bodyStart, bodyEnd, tailEnd, scan };
}

function nextProse(roles: readonly Role[], i: number, end: number): number {
  for (let j = i + 1; j <= end; j++) if (roles[j] === 'prose') return j;
  return -1;
}

/** Sets the kinds of the lines of one article. */
function assignArticle(
  a: ArticleLayout, doc: AkhbarDocument, infos: readonly LineInfo[], roles: readonly Role[], kinds: (SegmentKind | null)[],
  articles: Int32Array, splits: Map<number, GlueSplit>, joins: LetterJoins,
): void {
  const set = (i: number, k: SegmentKind) => { kinds[i] = k; articles[i] = a.index; };
  if (a.headline >= 0) set(a.headline, 'headline');
  if (a.duplicate >= 0) set(a.duplicate, 'headline');
  // header: between the headline and the body
  let related = false;
  const headerFrom = a.headline >= 0 ? a.headline + 1 : a.bodyStart;
  for (let i = headerFrom; i < a.bodyStart; i++) {
    const r = roles[i];
    if (a.scan.datelines.has(i) || a.scan.captions.has(i)) { set(i, 'metadata'); continue; }
    if (r === 'readAlso' || r === 'listHead') related = true;
    else if (r === 'prose') related = false;
    set(i, headerKind(r, related));
  }
  // body
  related = false;
  for (let i = a.bodyStart; i <= a.bodyEnd; i++) {
    const r = roles[i];
    const f = infos[i];
    switch (r) {
      case 'prose': {
        related = false;
        set(i, 'body');
        const glue = findGlue(doc, f, joins) ?? (i > a.bodyStart ? findLeadIn(doc, f.tokenStart, f.tokenEnd) : null);
        if (glue) splits.set(i, glue);
        break;
      }
      case 'title': {
        if (f.end_ === 'period' && kinds[i - 1] === 'body' && (f.words <= 5 || startsLower(doc, f))) { set(i, 'body'); break; }
        if (kinds[i - 1] === 'body' && paragraphLike(f)) { set(i, 'body'); break; }
        const prevTitle = i > a.bodyStart && roles[i - 1] === 'title';
        const nextTitle = i < a.bodyEnd && roles[i + 1] === 'title';
        // (a link title is long; a title of three words or fewer right before a paragraph is a subheading)
        if (related && !(f.words <= 3 && roles[i + 1] === 'prose')) set(i, 'related');
        // a title printed elsewhere on the page too is a link to another story
        else if (f.words >= 4 && repeatsOf(f) > 1) set(i, 'related');
        else if (continues(doc, infos, i)) set(i, 'body');
        else if (prevTitle || nextTitle) set(i, 'related');
        else if (roles[nextNonAd(roles, i, a.bodyEnd)] === 'prose') set(i, 'subheading');
        else set(i, 'related');
        break;
      }
      case 'short':
        if (f.end_ === 'period' && kinds[i - 1] === 'body') set(i, 'body');
        // a title of one or two words right before a paragraph is a subheading
        else if (f.end_ !== 'colon' && f.end_ !== 'period' && roles[i + 1] === 'prose' && kinds[i - 1] !== 'headline') set(i, 'subheading');
        else if (related) set(i, 'related');
        else set(i, 'boilerplate');
        break;
      case 'readAlso': case 'listHead':
        related = true; set(i, 'related'); break;
      case 'readAlsoItem':
        set(i, 'related'); break;
      case 'caption': case 'date': case 'time': case 'byline': case 'credits':
        set(i, 'metadata'); break;
      default:
        set(i, 'boilerplate');
    }
  }
  // tail: trailing metadata of the article
  for (let i = a.bodyEnd + 1; i <= a.tailEnd; i++) {
    switch (roles[i]) {
      case 'source': case 'tags': case 'credits': case 'byline': case 'caption':
        set(i, 'metadata'); break;
      case 'date': case 'time':
        set(i, i <= a.bodyEnd + 3 ? 'metadata' : 'boilerplate'); break;
      case 'trailer':
        set(i, 'boilerplate'); break;
      default:
        break; // furniture, decided later
    }
  }
}

/** A title-shaped line that reads as a paragraph without its final period: long, with a comma or a sentence inside. */
const paragraphLike = (f: LineInfo) => f.words >= 14 && (f.commas >= 1 || f.innerStops >= 1) && f.end_ !== 'question' && f.end_ !== 'colon' && !f.marker;

const startsLower = (doc: AkhbarDocument, f: LineInfo) => {
  const c = doc.text.charCodeAt(f.start);
  return c >= 97 && c <= 122;
};

/** A title-shaped line that is the first half of a paragraph broken by the scraper (an open quote, a lower-case continuation). */
function continues(doc: AkhbarDocument, infos: readonly LineInfo[], i: number): boolean {
  const f = infos[i];
  const c = doc.text[f.start];
  if ((c === '“' || c === '"' || c === '«') && f.words >= 8) return true;
  const g = infos[i + 1];
  if (!g) return false;
  const d = doc.text.charCodeAt(g.start);
  return f.words >= 8 && d >= 97 && d <= 122;
}

function nextNonAd(roles: readonly Role[], i: number, end: number): number {
  let j = i + 1;
  while (j <= end && (roles[j] === 'ad' || roles[j] === 'caption')) j++;
  return Math.min(j, roles.length - 1);
}

/** A page without a run of prose: the first title is the headline, sentences are body. */
function noBody(doc: AkhbarDocument, infos: readonly LineInfo[], roles: readonly Role[], kinds: (SegmentKind | null)[]): PageStructure {
  let h = -1;
  for (let i = 0; i < infos.length && i < 40; i++) {
    if (headlineLike(infos[i], roles[i]) || (roles[i] === 'short' && infos[i].words >= 1 && i === 0)) { h = i; break; }
  }
  for (let i = 0; i < infos.length; i++) {
    const f = infos[i];
    if (i === h) kinds[i] = 'headline';
    else if (i > h && h >= 0 && f.end_ === 'period' && f.words >= 3 && roles[i] !== 'siteTalk' && !isProse(f)) kinds[i] = 'body';
    else kinds[i] = furnitureKind(f, roles[i]);
  }
  const segments = buildSegments(doc, infos, kinds as SegmentKind[], new Int32Array(infos.length), new Map());
  doc.segments = segments;
  const headline = h >= 0 ? doc.span(infos[h].start, infos[h].end) : null;
  const body = segments.filter((s) => s.kind === 'body').map(({ start, end, text }) => ({ start, end, text }));
  return { ...EMPTY, headline, body };
}

/** Segments in text order: one per line (two for a glued line), runs of boilerplate merged into one block. */
function buildSegments(
  doc: AkhbarDocument, infos: readonly LineInfo[], kinds: readonly SegmentKind[], articles: Int32Array, splits: ReadonlyMap<number, GlueSplit>,
): Segment[] {
  const out: Segment[] = [];
  // One pass, no object per line: a run of boilerplate lines of one article is held open (its
  // start, end and article) and becomes one segment when a line of another kind or article comes.
  let runStart = -1, runEnd = -1, runArticle = -1;
  const flushRun = () => {
    if (runStart >= 0) pushSegment(doc, out, runStart, runEnd, 'boilerplate', runArticle);
    runStart = -1;
  };
  for (let i = 0; i < infos.length; i++) {
    const f = infos[i];
    const k = kinds[i];
    const article = articles[i];
    if (k === 'boilerplate') {
      if (runStart >= 0 && runArticle === article) runEnd = f.end;
      else { flushRun(); runStart = f.start; runEnd = f.end; runArticle = article; }
      continue;
    }
    flushRun();
    const s = splits.size ? splits.get(i) : undefined;
    if (s && k === 'body') {
      pushSegment(doc, out, f.start, s.firstEnd, s.kind, article);
      pushSegment(doc, out, s.rest, f.end, 'body', article);
    } else pushSegment(doc, out, f.start, f.end, k, article);
  }
  flushRun();
  return out;
}

/** Adds the segment of `[start, end)` (trimmed) unless it is empty. */
function pushSegment(doc: AkhbarDocument, out: Segment[], start: number, end: number, kind: SegmentKind, article: number): void {
  const span = doc.span(start, end);
  // Fields written out, not spread: a spread copies through a slow generic path (same key order).
  if (span.end > span.start) out.push({ start: span.start, end: span.end, text: span.text, kind, article });
}
