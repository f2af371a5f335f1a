/**
 * Reading and writing a user's file for an edit: the edit works on LF text without a
 * BOM (read with the same checks and limits as every other read: read-text.ts), and
 * the file is written back with the BOM and line endings it had, so lines the edit
 * did not touch stay byte for byte the same.
 */
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
import { MAX_INPUT_BYTES, readText, type DecodedText } from './read-text.js';

export interface EditableFile extends DecodedText {
  absolutePath: string;
  displayPath: string;
}

export async function readEditable(absolutePath: string, displayPath: string, maxBytes = MAX_INPUT_BYTES): Promise<EditableFile> {
  return { absolutePath, displayPath, ...(await readText(absolutePath, displayPath, maxBytes)) };
}

/** Writes `text` (LF) back atomically in the file's own encoding conventions. */
export async function writeEditable(file: EditableFile, text: string, options?: AtomicWriteOptions): Promise<void> {
  const body = file.crlf ? text.replace(/\n/g, '\r\n') : text;
  await writeFileAtomic(file.absolutePath, (file.bom ? '\ufeff' : '') + body, file.displayPath, options);
}
