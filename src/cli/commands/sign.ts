/**
 * `coalition sign|unsign|confirm|withdraw <letter> <id…>`: change who signs a letter.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { CoalitionError, ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { letterPath, workspaceRoot } from '../workspace-arg.js';

type Action = 'sign' | 'unsign' | 'confirm' | 'withdraw';

const DESCRIPTIONS: Record<Action, string> = {
  sign: 'add signatories to a letter (confirmed, recording the text they saw; --pending for not yet confirmed)',
  unsign: 'remove signatories from a letter',
  confirm: 'mark signatories confirmed, recording the current text as the one they confirmed',
  withdraw: 'mark signatories withdrawn (kept in the letter, never printed)',
};

/** Option parser for --date: a real calendar date (usage error otherwise). */
export function calendarDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date written YYYY-MM-DD');
  return value;
}

export function registerSign(program: Command, ctx: CommandContext): void {
  for (const action of ['sign', 'unsign', 'confirm', 'withdraw'] as const) {
    const command = program
      .command(action)
      .description(DESCRIPTIONS[action])
      .argument('<letter>', 'the letter, by path or slug')
      .argument(action === 'confirm' ? '[id...]' : '<id...>', 'registry ids');
    if (action === 'confirm') {
      command.option('--outdated', 'also re-confirm every signer who confirmed an earlier text (once the coalition has decided the edit needs no new sign-off)', false);
      command.option('--all-pending', 'also confirm every pending signer, recording the current text as the one they confirmed', false);
    }
    if (action === 'sign') command.option('--pending', 'sign as pending (not printed until confirmed)', false);
    if (action === 'sign' || action === 'confirm') command.option('--date <YYYY-MM-DD>', 'the date recorded as signed_on (default: today)', calendarDate);
    command.addHelpText('after', `\nExample:\n  coalition ${action} us-mexico wola cmdpdh`);
    command.action(async (letterArg: string, ids: string[], flags: { pending?: boolean; date?: string; outdated?: boolean; allPending?: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      if (ids.length === 0 && !flags.outdated && !flags.allPending) {
        throw new CoalitionError('name the signers to confirm, or use --outdated or --all-pending', { code: 'missing-ids', exitCode: ExitCode.usage, hint: `coalition confirm ${letterArg} <id…>, coalition confirm ${letterArg} --outdated, or coalition confirm ${letterArg} --all-pending` });
      }
      const letter = await letterPath(ctx, root, letterArg);
      const { changeSigners } = await import('../../registry/change-signers.js');
      const result = await changeSigners(root, letter, action, ids, {
        ...(flags.pending ? { pending: true } : {}),
        ...(flags.date ? { date: flags.date } : {}),
        ...(flags.outdated ? { outdated: true } : {}),
        ...(flags.allPending ? { allPending: true } : {}),
      });
      if (flags.outdated && result.changes.length === 0) out.info(`no signer of ${result.file} confirmed an earlier text: nothing to do`);
      if (flags.allPending && !flags.outdated && result.changes.length === 0) out.info(`no signer of ${result.file} is pending: nothing to do`);
      let absent = 0;
      for (const change of result.changes) {
        if (change.outcome === 'added') out.out(`signed ${change.id} (${change.status})`);
        else if (change.outcome === 'removed') out.out(`unsigned ${change.id}`);
        else if (change.outcome === 'updated') out.out(`${change.status === 'withdrawn' ? 'withdrew' : 'confirmed'} ${change.id}${change.previous !== change.status ? ` (was ${change.previous})` : ' (the current text)'}`);
        else if (change.outcome === 'unchanged') {
          const hint = action === 'sign' && change.previous !== 'confirmed'
            ? `; \`coalition confirm ${letterArg} ${change.id}\` confirms it` : '';
          out.info(`${change.id} is already ${change.previous} on ${result.file}: nothing to do${hint}`);
        } else {
          absent++;
          out.info(`${change.id} is not on ${result.file}${action === 'unsign' ? ': nothing to do' : `; sign it first: coalition sign ${letterArg} ${change.id}`}`);
        }
      }
      const confirmed = result.changes.filter((c) => c.outcome === 'updated' && c.status === 'confirmed').length;
      if (action === 'confirm' && confirmed) out.info(`confirmed ${confirmed} signer${confirmed === 1 ? '' : 's'} of ${result.file} with the current text (${result.text})`);
      if (result.written) out.info(`updated ${result.file}`);
      if (absent && (action === 'confirm' || action === 'withdraw')) ctx.setExitCode(ExitCode.input);
    });
  }
}
