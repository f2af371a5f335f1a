import { defineConfig } from 'vitest/config';
import SlowestFiles from './test/support/slowest-files.js';

// Tests import src/ or run the CLI binary (the bundle in dist/) and a real Chromium;
// `npm test` builds first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: more workers than that only makes Chromium-heavy files slower.
    maxWorkers: 2,
    // The default report, then the ten slowest files (test/support/slowest-files.ts).
    reporters: ['default', new SlowestFiles()],
  },
});
