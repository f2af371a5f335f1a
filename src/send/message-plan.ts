/**
 * Who gets which message, for a released letter: a joint letter is one message to every
 * addressee with an address (To) and the written-out cc entries with one (Cc);
 * `delivery: each` is one message per addressee, with their own copy (cc entries are
 * printed on every copy and mailed none). Each message is in its readers' language:
 * an addressee's `language:` when the letter is written in it, else the letter's first;
 * a joint message to readers of several languages gives its words in each, the letter's
 * order, and attaches them in that order.
 */
import { buildGreeting } from '../i18n/greeting.js';
import { genderEvidence } from '../i18n/gender.js';
import { pick } from '../i18n/localized.js';
import { loadStrings } from '../i18n/strings.js';
import { attachmentsFor, type Attachment, type SendFormat } from './attachments.js';
import { coverNote, messageText, signersPhrase, type Section } from './message-text.js';
import type { Addressed, ReleasedLetter } from './released-letter.js';
import type { Sender } from './sender.js';

export type { SendFormat } from './attachments.js';

export interface PlannedMessage {
  /** The recipient's id (`delivery: each`), or `letter`: names the message's .eml file. */
  key: string;
  to: Addressed[];
  cc: Addressed[];
  /** The languages of the words, the readers' first. */
  langs: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}

export interface LetterPlan {
  messages: PlannedMessage[];
  /** Addressees and cc entries with no address: to finish by hand. */
  unaddressed: Addressed[];
  /** cc entries with an address that `delivery: each` does not mail. */
  ccNotMailed: Addressed[];
  formats: SendFormat[];
  /** The languages attached (send.languages, else all). */
  languages: string[];
}

export interface PlanOptions {
  sender: Sender;
  /** Formats to attach (default: send.formats, else pdf). */
  formats?: readonly SendFormat[];
  /** Printed-signer counts of the version, for the cover note. */
  signers: { organizations: number; individuals: number };
}

export function planLetter(rl: ReleasedLetter, options: PlanOptions): LetterPlan {
  const formats = [...(options.formats ?? rl.send.formats ?? ['pdf'])];
  const languages = rl.send.languages ?? rl.fm.languages;
  const unaddressed = [...rl.to, ...rl.cc].filter((a) => !a.address);
  const to = rl.to.filter((a) => a.address);
  const cc = rl.cc.filter((a) => a.address);
  const messages: PlannedMessage[] = [];
  if (rl.each) {
    for (const recipient of to) messages.push(message(rl, recipient.id, [recipient], [], [recipient.addressee], recipient.id, formats, languages, options));
  } else if (to.length) {
    messages.push(message(rl, 'letter', to, cc, rl.to.map((a) => a.addressee), undefined, formats, languages, options));
  }
  // A joint letter no addressee can be mailed is not sent to its cc alone.
  const ccUnsent = !rl.each && !to.length ? cc : [];
  return { messages, unaddressed: [...unaddressed, ...ccUnsent], ccNotMailed: rl.each ? cc : [], formats, languages: [...languages] };
}

/** The message's languages: its readers' (those without `language:` read the letter's first), in the letter's order. */
export function readersLanguages(readers: readonly Addressed[], languages: readonly string[]): string[] {
  const wanted = new Set(readers.map((r) => r.language ?? languages[0]!));
  return languages.filter((l) => wanted.has(l));
}

function message(
  rl: ReleasedLetter,
  key: string,
  to: Addressed[],
  cc: Addressed[],
  greeted: Addressed['addressee'][],
  copy: string | undefined,
  formats: readonly SendFormat[],
  attached: readonly string[],
  options: PlanOptions,
): PlannedMessage {
  const { fm } = rl;
  const langs = readersLanguages(to, fm.languages);
  const order = [...langs.filter((l) => attached.includes(l)), ...attached.filter((l) => !langs.includes(l))];
  const sections = langs.map((lang): Section => {
    const strings = loadStrings(rl.ws.templates, lang);
    const greeting = pick(fm.greeting, lang) ?? buildGreeting(greeted, lang, strings, genderEvidence(rl.ws.templates, fm.languages)) ?? '';
    const title = pick(fm.title, lang) ?? '';
    const own = pick(rl.send.message, lang);
    return {
      lang, strings,
      markdown: own ?? coverNote(strings, pick(fm.closing, lang), greeting !== '', Boolean(options.sender.name)),
      values: { greeting, title, signers: signersPhrase(options.signers, lang, strings), sender: options.sender.name ?? '', name: to.length === 1 ? to[0]!.name : '' },
    };
  });
  const { text, html } = messageText(sections);
  const first = langs[0]!;
  return {
    key, to, cc, langs, text, html,
    subject: pick(fm.subject, first) ?? pick(fm.title, first) ?? rl.name,
    attachments: attachmentsFor(rl.released, rl.name, rl.date, copy, order, formats, rl.file),
  };
}
