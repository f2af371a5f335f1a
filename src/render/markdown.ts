/**
 * Markdown → a safe HTML fragment. Letters may come from partners, so raw HTML is
 * sanitized with an allow-list (no scripts, frames, objects, styles, event handlers or
 * `javascript:` URLs) and images are inlined as `data:` URLs when they are files
 * inside the workspace, refused otherwise: the result never makes a request.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

export interface ImageResolution {
  /** The `data:` URL to embed, when the image is allowed. */
  dataUrl?: string;
  /** Why the image was refused. */
  problem?: string;
}

export interface MarkdownOptions {
  quotes: [string, string, string, string];
  /** Resolves an image `src` written in the letter. */
  resolveImage: (src: string) => ImageResolution;
}

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li',
  'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'q', 'cite',
  'code', 'pre', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td', 'caption', 'span', 'div', 'dl', 'dt', 'dd',
];

type Parser = ReturnType<typeof MarkdownIt>;
const parsers = new Map<string, Parser>();
function parserFor(quotes: MarkdownOptions['quotes']): Parser {
  const key = quotes.join('');
  let md = parsers.get(key);
  if (!md) {
    md = new MarkdownIt({ html: true, linkify: false, typographer: true, quotes });
    parsers.set(key, md);
  }
  return md;
}

export function renderMarkdown(markdown: string, options: MarkdownOptions): { html: string; problems: string[] } {
  const problems: string[] = [];
  const raw = parserFor(options.quotes).render(markdown);
  const html = sanitizeHtml(raw, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'lang'],
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
      img: (tagName, attribs): sanitizeHtml.Tag => {
        const src = attribs.src ?? '';
        const resolved = options.resolveImage(src);
        if (resolved.dataUrl) return { tagName, attribs: { ...attribs, src: resolved.dataUrl } as sanitizeHtml.Attributes };
        problems.push(resolved.problem ?? `image ${src} refused`);
        // Keep the alternative text so the reader still knows what was meant.
        return { tagName: 'span', attribs: { class: 'missing-image' }, text: attribs.alt ?? '' };
      },
    },
  });
  return { html, problems };
}
