/**
 * Word files opened by a real client: LibreOffice Writer, headless, converts them to
 * PDF, and poppler reads the text back. Each LibreOffice has a private profile, removed
 * afterwards, so runs never share or leave state.
 *
 * A start of LibreOffice costs about 4 s of CPU, and nine test files open Word files:
 * where Python's UNO bridge is installed (Debian's python3-uno, which LibreOffice
 * recommends), each test worker starts one LibreOffice, listening on a pipe, the first
 * time it needs one, and every later conversion of that worker goes to it
 * (convert-with-office.py); the run's teardown ends them. Elsewhere each conversion
 * starts LibreOffice with `--convert-to pdf`, as before. Both export with the same
 * filter.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { inject } from 'vitest';

/** The Python that has Debian's UNO bridge (a pyenv or venv python on PATH may not). */
const PYTHON = '/usr/bin/python3';
const CONVERT = join(dirname(fileURLToPath(import.meta.url)), 'convert-with-office.py');

interface Office {
  /** The UNO pipe it listens on. */
  pipe: string;
  /** Its process group. */
  group: number;
}

/** This worker's LibreOffice: not yet asked for, started, or null when conversions start their own. */
let office: Office | undefined | null;
/** How many this worker started. */
let started = 0;

/** Converts `files` to PDF into `outDir`; returns each file's PDF, by the Word file's path. */
export function convertWithLibreOffice(files: readonly string[], outDir: string): Map<string, string> {
  const running = listeningOffice();
  if (!running || !convertedBy(running, files, outDir)) convertWithOneOffice(files, outDir);
  const pdfs = new Map<string, string>();
  for (const file of files) {
    const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not open ${file}`);
    pdfs.set(file, pdf);
  }
  return pdfs;
}

/** This worker's LibreOffice, started on first use; null where Python's UNO bridge is missing. */
function listeningOffice(): Office | null {
  if (office !== undefined) return office;
  try {
    execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'pipe' });
  } catch {
    return (office = null);
  }
  // A new name for each start (a killed office leaves its pipe's socket behind), and for
  // each worker, whether it is a process or a thread.
  const name = `office-${process.pid}-${threadId}-${++started}`;
  const profile = join(inject('officeFolder'), name);
  // Its own process group, so that one kill ends the launcher and the soffice.bin it
  // starts: the run's teardown (test/support/office-folder.ts) kills that group.
  const child = spawn('soffice', [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless', '--norestore', '--nolockcheck', '--nologo', '--nodefault',
    `--accept=pipe,name=coalition-test-${name};urp;StarOffice.ComponentContext`,
  ], { stdio: 'ignore', detached: true, env: { ...process.env, HOME: profile } });
  // A failed start is seen by the converter, which then finds no office: no crash here.
  child.on('error', () => undefined);
  child.unref();
  if (child.pid === undefined) return (office = null);
  writeFileSync(join(inject('officeFolder'), `${name}.pgid`), String(child.pid));
  return (office = { pipe: `coalition-test-${name}`, group: child.pid });
}

/**
 * Converts through a listening office. One that fails (it may have crashed on an earlier
 * file) is ended, and the next conversion starts another; this one is left to a
 * LibreOffice of its own.
 */
function convertedBy(running: Office, files: readonly string[], outDir: string): boolean {
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(PYTHON, [CONVERT, running.pipe, outDir, ...files], { stdio: 'pipe', timeout: 240_000 });
    return true;
  } catch {
    try {
      process.kill(-running.group, 'SIGKILL');
    } catch {
      // already ended
    }
    office = undefined;
    return false;
  }
}

function convertWithOneOffice(files: readonly string[], outDir: string): void {
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
}
