/**
 * The default data bundled with the package: the dictionaries compiled by
 * `scripts/compile-data.ts` at build time, kept as a JSON string and parsed on
 * first use (an Arabic-only or user-dictionary-only pipeline pays for it once).
 */
import { DATA_JSON } from '../generated/data.js';
import type { DataBundle } from './types.js';

let cached: DataBundle | null = null;

/** The bundled dictionaries, precompiled aliases, demonyms, given names, office titles, lexicons and rules. */
export function defaultData(): DataBundle {
  return (cached ??= JSON.parse(DATA_JSON) as DataBundle);
}
