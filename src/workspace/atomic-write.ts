/**
 * Atomic writes: the data goes to a temporary file beside the target, is flushed, and
 * is renamed into place, so a crash, an error or Ctrl-C never leaves a truncated
 * letter, registry, HTML or PDF behind. Temporary files still open when the process
 * is interrupted are removed by `removePendingTempFiles`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';

const pending = new Set<string>();

export async function writeFileAtomic(path: string, data: string | Uint8Array, displayPath = path): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await mkdir(dir, { recursive: true });
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
    throw new CoalitionError(`${displayPath} could not be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      code: 'write-failed', exitCode: ExitCode.write, cause: error,
      hint: 'Check that the folder exists, is writable and that the disk is not full.',
    });
  } finally {
    pending.delete(temp);
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
