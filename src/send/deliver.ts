/**
 * What every kind of send shares once its messages are known: the dry run (each message
 * written as an `.eml` file, nothing sent, nothing logged) and the real run, under the
 * send lock so two sends of a workspace never overlap (each log row is then written
 * under the workspace lock, so edits go on meanwhile).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWritableFolder, removeStaleTempFiles, writeFileAtomic } from '../workspace/atomic-write.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import type { MailJob, RunOptions, RunResult } from './send-run.js';
import { runJobs } from './send-run.js';

export const SEND_LOCK = '.coalition-send.lock';

export interface DryRun {
  /** The folder, as shown. */
  shown: string;
  files: { key: string; path: string; bytes: number }[];
}

/** Writes each job's message as `<folder>/<key>.eml`, after removing the `.eml` files an earlier dry run left there. */
export async function writeDryRun(folder: string, shown: string, jobs: readonly MailJob[]): Promise<DryRun> {
  await makeWritableFolder(folder, shown);
  for (const name of await readdir(folder)) if (name.endsWith('.eml')) await rm(join(folder, name), { force: true });
  const files: DryRun['files'] = [];
  for (const job of jobs) {
    const date = new Date();
    const { raw } = await job.compose(job.messageId(date), date);
    const path = join(folder, `${job.key}.eml`);
    await writeFileAtomic(path, raw, `${shown}/${job.key}.eml`);
    files.push({ key: job.key, path, bytes: raw.length });
  }
  return { shown, files };
}

/**
 * Runs `prepare` (which reads the log and picks who is still to be sent to) and the
 * jobs it returns under the send lock: a second `send` started meanwhile is refused at
 * once rather than reading a log this one is still writing.
 */
export async function sendLocked<T>(root: string, seriesFolder: string, prepare: () => Promise<{ jobs: MailJob[]; options: Omit<RunOptions, 'jobs'>; report: T }>): Promise<{ report: T; run: RunResult }> {
  return withWorkspaceLock(root, async () => {
    // A send killed mid-write (kill -9) left its temporary file beside the log.
    removeStaleTempFiles([seriesFolder]);
    const { jobs, options, report } = await prepare();
    const run = await runJobs({ ...options, jobs });
    await options.log.settled();
    return { report, run };
  }, { name: SEND_LOCK, waitSeconds: 0 });
}
