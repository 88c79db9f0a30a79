/**
 * Where output goes: standard output, or a file written atomically (a temporary file in the same
 * folder, renamed over the target at the end; removed on error or interrupt, so an existing file
 * of that name is never left half-written).
 */
import { UsageError } from '../errors.js';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  /** Text, or text already encoded as UTF-8. */
  write(chunk: string | Uint8Array): void;
  /** Several pieces (a document's output) in as few system calls as fit the buffer. */
  writeAll(pieces: Iterable<string | Uint8Array>): void;
  /** Completes the output (renames the temporary file into place). */
  commit(): void;
  /** Drops the output (removes the temporary file). */
  abort(): void;
}

export class BrokenPipe extends Error {}

/**
 * Puts a piece of output (text, as UTF-8, or bytes) into `bytes` at `at`, which has room for it;
 * returns where it ends. `Buffer.write`, not `TextEncoder.encodeInto` on a subarray, which is
 * slower here.
 */
export function putPiece(bytes: Buffer, at: number, piece: string | Uint8Array): number {
  if (typeof piece === 'string') return at + bytes.write(piece, at, 'utf8');
  bytes.set(piece, at);
  return at + piece.length;
}

/** Bytes gathered in the buffer before they are written out; a bigger encoded piece is written on its own. */
const GATHER = 1 << 17;

/**
 * Writes pieces to a file descriptor through one buffer, reused: encoding each piece into a new one
 * would leave the garbage collector gigabytes of dead buffers on a long run, and a system call per
 * piece costs more than the copy (a document's output is several pieces).
 */
class FdWriter {
  private scratch = Buffer.allocUnsafe(GATHER);
  private used = 0;

  constructor(private readonly fd: number) {}

  writeAll(pieces: Iterable<string | Uint8Array>): void {
    for (const piece of pieces) {
      if (piece.length === 0) continue;
      // UTF-8 needs at most three bytes per UTF-16 unit.
      const room = typeof piece === 'string' ? piece.length * 3 : piece.length;
      if (this.used + room > this.scratch.length) {
        this.flush();
        if (typeof piece !== 'string') {
          // Bytes too big to gather go out as they are.
          this.out(piece, piece.length);
          continue;
        }
        if (room > this.scratch.length) this.scratch = Buffer.allocUnsafe(room);
      }
      this.used = putPiece(this.scratch, this.used, piece);
      if (this.used >= GATHER) this.flush();
    }
    this.flush();
  }

  private flush(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.out(this.scratch, used);
  }

  private out(bytes: Uint8Array, length: number): void {
    let off = 0;
    while (off < length) {
      try {
        off += writeSync(this.fd, bytes, off, length - off);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EPIPE') throw new BrokenPipe('output pipe closed');
        throw err;
      }
    }
  }
}

/** A sink writing to `fd`, with what completing and dropping the output mean for it. */
function fdSink(fd: number, ends: Pick<Sink, 'commit' | 'abort'>): Sink {
  const out = new FdWriter(fd);
  return { write: (chunk) => out.writeAll([chunk]), writeAll: (pieces) => out.writeAll(pieces), ...ends };
}

export function stdoutSink(fd = 1): Sink {
  return fdSink(fd, { commit() {}, abort() {} });
}

export function atomicFileSink(target: string): Sink {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (err) {
    // The temporary file's name is ours, not the user's: the message names the target and its folder.
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such folder' : code;
    throw new UsageError(`--output ${target}: cannot write in ${dirname(target)} (${why})`);
  }
  let open = true;
  const close = () => {
    if (open) {
      closeSync(fd);
      open = false;
    }
  };
  return fdSink(fd, {
    commit() {
      close();
      renameSync(tmp, target);
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    },
  });
}
