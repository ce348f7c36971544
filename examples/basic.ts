/**
 * The basic use of akhbar: read one page and print what it found.
 * Run: npx tsx examples/basic.ts [FILE]
 */
import { readFileSync } from 'node:fs';
import { extract } from 'akhbar';

const file = process.argv[2] ?? new URL('./sample-ar.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const result = extract(text);

console.log('Headline :', result.headline?.text ?? '(none)');
console.log('Published:', result.published?.date ?? '(none)');
console.log('Dateline :', result.dateline ? [result.dateline.place, result.dateline.agency].filter(Boolean).join(', ') : '(none)');
console.log('Body     :', result.body.length, 'paragraphs');
for (const e of result.entities.filter((e) => e.mentions.some((m) => m.article === 0))) {
  console.log(`${e.type.padEnd(12)} ${e.name}  ×${e.mentions.length}`);
}
for (const q of result.quotes) {
  const speaker = result.entities.find((e) => e.id === q.speaker?.entity)?.name ?? q.speaker?.text?.text ?? '?';
  console.log(`${q.kind === 'direct' ? 'quote' : 'said '}  ${speaker}: ${q.text.text.slice(0, 70)}…`);
}
