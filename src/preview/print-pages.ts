/**
 * The preview's pages: the letter printed to PDF exactly as `build` prints it, on one
 * warm Chromium kept for the whole preview (started on the first request for pages,
 * so a preview of the text alone never starts a browser), with what `check` says about
 * the letter and, with a profile, the profile's rules measured on that PDF.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asCoalitionError, diagnosticsOf, type Diagnostic } from '../errors.js';
import { checkWorkspace } from '../check/check-workspace.js';
import { measureSubmission, type Finding } from '../check/submission-measure.js';
import type { Printer } from '../pdf/printer.js';
import { servedFonts } from '../render/fonts.js';
import type { LoadedProfile } from '../workspace/submission-profiles.js';
import { displayPath } from '../workspace/workspace.js';
import type { PreviewPage } from './render-page.js';

export interface PrintedPages {
  lang?: string;
  /** The PDF, when the letter could be printed. */
  pdf?: Uint8Array;
  pages?: number;
  /** What `check` says about the letter: errors and warnings, with their lines. */
  problems: Diagnostic[];
  /** The profile's rules, measured on this PDF (`preview --for`). */
  findings?: Finding[];
  /** Milliseconds from the request to the PDF and its checks. */
  ms: number;
}

export interface PagePrinterOptions {
  root: string;
  letterPath: string;
  profile?: LoadedProfile;
}

export class PagePrinter {
  private printer?: Promise<Printer>;
  private closed = false;

  constructor(private readonly options: PagePrinterOptions) {}

  /** Prints the page the preview rendered; never throws (a problem is reported in `problems`). */
  async print(page: PreviewPage): Promise<PrintedPages> {
    const started = performance.now();
    const { root, letterPath } = this.options;
    const checked = checkWorkspace({ root, letters: [letterPath] }).then((r) => r.diagnostics, (error) => diagnosticsOf(asCoalitionError(error), displayPath(root, letterPath)));
    if (!page.ok || !page.print) return { ...(page.lang ? { lang: page.lang } : {}), problems: page.diagnostics, ms: performance.now() - started };
    try {
      const { view } = page.print;
      const printer = await this.launch();
      const { pdf } = await printer.print({
        html: page.print.html(), paper: view.paper, timeout: 60_000,
        metadata: {
          title: view.meta.title, author: view.meta.author, subject: view.meta.subject, keywords: view.meta.keywords, lang: view.lang, date: view.date,
          // A channel that asks PDF/A sees the PDF/A file it will get.
          ...(this.options.profile?.profile.rules.some((r) => r.kind === 'pdfa') ? { pdfa: 'auto' as const } : {}),
        },
      });
      const { pageCount } = await import('../pdf/page-count.js');
      const pages = await pageCount(pdf);
      const findings = this.options.profile ? await this.measure(view, pdf, pages) : undefined;
      return { lang: view.lang, pdf, pages, problems: await checked, ...(findings ? { findings } : {}), ms: performance.now() - started };
    } catch (error) {
      return { lang: page.lang, problems: [...(await checked), ...diagnosticsOf(asCoalitionError(error), displayPath(root, letterPath))], ms: performance.now() - started };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await (await this.printer?.catch(() => undefined))?.close();
  }

  private launch(): Promise<Printer> {
    if (this.closed) return Promise.reject(new Error('the preview is closed'));
    this.printer ??= import('../pdf/printer.js').then(({ Printer }) => {
      const printer = new Printer({ files: servedFonts() });
      printer.warmUp();
      return printer;
    });
    return this.printer;
  }

  /**
   * The profile's rules on this one PDF, which the measures read from a file: written to
   * a temporary folder removed at once, so that a preview killed outright leaves nothing.
   */
  private async measure(view: NonNullable<PreviewPage['print']>['view'], pdf: Uint8Array, pages: number): Promise<Finding[]> {
    const folder = await mkdtemp(join(tmpdir(), 'coalition-preview-'));
    try {
      const path = join(folder, `${view.lang}.pdf`);
      await writeFile(path, pdf);
      const { id, profile } = this.options.profile!;
      return await measureSubmission({
        profileId: id, profile, views: [view],
        outputs: [{ lang: view.lang, format: 'pdf', path, parts: [view] }],
        pagesOf: async () => ({ pages, estimated: false }),
        languagesOf: () => [view.lang],
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
