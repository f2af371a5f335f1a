/**
 * One headless Chromium per process, launched on first use and shared by every
 * document. Each print runs in its own page with JavaScript disabled and every
 * request intercepted: the letter's HTML is served from memory, `data:` URLs load,
 * and anything else (remote URLs, file://) is refused and reported.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { CoalitionError, ExitCode } from '../errors.js';
import { findBrowser, type BrowserChoice } from './find-browser.js';

/** The address the letter is served at; `.invalid` can never resolve (RFC 2606). */
const LETTER_URL = 'http://letter.invalid/';

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

export interface PrintRequest {
  html: string;
  /** Paper comes from the page's CSS (@page size); this is the fallback. */
  paper: 'letter' | 'a4';
  /** Milliseconds allowed for loading and printing. */
  timeout: number;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make and that were refused. */
  blocked: string[];
}

export interface SessionOptions {
  chromePath?: string;
  /** Pages printing at once. */
  concurrency?: number;
}

export class BrowserSession {
  private browser?: Promise<Browser>;
  private choice?: BrowserChoice;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly concurrency: number;

  constructor(private readonly options: SessionOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  /** Throws the "no browser" error (exit 3) before any work when none can be found. */
  async locate(): Promise<BrowserChoice> {
    if (!this.choice) {
      const puppeteer = (await import('puppeteer')).default;
      this.choice = findBrowser(this.options.chromePath, process.env, () => puppeteer.executablePath());
    }
    return this.choice;
  }

  private async launch(): Promise<Browser> {
    const choice = await this.locate();
    const puppeteer = (await import('puppeteer')).default;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    try {
      return await puppeteer.launch({
        executablePath: choice.path,
        headless: true,
        args: [...CHROMIUM_ARGS, ...(isRoot || process.env.CI ? ['--no-sandbox'] : [])],
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 30_000,
      });
    } catch (error) {
      throw new CoalitionError(`the browser at ${choice.path} (${choice.source}) did not start: ${firstLine(error)}`, {
        code: 'browser-launch', exitCode: ExitCode.browser, cause: error,
        hint: 'Check that it is a working Chrome or Chromium (run it with --version), or name another with --chrome-path.',
      });
    }
  }

  private getBrowser(): Promise<Browser> {
    this.browser ??= this.launch();
    return this.browser;
  }

  /** Prints one HTML document to PDF. */
  async print(request: PrintRequest): Promise<PrintResult> {
    await this.acquire();
    try {
      const browser = await this.getBrowser();
      const page = await browser.newPage();
      try {
        return await withTimeout(this.printOn(page, request), request.timeout);
      } finally {
        await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  private async printOn(page: Page, request: PrintRequest): Promise<PrintResult> {
    const blocked: string[] = [];
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      const url = req.url();
      if (url === LETTER_URL) {
        void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: request.html });
      } else if (url.startsWith('data:')) {
        void req.continue();
      } else {
        blocked.push(url.length > 200 ? `${url.slice(0, 197)}…` : url);
        void req.abort('blockedbyclient');
      }
    });
    await page.goto(LETTER_URL, { waitUntil: 'load', timeout: request.timeout });
    const pdf = await page.pdf({
      format: request.paper === 'a4' ? 'a4' : 'letter',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: request.timeout,
    });
    return { pdf, blocked };
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.active++; resolve(); }));
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  /** Closes the browser if it was launched. Safe to call more than once. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (!browser) return;
    try {
      await (await browser).close();
    } catch {
      // A browser that failed to launch or already died has nothing left to close.
    }
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CoalitionError(`the browser did not finish printing within ${ms / 1000} s`, {
      code: 'browser-timeout', exitCode: ExitCode.browser,
      hint: 'Try again with a longer --timeout, or look for a very large image or list in the letter.',
    })), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof CoalitionError) throw error;
    throw new CoalitionError(`the browser failed while printing: ${firstLine(error)}`, {
      code: 'browser-failed', exitCode: ExitCode.browser, cause: error,
      hint: 'Run again with --debug for details; if it persists, try another browser with --chrome-path.',
    });
  } finally {
    clearTimeout(timer);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
