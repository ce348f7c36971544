/**
 * `akhbar batch`: JSON Lines in, one result line per input line out, in input
 * order, across worker threads. A bad line gives an error record for its id and
 * the batch goes on; the exit code says whether any record failed.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createExtractor } from '../pipeline/extractor.js';
import { parseRecord, outputLine } from './batch-record.js';
import { Progress } from './progress.js';

/** Options of a batch run. */
export interface BatchOptions {
  input: string;
  field: string;
  idField: string;
  jobs?: number;
  language: 'auto' | 'ar' | 'en';
}

const CHUNK = 16; // records per message to a worker
const IN_FLIGHT_PER_WORKER = 8; // chunks

interface Result { seq: number; json: string | null; error: string | null }

/** Runs a batch and resolves to the exit code (0 all good, 1 some records failed, 2 unreadable input). */
export async function runBatch(opts: BatchOptions): Promise<number> {
  let size: number | null = null;
  if (opts.input !== '-') {
    try {
      const st = statSync(opts.input);
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = st.size;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`akhbar: cannot read ${opts.input}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 2;
    }
  }
  const stream = opts.input === '-' ? process.stdin : createReadStream(opts.input);
  let bytesRead = 0;
  stream.on('data', (c: string | Buffer) => { bytesRead += c.length; });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  const progress = new Progress(process.stderr, () => size);

  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const ids: unknown[] = [];
  const pending = new Map<number, string>();
  let nextOut = 0, failed = 0, done = 0, seq = 0;
  const out: string[] = [];
  const flush = (force = false) => {
    while (pending.has(nextOut)) {
      out.push(pending.get(nextOut)!);
      pending.delete(nextOut);
      ids[nextOut] = undefined;
      nextOut++;
    }
    if (out.length >= 256 || (force && out.length)) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  };
  const settle = (r: Result) => {
    if (r.error !== null) failed++;
    pending.set(r.seq, outputLine(ids[r.seq], r.json, r.error));
    done++;
    // Input is read ahead of the workers: the share of the file read, scaled by the share of what was read that is done.
    progress.update(done, size ? (bytesRead / size) * (done / Math.max(seq, 1)) : null);
  };

  const extractor = jobs === 1 ? createExtractor({ language: opts.language }) : null;
  const pool = jobs === 1 ? [] : startPool(jobs, opts.language, (rs) => { rs.forEach(settle); flush(); });
  let chunk: { seq: number; text: string }[] = [];
  const send = async () => {
    if (!chunk.length) return;
    if (pool.length) await dispatch(pool, chunk);
    chunk = [];
  };

  for await (const line of rl) {
    if (!line.trim()) continue;
    const s = seq++;
    const rec = parseRecord(line, s + 1, opts.field, opts.idField);
    ids[s] = rec.id;
    if ('error' in rec) { settle({ seq: s, json: null, error: rec.error }); flush(); continue; }
    if (extractor) {
      try { settle({ seq: s, json: JSON.stringify(extractor.extract(rec.text)), error: null }); }
      catch (e) { settle({ seq: s, json: null, error: String((e as Error)?.message ?? e) }); }
      flush();
      continue;
    }
    chunk.push({ seq: s, text: rec.text });
    if (chunk.length >= CHUNK) await send();
  }
  await send();
  await Promise.all(pool.map((w) => w.drained()));
  flush(true);
  await Promise.all(pool.map((w) => w.worker.terminate()));
  progress.finish(done, failed);
  return failed ? 1 : 0;
}

interface PoolWorker {
  worker: Worker;
  inFlight: number;
  drained(): Promise<void>;
  waiters: (() => void)[];
}

function startPool(n: number, language: string, onResults: (rs: Result[]) => void): PoolWorker[] {
  const url = new URL('./worker.js', import.meta.url);
  return Array.from({ length: n }, () => {
    const worker = new Worker(url, { workerData: { language } });
    const pw: PoolWorker = {
      worker,
      inFlight: 0,
      waiters: [],
      drained: async () => {
        while (pw.inFlight > 0) await new Promise<void>((res) => pw.waiters.push(res));
      },
    };
    worker.on('message', (rs: Result[]) => {
      pw.inFlight--;
      onResults(rs);
      const w = pw.waiters.splice(0);
      w.forEach((f) => f());
    });
    worker.on('error', (e) => {
      process.stderr.write(`akhbar: worker failed: ${e.message}\n`);
      process.exit(2);
    });
    return pw;
  });
}

/** Sends a chunk to the least busy worker, waiting while every worker is full. */
async function dispatch(pool: PoolWorker[], chunk: { seq: number; text: string }[]): Promise<void> {
  for (;;) {
    const w = pool.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    if (w.inFlight < IN_FLIGHT_PER_WORKER) {
      w.inFlight++;
      w.worker.postMessage(chunk);
      return;
    }
    await new Promise<void>((res) => w.waiters.push(res));
  }
}
