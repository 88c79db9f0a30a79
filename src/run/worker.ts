/** A pool worker: compiles the gazetteer once, then processes the batches of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  prepareContext,
  processOne,
  type EncodedBatch,
  type EncodedOutcome,
  type JobOptions,
  type Outcome,
  type Piece,
} from './process.js';
import { NO_STDIN } from '../input/read.js';
import { putPiece } from '../write/sink.js';
import { addNames, noCounts, type Names } from './counts.js';

const options = workerData as JobOptions;
const port = parentPort!;

/**
 * Buffers the main thread has written and sent back: output is encoded into them again, so that
 * neither thread keeps allocating (and collecting) new ones.
 */
const free: ArrayBuffer[] = [];
/** Buffers kept for reuse, and the largest one kept. */
const FREE_MAX = 4;
const REUSE_MAX_BYTES = 8 << 20;

/** Keeps a buffer for reuse, unless enough are kept or it is too big to keep. */
function keep(buffer: ArrayBuffer): void {
  if (free.length < FREE_MAX && buffer.byteLength <= REUSE_MAX_BYTES) free.push(buffer);
}

/** An output buffer of at least `bytes` bytes: a returned one if one is big enough, else a new one. */
function bufferFor(bytes: number): ArrayBuffer {
  for (let k = free.length - 1; k >= 0; k--) {
    if (free[k].byteLength >= bytes) return free.splice(k, 1)[0];
  }
  return new ArrayBuffer(Math.max(bytes, 1 << 18));
}

const byteLength = (p: Piece) => (typeof p === 'string' ? Buffer.byteLength(p) : p.length);

/**
 * The names of this worker's documents, counted here over the whole run and sent once at the end:
 * sent with every document, they had cost the main thread a hash lookup per name and document.
 */
const names: Names = noCounts();
const NO_NAMES: Record<string, number> = {};

/**
 * A batch's outputs for the main thread, encoded as UTF-8 into one buffer as each document is done
 * (so no document's output is held as text for long), each outcome naming its bytes; the names are
 * counted here instead. Room is reserved by each output's measured UTF-8 length, not a bound of
 * three bytes per UTF-16 unit, which would make buffers three times too big; the buffer starts at
 * 256 KB and at least doubles when it must grow.
 */
class BatchEncoder {
  private buffer: ArrayBuffer;
  /** A view of `buffer` (the same memory), which the worker can move to the main thread. */
  private bytes: Buffer;
  private at = 0;
  private readonly outcomes: EncodedOutcome[] = [];

  constructor(readonly index: number) {
    this.buffer = bufferFor(0);
    this.bytes = Buffer.from(this.buffer);
  }

  add(outcome: Outcome): void {
    if (!outcome.ok) {
      this.outcomes.push(outcome);
      return;
    }
    const pieces = [...outcome.chunk];
    this.reserve(pieces.reduce((n, p) => n + byteLength(p), 0));
    const start = this.at;
    for (const p of pieces) this.at = putPiece(this.bytes, this.at, p);
    addNames(names, outcome.counts);
    const { chunk: _, ...rest } = outcome;
    this.outcomes.push({
      ...rest,
      start,
      end: this.at,
      counts: { ...outcome.counts, actors: NO_NAMES, places: NO_NAMES },
    });
  }

  /** Room for `n` more bytes: a bigger buffer (a returned one if one fits), the bytes so far copied. */
  private reserve(n: number): void {
    if (this.at + n <= this.buffer.byteLength) return;
    const buffer = bufferFor(Math.max(this.at + n, 2 * this.buffer.byteLength));
    const bytes = Buffer.from(buffer);
    bytes.set(this.bytes.subarray(0, this.at));
    keep(this.buffer);
    this.buffer = buffer;
    this.bytes = bytes;
  }

  finish(): EncodedBatch {
    return { index: this.index, buffer: this.buffer, outcomes: this.outcomes };
  }
}

try {
  const ctx = prepareContext(options, options.lists);
  port.on('message', (msg: { index: number; sources: string[] } | { recycle: ArrayBuffer[] } | { names: true }) => {
    if ('recycle' in msg) {
      for (const b of msg.recycle) keep(b);
      return;
    }
    if ('names' in msg) {
      port.postMessage({ names: { actors: names.actors, places: names.places } });
      return;
    }
    const run = async () => {
      const batch = new BatchEncoder(msg.index);
      for (const source of msg.sources) batch.add(await processOne(source, ctx, options, NO_STDIN));
      return batch.finish();
    };
    run().then(
      (batch) => port.postMessage(batch, [batch.buffer]),
      (err: Error) => port.postMessage({ error: `${msg.sources.join(', ')}: ${err.message}` }),
    );
  });
  port.postMessage({ ready: true });
} catch (err) {
  port.postMessage({ error: (err as Error).message });
}
