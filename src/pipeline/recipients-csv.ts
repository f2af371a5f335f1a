/**
 * `recipients.csv`, beside the copies of a `delivery: each` letter: one row per
 * recipient with what a mail merge needs (name, title, email, contact form, address,
 * the greeting their copy opens with) and the file of each copy, by file name (the files sit beside it, so the folder can
 * be moved or zipped whole).
 */
import { basename } from 'node:path';
import { csvLine } from '../workspace/csv-line.js';
import { pick } from '../i18n/localized.js';
import type { Recipient } from '../resolve/addressees.js';

export interface CopyFile {
  recipient: string;
  /** `pdf_en`, `html_en-es`…: the column the file goes in. */
  column: string;
  path: string;
}

/**
 * `greetings`: the greeting each recipient's copy opens with, in `lang` ("Dear Senator
 * Durbin:"), for the cover note of a mail merge. Its column comes after the columns of
 * before, so a merge that names them keeps working.
 */
export function recipientsCsv(recipients: readonly Recipient[], files: readonly CopyFile[], lang: string, greetings: ReadonlyMap<string, string> = new Map()): string {
  const columns = [...new Set(files.map((f) => f.column))];
  const byRecipient = new Map<string, Map<string, string>>();
  for (const file of files) {
    const row = byRecipient.get(file.recipient) ?? new Map<string, string>();
    row.set(file.column, basename(file.path));
    byRecipient.set(file.recipient, row);
  }
  const header = ['id', 'name', 'title', 'email', 'phone', 'contact_form', 'address', 'salutation', ...columns];
  const rows = recipients.map(({ id, addressee, official }) => [
    id,
    pick(addressee.name, lang) ?? '',
    pick(addressee.title, lang) ?? '',
    official?.email ?? addressee.email ?? '',
    official?.phone ?? '',
    official?.contact_form ?? '',
    (addressee.address ?? []).join(', '),
    greetings.get(id) ?? '',
    ...columns.map((c) => byRecipient.get(id)?.get(c) ?? ''),
  ]);
  return `${[header, ...rows].map(csvLine).join('\n')}\n`;
}
