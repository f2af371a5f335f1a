/**
 * Word files opened by a real client: LibreOffice Writer, headless, converts them to
 * PDF (one process for all the files of a test, as each start costs seconds), and
 * poppler reads the text back. Each run has a private LibreOffice profile, removed
 * afterwards, so runs never share or leave state.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts `files` to PDF into `outDir`; returns each file's PDF, by the Word file's path. */
export function convertWithLibreOffice(files: readonly string[], outDir: string): Map<string, string> {
  const profile = mkdtempSync(join(tmpdir(), 'coalition-lo-profile-'));
  try {
    execFileSync('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--norestore', '--nolockcheck',
      '--convert-to', 'pdf', '--outdir', outDir, ...files,
    ], { stdio: 'pipe', timeout: 240_000, env: { ...process.env, HOME: profile } });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = new Map<string, string>();
  for (const file of files) {
    const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not open ${file}`);
    pdfs.set(file, pdf);
  }
  return pdfs;
}
