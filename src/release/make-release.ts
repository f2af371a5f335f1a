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
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkWorkspace } from '../check/check-workspace.js';
import { CoalitionError, compareDiagnostics, ExitCode, hasErrors, type Diagnostic } from '../errors.js';
import { formatCalendarDate, localToday } from '../i18n/intl.js';
import { loadStrings, fill } from '../i18n/strings.js';
import type { ReleaseRecord } from '../model/schema.js';
import { packageVersion } from '../package-root.js';
import { buildLetters, type BuildProgress } from '../pipeline/build-letters.js';
import type { OutputFormat } from '../pipeline/output-formats.js';
import { outputBaseName } from '../pipeline/output-paths.js';
import { textFingerprint } from '../registry/fingerprint.js';
import { letterViews } from '../render/letter-html.js';
import type { LetterView } from '../resolve/letter-view.js';
import { makeWritableFolder, writeFileAtomic } from '../workspace/atomic-write.js';
import { openLetterForEdit, saveLetterEdit, type LetterEdit } from '../workspace/letter-edit.js';
import { openWorkspace, prepareLetter, withSigners, type PreparedLetter, type Workspace } from '../workspace/load.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { parseLetter } from '../workspace/read-letter.js';
import { displayPath } from '../workspace/workspace.js';
import { changesMarkdown, compareVersions, signersChanged, type ReleaseChanges } from './changes.js';
import { CHANGES_FILE, MANIFEST_FILE, manifestText, releasedOn, sha256, type Manifest } from './manifest.js';
import { characterCount, letterPlainText } from './plain-text.js';
import { latestVersion, RELEASES_DIR, releaseSeries, versionName, type ReleasedVersion } from './release-store.js';
import { takeSnapshot } from './snapshot.js';
import { signatoriesCsv, signatoriesJson, signatoryRows, type SignatoryRow } from './signatory-table.js';

export interface ReleaseOptions {
  root: string;
  /** Absolute path of the letter. */
  letter: string;
  formats: readonly OutputFormat[];
  /** Set `signing.updated` to this date in this version (and in the letter). */
  updated?: string;
  chromePath?: string;
  /** Per-document print timeout in milliseconds. */
  timeout?: number;
  /** `YYYY-MM-DD` for the checks that depend on the day (default: today). */
  today?: string;
  onProgress?: (event: BuildProgress) => void;
}

export interface ReleasedFile {
  name: string;
  bytes: number;
  /** For the plain-text letters: their length in characters. */
  characters?: number;
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
  const { ws, prepared, checked } = await readyToRelease(options, file, today);
  const fm = prepared.letter.frontMatter!;
  const { views } = letterViews(ws, prepared, fm.languages, false);
  const signers = views[0]!.signing.count;

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
    made = await makeVersion({ ...options, ws, prepared, views, temp, version, previous, now, file, signers });
    await rename(temp, dir);
  } catch (error) {
    dropTemp();
    throw error;
  } finally {
    process.off('exit', dropTemp);
  }

  const record: ReleaseRecord = { version, date: localToday(now), signers, manifest: `sha256:${sha256(made.manifestText)}` };
  const recordEdit = await openLetterForEdit(options.letter, file);
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

/**
 * The letter read for its release (with `signing.updated` set when asked), or the
 * refusal listing every problem: `check`'s errors, and a letter that prints no one.
 */
async function readyToRelease(options: ReleaseOptions, file: string, today: string): Promise<{ ws: Workspace; prepared: PreparedLetter; checked: Diagnostic[] }> {
  const { root } = options;
  const check = await checkWorkspace({ root, letters: [options.letter], today });
  const problems = [...check.diagnostics];
  const broken = hasErrors(problems);
  // A broken registry cannot be opened; `check` has said why.
  const ws = broken ? await openWorkspace(root).catch(() => undefined) : await openWorkspace(root);
  let prepared: PreparedLetter | undefined;
  if (ws && options.updated && !broken) {
    const edit = await openLetterForEdit(options.letter, file);
    edit.editor.set(['signing', 'updated'], options.updated);
    prepared = withSigners(ws, parseLetter(editedText(edit), file, options.letter));
  } else if (ws) {
    prepared = await prepareLetter(ws, options.letter);
  }
  // Only confirmed signers in the registry are printed (unknown ids are errors already).
  const printed = prepared?.signers?.filter((s) => s.status === 'confirmed' && ws!.registry.signatories.has(s.id)) ?? [];
  if (prepared?.signers && !printed.length) problems.push(noSigners(prepared));
  const errors = problems.filter((d) => d.severity === 'error').length;
  if (errors || !ws || !prepared?.signers) {
    throw refused(file, problems.sort(compareDiagnostics), `${errors} problem${errors === 1 ? '' : 's'}`);
  }
  return { ws, prepared, checked: check.diagnostics };
}

interface Made {
  files: ReleasedFile[];
  manifestText: string;
  changes?: ReleaseChanges;
  warnings: Diagnostic[];
}

interface VersionJob extends ReleaseOptions {
  ws: Workspace;
  prepared: PreparedLetter;
  views: LetterView[];
  temp: string;
  version: number;
  previous?: ReleasedVersion;
  now: Date;
  file: string;
  signers: number;
}

/** Writes every file of the version into `job.temp`; refuses when they are those of the previous version. */
async function makeVersion(job: VersionJob): Promise<Made> {
  const { ws, prepared, views, temp } = job;
  const letter = prepared.letter;
  const fm = letter.frontMatter!;
  const build = await buildLetters({
    root: job.root, formats: [...job.formats], outDir: temp, workspace: ws, prepared: [prepared],
    chromePath: job.chromePath, timeout: job.timeout, onProgress: job.onProgress,
  });
  const built = build.letters[0]!;
  if (built.error) throw built.error;
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
    signers: job.signers,
    text: Object.fromEntries(fm.languages.map((lang) => [lang, textFingerprint(new Map([[lang, letter.bodies.get(lang)!]]))])),
    files: {},
    snapshot: takeSnapshot(ws, prepared, views),
    tool: { name: 'coalition', version: packageVersion() },
  };
  let changes: ReleaseChanges | undefined;
  if (job.previous) {
    const previousRows = await readRows(job.previous);
    changes = compareVersions({ manifest: job.previous.manifest, rows: previousRows }, { manifest, rows }, letter, prepared.signers!);
    const text = changesMarkdown(changes, job.version, job.file, localToday(job.now), job.signers, job.previous.manifest.signers);
    await writeFileAtomic(join(temp, CHANGES_FILE), text, CHANGES_FILE);
  }
  manifest.files = await hashFiles(temp);
  const text = manifestText(manifest);
  await writeFileAtomic(join(temp, MANIFEST_FILE), text, MANIFEST_FILE);
  const sizes = Object.entries(manifest.files).map(([name, f]): ReleasedFile => ({ name, bytes: f.bytes, ...(characters.has(name) ? { characters: characters.get(name)! } : {}) }));
  sizes.push({ name: MANIFEST_FILE, bytes: Buffer.byteLength(text) });
  return { files: sizes, manifestText: text, warnings, ...(changes ? { changes } : {}) };
}

/** SHA-256 and size of every file in `dir` (not manifest.json), by name. */
export async function hashFiles(dir: string): Promise<Manifest['files']> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== MANIFEST_FILE).map((e) => e.name).sort();
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
    const rows = JSON.parse(await readFile(join(version.dir, 'signatories.json'), 'utf8')) as unknown;
    if (!Array.isArray(rows)) throw new Error('not a list');
    return rows as SignatoryRow[];
  } catch (error) {
    throw new CoalitionError(`${version.shown}/signatories.json cannot be read: ${(error as Error).message}`, {
      code: 'release-damaged', cause: error,
      hint: `Check the version with \`coalition release --verify <letter> ${versionName(version.version)}\` and restore it from version control.`,
    });
  }
}

function editedText(edit: LetterEdit): string {
  return edit.file.text.slice(0, edit.span.start) + edit.editor.text + edit.file.text.slice(edit.span.end);
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

function refused(file: string, diagnostics: Diagnostic[], what: string): CoalitionError {
  return new CoalitionError(`${file} was not released: ${what}`, {
    code: 'release-refused', exitCode: ExitCode.input, diagnostics,
    hint: 'Fix what is listed (`coalition check` shows it too) and release again.',
  });
}

function noSigners(prepared: PreparedLetter): Diagnostic {
  const { letter } = prepared;
  const pending = prepared.signers?.filter((s) => s.status === 'pending').length ?? 0;
  return {
    file: letter.file, ...(letter.source?.locate(['signatories']) ?? { line: 0, column: 0 }), severity: 'error', code: 'no-signers',
    message: `no confirmed signatory: the letter would be sent with no one's name on it${pending ? ` (${pending} pending, not printed until confirmed)` : ''}`,
    hint: pending ? 'Confirm them first: coalition confirm <letter> <id…>' : 'Add signatories: coalition sign <letter> <id…>',
  };
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
