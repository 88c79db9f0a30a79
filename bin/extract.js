#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Standard input is opened only when an input is `-`. Opening it puts an inherited pipe in
// non-blocking mode for every process that shares it: in `ls | while read f; do extract "$f" &
// done`, the loop's next `read` then fails (EAGAIN) and the loop ends early. chalk (through
// supports-color) imports `node:process`, and Node builds that module's exports by reading every
// enumerable property of `process`, which would open stdin; as a non-enumerable property it is
// left alone, and `process.stdin` still works.
Object.defineProperty(process, 'stdin', { ...Object.getOwnPropertyDescriptor(process, 'stdin'), enumerable: false });

// A corpus run allocates fast and keeps little: let the heap grow by 20% between full collections
// instead of V8's default of up to 4 times, so that memory stays near what is live, at no cost in
// speed (the README's speed section has the measurement).
setFlagsFromString('--heap-growing-percent=20');

// Pool workers (--jobs) compile optimized code in their own thread, as soon as a function is hot,
// instead of queueing it for V8's background compiler threads: with every core extracting, that
// queue only waits for a core, and meanwhile the worker runs slower code. This thread was made
// before the flag changed and keeps compiling in the background, so --jobs 1 still uses the idle
// core for it (`--trace-opt`: kConcurrent here, kSynchronous in workers).
setFlagsFromString('--no-concurrent-recompilation');

const { main } = await import('../dist/cli.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
