#!/usr/bin/env node
// The bundle (dist/, CommonJS) loaded through V8's code cache made at build time (code-cache.cjs).
// A warm process of this build (`coalition daemon start`) runs the command if it takes it;
// otherwise it runs here (src/daemon/client.ts). CommonJS (bin/package.json), like the
// bundle: an ES module entry would load Node's ES module loader first, 6–14 ms.
'use strict';
require('./code-cache.cjs');
const { runInDaemon } = require('../dist/daemon-client.cjs');

// A run that never finishes its work must not end as a success (an ES module entry ended
// 13 then, for an unsettled top-level await). Not by presetting process.exitCode: commander's
// help takes it as its own status.
let finished = false;
process.on('exit', (code) => {
  if (!finished && code === 0) process.exitCode = 70;
});
runInDaemon(process.argv).then(async (warm) => {
  if (warm !== undefined) {
    process.exitCode = warm;
  } else {
    const { run } = require('../dist/main.cjs');
    process.exitCode = await run(process.argv);
  }
  finished = true;
}).catch((error) => {
  finished = true;
  // run() reports every failure itself; this is a bug in the binary's own few lines.
  console.error(error);
  process.exitCode = 70;
});
