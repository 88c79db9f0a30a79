import { defineConfig } from 'vitest/config';

// CLI tests spawn Node processes; on a loaded two-core CI machine these take seconds each.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
