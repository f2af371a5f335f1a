import { Option, type Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../main.js';
import { formatDiagnostic } from '../output.js';
import { letterPaths, workspaceRoot } from '../workspace-arg.js';

interface CheckFlags {
  json: boolean;
  today?: string;
}

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('validate the registry, the letters and the templates; exit 1 on any error')
    .argument('[letter...]', 'letters to check, by path or slug (default: every letter)')
    .option('--json', 'print the problems as a JSON array of {file, line, column, severity, code, message, hint}', false)
    // For tests and for checking a letter as of its sending day.
    .addOption(new Option('--today <date>', 'judge dates as if today were this YYYY-MM-DD').hideHelp())
    .addHelpText('after', '\nEach problem prints as `file:line:column severity code message`, then a hint.\nWarnings alone exit 0.\n\nExamples:\n  coalition check\n  coalition check security-dialogue --json')
    .action(async (letters: string[], flags: CheckFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const paths = await letterPaths(ctx, root, letters);
      const { checkWorkspace } = await import('../../check/check-workspace.js');
      const result = await checkWorkspace({
        root, letters: paths, today: flags.today,
        onProgress: (done, total) => { if (total > 3) out.progress(`checking ${done}/${total}`); },
      });
      out.endProgress();
      if (flags.json) {
        out.out(JSON.stringify(result.diagnostics.map((d) => ({
          file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, message: d.message, hint: d.hint ?? null,
        })), null, 2));
      } else {
        for (const d of result.diagnostics) out.out(formatDiagnostic(d, out.outColor));
        const n = result.letters.length;
        const counted = `${n} letter${n === 1 ? '' : 's'} and signatories.yaml`;
        if (!result.errors && !result.warnings) out.info(`${out.color.green('✓')} ${counted}: no problems`);
        else out.info(`${result.errors ? out.color.red(plural(result.errors, 'error')) : plural(0, 'error')}, ${plural(result.warnings, 'warning')} in ${counted}`);
      }
      ctx.setExitCode(result.errors ? ExitCode.input : ExitCode.ok);
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
