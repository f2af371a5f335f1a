/**
 * When the browser goes away mid-build, with the real binary and a real Chromium:
 * - Chromium killed under the CLI: the CLI says once that the browser stopped, names
 *   the letters not printed, exits 4, and leaves only whole letters (HTML and a PDF
 *   that reads) and no profile folder;
 * - the CLI killed with SIGKILL: Chromium notices and ends by itself, its profile folder
 *   stays (nothing of ours runs any more to remove it), and the next PDF build removes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cli, OWN_BROWSER, pdfInfo, tempWorkspace } from '../helpers.js';
import { alive, chromiumOf, descendants, profileOf, waitFor } from './chromium-processes.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
/**
 * Enough letters that the build is still printing when the test, polling every 100 ms,
 * sees the first PDF and kills the browser: the headless shell prints a short letter in
 * some 30 ms, so 30 letters were all out before the kill.
 */
const LETTERS = 150;
const letter = (n: number) => `---\ntitle: Letter number ${n}\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you about matter number ${n}.\n`;
const name = (n: number) => `letter-${String(n).padStart(3, '0')}`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * A build of LETTERS letters started as a user starts it, with a temporary folder of
 * its own as TMPDIR so its profile folders are easy to see; resolves once its Chromium runs.
 */
async function startBuild() {
  const files: Record<string, string> = { 'signatories.yaml': REGISTRY };
  for (let n = 1; n <= LETTERS; n++) files[`letters/${name(n)}.md`] = letter(n);
  const ws = tempWorkspace(files);
  cleanup = ws.cleanup;
  const tmp = join(ws.dir, 'tmp');
  mkdirSync(tmp);
  const child = spawn(process.execPath, [BIN, 'build', '--format', 'html,pdf', '--timeout', '120'], {
    cwd: ws.dir, env: { ...process.env, ...OWN_BROWSER, NO_COLOR: '1', TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const chromium = await waitFor(() => chromiumOf(child.pid!), 30_000);
  expect(chromium, 'Chromium never started').toBeDefined();
  return { dir: ws.dir, tmp, out: join(ws.dir, 'out'), child, exited, chromium: chromium!, output: () => ({ stdout, stderr }) };
}

describe('the browser stops mid-build', () => {
  it('says so once, names the letters not printed, exits 4 and leaves only whole letters', async () => {
    const build = await startBuild();
    const { out, tmp } = build;
    // Once the first PDF is out, the others are still to print: kill Chromium, every process of it.
    await waitFor(() => (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.pdf')) ? true : undefined), 60_000);
    for (const pid of [build.chromium, ...descendants(build.chromium)]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with the browser process.
      }
    }

    const code = await build.exited;
    const { stdout, stderr } = build.output();
    expect(code, stderr).toBe(4);
    expect(stderr.match(/the browser stopped while printing/g), stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/internal error|Connection closed|^\s+at .+:\d+:\d+\)?$/m);

    const failed = [...stderr.matchAll(/✗ letters\/(letter-\d+)\.md was not built/g)].map((m) => m[1]!);
    const built = Array.from({ length: LETTERS }, (_, i) => name(i + 1)).filter((n) => !failed.includes(n));
    expect(failed.length, stderr).toBeGreaterThan(0);
    expect(built.length, 'the first PDF was printed before the kill').toBeGreaterThan(0);
    expect(stderr).toContain(`built ${built.length * 2} files from ${built.length} letter${built.length === 1 ? '' : 's'}; ${failed.length} failed`);
    // A letter is there whole (its HTML and a PDF that reads) or not at all; nothing else is left in out/.
    const expected = built.flatMap((n) => [`2022-10-12-${n}.en.html`, `2022-10-12-${n}.en.pdf`]).sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    for (const n of built) {
      expect(stdout).toContain(`2022-10-12-${n}.en.pdf`);
      expect(pdfInfo(join(out, `2022-10-12-${n}.en.pdf`)).Title).toBe(`Letter number ${Number(n.slice('letter-'.length))}`);
    }
    expect(readdirSync(tmp), 'profile or socket folder left behind').toEqual([]);
  }, 120_000);
});

describe('the CLI killed with SIGKILL mid-build', () => {
  it('Chromium ends by itself, and the next PDF build removes the profile folder left behind', async () => {
    const build = await startBuild();
    const { chromium, tmp } = build;
    const profile = profileOf(chromium);
    expect(profile).toMatch(new RegExp(`^${tmp}/coalition-chromium-${build.child.pid}-`));
    await waitFor(() => (existsSync(build.out) ? true : undefined), 30_000);
    build.child.kill('SIGKILL');
    await build.exited;

    expect(await waitFor(() => (alive(chromium) ? undefined : true), 20_000), 'Chromium still runs after its CLI was killed').toBe(true);
    expect(existsSync(profile!), 'the killed run could not remove its profile').toBe(true);

    const next = await cli(['build', '--format', 'pdf', name(1)], { cwd: build.dir, env: { ...OWN_BROWSER, TMPDIR: tmp } });
    expect(next.code, next.stderr).toBe(0);
    expect(existsSync(profile!), `stale profile ${profile} left behind`).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
