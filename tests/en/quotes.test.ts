import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import type { ArticleResult, Quote } from '../../src/types.js';
import { badSpans } from '../helpers/spans.js';

const ex = createExtractor({ language: 'en', referenceDate: '2024-05-01' });

function run(text: string): ArticleResult {
  const r = ex.extract(text);
  expect(badSpans(text, r)).toEqual([]);
  return r;
}
/** The quote whose text starts with `start`. */
function quote(r: ArticleResult, start: string): Quote {
  const q = r.quotes.find((x) => x.text.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(r.quotes.map((x) => x.text.text))}`);
  return q;
}
/** The name of a quote's speaker: its entity's name, else the speaker's words. */
function speaker(r: ArticleResult, q: Quote): string | null {
  if (q.speaker?.entity) return r.entities.find((e) => e.id === q.speaker!.entity)?.name ?? null;
  return q.speaker?.text?.text ?? null;
}

describe('English direct quotes', () => {
  it('a name inside a quote is not the speaker "she said" carries to, however many quotes came before', () => {
    const earlier = Array.from({ length: 6 }, (_, k) => `"Stage ${k + 1} is done," said Tomas Berg.`).join('\n');
    const r = run(`${earlier}\nMayor Selina Varga visited the harbour on Monday.\n"We spoke with Peter Hanley about the new quay," she said.`);
    expect(speaker(r, quote(r, 'We spoke with'))).toBe('Selina Varga');
  });
  it('"…," he said: the speaker named before carries to the pronoun', () => {
    const r = run('Mayor Selina Varga visited the flooded streets on Monday.\n"We will rebuild every house that was lost," she said.');
    const q = quote(r, 'We will rebuild');
    expect(q.kind).toBe('direct');
    expect(q.cue?.text).toBe('said');
    expect(speaker(r, q)).toBe('Selina Varga');
  });
  it('"…," said X: the name after the cue speaks', () => {
    const r = run('"The harvest was the worst in ten years," said Joseph Mbeki, a farmer in the valley.');
    expect(speaker(r, quote(r, 'The harvest was'))).toBe('Joseph Mbeki');
  });
  it('"…," X said, with an apposition between the name and the cue', () => {
    const r = run('"There is no evidence of that so far," Oskar Lindgren, a spokesman for the board, said.');
    expect(speaker(r, quote(r, 'There is no evidence'))).toBe('Oskar Lindgren');
  });
  it('X told Reuters: "…": the speaker, not the agency told', () => {
    const r = run('Defender Maria Kessler told Reuters: "I am not retiring, I feel good."');
    expect(speaker(r, quote(r, 'I am not retiring'))).toBe('Maria Kessler');
  });
  it('a quote over several paragraphs opens each one and is attributed at its end', () => {
    const r = run([
      'Finance Minister Tariq Noorani defended the budget on Friday.',
      '“The first part of the plan pays for schools and clinics in every district of the country.',
      '“The second part pays for the roads that were damaged by the floods last year,” the minister said.',
    ].join('\n'));
    expect(speaker(r, quote(r, 'The first part'))).toBe('Tariq Noorani');
    expect(speaker(r, quote(r, 'The second part'))).toBe('Tariq Noorani');
  });
  it('a short scare quote with a cue is a quote; marks around a name are not', () => {
    const r = run('The regulator called the airline\'s account "misleading" on Tuesday. The film "Northern Lights" opened.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['misleading']);
  });
});

describe('English reported speech', () => {
  it('a clause ends before ", adding that", which reports one of its own', () => {
    const r = run('The minister said that the talks were useful, adding that more meetings would follow next month.');
    expect(r.quotes.map((q) => q.text.text)).toEqual(['the talks were useful', 'more meetings would follow next month']);
  });
  it('X said that …', () => {
    const r = run('Health Minister Renata Kowalczyk said that the clinic would open in June.');
    const q = quote(r, 'the clinic would open');
    expect(q.kind).toBe('indirect');
    expect(speaker(r, q)).toBe('Renata Kowalczyk');
  });
  it('X said … without "that"', () => {
    const r = run('Health Minister Renata Kowalczyk visited the site. Kowalczyk said the clinic would open in June.');
    const q = quote(r, 'the clinic would open');
    expect(q.kind).toBe('indirect');
    expect(q.cue?.text).toBe('said');
    expect(speaker(r, q)).toBe('Renata Kowalczyk');
  });
  it('an organization speaks too (The Harbour Authority said it would …)', () => {
    const r = run('The Harbour Authority said it would reopen the port on Thursday.');
    expect(speaker(r, quote(r, 'it would reopen'))).toBe('Harbour Authority');
  });
  it('does not read an inverted attribution as a clause ("…," said the minister)', () => {
    const r = run('"We are ready," said the minister.');
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct']);
  });
  it('the attribution after the clause: …, a spokesperson for X said', () => {
    const r = run('The ferry resumed its crossing after repairs, a spokesperson for Bluewater Lines said.');
    const q = quote(r, 'The ferry resumed');
    expect(q.kind).toBe('indirect');
    expect(speaker(r, q)).toBe('Bluewater Lines');
  });
  it('according to X, … and …, according to X', () => {
    const r = run('According to the Coastal Survey Office, the water rose by two metres overnight.\nThe dam held through the night, according to engineer Pieter Smolders.');
    expect(speaker(r, quote(r, 'the water rose'))).toBe('Coastal Survey Office');
    expect(speaker(r, quote(r, 'The dam held'))).toBe('Pieter Smolders');
  });
  it('a role noun stands for the person named before (the MEC emphasised that …)', () => {
    const r = run('MEC Thandeka Mokoena opened the centre on Monday.\nThe MEC emphasised that residents must follow official alerts.');
    expect(speaker(r, quote(r, 'residents must follow'))).toBe('Thandeka Mokoena');
  });
  it('an organization noun stands for the organization named before (…, the newspaper reported)', () => {
    const r = run('The claims were first printed by newspaper Morgenposten.\nAt least twelve officers had resigned since the spring, the newspaper reported.');
    expect(speaker(r, quote(r, 'At least twelve officers'))).toBe('Morgenposten');
  });
});
