/** A readable terminal summary of a result. */
import type { ArticleResult, Entity, EntityType } from '../types.js';

const TYPE_TITLES: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organizations' };
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Renders a result as plain lines: headline, date, dateline, entities with mention counts, quotes with speakers. */
export function formatPretty(r: ArticleResult, opts: { color?: boolean } = {}): string {
  const bold = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[22m` : s);
  const out: string[] = [];
  out.push(`${bold('Headline')}   ${r.headline?.text ?? dim('(none)')}`);
  out.push(`${bold('Language')}   ${r.language}`);
  out.push(`${bold('Published')}  ${r.published ? `${r.published.date}${r.published.calendar === 'hijri' ? ' (written in the Hijri calendar)' : ''}` : dim('(none)')}`);
  if (r.dateline) out.push(`${bold('Dateline')}   ${[r.dateline.place, r.dateline.agency].filter(Boolean).join(' · ') || r.dateline.span.text}`);
  if (r.source) out.push(`${bold('Source')}     ${r.source.name}`);
  if (r.byline) out.push(`${bold('Byline')}     ${r.byline.text}`);
  if (r.keywords.length) out.push(`${bold('Keywords')}   ${r.keywords.map((k) => k.text).join(' · ')}`);
  out.push(`${bold('Body')}       ${r.body.length} paragraph${r.body.length === 1 ? '' : 's'}`);
  for (const type of ['person', 'place', 'organization'] as const) {
    const ents = r.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!ents.length) continue;
    out.push('', bold(`${TYPE_TITLES[type]} (${ents.length})`));
    for (const e of ents) out.push(`  ${entityLine(e)}`);
  }
  if (r.quotes.length) {
    out.push('', bold(`Quotes (${r.quotes.length})`));
    for (const q of r.quotes) {
      const sp = q.speaker?.entity ? r.entities.find((e) => e.id === q.speaker!.entity)?.name : q.speaker?.text?.text;
      const mark = q.kind === 'direct' ? '“' : '≈';
      out.push(`  ${mark} ${clip(q.text.text.replace(/\s+/g, ' '), 90)}`);
      out.push(`    ${dim('—')} ${sp ?? dim('(unknown speaker)')}${q.cue ? dim(`  [${q.cue.text}]`) : ''}${q.article ? dim(`  (article ${q.article})`) : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

function entityLine(e: Entity): string {
  const forms = [...new Set(e.mentions.map((m) => m.text))].slice(0, 3).join('، ');
  const n = e.mentions.length;
  return `${e.name}${e.short ? ` (${e.short})` : ''} ×${n}${forms ? `  — ${forms}` : ''}${e.known ? '' : '  (not in dictionaries)'}`;
}
