/**
 * `coalition send <letter> [vN]`: mail the released letter to its addressees, or
 * (`--to-signers pending|confirmed`) a message to each signer; `--dry-run` writes the
 * messages as .eml files instead. Prints who gets what, who has no address, and what
 * the server said; the library does the rest (src/send/).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ExitCode } from '../../errors.js';
import { DEFAULT_THROTTLE, throttleInterval } from '../../send/throttle.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import { onInterrupt } from '../interrupt-hooks.js';
import { letterPath, workspaceRoot } from '../workspace-arg.js';
import { formatTable } from './org-view.js';
import { commaList, positiveNumber } from './parsers.js';
import { formatBytes } from '../format-bytes.js';

interface SendFlags {
  smtp?: string;
  from?: string;
  dryRun: boolean;
  resend: string[];
  toSigners?: 'pending' | 'confirmed';
  throttle: number;
  for?: string;
  format?: ('pdf' | 'docx' | 'html')[];
  insecureTls: boolean;
  chromePath?: string;
  timeout: number;
}

export function registerSend(program: Command, ctx: CommandContext): void {
  program
    .command('send')
    .description('mail the released letter to its addressees (or a message to its signers), logged, never twice')
    .argument('<letter>', 'the letter, by path or slug')
    .argument('[version]', 'the released version to send (default: the latest)')
    .option('--smtp <url>', 'the mail server: smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (also COALITION_SMTP_URL; the password only in COALITION_SMTP_PASSWORD)')
    .option('--from <address>', 'the sender, "Name <address>" (default: the letter\'s send.from)')
    .option('--dry-run', 'send nothing: write each message as an .eml file under out/ and print who gets what', false)
    .option('--resend <id>', 'send to this recipient again on purpose (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
    .addOption(new Option('--to-signers <which>', 'mail the signers instead: pending (the current text, asking them to confirm) or confirmed (the letter went out)').choices(['pending', 'confirmed']))
    .addOption(new Option('--throttle <rate>', 'at most this many messages a minute: 20/min, 2/min, 0 for no limit').argParser(throttle).default(throttleInterval(DEFAULT_THROTTLE), DEFAULT_THROTTLE))
    .option('--for <profile>', 'attach the formats a submission profile asks for (Word for un-upr…)')
    .option('-f, --format <formats>', 'attach these released formats (default: send.formats, else pdf)', commaList(['pdf', 'docx', 'html']))
    .option('--insecure-tls', 'accept a server certificate that does not verify (a local mail bridge\'s self-signed one)', false)
    .option('--chrome-path <path>', 'with --to-signers pending: the Chrome/Chromium that prints the current text')
    .option('--timeout <seconds>', 'with --to-signers pending: give up printing one document after this long', positiveNumber, 60)
    .addHelpText('after', [
      '',
      'The password is read from COALITION_SMTP_PASSWORD only (never an option: `ps` and your shell\'s history would show it).',
      'Each recipient\'s outcome is logged in releases/<date>-<slug>/deliveries.csv (signer-messages.csv for --to-signers);',
      'sending again sends only to those not yet delivered. Exit 1: a recipient was refused; 4: the server was lost (send again to go on); 5: the login was refused.',
      '',
      'Examples:',
      '  coalition send us-mexico --dry-run',
      '  read -rs COALITION_SMTP_PASSWORD && export COALITION_SMTP_PASSWORD',
      '  coalition send us-mexico --smtp smtps://you%40example.org@smtp.example.org:465',
      '  coalition send us-mexico --to-signers pending --dry-run',
    ].join('\n'))
    .action(async (letterArg: string, versionArg: string | undefined, flags: SendFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const letter = await letterPath(ctx, root, letterArg);
      const { CoalitionError } = await import('../../errors.js');
      const { parseVersion } = await import('../../release/release-store.js');
      const version = versionArg === undefined ? undefined : parseVersion(versionArg);
      if (version !== undefined && flags.toSigners === 'pending') {
        throw new CoalitionError('--to-signers pending sends the current text, not a version', { code: 'unexpected-version', exitCode: ExitCode.usage, hint: `coalition send ${letterArg} --to-signers pending` });
      }
      if (flags.for && flags.format) throw new CoalitionError('--for and --format both choose the formats: give one of them', { code: 'conflicting-options', exitCode: ExitCode.usage });
      let formats = flags.format;
      if (flags.for) {
        const { profileFormats } = await import('../../release/profile-formats.js');
        // The PDF always; the Word files too when the channel takes Word.
        formats = (await profileFormats(root, flags.for)).includes('docx') ? ['pdf', 'docx'] : ['pdf'];
      }
      const { smtpSettings } = await import('../../send/smtp-settings.js');
      const smtp = flags.dryRun ? undefined : smtpSettings(flags.smtp, ctx.io.env, flags.insecureTls);
      const controller = new AbortController();
      let running: Promise<unknown> = Promise.resolve();
      const unregister = smtp ? onInterrupt(async () => {
        controller.abort();
        await running.catch(() => undefined);
      }) : () => undefined;
      const common = {
        root, letter, resend: flags.resend, interval: flags.throttle, signal: controller.signal,
        ...(flags.from !== undefined ? { from: flags.from } : {}), ...(formats ? { formats } : {}), ...(smtp ? { smtp } : {}),
        onProgress: (p: { done: number; total: number; delivered: number; refused: number; failed: number; waiting?: number }) =>
          out.progress(`sending ${p.done}/${p.total}: ${p.delivered} delivered${p.refused ? `, ${p.refused} refused` : ''}${p.failed ? `, ${p.failed} failed` : ''}${p.waiting ? ` (next in ${Math.ceil(p.waiting / 1000)} s)` : ''}`),
      };
      try {
        if (flags.toSigners) {
          const { sendToSigners } = await import('../../send/send-signers.js');
          const work = sendToSigners({ ...common, which: flags.toSigners, ...(version !== undefined ? { version } : {}), chromePath: flags.chromePath, timeout: flags.timeout * 1000 });
          running = work;
          printSigners(ctx, out, await work);
        } else {
          const { sendLetter } = await import('../../send/send-letter.js');
          const work = sendLetter({ ...common, ...(version !== undefined ? { version } : {}) });
          running = work;
          printLetter(ctx, out, await work);
        }
      } finally {
        out.endProgress();
        unregister();
      }
    });
}

function throttle(value: string): number {
  const interval = throttleInterval(value);
  if (interval === undefined) throw new InvalidArgumentError('expected a rate such as 20/min, 2/min or 0 (no limit)');
  return interval;
}

type LetterReport = Awaited<ReturnType<typeof import('../../send/send-letter.js').sendLetter>>;
type SignersReport = Awaited<ReturnType<typeof import('../../send/send-signers.js').sendToSigners>>;
type Run = NonNullable<LetterReport['run']>;

function printLetter(ctx: CommandContext, out: Output, report: LetterReport): void {
  const v = `v${report.version}`;
  const rows = report.recipients.map((r) => [
    r.id, r.address ?? '', r.field, r.langs.join(' '), r.attachments.map((a) => a.file.slice(a.file.lastIndexOf('/') + 1)).join(' '),
    r.skipped ? `${r.skipped.reason} ${r.skipped.row.time?.slice(0, 10) ?? ''}`.trim() : report.dryRun ? 'to send' : sentState(report.run, r.id),
  ]);
  if (rows.length) for (const line of formatTable(['recipient', 'address', 'field', 'languages', 'attachments', 'state'], rows)) out.out(line);
  printUnaddressed(out, report.unaddressed.map((a) => [a.id, a.name, [a.contactForm ? `contact form: ${a.contactForm}` : '', a.phone ? `phone: ${a.phone}` : ''].filter(Boolean).join(', ') || (a.field === 'cc' ? 'cc, written without email:' : 'no email in the letter or officials.yaml')]));
  if (report.ccNotMailed.length) out.info(`cc not mailed (delivery: each prints the cc on every copy): ${report.ccNotMailed.map((a) => a.id).join(', ')}`);
  const what = `${v} of ${report.file}`;
  if (report.dryRun) {
    printDryRun(out, report.dryRun, what, report.messages);
    return;
  }
  finish(ctx, out, report.run!, what, report.log, report.recipients.filter((r) => r.skipped?.reason === 'refused').length);
}

function printSigners(ctx: CommandContext, out: Output, report: SignersReport): void {
  const rows = report.recipients.map((r) => [r.id, r.address ?? '', r.skipped ? `${r.skipped.reason} ${r.skipped.row.time?.slice(0, 10) ?? ''}`.trim() : report.dryRun ? 'to send' : sentState(report.run, r.id)]);
  if (rows.length) for (const line of formatTable(['signer', 'address', 'state'], rows)) out.out(line);
  if (report.attachments.length) out.info(`attached: ${report.attachments.map((a) => `${a.filename} (${formatBytes(a.bytes)})`).join(', ')}`);
  printUnaddressed(out, report.unaddressed.map((s) => [s.id, s.name, 'no contact.email in signatories.yaml (coalition org edit <id> --contact-email …)']));
  const what = report.which === 'pending' ? `the ${report.which} signers of ${report.file} (text ${report.round})` : `the signers of ${report.round} of ${report.file}`;
  if (!report.recipients.length && !report.unaddressed.length) out.info(`${report.file} has no ${report.which} signers`);
  if (report.dryRun) {
    printDryRun(out, report.dryRun, what, report.messages);
    return;
  }
  finish(ctx, out, report.run!, what, report.log, 0);
}

function sentState(run: Run | undefined, id: string): string {
  const rows = run?.rows.filter((r) => (r.recipient ?? r.signer) === id) ?? [];
  return rows.at(-1)?.status ?? (run?.stopped || run?.interrupted ? 'not sent' : '');
}

function printUnaddressed(out: Output, rows: string[][]): void {
  if (!rows.length) return;
  out.out('');
  out.out(`not sent: no address (${rows.length}), to finish by hand`);
  for (const line of formatTable(['id', 'name', 'how to reach them'], rows)) out.out(`  ${line}`);
}

function printDryRun(out: Output, dry: NonNullable<LetterReport['dryRun']>, what: string, messages: number): void {
  for (const f of dry.files) out.out(`${dry.shown}/${f.key}.eml  ${formatBytes(f.bytes)}`);
  out.info(messages
    ? `dry run: ${messages} message${messages === 1 ? '' : 's'} for ${what} written to ${dry.shown}/ (open them in a mail client); nothing was sent`
    : `dry run: nothing to send for ${what}`);
}

function finish(ctx: CommandContext, out: Output, run: Run, what: string, log: string, refusedBefore: number): void {
  const count = (status: string) => run.rows.filter((r) => r.status === status).length;
  const [delivered, refused, failed] = [count('delivered'), count('refused'), count('failed')];
  if (!run.messages && !run.stopped && !run.interrupted) {
    out.info(`nothing to send for ${what}: every recipient with an address has it${refusedBefore ? ` or refused it (${refusedBefore})` : ''}; ${log} says when (--resend <id> sends one again)`);
    return;
  }
  if (run.messages) out.info(`${out.color.green('sent')} ${what}: ${run.messages} message${run.messages === 1 ? '' : 's'}, ${delivered} delivered, ${refused} refused, ${failed} failed; logged in ${log}`);
  for (const r of run.rows.filter((row) => row.status !== 'delivered')) out.info(`  ${r.status} ${r.recipient ?? r.signer} <${r.address}>: ${r.reply}`);
  if (run.interrupted) {
    out.info(`interrupted: ${log} lists what went out; \`coalition send\` again sends the rest`);
    ctx.setExitCode(ExitCode.interrupted);
  } else if (run.stopped) {
    out.info(`${out.color.red('✗')} stopped: ${run.stopped.message}`);
    out.info(`  ${out.color.dim('hint:')} ${run.stopped.kind === 'size'
      ? 'Attach fewer files (send.languages, --format pdf), or send through a server that takes larger messages.'
      : `what went out is logged in ${log}; run the same \`coalition send\` again to send the rest (never twice).`}`);
    ctx.setExitCode(run.stopped.kind === 'size' ? ExitCode.input : ExitCode.mailServer);
  } else if (refused) {
    out.info(`  ${out.color.dim('hint:')} correct the refused addresses (officials.yaml, the letter's email:, signatories.yaml's contact.email); the next send tries a corrected address`);
    ctx.setExitCode(ExitCode.input);
  }
}
