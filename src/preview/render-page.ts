/**
 * The page the preview serves for one letter in one language: the letter's own HTML,
 * exactly as `build` writes it, or, when the letter, the registry or a template is
 * broken, a page listing the problems. Never throws: a broken edit must not stop
 * the server.
 */
import { renderLetterHtml } from '../render/letter-html.js';
import { createHtmlRenderer } from '../render/html.js';
import type { LetterView } from '../resolve/letter-view.js';
import { asCoalitionError, compareDiagnostics, diagnosticsOf, type Diagnostic } from '../errors.js';
import { openWorkspace } from '../workspace/load.js';
import { prepareLetter } from '../resolve/prepare-letter.js';
import { blockingErrors } from '../workspace/read-letter.js';
import { displayPath } from '../workspace/workspace.js';
import { escapeHtml } from '../markdown/escape-html.js';

export interface PreviewPage {
  /** The full HTML page (no reload script yet). */
  html: string;
  /** The letter as the printer gets it (fonts served from memory) and its view, when it can be printed. */
  print?: { html: () => string; view: LetterView };
  /** The language shown, and every language the letter has (for the switcher). */
  lang?: string;
  langs: string[];
  /** Problems found: when any is an error, `html` is the problems page. */
  diagnostics: Diagnostic[];
  ok: boolean;
}

/** `recipient`: show the copy addressed to that recipient alone (an official's id, or an addressee's as `build --each` names it). */
export async function renderPreviewPage(root: string, letterPath: string, lang: string | undefined, draft: boolean, recipient?: string): Promise<PreviewPage> {
  const file = displayPath(root, letterPath);
  try {
    const ws = await openWorkspace(root, false);
    const prepared = await prepareLetter(ws, letterPath);
    const diagnostics = [...ws.registry.diagnostics, ...prepared.diagnostics].sort(compareDiagnostics);
    const langs = prepared.letter.frontMatter?.languages ?? [...prepared.letter.bodies.keys()];
    if (!prepared.signers || blockingErrors(prepared.letter, diagnostics).length) return problemsPage(file, langs, diagnostics);
    const shown = lang ?? langs[0]!;
    // A language still missing its text shows what it lacks; the letter's other languages show as usual.
    const gaps = prepared.letter.gaps.get(shown);
    if (gaps) return problemsPage(file, langs, gaps);
    if (!langs.includes(shown)) {
      return problemsPage(file, langs, [{
        file, line: 0, column: 0, severity: 'error', code: 'unknown-language',
        message: `this letter has no "${shown}" text; its languages are ${langs.join(', ')}`,
        hint: 'Pick one of its languages above.',
      }]);
    }
    const copy = recipient === undefined ? undefined : prepared.recipients?.find((r) => r.id === recipient);
    if (recipient !== undefined && !copy) return problemsPage(file, langs, [unknownRecipient(file, recipient, prepared.recipients ?? [])]);
    const renderer = createHtmlRenderer(ws.templates);
    const rendered = renderLetterHtml(ws, prepared, shown, { draft, renderer, ...(copy ? { recipient: copy } : {}) });
    return {
      html: rendered.html, lang: shown, langs, diagnostics: [...diagnostics, ...rendered.diagnostics], ok: true,
      print: { html: () => renderer.render(rendered.view, 'served'), view: rendered.view },
    };
  } catch (error) {
    const diagnostics = diagnosticsOf(asCoalitionError(error), file);
    return problemsPage(file, [], diagnostics);
  }
}

function unknownRecipient(file: string, recipient: string, recipients: readonly { id: string }[]): Diagnostic {
  const ids = recipients.map((r) => r.id);
  return {
    file, line: 0, column: 0, severity: 'error', code: 'unknown-recipient',
    message: `"${recipient}" is not one of this letter's addressees`,
    hint: ids.length ? `Its addressees are ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}.` : 'The letter has no addressees: add some under `to:`.',
  };
}

function problemsPage(file: string, langs: string[], diagnostics: Diagnostic[]): PreviewPage {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = diagnostics.map((d) => `<li class="${d.severity}"><code>${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</code> <strong>${d.severity}</strong> <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}${d.hint ? `<br><span class="hint">hint: ${escapeHtml(d.hint)}</span>` : ''}</li>`).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${errors.length} problem${errors.length === 1 ? '' : 's'}: ${escapeHtml(file)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.3rem; color: #a00; }
li { margin: .6rem 0; } li.error strong { color: #a00; } li.warning strong { color: #8a5a00; }
.hint { color: #555; } code { font-size: .9em; }
</style></head>
<body><main id="coalition-problems">
<h1>${escapeHtml(file)} cannot be shown: ${errors.length} problem${errors.length === 1 ? '' : 's'}</h1>
<p>Fix ${errors.length === 1 ? 'it' : 'them'} and save: this page reloads by itself.</p>
<ul>
${items}
</ul></main></body></html>`;
  return { html, langs, diagnostics, ok: false };
}
