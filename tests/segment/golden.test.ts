import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from './helpers.js';

// Whole pages written for these tests, with every segment and field of the result checked
// exactly, offsets included. After a deliberate change, regenerate the expected files with
//   UPDATE_GOLDEN=1 npx vitest run tests/segment/golden.test.ts
// and review the diff.

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe.each(['page-ar', 'page-en'])('golden page %s', (name) => {
  it('gives the expected segments and metadata', () => {
    const text = readFileSync(fixture(`${name}.txt`), 'utf8');
    const r = segment(text);
    const actual = JSON.parse(JSON.stringify(r));
    if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(`${name}.expected.json`), JSON.stringify(actual, null, 1) + '\n');
    const expected = JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8'));
    expect(actual).toEqual(expected);
  });
});
