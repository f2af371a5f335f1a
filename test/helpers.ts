/**
 * Test helpers: temporary workspaces on the real file system, the real CLI binary,
 * the in-process CLI, and poppler's tools to read PDFs back.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(REPO, 'bin', 'coalition.js');
/** The original letter (a copy of ../shared/seeds/…-letter.txt, so a clone tests on its own). */
export const SEED = join(REPO, 'test', 'fixtures', 'seed-letter.txt');

const run = promisify(execFile);

/** A fresh temporary folder holding `files` (path → content); removed by `cleanup()`. */
export function tempWorkspace(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'coalition-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary copy of the repository's sample workspace (registry + sample letter). */
export function sampleWorkspace(): { dir: string; cleanup: () => void } {
  const ws = tempWorkspace();
  cpSync(join(REPO, 'signatories.yaml'), join(ws.dir, 'signatories.yaml'));
  cpSync(join(REPO, 'letters'), join(ws.dir, 'letters'), { recursive: true });
  return ws;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * For a command that must start its own Chromium, as a user's does, rather than print in
 * the run's shared one (test/support/shared-browser.ts): an `env` to add to `cli()` or to
 * a process the test starts. Tests about the browser's start, its end and its profile
 * folder use it. Not for in-process runs: they print with this process's environment,
 * which names the shared browser.
 */
export const OWN_BROWSER: NodeJS.ProcessEnv = { COALITION_BROWSER_WS_ENDPOINT: undefined };

/** A Chromium for a test to drive pages in (axe, the preview), as a user's browser. */
export interface DrivenBrowser {
  newPage(): Promise<Page>;
  /** Closes its pages (and the browser, when it started one). */
  close(): Promise<void>;
}

/**
 * A browser for the test, got as a command gets its own (src/pdf/chromium.ts): a context
 * of the test's own in the run's shared Chromium (test/support/shared-browser.ts), or a
 * Chromium of its own, with the CLI's flags, when the run has none.
 */
export async function drivenBrowser(): Promise<DrivenBrowser> {
  const { launchChromium } = await import('../src/pdf/chromium.js');
  // A browser a test drives draws frames, as a user's does: screenshots and painting work.
  const chromium = await launchChromium(undefined, { screenshots: true });
  return { newPage: () => chromium.tabs.newPage(), close: () => chromium.close() };
}

/** Runs the real binary (`bin/coalition.js`) as a user would. */
export async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      timeout: options.timeout ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Runs the CLI in-process (from `src/`), capturing its output. */
export async function cliInProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<CliResult> {
  const { run: runCli } = await import('../src/cli/main.js');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runCli(['node', 'coalition', ...args], { stdout, stderr, env, cwd });
  return { code, stdout: out, stderr: err };
}

/**
 * `cli()` in this process: the same arguments and options (its `env` added to this
 * process's environment, as `cli` does), run by `run()` from src/ without starting Node
 * or loading the bundle. For tests about what a command does rather than about the
 * binary, its signals or its exit.
 */
export function cliInThisProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return cliInProcess(args, options.cwd ?? REPO, { ...process.env, NO_COLOR: '1', ...options.env });
}

/** The text of a PDF, as poppler's pdftotext reads it (reading order, no layout). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** pdfinfo's fields (`Title`, `Pages`, `Tagged`…). */
export function pdfInfo(path: string): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
  return Object.fromEntries(
    text.split('\n').filter((l) => l.includes(':')).map((l) => {
      const i = l.indexOf(':');
      return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
    }),
  );
}

/** Collapses whitespace (line wraps, hyphenation-free) for comparing prose. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
