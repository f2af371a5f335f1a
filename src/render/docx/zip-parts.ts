/**
 * The parts of a Word file (an Open Packaging zip), read and written with fflate, every
 * entry dated the same fixed day, so the same letter gives the same bytes whatever the
 * clock says. Every part is deflated again when the file is written.
 *
 * Reading lets each part in through `admit` alone: the one place where what a part may
 * hold is decided (a directory is skipped; limits on a part's inflated size and its
 * ratio to the compressed one, per part and in total, belong there). fflate inflates a
 * part into a buffer of the size its directory entry declares, never more, so a
 * limit on the declared sizes bounds what is inflated.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate';
import { CoalitionError } from '../../errors.js';

/** A Word file's parts by name, in their order in the file. */
export class ZipParts {
  private readonly parts = new Map<string, Uint8Array>();

  /** Parts given by name, in order (text or bytes). */
  static of(files: Iterable<readonly [string, string | Uint8Array]>): ZipParts {
    const parts = new ZipParts();
    for (const [name, content] of files) parts.set(name, content);
    return parts;
  }

  static read(bytes: Uint8Array, origin: string): ZipParts {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (file) => admit(file) });
    } catch (error) {
      // fflate's messages: "invalid zip data", "unknown compression type 12", "invalid block type"…
      throw new CoalitionError(`${origin} is not a Word file that can be read (${(error as Error).message})`, {
        code: 'docx-unreadable', hint: 'Save it again from Word or LibreOffice as a .docx file.', cause: error,
      });
    }
    return ZipParts.of(Object.entries(files));
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes && strFromU8(bytes);
  }

  /** Adds or replaces a part (added parts go last). */
  set(name: string, content: string | Uint8Array): void {
    this.parts.set(name, typeof content === 'string' ? strToU8(content) : content);
  }

  delete(name: string): void {
    this.parts.delete(name);
  }

  /** The zip file, every entry dated `date` (YYYY-MM-DD; zip dates run from 1980 to 2099). */
  write(date: string): Uint8Array {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    // fflate writes the date as the local calendar reads it: local midnight of that day, in every time zone.
    const mtime = new Date(Math.max(1980, Math.min(2099, y)), m - 1, d);
    const files: Zippable = {};
    for (const [name, data] of this.parts) files[name] = data;
    return zipSync(files, { level: 6, mtime });
  }
}

/** Whether a part of a file being read is let in. */
function admit(file: UnzipFileInfo): boolean {
  return !file.name.endsWith('/');
}
