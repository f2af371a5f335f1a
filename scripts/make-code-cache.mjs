// Part of `npm run build` (scripts/build.mjs): V8's code cache for the bundle, read by
// bin/code-cache.cjs. The everyday commands run once, in one process, on a copy of the
// sample workspace, so that the cache holds the functions they compile as they run, not
// only each file's top level: `--help`, `check`, `status`, an HTML build, `org add`,
// `sign`, and a PDF build when a browser is there (puppeteer's and pdf-lib's code: the
// sample's PDFs 1.245 → 1.20 s), and the warm process's client (finding none). Run by Node with the cache hook writing
// (COALITION_WRITE_CODE_CACHE=1).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';

const require = createRequire(import.meta.url);
require('../bin/code-cache.cjs');
const { run } = require('../dist/main.cjs');
// Every command first asks whether a warm process takes it (bin/coalition.js): that path too,
// with no warm process to find (a temporary folder of its own).
const { runInDaemon } = require('../dist/daemon-client.cjs');

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'coalition-code-cache-'));
try {
  cpSync(join(repo, 'signatories.yaml'), join(dir, 'signatories.yaml'));
  cpSync(join(repo, 'letters'), join(dir, 'letters'), { recursive: true });
  const letter = 'us-mexico-security-dialogue';
  const commands = [
    ['--help'],
    ['check'],
    ['status', letter],
    ['build', '--format', 'html'],
    ['org', 'add', 'code-cache-org', '--name', 'Code Cache Org', '--country', 'US'],
    ['sign', letter, 'code-cache-org'],
    // Last: without a browser (exit 3, which only says so) the rest is cached all the same.
    ['build', '--format', 'pdf', '--lang', 'en'],
  ];
  const NO_BROWSER = 3;
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  for (const args of commands) await runInDaemon(['node', 'coalition', ...args]);
  if (tmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmp;
  for (const args of commands) {
    const sink = new PassThrough().resume();
    const code = await run(['node', 'coalition', ...args], { stdout: sink, stderr: sink, env: { ...process.env, NO_COLOR: '1' }, cwd: dir });
    // The cache only makes starting faster: a command that fails here (the sample letter
    // edited or removed) leaves the files it did not load without one, and the build goes on.
    if (code === NO_BROWSER && args.includes('pdf')) break;
    if (code !== 0) {
      console.warn(`warning: \`coalition ${args.join(' ')}\` exited ${code} on the sample workspace; the code cache lacks what it would have compiled`);
      break;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
