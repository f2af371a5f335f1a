/**
 * Everything a template needs to print one letter in one language: the front matter
 * resolved to that language, the body as safe HTML, the signatory list laid out,
 * and the PDF metadata. Templates receive this object (documented in docs/templates.md).
 */
import { formatCalendarDate, joinList } from '../i18n/intl.js';
import { buildGreeting } from '../i18n/greeting.js';
import { pick } from '../i18n/localized.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import type { Addressee, FrontMatter, Signatory } from '../model/schema.js';
import { renderMarkdown, type ImageResolution } from '../render/markdown.js';
import { buildSignatoryList, displayName, type SignerGroup } from './signatory-list.js';
import type { Signer } from './signer-refs.js';

export interface AddresseeView {
  name: string;
  title?: string;
  /** The lines printed for this addressee ("U.S. Secretary of State Antony Blinken"). */
  lines: string[];
  address: string[];
}

export interface LetterView {
  lang: string;
  title: string;
  date: string;
  dateText: string;
  place?: string;
  paper: 'letter' | 'a4';
  subject?: string;
  to: AddresseeView[];
  cc: string[];
  greeting?: string;
  /** Sanitized HTML of the body. */
  body: string;
  closing?: string;
  signing: {
    heading?: string;
    asOf?: string;
    note?: string;
    numbered: boolean;
    groups: SignerGroup[];
    count: number;
  };
  draft: boolean;
  strings: UiStrings;
  meta: { title: string; author: string; subject: string; keywords: string[] };
}

export interface ViewInput {
  frontMatter: FrontMatter;
  bodyMarkdown: string;
  signers: readonly Signer[];
  registry: ReadonlyMap<string, Signatory>;
  lang: string;
  strings: UiStrings;
  draft: boolean;
  resolveImage: (src: string) => ImageResolution;
}

export function buildLetterView(input: ViewInput): { view: LetterView; problems: string[] } {
  const { frontMatter: fm, lang, strings } = input;
  const primary = fm.languages[0];
  const text = (value: Parameters<typeof pick>[0]) => pick(value, lang, primary);
  const body = renderMarkdown(input.bodyMarkdown, { quotes: strings.quotes, resolveImage: input.resolveImage });
  const groups = buildSignatoryList(input.signers, input.registry, fm.signing, lang, {
    draft: input.draft,
    noCountryHeading: strings.no_country,
  });
  const printedNames = groups.flatMap((g) => g.signers.map((s) => s.text));
  const to = fm.to.map((a) => addresseeView(a, lang, strings));
  const title = text(fm.title)!;
  const subject = text(fm.subject);
  const asOf = fm.signing.as_of ? fill(strings.as_of, { date: formatCalendarDate(fm.signing.as_of, lang) }) : undefined;

  const view: LetterView = {
    lang,
    title,
    date: fm.date,
    dateText: formatCalendarDate(fm.date, lang),
    place: text(fm.place),
    paper: fm.paper,
    subject,
    to,
    cc: fm.cc.map((c) => (typeof c === 'string' ? c : addresseeView(c, lang, strings).lines.join(', '))),
    greeting: text(fm.greeting) ?? buildGreeting(fm.to, lang, strings),
    body: body.html,
    closing: text(fm.closing),
    signing: {
      heading: text(fm.signing.heading),
      asOf,
      note: text(fm.signing.note),
      numbered: fm.signing.numbered,
      groups,
      count: printedNames.length,
    },
    draft: input.draft,
    strings,
    meta: {
      title,
      author: text(fm.author) ?? printedNames.join('; '),
      subject: subject ?? fill(strings.letter_to, { names: joinList(to.map((a) => a.lines.join(' ')), lang) }),
      keywords: [...new Set(input.signers.map((s) => input.registry.get(s.id)).filter((e): e is Signatory => Boolean(e)).map((e) => e.short ?? displayName(e, lang)))],
    },
  };
  return { view: withoutUndefined(view), problems: body.problems };
}

function addresseeView(a: Addressee, lang: string, strings: UiStrings): AddresseeView {
  const title = pick(a.title, lang);
  const line = title ? fill(strings.addressee, { name: a.name, title }) : a.name;
  return {
    name: a.name,
    ...(title ? { title } : {}),
    lines: line.split('\n').map((l) => l.trim()).filter(Boolean),
    address: a.address ?? [],
  };
}

/** Templates test `{{#if place}}`; keys set to undefined would still show in `{{#each}}`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
