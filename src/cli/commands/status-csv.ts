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
