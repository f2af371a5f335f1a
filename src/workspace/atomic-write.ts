/**
 * Atomic writes: the data goes to a temporary file beside the target, is flushed, and
 * is renamed into place, so a crash, an error or Ctrl-C never leaves a truncated
 * letter, registry, HTML or PDF behind. The new file keeps the mode, owner and group
 * of the one it replaces (a 0600 registry stays 0600). Temporary files still open when
 * the process is interrupted are removed by `removePendingTempFiles`; those a killed
 * process left behind, by `removeStaleTempFiles` on the next run.
 */
import { randomBytes } from 'node:crypto';
import { access, constants, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { readdirSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { makeFolder } from './make-folder.js';
import { isProcessAlive } from './process-alive.js';

const pending = new Set<string>();

/** What to do about the usual reasons a write fails. */
const WRITE_HINTS: Record<string, string> = {
  EACCES: 'You may not write there: choose another folder (--out) or fix its permissions.',
  EPERM: 'You may not write there: choose another folder (--out) or fix its permissions.',
  EROFS: 'That file system is read-only: choose another folder (--out).',
  ENOSPC: 'The disk is full: free some space and try again.',
  ENAMETOOLONG: 'The file name is too long for this file system: shorten the letter\'s file name (its slug).',
  ENOTDIR: 'A file stands where a folder is needed: remove it or choose another --out folder.',
  EEXIST: 'A file stands where a folder is needed: remove it or choose another --out folder.',
  EISDIR: 'A folder has the name of the file to write: remove or rename it.',
};

export interface AtomicWriteOptions {
  /** Runs once the data is on disk, just before the rename; throwing there leaves the target as it was. */
  beforeRename?: () => Promise<void>;
}

/** Temporary files are `.coalition-<pid>-<hex>.tmp`: the pid tells whether their writer still runs. */
const TEMP_NAME = /^\.coalition-(\d+)-[0-9a-f]+\.tmp$/;

export async function writeFileAtomic(path: string, data: string | Uint8Array, displayPath = path, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  // A short name: a target whose name is near the file system's limit must still have a temp file.
  const temp = join(dir, `.coalition-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const replaced = await stat(path).catch(() => undefined);
    const mode = replaced ? replaced.mode & 0o777 : 0o666;
    // The folder is made only when missing: a 535-copy build spent 0.3 s making folders
    // that were there (docs/performance.md).
    const handle = await open(temp, 'wx', mode).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await makeFolder(dir);
      return open(temp, 'wx', mode);
    });
    try {
      await handle.writeFile(data);
      if (replaced) await keepAttributes(handle, replaced);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof CoalitionError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CoalitionError(`${displayPath} could not be written: ${code ?? (error as Error).message}`, {
      code: 'write-failed', exitCode: ExitCode.write, cause: error,
      hint: WRITE_HINTS[code ?? ''] ?? 'Check that the folder exists, is writable and that the disk is not full.',
    });
  } finally {
    pending.delete(temp);
  }
}

/** The reason a folder cannot take files, in words (the code follows in brackets). */
const FOLDER_PROBLEMS: Record<string, string> = {
  ENOENT: 'no folder can be made there',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file is in the way',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * Makes the folder a command will write into, or says at once why it cannot be
 * written to, before any work that would be lost.
 */
export async function makeWritableFolder(dir: string, displayDir = dir): Promise<void> {
  try {
    await makeFolder(dir);
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CoalitionError(`cannot write to ${displayDir}: ${FOLDER_PROBLEMS[code] ?? (error as Error).message.split(',')[0]}${code ? ` (${code})` : ''}`, {
      code: 'write-failed', exitCode: ExitCode.write, cause: error,
      hint: code === 'ENOENT' ? 'Choose a folder where you can create files: --out <dir>.' : WRITE_HINTS[code] ?? 'Choose another folder with --out.',
    });
  }
}

/**
 * The owner and group (where this process may set them: any as root, else a group it
 * belongs to) and then the mode of the file replaced; the umask does not apply.
 */
async function keepAttributes(handle: FileHandle, replaced: Stats): Promise<void> {
  const own = await handle.stat();
  if (own.uid !== replaced.uid || own.gid !== replaced.gid) {
    await handle.chown(replaced.uid, replaced.gid).catch(() => handle.chown(own.uid, replaced.gid)).catch(() => undefined);
  }
  await handle.chmod(replaced.mode & 0o777);
}

/**
 * Removes the temporary files that commands killed mid-write (kill -9, power loss)
 * left in `dirs`: ours by name, whose process no longer runs. Synchronous and cheap:
 * for the start of a command.
 */
export function removeStaleTempFiles(dirs: readonly string[]): void {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = TEMP_NAME.exec(name)?.[1];
      if (pid === undefined || isProcessAlive(Number(pid))) continue;
      try {
        unlinkSync(join(dir, name));
      } catch {
        // Removed by another command, or not ours to remove: harmless either way.
      }
    }
  }
}

/** Removes temporary files of writes still in flight; for signal handlers (synchronous). */
export function removePendingTempFiles(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
  }
  pending.clear();
}
