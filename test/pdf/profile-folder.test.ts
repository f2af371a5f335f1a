/**
 * Profile folders left by killed runs are removed, and nothing else: not the folder of
 * a run still going, not one whose Chromium still runs (by Chromium's SingletonLock, or by
 * the printer's note for the headless shell, which writes none), not a folder of another name.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileFolder, markBrowser, removeStaleProfileFolders } from '../../src/pdf/profile-folder.js';
import { tempWorkspace } from '../helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

function folder(dir: string, name: string): string {
  mkdirSync(join(dir, name));
  return join(dir, name);
}

describe('removeStaleProfileFolders', () => {
  it('removes the folders of ended runs with the socket folder they link to, and keeps the rest', async () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const dead = deadPid();
    const stale = folder(ws.dir, `coalition-chromium-${dead}-aaaaaa`);
    const socket = folder(ws.dir, 'org.chromium.Chromium.bbbbbb');
    writeFileSync(join(socket, 'SingletonSocket'), '');
    symlinkSync(join(socket, 'SingletonSocket'), join(stale, 'SingletonSocket'));
    // A stale profile linking to a folder that holds more than Chromium's socket: the folder stays.
    const linking = folder(ws.dir, `coalition-chromium-${dead}-cccccc`);
    const shared = folder(ws.dir, 'shared');
    writeFileSync(join(shared, 'SingletonSocket'), '');
    writeFileSync(join(shared, 'notes.txt'), 'keep me');
    symlinkSync(join(shared, 'SingletonSocket'), join(linking, 'SingletonSocket'));

    const own = await createProfileFolder(ws.dir);
    const running = folder(ws.dir, `coalition-chromium-${process.ppid}-dddddd`);
    const chromiumRuns = folder(ws.dir, `coalition-chromium-${dead}-eeeeee`);
    symlinkSync(`${hostname()}-${process.pid}`, join(chromiumRuns, 'SingletonLock'));
    const other = folder(ws.dir, 'puppeteer_dev_chrome_profile-ffffff');
    // The headless shell writes no SingletonLock: the printer's own note of its browser.
    const shellRuns = folder(ws.dir, `coalition-chromium-${dead}-gggggg`);
    await markBrowser(shellRuns, process.pid);
    const shellEnded = folder(ws.dir, `coalition-chromium-${dead}-hhhhhh`);
    await markBrowser(shellEnded, dead);

    const removed = await removeStaleProfileFolders(ws.dir);
    expect(removed.sort()).toEqual([stale, linking, shellEnded].sort());
    expect(existsSync(socket)).toBe(false);
    expect(readdirSync(shared).sort()).toEqual(['SingletonSocket', 'notes.txt']);
    for (const kept of [own, running, chromiumRuns, other, shellRuns]) expect(existsSync(kept), kept).toBe(true);
    expect(own).toMatch(new RegExp(`/coalition-chromium-${process.pid}-[^/]+$`));
  });

  it('takes an ended browser nobody has reaped (a zombie) for ended, on Linux', async () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    // `sleep 0.2` ends soon, a child of the `sleep 5` its shell becomes, which never reaps it.
    // (With `sleep 0` the shell sometimes reaped it before its exec: a flaky test.)
    const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (c: Buffer) => resolve(String(c)))));
      for (let i = 0; i < 150 && !/^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${zombie}/stat`, 'utf8')); i++) await new Promise((r) => setTimeout(r, 20));
      expect(readFileSync(`/proc/${zombie}/stat`, 'utf8')).toMatch(/^\d+ \(.*\) Z /s);
      const profile = folder(ws.dir, `coalition-chromium-${deadPid()}-iiiiii`);
      await markBrowser(profile, zombie);
      expect(await removeStaleProfileFolders(ws.dir)).toEqual([profile]);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
