/**
 * The preview server: one letter, rendered on request, on 127.0.0.1 unless told
 * otherwise. Pages are re-rendered after each change the watcher reports; open pages
 * learn of it through server-sent events and reload themselves.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CoalitionError, ExitCode } from '../errors.js';
import { contentSecurityPolicy, EVENTS_PATH, injectBeforeBodyEnd, previewAdditions } from './inject.js';
import { openInBrowser } from './open-in-browser.js';
import { renderPreviewPage, type PreviewPage } from './render-page.js';
import { watchWorkspace } from './watcher.js';

export interface PreviewOptions {
  root: string;
  letterPath: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** The language shown when the URL names none (default: the letter's first). */
  lang?: string;
  draft?: boolean;
  /** Open the page in the default browser once the server listens. */
  open?: boolean;
  /** Called after each change, once the new page is rendered. */
  onChange?: (event: { files: string[]; page: PreviewPage }) => void;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  const boot = randomBytes(4).toString('hex');
  let generation = 0;
  const version = () => `${boot}-${generation}`;
  const listeners = new Set<ServerResponse>();
  const cache = new Map<string, Promise<PreviewPage>>();
  const page = (lang: string | undefined) => {
    const key = `${version()}:${lang ?? ''}`;
    if (!cache.has(key)) cache.set(key, renderPreviewPage(options.root, options.letterPath, lang, options.draft ?? false));
    return cache.get(key)!;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`coalition preview failed: ${(error as Error)?.message ?? error}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (!allowedHost(req.headers.host, host, port())) {
      // A web page elsewhere must not read the letter through DNS rebinding.
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: version\ndata: ${version()}\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname !== '/') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: the preview serves only /');
      return;
    }
    const shownVersion = version();
    const lang = url.searchParams.get('lang') || options.lang || undefined;
    const rendered = await page(lang);
    const nonce = randomBytes(12).toString('base64');
    const html = injectBeforeBodyEnd(rendered.html, previewAdditions({ nonce, version: shownVersion, lang: rendered.lang, langs: rendered.langs }));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': contentSecurityPolicy(nonce),
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  }

  const watcher = await watchWorkspace(options.root, (files) => {
    generation++;
    cache.clear();
    for (const res of listeners) res.write(`event: version\ndata: ${version()}\n\n`);
    if (options.onChange) {
      void page(options.lang).then((p) => options.onChange!({ files, page: p }));
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
  function port(): number {
    return (server.address() as AddressInfo | null)?.port ?? 0;
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const serverUrl = `http://${shownHost}:${port()}/`;
  if (options.open) openInBrowser(serverUrl);

  let closing: Promise<void> | undefined;
  return {
    url: serverUrl,
    close() {
      closing ??= (async () => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.closeAllConnections();
        await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), watcher.close()]);
      })();
      return closing;
    },
  };
}

/** The Host header must name this server: its address, or localhost for loopback. */
function allowedHost(header: string | undefined, host: string, port: number): boolean {
  if (!header) return false;
  const name = header.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  if (!isLoopback(host)) return true; // --host widened it on purpose; names vary (LAN IPs, hostnames).
  return header.endsWith(`:${port}`) && (name === 'localhost' || isLoopback(name));
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
