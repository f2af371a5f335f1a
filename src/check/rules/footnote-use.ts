/**
 * Footnotes a letter writes but does not print: a note defined (`[^x]: …`) that no
 * mark refers to is left out of every format, and a mark without a note (`[^y]`)
 * prints as written. And `footnotes: page`, which prints as `end`: Chromium cannot set
 * notes at the foot of each page (docs/formats.md).
 */
import type { Diagnostic } from '../../errors.js';
import { footnotesOf } from '../block-outline.js';
import type { Rule } from '../types.js';

export const footnotes: Rule = {
  name: 'footnotes',
  letter({ prepared }) {
    const { letter } = prepared;
    const diagnostics: Diagnostic[] = [];
    for (const [lang, body] of letter.bodies) {
      const { unused, undefinedRefs } = footnotesOf(body.markdown);
      const at = (needle: string) => {
        const offset = Math.max(0, body.markdown.indexOf(needle));
        const before = body.markdown.slice(0, offset);
        return { file: letter.file, line: body.line + before.split('\n').length - 1, column: offset - before.lastIndexOf('\n') };
      };
      for (const label of unused) {
        diagnostics.push({
          ...at(`[^${label}]:`), severity: 'warning', code: 'footnote-unused',
          message: `the footnote [^${label}] (${lang}) is never referred to in the text: it is not printed`,
          hint: `Put [^${label}] where the note belongs in the text, or remove the note.`,
        });
      }
      for (const label of undefinedRefs) {
        diagnostics.push({
          ...at(`[^${label}]`), severity: 'warning', code: 'footnote-undefined',
          message: `[^${label}] (${lang}) has no note: it prints as written`,
          hint: `Write the note on a line of its own in the ${lang} block: [^${label}]: The note's text.`,
        });
      }
    }
    const fm = letter.frontMatter;
    if (fm?.footnotes === 'page' && letter.source && [...letter.bodies.values()].some((b) => footnotesOf(b.markdown).count)) {
      diagnostics.push({
        file: letter.file, ...letter.source.locate(['footnotes']), severity: 'warning', code: 'footnotes-at-end',
        message: 'footnotes: page is not available in HTML and PDF: the notes print at the end of the body, before the closing',
        hint: 'Chromium, which prints the PDF, cannot place notes at the foot of each page. The Word letter (--format docx) has them there; remove footnotes: page to silence this.',
      });
    }
    return diagnostics;
  },
};
