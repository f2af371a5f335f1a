/**
 * Splits a letter body into its `::: <lang>` blocks. A body without blocks belongs
 * to the primary language. Each block remembers the file line where its text starts,
 * so problems inside it are reported at the right line.
 */
import type { Diagnostic } from '../errors.js';

export interface BodyBlock {
  lang: string;
  markdown: string;
  /** 1-based file line of the block's first text line. */
  line: number;
}

const OPEN = /^:::[ \t]*([A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-[A-Za-z]{2})?)[ \t]*$/;
const CLOSE = /^:::[ \t]*$/;

/**
 * @param body the text after the front matter
 * @param firstLine the file line number of the body's first line
 */
export function splitBodyBlocks(
  body: string,
  firstLine: number,
  primaryLang: string,
  file: string,
): { blocks: BodyBlock[]; diagnostics: Diagnostic[] } {
  const lines = body.split('\n');
  const blocks: BodyBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  const outside: { line: number; text: string }[] = [];
  let open: { lang: string; line: number; text: string[] } | undefined;
  let sawBlock = false;

  lines.forEach((text, index) => {
    const line = firstLine + index;
    const opening = OPEN.exec(text);
    if (opening && !open) {
      open = { lang: opening[1]!, line: line + 1, text: [] };
      sawBlock = true;
    } else if (CLOSE.test(text) && open) {
      blocks.push({ lang: open.lang, markdown: open.text.join('\n'), line: open.line });
      open = undefined;
    } else if (opening && open) {
      diagnostics.push({
        file, line, column: 1, severity: 'error', code: 'unclosed-block',
        message: `\`::: ${opening[1]}\` starts before the \`::: ${open.lang}\` block opened on line ${open.line - 1} is closed`,
        hint: 'Close each language block with a line holding only `:::`.',
      });
      blocks.push({ lang: open.lang, markdown: open.text.join('\n'), line: open.line });
      open = { lang: opening[1]!, line: line + 1, text: [] };
    } else if (open) {
      open.text.push(text);
    } else {
      outside.push({ line, text });
    }
  });

  if (open) {
    diagnostics.push({
      file, line: open.line - 1, column: 1, severity: 'error', code: 'unclosed-block',
      message: `the \`::: ${open.lang}\` block is never closed`,
      hint: 'Add a line holding only `:::` after the block.',
    });
    blocks.push({ lang: open.lang, markdown: open.text.join('\n'), line: open.line });
  }

  if (!sawBlock) {
    const start = outside.findIndex((l) => l.text.trim() !== '');
    const body = start === -1 ? '' : outside.slice(start).map((l) => l.text).join('\n');
    return { blocks: body ? [{ lang: primaryLang, markdown: body, line: outside[start]!.line }] : [], diagnostics };
  }
  const stray = outside.find((l) => l.text.trim() !== '');
  if (stray) {
    diagnostics.push({
      file, line: stray.line, column: 1, severity: 'error', code: 'text-outside-block',
      message: 'text outside any `::: <lang>` block would be lost',
      hint: 'Move it into the block of its language, or delete it.',
    });
  }
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const first = seen.get(block.lang);
    if (first !== undefined) {
      diagnostics.push({
        file, line: block.line - 1, column: 1, severity: 'error', code: 'duplicate-block',
        message: `a second \`::: ${block.lang}\` block (the first starts on line ${first - 1})`,
        hint: 'Keep one block per language: merge the two.',
      });
    } else seen.set(block.lang, block.line);
  }
  return { blocks, diagnostics };
}
