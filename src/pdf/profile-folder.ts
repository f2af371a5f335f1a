/**
 * Chromium's profile folder for one printer: `<tmp>/coalition-chromium-<pid>-XXXXXX`,
 * named for the process that owns it. Closing the printer removes it. A process killed
 * with SIGKILL cannot, so every launch first removes the folders whose owner is gone
 * and whose Chromium no longer runs.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const PREFIX = 'coalition-chromium-';
const OWNED = /^coalition-chromium-(\d+)-/;

export async function createProfileFolder(dir: string = tmpdir()): Promise<string> {
  const profile = await mkdtemp(join(dir, `${PREFIX}${process.pid}-`));
  await mkdir(browserTempFolder(profile));
  return profile;
}

/**
 * The temporary folder the browser is given (its TMPDIR), inside its profile: the
 * files Chromium keeps there for a moment (shared memory, with --disable-dev-shm-usage)
 * go with the profile, also after a browser killed outright, which could leave one in
 * the system's temporary folder (`.org.chromium.Chromium.XXXXXX`).
 */
export function browserTempFolder(profile: string): string {
  return join(profile, 'coalition-tmp');
}

/** Where a printer notes the browser it started in its profile folder (`markBrowser`). */
const BROWSER_MARK = 'coalition-browser';

/**
 * Notes in the profile the process of the browser started on it (`<host>-<pid>`, as
 * Chromium's own `SingletonLock` link): the headless shell writes no `SingletonLock`, so
 * without this a later build could take the folder of a shell still running for stale.
 */
export async function markBrowser(profile: string, pid: number | undefined): Promise<void> {
  if (pid !== undefined) await writeFile(join(profile, BROWSER_MARK), `${hostname()}-${pid}`);
}

/**
 * Removes a profile folder and, when Chromium could not remove it itself (it was
 * killed), the folder of its singleton socket, which it keeps apart in the temporary
 * folder (`org.chromium.Chromium.XXXXXX`) and links to from the profile.
 */
export async function removeProfileFolder(path: string): Promise<void> {
  const socket = await readlink(join(path, 'SingletonSocket')).catch(() => undefined);
  if (socket && basename(socket) === 'SingletonSocket') {
    const folder = dirname(socket);
    const names = await readdir(folder).catch(() => undefined);
    // Only a folder holding nothing but Chromium's singleton files: the link could point anywhere.
    if (names?.every((name) => name === 'SingletonSocket' || name === 'SingletonCookie')) {
      await rm(folder, { recursive: true, force: true });
    }
  }
  await rm(path, { recursive: true, force: true, maxRetries: 3 });
}

/** Removes the profile folders of processes that are gone; resolves to the folders removed. */
export async function removeStaleProfileFolders(dir: string = tmpdir()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed = await Promise.all(names.map(async (name) => {
    const owner = Number(OWNED.exec(name)?.[1]);
    if (!owner || owner === process.pid || isRunning(owner)) return undefined;
    const path = join(dir, name);
    const stats = await lstat(path).catch(() => undefined);
    // Another user's folders are theirs to clean; a symlink is nobody's profile.
    if (!stats?.isDirectory() || (typeof process.getuid === 'function' && stats.uid !== process.getuid())) return undefined;
    if (await chromiumRuns(path)) return undefined;
    return removeProfileFolder(path).then(() => path, () => undefined);
  }));
  return removed.filter((path): path is string => path !== undefined);
}

/**
 * Whether the Chromium that used a profile still runs: a full Chromium names itself in
 * the profile's `SingletonLock` link, and the printer names the browser it started in
 * `coalition-browser` (both `<host>-<pid>`). Left alone until it ends: it ends by itself
 * once it notices that its owner is gone.
 */
async function chromiumRuns(profile: string): Promise<boolean> {
  const names = await Promise.all([
    readlink(join(profile, 'SingletonLock')).catch(() => undefined),
    readFile(join(profile, BROWSER_MARK), 'utf8').catch(() => undefined),
  ]);
  return names.some((name) => {
    const match = name ? /^(.*)-(\d+)$/.exec(name.trim()) : null;
    return !!match && match[1] === hostname() && isRunning(Number(match[2]));
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * An ended process that nobody has reaped yet still answers signal 0: a browser whose
 * owner was killed is handed to the system's first process, which in a container may
 * never reap it. Linux says so in /proc; elsewhere it is taken as running.
 */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
