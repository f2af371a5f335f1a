/**
 * One lock per workspace around every read-modify-write of the registry or a letter,
 * so that commands started at the same time (ten `coalition sign` at once) run one
 * after another and none overwrites another's change.
 *
 * The lock is a folder made with an atomic mkdir, holding `owner.json`: the owner's
 * pid, host name and process start time. It is held for as long as the edit runs,
 * however long: nothing refreshes it, so no timer has to fire during a long
 * synchronous edit. It counts as abandoned only when its owner is provably gone (that
 * pid no longer runs on this host, or runs a newer process), or, for an owner on
 * another host sharing the folder, after OWNER_FROM_OTHER_HOST_STALE_MS. Every write checks,
 * just before its rename, that the lock is still this command's: if not it fails
 * without writing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { rmdirSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { isProcessAlive, processStartTime } from './process-alive.js';
import { readRegularFile, readRegularFileSync } from './regular-file.js';

const LOCK_DIR = '.coalition.lock';
const OWNER_FILE = 'owner.json';
/** An owner.json is a line of JSON: anything larger is not one (and is not read whole). */
const MAX_OWNER_BYTES = 4096;
/** A lock folder without an owner (made by an older version, or a crash right after mkdir). */
const OWNERLESS_STALE_MS = 10_000;
/** No pid can be checked on another host: its lock is presumed abandoned after this. */
const OWNER_FROM_OTHER_HOST_STALE_MS = 30 * 60_000;
/** How long to wait for a running command to finish (COALITION_LOCK_WAIT seconds overrides). */
const DEFAULT_WAIT_S = 120;

interface Owner {
  pid: number;
  host: string;
  /** processStartTime(pid) when taken; tells a reused pid from the owner. */
  started?: string;
  /** Date.now() when taken. */
  since: number;
  token: string;
}

class HeldLock {
  constructor(readonly root: string, readonly dir: string, readonly token: string) {}

  /** Throws unless the lock is still this command's. */
  async verify(): Promise<void> {
    const owner = await this.owner();
    if (owner?.token === this.token) return;
    throw new CoalitionError(`the workspace lock was taken by another command${owner ? ` (pid ${owner.pid})` : ''} while this one ran; nothing was written`, {
      code: 'lock-lost', exitCode: ExitCode.write,
      hint: `Run the command again. If this happens again, check who removes ${this.dir}.`,
    });
  }

  async release(): Promise<void> {
    held.delete(this);
    // Never remove a lock that another command holds now.
    if ((await this.owner())?.token !== this.token) return;
    await unlink(join(this.dir, OWNER_FILE)).catch(() => undefined);
    await rmdir(this.dir).catch(() => undefined);
  }

  /**
   * The lock's owner now. A command that found an abandoned lock moves it aside and,
   * should it turn out to be a lock just taken (ours), back at once: a lock missing for
   * a moment is looked for again before it counts as lost.
   */
  private async owner(): Promise<Owner | undefined> {
    for (let attempt = 0; ; attempt++) {
      const owner = await readOwner(this.dir);
      if (owner || attempt === 10) return owner;
      await sleep(20);
    }
  }

  releaseSync(): void {
    try {
      if ((JSON.parse(readRegularFileSync(join(this.dir, OWNER_FILE), OWNER_FILE, MAX_OWNER_BYTES).toString('utf8')) as Owner).token !== this.token) return;
      unlinkSync(join(this.dir, OWNER_FILE));
      rmdirSync(this.dir);
    } catch {
      // Gone already, or no longer ours.
    }
  }
}

const current = new AsyncLocalStorage<HeldLock>();
/** Locks this process holds, for `releaseHeldLocksSync`. */
const held = new Set<HeldLock>();

/**
 * Releases the locks this process holds; for signal handlers (synchronous). Without it
 * the next command would still take the lock at once (its owner is gone), but the
 * folder would stay until then.
 */
export function releaseHeldLocksSync(): void {
  for (const lock of held) lock.releaseSync();
  held.clear();
}

export interface LockOptions {
  /**
   * Another lock of the workspace, by its folder's name (`.coalition-send.lock`): held
   * for a long run that must not overlap itself (a `send`), while edits take the
   * workspace lock for each write.
   */
  name?: string;
  /** Seconds to wait for a running command to let go (default 120, or COALITION_LOCK_WAIT). */
  waitSeconds?: number;
}

export async function withWorkspaceLock<T>(root: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const dir = join(root, options.name ?? LOCK_DIR);
  // Already held by this command (an edit calling another): taking it again would wait for itself.
  if (current.getStore()?.dir === dir) return work();
  const lock = await acquire(root, dir, options.waitSeconds ?? waitSeconds());
  try {
    return await current.run(lock, work);
  } finally {
    await lock.release();
  }
}

/** Called just before a write is renamed into place: fails unless the lock is still ours. */
export async function assertLockStillHeld(): Promise<void> {
  await current.getStore()?.verify();
}

async function acquire(root: string, dir: string, wait: number): Promise<HeldLock> {
  const deadline = Date.now() + wait * 1000;
  let delay = 10;
  for (;;) {
    try {
      await mkdir(dir);
      const lock = await claim(root, dir);
      if (lock) return lock;
      continue;
    } catch (error) {
      if (error instanceof CoalitionError) throw error; // From claim(): said already.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(root, error);
    }
    const seen = await inspect(dir);
    if (!seen) continue; // Released meanwhile: try again at once.
    if (isAbandoned(seen)) {
      // Its owner may have released it and ended between the two looks: still the same lock?
      if ((await inspect(dir))?.id === seen.id) await breakLock(dir, seen.id);
      continue;
    }
    if (Date.now() >= deadline) throw busy(dir, seen.owner, wait);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 1.5, 250);
  }
}

/** Writes our owner.json into the folder just made; undefined when another command moved that folder away first. */
async function claim(root: string, dir: string): Promise<HeldLock | undefined> {
  const started = processStartTime(process.pid);
  const owner: Owner = { pid: process.pid, host: hostname(), ...(started ? { started } : {}), since: Date.now(), token: randomBytes(12).toString('hex') };
  try {
    await writeFile(join(dir, OWNER_FILE), JSON.stringify(owner), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EEXIST') return undefined;
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw notWritable(root, error);
  }
  const lock = new HeldLock(root, dir, owner.token);
  held.add(lock);
  return lock;
}

async function readOwner(dir: string): Promise<Owner | undefined> {
  try {
    // Only a regular file, opened without blocking: a named pipe put there is not waited on (regular-file.ts).
    const owner = JSON.parse((await readRegularFile(join(dir, OWNER_FILE), OWNER_FILE, MAX_OWNER_BYTES)).toString('utf8')) as Owner;
    return typeof owner?.pid === 'number' && typeof owner.token === 'string' && typeof owner.since === 'number' ? owner : undefined;
  } catch {
    return undefined; // None yet, being written, the lock is gone, or not an owner (then the lock counts as ownerless).
  }
}

interface SeenLock {
  owner: Owner | undefined;
  /** When it has no owner.json: how long ago the folder last changed. */
  age: number;
  /** Tells this lock from any later one: its token, or the folder's inode and modification time (a rename keeps both). */
  id: string;
}

/** The lock folder as it is now; undefined when it is gone. */
async function inspect(dir: string): Promise<SeenLock | undefined> {
  const owner = await readOwner(dir);
  if (owner) return { owner, age: 0, id: `token:${owner.token}` };
  const info = await stat(dir).catch(() => undefined);
  return info && { owner, age: Date.now() - info.mtimeMs, id: `folder:${info.ino}:${info.mtimeMs}` };
}

function isAbandoned({ owner, age }: SeenLock): boolean {
  if (!owner) return age > OWNERLESS_STALE_MS;
  // Another host's clock may be wrong either way: a lock dated far in the future is as stale as one dated far in the past.
  if (owner.host !== hostname()) return Math.abs(Date.now() - owner.since) > OWNER_FROM_OTHER_HOST_STALE_MS;
  if (!isProcessAlive(owner.pid)) return true;
  const started = processStartTime(owner.pid);
  return owner.started !== undefined && started !== undefined && started !== owner.started;
}

/**
 * Moves an abandoned lock aside (an atomic rename) and removes it. Two commands may
 * both find it abandoned, and one of them may then move aside the lock the other has
 * just taken: it sees that this is not the lock it judged and puts it back; should
 * that fail, the owner's check before writing fails loudly and nothing is lost.
 */
async function breakLock(dir: string, abandoned: string): Promise<void> {
  const aside = `${dir}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(dir, aside);
  } catch {
    return; // Already gone or moved by another command.
  }
  if ((await inspect(aside))?.id !== abandoned) await rename(aside, dir).catch(() => undefined);
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitSeconds(): number {
  const value = Number(process.env.COALITION_LOCK_WAIT);
  return Number.isFinite(value) && value >= 0 && process.env.COALITION_LOCK_WAIT !== '' ? value : DEFAULT_WAIT_S;
}

const NOT_WRITABLE: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

function notWritable(root: string, error: unknown): CoalitionError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why = NOT_WRITABLE[code];
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CoalitionError(`${root}: ${why}: nothing was changed`, {
      code: 'disk-full', exitCode: ExitCode.write, cause: error,
      hint: 'Free some space on the disk (or move the workspace to one with room), then run the command again.',
    });
  }
  return new CoalitionError(why ? `${root} is not writable (${why}): nothing was changed` : `the workspace lock could not be made in ${root}: ${code || (error as Error).message}`, {
    code: 'workspace-not-writable', exitCode: ExitCode.write, cause: error,
    hint: why
      ? 'Edits write beside the files they change: make the folder writable, or work on a writable copy of the workspace.'
      : 'Check that the folder exists, is writable and that the disk is not full.',
  });
}

function busy(dir: string, owner: Owner | undefined, wait: number): CoalitionError {
  const who = owner ? ` (pid ${owner.pid}${owner.host !== hostname() ? ` on ${owner.host}` : ''})` : '';
  const doing = dir.endsWith(LOCK_DIR) ? 'is editing this workspace' : `holds ${dir.slice(dir.lastIndexOf('/') + 1)} in this workspace`;
  return new CoalitionError(`another coalition command${who} ${doing}${wait ? ` and has not finished after ${wait} s` : ''}`, {
    code: 'workspace-locked', exitCode: ExitCode.write,
    hint: `Wait for it to end and try again (COALITION_LOCK_WAIT=<seconds> waits longer). If no coalition command is running, remove the folder ${dir}.`,
  });
}
