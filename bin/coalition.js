#!/usr/bin/env node
// The bundle (dist/, CommonJS) loaded through V8's code cache made at build time (code-cache.cjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('./code-cache.cjs');
const { run } = require('../dist/main.cjs');
process.exitCode = await run(process.argv);
