/**
 * The site's folder, replaced whole: a new site is written into a hidden folder beside
 * it (`.<name>-<pid>-<random>.tmp`, same file system) and renamed into place, the old
 * one renamed away just before and removed after, so a host syncing the folder finds
 * the old site or the new one, never half of either. A folder publish did not make
 * (it has files and no `.coalition-site` mark) is never replaced: `--out .` must not
 * delete a workspace.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { makeWritableFolder } from '../workspace/atomic-write.js';
import { isProcessAlive } from '../workspace/process-alive.js';
import { readRegularFile } from '../workspace/regular-file.js';

/** The mark publish leaves in every site it makes (a small JSON record of what it holds). */
export const SITE_MARK = '.coalition-site';

export interface SiteMark {
  letter: string;
  version: number;
  published_at: string;
  tool: string;
}

/** Refuses `dir` unless it is missing, empty or a site publish made. */
export async function checkReplaceable(dir: string, shown: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new CoalitionError(`--out ${shown} is a file, not a folder`, {
      code: 'site-folder-not-ours', exitCode: ExitCode.usage, hint: 'Name a new or empty folder, or one a previous `coalition publish` made.',
    });
  }
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!entries.includes(SITE_MARK) || !(await readMark(join(dir, SITE_MARK)))) {
    throw new CoalitionError(`--out ${shown} holds files that \`coalition publish\` did not write; it replaces the whole folder, so it leaves this one alone`, {
      code: 'site-folder-not-ours', exitCode: ExitCode.usage,
      hint: 'Name a new or empty folder (e.g. --out site), or one a previous `coalition publish` made (it has a .coalition-site file).',
    });
  }
}

async function readMark(path: string): Promise<SiteMark | undefined> {
  try {
    const mark = JSON.parse((await readRegularFile(path, path, 1024 * 1024)).toString('utf8')) as Partial<SiteMark>;
    return typeof mark.letter === 'string' && typeof mark.version === 'number' ? (mark as SiteMark) : undefined;
  } catch {
    return undefined;
  }
}

export function siteMarkText(mark: SiteMark): string {
  return `${JSON.stringify(mark, null, 2)}\n`;
}

/** A new hidden folder beside `dir` to write the site into; folders that killed runs left there are removed first. */
export async function makeSiteTemp(dir: string, shown: string): Promise<string> {
  const parent = dirname(dir);
  await makeWritableFolder(parent, dirname(shown) || '.');
  removeAbandoned(parent, basename(dir));
  const temp = join(parent, `.${basename(dir)}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await makeWritableFolder(temp, shown);
  return temp;
}

/** `.<name>-<pid>-<hex>.tmp` folders beside the site whose process is gone. */
function removeAbandoned(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)-[0-9a-f]+(?:-old)?\\.tmp$`);
  for (const entry of readdirSync(parent)) {
    const pid = pattern.exec(entry)?.[1];
    if (pid !== undefined && !isProcessAlive(Number(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** Puts the finished site at `dir`, in place of the site there (if any). */
export async function swapIntoPlace(temp: string, dir: string, shown: string): Promise<void> {
  const old = `${temp.slice(0, -'.tmp'.length)}-old.tmp`;
  let moved = false;
  try {
    if ((await readdir(dir).catch(() => undefined)) !== undefined) {
      await rename(dir, old);
      moved = true;
    }
    await rename(temp, dir);
  } catch (error) {
    if (moved) await rename(old, dir).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CoalitionError(`${shown} could not be put in place: ${code ?? (error as Error).message}`, {
      code: 'write-failed', exitCode: ExitCode.write, cause: error,
      hint: 'Check that the folder and the one it is in are writable, and that no other program holds the folder open.',
    });
  }
  if (moved) await rm(old, { recursive: true, force: true });
}

/** Removes an unfinished site folder (on an error, or from an exit handler: synchronous). */
export function dropSiteTemp(temp: string): void {
  rmSync(temp, { recursive: true, force: true });
}
