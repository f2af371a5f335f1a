/**
 * Markdown → a safe HTML fragment. Letters may come from partners, so raw HTML is
 * sanitized with an allow-list (no scripts, frames, objects, styles, event handlers or
 * `javascript:` URLs) and images are inlined as `data:` URLs when they are files
 * inside the workspace, refused otherwise: the result never makes a request.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { CoalitionError, type Diagnostic } from '../errors.js';
import { footnoteDocId, footnotesPlugin } from './footnotes.js';
import { listMarkersPlugin } from './list-markers.js';
import { withoutMailAttachments } from './mail-link.js';

/**
 * A warning met while rendering, before its place in the file is known: the caller,
 * which knows the file and where the Markdown starts, places it by finding `needle`.
 */
export interface RenderProblem extends Pick<Diagnostic, 'message' | 'hint'> {
  code: 'image-missing' | 'image-refused' | 'html-removed';
  /** The text as written in the Markdown (the image's address, the removed tag) that shows where the problem is. */
  needle: string;
}

/** An image allowed, as the `data:` URL to embed, or refused, with why. */
export type ImageResolution = { dataUrl: string; problem?: undefined } | { dataUrl?: undefined; problem: RenderProblem };

export interface MarkdownOptions {
  quotes: [string, string, string, string];
  /** Resolves an image `src` written in the letter. */
  resolveImage: (src: string) => ImageResolution;
  /** The body's language: its footnotes' ids carry it (`fn-es-1`), so two languages in one page never share one. */
  lang?: string;
}

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'q', 'cite',
  'code', 'pre', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'caption', 'span', 'div', 'dl', 'dt', 'dd', 'section',
];

/**
 * Bounds what a letter can expand to: one reference definition (`[r]: <huge URL>`) used
 * a million times would otherwise render terabytes. Far above any real letter.
 */
const MAX_URL_BYTES = 64 * 1024 * 1024;

/** The HTML sanitizer slows down with the square of unclosed nesting: 100,000 open `<div>`s took seconds, 500,000 minutes. */
const MAX_HTML_DEPTH = 1000;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The deepest nesting of the raw HTML fragments, read in order (a linear scan, not a parse). */
function rawHtmlDepth(fragments: string[]): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  for (const fragment of fragments) {
    for (const [, closing, name, selfClosing] of fragment.matchAll(tag)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (!selfClosing && !VOID_TAGS.has(name!.toLowerCase())) max = Math.max(max, ++depth);
    }
  }
  return max;
}

/** Tags whose removal is not worth a warning (markdown-it's own output never needs them). */
const SILENT_TAGS = new Set(['html', 'head', 'body']);

/**
 * markdown-it's indented code blocks: off. Text pasted from a word processor often
 * starts its paragraphs with a tab or four spaces, which Markdown would print as
 * monospace code; a letter means a paragraph. Fenced blocks (```) still make code.
 */
export const INDENTED_CODE = 'code';

type Parser = ReturnType<typeof MarkdownIt>;

/**
 * What every reading of a letter's Markdown adds to CommonMark: footnotes, and list
 * marks as written (`1)`, `a)`). `check` reads bodies with it too, so it counts what prints.
 */
export function letterMarkdownPlugins(md: Parser): Parser {
  return md.use(footnotesPlugin).use(listMarkersPlugin);
}

/** Characters of the scripts that write no space between words: Chinese, Japanese kana, Bopomofo, their punctuation and full-width forms. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation Chinese shares with Latin text (quotes, dash, ellipsis): CJK when the other side is. */
const SHARED_PUNCTUATION = /[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

type Token = NonNullable<Parser['core']['State']['prototype']['tokens'][number]['children']>[number];

/** The character a run of inline tokens ends (or starts) with, across emphasis marks. */
function edgeChar(tokens: readonly Token[], from: number, step: 1 | -1): string | undefined {
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i]!;
    if (token.type === 'softbreak' || token.type === 'hardbreak') return undefined;
    const text = token.type === 'text' || token.type === 'code_inline' ? token.content : '';
    if (text) return step === -1 ? [...text].at(-1) : [...text][0];
  }
  return undefined;
}

/**
 * A line break in the Markdown source between two Chinese (or Japanese) characters
 * joins them with nothing: markdown-it would print a space, which Chinese never
 * writes between characters (CSS Text's segment break rules, which Chromium does not
 * apply). Between Chinese and Latin text the space stays.
 */
function joinCjkLines(state: { tokens: { children: Token[] | null }[] }): void {
  for (const block of state.tokens) {
    const children = block.children;
    if (!children) continue;
    children.forEach((token, i) => {
      if (token.type !== 'softbreak') return;
      const before = edgeChar(children, i - 1, -1);
      const after = edgeChar(children, i + 1, 1);
      if (!before || !after) return;
      const cjk = (c: string) => CJK.test(c);
      const near = (c: string) => cjk(c) || SHARED_PUNCTUATION.test(c);
      if ((cjk(before) && near(after)) || (near(before) && cjk(after))) {
        token.type = 'text';
        token.content = '';
      }
    });
  }
}

const parsers = new Map<string, Parser>();
function parserFor(quotes: MarkdownOptions['quotes']): Parser {
  const key = quotes.join('');
  let md = parsers.get(key);
  if (!md) {
    md = letterMarkdownPlugins(new MarkdownIt({ html: true, linkify: false, typographer: true, quotes }));
    md.disable(INDENTED_CODE);
    md.core.ruler.push('cjk-line-joins', joinCjkLines);
    md.core.ruler.push('limit-url-bytes', (state) => {
      let total = 0;
      for (const block of state.tokens) {
        for (const token of block.children ?? []) {
          total += String(token.attrGet('href') ?? '').length + String(token.attrGet('src') ?? '').length;
        }
      }
      if (total > MAX_URL_BYTES) {
        throw new CoalitionError(`the letter's links and images add up to ${Math.round(total / 1048576)} MB, over the ${MAX_URL_BYTES / 1048576} MB limit`, {
          code: 'letter-too-large',
          hint: 'Look for one link or embedded image used many times; put large images in files inside the workspace.',
        });
      }
    });
    md.core.ruler.push('limit-html-depth', (state) => {
      const raw = state.tokens.flatMap((t) => (t.type === 'html_block' ? [t] : (t.children ?? []).filter((c) => c.type === 'html_inline')));
      const depth = rawHtmlDepth(raw.map((t) => t.content));
      if (depth > MAX_HTML_DEPTH) {
        throw new CoalitionError(`the letter's raw HTML opens ${depth} tags inside one another without closing them (the limit is ${MAX_HTML_DEPTH})`, {
          code: 'html-too-deep',
          hint: 'Write the letter in Markdown, or close each HTML tag you open.',
        });
      }
    });
    parsers.set(key, md);
  }
  return md;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): { html: string; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  const removed = new Set<string>();
  const docId = footnoteDocId(options.lang);
  const raw = parserFor(options.quotes).render(markdown, docId ? { docId } : {});
  const html = sanitizeHtml(raw, {
    // Say what was dropped, so a partner's <iframe> or <style> does not vanish unnoticed.
    onOpenTag: (name) => {
      if (!ALLOWED_TAGS.includes(name) && !SILENT_TAGS.has(name)) removed.add(name);
    },
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      // `id`: a footnote's mark and note link to each other (markdown/footnotes.ts).
      a: ['href', 'title', 'lang', 'id'],
      li: ['id'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      abbr: ['title'],
      ol: ['start', 'type'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      '*': ['lang', 'dir', 'class'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      // A mail link attaches nothing (mail-link.ts).
      a: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs.href ? { ...attribs, href: withoutMailAttachments(attribs.href) } : attribs }),
      img: (tagName, attribs): sanitizeHtml.Tag => {
        const src = attribs.src ?? '';
        const resolved = options.resolveImage(src);
        if (resolved.dataUrl !== undefined) return { tagName, attribs: { ...attribs, src: resolved.dataUrl } as sanitizeHtml.Attributes };
        problems.push(resolved.problem);
        // Keep the alternative text so the reader still knows what was meant.
        return { tagName: 'span', attribs: { class: 'missing-image' }, text: attribs.alt ?? '' };
      },
    },
  });
  if (removed.size) {
    const tags = [...removed].slice(0, 12).map((t) => `<${t}>`).join(', ');
    problems.push({
      code: 'html-removed', needle: `<${[...removed][0]}`,
      message: `raw HTML removed: ${tags}${removed.size > 12 ? ', …' : ''} (scripts, frames, styles, forms and media are not allowed in a letter)`,
      hint: 'Write the letter in Markdown; raw HTML is limited to text formatting, links, tables and images.',
    });
  }
  return { html, problems };
}
