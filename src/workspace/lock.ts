/**
 * One lock per workspace around every read-modify-write of the registry or a letter,
 * so that commands started at the same time (ten `coalition sign` at once) run one
 * after another and none overwrites another's change. proper-lockfile makes the lock
 * with an atomic mkdir, refreshes it while held, and treats a lock left by a crashed
 * process as stale after a few seconds.
 */
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { REGISTRY_FILE } from './workspace.js';

const LOCK_DIR = '.coalition.lock';

export async function withWorkspaceLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const { lock } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    release = await lock(join(root, REGISTRY_FILE), {
      lockfilePath: join(root, LOCK_DIR),
      stale: 10_000,
      update: 2_000,
      retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 250, randomize: true },
      onCompromised: () => undefined,
    });
  } catch (error) {
    throw new CoalitionError('another coalition command is editing this workspace and did not finish', {
      code: 'workspace-locked', exitCode: ExitCode.write, cause: error,
      hint: `Wait for it to end and try again. If none is running, remove the folder ${join(root, LOCK_DIR)}.`,
    });
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
