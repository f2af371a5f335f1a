/**
 * Reading and writing a user's file for an edit: the edit works on LF text without a
 * BOM, and the file is written back with the BOM and line endings it had, so lines
 * the edit did not touch stay byte for byte the same.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
import { decodeText } from './read-text.js';
import { CoalitionError, ExitCode } from '../errors.js';

export interface EditableFile {
  absolutePath: string;
  displayPath: string;
  /** LF line endings, no BOM. */
  text: string;
  bom: boolean;
  crlf: boolean;
}

export async function readEditable(absolutePath: string, displayPath: string): Promise<EditableFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw new CoalitionError(`${displayPath} does not exist or cannot be read`, {
      code: 'file-not-found', exitCode: ExitCode.input, cause: error, hint: 'Check the path (it is relative to the workspace).',
    });
  }
  const raw = bytes.toString('utf8');
  return {
    absolutePath,
    displayPath,
    text: decodeText(bytes, displayPath),
    bom: raw.charCodeAt(0) === 0xfeff,
    crlf: /\r\n/.test(raw),
  };
}

/** Writes `text` (LF) back atomically in the file's own encoding conventions. */
export async function writeEditable(file: EditableFile, text: string, options?: AtomicWriteOptions): Promise<void> {
  const body = file.crlf ? text.replace(/\n/g, '\r\n') : text;
  await writeFileAtomic(file.absolutePath, (file.bom ? '\ufeff' : '') + body, file.displayPath, options);
}
