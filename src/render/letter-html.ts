/**
 * One letter's per-language views and HTML pages, the same way for `build`, `preview`
 * (which re-renders on every change) and `check` (which renders to find template and
 * image problems before a build does).
 */
import { join } from 'node:path';
import { CoalitionError, compareDiagnostics, isCoalitionError, uniqueDiagnostics, type Diagnostic } from '../errors.js';
import { genderEvidence } from '../i18n/gender.js';
import { loadStrings } from '../i18n/strings.js';
import type { FontChoice } from './fonts.js';
import { createHtmlRenderer, type HtmlRenderer } from './html.js';
import { imageResolver } from '../markdown/images.js';
import type { RenderProblem } from '../markdown/markdown.js';
import { buildLetterView, type BodyCache, type LetterView } from '../resolve/letter-view.js';
import type { Workspace } from '../workspace/load.js';
import type { PreparedLetter } from '../resolve/prepare-letter.js';
import { REGISTRY_FILE } from '../workspace/workspace.js';
import type { Recipient } from '../resolve/addressees.js';

export interface RenderedLetter {
  lang: string;
  view: LetterView;
  html: string;
  /** Warnings met while rendering (refused or missing images, removed raw HTML). */
  diagnostics: Diagnostic[];
}

/** Which views of a letter to make. */
export interface LetterViewOptions {
  /** The languages, in order (each must have its body). */
  langs: readonly string[];
  /** Pending signers printed, marked, and DRAFT on every page. */
  draft?: boolean;
  /** The copy addressed to this recipient alone (`delivery: each`); default: the letter to all its addressees. */
  recipient?: Recipient;
  /** Bodies made by an earlier call for the same letter, reused (a letter's copies share their body). */
  bodies?: BodyCache;
}

/**
 * The views of a valid prepared letter (one with `signers`), with the warnings met on
 * the way (refused images, removed raw HTML), at the body's line. Every writer (HTML,
 * PDF, Word, plain text, the measures of `--for`) works from these; a build makes them
 * once and hands them on (src/pipeline/build-letters.ts).
 */
export function letterViews(ws: Workspace, prepared: PreparedLetter, options: LetterViewOptions): { views: LetterView[]; diagnostics: Diagnostic[] } {
  const { langs, recipient } = options;
  const draft = options.draft ?? false;
  const { letter } = prepared;
  if (!letter.frontMatter || !prepared.signers || !prepared.recipients) throw new Error(`letterViews: ${letter.file} is not valid`);
  const fm = { ...letter.frontMatter, to: (recipient ? [recipient] : prepared.recipients).map((r) => r.addressee) };
  const resolveImage = imageResolver(ws.root, letter.absolutePath);
  // Registry `logo:` paths are relative to signatories.yaml, not to the letter, and a
  // problem with one is the registry's: it is reported there.
  const registryImage = imageResolver(ws.root, join(ws.root, REGISTRY_FILE));
  const fromRegistry = new WeakSet<RenderProblem>();
  const resolveRegistryImage = (src: string) => {
    const resolved = registryImage(src);
    if (resolved.problem) fromRegistry.add(resolved.problem);
    return resolved;
  };
  const inRegistry = registryPlacer(ws);
  const gender = genderEvidence(ws.templates, fm.languages);
  const diagnostics: Diagnostic[] = [];
  const views = langs.map((lang) => {
    const body = letter.bodies.get(lang);
    if (!body) throw new Error(`letterViews: ${letter.file} has no ${lang} body`);
    const strings = loadStrings(ws.templates, lang);
    const { view, problems } = atBody(letter.file, body, () => buildLetterView({
      frontMatter: fm,
      bodyMarkdown: body.markdown,
      signers: prepared.signers!,
      registry: ws.registry.signatories,
      lang,
      strings,
      gender,
      draft,
      resolveImage,
      resolveRegistryImage,
      ...(options.bodies ? { bodies: options.bodies } : {}),
    }));
    const place = placer(letter.file, body, (needle) => letterheadLogo(prepared, needle));
    for (const problem of problems) {
      const placed = fromRegistry.has(problem) ? inRegistry(problem) : [];
      diagnostics.push(...(placed.length ? placed : [place(problem)]));
    }
    return view;
  });
  // A registry logo used in every language is one problem, said once; in the order of the file.
  return { views, diagnostics: uniqueDiagnostics(diagnostics).sort(compareDiagnostics) };
}

/**
 * Renders a valid prepared letter in `lang`, its faces inlined unless `fonts` says
 * otherwise. Throws the CoalitionError of a broken template or strings file.
 */
export function renderLetterHtml(
  ws: Workspace,
  prepared: PreparedLetter,
  lang: string,
  options: { draft?: boolean; renderer?: HtmlRenderer; recipient?: Recipient; fonts?: FontChoice } = {},
): RenderedLetter {
  const renderer = options.renderer ?? createHtmlRenderer(ws.templates);
  const { views, diagnostics } = letterViews(ws, prepared, { langs: [lang], draft: options.draft, recipient: options.recipient });
  const view = views[0]!;
  return { lang, view, html: renderer.render(view, options.fonts), diagnostics };
}

/** Runs `render`; a limit the Markdown passes (too large, nested too deep) is reported at the language block. */
function atBody<T>(file: string, body: { line: number }, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (!isCoalitionError(error) || error.diagnostics.length) throw error;
    const { code, message, hint, exitCode, cause } = error;
    throw CoalitionError.fromDiagnostic({ file, line: body.line, column: 0, severity: 'error', code, message, ...(hint ? { hint } : {}) }, { exitCode, cause });
  }
}

/**
 * Places rendering problems in the file: at the first place the problem's text (the
 * image's address, the removed tag) is written in the language block's Markdown;
 * else where `elsewhere` finds it (the front matter's letterhead logo); at the block's
 * first line when it cannot be found (an address the Markdown parser normalized, say).
 */
function placer(
  file: string,
  body: { markdown: string; line: number },
  elsewhere: (needle: string) => { line: number; column: number } | undefined,
): (problem: RenderProblem) => Diagnostic {
  let lowered: string | undefined;
  return ({ needle, code, message, hint }) => {
    lowered ??= body.markdown.toLowerCase();
    // An address the Markdown parser encoded (`<my file.png>` → my%20file.png) is written decoded.
    let at = lowered.indexOf(needle.toLowerCase());
    if (at === -1) at = lowered.indexOf(decoded(needle).toLowerCase());
    if (at === -1) return { file, ...(elsewhere(needle) ?? { line: body.line, column: 0 }), severity: 'warning', code, message, hint };
    const before = body.markdown.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { file, line: body.line + before.split('\n').length - 1, column: at - lineStart + 1, severity: 'warning', code, message, hint };
  };
}

/** Where the letter's own letterhead names `src` as its logo, if it does. */
function letterheadLogo({ letter }: PreparedLetter, src: string): { line: number; column: number } | undefined {
  const head = letter.frontMatter?.letterhead;
  return typeof head === 'object' && head.logo === src && letter.source ? letter.source.locate(['letterhead', 'logo']) : undefined;
}

/**
 * A registry logo's problem, at the `logo:` line of every entry that names that file
 * (the registry's positions are read only now, when there is a problem to place).
 */
function registryPlacer(ws: Workspace): (problem: RenderProblem) => Diagnostic[] {
  const { registry } = ws;
  return ({ needle, code, message, hint }) => {
    const ids = [...registry.signatories].filter(([, entry]) => entry.logo === needle).map(([id]) => id);
    return ids.map((id) => ({
      file: registry.file, ...registry.source.locate(['signatories', id, 'logo']), severity: 'warning', code,
      message: `${message} (the logo of ${id})`,
      hint: code === 'image-refused' ? `Use an image file inside the workspace, with a path relative to ${registry.file}.` : hint,
    }));
  };
}

function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
