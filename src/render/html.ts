/**
 * Handlebars templates → one self-contained HTML page per letter and language.
 * Templates and partials are compiled once per renderer and reused for every letter.
 */
import Handlebars from 'handlebars';
import type { EditionView } from './bilingual.js';
import { CoalitionError } from '../errors.js';
import type { LetterView } from '../resolve/letter-view.js';
import { fontFaceCss } from './fonts.js';
import { PRECOMPILED } from './precompiled-templates.js';
import type { TemplateFile, TemplateFiles } from '../workspace/template-files.js';

export interface HtmlRenderer {
  /** The page of one letter in one language (templates/letter.hbs). */
  render(view: LetterView): string;
  /** One partial (`heading`, `addressees`…) alone, with `view` as its context. */
  renderPartial(name: string, view: LetterView): string;
  /** A combined bilingual edition (templates/bilingual.hbs). */
  renderEdition(edition: EditionView): string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, '\\A ')}"`;
}

/** "Page {page} of {pages}" → `"Page " counter(page) " of " counter(pages)` for @page margin boxes. */
export function pageCounter(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The templates' file contents are read once per `TemplateFiles`, so their compiled form
 * is kept per `TemplateFiles` too: `check` over 100 letters compiles them once, and a
 * preview that makes new `TemplateFiles` after an edit gets fresh templates.
 */
const renderers = new WeakMap<TemplateFiles, HtmlRenderer>();

export function createHtmlRenderer(files: TemplateFiles): HtmlRenderer {
  let renderer = renderers.get(files);
  if (!renderer) {
    renderer = compileRenderer(files);
    renderers.set(files, renderer);
  }
  return renderer;
}

function compileRenderer(files: TemplateFiles): HtmlRenderer {
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hbs.registerHelper('cssString', (text: unknown) => cssString(String(text ?? '')));
  hbs.registerHelper('pageCounter', (text: unknown) => pageCounter(String(text ?? '')));
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  for (const name of files.list('partials', '.hbs')) {
    const file = files.get(name);
    hbs.registerPartial(name.slice('partials/'.length, -'.hbs'.length), compile(hbs, file));
  }
  const layout = files.get('letter.hbs');
  const template = compile(hbs, layout);
  const css = files.get('letter.css').text;
  // Compiled on first use: a workspace that never builds a combined edition never needs it.
  let edition: Handlebars.TemplateDelegate | undefined;

  return {
    render(view) {
      return run(layout.origin, () => template({ ...view, css, fontCss: fontFaceCss() }));
    },
    renderPartial(name, view) {
      const partial = hbs.partials[name] as Handlebars.TemplateDelegate | undefined;
      if (!partial) throw new CoalitionError(`template partials/${name}.hbs is missing`, { code: 'template-missing', hint: 'Reinstall coalition, or add the file to templates/partials/.' });
      return run(`templates/partials/${name}.hbs`, () => partial(view));
    },
    renderEdition(view) {
      const file = files.get('bilingual.hbs');
      edition ??= compile(hbs, file);
      return run(file.origin, () => edition!({ ...view, css, fontCss: fontFaceCss() }));
    },
  };
}

function run(origin: string, render: () => string): string {
  try {
    return render();
  } catch (error) {
    if (error instanceof CoalitionError) throw error;
    throw templateError(origin, 'template-error', `the template failed: ${handlebarsMessage(error)}`, error,
      'Fix the template (an unknown partial or helper, or a block left open), or remove your override.');
  }
}

/**
 * A template ready to run. A built-in one comes precompiled by `npm run build`
 * (scripts/precompile-templates.mjs: compiling cost 20–25 ms of every start), but only
 * while its text is exactly what was precompiled; anything else is compiled here.
 */
function compile(hbs: typeof Handlebars, file: TemplateFile): Handlebars.TemplateDelegate {
  const precompiled = PRECOMPILED[file.name];
  if (!file.overridden && precompiled?.source === file.text) return hbs.template(precompiled.spec);
  const { text, origin } = file;
  try {
    // Parse now so a syntax error names its file instead of surfacing mid-build.
    hbs.parse(text);
    return hbs.compile(text, { strict: false, preventIndent: true });
  } catch (error) {
    throw templateError(origin, 'template-syntax', handlebarsMessage(error), error,
      'Fix the Handlebars syntax of this template, or delete your override to use the built-in one.');
  }
}

/** A template's fault at its file, and at its line when Handlebars tells it. */
function templateError(file: string, code: string, message: string, cause: unknown, hint: string): CoalitionError {
  const { lineNumber, column } = cause as { lineNumber?: number; column?: number };
  // A syntax error carries its line only in its text: "Parse error on line 5:".
  const line = lineNumber ?? Number(/^Parse error on line (\d+)/.exec((cause as Error).message)?.[1] ?? 0);
  return CoalitionError.fromDiagnostic(
    { file, line, column: lineNumber !== undefined && column !== undefined ? column + 1 : 0, severity: 'error', code, message, hint },
    { cause },
  );
}

/** Handlebars' first line, and its last when the first only announces it ("Parse error on line 5:" … "Expecting 'OPEN_ENDBLOCK', got 'EOF'"). */
function handlebarsMessage(error: unknown): string {
  const lines = String((error as Error)?.message ?? error).trim().split('\n');
  const first = lines[0]!.trim();
  return first.endsWith(':') && lines.length > 1 ? `${first} ${lines.at(-1)!.trim()}` : first;
}
