/**
 * Starting the headless Chromium that prints: found the way find-browser.ts says, with
 * a profile folder of ours (profile-folder.ts), and connected over a pipe rather than a
 * port, so that Chromium also ends when the process that started it is killed (it
 * notices the pipe closing within about two seconds; over a port it ran on for good).
 */
import type { Browser } from 'puppeteer';
import { CoalitionError, ExitCode } from '../errors.js';
import { findBrowser } from './find-browser.js';
import { createProfileFolder, removeProfileFolder } from './profile-folder.js';

export const CHROMIUM_ARGS = [
  '--headless=new',
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

export interface Chromium {
  browser: Browser;
  /** Its profile folder, for removeProfileFolder() once the browser has ended. */
  profile: string;
}

/** Throws the "no browser" error (exit 3) when none can be found, the launch error (exit 4) when it does not start. */
export async function launchChromium(chromePath: string | undefined): Promise<Chromium> {
  const puppeteer = (await import('puppeteer')).default;
  const choice = findBrowser(chromePath, process.env, () => puppeteer.executablePath());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let profile: string | undefined;
  try {
    profile = await createProfileFolder();
    const browser = await puppeteer.launch({
      executablePath: choice.path,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS, ...(isRoot || process.env.CI ? ['--no-sandbox'] : [])],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 30_000,
    });
    return { browser, profile };
  } catch (error) {
    if (profile) await removeProfileFolder(profile).catch(() => undefined);
    throw new CoalitionError(`the browser at ${choice.path} (${choice.source}) did not start: ${firstLine(error)}`, {
      code: 'browser-launch', exitCode: ExitCode.browser, cause: error,
      hint: 'Check that it is a working Chrome or Chromium (run it with --version), or name another with --chrome-path.',
    });
  }
}

export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
