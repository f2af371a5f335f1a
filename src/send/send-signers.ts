/**
 * Messages to signers (`send <letter> --to-signers pending|confirmed`), to each
 * signer's `contact.email` in the registry, logged in
 * `releases/<date>-<slug>/signer-messages.csv`, never twice:
 *
 * - pending: the current text as PDF (built now, as `build --draft` prints it), asking
 *   them to confirm, with the text's fingerprint so a reply can be matched to the text
 *   seen; a changed text is a new round (they are asked again);
 * - confirmed [vN]: the signers of a released version (those it did not name too) are told it went out, with
 *   its PDF; a new version is a new round.
 *
 * A message to a signer is in every language attached (the letter's order), each in turn.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CoalitionError, ExitCode, hasErrors } from '../errors.js';
import { formatCalendarDate, localToday } from '../i18n/intl.js';
import { pick } from '../i18n/localized.js';
import { fill, loadStrings } from '../i18n/strings.js';
import { sha256 } from '../release/manifest.js';
import { releaseSeries, versionName } from '../release/release-store.js';
import { buildLetters } from '../pipeline/build-letters.js';
import { letterFingerprint } from '../registry/fingerprint.js';
import { displayName } from '../resolve/signatory-list.js';
import { prepareLetter } from '../resolve/prepare-letter.js';
import { displayPath, letterSlug } from '../workspace/workspace.js';
import { attachmentsFor, readAttachment, type Attachment } from './attachments.js';
import { composeMessage, newMessageId } from './compose-message.js';
import { sendLocked, writeDryRun, type DryRun } from './deliver.js';
import { estimate, type SendLetterOptions } from './send-letter.js';
import { DELIVERIES_FILE, DELIVERY_COLUMNS, MailLog, SIGNER_COLUMNS, SIGNER_MESSAGES_FILE, type LogRow } from './mail-log.js';
import { messageText, signersPhrase, type Section } from './message-text.js';
import { lastRows, skipReason, type Skipped } from './never-twice.js';
import { openRelease, readLetterForSending, signerKinds, versionSigners } from './released-letter.js';
import type { MailJob, RunResult } from './send-run.js';
import { parseSender, type Sender } from './sender.js';

export type SignerRound = 'pending' | 'confirmed';

/** What sending to the letter's addressees takes, for its signers instead. */
export interface SendSignersOptions extends SendLetterOptions {
  which: SignerRound;
  /** `confirmed`: the version (default: the latest); `pending` mails the current text. */
  version?: number;
  /** Printing the pending text's PDF. */
  chromePath?: string;
  timeout?: number;
}

export interface SignerRecipient {
  id: string;
  name: string;
  address?: string;
  skipped?: Skipped;
}

export interface SendSignersReport {
  file: string;
  which: SignerRound;
  /** The round: the text's fingerprint (pending) or the version (confirmed). */
  round: string;
  log: string;
  sender: Sender;
  recipients: SignerRecipient[];
  /** Signers with no contact.email. */
  unaddressed: SignerRecipient[];
  attachments: Attachment[];
  messages: number;
  dryRun?: DryRun;
  run?: RunResult;
}

interface Round {
  round: string;
  signers: { id: string; name: string; contactName?: string; address?: string }[];
  langs: string[];
  /** Made only when someone is to be written to (the pending text is printed then). */
  attachments(): Promise<{ list: Attachment[]; read(a: Attachment): Promise<Buffer> }>;
  subject(lang: string): string;
  body(lang: string): string;
  values(lang: string): Record<string, string>;
  slug: string;
  seriesFolder: string;
  outFolder: string;
}

export async function sendToSigners(options: SendSignersOptions): Promise<SendSignersReport> {
  const { root } = options;
  const { letter, send, ws } = await readLetterForSending(root, options.letter);
  const sender = parseSender(options.from ?? send.from, options.from !== undefined ? '--from' : `${letter.file}: send.from`, letter.file);
  const series = await releaseSeries(root, letter);
  const registry = ws.registry.signatories;
  const contactOf = (id: string) => {
    const contact = registry.get(id)?.contact;
    return { ...(contact?.email ? { address: contact.email } : {}), ...(contact?.name ? { contactName: contact.name } : {}) };
  };
  const slug = `${letterSlug(letter.name)}`;
  const out = join(root, 'out', `${letter.frontMatter?.date ?? 'undated'}-${slug}`, 'mail');
  let round: Round;
  if (options.which === 'pending') {
    const prepared = await prepareLetter(ws, options.letter);
    if (!prepared.signers || !letter.frontMatter || hasErrors(prepared.diagnostics)) throw CoalitionError.fromDiagnostics(letter.file, prepared.diagnostics.filter((d) => d.severity === 'error'));
    const fm = letter.frontMatter;
    const fingerprint = letterFingerprint(letter);
    const langs = send.languages ?? fm.languages;
    const folder = join(out, `text-${fingerprint}`);
    round = {
      round: fingerprint, slug: `${fm.date}-${slug}`, seriesFolder: series.folder, outFolder: folder, langs,
      signers: prepared.signers.filter((s) => s.status === 'pending').map((s) => ({ id: s.id, name: registry.get(s.id) ? displayName(registry.get(s.id)!, langs[0]!) : s.id, ...contactOf(s.id) })),
      attachments: async () => {
        // The text as it is now, as `build --draft` prints it: pending signers marked, DRAFT on each page.
        const build = await buildLetters({ root, formats: ['pdf'], outDir: folder, workspace: ws, prepared: [prepared], draft: true, langs: [...langs], chromePath: options.chromePath, timeout: options.timeout });
        const built = build.letters[0]!;
        if (built.error) throw built.error;
        const first = built.outputs.find((o) => o.recipient)?.recipient;
        const list: Attachment[] = [];
        const bytes = new Map<string, Buffer>();
        for (const lang of langs) {
          const output = built.outputs.find((o) => o.lang === lang && o.format === 'pdf' && o.recipient === first);
          if (!output) continue;
          const data = await readFile(output.path);
          const file = relative(folder, output.path).split('\\').join('/');
          bytes.set(file, data);
          list.push({ file, filename: `${fm.date}-${slug}.${lang}.pdf`, lang, format: 'pdf', sha256: sha256(data), bytes: data.length, contentType: 'application/pdf' });
        }
        return { list, read: async (a) => bytes.get(a.file)! };
      },
      subject: (lang) => fill(loadStrings(ws.templates, lang).mail.pending_subject, { title: pick(fm.title, lang) ?? '' }),
      body: (lang) => pendingBody(loadStrings(ws.templates, lang).mail),
      values: (lang) => ({ title: pick(fm.title, lang) ?? '', fingerprint }),
    };
  } else {
    if (!series.versions.length) {
      throw new CoalitionError(`${letter.file} has no release: confirmed signers are told about a released version`, {
        code: 'no-release', exitCode: ExitCode.usage, hint: `Release it first: \`coalition release ${letter.file}\`.`,
      });
    }
    const rl = await openRelease(root, options.letter, options.version);
    const { released, fm } = rl;
    const langs = send.languages ?? fm.languages;
    const rows = await versionSigners(rl);
    const counts = signerKinds(rows);
    const sentOn = await firstDelivery(root, series.folder, released.version) ?? localToday(new Date(released.manifest.released_at));
    // `delivery: each` released a copy per addressee and no joint letter: signers get the first addressee's.
    const copy = rl.each ? rl.to[0]?.id : undefined;
    const title = (lang: string) => pick(fm.title, lang) ?? '';
    round = {
      round: versionName(released.version), slug: `${fm.date}-${slug}`, seriesFolder: series.folder, outFolder: join(out, `confirmed-${versionName(released.version)}`), langs,
      // Named as the pending message names them (the registry's display name, with the acronym).
      signers: rows.map((r) => ({ id: r.id, name: registry.get(r.id) ? displayName(registry.get(r.id)!, langs[0]!) : r.name?.[langs[0]!] ?? r.id, ...contactOf(r.id) })),
      attachments: async () => {
        const list = attachmentsFor(released, rl.name, fm.date, copy, langs, options.formats ?? send.formats ?? ['pdf'], letter.file);
        return { list, read: (a) => readAttachment(released, a, letter.file) };
      },
      subject: (lang) => fill(loadStrings(ws.templates, lang).mail.confirmed_subject, { title: title(lang) }),
      body: (lang) => confirmedBody(loadStrings(ws.templates, lang).mail),
      values: (lang) => ({ title: title(lang), date: formatCalendarDate(sentOn, lang), signers: signersPhrase(counts, lang, loadStrings(ws.templates, lang)) }),
    };
  }

  const logPath = join(series.folder, SIGNER_MESSAGES_FILE);
  const logShown = displayPath(root, logPath);
  const resend = new Set(options.resend ?? []);
  for (const id of resend) {
    if (!round.signers.some((s) => s.id === id && s.address)) {
      throw new CoalitionError(`--resend ${id}: not a ${options.which} signer with a contact email`, {
        code: 'unknown-recipient', exitCode: ExitCode.usage, hint: `\`coalition send ${letter.file} --to-signers ${options.which} --dry-run\` lists them.`,
      });
    }
  }
  const prepare = async () => {
    const log = await MailLog.open(root, logPath, logShown, SIGNER_COLUMNS);
    const last = lastRows(log.rows, (row) => row.kind === options.which && row.round === round.round, (row) => row.signer!);
    const recipients: SignerRecipient[] = round.signers.filter((s) => s.address).map((s) => {
      const skipped = skipReason(last.get(s.id), s.id, s.address!, resend);
      return { id: s.id, name: s.name, address: s.address!, ...(skipped ? { skipped } : {}) };
    });
    const pending = recipients.filter((r) => !r.skipped);
    const files = pending.length ? await round.attachments() : { list: [], read: async () => Buffer.alloc(0) };
    const jobs = pending.map((r): MailJob => {
      const signer = round.signers.find((s) => s.id === r.id)!;
      return {
        key: r.id, langs: round.langs, estimatedBytes: estimate(files.list, 6000),
        recipients: [{ id: r.id, name: signer.contactName ?? r.name, address: r.address!, field: 'to' }],
        messageId: (date) => newMessageId(date, options.which === 'pending' ? `text-${round.round}` : round.round, round.slug, sender.address),
        compose: async (messageId, date) => {
          const sections = round.langs.map((lang): Section => {
            const strings = loadStrings(ws.templates, lang);
            const greeting = signer.contactName ? fill(strings.mail.signer_greeting, { name: signer.contactName }) : strings.mail.signers_greeting;
            return { lang, strings, markdown: round.body(lang), values: { ...round.values(lang), greeting, name: r.name, sender: sender.name ?? '' } };
          });
          const { text, html } = messageText(sections);
          const content = [];
          for (const a of files.list) content.push({ filename: a.filename, contentType: a.contentType, content: await files.read(a) });
          const raw = await composeMessage({
            from: sender, to: [{ name: signer.contactName ?? r.name, address: r.address! }], subject: round.subject(round.langs[0]!),
            text, html, langs: round.langs, attachments: content, messageId, date,
          });
          return { raw, attachments: files.list };
        },
      };
    });
    const report: SendSignersReport = {
      file: letter.file, which: options.which, round: round.round, log: logShown, sender, recipients,
      unaddressed: round.signers.filter((s) => !s.address).map((s) => ({ id: s.id, name: s.name })), attachments: files.list, messages: jobs.length,
    };
    return { jobs, log, report };
  };
  if (!options.smtp) {
    const { jobs, report } = await prepare();
    return { ...report, dryRun: await writeDryRun(round.outFolder, displayPath(root, round.outFolder), jobs) };
  }
  const settings = options.smtp;
  const { report, run } = await sendLocked(root, series.folder, async () => {
    const { jobs, log, report } = await prepare();
    return {
      jobs, report,
      options: {
        settings, envelopeFrom: sender.address, log, interval: options.interval,
        ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        row: (job: MailJob, r: { id: string; name: string; address: string }, outcome: string, d: { time: Date; messageId: string; reply: string; attachments: Attachment[] }): LogRow => ({
          time: d.time.toISOString(), kind: options.which, round: round.round, signer: r.id, name: r.name, address: r.address, status: outcome,
          languages: job.langs.join(' '), message_id: d.messageId, reply: d.reply, attachments: d.attachments.map((a) => `${a.filename} sha256:${a.sha256}`).join('; '),
        }),
      },
    };
  });
  return { ...report, run };
}

function pendingBody(mail: { pending: string; fingerprint: string; regards: string }): string {
  return ['{greeting}', mail.pending, mail.fingerprint, `${mail.regards}  \n{sender}`].join('\n\n');
}

function confirmedBody(mail: { confirmed: string; regards: string }): string {
  return ['{greeting}', mail.confirmed, `${mail.regards}  \n{sender}`].join('\n\n');
}

/** The day the version was first delivered to an official (deliveries.csv), as a local date. */
async function firstDelivery(root: string, folder: string, version: number): Promise<string | undefined> {
  const log = await MailLog.open(root, join(folder, DELIVERIES_FILE), DELIVERIES_FILE, DELIVERY_COLUMNS).catch(() => undefined);
  const row = log?.rows.find((r) => r.version === versionName(version) && r.status === 'delivered');
  return row ? localToday(new Date(row.time!)) : undefined;
}
