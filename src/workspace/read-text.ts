/**
 * Reads a user's text file defensively: a clear error for a missing file, one that is
 * not a regular file (regular-file.ts), a binary file, invalid UTF-8 or a file too
 * large to be a letter; a BOM is dropped and CRLF
 * line endings become LF (line numbers stay the same). Every reader of a letter or of
 * the registry comes through here, the editing commands too, so the limits hold for all.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { readRegularFile, readRegularFileSync } from './regular-file.js';

/** Far above any real registry (100,000 signatories take about 7 MB), low enough to keep memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * A letter's limit: a long letter is tens of kilobytes and images are separate files,
 * so 10 MB (about 5,000 printed pages) is only reached by a mistake or an attack, and
 * refusing it early beats a print that runs into the timeout.
 */
export const MAX_LETTER_BYTES = 10 * 1024 * 1024;

/** A file's text as the program works on it, and what the file had, so an edit can write it back the same way. */
export interface DecodedText {
  /** LF line endings, no BOM. */
  text: string;
  bom: boolean;
  crlf: boolean;
}

export async function readTextFile(absolutePath: string, displayPath: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return (await readText(absolutePath, displayPath, maxBytes)).text;
}

export async function readText(absolutePath: string, displayPath: string, maxBytes = MAX_INPUT_BYTES): Promise<DecodedText> {
  return decodeText(await readRegularFile(absolutePath, displayPath, maxBytes), displayPath);
}

/** The same, synchronously. */
export function readTextSync(absolutePath: string, displayPath: string, maxBytes = MAX_INPUT_BYTES): DecodedText {
  return decodeText(readRegularFileSync(absolutePath, displayPath, maxBytes), displayPath);
}

function decodeText(bytes: Uint8Array, displayPath: string): DecodedText {
  // NUL first: a binary file (an image, a PDF saved as .md) is named as such, not as bad UTF-8.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineAndColumn(bytes, nul);
    throw new CoalitionError(`${displayPath}:${line}:${column}: contains a NUL byte; this looks like a binary file`, {
      code: 'binary-file',
      hint: 'Letters and the registry are plain text: remove the NUL character or restore the file.',
      diagnostics: [{ file: displayPath, line, column, severity: 'error', code: 'binary-file', message: 'contains a NUL byte: this looks like a binary file, not text', hint: 'Remove the NUL character, or restore the file from version control.' }],
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const { line, column } = lineAndColumn(bytes, firstInvalidUtf8(bytes));
    const what = 'is not valid UTF-8 text (a byte here belongs to another encoding, such as Latin-1 or Windows-1252)';
    const hint = 'Save the file as UTF-8 (in most editors: "Save with encoding"), or retype the character here.';
    throw new CoalitionError(`${displayPath}:${line}:${column} ${what}`, {
      code: 'invalid-utf8', exitCode: ExitCode.input, hint, cause: error,
      diagnostics: [{ file: displayPath, line, column, severity: 'error', code: 'invalid-utf8', message: what, hint }],
    });
  }
  // The decoder drops a BOM itself; an edit must write it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n'), bom, crlf: text.includes('\r\n') };
}

/** 1-based line and column (in characters, as editors count) of byte `offset`. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points above U+10FFFF.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += length;
  }
  return i;
}
