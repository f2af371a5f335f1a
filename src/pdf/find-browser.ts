/**
 * Finding a Chromium-family browser the way careful tools do: an explicit path, then
 * PUPPETEER_EXECUTABLE_PATH or CHROME_PATH, then puppeteer's own download (when one was
 * installed), then the usual install paths on Linux and macOS.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { CoalitionError, ExitCode } from '../errors.js';

export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

export const NO_BROWSER_HINT =
  'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`), ' +
  'or point to one with --chrome-path or PUPPETEER_EXECUTABLE_PATH. HTML output does not need a browser: --format html.';

export interface BrowserChoice {
  path: string;
  /** Where the path came from, for `--debug` and error messages. */
  source: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * @param explicit the --chrome-path flag
 * @param puppeteerPath puppeteer's own download location, if it can tell one
 */
export function findBrowser(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  puppeteerPath?: () => string | undefined,
): BrowserChoice {
  const named: [string | undefined, string][] = [
    [explicit, '--chrome-path'],
    [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'],
    [env.CHROME_PATH, 'CHROME_PATH'],
  ];
  for (const [path, source] of named) {
    if (!path) continue;
    // A path the user named explicitly must work: silently falling back would hide a typo.
    if (!isExecutable(path)) {
      throw new CoalitionError(`the browser named by ${source} (${path}) ${existsSync(path) ? 'is not executable' : 'does not exist'}`, {
        code: 'no-browser', exitCode: ExitCode.noBrowser, hint: NO_BROWSER_HINT,
      });
    }
    return { path, source };
  }
  const downloaded = safe(puppeteerPath);
  if (downloaded && isExecutable(downloaded)) return { path: downloaded, source: "puppeteer's download" };
  for (const path of SYSTEM_BROWSER_PATHS) if (isExecutable(path)) return { path, source: 'system' };
  throw new CoalitionError('no Chrome or Chromium browser was found to print PDFs', {
    code: 'no-browser', exitCode: ExitCode.noBrowser, hint: NO_BROWSER_HINT,
  });
}

function safe(fn: (() => string | undefined) | undefined): string | undefined {
  try {
    return fn?.();
  } catch {
    return undefined;
  }
}
