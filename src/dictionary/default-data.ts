/**
 * The default data bundled with the package: dictionaries compiled into one
 * JSON file by `scripts/compile-data.mjs` at build time.
 */
import data from '../generated/data.json';
import type { DataBundle } from './types.js';

/** The bundled dictionaries, demonyms, given names and office titles. */
export const defaultData = data as unknown as DataBundle;
