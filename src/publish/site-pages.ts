/**
 * The site's pages, written from the released letter views: per language a page
 * (`<lang>/index.html`), the signatory list to embed (`<lang>/embed.html`) and the
 * share card printed to `og.png`; `index.html` is the first language's page at the
 * top of the folder. Templates receive the letter view with a `site` object beside it
 * (docs/templates.md); every text in it is escaped by the template like the letter's.
 */
import { formatCalendarDate } from '../i18n/intl.js';
import { fill } from '../i18n/strings.js';
import type { HtmlRenderer } from '../render/html.js';
import { FONT_CSS_MARK, fontFaceCss, withFontFaces } from '../render/fonts.js';
import type { LetterView } from '../resolve/letter-view.js';
import { plural, signerCount } from '../resolve/signer-count.js';
import type { Download } from './downloads.js';
import { fileSize, firstSentence, letterJsonLd, ogLocale, scriptJson } from './site-meta.js';

/** The share image's size, the one Open Graph and X (Twitter) cards show best. */
export const CARD = { width: 1200, height: 630 } as const;

export interface SiteInput {
  views: readonly LetterView[];
  version: number;
  /** The day the version was released, `YYYY-MM-DD`. */
  sent: string;
  downloads: readonly Download[];
  baseUrl?: string;
  renderer: HtmlRenderer;
  /** The site's stylesheet (templates/site.css). */
  css: string;
}

export interface SiteFiles {
  /** Every text file of the site, by its path inside the site folder. */
  texts: Map<string, string>;
  /** The share cards to capture, each written to every path listed. */
  cards: { html: string; paths: string[] }[];
}

/** Where a page is: the language's folder, or the top of the site (the first language's copy). */
type Place = { lang: string; top: boolean };

export function siteFiles(input: SiteInput): SiteFiles {
  const texts = new Map<string, string>();
  const cards: SiteFiles['cards'] = [];
  input.views.forEach((view, i) => {
    const first = i === 0;
    texts.set(`${view.lang}/index.html`, input.renderer.renderPage('site.hbs', pageContext(input, view, { lang: view.lang, top: false })));
    if (first) texts.set('index.html', input.renderer.renderPage('site.hbs', pageContext(input, view, { lang: view.lang, top: true })));
    texts.set(`${view.lang}/embed.html`, input.renderer.renderPage('site-embed.hbs', { ...view, site: { count: countOf(view) } }));
    cards.push({ html: withFontFaces(input.renderer.renderPage('site-card.hbs', cardContext(view)), 'served'), paths: first ? ['og.png', `${view.lang}/og.png`] : [`${view.lang}/og.png`] });
  });
  // The faces the site's pages print, inlined: a site without Chinese carries no Chinese face.
  texts.set('site.css', `${fontFaceCss('inline', [...texts.values()].join('\n') + input.css)}\n${input.css}`);
  return { texts, cards };
}

/** "12 organizations from 3 countries", in the view's language. */
function countOf(view: LetterView): string {
  return signerCount(printedSigners(view), view.lang, view.strings) ?? '';
}

function printedSigners(view: LetterView) {
  return view.signing.groups.flatMap((g) => g.signers);
}

function pageContext(input: SiteInput, view: LetterView, place: Place): object {
  const { strings } = view;
  const base = input.baseUrl;
  const up = place.top ? '' : '../';
  const pageOf = (lang: string) => (place.top ? `${lang}/index.html` : `../${lang}/index.html`);
  const urlOf = (lang?: string) => (base === undefined ? undefined : lang ? `${base}/${lang}/` : `${base}/`);
  const url = urlOf(place.top ? undefined : place.lang);
  const image = base === undefined ? 'og.png' : place.top ? `${base}/og.png` : `${base}/${place.lang}/og.png`;
  const count = countOf(view);
  const description = firstSentence(view);
  const langName = new Map(input.views.map((v) => [v.lang, v.langName]));
  const ordered = [...input.downloads.filter((d) => d.lang === view.lang), ...input.downloads.filter((d) => d.lang !== view.lang)];
  const downloads = ordered.map((d) => ({
    href: `${up}${d.name}`,
    name: d.name,
    label: d.kind === 'csv' ? strings.site.signatories_csv : fill(strings.site.download, { format: strings.site.formats[d.kind], language: langName.get(d.lang!) ?? d.lang! }),
    ...(d.lang ? { lang: d.lang } : {}),
    type: d.type,
    size: fileSize(d.bytes, view.lang),
    sha256: d.sha256,
  }));
  const languages = input.views.map((v) => ({
    lang: v.lang, name: v.langName, href: pageOf(v.lang), alternate: urlOf(v.lang) ?? pageOf(v.lang), current: v.lang === view.lang,
  }));
  const jsonLd = letterJsonLd({
    view, description, version: input.version, sent: input.sent, signers: printedSigners(view), downloads: input.downloads,
    ...(url ? { url, image } : {}),
    ...(base === undefined ? {} : { fileUrl: (name: string) => `${base}/${name}` }),
    languages: input.views.map((v) => ({ lang: v.lang, ...(base === undefined ? {} : { url: urlOf(v.lang)! }) })),
  });
  return {
    ...view,
    body: demoteHeadings(view.body),
    site: {
      root: up,
      css: `${up}site.css`,
      canonical: url ?? 'index.html',
      home: urlOf() ?? `${up}index.html`,
      ...(url ? { url } : {}),
      image,
      imageAlt: `${view.title} — ${count}`,
      width: CARD.width,
      height: CARD.height,
      locale: ogLocale(view.lang),
      localeAlternates: input.views.filter((v) => v.lang !== view.lang).map((v) => ogLocale(v.lang)),
      description,
      count,
      sent: fill(strings.site.sent, {
        date: formatCalendarDate(input.sent, view.lang, strings.first_day),
        version: String(input.version),
        signers: plural(strings.site.signers, view.signing.count, view.lang),
      }),
      sentDate: input.sent,
      version: input.version,
      languages,
      downloads,
      embed: place.top ? `${view.lang}/embed.html` : 'embed.html',
      jsonLd: scriptJson(jsonLd),
    },
  };
}

function cardContext(view: LetterView): object {
  const { title } = view;
  // The title is set in one of three sizes, by its length, so that it fills the card and fits.
  const size = title.length > 150 ? 'small' : title.length > 80 ? 'medium' : 'large';
  return {
    lang: view.lang, title, size, dateText: view.dateText, ...(view.place ? { place: view.place } : {}),
    count: countOf(view), ...(view.letterhead ? { letterhead: view.letterhead } : {}),
    fontCss: FONT_CSS_MARK,
  };
}

/**
 * The page's one `h1` is the letter's title, so the body's headings start at h2: a
 * body whose first level is `#` goes one level down (h6 stays h6); one that starts at
 * `##` is left as it is. The body is sanitized HTML, in which `<` starts nothing but a tag.
 */
export function demoteHeadings(html: string): string {
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  if (!levels.includes(1)) return html;
  return html.replace(/<(\/?)h([1-5])\b/gi, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
