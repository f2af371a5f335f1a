/**
 * Template problems: a workspace `templates/` override that does not compile, and
 * (per letter) one that fails while rendering, or a strings file that is invalid.
 * The letter is rendered exactly as `build` would, in every language it lists, so
 * every warning `build` prints while rendering is reported too, at the same place:
 * refused or missing images (in Markdown, in raw HTML, a letterhead's or a registry
 * entry's logo, the last at its line in signatories.yaml) and removed raw HTML. An
 * image that will not print is an error here, as `missing-files` says of Markdown images.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderLetterHtml } from '../../render/letter-html.js';
import { CoalitionError, diagnosticsOf, type Diagnostic } from '../../errors.js';
import { createHtmlRenderer } from '../../render/html.js';
import { completeLanguages } from '../../workspace/read-letter.js';
import type { Rule } from '../types.js';

export const templates: Rule = {
  name: 'templates',
  workspace({ ws }) {
    try {
      const renderer = createHtmlRenderer(ws.templates);
      // The public site's pages (`coalition publish`) are compiled when a site is made; an
      // override of one is compiled now, so a slip in it is found before a letter is published.
      for (const name of SITE_PAGES) if (ws.templates.findOverride(name)) renderer.renderPage(name, {});
      return [];
    } catch (error) {
      if (error instanceof CoalitionError) return diagnosticsOf(error, 'templates/');
      throw error;
    }
  },
  letter({ ws, prepared }) {
    const fm = prepared.letter.frontMatter;
    if (!fm || !prepared.signers) return [];
    let renderer;
    try {
      renderer = createHtmlRenderer(ws.templates);
    } catch {
      return []; // Reported once by the workspace check above.
    }
    const diagnostics: Diagnostic[] = [];
    // A language that lacks its text is reported as such by loading; the others render.
    for (const lang of completeLanguages(prepared.letter)) {
      try {
        // Only the problems are wanted: no faces read and inlined into a page nobody sees.
        const rendered = renderLetterHtml(ws, prepared, lang, { renderer, fonts: 'none' });
        diagnostics.push(...rendered.diagnostics.map((d) => (IMAGE_PROBLEMS.has(d.code) ? { ...d, severity: 'error' as const } : d)));
      } catch (error) {
        if (error instanceof CoalitionError) diagnostics.push(...diagnosticsOf(error, 'templates/').map((d) => blameOverride(d, ws.root)));
        else throw error;
      }
    }
    return diagnostics;
  },
};

const IMAGE_PROBLEMS = new Set(['image-missing', 'image-refused']);

/** The site's page templates, which no letter build compiles. */
const SITE_PAGES = ['site.hbs', 'site-embed.hbs', 'site-card.hbs'];

/**
 * A render failure names the layout that was running, often the built-in one; the
 * built-ins work, so the fault is in the workspace's own .hbs overrides: name the
 * override when there is one.
 */
function blameOverride(d: Diagnostic, root: string): Diagnostic {
  if (!d.file.startsWith('(built-in) ')) return d;
  const overrides = listOverrides(join(root, 'templates')).filter((f) => f.endsWith('.hbs'));
  if (overrides.length === 1) return { ...d, file: overrides[0]! };
  return { ...d, file: 'templates/', message: `${d.message} (in one of: ${overrides.join(', ')})` };
}

function listOverrides(dir: string, prefix = 'templates/'): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? listOverrides(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]).sort();
  } catch {
    return [];
  }
}
