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
 *
 * A sequential edition numbers each part's pages on its own ("Page 2 of 3", then
 * "Página 2 de 3"): CSS counts pages per part (a counter per named page), but not the
 * pages a part has, so the build prints each part alone first to count them
 * (`measure`), then prints the edition with those counts.
 */
import { render as renderDom } from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { escapeHtml } from '../markdown/escape-html.js';
import { fill } from '../i18n/strings.js';
import { formatDigits } from '../i18n/intl.js';
import { textDirection } from '../i18n/direction.js';
import { hyphenateHtml } from '../markdown/hyphenate.js';
import type { FontSource } from './fonts.js';
import { cssString, type HtmlRenderer } from './html.js';
import { pageLabelsInOwnDigits } from './page-label.js';
import type { LetterView } from '../resolve/letter-view.js';
import type { BilingualMode, EditionRow, EditionView } from './edition-view.js';
import type { SignerGroup } from '../resolve/signatory-list.js';

/** The views of a letter whose languages make the combined edition, first language first. */
export function editionLanguages(available: readonly string[], requested?: readonly string[]): string[] {
  const order = requested?.length ? requested.filter((l) => available.includes(l)) : [...available];
  return order.slice(0, 2);
}

export interface RenderedEdition {
  view: LetterView;
  html: string;
  /**
   * Sequential editions: each part as a document of its own, to count its pages, and
   * the edition's HTML once those counts are known (`html` numbers pages without totals).
   */
  measure?: { parts: string[]; withPages(pages: readonly number[]): string };
}

/** The combined edition of `views` (exactly two, first language first): its view for printing and its HTML. */
export function renderEdition(
  views: readonly LetterView[],
  mode: BilingualMode,
  renderer: HtmlRenderer,
  fonts: FontSource = 'inline',
): RenderedEdition {
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
    shared: sharedView(primary, secondary),
    partPageCss: mode === 'sequential' ? partPageCss(views) : '',
    rows: mode === 'parallel' ? parallelRows(primary, secondary, renderer) : [],
    tail: mode === 'parallel' ? [
      ...pairRows('cc', primary, secondary, (v) => renderer.renderPartial('footer', v)),
      ...noteRows('end', primary, secondary, renderer),
    ] : [],
  };
  const view = { ...primary, langs };
  const html = renderer.renderEdition(edition, fonts);
  if (mode !== 'sequential') return { view, html };
  return {
    view,
    html,
    measure: {
      parts: views.map((part) => renderer.renderEdition({ ...edition, parts: [part], partPageCss: '' }, fonts)),
      withPages: (pages) => renderer.renderEdition({ ...edition, partPageCss: partPageCss(views, pages) }, fonts),
    },
  };
}

/** Pages numbered per part when the part's page count is unknown: up to this many. */
const UNCOUNTED_PAGES = 99;

/**
 * Each part on its own named page, counting its own pages and printing "Page k of n"
 * (in the part's language) from its second page on. The label is the counter's style:
 * a fixed list whose first entry is empty, so a part's first page prints no number,
 * whichever page of the document it is. Without `pages` (an HTML-only build), "Page k".
 */
export function partPageCss(parts: readonly LetterView[], pages?: readonly number[]): string {
  return parts.map((part, i) => {
    const name = `part-${part.lang}`;
    const total = pages?.[i];
    const template = total === undefined ? part.strings.page.slice(0, part.strings.page.indexOf('{page}') + '{page}'.length) : part.strings.page;
    const labels = Array.from({ length: total ?? UNCOUNTED_PAGES }, (_, k) =>
      (k === 0 ? '""' : cssString(fill(template, { page: formatDigits(k + 1, part.lang), pages: total === undefined ? '' : formatDigits(total, part.lang) }))));
    const draft = part.draft ? ` @top-center { content: ${cssString(part.strings.draft)}; }` : '';
    return [
      `.letter-part[lang="${part.lang}"] { page: ${name}; }`,
      `@counter-style ${name}-pages { system: fixed 1; symbols: ${labels.join(' ')}; }`,
      `@page ${name} { counter-increment: ${name}; @bottom-center { content: counter(${name}, ${name}-pages); }${draft} }`,
    ].join('\n');
  }).join('\n');
}

/**
 * The first language's view, its signatory block, page footer and draft mark in both
 * languages: what differs is joined with " / " (the first language first), what reads
 * the same is printed once.
 * A heading's trailing punctuation goes ("Signed / Firman"), a section's too
 * ("National organizations / Organizaciones nacionales").
 */
export function sharedView(a: LetterView, b: LetterView): LetterView {
  // Languages of two directions (Arabic and English): each side isolated (FSI … PDI,
  // UAX #9), or "12 organizations" would lend its number to the Arabic run before it.
  const isolate = textDirection(a.lang) !== textDirection(b.lang) ? (text: string) => `\u2068${text}\u2069` : (text: string) => text;
  const join = (x?: string, y?: string) => (x && y && x !== y ? `${isolate(x)} / ${isolate(y)}` : x ?? y);
  // The space French puts before the colon goes with it ("Signataires :" → "Signataires").
  const bare = (text?: string) => text?.replace(/[\s\u00a0\u202f]*[,:;]\s*$/, '');
  const joinHeading = (x?: string, y?: string) => (x && y && x !== y ? join(bare(x), bare(y)) : join(x, y));
  const heading = joinHeading(a.signing.heading, b.signing.heading);
  const note = join(a.signing.note, b.signing.note);
  const asOf = join(a.signing.asOf, b.signing.asOf);
  const summary = join(a.signing.summary, b.signing.summary);
  // "and 3 organizations that asked not to be named / y 3 organizaciones que pidieron no ser nombradas".
  const unnamed = join(a.signing.unnamed, b.signing.unnamed);
  const groupsB = b.signing.groups;
  const headings = new Map(groupsB.map((g) => [g.code, g]));
  const signersB = new Map(groupsB.flatMap((g) => g.signers.map((s) => [s.id, s] as const)));
  // Both languages print the same signers in the same sections: a section is found by its first signer.
  const sectionOf = new Map(b.signing.sections.flatMap((section) => section.groups.flatMap((g) => g.signers.map((s) => [s.id, section.heading] as const))));
  const shared = (group: SignerGroup): SignerGroup => {
    const other = headings.get(group.code);
    const continued = join(group.continued, other?.continued);
    return {
      ...group,
      ...(group.heading !== undefined ? { heading: join(group.heading, other?.heading)! } : {}),
      ...(continued !== undefined ? { continued } : {}),
      signers: group.signers.map((signer) => {
        const inB = signersB.get(signer.id);
        const detail = join(signer.detail, inB?.detail);
        const details = signer.details?.map((d, i) => join(d, inB?.details?.[i])!);
        const lines = signer.lines?.map((line, i) => join(line, inB?.lines?.[i])!);
        return {
          ...signer,
          ...(detail ? { detail, text: `${signer.name}, ${detail}` } : {}),
          ...(details ? { details } : {}),
          ...(lines ? { lines } : {}),
        };
      }),
    };
  };
  const sections = a.signing.sections.map((section) => {
    const headingB = sectionOf.get(section.groups[0]?.signers[0]?.id ?? '');
    const sectionHeading = joinHeading(section.heading, headingB);
    return { ...(sectionHeading ? { heading: sectionHeading } : {}), groups: section.groups.map(shared) };
  });
  // Representatives are listed in the same order in both languages: their titles and organizations joined.
  const representatives = (a.signing.representatives ?? []).map((r, i) => {
    const other = b.signing.representatives?.[i];
    const title = join(r.title, other?.title);
    const organization = join(r.organization, other?.organization);
    return { ...r, ...(title ? { title } : {}), ...(organization ? { organization } : {}), lines: [r.name, title, organization].filter((l): l is string => Boolean(l)) };
  });
  return {
    ...a,
    signing: {
      ...a.signing,
      representatives,
      sections,
      groups: sections.flatMap((section) => section.groups),
      ...(heading ? { heading } : {}),
      ...(note ? { note } : {}),
      ...(asOf ? { asOf } : {}),
      ...(summary ? { summary } : {}),
      ...(unnamed ? { unnamed } : {}),
    },
    // The page footer and the DRAFT mark speak both languages too: "Page 2 sur 3 / Page 2 of 3".
    strings: {
      ...a.strings,
      pending: join(a.strings.pending, b.strings.pending)!,
      page: join(...pageLabelsInOwnDigits(a, b))!,
      draft: join(a.strings.draft, b.strings.draft)!,
    },
  };
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
    ...noteRows('top', a, b, renderer),
    ...partial('addressees'),
    ...partial('greeting'),
    ...body,
    ...pairRows('closing', a, b, closing),
  ];
}

/** The translation note's row, when either language prints one at `at`. */
function noteRows(at: 'top' | 'end', a: LetterView, b: LetterView, renderer: HtmlRenderer): EditionRow[] {
  return pairRows('translation-note', a, b, (view) => (view.translationNote?.at === at ? renderer.renderPartial('translation-note', view) : ''));
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
