/**
 * One letter's per-language views and HTML pages, the same way for `build`, `preview`
 * (which re-renders on every change) and `check` (which renders to find template and
 * image problems before a build does).
 */
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { loadStrings } from '../i18n/strings.js';
import { createHtmlRenderer, type HtmlRenderer } from './html.js';
import { imageResolver } from '../markdown/images.js';
import { buildLetterView, type LetterView } from '../resolve/letter-view.js';
import type { PreparedLetter, Workspace } from '../workspace/load.js';

export interface RenderedLetter {
  lang: string;
  view: LetterView;
  html: string;
  /** Warnings met while rendering (refused or missing images). */
  diagnostics: Diagnostic[];
}

/**
 * The views of a valid prepared letter (one with `signers`) in `langs`, with the
 * warnings met on the way (refused images, removed raw HTML), at the body's line.
 */
export function letterViews(
  ws: Workspace,
  prepared: PreparedLetter,
  langs: readonly string[],
  draft: boolean,
): { views: LetterView[]; diagnostics: Diagnostic[] } {
  const { letter } = prepared;
  const fm = letter.frontMatter;
  if (!fm || !prepared.signers) throw new Error(`letterViews: ${letter.file} is not valid`);
  const resolveImage = imageResolver(ws.root, letter.absolutePath);
  // Registry `logo:` paths are relative to signatories.yaml, not to the letter.
  const resolveRegistryImage = imageResolver(ws.root, join(ws.root, 'signatories.yaml'));
  const diagnostics: Diagnostic[] = [];
  const views = langs.map((lang) => {
    const body = letter.bodies.get(lang);
    if (!body) throw new Error(`letterViews: ${letter.file} has no ${lang} body`);
    const { view, problems } = buildLetterView({
      frontMatter: fm,
      bodyMarkdown: body.markdown,
      signers: prepared.signers!,
      registry: ws.registry.signatories,
      lang,
      strings: loadStrings(ws.templates, lang),
      draft,
      resolveImage,
      resolveRegistryImage,
    });
    for (const message of problems) diagnostics.push(renderWarning(letter.file, locateProblem(body, message), message));
    return view;
  });
  return { views, diagnostics };
}

/**
 * Renders a valid prepared letter in `lang`. Throws the CoalitionError of a broken
 * template or strings file.
 */
export function renderLetterHtml(
  ws: Workspace,
  prepared: PreparedLetter,
  lang: string,
  options: { draft?: boolean; renderer?: HtmlRenderer } = {},
): RenderedLetter {
  const renderer = options.renderer ?? createHtmlRenderer(ws.templates);
  const { views, diagnostics } = letterViews(ws, prepared, [lang], options.draft ?? false);
  const view = views[0]!;
  return { lang, view, html: renderer.render(view), diagnostics };
}

/**
 * Where in the file a rendering problem comes from: the image's address or the first
 * removed tag, searched in the language block's Markdown; the block's first line when
 * it cannot be found (an address the Markdown parser normalized, say).
 */
function locateProblem(body: { markdown: string; line: number }, message: string): { line: number; column: number } {
  const needle = /^image "([^"…]+)"/.exec(message)?.[1] ?? /^raw HTML removed: (<[a-z0-9-]+)/i.exec(message)?.[1];
  const at = needle ? body.markdown.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at === -1) return { line: body.line, column: 0 };
  const before = body.markdown.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: body.line + before.split('\n').length - 1, column: at - lineStart + 1 };
}

function renderWarning(file: string, at: { line: number; column: number }, message: string): Diagnostic {
  const html = message.startsWith('raw HTML removed');
  return {
    file, ...at, severity: 'warning', code: html ? 'html-removed' : 'image-refused', message,
    hint: html
      ? 'Write the letter in Markdown; raw HTML is limited to text formatting, links, tables and images.'
      : 'Use an image file inside the workspace, with a path relative to the letter.',
  };
}
