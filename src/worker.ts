/** A pool worker: compiles the gazetteer once, then processes the batches of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { prepareContext, processOne, type EncodedOutcome, type JobOptions, type Piece } from './process.js';

const options = workerData as JobOptions;
const port = parentPort!;
const encoder = new TextEncoder();

/** The output as one UTF-8 buffer of its own, so it can be moved to the main thread, not copied. */
function encode(chunk: Iterable<Piece>): Uint8Array {
  const pieces = [...chunk].map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

try {
  const ctx = prepareContext(options);
  const noStdin = Readable.from([]);
  port.on('message', (msg: { index: number; sources: string[] }) => {
    const run = async () => {
      const outcomes: EncodedOutcome[] = [];
      for (const source of msg.sources) {
        const outcome = await processOne(source, ctx, options, noStdin);
        outcomes.push(outcome.ok ? { ...outcome, chunk: encode(outcome.chunk) } : outcome);
      }
      return outcomes;
    };
    run().then(
      (outcomes) => port.postMessage({ index: msg.index, outcomes }, outcomes.flatMap((o) => (o.ok ? [o.chunk.buffer as ArrayBuffer] : []))),
      (err: Error) => port.postMessage({ error: `${msg.sources.join(', ')}: ${err.message}` }),
    );
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ error: (err as Error).message });
}
