/**
 * Markdown footnotes (`text[^1]` … `[^1]: note`, and inline `^[note]`), by
 * markdown-it-footnote, printed as a letter prints them: a superscript number (no
 * brackets), and the notes in a numbered list at the foot of the body, without the
 * plugin's "↩" back links, which mean nothing on paper. Each language block is
 * rendered on its own, so its notes are numbered from 1; the ids carry the language
 * (`fn-pt-BR-1`) so that two languages in one page (a combined edition) never share one.
 *
 * Every writer reads the notes back from this HTML: `<sup class="footnote-ref">` holds a
 * link to `#<id>` of an `<li>` inside `<section class="footnotes">` (the Word letter
 * makes real Word footnotes of them, the plain text `[1]` marks and notes).
 */
import type { MarkdownIt, RendererRule } from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** The class of the notes' section at the foot of the body. */
export const FOOTNOTES_CLASS = 'footnotes';
/** The class of a note's mark in the text. */
export const FOOTNOTE_REF_CLASS = 'footnote-ref';

export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  const anchor = rules.footnote_anchor_name as RendererRule;
  // "1", not "[1]": a superscript number, as letters and word processors print it.
  const meta = (token: { meta: unknown }) => token.meta as { id: number; subId?: number };
  rules.footnote_caption = (tokens, idx) => String(meta(tokens[idx]!).id + 1);
  rules.footnote_ref = (tokens, idx, options, env, self) => {
    const id = anchor(tokens, idx, options, env, self);
    const caption = (rules.footnote_caption as RendererRule)(tokens, idx, options, env, self);
    const { subId = 0 } = meta(tokens[idx]!);
    const sub = subId > 0 ? `-${subId}` : '';
    return `<sup class="${FOOTNOTE_REF_CLASS}"><a href="#fn${id}" id="fnref${id}${sub}">${caption}</a></sup>`;
  };
  rules.footnote_block_open = () => `<section class="${FOOTNOTES_CLASS}">\n<ol class="footnotes-list">\n`;
  rules.footnote_block_close = () => '</ol>\n</section>\n';
  rules.footnote_open = (tokens, idx, options, env, self) => `<li id="fn${anchor(tokens, idx, options, env, self)}" class="footnote-item">`;
  rules.footnote_anchor = () => '';
}

/** The `docId` the plugin prefixes ids with, from a language tag: `-pt-BR-1` ids. */
export function footnoteDocId(lang: string | undefined): string | undefined {
  return lang ? lang.replace(/[^A-Za-z0-9-]/g, '') : undefined;
}

/** How many notes a body's Markdown prints, and which labels it defines or uses in vain. */
export interface FootnoteUse {
  /** Notes printed (referenced at least once, or inline). */
  count: number;
  /** Labels defined (`[^x]: …`) but never referenced: the note would not print. */
  unused: string[];
  /** Labels referenced (`[^x]`) without a definition: printed as written. */
  undefinedRefs: string[];
}

/** What the footnote plugin made of `markdown` (parsed with `md`, which must use footnotesPlugin). */
export function footnoteUse(md: MarkdownIt, markdown: string): FootnoteUse {
  const env: { footnotes?: { refs?: Record<string, number>; list?: unknown[] } } = {};
  const tokens = md.parse(markdown, env);
  const refs = env.footnotes?.refs ?? {};
  const unused = Object.entries(refs).filter(([, id]) => id < 0).map(([key]) => key.slice(1));
  // A reference the plugin did not take stays in the text as written (never in code, which is separate tokens).
  const texts = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'text').map((c) => c.content));
  const undefinedRefs = [...new Set(texts.flatMap((text) => [...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!)))];
  return { count: env.footnotes?.list?.length ?? 0, unused, undefinedRefs };
}
