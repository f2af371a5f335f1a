/**
 * One letter in one language to its full HTML page, the same way `build` renders it.
 * Used by `preview` (which re-renders on every change) and by `check` (which renders
 * to find template and image problems before a build does).
 */
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { loadStrings } from '../i18n/strings.js';
import { createHtmlRenderer, type HtmlRenderer } from '../render/html.js';
import { imageResolver } from '../render/images.js';
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
 * Renders a valid prepared letter (one with `signers`) in `lang`. Throws the
 * CoalitionError of a broken template or strings file.
 */
export function renderLetterHtml(
  ws: Workspace,
  prepared: PreparedLetter,
  lang: string,
  options: { draft?: boolean; renderer?: HtmlRenderer } = {},
): RenderedLetter {
  const { letter } = prepared;
  const fm = letter.frontMatter;
  const body = letter.bodies.get(lang);
  if (!fm || !prepared.signers || !body) throw new Error(`renderLetterHtml: ${letter.file} is not valid in ${lang}`);
  const renderer = options.renderer ?? createHtmlRenderer(ws.templates);
  const { view, problems } = buildLetterView({
    frontMatter: fm,
    bodyMarkdown: body.markdown,
    signers: prepared.signers,
    registry: ws.registry.signatories,
    lang,
    strings: loadStrings(ws.templates, lang),
    draft: options.draft ?? false,
    resolveImage: imageResolver(ws.root, letter.absolutePath),
    // Registry `logo:` paths are relative to signatories.yaml, not to the letter.
    resolveRegistryImage: imageResolver(ws.root, join(ws.root, 'signatories.yaml')),
  });
  const diagnostics: Diagnostic[] = problems.map((message) => ({
    file: letter.file, line: body.line, column: 0, severity: 'warning', code: 'image-refused', message,
    hint: 'Use an image file inside the workspace, with a path relative to the letter.',
  }));
  return { lang, view, html: renderer.render(view), diagnostics };
}
