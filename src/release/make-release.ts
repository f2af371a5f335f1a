/**
 * `coalition release <letter>`: the letter as it is sent, frozen. Under the workspace
 * lock: refuse while `check` finds errors or nobody would be printed; build every
 * language in every format asked, with the plain text, the signatory list as data and
 * a manifest, into a temporary folder inside releases/ that is renamed to `v<N>` only
 * when complete; refuse when nothing differs from the last version; record the
 * version in the letter's `releases:`.
 */
import { randomBytes } from 'node:crypto';
import { rmdirSync, rmSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { formatCalendarDate, localToday } from '../i18n/intl.js';
import { fill, loadStrings } from '../i18n/strings.js';
import type { ReleaseRecord } from '../model/schema.js';
import type { OutputFormat } from '../pipeline/output-formats.js';
import { makeWritableFolder } from '../workspace/atomic-write.js';
import { openLetterForEdit, saveLetterEdit } from '../workspace/letter-edit.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { displayPath } from '../workspace/workspace.js';
import { signersChanged, type ReleaseChanges } from './changes.js';
import { sha256 } from './manifest.js';
import { readyToRelease } from './release-readiness.js';
import { latestVersion, RELEASES_DIR, releaseSeries, versionName } from './release-store.js';
import { makeVersion, type Made, type ReleasedFile } from './write-version.js';

export type { ReleasedFile };

export interface ReleaseOptions {
  root: string;
  /** Absolute path of the letter. */
  letter: string;
  formats: readonly OutputFormat[];
  /** Set `signing.updated` to this date in this version (and in the letter). */
  updated?: string;
  /** Release although some confirmed signers saw an earlier text (else refused: `outdated-not-accepted`). */
  acceptOutdated?: boolean;
  /** The letter as the user named it (slug or path), for hints. */
  letterArg?: string;
  chromePath?: string;
  /** Per-document print timeout in milliseconds. */
  timeout?: number;
  /** `YYYY-MM-DD` for the checks that depend on the day (default: today). */
  today?: string;
  onProgress?: (printed: number, total: number) => void;
}

export interface ReleaseResult {
  /** The letter, as shown. */
  file: string;
  version: number;
  dir: string;
  shown: string;
  files: ReleasedFile[];
  signers: number;
  /** What `check` and the build warned about; the release was made. */
  warnings: Diagnostic[];
  changes?: ReleaseChanges;
  /** Signers changed and the list does not say so: the line `signing.updated` would print. */
  offerUpdated?: { date: string; line: string };
  record: ReleaseRecord;
}

export async function releaseLetter(options: ReleaseOptions): Promise<ReleaseResult> {
  return withWorkspaceLock(options.root, () => releaseLocked(options));
}

async function releaseLocked(options: ReleaseOptions): Promise<ReleaseResult> {
  const { root } = options;
  const file = displayPath(root, options.letter);
  const now = new Date();
  const today = options.today ?? localToday(now);
  const { ws, prepared, checked } = await readyToRelease({ root, letter: options.letter, file, today, ...(options.updated ? { updated: options.updated } : {}), acceptOutdated: options.acceptOutdated, letterArg: options.letterArg });
  const fm = prepared.letter.frontMatter!;

  const series = await releaseSeries(root, prepared.letter);
  await removeUnfinished(series.folder);
  const version = Math.max(0, ...series.versions, ...series.records.map((r) => r.version)) + 1;
  const previous = await latestVersion(series);
  const dir = join(series.folder, versionName(version));
  const shown = `${series.shown}/${versionName(version)}`;
  // Inside releases/, so the rename into place stays on one file system and is atomic.
  const temp = join(series.folder, `.${versionName(version)}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await makeWritableFolder(temp, displayPath(root, temp));
  // Ctrl-C ends the process from main.ts's handler, through process.exit: take the folder along.
  const dropTemp = () => removeFolder(temp, join(root, RELEASES_DIR));
  process.once('exit', dropTemp);
  let made: Made;
  try {
    made = await makeVersion({ ...options, ws, prepared, temp, version, previous, now, file });
    await rename(temp, dir);
  } catch (error) {
    dropTemp();
    throw error;
  } finally {
    process.off('exit', dropTemp);
  }

  const { signers } = made;
  const record: ReleaseRecord = { version, date: localToday(now), signers, manifest: `sha256:${sha256(made.manifestText)}` };
  const recordEdit = await openLetterForEdit(options.root, options.letter, file);
  if (options.updated) recordEdit.editor.set(['signing', 'updated'], options.updated);
  recordEdit.editor.append(['releases'], [record]);
  await saveLetterEdit(recordEdit);

  // Offered when the list changed and its "updated" date (if any) is older than the last version, so it does not tell this change.
  const stale = !options.updated && !(fm.signing.updated && made.changes && fm.signing.updated >= made.changes.sinceDate);
  const offerUpdated = made.changes && signersChanged(made.changes) && stale
    ? { date: today, line: fill(loadStrings(ws.templates, fm.languages[0]!).list_updated, { date: formatCalendarDate(today, fm.languages[0]!) }) }
    : undefined;
  const warnings = [...checked.filter((d) => d.severity === 'warning'), ...made.warnings];
  return { file, version, dir, shown, files: made.files, signers, warnings, record, ...(made.changes ? { changes: made.changes } : {}), ...(offerUpdated ? { offerUpdated } : {}) };
}

/** Removes `folder`, then its parents up to `top` while they are empty (a first release that failed leaves no releases/ folder). */
function removeFolder(folder: string, top: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (let dir = dirname(folder); dir.startsWith(top); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // Not empty (earlier versions), or gone.
    }
  }
}

/** Temporary folders left by a release that was killed: under the lock, no release is under way. */
async function removeUnfinished(folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.isDirectory() && /^\.v\d+-.*\.tmp$/.test(e.name)) await rm(join(folder, e.name), { recursive: true, force: true });
  }
}

