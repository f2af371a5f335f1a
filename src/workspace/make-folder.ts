/**
 * `mkdir -p` that fails at once with the real reason. Node's own recursive mkdir
 * spins forever where a folder can never be made (`/proc/x`: mkdir says ENOENT, the
 * parent exists, so it tries again) and reports ENOENT for a read-only file system
 * (it looks the folder up after EROFS and finds nothing). Here each level is made
 * at most once after its parent, and the error is the one mkdir gave.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return existingFolder(dir, error);
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeFolder(parent);
    try {
      await mkdir(dir);
    } catch (again) {
      // Made meanwhile by another process: fine. ENOENT again: it cannot be made here.
      if ((again as NodeJS.ErrnoException).code === 'EEXIST') return existingFolder(dir, again);
      throw again;
    }
  }
}

/** EEXIST is success when a folder (or a link to one) stands there, ENOTDIR when a file does. */
async function existingFolder(dir: string, error: unknown): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (found?.isDirectory()) return;
  throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', cause: error });
}
