/**
 * How the build stores JSON in the bundle: `"` written as {@link JSON_QUOTE}, which the
 * data never holds, so that the bundler quotes the long strings plainly (it picks the
 * quote needing fewest escapes, and JavaScript engines load a template literal slower).
 */

/** The stand-in for `"` in stored JSON. */
export const JSON_QUOTE = '~';

/** JSON text of a value, stored (build time). Throws if the value holds {@link JSON_QUOTE}. */
export function storeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json.includes(JSON_QUOTE)) throw new Error(`storeJson: the data holds ${JSON_QUOTE}, the stand-in for '"'`);
  return json.replaceAll('"', JSON_QUOTE);
}

/** Parses stored JSON. */
export const parseStored = <T>(text: string): T => JSON.parse(text.replaceAll(JSON_QUOTE, '"')) as T;
