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
    // A worker runs file after file without starting afresh: a new worker per file cost
    // about 0.9 s of CPU each (Node, vitest, the modules imported again). Test files keep
    // their state in their own module scope and temporary folders; src/ keeps only
    // caches of what it read from its own package.
    isolate: false,
    // Every command runs on its own, even if the developer running the suite has a warm
    // process (`coalition daemon start`); test/cli/daemon.test.ts starts its own, apart.
    env: { COALITION_DAEMON: 'off' },
    // One Chromium for the run, that commands print in (test/support/shared-browser.ts);
    // a folder for each worker's LibreOffice, ended after the run (office-folder.ts).
    globalSetup: ['test/support/shared-browser.ts', 'test/support/office-folder.ts'],
    setupFiles: ['test/support/use-shared-browser.ts'],
    // The default report, then the ten slowest files (test/support/slowest-files.ts).
    reporters: ['default', new SlowestFiles()],
  },
});
