/**
 * Starting the headless Chromium that prints: found the way find-browser.ts says, with
 * a profile folder of ours (profile-folder.ts), and connected over a pipe rather than a
 * port, so that Chromium also ends when the process that started it is killed (it
 * notices the pipe closing within about two seconds; over a port it ran on for good).
 *
 * Or, when COALITION_BROWSER_WS_ENDPOINT names a Chromium already running (and no
 * --chrome-path says otherwise), printing in a browser context of our own in it: no
 * start, no profile folder, and nothing of ours left in it afterwards. A CI job or a
 * test suite that prints hundreds of letters pays Chromium's start (about 1.5 s of CPU)
 * once instead of once per command. What the variable names is checked first
 * (browser-endpoint.ts). In the warm process, a browser it keeps (`keepBrowser`).
 */
import type { Browser, BrowserContext } from 'puppeteer';
import { CoalitionError, ExitCode } from '../errors.js';
import { BROWSER_ENDPOINT_VARIABLE, ENDPOINT_HINT, endpointProblem } from './browser-endpoint.js';
import { findBrowser, isHeadlessShell, puppeteerPlaces } from './find-browser.js';
import type { PrintResult } from './print-result.js';
import { PrintMemo, type PrintMemoStats } from './print-memo.js';
import { browserTempFolder, createProfileFolder, markBrowser, removeProfileFolder } from './profile-folder.js';

/**
 * Chromium's flags for printing. The headless flag is not among them: puppeteer adds
 * the one the browser needs (`headlessMode`).
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

/**
 * puppeteer's `headless` for the browser at `path`: the headless shell is headless
 * already (puppeteer gives it `--headless`), a full Chrome or Chromium runs its
 * headless mode (`--headless=new`). Both print the same PDF.
 */
export function headlessMode(path: string): true | 'shell' {
  return isHeadlessShell(path) ? 'shell' : true;
}

/**
 * The headless shell's flag for drawing frames only when asked to (DevTools'
 * `HeadlessExperimental.beginFrame`). Printing needs no frames: without the flag the
 * shell's compositor keeps drawing every loaded page, and a print costs about a
 * quarter more (200 letters on two pages: 3.4–4.0 s against 2.8–2.9 s,
 * docs/performance.md). The PDFs are the same bytes. A screenshot needs frames, so a
 * browser that captures images (publish's share images) is launched without it.
 */
export const FRAMES_ON_REQUEST = '--enable-begin-frame-control';

export interface LaunchNeeds {
  /** The browser will capture screenshots (Printer.screenshot), which need the frames a print does not. */
  screenshots: boolean;
}

/**
 * How the browser at `path` is launched: its headless mode and Chromium's flags,
 * without the sandbox where it cannot run (as root, or on CI), and, for the headless
 * shell when nothing is captured, frames drawn only on request. The CLI's own launch and
 * the running browsers the tests and the bench start for COALITION_BROWSER_WS_ENDPOINT
 * share it, so their PDFs are the same bytes.
 */
export function launchOptions(path: string, needs: LaunchNeeds, env: NodeJS.ProcessEnv = process.env): { executablePath: string; headless: true | 'shell'; args: string[] } {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const headless = headlessMode(path);
  return {
    executablePath: path,
    headless,
    args: [
      ...CHROMIUM_ARGS,
      ...(isRoot || env.CI ? ['--no-sandbox'] : []),
      // The full browser's headless mode has no frames on request (its flag is the shell's).
      ...(headless === 'shell' && !needs.screenshots ? [FRAMES_ON_REQUEST] : []),
    ],
  };
}

export interface Chromium {
  browser: Browser;
  /**
   * What this browser printed, by input, for the commands before: set for the browser the
   * warm process keeps, whose commands then print again only what changed (print-memo.ts).
   */
  prints?: PrintMemo<PrintResult>;
  /** Where our pages open: the browser we launched, or a context of ours in one we share. */
  tabs: Browser | BrowserContext;
  /**
   * Ends our use of it, resolving once it is over: a browser we launched is closed (its
   * profile folder removed); in a shared one, our context is closed and we disconnect.
   */
  close(): Promise<void>;
}

/**
 * Throws the "no browser" error (exit 3) when none can be found, the launch error (exit
 * 4) when it does not start or the shared one cannot be reached. `onStarting` is called
 * once the browser's process has been asked to start (or the connection to a running
 * one), before it answers: from then on it starts on its own, on another core.
 */
export async function launchChromium(chromePath: string | undefined, needs: LaunchNeeds, onStarting: () => void = () => undefined): Promise<Chromium> {
  const endpoint = process.env[BROWSER_ENDPOINT_VARIABLE];
  if (endpoint && !chromePath) {
    const connecting = connectChromium(endpoint);
    onStarting();
    return connecting;
  }
  if (kept && !chromePath && !needs.screenshots) return contextInKept(kept, onStarting);
  return launchOwn(chromePath, needs, onStarting);
}

/**
 * A browser kept for the life of the process (the warm process, src/daemon/): while it is
 * kept, a print without --chrome-path or a shared browser gets a context of its own in it,
 * closed when the command ends, instead of a browser of its own (0.3–0.5 s of a command
 * with PDFs). Launched on first need, and again after it ended; never over a port.
 */
interface KeptBrowser {
  chromium?: Promise<Chromium>;
  /**
   * The environment it is found and started with: the process's when it began keeping one,
   * not the command's that first prints (which would stay in the browser for its life).
   */
  env: NodeJS.ProcessEnv;
  /** How that environment finds and starts it (`launchOptions`), worked out once. */
  key?: string;
  /** What the browser now kept printed: new with each browser, since another may print otherwise. */
  prints?: PrintMemo<PrintResult>;
}
let kept: KeptBrowser | undefined;

/** The warm process's hold on the browser it keeps. */
export interface BrowserKeeper {
  /** Ends the browser and stops keeping one. */
  close(): Promise<void>;
  /** What it keeps of its prints; undefined before it has been launched. */
  prints(): PrintMemoStats | undefined;
}

/** Keeps one browser from now on. */
export function keepBrowser(): BrowserKeeper {
  const keeper: KeptBrowser = { env: { ...process.env } };
  kept = keeper;
  return {
    prints: () => keeper.prints?.stats,
    close: async () => {
      if (kept === keeper) kept = undefined;
      const chromium = await keeper.chromium?.catch(() => undefined);
      await chromium?.close();
    },
  };
}

async function contextInKept(keeper: KeptBrowser, onStarting: () => void): Promise<Chromium> {
  // Each command runs with its own environment (the warm process sets it): one that finds
  // another browser, or runs under CI, prints in a browser of its own, as it would alone.
  const puppeteer = (await import('puppeteer')).default;
  const places = puppeteerPlaces(puppeteer);
  const key = (env: NodeJS.ProcessEnv) => JSON.stringify(launchOptions(findBrowser(undefined, env, places).path, { screenshots: false }, env));
  keeper.key ??= key(keeper.env);
  if (key(process.env) !== keeper.key) return launchOwn(undefined, { screenshots: false }, onStarting);
  const pending = keeper.chromium;
  if (pending) {
    const running = await pending.catch(() => undefined);
    // Only if no other command has replaced it meanwhile; the ended one's profile folder goes.
    if (keeper.chromium === pending && !running?.browser.connected) {
      keeper.chromium = undefined;
      await running?.close();
    }
  }
  if (!keeper.chromium) {
    // Printing only: frames on request, as a command's own browser has them.
    keeper.chromium = launchOwn(undefined, { screenshots: false }, () => undefined, keeper.env);
    keeper.prints = new PrintMemo();
  }
  const prints = keeper.prints;
  onStarting();
  const { browser } = await keeper.chromium;
  const tabs = await browser.createBrowserContext();
  return { browser, tabs, close: () => tabs.close().catch(() => undefined), ...(prints ? { prints } : {}) };
}

async function launchOwn(chromePath: string | undefined, needs: LaunchNeeds, onStarting: () => void = () => undefined, env: NodeJS.ProcessEnv = process.env): Promise<Chromium> {
  const puppeteer = (await import('puppeteer')).default;
  const choice = findBrowser(chromePath, env, puppeteerPlaces(puppeteer));
  let profile: string | undefined;
  try {
    profile = await createProfileFolder();
    const launching = puppeteer.launch({
      ...launchOptions(choice.path, needs, env),
      pipe: true,
      userDataDir: profile,
      env: { ...env, TMPDIR: browserTempFolder(profile) },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 30_000,
    });
    // puppeteer spawns the process within launch()'s first microtasks: no I/O comes before.
    onStarting();
    const browser = await launching;
    const folder = profile;
    await markBrowser(folder, browser.process()?.pid).catch(() => undefined);
    return {
      browser,
      tabs: browser,
      close: async () => {
        // Resolves once the browser process has ended (or was killed), so its profile can go.
        await browser.close().catch(() => undefined);
        await removeProfileFolder(folder).catch(() => undefined);
      },
    };
  } catch (error) {
    if (profile) await removeProfileFolder(profile).catch(() => undefined);
    throw new CoalitionError(`the browser at ${choice.path} (${choice.source}) did not start: ${firstLine(error)}`, {
      code: 'browser-launch', exitCode: ExitCode.browser, cause: error,
      hint: 'Check that it is a working Chrome or Chromium (run it with --version), or name another with --chrome-path.',
    });
  }
}

async function connectChromium(endpoint: string): Promise<Chromium> {
  const unreachable = (reason: string, cause?: unknown) => new CoalitionError(`the browser at ${endpoint} (${BROWSER_ENDPOINT_VARIABLE}) cannot be used: ${reason}`, {
    code: 'browser-launch', exitCode: ExitCode.browser, cause,
    hint: ENDPOINT_HINT,
  });
  const problem = await endpointProblem(endpoint);
  if (problem) throw unreachable(problem);
  const puppeteer = (await import('puppeteer')).default;
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: { width: 800, height: 600 } });
    const tabs = await browser.createBrowserContext();
    const connected = browser;
    return {
      browser,
      tabs,
      close: async () => {
        await tabs.close().catch(() => undefined);
        await connected.disconnect().catch(() => undefined);
      },
    };
  } catch (error) {
    // An open connection would keep the command running after it reported the failure.
    await browser?.disconnect().catch(() => undefined);
    throw unreachable(firstLine(error), error);
  }
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
