// Preloaded into the CLI runs of `npm run bench` (node --import): at exit, the process's peak
// resident set (all its threads) goes to file descriptor 3, which the bench reads.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // Not started by the bench: no descriptor 3.
  }
});
