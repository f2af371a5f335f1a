/**
 * Images and links that name workspace files which are not there (or images the
 * renderer would refuse: outside the workspace, remote, not an image). Reported at
 * the line and column where the path is written.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { INDENTED_CODE, letterMarkdownPlugins } from '../../markdown/markdown.js';
import type { Diagnostic } from '../../errors.js';
import { imageResolver } from '../../markdown/images.js';
import type { Rule } from '../types.js';

// Read as the letter is rendered: no indented code blocks, and footnotes (`[^1]: A note.`
// is a note, not a link to a file named "A note."): markdown/markdown.ts.
const md = letterMarkdownPlugins(new MarkdownIt({ html: true })).disable(INDENTED_CODE);
type Token = NonNullable<ReturnType<typeof md.parse>[number]['children']>[number];

export const missingFiles: Rule = {
  name: 'missing-files',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    if (!letter.text) return [];
    const resolveImage = imageResolver(ws.root, letter.absolutePath);
    const diagnostics: Diagnostic[] = [];
    for (const body of letter.bodies.values()) {
      const lines = body.markdown.split('\n');
      for (const block of md.parse(body.markdown, {})) {
        if (block.type !== 'inline' || !block.children) continue;
        const [start, end] = block.map ?? [0, 1];
        for (const token of block.children) {
          const at = () => locate(lines, start, end, target(token), body.line);
          if (token.type === 'image') {
            const src = attr(token, 'src');
            const problem = resolveImage(src).problem;
            if (!problem) continue;
            // The code and message `build` gives (rules/templates.ts finds the same while rendering).
            const missing = problem.code === 'image-missing';
            diagnostics.push({
              file: letter.file, ...at(), severity: 'error', code: problem.code, message: problem.message,
              hint: missing
                ? `Paths are relative to the letter's folder (${dirname(letter.file)}/): fix the path or add the file.`
                : 'Use a PNG, JPEG, GIF, WebP or SVG file inside the workspace, with a path relative to the letter.',
            });
          } else if (token.type === 'link_open') {
            const href = attr(token, 'href');
            const path = localPath(href);
            if (path === undefined || existsSync(resolve(dirname(letter.absolutePath), path))) continue;
            diagnostics.push({
              file: letter.file, ...at(), severity: 'error', code: 'missing-file',
              message: `link to "${href}", a file that does not exist`,
              hint: `Paths are relative to the letter's folder (${dirname(letter.file)}/): fix the path, or link to a web address.`,
            });
          }
        }
      }
    }
    return diagnostics;
  },
};

function attr(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function target(token: Token): string {
  return attr(token, token.type === 'image' ? 'src' : 'href');
}

/** The file a link names, when it is a relative path (not a URL, anchor or e-mail). */
function localPath(href: string): string | undefined {
  if (!href || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const path = href.split(/[?#]/)[0]!;
  if (!path) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** File line and column of `url` as written in the block's lines; the block's start when not found. */
function locate(lines: string[], start: number, end: number, url: string, firstLine: number): { line: number; column: number } {
  const candidates = [url, safeDecode(url)];
  for (let i = start; i < Math.min(end, lines.length); i++) {
    for (const candidate of candidates) {
      const column = candidate ? lines[i]!.indexOf(candidate) : -1;
      if (column !== -1) return { line: firstLine + i, column: column + 1 };
    }
  }
  return { line: firstLine + start, column: 1 };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
