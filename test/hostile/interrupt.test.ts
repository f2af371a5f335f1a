/**
 * The print is bounded and interruptible: `--timeout` ends a print with exit 4 and
 * leaves no output; Ctrl-C during a PDF build leaves no partial PDF, no temporary
 * file, no running Chromium and no Chromium profile folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cli, cliInProcess, OWN_BROWSER, tempWorkspace } from '../helpers.js';
import { alive, chromiumOf, profileOf, waitFor } from '../pdf/chromium-processes.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const longLetter = (paragraphs: number) => `---\ntitle: A long letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\n${Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of a very long letter, with enough words to fill a line and wrap onto the next one.\n`).join('\n')}`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Every file left in the workspace, recursively (folders left out). */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe('--timeout', () => {
  it('ends a print that takes too long with exit 4 and leaves no output of that letter', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/slow.md': longLetter(300) });
    cleanup = ws.cleanup;
    const result = await cli(['build', '--format', 'html,pdf', '--timeout', '0.01'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/the browser did not finish printing within 0\.01 s/);
    expect(result.stderr).toMatch(/--timeout/);
    expect(result.stderr).toContain('letters/slow.md was not built');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // The HTML was written before the print failed; a failed letter leaves nothing.
    expect(filesIn(ws.dir)).toEqual(['letters/slow.md', 'signatories.yaml']);
  });

  it('a usable timeout prints the same letter', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/slow.md': longLetter(300) });
    cleanup = ws.cleanup;
    const result = await cli(['build', '--format', 'pdf', '--timeout', '60'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(filesIn(ws.dir)).toContain('out/2022-10-12-slow.en.pdf');
  });

  it('refuses a timeout that is not a positive number as wrong usage (exit 2)', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/slow.md': longLetter(1) });
    cleanup = ws.cleanup;
    for (const value of ['0', '-5', 'soon']) {
      const result = await cliInProcess(['build', '--timeout', value], ws.dir);
      expect(result.code, value).toBe(2);
      expect(result.stderr).toMatch(/--timeout.*expected a positive number/);
    }
  });
});

describe('Ctrl-C during a PDF build', () => {
  it('exits 130 leaving no partial PDF, no temporary file, no browser and no browser profile', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/long.md': longLetter(8000) });
    cleanup = ws.cleanup;
    const child = spawn(process.execPath, [BIN, 'build', '--format', 'pdf', '--timeout', '300'], {
      cwd: ws.dir, env: { ...process.env, ...OWN_BROWSER, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Wait until Chromium runs and has had a moment to start printing.
    const chrome = await waitFor(() => chromiumOf(child.pid!), 30_000);
    expect(chrome, 'Chromium never started').toBeDefined();
    const profile = profileOf(chrome!);
    expect(profile && existsSync(profile)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGINT');

    expect(await exited, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(stderr).not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
    expect(filesIn(ws.dir)).toEqual(['letters/long.md', 'signatories.yaml']);
    expect(await waitFor(() => (alive(chrome!) ? undefined : true), 10_000), 'Chromium still runs').toBe(true);
    expect(await waitFor(() => (existsSync(profile!) ? undefined : true), 5_000), `profile ${profile} left behind`).toBe(true);
  }, 90_000);
});
