/**
 * What `coalition status` says about the delivery of the latest release: who has it
 * (delivered), who refused it, whose message failed, who is still to be sent to, and
 * who has no address (to reach by hand), from deliveries.csv.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isCoalitionError } from '../errors.js';
import { versionName } from '../release/release-store.js';
import { displayPath } from '../workspace/workspace.js';
import { DELIVERIES_FILE, DELIVERY_COLUMNS, MailLog } from './mail-log.js';
import { lastRows } from './never-twice.js';
import { openRelease } from './released-letter.js';

export interface DeliveryStatus {
  version: number;
  delivered: string[];
  refused: string[];
  failed: string[];
  /** An address, and no message yet. */
  toSend: string[];
  /** No address: not sent. */
  notSent: string[];
  log?: string;
}

/** Undefined when the letter has no release (or it cannot be read: `release --verify` and `send` say why). */
export async function deliveryStatus(root: string, letterPath: string): Promise<DeliveryStatus | undefined> {
  let rl;
  try {
    rl = await openRelease(root, letterPath);
  } catch (error) {
    if (isCoalitionError(error)) return undefined;
    throw error;
  }
  const v = versionName(rl.released.version);
  const path = join(rl.series.folder, DELIVERIES_FILE);
  const shown = displayPath(root, path);
  const log = existsSync(path) ? await MailLog.open(root, path, shown, DELIVERY_COLUMNS).catch(() => undefined) : undefined;
  const last = lastRows(log?.rows ?? [], (row) => row.version === v, (row) => row.recipient!);
  const joint = !rl.each && rl.to.some((a) => a.address);
  const mailable = [...rl.to, ...(joint ? rl.cc : [])];
  const status: DeliveryStatus = { version: rl.released.version, delivered: [], refused: [], failed: [], toSend: [], notSent: [], ...(log ? { log: shown } : {}) };
  for (const a of mailable) {
    const row = last.get(a.id);
    if (row?.status === 'delivered') status.delivered.push(a.id);
    else if (!a.address) status.notSent.push(a.id);
    else if (row?.status === 'refused' && row.address?.toLowerCase() === a.address.toLowerCase()) status.refused.push(a.id);
    else if (row?.status === 'failed') status.failed.push(a.id);
    else status.toSend.push(a.id);
  }
  // A joint letter no addressee can be mailed is not sent to its cc either; `delivery: each` mails no cc.
  if (!rl.each && !joint) status.notSent.push(...rl.cc.map((a) => a.id));
  return status;
}

/** "delivery of v1: 2 delivered, 1 refused, 1 not sent (no address)". */
export function describeDelivery(s: DeliveryStatus): string {
  const parts = [
    `${s.delivered.length} delivered`,
    ...(s.refused.length ? [`${s.refused.length} refused (${s.refused.join(', ')})`] : []),
    ...(s.failed.length ? [`${s.failed.length} failed, to send again (${s.failed.join(', ')})`] : []),
    ...(s.toSend.length ? [`${s.toSend.length} to send`] : []),
    ...(s.notSent.length ? [`${s.notSent.length} not sent: no address (${s.notSent.join(', ')})`] : []),
  ];
  return `delivery of v${s.version}: ${parts.join(', ')}`;
}
