/**
 * HTML documents → finished PDFs, on one headless Chromium per build: launched on
 * first use (or by `warmUp()`, so that its start-up overlaps the rendering of the
 * letters) and shared by every document; or a browser context of the build's own in a
 * Chromium already running (chromium.ts). Imported lazily: an HTML-only build never
 * loads this file, puppeteer or pdf-lib.
 *
 * Pages have JavaScript disabled and every request intercepted: the document is
 * written into the page from memory, `data:` URLs load, the files named in the
 * options (the fonts) are answered from memory, and anything else (remote URLs,
 * file://) is refused and reported.
 *
 * Speed, as measured by bench/print-strategies.mjs (docs/performance.md): pages are
 * kept and reused, so a page that printed cleanly prints the next document (opening,
 * configuring and closing a page per document cost about a third of the time); and
 * the HTML is written into the page (`setContent`) instead of navigating to it, which
 * skips a navigation and an intercepted request per document. A page that failed or
 * timed out is closed, never reused.
 */
import type { CDPSession, HTTPRequest, Page } from 'puppeteer';
import { CoalitionError, ExitCode } from '../errors.js';
import { firstLine, launchChromium, type Chromium } from './chromium.js';
import type { PdfMetadata } from './metadata.js';
import type { PrintResult } from './print-result.js';
import { PrintMemo } from './print-memo.js';
import { PrintSlots } from './print-slots.js';
import { printToPdf } from './print-to-pdf.js';
import { removeStaleProfileFolders } from './profile-folder.js';

export interface PrintDocument {
  html: string;
  /** Paper comes from the page's CSS (@page size); this is the fallback. */
  paper: 'letter' | 'a4';
  /** Milliseconds allowed for loading and printing. */
  timeout: number;
  /** What Chromium does not write itself (metadata.ts). */
  metadata: PdfMetadata;
}

/** A page shown at a fixed size and captured as a PNG (the public site's share image). */
export interface ScreenshotDocument {
  html: string;
  width: number;
  height: number;
  /** Milliseconds allowed for loading and capturing. */
  timeout: number;
}

export interface ScreenshotResult {
  png: Uint8Array;
  /** Requests the page tried to make and that were refused. */
  blocked: string[];
}

export interface ServedFile {
  type: string;
  body: Uint8Array;
}

export interface PrinterOptions {
  chromePath?: string;
  /** Files a page may load, by address (the fonts): answered from memory. */
  files?: { get(url: string): ServedFile | undefined };
  /**
   * Pages kept open at most (default 2, `PAGES`). A printer that only captures images
   * needs one: captures run one at a time, and opening the second page delayed the
   * first capture by about 0.2 s (publish).
   */
  pages?: number;
  /**
   * The printer will capture screenshots (`screenshot`): its browser then draws frames
   * all along, which makes prints slower (chromium.ts, FRAMES_ON_REQUEST). A browser
   * already running (COALITION_BROWSER_WS_ENDPOINT) draws what it was started to.
   */
  screenshots?: boolean;
  /**
   * Keep what was printed, by its input (`PrintMemo`): a document printed before, with the
   * same metadata, gets the same PDF without being printed again. For a long-lived printer
   * (`build --watch`), whose rebuilds mostly print what they printed last time.
   */
  remember?: boolean;
}

/**
 * Two pages at once at most: on the 2-core reference machine, 2 beat 1 for a batch and
 * 3 or 4 gained nothing measurable while using more memory (docs/performance.md).
 */
const PAGES = 2;

/**
 * A printer starts with one page and opens the second when this many documents are
 * asked for at once. The second page's renderer costs a 2-core machine up to about
 * 0.35 s while Chromium starts, more than it gives back to a build of two or three
 * documents (the sample, HTML + PDF in English and Spanish: 2.97–3.10 s → 2.81–2.91 s,
 * interleaved), while 20 letters print as fast as with two pages from the start
 * (docs/performance.md, "Concurrency").
 */
const SECOND_PAGE_AT = 3;

/**
 * HTML characters above which a document prints alone on a page of its own: about 13
 * pages, or 1,000 signatories. A one-page letter is about 14,000.
 */
export const LARGE_DOCUMENT = 100_000;

/** Puppeteer's viewport for a new page, given back to a page after a screenshot. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** A failure may come a moment before the news that the browser has ended: how long to wait for that news. */
const STOP_GRACE_MS = 500;

/** How long close() lets pages being opened finish: their set-up takes 0.1–0.3 s. */
const CLOSE_GRACE_MS = 2_000;

/** What a kept page is printing now: its request handler records refusals here. */
interface PageJob {
  blocked: string[];
}

type MetadataModule = typeof import('./metadata.js');

/** Printers with a browser launched or connected, so Ctrl-C can end them (profile folders, contexts in a shared browser) before exiting. */
const openPrinters = new Set<Printer>();

/** Ends every printer's use of its browser (Chromium.close); for the CLI's signal handler. */
export async function closeAllPrinters(): Promise<void> {
  await Promise.all([...openPrinters].map((printer) => printer.close()));
}

export class Printer {
  private chromium?: Promise<Chromium>;
  private readonly pages: number;
  private readonly slots: PrintSlots;
  /** Documents asked for and not yet printed (`print`): a queue this long opens the second page. */
  private asked = 0;
  /** Pages that printed cleanly and wait for the next document. */
  private readonly idle: Page[] = [];
  private readonly jobs = new WeakMap<Page, PageJob | undefined>();
  /** Each page's own DevTools session, which prints it (print-to-pdf.ts). */
  private readonly sessions = new WeakMap<Page, CDPSession>();
  /** Pages being opened ahead of the first print (warmUp). */
  private warming?: Promise<void>;
  /** Resolves once the browser has been asked to start, or its launch has failed (`warmUp`). */
  private starting?: Promise<void>;
  private metadata?: Promise<MetadataModule>;
  /** Profile folders left by killed runs, being removed. */
  private cleaning?: Promise<unknown>;
  /** Resolves when the browser has ended, whoever ended it. */
  private ended?: Promise<void>;
  /** Set when the browser ended on its own (crashed, killed): every print from then on fails with this one error. */
  private stopped?: CoalitionError;
  private closed = false;
  private readonly memo?: PrintMemo<PrintResult>;
  /** Listens for the browser's end: removed at close, since a kept browser (chromium.ts) outlives us. */
  private onDisconnected?: () => void;

  constructor(private readonly options: PrinterOptions = {}) {
    this.memo = options.remember ? new PrintMemo<PrintResult>() : undefined;
    this.pages = options.pages ?? PAGES;
    this.slots = new PrintSlots(1);
  }

  /**
   * Starts launching the browser, opening its pages and loading the metadata step now. The promise
   * resolves as soon as the browser's process has been asked to start (puppeteer loaded,
   * the browser found, its profile folder made), not when it is ready: a caller about to
   * keep this thread busy (rendering the letters) awaits it, so that Chromium starts on
   * the other core meanwhile instead of after that work. Never rejects: a failure is
   * reported by the first print, or silently dropped by close().
   */
  warmUp(): Promise<void> {
    this.warming ??= this.openPages().catch(() => undefined);
    this.loadMetadata().catch(() => undefined);
    return this.starting ?? Promise.resolve();
  }

  /**
   * Prints one HTML document to a PDF with its metadata. A large one prints alone, and
   * its page is closed afterwards: printing takes Chromium about 170 MB per 28-page
   * document, which a renderer keeps once it has it, so two at once or one after the
   * other on a kept page add up (2,000 signatories in two languages: 800 MB against 660 MB).
   */
  async print(document: PrintDocument): Promise<PrintResult> {
    // Its own memo (`remember`), or that of the browser the warm process keeps. A failed
    // launch is reported by printAnew, as without one.
    const memo = this.memo ?? (await this.launch().catch(() => undefined))?.prints;
    if (!memo) return this.printAnew(document);
    const key = PrintMemo.key(document);
    const known = memo.get(key);
    // `reused` is for a printer asked to remember (`build --watch` says so); in the warm
    // process the command's output is the same as on its own, only sooner.
    if (known) return this.memo ? { ...known, reused: true } : { ...known };
    const printed = await this.printAnew(document);
    memo.set(key, printed);
    return printed;
  }

  private async printAnew(document: PrintDocument): Promise<PrintResult> {
    if (this.stopped) throw this.stopped;
    if (++this.asked >= SECOND_PAGE_AT) this.slots.grow(this.pages);
    let printed: PrintResult;
    try {
      await this.warming;
      const large = document.html.length > LARGE_DOCUMENT;
      const granted = await this.slots.acquire(large ? this.pages : 1);
      try {
        printed = await this.printOnPage(document, large);
      } catch (error) {
        throw await this.explain(error);
      } finally {
        this.slots.release(granted);
      }
    } finally {
      this.asked--;
    }
    const { finishPdf } = await this.loadMetadata();
    return { ...(await finishPdf(printed.pdf, document.metadata)), blocked: printed.blocked };
  }

  /**
   * Shows one HTML document at `width` × `height` CSS pixels (one device pixel each) and
   * captures it as a PNG, on the same browser, with the same rules as a print: no
   * JavaScript, every request answered by us. A kept page is used and given back with
   * puppeteer's default viewport, so later prints lay out as before.
   *
   * One capture at a time, its page brought to the front: headless Chromium paints the
   * tab in front, and a capture of a page behind another waited about 3 s for a frame
   * in about half the runs (publish of the 2,000-signer letter: 3.4 s or 7 s, by
   * puppeteer's protocol log: `Page.captureScreenshot` answered only after the page's
   * `firstMeaningfulPaint`, 3.6 s later). Prints need no painting and keep both pages.
   */
  async screenshot(document: ScreenshotDocument): Promise<ScreenshotResult> {
    // A browser drawing no frames would never answer: a mistake in the caller, not the user's.
    if (!this.options.screenshots) throw new Error('Printer.screenshot needs a printer made with { screenshots: true }');
    if (this.stopped) throw this.stopped;
    await this.warming;
    const granted = await this.slots.acquire(this.pages);
    try {
      const page = this.idle.pop() ?? (await this.openPage());
      const job: PageJob = { blocked: [] };
      this.jobs.set(page, job);
      let clean = false;
      try {
        const capture = async () => {
          await page.setViewport({ width: document.width, height: document.height, deviceScaleFactor: 1 });
          await page.setContent(document.html, { waitUntil: 'load', timeout: document.timeout });
          await page.bringToFront();
          const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: document.width, height: document.height } });
          await page.setViewport(DEFAULT_VIEWPORT);
          return png;
        };
        const png = await withTimeout(capture(), document.timeout);
        clean = true;
        return { png, blocked: job.blocked };
      } finally {
        this.jobs.set(page, undefined);
        if (clean) this.idle.push(page);
        else await page.close().catch(() => undefined);
      }
    } catch (error) {
      throw await this.explain(error);
    } finally {
      this.slots.release(granted);
    }
  }

  /**
   * Ends the printer's use of its browser, if it has one: a launched browser is closed and its
   * profile folder removed; in a shared one, its context is closed. The printer prints no more.
   * Safe to call more than once.
   */
  async close(): Promise<void> {
    this.closed = true;
    openPrinters.delete(this);
    this.idle.length = 0;
    const chromium = this.chromium;
    this.chromium = undefined;
    const launched = await chromium?.catch(() => undefined);
    // A page still being set up (warmUp) is let finish first: a context of ours in a shared
    // browser closed under it left the DevTools connection waiting 30 s for its closing
    // handshake, and the command with it (a build refused at once, test/cli/build.test.ts).
    if (launched) await settled(this.warming, CLOSE_GRACE_MS);
    if (launched && this.onDisconnected) launched.browser.off('disconnected', this.onDisconnected);
    await launched?.close();
    await this.cleaning;
  }

  private loadMetadata(): Promise<MetadataModule> {
    this.metadata ??= import('./metadata.js');
    return this.metadata;
  }

  private launch(): Promise<Chromium> {
    // Never launch again once closed: pages still being opened by warmUp() when a
    // build ends early would otherwise start a second browser that nobody closes.
    if (this.closed) return Promise.reject(new Error('the printer is closed'));
    if (!this.chromium) {
      this.cleaning ??= removeStaleProfileFolders().catch(() => undefined);
      let started!: () => void;
      this.starting = new Promise((resolve) => { started = resolve; });
      this.chromium = launchChromium(this.options.chromePath, { screenshots: this.options.screenshots ?? false }, started);
      this.chromium.catch(started);
      this.chromium.then(({ browser }) => {
        this.ended = new Promise((resolve) => {
          this.onDisconnected = () => {
            if (!this.closed) this.stopped ??= browserStopped();
            resolve();
          };
          browser.once('disconnected', this.onDisconnected);
        });
      }, () => undefined);
      openPrinters.add(this);
    }
    return this.chromium;
  }

  /**
   * Configures the blank tab Chromium starts with as the first page (opening a tab costs
   * 100–250 ms while Chromium is still starting). A second is opened by the print that
   * finds no idle page once the slots have grown (SECOND_PAGE_AT).
   */
  private async openPages(): Promise<void> {
    // A context of ours in a shared browser has no blank tab: the first page is opened.
    const { tabs } = await this.launch();
    const [blank] = await tabs.pages();
    const page = await this.openPage(blank);
    if (this.chromium) this.idle.push(page);
  }

  private async sessionOf(page: Page): Promise<CDPSession> {
    const session = await page.createCDPSession();
    this.sessions.set(page, session);
    return session;
  }

  /** A new page, configured once: no JavaScript, every request answered by us. */
  private async openPage(existing?: Page): Promise<Page> {
    const page = existing ?? (await (await this.launch()).tabs.newPage());
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      await this.sessionOf(page);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    page.on('request', (req: HTTPRequest) => {
      const job = this.jobs.get(page);
      const url = req.url();
      const file = this.options.files?.get(url);
      if (file) {
        // The page is about:blank, so the file is cross-origin: allow it explicitly.
        void req.respond({ status: 200, contentType: file.type, headers: { 'access-control-allow-origin': '*' }, body: file.body });
      } else if (url.startsWith('data:')) {
        void req.continue();
      } else {
        job?.blocked.push(url.length > 200 ? `${url.slice(0, 197)}…` : url);
        void req.abort('blockedbyclient');
      }
    });
    return page;
  }

  private async printOnPage(document: PrintDocument, large: boolean): Promise<PrintResult> {
    const page = this.idle.pop() ?? (await this.openPage());
    let clean = false;
    try {
      const result = await withTimeout(this.printOn(page, document), document.timeout);
      clean = true;
      return result;
    } finally {
      this.jobs.set(page, undefined);
      if (clean && !large) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  private async printOn(page: Page, document: PrintDocument): Promise<PrintResult> {
    const job: PageJob = { blocked: [] };
    this.jobs.set(page, job);
    // document.open/write on the kept page (about:blank): no navigation, no request for
    // the HTML. Page scripts stay off; only DevTools' own evaluation writes the document.
    await page.setContent(document.html, { waitUntil: 'load', timeout: document.timeout });
    const session = this.sessions.get(page) ?? (await this.sessionOf(page));
    const pdf = await printToPdf(session, document.paper === 'a4' ? 'a4' : 'letter');
    return { pdf, blocked: job.blocked };
  }

  /**
   * The error a failed print reports: the one "browser stopped" error when the browser
   * ended under it (the failure may be reported a moment before the end is, so wait
   * for that briefly), else what went wrong with this document.
   */
  private async explain(error: unknown): Promise<CoalitionError> {
    if (!this.stopped && this.ended && !(error instanceof CoalitionError)) await settled(this.ended, STOP_GRACE_MS);
    if (this.stopped) return this.stopped;
    if (error instanceof CoalitionError) return error;
    return new CoalitionError(`the browser failed while printing: ${firstLine(error)}`, {
      code: 'browser-failed', exitCode: ExitCode.browser, cause: error,
      hint: 'Run again with --debug for details; if it persists, try another browser with --chrome-path.',
    });
  }
}

function browserStopped(): CoalitionError {
  return new CoalitionError('the browser stopped while printing (it crashed, ran out of memory or was ended by another program)', {
    code: 'browser-stopped', exitCode: ExitCode.browser,
    hint: 'The letters it did not print left no output. Build them again; if the browser keeps stopping, check the free memory, or try another browser with --chrome-path.',
  });
}

/** Resolves when `work` has settled, or after `ms` at most; never rejects. */
async function settled(work: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work?.catch(() => undefined), new Promise((resolve) => { timer = setTimeout(resolve, ms); })]);
  clearTimeout(timer);
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
  } finally {
    clearTimeout(timer);
  }
}
