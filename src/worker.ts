/** A pool worker: compiles the gazetteer once, then processes the files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { prepareContext, processOne, type JobOptions } from './process.js';

const options = workerData as JobOptions;
const port = parentPort!;
try {
  const ctx = prepareContext(options);
  const noStdin = Readable.from([]);
  port.on('message', (msg: { index: number; source: string }) => {
    processOne(msg.source, ctx, options, noStdin).then(
      // A message carries arrays: a streamed chunk is read out here.
      (outcome) => port.postMessage({ index: msg.index, outcome: outcome.ok && !Array.isArray(outcome.chunk) ? { ...outcome, chunk: [...outcome.chunk] } : outcome }),
      (err: Error) => port.postMessage({ error: `${msg.source}: ${err.message}` }),
    );
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ error: (err as Error).message });
}
