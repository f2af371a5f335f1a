/**
 * Translations whose structure differs from the primary language's text: a dropped
 * paragraph, a list with one item fewer, a quote or heading missing. Reported at the
 * first block where the translation departs from the original, in the translation.
 * Each language block has its own footnotes: a translation with more or fewer notes
 * than the original is reported at its first line.
 */
import type { Diagnostic } from '../../errors.js';
import { describeBlock, footnotesOf, outlineOf, type OutlineBlock } from '../block-outline.js';
import { letterLanguages } from '../raw-facts.js';
import type { Rule } from '../types.js';

export const translationStructure: Rule = {
  name: 'translation-structure',
  letter({ prepared }) {
    const { letter } = prepared;
    const langs = letterLanguages(letter);
    const primary = langs[0];
    const original = primary ? letter.bodies.get(primary) : undefined;
    if (!primary || !original) return [];
    const reference = outlineOf(original.markdown, original.line);
    const notes = footnotesOf(original.markdown).count;
    const diagnostics: Diagnostic[] = [];
    for (const lang of langs.slice(1)) {
      const body = letter.bodies.get(lang);
      if (!body) continue;
      const outline = outlineOf(body.markdown, body.line);
      const problem = firstDifference(reference, outline, primary, lang, body.line);
      if (problem) {
        diagnostics.push({
          file: letter.file, line: problem.line, column: 1, severity: 'warning', code: 'translation-structure',
          message: `${problem.message} (${lang}: ${summary(outline)}; ${primary}: ${summary(reference)})`,
          hint: `Translate every paragraph, list item, quote and heading of the ${primary} text, in the same order.`,
        });
      }
      const own = footnotesOf(body.markdown).count;
      if (own !== notes) {
        diagnostics.push({
          file: letter.file, line: body.line, column: 1, severity: 'warning', code: 'translation-structure',
          message: `the ${lang} text has ${plural(own, 'footnote')}, the ${primary} text ${plural(notes, 'footnote')}`,
          hint: `Translate every footnote of the ${primary} text ([^1] in the text, [^1]: … for the note), in its ${lang} block.`,
        });
      }
    }
    return diagnostics;
  },
};

function firstDifference(
  reference: OutlineBlock[], outline: OutlineBlock[], primary: string, lang: string, bodyLine: number,
): { line: number; message: string } | undefined {
  for (let i = 0; i < Math.max(reference.length, outline.length); i++) {
    const want = reference[i];
    const have = outline[i];
    if (!want) return { line: have!.line, message: `the ${lang} text has ${describeBlock(have!)} here that the ${primary} text (line ${reference.at(-1)?.line ?? '?'}) ends before` };
    if (!have) {
      const last = outline.at(-1);
      return { line: last?.line ?? bodyLine, message: `the ${lang} text ends here, but the ${primary} text goes on with ${describeBlock(want)} (line ${want.line})` };
    }
    if (want.kind !== have.kind || want.items !== have.items) {
      return { line: have.line, message: `the ${lang} text has ${describeBlock(have)} where the ${primary} text has ${describeBlock(want)} (line ${want.line})` };
    }
  }
  return undefined;
}

/** "4 paragraphs, 2 list items, 1 quote": the counts a translator can compare. */
function summary(blocks: OutlineBlock[]): string {
  const counts = new Map<string, number>();
  const add = (what: string, n: number) => counts.set(what, (counts.get(what) ?? 0) + n);
  for (const b of blocks) {
    if (b.items !== undefined) add('list item', b.items);
    else add(b.kind.startsWith('heading') ? 'heading' : b.kind, 1);
  }
  return [...counts].map(([what, n]) => `${n} ${what}${n === 1 ? '' : what === 'code' ? ' blocks' : 's'}`).join(', ') || 'no text';
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
