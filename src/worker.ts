/** A pool worker: compiles the gazetteer once, then processes the batches of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { prepareContext, processOne, type EncodedOutcome, type JobOptions, type Outcome, type Piece } from './process.js';
import { addNames, noCounts, type Names } from './write/summary.js';

const options = workerData as JobOptions;
const port = parentPort!;
const encoder = new TextEncoder();

/**
 * Buffers the main thread has written and sent back: output is encoded into them again, so that
 * neither thread keeps allocating (and collecting) new ones.
 */
const free: ArrayBuffer[] = [];
/** Buffers kept for reuse, and the largest one kept. */
const FREE_MAX = 16;
const REUSE_MAX_BYTES = 4 << 20;

/** An output buffer of at least `bytes` bytes: a returned one if one is big enough, else a new one. */
function bufferFor(bytes: number): ArrayBuffer {
  for (let k = free.length - 1; k >= 0; k--) {
    if (free[k].byteLength >= bytes) return free.splice(k, 1)[0];
  }
  return new ArrayBuffer(Math.max(bytes, 1 << 16));
}

/** The output as UTF-8 in a buffer of its own, so it can be moved to the main thread, not copied. */
function encode(chunk: Iterable<Piece>): Uint8Array {
  const pieces = [...chunk];
  if (pieces.every((p): p is string => typeof p === 'string')) {
    const text = pieces.join('');
    // Measured, not bounded (three bytes per UTF-16 unit): kept buffers three times too big had
    // held 30 MB per worker on a corpus of 10 KB files.
    const buffer = bufferFor(Buffer.byteLength(text));
    const { written } = encoder.encodeInto(text, new Uint8Array(buffer));
    return new Uint8Array(buffer, 0, written);
  }
  const encoded = pieces.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const out = new Uint8Array(encoded.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of encoded) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The names of this worker's documents, counted here over the whole run and sent once at the end:
 * sent with every document, they had cost the main thread a hash lookup per name and document.
 */
const names: Names = noCounts();
const NO_NAMES: Record<string, number> = {};

/** An outcome for the main thread: the output encoded, the names counted here instead. */
function forMain(outcome: Outcome): EncodedOutcome {
  if (!outcome.ok) return outcome;
  const chunk = encode(outcome.chunk);
  addNames(names, outcome.counts);
  return { ...outcome, chunk, counts: { ...outcome.counts, actors: NO_NAMES, places: NO_NAMES } };
}

try {
  const ctx = prepareContext(options);
  const noStdin = Readable.from([]);
  port.on('message', (msg: { index: number; sources: string[] } | { recycle: ArrayBuffer[] } | { names: true }) => {
    if ('recycle' in msg) {
      for (const b of msg.recycle) if (free.length < FREE_MAX && b.byteLength <= REUSE_MAX_BYTES) free.push(b);
      return;
    }
    if ('names' in msg) {
      port.postMessage({ names: { actors: names.actors, places: names.places } });
      return;
    }
    const run = async () => {
      const outcomes: EncodedOutcome[] = [];
      for (const source of msg.sources) outcomes.push(forMain(await processOne(source, ctx, options, noStdin)));
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
