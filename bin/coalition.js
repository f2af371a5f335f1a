#!/usr/bin/env node
// The bundle (dist/, CommonJS) loaded through V8's code cache made at build time (code-cache.cjs).
// A warm process of this build (`coalition daemon start`) runs the command if it takes it;
// otherwise it runs here (src/daemon/client.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./code-cache.cjs');
const { runInDaemon } = require('../dist/daemon-client.cjs');
const warm = await runInDaemon(process.argv);
if (warm === undefined) {
  const { run } = require('../dist/main.cjs');
  process.exitCode = await run(process.argv);
} else {
  process.exitCode = warm;
}
