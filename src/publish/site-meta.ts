/**
 * What a site's pages say about themselves to machines: the description link previews
 * show (the letter's first sentence), the addresses of pages and images (absolute
 * under `--base-url`, as Open Graph requires; relative files otherwise, so the folder
 * works from the disk and from any host), and the schema.org JSON-LD of the letter.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { LetterView } from '../resolve/letter-view.js';
import type { PrintedSigner } from '../resolve/signatory-list.js';
import type { Download } from './downloads.js';

/** Link previews cut descriptions near here; a longer first sentence ends in "…". */
const DESCRIPTION_CHARACTERS = 300;

/** `--base-url`: an absolute http(s) address, kept without its trailing slash. */
export function parseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.host || url.search || url.hash || url.username || url.password) {
    throw new CoalitionError(`--base-url ${text}: not the address of a web folder (https://example.org/letters/2022-security)`, {
      code: 'invalid-base-url', exitCode: ExitCode.usage,
      hint: 'Give the absolute address the site folder will be served at, starting with https://, without ?query or #fragment.',
    });
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The first sentence of the letter's body as plain text, for `og:description` and
 * `<meta name=description>`: from its first paragraph with text (headings and lists are
 * passed over), a link giving its words without its address.
 */
export function firstSentence(view: LetterView): string {
  const document = parseDocument(view.body);
  const paragraphs = DomUtils.getElementsByTagName('p', document.children);
  const paragraph = paragraphs.map((p) => clean(DomUtils.textContent(p))).find((text) => text !== '') ?? clean(DomUtils.textContent(document));
  const segments = new Intl.Segmenter(view.lang, { granularity: 'sentence' }).segment(paragraph);
  const sentence = (segments[Symbol.iterator]().next().value?.segment ?? paragraph).trim();
  if (sentence.length <= DESCRIPTION_CHARACTERS) return sentence;
  const cut = sentence.slice(0, DESCRIPTION_CHARACTERS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_CHARACTERS / 2)).trimEnd()}…`;
}

/** Without the soft hyphens of a hyphenated body; spaces as one. */
function clean(text: string): string {
  return text.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
}

/** A size as the language writes it: "812 B", "57 kB", "1.2 MB" (powers of 1,000). */
export function fileSize(bytes: number, lang: string): string {
  const [unit, value, digits] = bytes < 1000 ? ['byte', bytes, 0] as const
    : bytes < 1_000_000 ? ['kilobyte', bytes / 1000, bytes < 10_000 ? 1 : 0] as const
      : ['megabyte', bytes / 1_000_000, 1] as const;
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
}

/** `pt-BR` → `pt_BR`, as `og:locale` writes it. */
export function ogLocale(lang: string): string {
  return lang.replace('-', '_');
}

/**
 * JSON to put inside `<script type="application/ld+json">`: a name in the registry may
 * say `</script>`, so `<`, `>` and `&` are written as JSON escapes, and so are U+2028
 * and U+2029, which end a line in some readers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface LetterData {
  view: LetterView;
  description: string;
  version: number;
  /** The day the version was released (`YYYY-MM-DD`). */
  sent: string;
  signers: readonly PrintedSigner[];
  downloads: readonly Download[];
  /** Absolute addresses, when the site has a base URL. */
  url?: string;
  image?: string;
  fileUrl?: (name: string) => string;
  /** Every language's page, the letter's first (the original) first, with its absolute address when there is one. */
  languages: { lang: string; url?: string }[];
}

/**
 * schema.org's description of the letter: a `Message` (a letter is one, with a
 * sender, recipients, a date sent and attachments) in its language, signed by every
 * printed signer, with the released files as attachments and their SHA-256.
 */
export function letterJsonLd(data: LetterData): Record<string, unknown> {
  const { view } = data;
  const attachments = data.downloads.map((d) => ({
    '@type': 'MediaObject',
    name: d.name,
    encodingFormat: d.type,
    contentSize: `${d.bytes} B`,
    sha256: d.sha256,
    ...(d.lang ? { inLanguage: d.lang } : {}),
    ...(data.fileUrl ? { contentUrl: data.fileUrl(d.name) } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Message',
    name: view.title,
    headline: view.title,
    description: data.description,
    inLanguage: view.lang,
    dateCreated: view.date,
    dateSent: data.sent,
    datePublished: data.sent,
    version: String(data.version),
    ...(data.url ? { url: data.url, '@id': data.url } : {}),
    ...(data.image ? { image: data.image } : {}),
    ...(view.letterhead ? { publisher: { '@type': 'Organization', name: view.letterhead.name } } : {}),
    recipient: view.to.map((a) => (a.collective
      ? { '@type': 'Audience', name: a.lines.join(', ') }
      : { '@type': 'Person', name: a.name, ...(a.title ? { jobTitle: a.title } : {}) })),
    ...(view.cc.length ? { ccRecipient: view.cc.map((name) => ({ '@type': 'Person', name })) } : {}),
    sender: data.signers.map((s) => ({
      '@type': s.kind === 'individual' ? 'Person' : 'Organization',
      name: s.name,
      ...(s.country ? { address: { '@type': 'PostalAddress', addressCountry: s.country } } : {}),
    })),
    ...(attachments.length ? { messageAttachment: attachments } : {}),
    ...translationLinks(view.lang, data.languages),
  };
}

/** The original names its translations; a translation names its original (only by absolute address). */
function translationLinks(lang: string, languages: LetterData['languages']): Record<string, unknown> {
  const [original, ...translations] = languages;
  if (!original?.url) return {};
  if (lang !== original.lang) return { translationOfWork: { '@id': original.url, inLanguage: original.lang } };
  return translations.length ? { workTranslation: translations.map((t) => ({ '@id': t.url, inLanguage: t.lang })) } : {};
}
