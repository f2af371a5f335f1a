/**
 * Opening a file to read it: only a regular file is read. A named pipe (FIFO), a
 * device (`/dev/zero`), a socket or a folder under a file's name is refused without
 * a byte read from it: the file is opened without blocking (O_NONBLOCK: opening a
 * FIFO with no writer would wait forever), checked with fstat on the open handle (the
 * file read is the file checked, even if it is swapped meanwhile), and read no
 * further than `maxBytes`, however much it grows while it is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CoalitionError, ExitCode } from '../errors.js';

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** For a file that must not be a link itself (a release's manifest.json): the link is refused, not followed. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export interface ReadOptions {
  /** Says what is wrong with a file over the limit (the default: `file-too-large`). */
  overLimit?: (bytes: number) => CoalitionError;
  /** Refuse a symbolic link instead of following it. */
  noFollow?: boolean;
}

/** What a path turned out to be when it is not a regular file, in words. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The whole file at `path`, when it is a regular file of at most `maxBytes`. */
export async function readRegularFile(path: string, shown: string, maxBytes: number, options: ReadOptions = {}): Promise<Buffer> {
  const handle = await openRegularFile(path, shown, maxBytes, options);
  try {
    return await readAll(handle.handle, handle.size, shown, maxBytes);
  } finally {
    await handle.handle.close();
  }
}

/** Opens `path` for reading when it is a regular file of at most `maxBytes`; its size as fstat gives it. */
export async function openRegularFile(path: string, shown: string, maxBytes: number, options: ReadOptions = {}): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, FLAGS | (options.noFollow ? NO_FOLLOW : 0));
  } catch (error) {
    throw unreadable(shown, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(shown, kindOf(info));
    // Said before a byte is read: a 200 MB file is never read whole to find it too large.
    if (info.size > maxBytes) throw options.overLimit?.(info.size) ?? tooLarge(shown, info.size, maxBytes);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The same, synchronously (templates are read while a page renders). */
export function readRegularFileSync(path: string, shown: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    throw unreadable(shown, error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular(shown, kindOf(info));
    if (info.size > maxBytes) throw tooLarge(shown, info.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(nextChunk(info.size, total, maxBytes));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(shown, total, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

async function readAll(handle: FileHandle, size: number, shown: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(nextChunk(size, total, maxBytes));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(shown, total, maxBytes);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** The file as fstat sized it in one read; then a little more at a time, and never past the limit (a file still growing is stopped there). */
function nextChunk(size: number, read: number, maxBytes: number): number {
  return Math.max(1, Math.min(size > read ? size - read + 1 : 65536, maxBytes + 1 - read));
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);
}

function unreadable(shown: string, error: unknown): CoalitionError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return inputError(shown, 'not-a-file', 'is a symbolic link, which is not followed here', 'Put the file itself in its place.', error);
  return inputError(shown, 'file-not-found', `does not exist or cannot be read${code && code !== 'ENOENT' ? ` (${code})` : ''}`, 'Check the path (it is relative to the workspace).', error);
}

function notRegular(shown: string, kind: string): CoalitionError {
  return inputError(shown, 'not-a-file', `is not a regular file: it is ${kind}, which is not read`, 'Put a regular file in its place (a named pipe, a device or a folder is never read).');
}

function tooLarge(shown: string, size: number, maxBytes: number): CoalitionError {
  return inputError(shown, 'file-too-large', `is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit`, 'Split the file, or move embedded data (images) into files of their own.');
}

function inputError(file: string, code: string, what: string, hint: string, cause?: unknown): CoalitionError {
  return new CoalitionError(`${file} ${what}`, {
    code, exitCode: ExitCode.input, hint, cause,
    diagnostics: [{ file, line: 0, column: 0, severity: 'error', code, message: what, hint }],
  });
}
