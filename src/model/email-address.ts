/**
 * What counts as an email address in the workspace's files (officials' `email:`,
 * addressees' `email:`, the registry's `contact.email`, `send.from`): the rule browsers
 * apply to `<input type="email">` (the WHATWG HTML standard's "valid e-mail address"),
 * with letters of any script allowed in the domain, which mail servers take as
 * punycode. A display name belongs only in `send.from` ("Name <address>").
 */

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** True for `name@example.org`; false for `name at example.org`, `TBD`, `<name@example.org>`. */
export function isEmailAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@') || text.length > 254) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  // A domain of one label (`name@localhost`) is not an address anyone outside can mail.
  return local.length <= 64 && LOCAL.test(local) && labels.length >= 2 && labels.every((l) => LABEL.test(l));
}

/** What is wrong with `text` as an address, in a few words, for messages. */
export function whyNotAnAddress(text: string): string {
  if (text.trim() !== text) return 'spaces around the address';
  if (!text.includes('@')) return 'no "@"';
  if (text.indexOf('@') !== text.lastIndexOf('@')) return 'more than one "@"';
  if (/[<>]/.test(text)) return 'a name or angle brackets around the address (write the address alone)';
  if (/\s/.test(text)) return 'a space inside the address';
  if (!text.slice(text.indexOf('@') + 1).includes('.')) return 'no domain after the "@" (such as example.org)';
  return 'not an email address';
}
