import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { badSpans } from '../helpers/spans.js';

// Whole pages the project wrote, with their full results (offsets included) checked exactly.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden, then review the diff.
const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = [
  ['examples/sample-ar.txt', 'tests/golden/fixtures/sample-ar.result.json'],
  ['examples/sample-en.txt', 'tests/golden/fixtures/sample-en.result.json'],
];

describe.each(PAGES)('golden result of %s', (page, expectedFile) => {
  const text = readFileSync(join(root, page), 'utf8');
  const result = extract(text);
  if (process.env.UPDATE_GOLDEN) writeFileSync(join(root, expectedFile), JSON.stringify(result, null, 1) + '\n');
  it('matches the expected result exactly', () => {
    expect(result).toEqual(JSON.parse(readFileSync(join(root, expectedFile), 'utf8')));
  });
  it('has honest offsets', () => expect(badSpans(text, result)).toEqual([]));
});
