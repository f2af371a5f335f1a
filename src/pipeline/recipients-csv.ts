/**
 * `recipients.csv`, beside the copies of a `delivery: each` letter: one row per
 * recipient with what a mail merge needs (name, title, email, contact form, address)
 * and the file of each copy, by file name (the files sit beside it, so the folder can
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

export function recipientsCsv(recipients: readonly Recipient[], files: readonly CopyFile[], lang: string): string {
  const columns = [...new Set(files.map((f) => f.column))];
  const byRecipient = new Map<string, Map<string, string>>();
  for (const file of files) {
    const row = byRecipient.get(file.recipient) ?? new Map<string, string>();
    row.set(file.column, basename(file.path));
    byRecipient.set(file.recipient, row);
  }
  const header = ['id', 'name', 'title', 'email', 'phone', 'contact_form', 'address', ...columns];
  const rows = recipients.map(({ id, addressee, official }) => [
    id,
    pick(addressee.name, lang) ?? '',
    pick(addressee.title, lang) ?? '',
    official?.email ?? addressee.email ?? '',
    official?.phone ?? '',
    official?.contact_form ?? '',
    (addressee.address ?? []).join(', '),
    ...columns.map((c) => byRecipient.get(id)?.get(c) ?? ''),
  ]);
  return `${[header, ...rows].map(csvLine).join('\n')}\n`;
}
