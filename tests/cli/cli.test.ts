import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });

describe('the akhbar CLI', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
  });
  it('prints the result of a file as JSON', () => {
    const r = run(['extract', 'examples/sample-ar.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.language).toBe('ar');
    expect(out.segments.length).toBeGreaterThan(5);
  });
  it('reads standard input with -', () => {
    const r = run(['extract', '-'], 'عنوان\nنص الخبر هنا.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).language).toBe('ar');
  });
  it('prints a readable summary with --pretty', () => {
    const r = run(['extract', 'examples/sample-ar.txt', '--pretty']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Headline +\S/m);
    expect(r.stdout).toMatch(/^Body +\d+ paragraphs/m);
  });
  it('reports a missing file on one line with exit code 2', () => {
    const r = run(['extract', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('akhbar: cannot read no/such/file.txt: no such file');
  });
  it('reports a directory as unreadable', () => {
    const r = run(['extract', 'examples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read examples/);
  });
  it('has --help and --version', () => {
    expect(run(['--help']).stdout).toMatch(/akhbar extract FILE/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('rejects an unknown command with exit code 2', () => {
    const r = run(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
  it.each([['1'], ['2']])('batch --jobs %s keeps input order and reports bad lines without losing the rest', (jobs) => {
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `d${i}`, text: i % 2 ? `خبر رقم ${i}` : `News item ${i}` }));
    lines.splice(30, 0, '{not json', JSON.stringify({ id: 'no-text' }));
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = run(['batch', file, '--jobs', jobs]);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(62);
    expect(out.map((o) => o.id)).toEqual([...Array.from({ length: 30 }, (_, i) => `d${i}`), 31, 'no-text', ...Array.from({ length: 30 }, (_, i) => `d${i + 30}`)]);
    expect(out[30].error).toMatch(/not JSON/);
    expect(out[31].error).toMatch(/field "text" is missing/);
    expect(out[61].result.headline.text).toBe('خبر رقم 59');
  });
  it('batch reports a missing input file with exit code 2', () => {
    const r = run(['batch', 'nope.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read nope.jsonl/);
  });
});
