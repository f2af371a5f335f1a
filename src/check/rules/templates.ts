/**
 * Template problems: a workspace `templates/` override that does not compile, and
 * (per letter) one that fails while rendering, or a strings file that is invalid.
 * The letter is rendered exactly as `build` would, in every language it lists.
 */
import { renderLetterHtml } from '../../build/render-letter.js';
import { CoalitionError, type Diagnostic } from '../../errors.js';
import { createHtmlRenderer } from '../../render/html.js';
import { templateDiagnostic } from '../template-error.js';
import type { Rule } from '../types.js';

export const templates: Rule = {
  name: 'templates',
  workspace({ ws }) {
    try {
      createHtmlRenderer(ws.templates);
      return [];
    } catch (error) {
      if (error instanceof CoalitionError) return [templateDiagnostic(error, 'templates/')];
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
    for (const lang of fm.languages) {
      try {
        renderLetterHtml(ws, prepared, lang, { renderer });
      } catch (error) {
        if (error instanceof CoalitionError) diagnostics.push(templateDiagnostic(error, 'templates/'));
        else throw error;
      }
    }
    return diagnostics;
  },
};
