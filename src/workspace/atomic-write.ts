/**
 * Atomic writes: the data goes to a temporary file beside the target, is flushed, and
 * is renamed into place, so a crash, an error or Ctrl-C never leaves a truncated
 * letter, registry, HTML or PDF behind. Temporary files still open when the process
 * is interrupted are removed by `removePendingTempFiles`.
 */
import { randomBytes } from 'node:crypto';
import { access, constants, open, rename, rm } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { makeFolder } from './make-folder.js';

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

export async function writeFileAtomic(path: string, data: string | Uint8Array, displayPath = path): Promise<void> {
  const dir = dirname(path);
  // A short name: a target whose name is near the file system's limit must still have a temp file.
  const temp = join(dir, `.coalition-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await makeFolder(dir);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
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
