/**
 * A sign-on export's text, whatever program saved it: UTF-8 (with or without a BOM),
 * UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252, which Excel on Windows
 * writes for "CSV (comma delimited)" — "Asociación" there is one byte per letter, not
 * valid UTF-8. UTF-8 is tried first: bytes that read as UTF-8 almost never are anything
 * else. Which encoding was used is reported, so a wrong guess can be seen.
 */
import { readFile } from 'node:fs/promises';
import { CoalitionError } from '../../errors.js';
import { readTextFile } from '../../workspace/read-text.js';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export async function readCsvText(absolutePath: string, displayPath: string): Promise<{ text: string; encoding: CsvEncoding }> {
  try {
    return { text: await readTextFile(absolutePath, displayPath), encoding: 'utf-8' };
  } catch (error) {
    // Size, existence and kind of file were checked by the first reading; only the encoding is in doubt.
    if (!(error instanceof CoalitionError) || (error.code !== 'invalid-utf8' && error.code !== 'binary-file')) throw error;
    const bytes = await readFile(absolutePath);
    const encoding = utf16(bytes) ?? (error.code === 'invalid-utf8' ? 'windows-1252' : undefined);
    if (!encoding) throw error;
    const decoded = encoding === 'windows-1252' ? windows1252(bytes) : new TextDecoder(encoding).decode(bytes);
    const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return { text, encoding };
  }
}

function utf16(bytes: Uint8Array): CsvEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252 by hand: Node's TextDecoder reads this label as ISO-8859-1, which turns
 * Excel's curly quotes, dashes and € (bytes 0x80–0x9F) into invisible control characters.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  bytes.forEach((byte, i) => { units[i] = byte >= 0x80 && byte <= 0x9f ? HIGH.charCodeAt(byte - 0x80) : byte; });
  return new TextDecoder('utf-16le').decode(units);
}
