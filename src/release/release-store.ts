/**
 * Where a letter's releases live: `releases/<date>-<slug>/v<N>/`, named as `build`
 * names its documents. The version folders are the record of what was sent; the
 * letter's `releases:` list repeats their number, date, signer count and manifest hash.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { ReleaseRecordSchema, type ReleaseRecord } from '../model/schema.js';
import { rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';
import { displayPath, letterSlug } from '../workspace/workspace.js';
import { readManifest, type Manifest } from './manifest.js';

export const RELEASES_DIR = 'releases';

export interface ReleaseSeries {
  /** `<root>/releases/<date>-<slug>`. */
  folder: string;
  /** The folder as shown to a user (relative to the workspace). */
  shown: string;
  /** The version numbers that have a folder, lowest first. */
  versions: number[];
  /** The letter's `releases:` entries that are well formed. */
  records: ReleaseRecord[];
}

export interface ReleasedVersion {
  version: number;
  dir: string;
  shown: string;
  manifest: Manifest;
  /** manifest.json's own text (its hash is in the letter's record). */
  manifestText: string;
}

/** `releases/<date>-<slug>` for a letter named `name` dated `date`. */
function releaseFolder(root: string, name: string, date: string): string {
  return join(root, RELEASES_DIR, `${date}-${letterSlug(name)}`.replace(/[/\\]/g, '_'));
}

export function versionName(version: number): string {
  return `v${version}`;
}

/** `v2` or `2` → 2; anything else is wrong usage. */
export function parseVersion(arg: string): number {
  const match = /^v?([1-9]\d{0,5})$/i.exec(arg.trim());
  if (!match) {
    throw new CoalitionError(`"${arg}" is not a version: expected v1, v2…`, {
      code: 'invalid-version', exitCode: ExitCode.usage, hint: 'Name a version as `coalition releases <letter>` lists it, e.g. v1.',
    });
  }
  return Number(match[1]);
}

/** The release series of a loaded letter (its date read even when the letter has other errors). */
export async function releaseSeries(root: string, letter: LoadedLetter): Promise<ReleaseSeries> {
  const raw = rawFrontMatter(letter);
  const date = letter.frontMatter?.date ?? (typeof raw.date === 'string' ? raw.date : '');
  const folder = releaseFolder(root, letter.name, date);
  const records = Array.isArray(raw.releases)
    ? raw.releases.flatMap((r) => {
        const parsed = ReleaseRecordSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { folder, shown: displayPath(root, folder), versions: await versionsIn(folder), records };
}

/** Version numbers with a `v<N>` folder; temporary folders of a release under way are not versions. */
async function versionsIn(folder: string): Promise<number[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .flatMap((e) => {
      const match = e.isDirectory() ? /^v([1-9]\d*)$/.exec(e.name) : null;
      return match ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

export async function readVersion(series: ReleaseSeries, version: number): Promise<ReleasedVersion> {
  const dir = join(series.folder, versionName(version));
  const shown = `${series.shown}/${versionName(version)}`;
  if (!series.versions.includes(version)) {
    const known = series.versions.map(versionName).join(', ');
    throw new CoalitionError(`${shown} does not exist`, {
      code: 'unknown-version', exitCode: ExitCode.usage,
      hint: known ? `This letter's versions: ${known}.` : 'This letter has no release yet: `coalition release <letter>` makes v1.',
    });
  }
  const { manifest, text } = await readManifest(dir, shown);
  return { version, dir, shown, manifest, manifestText: text };
}

export async function latestVersion(series: ReleaseSeries): Promise<ReleasedVersion | undefined> {
  const last = series.versions[series.versions.length - 1];
  return last === undefined ? undefined : readVersion(series, last);
}

/** Every file under a version's folder (links, pipes and the like too, never followed), by its path inside it with `/`, sorted. */
export async function versionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}
