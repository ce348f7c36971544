/**
 * franc-min's language guess (`franc(value, { only, minLength })`) with its trigram
 * models built on first call, for the allowed languages only: franc-min builds the
 * models of all its languages when imported, a large share of akhbar's start-up,
 * while akhbar allows ten and asks only about Latin-script pages. Same data and
 * algorithm as franc-min 6, so the answers are the same.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { asTuples } from 'trigram-utils';

/** franc's longest sample and its distance for a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

type Model = Record<string, number>;
/** Models per script, in franc's order, of the allowed languages; keyed by the allowed list. */
const modelCache = new Map<string, Map<string, [lang: string, model: Model][]>>();

function modelsOf(script: string, only: readonly string[]): [string, Model][] {
  const key = only.join(',');
  let byScript = modelCache.get(key);
  if (!byScript) modelCache.set(key, (byScript = new Map()));
  let models = byScript.get(script);
  if (models) return models;
  models = [];
  for (const [lang, trigrams] of Object.entries(data[script])) {
    if (!only.includes(lang)) continue;
    // As franc: a trigram's weight is its rank in the list (the first listing wins).
    const list = trigrams.split('|');
    const model: Model = {};
    let weight = list.length;
    while (weight--) model[list[weight]] = weight;
    models.push([lang, model]);
  }
  byScript.set(script, models);
  return models;
}

/** The script whose characters are most frequent in `value`, and their share (franc's order on ties). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, re] of Object.entries(expressions)) {
    const count = (value.match(re)?.length ?? 0) / value.length || 0;
    if (count > topCount) { topCount = count; top = script; }
  }
  return [top, topCount];
}

/**
 * The ISO 639-3 code of the most probable language of `value` among `only`, or `und`.
 * @param minLength Shorter text is `und`.
 */
export function guessLanguage(value: string, only: readonly string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  // A script with one language (Han, Greek …) names it.
  if (!script || !(script in data)) return script && share !== 0 && only.includes(script) ? script : 'und';
  const trigrams = asTuples(value);
  let best = 'und';
  let bestDistance = Infinity;
  // The first of equally distant languages wins, as in franc's stable sort.
  for (const [lang, model] of modelsOf(script, only)) {
    let distance = 0;
    for (const [trigram, count] of trigrams) {
      let difference = MAX_DIFFERENCE;
      if (trigram in model) {
        difference = count - model[trigram] - 1;
        if (difference < 0) difference = -difference;
      }
      distance += difference;
    }
    if (distance < bestDistance) { bestDistance = distance; best = lang; }
  }
  return best;
}
