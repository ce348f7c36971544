// compromise (https://github.com/spencermountain/compromise) behind akhbar's
// result shape, so the same scorers and benchmarks measure it: its people(),
// places() and organizations() become entities whose mentions have exact offsets
// (term offsets, without the punctuation compromise attaches to terms).
import nlp from 'compromise';

const KINDS = [
  ['person', (d) => d.people()],
  ['place', (d) => d.places()],
  ['organization', (d) => d.organizations()],
];

/** Mentions of one compromise match, trimmed to its words. */
function spanOf(text, m) {
  const terms = m.terms ?? [];
  if (!terms.length || !terms[0].offset) return null;
  const first = terms[0], last = terms[terms.length - 1];
  let start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  // compromise offsets cover pre/post punctuation of a term; keep letters and digits only at the edges.
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  // A possessive 's belongs to the word, not the name.
  if (/['’]s$/.test(text.slice(start, end))) end -= 2;
  return end > start ? { start, end } : null;
}

/** akhbar-shaped extract over compromise. */
export function extract(text) {
  const doc = nlp(text);
  const entities = [];
  for (const [type, pick] of KINDS) {
    for (const m of pick(doc).json({ offset: true, terms: { offset: true } })) {
      const s = spanOf(text, m);
      if (!s) continue;
      const t = text.slice(s.start, s.end);
      entities.push({ id: `${type}:${t}`, type, name: t, known: false, mentions: [{ ...s, text: t, form: 'name', article: 0, segment: 'body', entity: `${type}:${t}`, via: 'rule' }] });
    }
  }
  return { language: 'en', headline: null, published: null, dateline: null, source: null, keywords: [], byline: null, body: [], segments: [], entities, quotes: [] };
}
