/**
 * Handlebars templates → one HTML page per letter and language: self-contained (fonts
 * inlined) for the `.html` file and the preview, or with its fonts by address for the
 * printer (render/fonts.ts). Templates and partials are compiled once per renderer and
 * reused for every letter.
 */
import Handlebars from 'handlebars';
import type { EditionView } from './edition-view.js';
import { CoalitionError } from '../errors.js';
import type { LetterView } from '../resolve/letter-view.js';
import { FONT_CSS_MARK, fontFamilyFor, withFontFaces, type FontChoice } from './fonts.js';
import { labelSpace } from '../i18n/strings.js';
import { numberingSystem, ordinalPieces } from '../i18n/intl.js';
import { needsIsolation, textDirection } from '../i18n/direction.js';
import { pageLabelParts } from './page-label.js';
import { PRECOMPILED } from './precompiled-templates.js';
import type { TemplateFile, TemplateFiles } from '../workspace/template-files.js';

export interface HtmlRenderer {
  /** The page of one letter in one language (templates/letter.hbs), its fonts inlined unless `fonts` says otherwise. */
  render(view: LetterView, fonts?: FontChoice): string;
  /** One partial (`heading`, `addressees`…) alone, with `view` as its context. */
  renderPartial(name: string, view: LetterView): string;
  /** A combined bilingual edition (templates/bilingual.hbs). */
  renderEdition(edition: EditionView, fonts?: FontChoice): string;
  /**
   * Another page written over the same partials and helpers, `name` being its template
   * (`site.hbs`, the public site's page): compiled on first use, `context` its data.
   */
  renderPage(name: string, context: object): string;
}

/**
 * A CSS string literal that is data inside a `<style>` block: a strings file may say
 * `</style><script>…`, and the HTML parser ends a style element at the first `</style`
 * whatever CSS quoting surrounds it. So besides quotes and backslashes, `<`, `>`, `&`
 * and every control character become CSS escapes (`\3c `); a line break prints as one.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"'<>&\u0000-\u001f\u007f]/g, cssEscape)}"`;
}

function cssEscape(c: string): string {
  if (c === '\\' || c === '"' || c === "'") return `\\${c}`;
  if (c === '\n' || c === '\r' || c === '\f') return '\\A ';
  return `\\${c.charCodeAt(0).toString(16)} `;
}

/** CSS's counter style for a numbering system's digits (CSS Counter Styles, "Simple numeric"). */
const COUNTER_STYLES: Record<string, string> = { arab: 'arabic-indic', arabext: 'persian' };

/**
 * "Page {page} of {pages}" → `"Page " counter(page) " of " counter(pages)` for @page
 * margin boxes, the numbers in `lang`'s digits ("صفحة ٢ من ٣"). A placeholder may name
 * its own digits, `{page:arab}`: the two languages of a parallel edition's footer.
 */
function pageCounter(template: string, lang?: string): string {
  const own = lang ? numberingSystem(lang) : 'latn';
  return pageLabelParts(template)
    .map((part) => {
      if (typeof part === 'string') return cssString(part);
      const style = COUNTER_STYLES[part.digits ?? own];
      return style ? `counter(${part.field}, ${style})` : `counter(${part.field})`;
    })
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
  hbs.registerHelper('pageCounter', (text: unknown, lang: unknown) => pageCounter(String(text ?? ''), typeof lang === 'string' ? lang : undefined));
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  // `dir="{{dir lang}}"`: rtl for Arabic, Hebrew, Persian… (src/i18n/direction.ts).
  hbs.registerHelper('dir', (lang: unknown) => textDirection(String(lang ?? '')));
  // `{{bdi name @root.lang}}`: a name that starts in the other direction than the page
  // (a Latin name in an Arabic letter) isolated in <bdi> (UAX #9); any other text as {{name}} prints it.
  hbs.registerHelper('bdi', (text: unknown, lang: unknown) => {
    const value = String(text ?? '');
    const escaped = hbs.escapeExpression(value);
    return new hbs.SafeString(typeof lang === 'string' && needsIsolation(value, lang) ? `<bdi>${escaped}</bdi>` : escaped);
  });
  // ` numerals-arab` on an element of a language whose numbers take other digits than 0–9, nothing otherwise (letter.css).
  hbs.registerHelper('numerals', (lang: unknown) => {
    const system = typeof lang === 'string' ? numberingSystem(lang) : 'latn';
    return system === 'latn' ? '' : ` numerals-${system}`;
  });
  // `font-family: {{{fontFamily lang}}}`: the bundled faces for the language (page margins, which no `:lang()` reaches).
  // `{{labelSpace strings.subject_label}}`: a space after a label, none after a full-width colon ("事由：").
  hbs.registerHelper('labelSpace', (label: unknown) => labelSpace(String(label ?? '')));
  hbs.registerHelper('fontFamily', (lang: unknown) => fontFamilyFor(String(lang ?? '')));
  // "1er" with its letters superior, the rest escaped as {{…}} would.
  hbs.registerHelper('ordinals', (text: unknown) => new hbs.SafeString(ordinalPieces(String(text ?? ''))
    .map((piece) => (piece.superior ? `<sup class="ordinal">${hbs.escapeExpression(piece.text)}</sup>` : hbs.escapeExpression(piece.text))).join('')));
  for (const name of files.list('partials', '.hbs')) {
    const file = files.get(name);
    hbs.registerPartial(name.slice('partials/'.length, -'.hbs'.length), compile(hbs, file));
  }
  const layout = files.get('letter.hbs');
  const template = compile(hbs, layout);
  const css = files.get('letter.css').text;
  // Compiled on first use: a workspace that never builds a combined edition never needs it.
  let edition: Handlebars.TemplateDelegate | undefined;
  const pages = new Map<string, { origin: string; template: Handlebars.TemplateDelegate }>();

  return {
    render(view, fonts = 'inline') {
      return withFontFaces(run(layout.origin, () => template({ ...view, css, fontCss: FONT_CSS_MARK }, OWN_FIELDS_ONLY)), fonts);
    },
    renderPartial(name, view) {
      const partial = hbs.partials[name] as Handlebars.TemplateDelegate | undefined;
      if (!partial) throw new CoalitionError(`template partials/${name}.hbs is missing`, { code: 'template-missing', hint: 'Reinstall coalition, or add the file to templates/partials/.' });
      return run(`templates/partials/${name}.hbs`, () => partial(view, OWN_FIELDS_ONLY));
    },
    renderEdition(view, fonts = 'inline') {
      const file = files.get('bilingual.hbs');
      edition ??= compile(hbs, file);
      return withFontFaces(run(file.origin, () => edition!({ ...view, css, fontCss: FONT_CSS_MARK }, OWN_FIELDS_ONLY)), fonts);
    },
    renderPage(name, context) {
      let page = pages.get(name);
      if (!page) {
        const file = files.get(name);
        page = { origin: file.origin, template: compile(hbs, file) };
        pages.set(name, page);
      }
      const { origin, template } = page;
      return run(origin, () => template(context, OWN_FIELDS_ONLY));
    },
  };
}

/**
 * A template reads the view's own fields, never what objects inherit (`"s".split`,
 * `constructor`: the way to code execution). Handlebars denies those anyway, but
 * unless told the default it prints a warning of its own to stderr; saying `false`
 * denies them silently, like any name the view does not have.
 */
const OWN_FIELDS_ONLY: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** Names only an attempt on JavaScript's internals would write in a template. */
const INTERNAL_NAMES = new Set(['constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** The first place a template names one of INTERNAL_NAMES, as a path (`a.constructor`) or a literal (`lookup x "constructor"`). */
function internalNameIn(program: hbs.AST.Program): { name: string; line: number } | undefined {
  let found: { name: string; line: number } | undefined;
  const visitor = new Handlebars.Visitor();
  const note = (name: string, node: hbs.AST.Node) => {
    if (!found && INTERNAL_NAMES.has(name)) found = { name, line: node.loc.start.line };
  };
  Object.assign(visitor, {
    PathExpression(path: hbs.AST.PathExpression) {
      for (const part of path.parts) note(part, path);
    },
    StringLiteral(literal: hbs.AST.StringLiteral) {
      note(literal.value, literal);
    },
  });
  visitor.accept(program);
  return found;
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
    const unsafe = internalNameIn(hbs.parse(text));
    if (unsafe) {
      throw CoalitionError.fromDiagnostic({
        file: origin, line: unsafe.line, column: 0, severity: 'error', code: 'template-unsafe',
        message: `the template reads "${unsafe.name}", which is JavaScript's, not the letter's`,
        hint: 'Templates may read only the fields listed in docs/templates.md: remove that expression.',
      });
    }
    return hbs.compile(text, { strict: false, preventIndent: true });
  } catch (error) {
    if (error instanceof CoalitionError) throw error;
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
