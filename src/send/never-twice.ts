/**
 * Never twice: whom a new run sends to, from the log. A recipient whose last row for
 * this round (a version, a text) says `delivered` is not sent to again, nor one the
 * server `refused` at the same address (a corrected address is tried); `failed` rows
 * (no answer, a temporary refusal) are sent again. `--resend <id>` sends to one on purpose.
 */
import type { LogRow } from './mail-log.js';

export interface Skipped {
  id: string;
  reason: 'delivered' | 'refused';
  /** The row that says so. */
  row: LogRow;
}

/** The last row of each recipient among `rows` of one round. */
export function lastRows(rows: readonly LogRow[], inRound: (row: LogRow) => boolean, idOf: (row: LogRow) => string): Map<string, LogRow> {
  const last = new Map<string, LogRow>();
  for (const row of rows) if (inRound(row)) last.set(idOf(row), row);
  return last;
}

/** Why `id` at `address` is not sent to, or undefined when it is. */
export function skipReason(last: LogRow | undefined, id: string, address: string, resend: ReadonlySet<string>): Skipped | undefined {
  if (!last || resend.has(id)) return undefined;
  if (last.status === 'delivered') return { id, reason: 'delivered', row: last };
  if (last.status === 'refused' && last.address?.toLowerCase() === address.toLowerCase()) return { id, reason: 'refused', row: last };
  return undefined;
}
