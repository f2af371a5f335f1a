/**
 * Addresses `coalition send` would mail: an official's `email:`, an addressee's
 * `email:`, a registry entry's `contact.email` and the letter's `send.from` must be
 * email addresses, so a typo is found at its line before a send, not as a bounce
 * after. Also: `send.languages` may name only the letter's languages.
 */
import type { Diagnostic } from '../../errors.js';
import { isEmailAddress, whyNotAnAddress } from '../../model/email-address.js';
import { OFFICIALS_FILE } from '../../workspace/read-officials.js';
import type { YamlSource } from '../../yaml/yaml.js';
import type { Rule } from '../types.js';

export const emailAddresses: Rule = {
  name: 'email-addresses',
  workspace({ ws, officials }) {
    const problems: Diagnostic[] = [];
    if (officials.source) {
      for (const [id, official] of officials.officials) {
        // `email: null` or "" says the official has none: listed as not sent, never an error.
        if (official.email) problems.push(...badAddress(official.email, officials.file, officials.source, ['officials', id, 'email'], `${id}: email`, `coalition officials edit ${id} --email <address>`));
      }
    }
    const registry = ws.registry;
    for (const [id, entry] of registry.signatories) {
      const email = entry.contact?.email;
      if (email) problems.push(...badAddress(email, registry.file, registry.source, ['signatories', id, 'contact', 'email'], `${id}: contact.email`, `coalition org edit ${id} --contact-email <address>`));
    }
    return problems;
  },
  letter({ prepared }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source) return [];
    const problems: Diagnostic[] = [];
    const people = [...fm.to.map((a, i) => ['to', i, a] as const), ...fm.cc.map((a, i) => ['cc', i, a] as const)];
    for (const [key, i, a] of people) {
      if (typeof a === 'string' || 'group' in a || !a.email) continue;
      problems.push(...badAddress(a.email, letter.file, letter.source, [key, i, 'email'], `${key}[${i + 1}]: email`, 'Correct the address, or remove the email: line'));
    }
    const from = fm.send?.from;
    if (from) {
      const address = /<([^<>]*)>\s*$/.exec(from)?.[1] ?? from;
      problems.push(...badAddress(address.trim(), letter.file, letter.source, ['send', 'from'], 'send.from', 'Write `send.from: letters@example.org` or `send.from: "Coalition Name <letters@example.org>"`'));
    }
    (fm.send?.languages ?? []).forEach((lang, i) => {
      if (fm.languages.includes(lang)) return;
      problems.push({
        file: letter.file, ...letter.source!.locate(['send', 'languages', i]), severity: 'error', code: 'send-language-unknown',
        message: `send.languages: "${lang}" is not one of the letter's languages (${fm.languages.join(', ')})`,
        hint: 'List only languages the letter is written in: a release holds only those.',
      });
    });
    return problems;
  },
};

function badAddress(text: string, file: string, source: YamlSource, path: (string | number)[], what: string, fix: string): Diagnostic[] {
  if (isEmailAddress(text)) return [];
  return [{
    file, ...source.locate(path), severity: 'error', code: 'invalid-email',
    message: `${what} "${text}" is not an email address: ${whyNotAnAddress(text)}`,
    hint: `${fix}. An entry without an address is written \`email: null\` (${OFFICIALS_FILE}) or without the field: \`coalition send\` then lists it as not sent.`,
  }];
}
