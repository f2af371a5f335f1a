/**
 * `coalition release --verify <letter> [vN]`: every file of a released version hashed
 * again and compared with its manifest, and the manifest with the hash the letter's
 * `releases:` recorded for it, so an edited file — or an edited manifest — is named.
 * Only regular files inside the version folder are read, each no further than the
 * size its manifest records (release-file.ts); anything else there is named, unread.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { loadLetter } from '../workspace/read-letter.js';
import { displayPath } from '../workspace/workspace.js';
import { MANIFEST_FILE, sha256 } from './manifest.js';
import { checkReleaseFile } from './release-file.js';
import { readVersion, releaseSeries, versionFiles, versionName } from './release-store.js';

export interface FileProblem {
  file: string;
  /** `refused`: a link, a named pipe, a device, or a path leading out of the folder, which is not read. */
  problem: 'changed' | 'missing' | 'added' | 'unreadable' | 'refused';
  detail: string;
}

export interface VersionCheck {
  version: number;
  shown: string;
  /** Files whose hash was checked. */
  checked: number;
  problems: FileProblem[];
  /** Whether the letter's `releases:` records this version (a release interrupted after its folder was made is not). */
  recorded: boolean;
}

export async function verifyReleases(root: string, letterPath: string, version?: number): Promise<{ file: string; versions: VersionCheck[] }> {
  const file = displayPath(root, letterPath);
  const series = await releaseSeries(root, await loadLetter(letterPath, file));
  if (!series.versions.length) {
    throw new CoalitionError(`${file} has no release to verify (no ${series.shown}/v<N>/ folder)`, {
      code: 'no-release', exitCode: ExitCode.usage, hint: `\`coalition release ${file}\` makes v1.`,
    });
  }
  const versions = version === undefined ? series.versions : [version];
  const checks: VersionCheck[] = [];
  for (const n of versions) {
    const record = series.records.find((r) => r.version === n);
    let released;
    try {
      released = await readVersion(series, n);
    } catch (error) {
      if (!(error instanceof CoalitionError) || error.code === 'unknown-version') throw error;
      checks.push({ version: n, shown: `${series.shown}/${versionName(n)}`, checked: 0, recorded: Boolean(record), problems: [{ file: MANIFEST_FILE, problem: 'unreadable', detail: error.message }] });
      continue;
    }
    const problems: FileProblem[] = [];
    const manifestHash = `sha256:${sha256(released.manifestText)}`;
    if (record && record.manifest !== manifestHash) {
      problems.push({ file: MANIFEST_FILE, problem: 'changed', detail: `its hash is ${manifestHash.slice(0, 19)}…, the letter recorded ${record.manifest.slice(0, 19)}…` });
    }
    for (const [name, expected] of Object.entries(released.manifest.files)) {
      // Streamed and hashed, no further than the manifest's size; only regular files inside the folder (release-file.ts).
      const result = await checkReleaseFile(released.dir, name, expected);
      if (!result.ok) problems.push({ file: name, problem: result.problem, detail: result.detail });
    }
    const present = await versionFiles(released.dir);
    for (const name of present) {
      if (name !== MANIFEST_FILE && !(name in released.manifest.files)) problems.push({ file: name, problem: 'added', detail: 'not part of the release' });
    }
    checks.push({ version: n, shown: released.shown, checked: Object.keys(released.manifest.files).length + 1, problems, recorded: Boolean(record) });
  }
  return { file, versions: checks };
}
