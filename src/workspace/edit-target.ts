/**
 * The file an edit reads and writes. A symbolic link is followed, so the edit reaches
 * the file it leads to (a registry shared by a link gets the change; the link stays),
 * but only inside the folder the file belongs to: nothing outside the workspace is
 * read or written. The file's identity is noted before it is read, and the write
 * checks just before its rename that the lock is still held and that no other
 * program changed the file meanwhile; if not, nothing is written.
 */
import { stat } from 'node:fs/promises';
import { CoalitionError, ExitCode } from '../errors.js';
import type { AtomicWriteOptions } from './atomic-write.js';
import { assertLockStillHeld } from './lock.js';
import { outsideError, placeInWorkspace, type WorkspaceFileKind } from './inside-workspace.js';

export interface EditTarget {
  /** Where the file really is (links followed); the write goes there. */
  path: string;
  /** How it was before it was read; undefined when it did not exist. */
  identity: string | undefined;
}

/**
 * Resolves `path` and notes its identity; refuses one that leads out of the folder a
 * file of `kind` must stay in (inside-workspace.ts), with `exitCode`.
 */
export async function editTarget(root: string, path: string, displayPath: string, kind: WorkspaceFileKind, exitCode: ExitCode): Promise<EditTarget> {
  const placement = placeInWorkspace(root, path, kind);
  if (placement.inside) return { path: placement.path, identity: await identity(placement.path) };
  if (placement.missing) return { path, identity: undefined }; // Missing or a dangling link: reading it says so.
  throw outsideError(kind, displayPath, exitCode, 'which was not changed');
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
