/**
 * Finding a Chromium-family browser the way careful tools do: an explicit path, then
 * PUPPETEER_EXECUTABLE_PATH or CHROME_PATH, then the browser puppeteer's configuration
 * file names, then puppeteer's own download (when one was installed), then the usual
 * install paths on Linux and macOS.
 *
 * Among the downloads and the install paths, Chromium's headless shell comes first,
 * puppeteer's (`chrome-headless-shell`) then Debian's (`chromium-headless-shell`), before
 * any full Chrome or Chromium, puppeteer's then the system's: it is the
 * same Blink and the same printing code without the desktop browser around it, so it
 * prints the same PDFs, byte for byte, for a third of the CPU (docs/performance.md,
 * "The headless shell"). A full Chrome or Chromium is used when it is the only one.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { CoalitionError, ExitCode } from '../errors.js';

export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium-headless-shell',
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
  'Install one (Debian: `sudo apt-get install chromium-headless-shell`, the lightest, or `chromium`; Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`), ' +
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

export interface BrowserPlaces {
  /** The browser puppeteer's configuration file names (`.puppeteerrc`, `executablePath`): used first, whatever it is. */
  configured?: () => string | undefined;
  /** Where puppeteer's own downloads would be, in order of preference (`puppeteerDownloads`). */
  downloads?: () => readonly string[];
  /** The usual install paths (SYSTEM_BROWSER_PATHS), in order of preference. */
  systemPaths?: readonly string[];
}

/** Chromium's headless shell, by its file name: it is launched in its own headless mode (chromium.ts). */
export function isHeadlessShell(path: string): boolean {
  return /headless[-_]shell(\.exe)?$/i.test(path);
}

/**
 * @param explicit the --chrome-path flag
 */
export function findBrowser(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  places: BrowserPlaces = {},
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
  const configured = safe(places.configured);
  if (configured && isExecutable(configured)) return { path: configured, source: "puppeteer's configuration" };
  const found: BrowserChoice[] = [
    ...(safe(places.downloads) ?? []).map((path) => ({ path, source: "puppeteer's download" })),
    ...(places.systemPaths ?? SYSTEM_BROWSER_PATHS).map((path) => ({ path, source: 'system' })),
  ];
  // A headless shell anywhere before a full browser anywhere; a download before the system's.
  const choice = [...found.filter((c) => isHeadlessShell(c.path)), ...found.filter((c) => !isHeadlessShell(c.path))].find((c) => isExecutable(c.path));
  if (choice) return choice;
  throw new CoalitionError('no Chrome or Chromium browser was found to print PDFs', {
    code: 'no-browser', exitCode: ExitCode.noBrowser, hint: NO_BROWSER_HINT,
  });
}

/** What findBrowser asks of puppeteer. */
export interface PuppeteerPlaces {
  executablePath(options?: { headless?: 'shell' }): string;
  configuration?: { executablePath?: string };
}

/** Where puppeteer looks, for findBrowser: its configuration file's browser, then its downloads. */
export function puppeteerPlaces(puppeteer: PuppeteerPlaces): BrowserPlaces {
  return { configured: () => puppeteer.configuration?.executablePath, downloads: () => puppeteerDownloads(puppeteer) };
}

/**
 * puppeteer's own downloads, its headless shell first (`npx puppeteer browsers install
 * chrome-headless-shell`); a path is only where it would be, not that it is there.
 */
export function puppeteerDownloads(puppeteer: PuppeteerPlaces): string[] {
  return [() => puppeteer.executablePath({ headless: 'shell' }), () => puppeteer.executablePath()]
    .map((where) => safe(where))
    .filter((path): path is string => path !== undefined);
}

function safe<T>(fn: (() => T) | undefined): T | undefined {
  try {
    return fn?.();
  } catch {
    return undefined;
  }
}
