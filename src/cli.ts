/**
 * The akhbar command line.
 *   akhbar extract FILE|-  [--pretty] [--language ar|en]
 *   akhbar batch [FILE|-]  [--field text] [--id id] [--jobs N] [--language ar|en]
 */
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { createExtractor } from './pipeline/extractor.js';
import { readTextFile } from './node.js';
import { formatPretty } from './cli/pretty.js';
import { runBatch } from './cli/batch.js';

const HELP = `akhbar — read news pages: structure, people, places, organizations, quotes

Usage:
  akhbar extract FILE      extract from a UTF-8 text file and print the result as JSON
  akhbar extract -         read the text from standard input
  akhbar batch [FILE|-]    read JSON Lines ({"id", "text"} per line) and write one result per line

Options:
  --pretty                 (extract) print a readable summary instead of JSON
  --language ar|en|auto    force the language path (default: auto)
  --field NAME             (batch) the field holding the text (default: text)
  --id NAME                (batch) the field holding the record id (default: id)
  --jobs N                 (batch) worker threads (default: the number of CPUs)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 success, 1 some batch records failed, 2 usage error or unreadable input.
`;

function version(): string {
  try {
    return createRequire(import.meta.url)('../package.json').version as string;
  } catch {
    return 'unknown';
  }
}

function fail(message: string): never {
  process.stderr.write(`akhbar: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pretty: { type: 'boolean' },
        language: { type: 'string' },
        field: { type: 'string' },
        id: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\nRun "akhbar --help" for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.version) { process.stdout.write(version() + '\n'); return 0; }
  const [command, ...rest] = positionals;
  if (values.help || !command) { process.stdout.write(HELP); return command || values.help ? 0 : 2; }
  const language = (values.language ?? 'auto') as 'auto' | 'ar' | 'en';
  if (!['auto', 'ar', 'en'].includes(language)) fail(`--language must be ar, en or auto, got "${values.language}"`);

  if (command === 'extract') {
    if (rest.length !== 1) fail('extract takes one FILE (or - for standard input)');
    let text: string;
    try {
      text = await readTextFile(rest[0]);
    } catch (e) {
      fail((e as Error).message);
    }
    const result = createExtractor({ language }).extract(text);
    process.stdout.write(values.pretty ? formatPretty(result, { color: process.stdout.isTTY === true }) : JSON.stringify(result) + '\n');
    return 0;
  }
  if (command === 'batch') {
    if (rest.length > 1) fail('batch takes at most one FILE (or - for standard input)');
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) fail(`--jobs must be a positive integer, got "${values.jobs}"`);
    return runBatch({ input: rest[0] ?? '-', field: values.field ?? 'text', idField: values.id ?? 'id', jobs, language });
  }
  fail(`unknown command "${command}". Run "akhbar --help" for usage.`);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`akhbar: ${(e as Error)?.stack ?? e}\n`); process.exitCode = 2; },
);
