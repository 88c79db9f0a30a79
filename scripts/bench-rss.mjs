// Preloaded into the CLI runs of `npm run bench` (node --import): at exit, the process's peak
// resident set and its CPU time (both over all its threads: workers, V8's compiler and garbage
// collector threads) go to file descriptor 3, which the bench reads.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const use = process.resourceUsage();
    writeSync(3, `${use.maxRSS} ${use.userCPUTime + use.systemCPUTime}\n`);
  } catch {
    // Not started by the bench: no descriptor 3.
  }
});
