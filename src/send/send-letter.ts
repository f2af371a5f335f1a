/**
 * `coalition send <letter> [vN]`: the released letter mailed to its addressees, each
 * recipient's outcome logged in `releases/<date>-<slug>/deliveries.csv`, never twice.
 * `--dry-run` writes the messages as `.eml` files under
 * `out/<date>-<slug>/mail/v<N>/` instead, sending and logging nothing.
 */
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { versionName } from '../release/release-store.js';
import { displayPath, letterSlug } from '../workspace/workspace.js';
import { readAttachment, type Attachment } from './attachments.js';
import { composeMessage, newMessageId } from './compose-message.js';
import { sendLocked, writeDryRun, type DryRun } from './deliver.js';
import { DELIVERIES_FILE, DELIVERY_COLUMNS, MailLog, type LogRow } from './mail-log.js';
import { planLetter, type LetterPlan, type PlannedMessage, type SendFormat } from './message-plan.js';
import { lastRows, skipReason, type Skipped } from './never-twice.js';
import { openRelease, signerKinds, versionSigners, type Addressed, type ReleasedLetter } from './released-letter.js';
import { base64Bytes, type MailJob, type Progress, type RunResult } from './send-run.js';
import { parseSender, type Sender } from './sender.js';
import type { SmtpSettings } from './smtp-settings.js';

export interface SendLetterOptions {
  root: string;
  /** Absolute path of the letter. */
  letter: string;
  version?: number;
  /** `--from`; else the letter's `send.from`. */
  from?: string;
  /** Formats to attach (`--for`); else `send.formats`, else pdf. */
  formats?: readonly SendFormat[];
  /** Recipients to send to again on purpose. */
  resend?: readonly string[];
  /** Absent: a dry run. */
  smtp?: SmtpSettings;
  /** Milliseconds between two messages. */
  interval: number;
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
}

export interface PlannedRecipient extends Addressed {
  key: string;
  langs: string[];
  attachments: Attachment[];
  /** Why it is not sent this time (already delivered, refused at this address). */
  skipped?: Skipped;
}

export interface SendLetterReport {
  file: string;
  version: number;
  /** The version folder, as shown. */
  shown: string;
  log: string;
  sender: Sender;
  each: boolean;
  recipients: PlannedRecipient[];
  /** No address: to finish by hand (with the directory's contact form or phone). */
  unaddressed: Addressed[];
  ccNotMailed: Addressed[];
  messages: number;
  dryRun?: DryRun;
  run?: RunResult;
}

export async function sendLetter(options: SendLetterOptions): Promise<SendLetterReport> {
  const rl = await openRelease(options.root, options.letter, options.version);
  const sender = parseSender(options.from ?? rl.send.from, options.from !== undefined ? '--from' : `${rl.file}: send.from`, rl.file);
  const plan = planLetter(rl, { sender, ...(options.formats ? { formats: options.formats } : {}), signers: await printedCounts(rl) });
  checkResend(options.resend ?? [], plan, rl);
  const logPath = join(rl.series.folder, DELIVERIES_FILE);
  const logShown = displayPath(options.root, logPath);
  const prepare = async () => {
    const log = await MailLog.open(options.root, logPath, logShown, DELIVERY_COLUMNS);
    const { jobs, recipients } = jobsFor(rl, plan, sender, log, new Set(options.resend ?? []));
    const report: SendLetterReport = {
      file: rl.file, version: rl.released.version, shown: rl.released.shown, log: logShown, sender, each: rl.each,
      recipients, unaddressed: plan.unaddressed, ccNotMailed: plan.ccNotMailed, messages: jobs.length,
    };
    return { jobs, log, report };
  };
  if (!options.smtp) {
    const { jobs, report } = await prepare();
    const folder = join(options.root, 'out', `${rl.date}-${letterSlug(rl.name)}`, 'mail', versionName(rl.released.version));
    return { ...report, dryRun: await writeDryRun(folder, displayPath(options.root, folder), jobs) };
  }
  const settings = options.smtp;
  const { report, run } = await sendLocked(options.root, rl.series.folder, async () => {
    const { jobs, log, report } = await prepare();
    return {
      jobs, report,
      options: {
        settings, envelopeFrom: sender.address, log, interval: options.interval,
        ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        row: (job: MailJob, r: { id: string; name: string; address: string; field: 'to' | 'cc' }, outcome: string, d: { time: Date; messageId: string; reply: string; attachments: Attachment[] }): LogRow => ({
          time: d.time.toISOString(), version: versionName(rl.released.version), recipient: r.id, name: r.name, address: r.address, field: r.field,
          status: outcome, languages: job.langs.join(' '), message_id: d.messageId, reply: d.reply, attachments: attachmentCell(d.attachments),
        }),
      },
    };
  });
  return { ...report, run };
}

/** Each planned message with the recipients it still has to reach (never twice), and the table of who gets what. */
function jobsFor(rl: ReleasedLetter, plan: LetterPlan, sender: Sender, log: MailLog, resend: ReadonlySet<string>): { jobs: MailJob[]; recipients: PlannedRecipient[] } {
  const v = versionName(rl.released.version);
  const last = lastRows(log.rows, (row) => row.version === v, (row) => row.recipient!);
  const recipients: PlannedRecipient[] = [];
  const jobs: MailJob[] = [];
  for (const message of plan.messages) {
    const pending: Addressed[] = [];
    for (const a of [...message.to, ...message.cc]) {
      const skipped = skipReason(last.get(a.id), a.id, a.address!, resend);
      recipients.push({ ...a, key: message.key, langs: message.langs, attachments: message.attachments, ...(skipped ? { skipped } : {}) });
      if (!skipped) pending.push(a);
    }
    if (pending.length) jobs.push(job(rl, message, pending, sender));
  }
  return { jobs, recipients };
}

function job(rl: ReleasedLetter, message: PlannedMessage, pending: Addressed[], sender: Sender): MailJob {
  const party = (a: Addressed) => ({ name: a.name, address: a.address!, id: a.id, field: a.field });
  return {
    key: message.key,
    langs: message.langs,
    estimatedBytes: estimate(message.attachments, message.text.length + message.html.length),
    recipients: pending.map(party),
    messageId: (date) => newMessageId(date, versionName(rl.released.version), letterSlug(rl.name), sender.address),
    compose: async (messageId, date) => {
      const attachments = message.attachments;
      const contents = [];
      for (const a of attachments) contents.push({ filename: a.filename, contentType: a.contentType, content: await readAttachment(rl.released, a, rl.file) });
      const raw = await composeMessage({
        from: sender, to: pending.filter((a) => a.field === 'to').map(party), cc: pending.filter((a) => a.field === 'cc').map(party),
        subject: message.subject, text: message.text, html: message.html, langs: message.langs, attachments: contents, messageId, date,
      });
      return { raw, attachments };
    },
  };
}

/** About a message's size: its attachments base64-encoded, its words (quoted-printable may grow them a third), headers. */
export function estimate(attachments: readonly Attachment[], words: number): number {
  return attachments.reduce((sum, a) => sum + base64Bytes(a.bytes) + 300, 0) + Math.ceil(words * 1.4) + 2000;
}

/** `name sha256:<hex>; …`: each file attached and its hash, as released. */
export function attachmentCell(attachments: readonly Attachment[]): string {
  return attachments.map((a) => `${a.file} sha256:${a.sha256}`).join('; ');
}

/** Organizations and individuals who signed the version, for the cover note (`versionSigners`). */
async function printedCounts(rl: ReleasedLetter): Promise<{ organizations: number; individuals: number }> {
  try {
    return signerKinds(await versionSigners(rl));
  } catch {
    return { organizations: rl.released.manifest.signers, individuals: 0 };
  }
}

function checkResend(resend: readonly string[], plan: LetterPlan, rl: ReleasedLetter): void {
  const ids = new Set(plan.messages.flatMap((m) => [...m.to, ...m.cc].map((a) => a.id)));
  for (const id of resend) {
    if (ids.has(id)) continue;
    throw new CoalitionError(`--resend ${id}: no recipient of ${rl.released.shown} with an address has that id`, {
      code: 'unknown-recipient', exitCode: ExitCode.usage,
      hint: ids.size ? `The recipients: ${[...ids].slice(0, 12).join(', ')}${ids.size > 12 ? ', …' : ''} (\`coalition send ${rl.file} --dry-run\` lists them).` : 'No addressee of this version has an email address.',
    });
  }
}
