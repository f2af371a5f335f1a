/**
 * Reads a user's text file defensively: a clear error for a missing file, a binary
 * file, invalid UTF-8 or a file too large to be a letter; a BOM is dropped and CRLF
 * line endings become LF (line numbers stay the same).
 */
import { readFile, stat } from 'node:fs/promises';
import { CoalitionError, ExitCode } from '../errors.js';

/** Far above any real letter or registry, low enough to keep memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readTextFile(absolutePath: string, displayPath: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(absolutePath);
    if (!info.isFile()) throw inputError(displayPath, 'not-a-file', 'is not a regular file', 'Name a file, not a folder.');
    size = info.size;
  } catch (error) {
    if (error instanceof CoalitionError) throw error;
    throw inputError(displayPath, 'file-not-found', 'does not exist or cannot be read', 'Check the path (it is relative to the workspace).', error);
  }
  if (size > MAX_INPUT_BYTES) {
    throw inputError(displayPath, 'file-too-large', `is ${Math.round(size / 1048576)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`, 'Split the file, or remove embedded data.');
  }
  const bytes = await readFile(absolutePath);
  return decodeText(bytes, displayPath);
}

export function decodeText(bytes: Uint8Array, displayPath: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw inputError(displayPath, 'invalid-utf8', 'is not valid UTF-8 text', 'Save the file as UTF-8 (in most editors: "Save with encoding").', error);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    throw new CoalitionError(`${displayPath}:${line}: contains a NUL byte; this looks like a binary file`, {
      code: 'binary-file',
      hint: 'Letters and the registry are plain text: remove the NUL character or restore the file.',
      diagnostics: [{ file: displayPath, line, column: 0, severity: 'error', code: 'binary-file', message: 'contains a NUL byte (binary content)', hint: 'Remove it or restore the file from version control.' }],
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

function inputError(file: string, code: string, what: string, hint: string, cause?: unknown): CoalitionError {
  return new CoalitionError(`${file} ${what}`, {
    code,
    exitCode: ExitCode.input,
    hint,
    cause,
    diagnostics: [{ file, line: 0, column: 0, severity: 'error', code, message: what, hint }],
  });
}
