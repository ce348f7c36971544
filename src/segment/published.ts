/**
 * The publication date: the article's own date, not a ticker's, a related item's or one
 * mentioned in the body. Candidates come from the header (the lines around the headline down
 * to the body), the dateline, the lines right after the body, and, failing those, a date in
 * the lead paragraph written as "today" (`اليوم الخميس الموافق …`, a weekday before it).
 * Labelled dates (تاريخ النشر، نشر في، Published) win; an update date counts less; when a line
 * has a Hijri and a Gregorian date, the Gregorian one is taken.
 */
import type { AkhbarDocument } from '../doc/document.js';
import type { PublishedDate } from '../types.js';
import type { FoundDate } from '../metadata/dates/index.js';
import type { LineInfo } from './features.js';
import type { Role } from './classify.js';
import { datesOf, isWeekday, leadingDates, viewText } from './features.js';
import { phraseTokens } from './phrases.js';
import { TODAY_BEFORE as TODAY } from './patterns.js';

interface Candidate {
  date: FoundDate;
  score: number;
  line: number;
}

/** Where the article sits on the page, for the date search. */
export interface DateZones {
  headline: number;
  bodyStart: number;
  bodyEnd: number;
  /** First line that does not belong to the article any more. */
  tailEnd: number;
}

/** Dates of a line, Gregorian first when the line has both calendars. */
function lineDates(doc: AkhbarDocument, f: LineInfo): readonly FoundDate[] {
  const all = datesOf(doc, f);
  const g = all.filter((d) => d.calendar === 'gregorian');
  return g.length && g.length < all.length ? g : all;
}

function add(doc: AkhbarDocument, out: Candidate[], f: LineInfo, score: number, roles: readonly Role[], infos: readonly LineInfo[]): void {
  const dates = lineDates(doc, f);
  // A date standing right after a label line ("التاريخ:" then "03 يونيو 2020").
  const prevLabel = f.index > 0 && roles[f.index - 1] === 'dateLabel';
  for (const d of dates) {
    let s = score;
    if (d.label === 'published' || prevLabel) s += 4;
    else if (d.label === 'updated') s -= 1;
    if (infos[f.index].dateLine) s += 0.5;
    out.push({ date: d, score: s, line: f.index });
  }
}

/** Picks the publication date. */
export function pickPublished(doc: AkhbarDocument, infos: readonly LineInfo[], roles: readonly Role[], z: DateZones): PublishedDate | null {
  const out: Candidate[] = [];
  const top = z.headline >= 0 ? z.headline : z.bodyStart;
  // The header: three lines above the headline down to the body.
  for (let i = Math.max(0, top - 3); i < z.bodyStart; i++) {
    const f = infos[i];
    if (roles[i] === 'prose' || !datesOf(doc, f).length) continue;
    const near = i > top ? 3 : i === top - 1 ? 2 : 1;
    add(doc, out, f, near - Math.abs(i - top) * 0.05, roles, infos);
  }
  if (!out.length) {
    for (let i = z.bodyEnd + 1; i < Math.min(infos.length, z.tailEnd + 1, z.bodyEnd + 6); i++) {
      const f = infos[i];
      if (f.dateLine) add(doc, out, f, 1 - (i - z.bodyEnd) * 0.05, roles, infos);
    }
  }
  if (!out.length && z.bodyStart < infos.length) {
    // The lead paragraph: a date written as today's.
    const f = infos[z.bodyStart];
    const dates = leadingDates(doc, f, 2000);
    for (const d of dates) {
      const before = viewText(doc, Math.max(f.start, d.start - 40), d.start);
      if (TODAY.test(before) || startsWithWeekday(d)) out.push({ date: d, score: 0.5, line: f.index });
    }
  }
  if (!out.length) {
    // The page header: a date line among the first lines of the page.
    for (let i = 0; i < Math.min(top, 3); i++) if (infos[i].dateLine) add(doc, out, infos[i], 0.1, roles, infos);
  }
  if (!out.length) return null;
  let best = out[0];
  for (const c of out) if (c.score > best.score) best = c;
  const d = best.date;
  return { date: d.date, calendar: d.calendar, span: doc.span(d.start, d.end) };
}

/** A found date that carries a weekday (`الخميس 1436/10/7هـ`): written as the day's date. */
function startsWithWeekday(d: FoundDate): boolean {
  const first = phraseTokens(d.text.slice(0, 24))[0];
  return first !== undefined && (isWeekday(first) || first === 'يوم');
}
