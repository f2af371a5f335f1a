/**
 * `coalition publish <letter> [vN] --out <dir>`: a static site of a released version,
 * for any host that serves files. Its views come from the release (release-views.ts),
 * its pages from the site templates (site-pages.ts), its downloads from the version's
 * folder, checked against the manifest (downloads.ts), and its share image from the
 * browser that prints the letters; everything is written into a new folder that
 * replaces the old site whole (site-folder.ts).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CoalitionError, ExitCode, type Diagnostic } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { Printer } from '../pdf/printer.js';
import { createHtmlRenderer } from '../render/html.js';
import { servedFonts } from '../render/fonts.js';
import { releasedOn } from '../release/manifest.js';
import { makeFolder } from '../workspace/make-folder.js';
import { TemplateFiles } from '../workspace/template-files.js';
import { displayPath } from '../workspace/workspace.js';
import { readDownload, siteDownloads } from './downloads.js';
import { findRelease, releasedViews } from './release-views.js';
import { checkReplaceable, dropSiteTemp, makeSiteTemp, SITE_MARK, siteMarkText, swapIntoPlace } from './site-folder.js';
import { CARD, siteFiles } from './site-pages.js';
import { SiteTemplates } from './site-templates.js';

export interface PublishOptions {
  root: string;
  /** Absolute path of the letter. */
  letter: string;
  /** Default: the latest version. */
  version?: number;
  /** The site's folder (absolute). */
  outDir: string;
  /** The address the folder is served at (parsed by parseBaseUrl), for absolute links in the metadata. */
  baseUrl?: string;
  chromePath?: string;
  /** Milliseconds allowed for capturing one share image. */
  timeout?: number;
}

export interface PublishedFile {
  /** Its path inside the site folder. */
  name: string;
  bytes: number;
}

export interface PublishResult {
  /** The letter, as shown. */
  file: string;
  version: number;
  /** The version's folder, as shown. */
  release: string;
  dir: string;
  langs: string[];
  signers: number;
  files: PublishedFile[];
  warnings: Diagnostic[];
}

export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  // Share images only, captured one at a time: one page.
  const printer = new Printer({ chromePath: options.chromePath, files: servedFonts(), pages: 1, screenshots: true });
  let temp: string | undefined;
  const dropTemp = () => temp && dropSiteTemp(temp);
  // Ctrl-C ends the process from main.ts's handler, through process.exit: take the folder along.
  process.once('exit', dropTemp);
  try {
    const { root, outDir } = options;
    const shown = displayPath(root, outDir);
    // What is refused cheaply is refused before Chromium starts: no release, no such
    // version, a folder coalition did not make (a refused publish used to launch and close
    // a browser for nothing: 2–4 s on a loaded 2-core machine).
    const found = await findRelease(root, options.letter, options.version);
    await checkReplaceable(outDir, shown);
    // Chromium starts in its own processes while the release's views are rendered and the
    // pages written: 0.35 s of the 2,000-signer publish (docs/performance.md). A publish
    // refused later (a release file changed since, a broken site template) closes it in
    // `finally`.
    printer.warmUp();
    const { file, released, views, templates, diagnostics } = releasedViews(root, found);
    const downloads = siteDownloads(released.manifest);
    // Every file offered is checked against the manifest before anything else is done.
    const copies = await Promise.all(downloads.map((download) => readDownload(released, download)));
    const site = new SiteTemplates(templates, new TemplateFiles(root));
    const made = siteFiles({
      views, version: released.version, sent: releasedOn(released.manifest), downloads, renderer: createHtmlRenderer(site),
      css: site.get('site.css').text, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    });
    temp = await makeSiteTemp(outDir, shown);
    const files: PublishedFile[] = [];
    const put = async (name: string, data: string | Uint8Array) => {
      const path = join(temp!, name);
      try {
        await makeFolder(dirname(path));
        await writeFile(path, data);
      } catch (error) {
        throw writeFailed(`${shown}/${name}`, error);
      }
      files.push({ name, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length });
    };
    for (const [name, text] of made.texts) await put(name, text);
    for (const [i, download] of downloads.entries()) await put(download.name, copies[i]!);
    const warnings = [...diagnostics];
    const shots = await Promise.all(made.cards.map((card) => printer.screenshot({ html: card.html, ...CARD, timeout: options.timeout ?? 60_000 })));
    for (const [i, shot] of shots.entries()) {
      for (const path of made.cards[i]!.paths) await put(path, shot.png);
      for (const url of shot.blocked) warnings.push(blocked(file, url));
    }
    await put(SITE_MARK, siteMarkText({ letter: file, version: released.version, published_at: new Date().toISOString(), tool: `coalition ${packageVersion()}` }));
    await swapIntoPlace(temp, outDir, shown);
    temp = undefined;
    if (!options.baseUrl) warnings.push(noBaseUrl(file));
    return {
      file, version: released.version, release: released.shown, dir: outDir, langs: views.map((v) => v.lang),
      signers: released.manifest.signers, files: files.filter((f) => f.name !== SITE_MARK).sort((a, b) => a.name.localeCompare(b.name)), warnings,
    };
  } catch (error) {
    dropTemp();
    throw error;
  } finally {
    process.off('exit', dropTemp);
    await printer.close();
  }
}

/** The site is written into a folder of its own, so one failed file fails the whole (the old site stays). */
function writeFailed(shown: string, error: unknown): CoalitionError {
  if (error instanceof CoalitionError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new CoalitionError(`${shown} could not be written: ${code ?? (error as Error).message}`, {
    code: 'write-failed', exitCode: ExitCode.write, cause: error,
    hint: code === 'ENOSPC' ? 'The disk is full: free some space and publish again; the site that was there is unchanged.' : 'Check that the folder is writable and publish again; the site that was there is unchanged.',
  });
}

function blocked(file: string, url: string): Diagnostic {
  return {
    file, line: 0, column: 0, severity: 'warning', code: 'request-blocked',
    message: `the share image tried to load ${url}; the request was refused`,
    hint: 'The share card is captured offline: a templates/site-card.hbs override may use only data: URLs and the bundled font.',
  };
}

function noBaseUrl(file: string): Diagnostic {
  return {
    file, line: 0, column: 0, severity: 'warning', code: 'site-base-url-missing',
    message: 'published without --base-url: og:image is a relative address, which most link previews (social sites, messaging apps) do not follow, and og:url is left out',
    hint: 'Publish again with --base-url <the address the folder is served at>, e.g. --base-url https://example.org/letters/security-dialogue',
  };
}
