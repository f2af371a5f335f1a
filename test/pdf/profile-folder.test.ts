/**
 * Profile folders left by killed runs are removed, and nothing else: not the folder of
 * a run still going, not one whose Chromium still runs, not a folder of another name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileFolder, removeStaleProfileFolders } from '../../src/pdf/profile-folder.js';
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

    const removed = await removeStaleProfileFolders(ws.dir);
    expect(removed.sort()).toEqual([stale, linking].sort());
    expect(existsSync(socket)).toBe(false);
    expect(readdirSync(shared).sort()).toEqual(['SingletonSocket', 'notes.txt']);
    for (const kept of [own, running, chromiumRuns, other]) expect(existsSync(kept), kept).toBe(true);
    expect(own).toMatch(new RegExp(`/coalition-chromium-${process.pid}-[^/]+$`));
  });
});
