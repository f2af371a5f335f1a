/**
 * The preview server: one letter, rendered on request, on 127.0.0.1 unless told
 * otherwise. Two tabs: the pages (the PDF as it will be printed, pages-view.ts) and
 * the text (the letter's continuous HTML page, `?view=text`). Both are rendered again
 * after each change the watcher reports; open pages learn of it through server-sent
 * events and fetch the new pages, or reload themselves.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { CoalitionError, ExitCode } from '../errors.js';
import { contentSecurityPolicy, EVENTS_PATH, injectBeforeBodyEnd, previewAdditions } from './inject.js';
import { openInBrowser } from './open-in-browser.js';
import { renderPreviewPage, type PreviewPage } from './render-page.js';
import { watchLetter } from './watcher.js';
import { PAGES_JSON_PATH, PAGES_PDF_PATH, PDFJS_FILES, PDFJS_PATH, pagesSecurityPolicy, pagesView, pdfjsFile } from './pages-view.js';
import { PagePrinter, type PrintedPages } from './print-pages.js';
import type { LoadedProfile } from '../workspace/submission-profiles.js';
import { displayPath } from '../workspace/workspace.js';
import { readFile } from 'node:fs/promises';

export interface PreviewOptions {
  root: string;
  letterPath: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** The language shown when the URL names none (default: the letter's first). */
  lang?: string;
  /** Show the copy addressed to this recipient alone (`delivery: each`). */
  recipient?: string;
  draft?: boolean;
  /** Open the page in the default browser once the server listens. */
  open?: boolean;
  /** A submission profile whose rules the pages tab measures (`preview --for`). */
  profile?: LoadedProfile;
  /** Called after each change, once the new page is rendered (and, when the pages tab is open, printed). */
  onChange?: (event: { files: string[]; page: PreviewPage; printed?: PrintedPages }) => void;
}

export interface PreviewServer {
  /** The page's address, token included: the only way in. */
  url: string;
  close(): Promise<void>;
}

/** Open event streams beyond this are refused: each holds a socket and a listener. */
const MAX_EVENT_STREAMS = 64;

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const boot = randomBytes(4).toString('hex');
  // Every address is under /<token>/ (as Jupyter does): another local user, or a web
  // page in the owner's browser, can reach the port but cannot guess the way in.
  const token = randomBytes(18).toString('base64url');
  let generation = 0;
  const version = () => `${boot}-${generation}`;
  const listeners = new Set<ServerResponse>();
  // Pages of the current version only, one per language the letter has (plus the
  // default): a URL naming another language gets a 404, not an entry.
  const cache = new Map<string, Promise<PreviewPage>>();
  const render = (key: string, lang: string | undefined) => {
    if (!cache.has(key)) cache.set(key, renderPreviewPage(options.root, options.letterPath, lang, options.draft ?? false, options.recipient));
    return cache.get(key)!;
  };
  const page = async (lang: string | undefined): Promise<PreviewPage | undefined> => {
    const shown = await render('', options.lang);
    if (!lang || lang === shown.lang) return shown;
    if (!shown.ok && !shown.langs.includes(lang)) return shown; // its problems come first, whatever the language
    return shown.langs.includes(lang) ? render(lang, lang) : undefined;
  };
  // The printed pages, per language shown, of the current version: printed on the first
  // request of the pages tab, and again right after each change once that tab was used.
  const printer = new PagePrinter({ root: options.root, letterPath: options.letterPath, ...(options.profile ? { profile: options.profile } : {}) });
  const printedCache = new Map<string, Promise<PrintedPages>>();
  let printing = false;
  const printed = async (lang: string | undefined): Promise<PrintedPages | undefined> => {
    const shown = await page(lang);
    if (!shown) return undefined;
    const key = shown.lang ?? '';
    printing = true;
    if (!printedCache.has(key)) printedCache.set(key, printer.print(shown));
    return printedCache.get(key)!;
  };
  // A --lang the letter does not have is a mistake on the command line, said there
  // (as `build --lang` does), not a page to open.
  if (options.lang) {
    const first = await render('', options.lang);
    if (first.diagnostics.some((d) => d.code === 'unknown-language')) {
      throw new CoalitionError(`--lang ${options.lang}: this letter has no "${options.lang}" text; its languages are ${first.langs.join(', ')}`, {
        code: 'unknown-language', exitCode: ExitCode.usage,
        hint: `Name one of ${first.langs.join(', ')} with --lang, or leave --lang out to show the first.`,
      });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`coalition preview failed: ${(error as Error)?.message ?? error}`);
    });
  });

  const allowedHosts = hostNames(host);
  const plain = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (!allowedHost(req.headers.host, allowedHosts, port())) {
      // A web page elsewhere must not read the letter through DNS rebinding.
      plain(res, 403, 'forbidden host');
      return;
    }
    const path = withinToken(url.pathname, token);
    if (path === undefined) {
      plain(res, 403, 'forbidden: open the address `coalition preview` printed, with its token');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '') {
      res.writeHead(308, { location: `/${token}/${url.search}` }).end();
      return;
    }
    if (path === `/${EVENTS_PATH}`) {
      if (listeners.size >= MAX_EVENT_STREAMS) {
        plain(res, 503, 'too many open preview pages', { 'retry-after': '5' });
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: version\ndata: ${version()}\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    const pdfjs = PDFJS_FILES.find((name) => path === `/${PDFJS_PATH}${name}`);
    if (pdfjs) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : await readFile(pdfjsFile(pdfjs)));
      return;
    }
    if (path === `/${PAGES_JSON_PATH}` || path === `/${PAGES_PDF_PATH}`) {
      const lang = url.searchParams.get('lang') || undefined;
      const shownVersion = version();
      const result = await printed(lang);
      if (!result) {
        plain(res, 404, `not found: this letter has no "${lang}" text`);
        return;
      }
      if (path === `/${PAGES_PDF_PATH}`) {
        if (!result.pdf) {
          plain(res, 404, 'not found: the letter could not be printed; its problems are listed in the pages tab');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-disposition': 'inline' });
        res.end(req.method === 'HEAD' ? undefined : result.pdf);
        return;
      }
      const body = {
        version: shownVersion, lang: result.lang, pages: result.pages, ms: result.ms,
        pdf: result.pdf ? `${PAGES_PDF_PATH}?lang=${encodeURIComponent(result.lang ?? '')}&v=${shownVersion}` : undefined,
        problems: result.problems.map(({ file, line, column, severity, code, message, hint }) => ({ file, line, column, severity, code, message, hint })),
        findings: result.findings?.map(({ kind, status, message, says }) => ({ kind, status, message, says })),
      };
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
      return;
    }
    if (path !== '/') {
      plain(res, 404, 'not found: the preview serves only its page');
      return;
    }
    const shownVersion = version();
    const lang = url.searchParams.get('lang') || undefined;
    if (url.searchParams.get('view') !== 'text') {
      const shown = await page(lang);
      if (!shown) {
        const { langs } = (await page(undefined))!;
        plain(res, 404, `not found: this letter has no "${lang}" text; its languages are ${langs.join(', ')}`);
        return;
      }
      const nonce = randomBytes(12).toString('base64');
      const html = pagesView({
        nonce, version: shownVersion, file: displayPath(options.root, options.letterPath), langs: shown.langs,
        ...(shown.print ? { title: shown.print.view.meta.title } : {}),
        ...(shown.lang ?? lang ? { lang: shown.lang ?? lang } : {}), ...(options.profile ? { profile: options.profile.id } : {}),
      });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store',
        'content-security-policy': pagesSecurityPolicy(nonce), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    const rendered = await page(lang);
    if (!rendered) {
      const { langs } = (await page(undefined))!;
      plain(res, 404, `not found: this letter has no "${lang}" text; its languages are ${langs.join(', ')}`);
      return;
    }
    const nonce = randomBytes(12).toString('base64');
    const html = injectBeforeBodyEnd(rendered.html, previewAdditions({ nonce, version: shownVersion, lang: rendered.lang, langs: rendered.langs }));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': contentSecurityPolicy(nonce),
      'x-content-type-options': 'nosniff',
      // A link in the letter must not carry the token to another site.
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  }

  // Only what the letter reads; the server listens without waiting for the watcher (watcher.ts).
  const watcher = watchLetter(options.root, options.letterPath, (files) => {
    generation++;
    cache.clear();
    printedCache.clear();
    // Once the pages tab was used, print the new version right away (the browser is warm).
    const reprinted = printing ? printed(options.lang) : undefined;
    for (const res of listeners) res.write(`event: version\ndata: ${version()}\n\n`);
    if (options.onChange) {
      void Promise.all([page(undefined), reprinted]).then(([p, printedPages]) => options.onChange!({ files, page: p!, ...(printedPages ? { printed: printedPages } : {}) }));
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    await watcher.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new CoalitionError(`cannot listen on ${host}:${options.port ?? 0}: ${code ?? (error as Error).message}`, {
      code: 'listen-failed', exitCode: ExitCode.usage, cause: error,
      hint: code === 'EADDRINUSE' ? 'Another program uses that port: choose another with --port, or --port 0 for any free one.' : 'Check --host and --port.',
    });
  }
  // Serving already; the address is announced once edits are seen, or after a second at most.
  await Promise.race([watcher.ready, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  function port(): number {
    return (server.address() as AddressInfo | null)?.port ?? 0;
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const serverUrl = `http://${shownHost}:${port()}/${token}/`;
  if (options.open) openInBrowser(serverUrl);

  let closing: Promise<void> | undefined;
  return {
    url: serverUrl,
    close() {
      closing ??= (async () => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.closeAllConnections();
        await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), watcher.close(), printer.close()]);
      })();
      return closing;
    },
  };
}

/**
 * The names a request may call this server by: the address it listens on and the
 * loopback names; when shared (`--host 0.0.0.0`, `::` or an address), also the
 * machine's name and its interfaces' addresses.
 */
function hostNames(host: string): Set<string> {
  const names = new Set([host.toLowerCase(), 'localhost', '127.0.0.1', '::1']);
  if (!isLoopback(host)) {
    const machine = hostname().toLowerCase();
    names.add(machine).add(`${machine}.local`);
    for (const address of Object.values(networkInterfaces()).flat()) if (address) names.add(address.address.toLowerCase());
  }
  return names;
}

/** The Host header must name this server, at its port. */
function allowedHost(header: string | undefined, names: ReadonlySet<string>, port: number): boolean {
  const match = header && /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header);
  if (!match) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '').toLowerCase();
  const shownPort = match[2] === undefined ? 80 : Number(match[2]);
  return shownPort === port && (names.has(name) || isLoopback(name));
}

/** The path after `/<token>` (`''` for the token alone), or undefined when the token is missing or wrong. */
function withinToken(pathname: string, token: string): string | undefined {
  const end = pathname.indexOf('/', 1);
  const first = Buffer.from(end === -1 ? pathname.slice(1) : pathname.slice(1, end));
  const expected = Buffer.from(token);
  if (first.length !== expected.length || !timingSafeEqual(first, expected)) return undefined;
  return end === -1 ? '' : pathname.slice(end);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
