/**
 * Datelines: where a report was filed and which agency filed it.
 *
 * A dateline is a short run of parts separated by dashes, colons, commas,
 * brackets or quote marks, with dates and "الموافق" in between dropped:
 * `موسكو-سانا`, `دمشق، سوريا (CNN) --`, `مزار شريف - (أ.ف.ب):`, `رويترز ـ دونيتسك`,
 * `واس (جدة)`, `لندن: «الشرق الأوسط»`, `(أبوظبي - البيان)`,
 * `عبدالله البرقاوي-سبق-الرياض:` (byline, agency, place), `MOSCOW (Reuters) -`,
 * `KATHMANDU, April 25 (Reuters) -`, `WASHINGTON —`.
 *
 * Each part is told apart by the dictionary (`lookup` as a place or an
 * organization), the list of wire agencies, its marks (a bracketed or quoted
 * part is the agency; an upper-case Latin word the place) and, when nothing
 * else decides, by position (Arabic datelines put the place first).
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { Dateline, Span } from '../types.js';
import { findDates, type FoundDate } from '../metadata/dates/index.js';
import { datesOf, type LineInfo } from './features.js';
import { lookupMonth } from '../metadata/dates/months.js';
import { TokenKind } from '../text/tokenize.js';
import { Unit } from '../text/code-units.js';
import type { SegmentContext } from './segmenter.js';
import { AGENCY_SURFACES, DATE_LINE_WORDS, GENERIC_AGENCIES } from './markers.js';
import type { PhraseSet } from './phrases.js';
import { ENTITY_CHAR } from './patterns.js';

/** A dateline with the byline it may carry (`عبدالله البرقاوي-سبق-الرياض`). */
export interface DatelineHit {
  dateline: Dateline;
  byline: Span | null;
  /** The parts naming the place and the agency. */
  placeSpan: Span | null;
  agencySpan: Span | null;
  /** End of the dateline with its closing delimiter (where the paragraph text starts). */
  end: number;
}

interface Part {
  start: number;
  end: number;
  text: string;
  words: number;
  /** Inside brackets or quote marks. */
  marked: boolean;
  /** A bracket or quote mark opens right before it (`open`) or closes right after it (`close`). */
  open: boolean;
  close: boolean;
  /** Written in upper-case Latin letters (KATHMANDU). */
  caps: boolean;
  agency?: string;
  place?: string;
  /** The place or agency name came from the dictionary or the agency list. */
  known: boolean;
  /** The part is a listed wire agency or a generic wire credit. */
  listed: boolean;
  /** The part has digits. */
  digits: boolean;
}

/** Longest stretch examined as a dateline. */
const MAX_CHARS = 110;
const MAX_PART_WORDS = 4;
const MAX_WORDS = 9;
/** Places a paragraph start is tried as ending its dateline. */
const MAX_CUTS = 6;

const SEPARATORS = new Set(['-', '–', '—', 'ـ', '‐', '‑', ':', '：', '،', ',', '(', ')', '[', ']', '«', '»', '"', '“', '”', '„', '/', '|', ';', '؛', '*']);
const OPENERS = new Set(['(', '[', '«', '"', '“', '„']);
const CLOSERS = new Set([')', ']', '»', '"', '”']);

/**
 * Reads a whole line (or the value of a label) as a dateline. Stricter than a paragraph
 * start: every part must be accounted for.
 */
export function datelineOfLine(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext, loose = false): DatelineHit | null {
  if (end - start > MAX_CHARS + 60) return null;
  return parse(doc, start, end, ctx, loose ? 'loose' : 'line');
}

/** {@link datelineOfLine} of a whole line of the page: the line's dates, searched once, are reused. */
export function datelineOfPageLine(doc: AkhbarDocument, f: LineInfo, ctx: SegmentContext, loose = false): DatelineHit | null {
  if (f.end - f.start > MAX_CHARS + 60) return null;
  return parse(doc, f.start, f.end, ctx, loose ? 'loose' : 'line', datesOf(doc, f));
}

/** Reads the start of a paragraph as a dateline ending with `--`, ` - `, `—`, `ـ` or `:`. */
export function datelineOfParagraph(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext): DatelineHit | null {
  const text = doc.text;
  const limit = Math.min(end, start + MAX_CHARS);
  let tries = 0;
  let best: DatelineHit | null = null;
  const fields = (h: DatelineHit) => (h.dateline.place !== undefined ? 1 : 0) + (h.dateline.agency !== undefined ? 1 : 0);
  for (let i = start + 2; i < limit && tries < MAX_CUTS; i++) {
    const after = cutAt(text, i, limit);
    if (after < 0) continue;
    tries++;
    const hit = parse(doc, start, i, ctx, 'prefix');
    // The cut that reads the most (place and agency) wins: `بيروت ـ «القدس العربي»: قال` ends at the colon.
    if (hit && (!best || fields(hit) > fields(best))) best = { ...hit, end: after };
  }
  return best;
}

/** The marks a paragraph's dateline may end with that {@link Unit} does not name. */
const SPACE = 0x20, FULLWIDTH_COLON = 0xff1a, EN_DASH = 0x2013, EM_DASH = 0x2014, TATWEEL = 0x640;

/**
 * Whether a paragraph's dateline may end at `i` of `text`: where the paragraph's text then starts
 * (after the mark and any dashes following it, before `limit`), or -1. Code units are compared,
 * not one-character strings (this runs for every character of a paragraph's start).
 */
function cutAt(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c === Unit.Colon || c === FULLWIDTH_COLON) return i + 1;
  if (c !== Unit.Period && c !== Unit.Hyphen && c !== EN_DASH && c !== EM_DASH && c !== TATWEEL) return -1;
  const before = text.charCodeAt(i - 1), next = text.charCodeAt(i + 1);
  // `القاهرة - سبوتنيك. أعلنت …`: a period closing the dateline (not one inside أ.ف.ب)
  if (c === Unit.Period) return next === SPACE && before !== SPACE ? i + 1 : -1;
  // `--`, ` - `, ` —`, ` ـ ` (a bare hyphen inside `موسكو-سانا` is a part separator, not the end)
  if (!(before === SPACE || next === SPACE || next === Unit.Hyphen || c === EM_DASH)) return -1;
  if (c === TATWEEL && !(before === SPACE && next === SPACE)) return -1;
  let after = i + 1;
  while (after < limit && isDash(text.charCodeAt(after))) after++;
  return after;
}

/** `-`, `—` or `–`. */
const isDash = (c: number): boolean => c === Unit.Hyphen || c === EM_DASH || c === EN_DASH;

type Mode = 'line' | 'loose' | 'prefix';

/** `dates`: those of `[start, end)` when known (else searched). */
function parse(doc: AkhbarDocument, start: number, end: number, ctx: SegmentContext, mode: Mode, dates?: readonly FoundDate[]): DatelineHit | null {
  const parts = splitParts(doc, start, end, dates ?? findDates(doc.text, start, end));
  if (!parts || parts.length === 0 || parts.length > 4) return null;
  let words = 0;
  for (const p of parts) {
    if (p.words > MAX_PART_WORDS) return null;
    words += p.words;
  }
  if (words > MAX_WORDS) return null;
  for (const p of parts) classify(doc, p, ctx);

  // The agency: a wire credit, a listed agency, or an organization that is not also a place.
  let agency = parts.findIndex((p) => p.agency !== undefined && (p.listed || p.place === undefined));
  let place = parts.findIndex((p, i) => i !== agency && p.place !== undefined);
  if (place < 0) place = parts.findIndex((p, i) => i !== agency && p.caps);
  if (agency < 0) agency = parts.findIndex((p, i) => i !== place && p.marked && !p.caps);
  if (agency < 0) agency = parts.findIndex((p, i) => i !== place && p.agency !== undefined);
  const unknown = (i: number) => i !== place && i !== agency && parts[i].place === undefined && parts[i].agency === undefined;
  const free = parts.map((_, i) => i).filter(unknown);
  if (place < 0 && agency >= 0 && free.length) {
    place = free.find((i) => !parts[i].marked) ?? free[0];
  } else if (agency < 0 && place >= 0 && free.length && mode !== 'prefix') {
    // PLACE-AGENCY (طهران-الوئام) or BYLINE-AGENCY-PLACE (… -سبق-الرياض): the one-word part next to the
    // place (a paper's name); a longer unknown part is a reporter's name (حسن الحارثي - جدة).
    const oneWord = (i: number) => free.includes(i) && parts[i].words === 1 && dashBetween(doc.text, parts[place], parts[i]);
    agency = oneWord(place + 1) ? place + 1 : oneWord(place - 1) ? place - 1 : -1;
  } else if (agency < 0 && place < 0) {
    if (mode !== 'loose' || parts.length !== 2 || free.length !== 2) return null;
    place = 0;
    agency = 1;
  }
  if (place < 0 && agency < 0) return null;
  // A bracket that opens inside the line and closes at a later part encloses a parenthesis
  // (المحطة (الألمانية - الصينية)), no credit; one around the whole dateline is fine ((أبوظبي - الصحيفة)).
  const split = (i: number) => i >= 0 && ((parts[i].open && !parts[i].close && i > 0) || (parts[i].close && !parts[i].open && i < parts.length - 1));
  if (split(place) || split(agency)) return null;
  // A name no list knows is short: a city or a paper, not a clause.
  if (place >= 0 && !parts[place].known && !parts[place].caps && parts[place].words > 3) return null;
  if (agency >= 0 && !parts[agency].known && parts[agency].words > 3) return null;
  // Parts left over: a known place (the country after a city) is fine; one unknown part before the
  // agency is a byline; anything else means this is not a dateline.
  let byline: Span | null = null;
  for (let i = 0; i < parts.length; i++) {
    if (i === place || i === agency) continue;
    const p = parts[i];
    if (p.place !== undefined || p.agency !== undefined) continue;
    // A reporter's name: two to four words without digits, set off by a dash or brackets (not a colon:
    // "مصر : مقتل 4 سياح" is a headline).
    if (!byline && p.words >= 2 && p.words <= 4 && !p.marked && !p.digits && mode !== 'prefix' && setOff(doc.text, p, parts)) {
      byline = doc.span(p.start, p.end);
      continue;
    }
    return null;
  }
  const known = parts.some((p, i) => (i === place || i === agency) && (p.known || p.caps || p.marked));
  if (!known) {
    if (mode !== 'loose') return null;
  }
  // In a paragraph start, the agency or an upper-case place must be there: "قال المتحدث: ..." is not a dateline.
  if (mode === 'prefix' && !(agency >= 0 && (parts[agency].known || parts[agency].marked)) && !(place >= 0 && parts[place].caps) &&
    !(place >= 0 && parts[place].known && parts.length === 1)) return null;
  const used = [place, agency].filter((i) => i >= 0).map((i) => parts[i]);
  let s = Math.min(...used.map((p) => p.start));
  let e = Math.max(...used.map((p) => p.end));
  // Take in the brackets or quote marks around the first and last part.
  const text = doc.text;
  if (s > start && OPENERS.has(text[s - 1])) s--;
  if (e < end && CLOSERS.has(text[e])) e++;
  const dateline: Dateline = { span: doc.span(s, e) };
  if (place >= 0) dateline.place = parts[place].place ?? parts[place].text;
  if (agency >= 0) dateline.agency = parts[agency].agency ?? parts[agency].text;
  return {
    dateline, byline, end: e,
    placeSpan: place >= 0 ? doc.span(parts[place].start, parts[place].end) : null,
    agencySpan: agency >= 0 ? doc.span(parts[agency].start, parts[agency].end) : null,
  };
}

/** The two parts are joined by a dash (`طهران-الوئام`), not by a colon (`لبنان: انفجار` is a headline). */
function dashBetween(text: string, a: Part, b: Part): boolean {
  const from = Math.min(a.end, b.end), to = Math.max(a.start, b.start);
  for (let i = from; i < to && i < from + 12; i++) if (text[i] === '-' || text[i] === 'ـ' || text[i] === '–' || text[i] === '—') return true;
  return false;
}

/** The part is joined to its neighbours by dashes, brackets or commas, never by a colon alone. */
function setOff(text: string, p: Part, parts: readonly Part[]): boolean {
  const i = parts.indexOf(p);
  const gaps: [number, number][] = [];
  if (i > 0) gaps.push([parts[i - 1].end, p.start]);
  if (i + 1 < parts.length) gaps.push([p.end, parts[i + 1].start]);
  for (const [a, b] of gaps) {
    let colon = false, other = false;
    for (let k = a; k < b && k < a + 12; k++) {
      const c = text[k];
      if (c === ':' || c === '：') colon = true;
      else if (c !== ' ' && c !== '\u00a0') other = true;
    }
    if (colon && !other) return false;
  }
  return true;
}

/** Splits `[start, end)` into parts at separators, dropping its `dates`, partial dates and filler words. */
function splitParts(doc: AkhbarDocument, start: number, end: number, dates: readonly FoundDate[]): Part[] | null {
  const text = doc.text;
  const holes: [number, number][] = dates.map((d) => [d.start, d.end]);
  // Partial English dates inside datelines: "April 25", "Nov 22".
  const t = doc.tokens;
  const a = t.indexAt(start);
  for (let i = a; i < t.count && t.start(i) < end; i++) {
    if (t.kind[i] === TokenKind.Word && i + 1 < t.count && t.kind[i + 1] === TokenKind.Number && t.end(i + 1) <= end && lookupMonth(t.norm(i)) ) {
      let e = t.end(i + 1);
      if (i + 2 < t.count && t.norm(i + 2) === ',' && i + 3 < t.count && t.kind[i + 3] === TokenKind.Number && t.norm(i + 3).length === 4 && t.end(i + 3) <= end) e = t.end(i + 3);
      holes.push([t.start(i), e]);
    }
    if (i - a > 40) return null;
  }
  holes.sort((x, y) => x[0] - y[0]);
  const parts: Part[] = [];
  let h = 0;
  let pStart = -1;
  // A part is marked when a bracket or quote mark opens right before it and closes right after it.
  let opened = false;
  let lastSep = '';
  const flush = (e: number, closer: boolean) => {
    if (pStart < 0) return;
    const span = doc.span(pStart, e);
    pStart = -1;
    if (span.end <= span.start) return;
    const part = makePart(doc, span, opened, closer);
    if (part) parts.push(part);
  };
  for (let i = start; i < end; i++) {
    while (h < holes.length && holes[h][1] <= i) h++;
    if (h < holes.length && holes[h][0] <= i) {
      flush(i, false);
      lastSep = '';
      i = holes[h][1] - 1;
      continue;
    }
    const c = text[i];
    // A tatweel is a dash only between spaces (رويترز ـ دونيتسك); inside a word it only stretches it.
    const sep = c === 'ـ' ? text[i - 1] === ' ' || text[i + 1] === ' ' : SEPARATORS.has(c);
    if (sep || (c === '&' && entityLength(text, i, end) > 0)) {
      flush(i, CLOSERS.has(c));
      lastSep = c;
      if (c === '&') i += entityLength(text, i, end) - 1;
      continue;
    }
    if (pStart < 0 && c !== ' ' && c !== '\u00a0' && c !== '\t') {
      pStart = i;
      opened = OPENERS.has(lastSep);
    }
  }
  flush(end, false);
  return parts;
}

/** Length of an HTML entity (`&nbsp;`) left by a scraper at `i`, or 0. */
function entityLength(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && j - i <= 8 && ENTITY_CHAR.test(text[j])) j++;
  return j < end && text[j] === ';' && j > i + 1 ? j - i + 1 : 0;
}

const PREPOSITIONS = new Set(['من', 'في', 'الى', 'from', 'in']);

function makePart(doc: AkhbarDocument, span: Span, open: boolean, close: boolean): Part | null {
  const t = doc.tokens;
  let words = 0, letters = false, caps = true, latin = 0, digits = false;
  const norms: string[] = [];
  let first = t.indexAt(span.start);
  // "من الرياض", "في جدة": the preposition is not part of the name.
  if (first + 1 < t.count && t.start(first + 1) < span.end && PREPOSITIONS.has(t.norm(first)) && t.kind[first + 1] === TokenKind.Arabic) {
    first++;
    span = doc.span(t.start(first), span.end);
  }
  for (let i = first; i < t.count && t.start(i) < span.end; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Arabic || k === TokenKind.Word) {
      words++;
      letters = true;
      norms.push(t.norm(i));
      if (k === TokenKind.Word) {
        latin++;
        const w = doc.text.slice(t.start(i), t.end(i));
        if (w !== w.toUpperCase() || w.length < 3) caps = false;
      } else caps = false;
    } else if (k === TokenKind.Number) {
      words++;
      caps = false;
      digits = true;
    }
    if (words > MAX_PART_WORDS + 2) break;
  }
  if (!letters) return null;
  // Filler between dates: الموافق، هـ، آخر تحديث 02، GMT.
  if (norms.every((n) => DATE_LINE_WORDS.has(n))) return null;
  return { start: span.start, end: span.end, text: span.text, words, marked: open && close, open, close, caps: caps && latin > 0, known: false, listed: false, digits };
}

function wholeMatch<T>(doc: AkhbarDocument, set: PhraseSet<T>, p: Part): T | undefined {
  const t = doc.tokens;
  const a = t.indexAt(p.start);
  let b = a;
  while (b < t.count && t.start(b) < p.end) b++;
  const hit = set.matchAt(t, a, b);
  return hit && hit.end === b ? hit.value : undefined;
}

function classify(doc: AkhbarDocument, p: Part, ctx: SegmentContext): void {
  const generic = wholeMatch(doc, GENERIC_AGENCIES, p);
  if (generic) { p.agency = generic; p.known = p.listed = true; return; }
  const listed = wholeMatch(doc, AGENCY_SURFACES, p) === true;
  let org = null, place = null;
  try {
    org = ctx.lookup(p.text, 'organization');
    place = ctx.lookup(p.text, 'place');
  } catch {
    // a faulty lookup never breaks segmentation
  }
  if (org?.type === 'organization') { p.agency = org.name; p.known = true; }
  else if (listed) { p.agency = p.text; p.known = true; }
  p.listed = listed;
  // A listed agency is not read as a place, whatever else the name means.
  if (place?.type === 'place' && !listed) { p.place = place.name; p.known = true; }
}
