/**
 * A message's words, as plain text and as HTML from the same Markdown: the letter's
 * `send.message` in each of the message's languages, or a short cover note from the
 * language's strings (the letter's greeting, "Please find attached the letter …,
 * signed by …", the closing, the sender's name). A message in several languages gives
 * each in turn, the reader's first, under a rule. Values put into the Markdown are
 * escaped for the HTML, so a title with `*` or `<` stays text; the HTML is sanitized as a
 * letter's body is and loads nothing.
 */
import { escapeHtml } from '../markdown/escape-html.js';
import { renderMarkdown } from '../markdown/markdown.js';
import { textDirection } from '../i18n/direction.js';
import { formatNumber, joinList } from '../i18n/intl.js';
import { fill, type UiStrings } from '../i18n/strings.js';

export interface Section {
  lang: string;
  /** Markdown with `{placeholders}`. */
  markdown: string;
  values: Record<string, string>;
  strings: UiStrings;
}

export interface MessageText {
  text: string;
  html: string;
}

export function messageText(sections: readonly Section[]): MessageText {
  // Markdown's hard line break (two spaces at the end of a line) is a plain line break in text.
  const text = sections.map((s) => fill(s.markdown, s.values).trim().replace(/ {2,}\n/g, '\n')).join('\n\n---\n\n');
  const html = sections.map((s) => {
    const escaped = Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, escapeMarkdown(v)]));
    const { html: fragment } = renderMarkdown(fill(s.markdown, escaped), {
      quotes: s.strings.quotes,
      // Mail carries the letter as attachments: an image in the message is never fetched or embedded.
      resolveImage: (src) => ({ problem: { code: 'image-refused', needle: src, message: 'images are not sent in messages', hint: 'Attach nothing but the letter.' } }),
    });
    return `<div lang="${escapeHtml(s.lang)}">\n${fragment}</div>`;
  }).join('\n<hr>\n');
  const lang = sections[0]?.lang ?? 'en';
  return { text: `${text}\n`, html: `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">\n<head><meta charset="utf-8"></head>\n<body>\n${html}\n</body>\n</html>\n` };
}

/** The default cover note to officials, as Markdown with placeholders. */
export function coverNote(strings: UiStrings, closing: string | undefined, hasGreeting: boolean, hasSender: boolean): string {
  return [hasGreeting ? '{greeting}' : '', strings.mail.cover, [closing ?? strings.mail.regards, hasSender ? '{sender}' : ''].filter(Boolean).join('  \n')]
    .filter(Boolean).join('\n\n');
}

/** "12 organizations and 3 individuals", as the language counts them. */
export function signersPhrase(counts: { organizations: number; individuals: number }, lang: string, strings: UiStrings): string {
  const rules = new Intl.PluralRules(lang);
  const form = (forms: { other: string } & Record<string, string>, n: number) => fill(forms[rules.select(n)] ?? forms.other, { n: formatNumber(n, lang) });
  const parts: string[] = [];
  if (counts.organizations || !counts.individuals) parts.push(form(strings.count_organizations, counts.organizations));
  if (counts.individuals) parts.push(form(strings.count_individuals, counts.individuals));
  return joinList(parts, lang);
}

/** Backslash-escapes what Markdown would read as markup, and `<` and `&`, which it would pass as HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => (c === '<' ? '&lt;' : c === '&' ? '&amp;' : c === '>' ? '&gt;' : `\\${c}`));
}
