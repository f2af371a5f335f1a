/**
 * One headless Chromium per process, launched on first use and shared by every
 * document. Pages have JavaScript disabled and every request intercepted: the
 * letter's HTML is written into the page from memory, `data:` URLs load, and anything
 * else (remote URLs, file://) is refused and reported.
 *
 * Speed, as measured by bench/print-strategies.mjs (docs/performance.md): pages are
 * kept and reused, so a page that printed cleanly prints the next document (opening,
 * configuring and closing a page per document cost about a third of the time); and
 * the HTML is written into the page (`setContent`) instead of navigating to it, which
 * skips a navigation and an intercepted request per document; and the fonts inlined
 * as `data:` URLs are served from memory at a fixed address instead, so each page
 * does not parse 250 KB of base64 again. A page that failed or timed out is closed,
 * never reused.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { CoalitionError, ExitCode } from '../errors.js';
import { findBrowser, type BrowserChoice } from './find-browser.js';
import { PrintSlots } from './print-slots.js';

/** Inlined fonts are served from here; `.invalid` can never resolve (RFC 2606). */
const FONT_ORIGIN = 'http://fonts.invalid/';
const DATA_FONT = /url\((["']?)(data:(font\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]+))\1\)/g;

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
  /** Pages printing at once (default: DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Reuse pages across documents (default true); false opens a new page per document. */
  reusePages?: boolean;
  /** Serve inlined fonts from memory (default true); false leaves them as `data:` URLs. */
  serveFonts?: boolean;
}

/**
 * Two pages at once: on the 2-core reference machine, 2 beat 1 clearly and 3 or 4
 * gained nothing measurable while using more memory (docs/performance.md).
 */
export const DEFAULT_CONCURRENCY = 2;

/**
 * HTML characters (inlined fonts aside) above which a document prints alone on a page
 * of its own: about 13 pages, or 1,000 signatories. A one-page letter is about 14,000.
 */
export const LARGE_DOCUMENT = 100_000;

/** What a kept page is printing now: its request handler records refusals here. */
interface PageJob {
  blocked: string[];
}

/** Sessions with a browser launched, so Ctrl-C can close them (and their profile folders) before exiting. */
const openSessions = new Set<BrowserSession>();

/** Closes every launched browser; for the CLI's signal handler. */
export async function closeAllSessions(): Promise<void> {
  await Promise.all([...openSessions].map((session) => session.close()));
}

export class BrowserSession {
  private browser?: Promise<Browser>;
  private choice?: BrowserChoice;
  private readonly concurrency: number;
  private readonly slots: PrintSlots;
  /** Pages that printed cleanly and wait for the next document. */
  private readonly idle: Page[] = [];
  private readonly jobs = new WeakMap<Page, PageJob | undefined>();
  /** Fonts found inlined in documents: address → bytes, and data URL → address. */
  private readonly fonts = new Map<string, { type: string; body: Buffer }>();
  private readonly fontUrls = new Map<string, string>();
  /** Pages being opened ahead of the first print (warmUp). */
  private warming?: Promise<void>;
  private closed = false;

  constructor(private readonly options: SessionOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    this.slots = new PrintSlots(this.concurrency);
  }

  /**
   * Starts launching the browser and opening its pages now, without waiting, so that
   * their start-up overlaps whatever the caller does next (reading and rendering the
   * letters). A failure is reported by the first print, or silently dropped by close().
   */
  warmUp(): void {
    if (this.warming) return;
    this.warming = (this.options.reusePages === false ? this.getBrowser() : this.openPages()).then(() => undefined, () => undefined);
  }

  /**
   * Opens and configures `concurrency` pages, the first being the blank tab Chromium
   * starts with (opening a tab costs 100–250 ms while Chromium is still starting).
   */
  private async openPages(): Promise<void> {
    const browser = await this.getBrowser();
    const [blank] = await browser.pages();
    const pages = await Promise.all(Array.from({ length: this.concurrency }, (_, i) => this.openPage(i === 0 ? blank : undefined)));
    if (this.browser) this.idle.push(...pages);
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
    // Never launch again once closed: pages still being opened by warmUp() when a
    // build ends early would otherwise start a second browser that nobody closes.
    if (this.closed) return Promise.reject(new Error('the browser session is closed'));
    this.browser ??= this.launch();
    openSessions.add(this);
    return this.browser;
  }

  /**
   * Prints one HTML document to PDF. A large one prints alone, and its page is closed
   * afterwards: printing takes Chromium about 170 MB per 28-page document, which a
   * renderer keeps once it has it, so two at once or one after the other on a kept
   * page add up (2,000 signatories in two languages: 800 MB against 660 MB).
   */
  async print(request: PrintRequest): Promise<PrintResult> {
    await this.warming;
    const served = this.serveFonts(request.html);
    const html = this.options.serveFonts === false ? request.html : served;
    // Measured without the inlined fonts, so the choice is the same either way.
    const large = served.length > LARGE_DOCUMENT;
    const slots = large ? this.concurrency : 1;
    await this.slots.acquire(slots);
    try {
      const page = this.idle.pop() ?? (await this.openPage());
      let clean = false;
      try {
        const result = await withTimeout(this.printOn(page, html, request), request.timeout);
        clean = true;
        return result;
      } finally {
        this.jobs.set(page, undefined);
        if (clean && !large && this.options.reusePages !== false) this.idle.push(page);
        else await page.close().catch(() => undefined);
      }
    } finally {
      this.slots.release(slots);
    }
  }

  /** A new page, configured once: no JavaScript, every request answered by us. */
  private async openPage(existing?: Page): Promise<Page> {
    const page = existing ?? (await (await this.getBrowser()).newPage());
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    page.on('request', (req: HTTPRequest) => {
      const job = this.jobs.get(page);
      const url = req.url();
      const font = this.fonts.get(url);
      if (font) {
        // The page is about:blank, so the font is cross-origin: allow it explicitly.
        void req.respond({ status: 200, contentType: font.type, headers: { 'access-control-allow-origin': '*' }, body: font.body });
      } else if (url.startsWith('data:')) {
        void req.continue();
      } else {
        job?.blocked.push(url.length > 200 ? `${url.slice(0, 197)}…` : url);
        void req.abort('blockedbyclient');
      }
    });
    return page;
  }

  private async printOn(page: Page, html: string, request: PrintRequest): Promise<PrintResult> {
    const job: PageJob = { blocked: [] };
    this.jobs.set(page, job);
    // document.open/write on the kept page (about:blank): no navigation, no request for
    // the HTML. Page scripts stay off; only DevTools' own evaluation writes the document.
    await page.setContent(html, { waitUntil: 'load', timeout: request.timeout });
    const pdf = await page.pdf({
      format: request.paper === 'a4' ? 'a4' : 'letter',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: request.timeout,
    });
    return { pdf, blocked: job.blocked };
  }

  /** The HTML with each inlined font replaced by the address this session serves it at. */
  private serveFonts(html: string): string {
    return html.replace(DATA_FONT, (_match, _quote, data: string, type: string, base64: string) => {
      let url = this.fontUrls.get(data);
      if (!url) {
        url = `${FONT_ORIGIN}${this.fontUrls.size}`;
        this.fonts.set(url, { type, body: Buffer.from(base64, 'base64') });
        this.fontUrls.set(data, url);
      }
      return `url("${url}")`;
    });
  }

  /** Closes the browser if it was launched; the session prints no more. Safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    openSessions.delete(this);
    this.idle.length = 0;
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
