/**
 * Combined bilingual editions (`build --bilingual parallel|sequential`): two language
 * versions of one letter in one document, `<date>-<slug>.<l1>-<l2>.<ext>`.
 *
 * - sequential: the whole letter in the first language, then, from a new page, in the second;
 * - parallel: two columns, the languages side by side, aligned paragraph by paragraph
 *   (the n-th block of one body beside the n-th block of the other), with the
 *   signatory list printed once, across both columns, after the text.
 *
 * Every language part carries its `lang` attribute, which Chromium's tagged PDF keeps.
 */
import { render as renderDom } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { escapeHtml } from '../markdown/escape-html.js';
import { hyphenateHtml } from '../markdown/hyphenate.js';
import type { FontSource } from './fonts.js';
import type { HtmlRenderer } from './html.js';
import type { LetterView } from '../resolve/letter-view.js';

export type BilingualMode = 'parallel' | 'sequential';

export interface EditionCell {
  lang: string;
  html: string;
}

export interface EditionRow {
  /** heading, addressees, greeting, body, closing, cc: a CSS class `row-<kind>`. */
  kind: string;
  cells: EditionCell[];
}

/** What templates/bilingual.hbs receives. */
export interface EditionView {
  mode: BilingualMode;
  /** The first language: the document's own language. */
  lang: string;
  langs: string[];
  title: string;
  paper: LetterView['paper'];
  draft: boolean;
  /** The first language's strings and metadata. */
  strings: LetterView['strings'];
  meta: LetterView['meta'];
  /** One full view per language, in order. */
  parts: LetterView[];
  primary: LetterView;
  /** Parallel editions: the first language's view with the signing heading and note in both languages ("Signed, / Firman,"), for the one shared signatory list. */
  shared: LetterView;
  /** Parallel editions only: the aligned rows before the signatory list… */
  rows: EditionRow[];
  /** …and after it (cc). */
  tail: EditionRow[];
}

/** The views of a letter whose languages make the combined edition, first language first. */
export function editionLanguages(available: readonly string[], requested?: readonly string[]): string[] {
  const order = requested?.length ? requested.filter((l) => available.includes(l)) : [...available];
  return order.slice(0, 2);
}

/** The combined edition of `views` (exactly two, first language first): its view for printing and its HTML. */
export function renderEdition(
  views: readonly LetterView[],
  mode: BilingualMode,
  renderer: HtmlRenderer,
  fonts: FontSource = 'inline',
): { view: LetterView; html: string } {
  const [primary, secondary] = views as [LetterView, LetterView];
  const langs = [primary.lang, secondary.lang];
  const edition: EditionView = {
    mode,
    lang: primary.lang,
    langs,
    title: primary.title,
    paper: primary.paper,
    draft: primary.draft,
    strings: primary.strings,
    meta: primary.meta,
    parts: [...views],
    primary,
    shared: { ...primary, signing: { ...primary.signing, ...signingInBoth(primary.signing, secondary.signing) } },
    rows: mode === 'parallel' ? parallelRows(primary, secondary, renderer) : [],
    tail: mode === 'parallel' ? pairRows('cc', primary, secondary, (v) => renderer.renderPartial('footer', v)) : [],
  };
  return { view: { ...primary, langs }, html: renderer.renderEdition(edition, fonts) };
}

/** The signing heading ("Signed / Firman", their trailing commas dropped) and note in both languages, once when they read the same. */
export function signingInBoth(a: LetterView['signing'], b: LetterView['signing']): Pick<LetterView['signing'], 'heading' | 'note'> {
  const join = (x?: string, y?: string) => (x && y && x !== y ? `${x} / ${y}` : x ?? y);
  const bare = (text?: string) => text?.replace(/[,:;]\s*$/, '');
  const heading = a.heading && b.heading && a.heading !== b.heading ? join(bare(a.heading), bare(b.heading)) : join(a.heading, b.heading);
  const note = join(a.note, b.note);
  return { ...(heading ? { heading } : {}), ...(note ? { note } : {}) };
}

/** One aligned row of the two languages' cells; none when both are empty. */
function row(kind: string, a: LetterView, b: LetterView, cellA: string, cellB: string): EditionRow[] {
  return cellA.trim() || cellB.trim() ? [{ kind, cells: [{ lang: a.lang, html: cellA }, { lang: b.lang, html: cellB }] }] : [];
}

function pairRows(kind: string, a: LetterView, b: LetterView, html: (view: LetterView) => string): EditionRow[] {
  return row(kind, a, b, html(a), html(b));
}

function parallelRows(a: LetterView, b: LetterView, renderer: HtmlRenderer): EditionRow[] {
  const partial = (name: string) => pairRows(name, a, b, (view) => renderer.renderPartial(name, view));
  // Narrow columns need hyphenation more than full-width text; a letter may turn it off.
  const bodyOf = (view: LetterView) => bodyBlocks(view.hyphenate === undefined ? hyphenateHtml(view.body, view.lang) : view.body);
  const blocksA = bodyOf(a);
  const blocksB = bodyOf(b);
  const body: EditionRow[] = [];
  for (let i = 0; i < Math.max(blocksA.length, blocksB.length); i++) {
    body.push(...row('body', a, b, wrapBody(blocksA[i]), wrapBody(blocksB[i])));
  }
  const closing = (view: LetterView) => (view.closing ? `<p class="closing">${escapeHtml(view.closing)}</p>` : '');
  return [
    ...partial('heading'),
    ...partial('addressees'),
    ...partial('greeting'),
    ...body,
    ...pairRows('closing', a, b, closing),
  ];
}

/** The top-level blocks of a body fragment (paragraphs, lists, headings…), each as HTML. */
export function bodyBlocks(html: string): string[] {
  const doc = parseDocument(html);
  return doc.children
    .filter((node) => node.type !== 'text' || (node as { data: string }).data.trim() !== '')
    .map((node) => renderDom(node, { encodeEntities: 'utf8' }));
}

function wrapBody(block: string | undefined): string {
  return block ? `<div class="body">${block}</div>` : '';
}
