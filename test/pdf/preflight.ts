/**
 * Apache PDFBox Preflight (Debian's libpdfbox2-java), the PDF/A-1b validator, run once
 * for many files: its `batch` mode reads a list of PDFs and reports each in turn, so
 * one JVM start (about a second) validates them all.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SHORT_JAVA } from '../support/java.js';

const JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map((jar) => `/usr/share/java/${jar}.jar`);

export interface PreflightVerdict {
  valid: boolean;
  /** The validator's own lines: "2.2.2 : Invalid graphics transparency, …". */
  errors: string[];
}

/** Each file's verdict, by path. */
export async function preflight(paths: readonly string[]): Promise<Map<string, PreflightVerdict>> {
  const dir = mkdtempSync(join(tmpdir(), 'coalition-preflight-'));
  try {
    const list = join(dir, 'files.txt');
    writeFileSync(list, `${paths.join('\n')}\n`);
    // It exits with the number of invalid files: read its report whatever the status.
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile('java', [...SHORT_JAVA, '-cp', JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', 'batch', list], {
        maxBuffer: 64 * 1024 * 1024, timeout: 120_000,
      }, (error, out, err) => (out.includes('The file ') ? resolve(out) : reject(error ?? new Error(`Preflight printed no report: ${err}`))));
    });
    // One block per file, in the list's order, each naming the file by its base name.
    const blocks = stdout.split(/^(?=The file )/m).filter((b) => b.startsWith('The file '));
    if (blocks.length !== paths.length) throw new Error(`Preflight reported ${blocks.length} files of ${paths.length}:\n${stdout}`);
    return new Map(paths.map((path, i) => {
      const block = blocks[i]!;
      if (!block.startsWith(`The file ${basename(path)} `)) throw new Error(`Preflight's report ${i + 1} is not about ${basename(path)}:\n${block}`);
      const valid = block.includes('is a valid PDF/A-1b file');
      return [path, { valid, errors: block.split('\n').slice(1).map((l) => l.trim()).filter(Boolean) }];
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
