/** Batch worker: extracts from the texts it is sent and returns serialized results. */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../pipeline/extractor.js';

interface Job { seq: number; text: string }
const extractor = createExtractor({ language: (workerData as { language: 'auto' | 'ar' | 'en' }).language });

parentPort!.on('message', (jobs: Job[]) => {
  const out = jobs.map(({ seq, text }) => {
    try {
      return { seq, json: JSON.stringify(extractor.extract(text)), error: null };
    } catch (e) {
      return { seq, json: null, error: String((e as Error)?.message ?? e) };
    }
  });
  parentPort!.postMessage(out);
});
