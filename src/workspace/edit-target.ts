/**
 * The file an edit reads and writes. A symbolic link is followed, so the edit reaches
 * the file it leads to (a registry shared by a link gets the change; the link stays),
 * but only inside the folder the file belongs to: nothing outside the workspace is
 * read or written. The file's identity is noted before it is read, and the write
 * checks just before its rename that the lock is still held and that no other
 * program changed the file meanwhile; if not, nothing is written.
 */
import { realpath, stat } from 'node:fs/promises';
import { CoalitionError, ExitCode } from '../errors.js';
import { isInside } from '../paths.js';
import type { AtomicWriteOptions } from './atomic-write.js';
import { assertLockStillHeld } from './lock.js';

export interface EditTarget {
  /** Where the file really is (links followed); the write goes there. */
  path: string;
  /** How it was before it was read; undefined when it did not exist. */
  identity: string | undefined;
}

/** What to say when the file leads out of the folder it must stay in. */
export interface Refusal {
  /** The folder, as the message names it: "the workspace". */
  folder: string;
  code: string;
  exitCode: ExitCode;
  hint: string;
}

/** Resolves `path` and notes its identity; refuses one that leads out of `within`. */
export async function editTarget(path: string, displayPath: string, within: string, refusal: Refusal): Promise<EditTarget> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { path, identity: undefined }; // Missing or a dangling link: reading it says so.
  }
  if (!isInside(await realpath(within), real)) {
    throw new CoalitionError(`${displayPath} links to a file outside ${refusal.folder}; it was not changed`, {
      code: refusal.code, exitCode: refusal.exitCode, hint: refusal.hint,
    });
  }
  return { path: real, identity: await identity(real) };
}

/** The write's last checks: still our lock, and the file as it was read. */
export function guardWrite(target: EditTarget, displayPath: string): AtomicWriteOptions {
  return {
    beforeRename: async () => {
      await assertLockStillHeld();
      if (await identity(target.path) === target.identity) return;
      throw new CoalitionError(`${displayPath} was changed by another program while this command ran; nothing was written`, {
        code: 'file-changed', exitCode: ExitCode.write,
        hint: 'Run the command again: it will work on the file as it is now.',
      });
    },
  };
}

async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info && `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}
