#!/usr/bin/env node
// The bundle (dist/, CommonJS) loaded through V8's code cache made at build time (code-cache.cjs).
// A warm process of this build (`coalition daemon start`) runs the command if it takes it;
// otherwise it runs here (src/daemon/client.ts). CommonJS (bin/package.json), like the
// bundle: an ES module entry would load Node's ES module loader first, 6–14 ms.
'use strict';
require('./code-cache.cjs');
const { runInDaemon } = require('../dist/daemon-client.cjs');

// Until the command says otherwise: a run that never ends its work must not look like
// success (an ES module entry ended 13 then, for an unsettled top-level await).
process.exitCode = 70;
runInDaemon(process.argv).then(async (warm) => {
  if (warm !== undefined) {
    process.exitCode = warm;
    return;
  }
  const { run } = require('../dist/main.cjs');
  process.exitCode = await run(process.argv);
}).catch((error) => {
  // run() reports every failure itself; this is a bug in the binary's own few lines.
  console.error(error);
  process.exitCode = 70;
});
