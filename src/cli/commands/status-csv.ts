/**
 * `coalition status <letter> --csv`: the signatory list as it is printed, one row per
 * signer, for a spreadsheet or a press release.
 */
import type { Output } from '../output.js';
import { csvLine } from '../../workspace/csv-line.js';

export async function printStatusCsv(out: Output, letter: string, root: string, flags: { lang?: string; draft: boolean }): Promise<void> {
  const { printedList } = await import('../../registry/printed-list.js');
  const list = await printedList(root, letter, { ...(flags.lang ? { lang: flags.lang } : {}), draft: flags.draft });
  out.out(csvLine(['number', 'section', 'group', 'signatory', 'details', 'id', 'status']));
  for (const row of list.rows) {
    out.out(csvLine([row.number === undefined ? '' : String(row.number), row.section ?? '', row.group ?? '', row.text, row.details.join(', '), row.id, row.status]));
  }
  out.info(`${list.rows.length} signer${list.rows.length === 1 ? '' : 's'} as printed in the ${list.lang} edition of ${list.file}`);
}

/**
 * `status <letter> --csv --contacts`: the pending signers with their contact, for the
 * reminder before the deadline (issue 28, item 9). Contacts are never printed in a
 * letter; this is the coordinator's own list.
 */
export async function printContactsCsv(out: Output, letter: string, root: string): Promise<void> {
  const { letterStatus } = await import('../../registry/signing-status.js');
  const { openWorkspace } = await import('../../workspace/load.js');
  const status = await letterStatus(root, letter);
  const ws = await openWorkspace(root, false);
  const pending = status.signers.filter((s) => s.status === 'pending');
  out.out(csvLine(['id', 'signatory', 'contact', 'email', 'signed_on']));
  let missing = 0;
  for (const s of pending) {
    const contact = ws.registry.signatories.get(s.id)?.contact;
    if (!contact?.email) missing++;
    out.out(csvLine([s.id, s.name, contact?.name ?? '', contact?.email ?? '', s.signedOn ?? '']));
  }
  out.info(`${pending.length} pending signer${pending.length === 1 ? '' : 's'} on ${status.file}${missing ? `; ${missing} without an email (add one: coalition org edit <id> --contact-email …)` : ''}`);
}
