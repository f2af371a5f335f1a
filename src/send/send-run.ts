/**
 * Sends messages one after another on one connection, at the throttle's pace, and logs
 * each recipient's outcome as soon as the server answers, before the next message goes:
 * a run stopped anywhere (a lost connection, Ctrl-C, a crash) leaves a log that says
 * exactly what went out. What the run does about each answer:
 *
 * - 250 after the data: `delivered`;
 * - a recipient or message refused for good (5xx): `refused`, and the run goes on;
 * - a recipient refused for now (4xx to RCPT TO): `failed`, and the run goes on;
 * - no answer (the connection dropped, a timeout), the sender refused, or a 4xx to the
 *   message: `failed` for its recipients, and the run stops (exit 4): the next `send`
 *   sends them and the rest;
 * - larger than the server takes: nothing sent, the run stops.
 *
 * Stopping (Ctrl-C) never cuts a message the server is receiving: the run ends after it,
 * with its row written.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import type { Attachment } from './attachments.js';
import type { LogRow, MailLog, Outcome } from './mail-log.js';
import { SmtpFailure, SmtpSession } from './smtp-session.js';
import type { SmtpSettings } from './smtp-settings.js';

/** The size of `bytes` of attachment once base64-encoded in lines of 76 characters and CRLF. */
export function base64Bytes(bytes: number): number {
  const encoded = Math.ceil(bytes / 3) * 4;
  return encoded + Math.ceil(encoded / 76) * 2;
}

/** A server may close a connection after so many messages; a new one is opened first (nodemailer's pool does the same). */
const MESSAGES_PER_CONNECTION = 100;

export interface JobRecipient {
  id: string;
  name: string;
  address: string;
  field: 'to' | 'cc';
}

/** One message to send: its recipients (those not yet served) and how to make its bytes. */
export interface MailJob {
  key: string;
  recipients: JobRecipient[];
  langs: string[];
  /** About how large the message will be (its attachments base64-encoded, its words), to refuse before the first is sent. */
  estimatedBytes: number;
  /** The message's bytes with this Message-ID and date, and what it attaches. */
  compose(messageId: string, date: Date): Promise<{ raw: Buffer; attachments: Attachment[] }>;
  messageId(date: Date): string;
}

export interface Progress {
  done: number;
  total: number;
  delivered: number;
  refused: number;
  failed: number;
  /** Milliseconds until the next message, while the throttle waits. */
  waiting?: number;
}

export interface RunOptions {
  settings: SmtpSettings;
  envelopeFrom: string;
  jobs: readonly MailJob[];
  log: MailLog;
  /** The row of one recipient's outcome, in the log's columns. */
  row(job: MailJob, recipient: JobRecipient, outcome: Outcome, details: { time: Date; messageId: string; reply: string; attachments: Attachment[] }): LogRow;
  /** Minimum milliseconds between two messages' starts (0: none). */
  interval: number;
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
}

export interface RunResult {
  /** Rows written by this run, in order. */
  rows: LogRow[];
  messages: number;
  /** Why the run stopped before the end (exit 4, or 1 for a message too large). */
  stopped?: SmtpFailure;
  /** Stopped by the signal (Ctrl-C). */
  interrupted: boolean;
}

/** Opens the connection (a refused login or an unverified certificate throws, nothing sent) and runs the jobs. */
export async function runJobs(options: RunOptions): Promise<RunResult> {
  const { jobs, log } = options;
  const result: RunResult = { rows: [], messages: 0, interrupted: false };
  if (!jobs.length) return result;
  let session = await openSession(options.settings);
  const tally = { delivered: 0, refused: 0, failed: 0 };
  const limit = session.maxMessageSize();
  const largest = jobs.reduce((max, job) => (job.estimatedBytes > max.estimatedBytes ? job : max), jobs[0]!);
  if (limit && largest.estimatedBytes > limit) {
    // Before any message goes: a round that would stop halfway is not started.
    session.close();
    const over = jobs.filter((job) => job.estimatedBytes > limit).length;
    result.stopped = new SmtpFailure('size', `${over === 1 ? `the message to ${largest.key} would be` : `${over} messages would be, the largest (to ${largest.key})`} about ${megabytes(largest.estimatedBytes)}, over the ${megabytes(limit)} ${options.settings.host} takes (its SIZE): nothing was sent`);
    return result;
  }
  let lastStart = 0;
  try {
    for (const [index, job] of jobs.entries()) {
      if (options.signal?.aborted) {
        result.interrupted = true;
        break;
      }
      const wait = lastStart + options.interval - Date.now();
      if (index > 0 && wait > 0) {
        options.onProgress?.({ done: index, total: jobs.length, ...tally, waiting: wait });
        if (!(await sleep(wait, options.signal))) {
          result.interrupted = true;
          break;
        }
      }
      if (index > 0 && index % MESSAGES_PER_CONNECTION === 0) {
        session.close();
        try {
          session = await SmtpSession.open(options.settings);
        } catch (error) {
          if (!(error instanceof SmtpFailure)) throw error;
          result.stopped = error;
          break;
        }
      }
      lastStart = Date.now();
      const date = new Date();
      const messageId = job.messageId(date);
      const { raw, attachments } = await job.compose(messageId, date);
      if (limit && raw.length > limit) {
        result.stopped = new SmtpFailure('size', `the message to ${job.key} is ${megabytes(raw.length)}, over the ${megabytes(limit)} ${options.settings.host} takes (its SIZE): nothing more was sent`);
        break;
      }
      const rows: LogRow[] = [];
      const add = (recipient: JobRecipient, outcome: Outcome, reply: string, id = messageId) => {
        rows.push(options.row(job, recipient, outcome, { time: new Date(), messageId: id, reply, attachments }));
        tally[outcome]++;
      };
      try {
        const sent = await session.send(options.envelopeFrom, job.recipients.map((r) => r.address), raw);
        for (const recipient of job.recipients) {
          const refusal = sent.rejected.find((r) => sameAddress(r.address, recipient.address));
          if (refusal) add(recipient, refusal.temporary ? 'failed' : 'refused', refusal.reply);
          else add(recipient, 'delivered', sent.reply, sent.serverMessageId ?? messageId);
        }
      } catch (error) {
        if (!(error instanceof SmtpFailure)) throw error;
        if (error.kind === 'size') {
          result.stopped = error;
          break;
        }
        for (const recipient of job.recipients) {
          const refusal = error.rejected.find((r) => sameAddress(r.address, recipient.address));
          if (error.kind === 'refused') add(recipient, refusal?.temporary ? 'failed' : 'refused', refusal?.reply ?? error.reply ?? error.message);
          else add(recipient, 'failed', error.reply ? `not taken: ${error.reply}` : `not delivered: ${error.message}`);
        }
        if (error.kind !== 'refused') result.stopped = error;
      }
      await log.append(rows);
      result.rows.push(...rows);
      result.messages++;
      options.onProgress?.({ done: index + 1, total: jobs.length, ...tally });
      if (result.stopped) break;
    }
  } finally {
    session.close();
  }
  return result;
}

/** The connection, or the reason there is none as the user's error: a refused login (exit 5), an unverified certificate or no server (exit 4). */
async function openSession(settings: SmtpSettings): Promise<SmtpSession> {
  try {
    return await SmtpSession.open(settings);
  } catch (error) {
    if (!(error instanceof SmtpFailure)) throw error;
    const hints: Record<string, string> = {
      auth: 'Check the user in the URL and COALITION_SMTP_PASSWORD. Gmail, Outlook.com, iCloud and Yahoo take an app password, not your account\'s (the README says where to make one). Nothing was sent.',
      tls: `The server's certificate is not one this machine trusts (or names another host). Connect with the host name the certificate names; --insecure-tls accepts it anyway (a local mail bridge's self-signed certificate). Nothing was sent.`,
    };
    throw new CoalitionError(error.message, {
      code: error.kind === 'auth' ? 'smtp-login-refused' : error.kind === 'tls' ? 'smtp-certificate' : 'smtp-unreachable',
      exitCode: error.kind === 'auth' ? ExitCode.mailLogin : ExitCode.mailServer,
      hint: hints[error.kind] ?? `Check --smtp (${settings.shown}): the host, the port (587 for smtp://, 465 for smtps://) and the network. Nothing more was sent; sending again goes on from the log.`,
      cause: error,
    });
  }
}

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Resolves true after `ms`, or false at once when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
