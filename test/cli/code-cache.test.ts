/**
 * V8's code cache for the bundle (bin/code-cache.cjs, made by scripts/make-code-cache.mjs
 * during `npm run build`): there for the Node.js running the suite, for the files every
 * everyday command loads as they are now (the names carry a hash of each file's text),
 * and accepted by V8. A cache made with another wrapper than the loader's would be
 * rejected: the commands would still run, only slower, which nothing else here would
 * notice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Module } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from '../helpers.js';

const DIST = join(REPO, 'dist');
const TAG = `${process.version}-${process.arch}`;
/** As bin/code-cache.cjs names a file's cache: by its name, a hash of its text, Node's version and architecture. */
const cacheOf = (file: string) => {
  const hash = createHash('sha1').update(readFileSync(join(DIST, file), 'utf8')).digest('hex').slice(0, 16);
  return join(DIST, 'code-cache', `${file}.${hash}.${TAG}.v8`);
};

describe('the code cache', () => {
  it('holds, for this Node.js, the files `check` loads, and V8 accepts each one for the file as built', () => {
    // The chunks `check` loads, as the bundle's entry names them (the entry and check's own).
    const chunks = readdirSync(DIST).filter((name) => name === 'main.cjs' || /^(check-workspace|schema|yaml)-[^.]+\.cjs$/.test(name));
    expect(chunks).toContain('main.cjs');
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    for (const chunk of chunks) {
      expect(existsSync(cacheOf(chunk)), `no cache for ${chunk}`).toBe(true);
      const script = new vm.Script(Module.wrap(readFileSync(join(DIST, chunk), 'utf8')), {
        filename: join(DIST, chunk),
        cachedData: readFileSync(cacheOf(chunk)),
      });
      expect(script.cachedDataRejected, `V8 rejected the cache of ${chunk}`).toBe(false);
    }
  });

  it('lets the binary run as before', async () => {
    const result = await cli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});
