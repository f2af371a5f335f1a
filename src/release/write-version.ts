/**
 * The files of one version, written into a folder that is not yet the version's: the
 * documents (through `build`), the plain texts, the signatory list, CHANGES.md from v2
 * on, and the manifest that hashes them all. Refused when every file the previous
 * version also has is byte for byte the same.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CoalitionError, ExitCode, type Diagnostic } from '../errors.js';
import { localToday } from '../i18n/intl.js';
import { packageVersion } from '../package-root.js';
import { buildLetters } from '../pipeline/build-letters.js';
import type { OutputFormat } from '../pipeline/output-formats.js';
import { outputBaseName } from '../pipeline/output-paths.js';
import { textFingerprint } from '../registry/fingerprint.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import type { Workspace } from '../workspace/load.js';
import type { PreparedLetter } from '../resolve/prepare-letter.js';
import { changesMarkdown, compareVersions, type ReleaseChanges } from './changes.js';
import { CHANGES_FILE, MANIFEST_FILE, manifestText, releasedOn, sha256, type Manifest } from './manifest.js';
import { characterCount, letterPlainText } from './plain-text.js';
import { versionFiles, versionName, type ReleasedVersion } from './release-store.js';
import { takeSnapshot } from './snapshot.js';
import { signatoriesCsv, signatoriesJson, signatoryRows, type SignatoryRow } from './signatory-table.js';
import { readReleasedJson } from './release-file.js';

export interface ReleasedFile {
  name: string;
  bytes: number;
  /** For the plain-text letters: their length in characters. */
  characters?: number;
}

export interface Made {
  files: ReleasedFile[];
  /** The signatories printed. */
  signers: number;
  manifestText: string;
  changes?: ReleaseChanges;
  warnings: Diagnostic[];
}

export interface VersionJob {
  root: string;
  formats: readonly OutputFormat[];
  chromePath?: string;
  timeout?: number;
  onProgress?: (printed: number, total: number) => void;
  ws: Workspace;
  prepared: PreparedLetter;
  temp: string;
  version: number;
  previous?: ReleasedVersion;
  now: Date;
  file: string;
}

/** Writes every file of the version into `job.temp`; refuses when they are those of the previous version. */
export async function makeVersion(job: VersionJob): Promise<Made> {
  const { ws, prepared, temp } = job;
  const letter = prepared.letter;
  const fm = letter.frontMatter!;
  const build = await buildLetters({
    root: job.root, formats: [...job.formats], outDir: temp, workspace: ws, prepared: [prepared],
    chromePath: job.chromePath, timeout: job.timeout, onProgress: job.onProgress,
  });
  const built = build.letters[0]!;
  if (built.error) throw built.error;
  // The views the documents were made from: the plain texts, the signatory list and the snapshot are theirs.
  const views = built.views!;
  const signers = views[0]!.signing.count;
  const warnings = built.diagnostics.filter((d) => d.code === 'request-blocked');

  const written: Record<string, string | Uint8Array> = {};
  const characters = new Map<string, number>();
  for (const view of views) {
    const name = `${outputBaseName(letter.name, fm.date, [view.lang])}.txt`;
    const text = letterPlainText(view);
    written[name] = text;
    characters.set(name, characterCount(text));
  }
  const rows = signatoryRows(views, prepared.signers!, ws.registry.signatories);
  written['signatories.json'] = signatoriesJson(rows);
  written['signatories.csv'] = signatoriesCsv(rows, fm.languages);
  for (const [name, data] of Object.entries(written)) await writeFileAtomic(join(temp, name), data, name);

  const files = await hashFiles(temp);
  if (job.previous && sameContent(files, job.previous.manifest.files)) throw unchanged(job, prepared);

  const manifest: Manifest = {
    manifest_version: 1,
    version: job.version,
    released_at: job.now.toISOString(),
    letter: { file: job.file, date: fm.date, languages: fm.languages },
    formats: [...job.formats],
    signers,
    text: Object.fromEntries(fm.languages.map((lang) => [lang, textFingerprint(new Map([[lang, letter.bodies.get(lang)!]]))])),
    files: {},
    snapshot: takeSnapshot(ws, prepared, views),
    tool: { name: 'coalition', version: packageVersion() },
  };
  let changes: ReleaseChanges | undefined;
  if (job.previous) {
    const previousRows = await readRows(job.previous);
    changes = compareVersions({ manifest: job.previous.manifest, rows: previousRows }, { manifest, rows }, letter, prepared.signers!);
    const text = changesMarkdown(changes, job.version, job.file, localToday(job.now), signers, job.previous.manifest.signers);
    await writeFileAtomic(join(temp, CHANGES_FILE), text, CHANGES_FILE);
  }
  manifest.files = await hashFiles(temp);
  const text = manifestText(manifest);
  await writeFileAtomic(join(temp, MANIFEST_FILE), text, MANIFEST_FILE);
  const sizes = Object.entries(manifest.files).map(([name, f]): ReleasedFile => ({ name, bytes: f.bytes, ...(characters.has(name) ? { characters: characters.get(name)! } : {}) }));
  sizes.push({ name: MANIFEST_FILE, bytes: Buffer.byteLength(text) });
  return { files: sizes, signers, manifestText: text, warnings, ...(changes ? { changes } : {}) };
}

/** SHA-256 and size of every file in `dir` (not manifest.json), by name (`<date>-<slug>/<id>.en.pdf` for a copy of `delivery: each`). */
async function hashFiles(dir: string): Promise<Manifest['files']> {
  const names = (await versionFiles(dir)).filter((name) => name !== MANIFEST_FILE);
  const files: Manifest['files'] = {};
  for (const name of names) {
    const data = await readFile(join(dir, name));
    files[name] = { bytes: data.length, sha256: sha256(data) };
  }
  return files;
}

/**
 * The same content as a previous version: every file both have (CHANGES.md aside, which
 * only later versions have) is byte for byte the same. A release in other formats alone
 * is not a new version; `build --release` makes a version's documents in any format.
 */
function sameContent(now: Manifest['files'], before: Manifest['files']): boolean {
  const common = Object.keys(now).filter((name) => name !== CHANGES_FILE && name in before);
  return common.length > 0 && common.every((name) => now[name]!.sha256 === before[name]!.sha256);
}

async function readRows(version: ReleasedVersion): Promise<SignatoryRow[]> {
  try {
    const rows = await readReleasedJson(version, 'signatories.json');
    if (!Array.isArray(rows)) throw new Error('not a list');
    return rows as SignatoryRow[];
  } catch (error) {
    if (error instanceof CoalitionError) throw error;
    throw new CoalitionError(`${version.shown}/signatories.json cannot be read: ${(error as Error).message}`, {
      code: 'release-damaged', cause: error,
      hint: `Check the version with \`coalition release --verify <letter> ${versionName(version.version)}\` and restore it from version control.`,
    });
  }
}

function unchanged(job: VersionJob, prepared: PreparedLetter): CoalitionError {
  const previous = job.previous!;
  const pending = prepared.signers!.filter((s) => s.status === 'pending').length;
  const formats = previous.manifest.formats.join(',');
  const other = formats !== job.formats.join(',') ? `${versionName(previous.version)} holds ${formats}: \`coalition build ${job.file} --release ${versionName(previous.version)} --format ${job.formats.join(',')}\` makes its documents in other formats. ` : '';
  return new CoalitionError(`nothing changed since ${versionName(previous.version)} (released ${releasedOn(previous.manifest)}): the same signatories, text and documents; no new version was made`, {
    code: 'release-unchanged', exitCode: ExitCode.input,
    hint: `${other}${pending ? `${pending} pending signator${pending === 1 ? 'y is' : 'ies are'} not printed until confirmed (coalition confirm). ` : ''}Add, confirm or withdraw signatories or change the text, then release again; \`coalition releases ${job.file}\` lists the versions.`,
  });
}
