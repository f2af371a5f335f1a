/**
 * Reading a file of a released version: the one way `release --verify`, `send` (its
 * attachments), `publish` (its downloads) and the release commands themselves read
 * what a version folder holds. A version folder is committed and shared, so what it
 * holds is not trusted: a name from the manifest must be a plain path inside the
 * folder (no `..`, no absolute path), the file must be a regular file there (a
 * symbolic link, even to a file inside, a named pipe or a device is refused without
 * being read), no larger than the manifest records, and it is hashed while it is read
 * in pieces, so a file that lies about itself costs at most what the manifest says.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { CoalitionError } from '../errors.js';
import { isInside } from '../paths.js';
import { kindOf } from '../workspace/regular-file.js';

/** A released document read whole (to mail or publish it): far above any letter's PDF. */
export const MAX_RELEASED_FILE_BYTES = 256 * 1024 * 1024;
const PIECE = 1024 * 1024;
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** What a released file turned out to be, when it is not the file released. */
export interface ReleaseFileProblem {
  problem: 'missing' | 'changed' | 'refused';
  detail: string;
}

/** As the manifest records a file. */
export interface ReleasedRecord {
  bytes: number;
  sha256: string;
}

export type ReleaseFileResult = { ok: true; data?: Buffer } | ({ ok: false } & ReleaseFileProblem);

/**
 * Checks `name` of the version folder `dir` against its record: its hash is computed
 * while it is read, and nothing past the recorded size is read; with `keep`, its bytes
 * are returned too.
 */
export async function checkReleaseFile(dir: string, name: string, record: ReleasedRecord, keep = false): Promise<ReleaseFileResult> {
  if (!plainPath(name)) return { ok: false, problem: 'refused', detail: 'not a path inside the version folder (an absolute path or `..`): nothing outside it is read' };
  const path = join(dir, name);
  const parent = await realpath(dirname(path)).catch(() => undefined);
  if (parent === undefined) return { ok: false, problem: 'missing', detail: 'listed in the manifest, not in the folder' };
  if (!isInside(await realpath(dir), parent)) return { ok: false, problem: 'refused', detail: 'its folder is a link leading out of the version folder: it was not read' };
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: 'missing', detail: 'listed in the manifest, not in the folder' };
    if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, problem: 'refused', detail: 'a symbolic link, not the file released: it was not followed' };
    return { ok: false, problem: 'refused', detail: `cannot be opened (${code ?? (error as Error).message})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, problem: 'refused', detail: `${kindOf(info)}, not the file released: it was not read` };
    if (info.size !== record.bytes) return changed(info.size, undefined, record);
    if (keep && record.bytes > MAX_RELEASED_FILE_BYTES) return { ok: false, problem: 'refused', detail: `${record.bytes} bytes, over the ${MAX_RELEASED_FILE_BYTES / 1048576} MB a released document can be` };
    const hash = createHash('sha256');
    const pieces: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte more than recorded is asked for: a file that grows while it is read is caught.
      const piece = Buffer.alloc(Math.min(PIECE, record.bytes - total + 1));
      const { bytesRead } = await handle.read(piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > record.bytes) return changed(total, undefined, record, 'or more');
      hash.update(piece.subarray(0, bytesRead));
      if (keep) pieces.push(piece.subarray(0, bytesRead));
    }
    const sha256 = hash.digest('hex');
    if (total !== record.bytes || sha256 !== record.sha256) return changed(total, sha256, record);
    return keep ? { ok: true, data: Buffer.concat(pieces, total) } : { ok: true };
  } finally {
    await handle.close();
  }
}

/** A JSON file of a released version (its `signatories.json`), read as every released file is; `release-damaged` when it is not the one released. */
export async function readReleasedJson(version: { dir: string; shown: string; version: number; manifest: { files: Record<string, ReleasedRecord> } }, name: string): Promise<unknown> {
  const record = version.manifest.files[name];
  const result: ReleaseFileResult = record ? await checkReleaseFile(version.dir, name, record, true) : { ok: false, problem: 'missing', detail: 'not listed in the manifest' };
  try {
    if (!result.ok) throw new Error(`${result.problem}: ${result.detail}`);
    return JSON.parse(result.data!.toString('utf8')) as unknown;
  } catch (error) {
    throw new CoalitionError(`${version.shown}/${name} cannot be read (${result.ok ? 'not valid JSON' : (error as Error).message})`, {
      code: 'release-damaged', cause: error,
      hint: `Check the version with \`coalition release --verify <letter> v${version.version}\` and restore it from version control.`,
    });
  }
}

/** A manifest's name for a file: a relative path with `/`, every segment a name. */
function plainPath(name: string): boolean {
  if (!name || isAbsolute(name) || name.includes('\\') || name.includes('\0')) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function changed(size: number, sha256: string | undefined, record: ReleasedRecord, more = ''): ReleaseFileResult {
  const hash = sha256 ? `, SHA-256 ${sha256.slice(0, 12)}…` : '';
  return { ok: false, problem: 'changed', detail: `${size} bytes${more ? ` ${more}` : ''}${hash}; released: ${record.bytes} bytes, ${record.sha256.slice(0, 12)}…` };
}
