/**
 * `coalition status <letter>`: counts, the last release and what changed since, its
 * delivery (deliveries.csv), the signers by status with their dates, who confirmed an earlier text, and what each
 * language still lacks.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { letterPath, workspaceRoot } from '../workspace-arg.js';
import { formatTable } from './org-view.js';
import { printContactsCsv, printStatusCsv } from './status-csv.js';

export function registerStatus(program: Command, ctx: CommandContext): void {
  program
    .command('status')
    .description('who signed a letter, who is pending, who saw an earlier text, what is missing')
    .argument('<letter>', 'the letter, by path or slug')
    .option('--json', 'as JSON', false)
    .option('--csv', 'the signatory list as printed (sections, groups, order, numbers), as CSV', false)
    .option('--lang <lang>', 'with --csv: the edition to list (default: the letter\'s first language)')
    .option('--draft', 'with --csv: include pending signers, as `build --draft` prints them', false)
    .option('--contacts', 'with --csv: the pending signers\' contact names and emails instead, for a reminder', false)
    .action(async (letterArg: string, flags: { json: boolean; csv: boolean; lang?: string; draft: boolean; contacts: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const letter = await letterPath(ctx, root, letterArg);
      if (flags.contacts && !flags.csv) {
        const { CoalitionError, ExitCode } = await import('../../errors.js');
        throw new CoalitionError('--contacts is a CSV: give it with --csv', { code: 'conflicting-options', exitCode: ExitCode.usage, hint: `coalition status ${letterArg} --csv --contacts > reminder.csv` });
      }
      if (flags.csv && flags.contacts) {
        await printContactsCsv(out, letter, root);
        return;
      }
      if (flags.csv) {
        await printStatusCsv(out, letter, root, flags);
        return;
      }
      const { letterStatus } = await import('../../registry/signing-status.js');
      const { releaseDelta, describeDelta } = await import('../../release/release-delta.js');
      const status = await letterStatus(root, letter);
      const release = await releaseDelta(root, letter);
      const { deliveryStatus, describeDelivery } = await import('../../send/delivery-status.js');
      const delivery = release ? await deliveryStatus(root, letter) : undefined;
      if (flags.json) {
        out.out(JSON.stringify({ ...status, release: release ?? null, delivery: delivery ?? null }, null, 2));
        return;
      }
      const { counts, color } = { counts: status.counts, color: out.color };
      out.out(`${status.file}${status.title ? ` — ${status.title}` : ''}`);
      out.out(`text ${status.text}`);
      out.out(`${counts.confirmed} confirmed${counts.unnamed ? ` (${counts.unnamed} not named: publish: false)` : ''}, ${counts.pending} pending, ${counts.withdrawn} withdrawn (${counts.total} listed)`);
      if (release) out.out(describeDelta(release));
      if (delivery) out.out(describeDelivery(delivery));
      if (counts.outdated) out.out(color.yellow(`${counts.outdated} confirmed an earlier text${status.outdated_changed ? ` (changed: ${status.outdated_changed})` : ''}: ${status.signers.filter((s) => s.text === 'outdated').map((s) => s.id).join(', ')}`));
      out.out('');
      for (const group of ['confirmed', 'pending', 'withdrawn'] as const) {
        const rows = status.signers.filter((s) => s.status === group);
        if (rows.length === 0) continue;
        out.out(`${group} (${rows.length})`);
        const table = formatTable(['id', 'signed on', 'text', 'name'], rows.map((s) => [
          s.id, s.signedOn ?? '', s.text === 'outdated' ? 'OUTDATED' : s.text === 'unrecorded' ? 'not recorded' : s.text ?? '', s.publish === false ? `${s.name} (not named)` : s.name,
        ]));
        for (const line of table) out.out(`  ${line}`);
        out.out('');
      }
      for (const [lang, gaps] of Object.entries(status.missing)) {
        out.out(`${lang}: ${gaps.length ? `missing ${gaps.join(', ')}` : 'complete'}`);
      }
      if (counts.outdated) out.info(`hint: once they have seen the current text: coalition confirm ${letterArg} ${status.signers.filter((s) => s.text === 'outdated').map((s) => s.id).join(' ')}`);
    });
}
