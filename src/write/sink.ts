/**
 * Where output goes: standard output, or a file written atomically (a temporary file in the same
 * folder, renamed over the target at the end; removed on error or interrupt, so an existing file
 * of that name is never left half-written).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Sink {
  /** Text, or text already encoded as UTF-8. */
  write(chunk: string | Uint8Array): void;
  /** Completes the output (renames the temporary file into place). */
  commit(): void;
  /** Drops the output (removes the temporary file). */
  abort(): void;
}

export class BrokenPipe extends Error {}

export function stdoutSink(fd = 1): Sink {
  // One buffer, reused: encoding each piece into a new one would leave the garbage collector
  // gigabytes of dead buffers on a long run.
  let scratch = Buffer.allocUnsafe(1 << 20);
  return {
    write(chunk) {
      if (chunk.length === 0) return;
      let bytes: Uint8Array;
      let length: number;
      if (typeof chunk === 'string') {
        // UTF-8 needs at most three bytes per UTF-16 unit.
        if (chunk.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(chunk.length * 3);
        length = scratch.write(chunk, 0, 'utf8');
        bytes = scratch;
      } else {
        bytes = chunk;
        length = chunk.length;
      }
      let off = 0;
      while (off < length) {
        try {
          off += writeSync(fd, bytes, off, length - off);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') continue;
          if (code === 'EPIPE') throw new BrokenPipe('output pipe closed');
          throw err;
        }
      }
    },
    commit() {},
    abort() {},
  };
}

export function atomicFileSink(target: string): Sink {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  let open = true;
  const close = () => {
    if (open) {
      closeSync(fd);
      open = false;
    }
  };
  return {
    write(chunk) {
      if (chunk.length === 0) return;
      if (typeof chunk === 'string') writeSync(fd, chunk, null, 'utf8');
      else for (let off = 0; off < chunk.length; ) off += writeSync(fd, chunk, off, chunk.length - off);
    },
    commit() {
      close();
      renameSync(tmp, target);
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    },
  };
}
