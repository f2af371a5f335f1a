/**
 * V8's code cache for the bundle (docs/performance.md, "A code cache for the bundle"):
 * `npm run build` runs the everyday commands once and keeps, for each file of dist/,
 * the machine code V8 compiled for it (scripts/make-code-cache.mjs). Loading a file
 * then skips most of its parsing and compiling: 50–70 ms of `status`, `check` and an
 * HTML build, about a fifth of `status`. Node 20 offers no such cache for ES modules
 * (`module.enableCompileCache` came in Node 22), hence a CommonJS bundle.
 *
 * A cache is used only for the text it was made from (its file name carries a hash of
 * it: V8's own check compares the text's length, not its content), by the Node.js
 * version and architecture that made it, and V8 checks it again against its own flags:
 * a file without a usable cache is compiled as Node compiles any module. Hashing the
 * files `status` loads costs about 3 ms.
 */
'use strict';
const Module = require('node:module');
const { createHash } = require('node:crypto');
const { readFileSync, mkdirSync, writeFileSync, renameSync } = require('node:fs');
const { basename, dirname, join, sep } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist') + sep;
const CACHE = join(DIST, 'code-cache');
const TAG = `${process.version}-${process.arch}`;
/** Set by scripts/make-code-cache.mjs: write the cache of every file loaded, at exit. */
const WRITE = process.env.COALITION_WRITE_CODE_CACHE === '1';

const compiled = new Map();
const compile = Module.prototype._compile;

Module.prototype._compile = function compileWithCache(content, filename) {
  // With --enable-source-maps, Node's own compile, which registers each file's source map.
  if (!filename.startsWith(DIST) || process.sourceMapsEnabled) return compile.call(this, content, filename);
  const file = join(CACHE, cacheName(basename(filename), content));
  let cachedData;
  if (!WRITE) {
    try {
      cachedData = readFileSync(file);
    } catch {
      return compile.call(this, content, filename);
    }
  }
  // The bundle has no dynamic import() (rolldown.config.mjs: dynamicImportInCjs), which
  // a vm.Script could not resolve in Node 20.
  const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
  if (WRITE) compiled.set(file, script);
  const wrapper = script.runInThisContext({ displayErrors: true });
  const require = Module.createRequire(filename);
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
};

/** `<file>.<hash of its text>.<node version>-<arch>.v8`; test/cli/code-cache.test.ts names them the same way. */
function cacheName(name, content) {
  return `${name}.${createHash('sha1').update(content).digest('hex').slice(0, 16)}.${TAG}.v8`;
}

if (WRITE) {
  // At exit, so that the functions the run compiled lazily are in the cache too.
  process.once('exit', () => {
    mkdirSync(CACHE, { recursive: true });
    for (const [file, script] of compiled) {
      writeFileSync(`${file}.tmp`, script.createCachedData());
      renameSync(`${file}.tmp`, file);
    }
  });
}
