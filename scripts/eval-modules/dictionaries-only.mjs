// The built package with its rule patterns off: entities from the dictionaries alone.
// Used by scripts/eval.mjs to report what the gazetteer finds by itself.
import { createExtractor } from '../../dist/index.js';

const extractor = createExtractor({ rules: false });
export const extract = (text) => extractor.extract(text);
