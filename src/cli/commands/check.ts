import { Option, type Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { formatDiagnostic } from '../output.js';
import { letterPaths, workspaceRoot } from '../workspace-arg.js';
import { positiveNumber } from './parsers.js';

interface CheckFlags {
  json: boolean;
  strict: boolean;
  verbose: boolean;
  today?: string;
  for?: string;
  timeout: number;
}

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('validate the registry, the letters and the templates; exit 1 on any error')
    .argument('[letter...]', 'letters to check, by path or slug (default: every letter)')
    .option('--json', 'print the problems as a JSON array of {file, line, column, severity, code, message, hint}', false)
    .option('--strict', 'judge as `release` does: a greeting that could not agree with an addressee\'s gender is an error', false)
    .option('-v, --verbose', 'list each problem a warning sums up (every signer who confirmed an earlier text)', false)
    .option('--for <profile>', 'also build the letters as this channel takes them (in a temporary folder) and measure them against its rules; see `coalition profiles`')
    .option('--timeout <seconds>', 'with --for: give up printing one document after this long (exit 4)', positiveNumber, 60)
    // For tests and for checking a letter as of its sending day.
    .addOption(new Option('--today <date>', 'judge dates as if today were this YYYY-MM-DD').hideHelp())
    .addHelpText('after', '\nEach problem prints as `file:line:column severity code message`, then a hint.\nWarnings alone exit 0.\n\nExamples:\n  coalition check\n  coalition check security-dialogue --json')
    .action(async (letters: string[], flags: CheckFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const paths = await letterPaths(ctx, root, letters);
      const { checkWorkspace } = await import('../../check/check-workspace.js');
      const result = await checkWorkspace({
        root, letters: paths, today: flags.today, strict: flags.strict, verbose: flags.verbose,
        onProgress: (done, total) => { if (total > 3) out.progress(`checking ${done}/${total}`); },
      });
      out.endProgress();
      // --for: measure the letters that have no errors on documents built for the channel.
      const submission = flags.for ? await checkFor(flags.for, root, result, flags.timeout * 1000) : undefined;
      if (submission) {
        result.diagnostics.push(...submission.diagnostics);
        result.warnings += submission.diagnostics.length;
        const said = new Set<unknown>();
        for (const { file, error } of submission.failed ?? []) {
          if (!said.has(error)) out.error(error);
          said.add(error);
          out.info(`${out.color.red('✗')} ${file} was not built for ${flags.for}, so it was not measured`);
        }
      }
      if (flags.json) {
        out.out(JSON.stringify(result.diagnostics.map((d) => ({
          file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, message: d.message, hint: d.hint ?? null,
        })), null, 2));
      } else {
        for (const d of result.diagnostics) out.out(formatDiagnostic(d, out.outColor));
        if (submission) {
          const { printSubmissionReport } = await import('../submission-report.js');
          printSubmissionReport(out, submission.profile, submission.reports, (line) => out.out(line));
        }
        const n = result.letters.length;
        const counted = `${n} letter${n === 1 ? '' : 's'} and signatories.yaml`;
        if (!result.errors && !result.warnings) out.info(`${out.color.green('✓')} ${counted}: no problems`);
        else out.info(`${result.errors ? out.color.red(plural(result.errors, 'error')) : plural(0, 'error')}, ${plural(result.warnings, 'warning')} in ${counted}`);
      }
      ctx.setExitCode(submission?.failed?.length ? submission.exitCode ?? ExitCode.input : result.errors ? ExitCode.input : ExitCode.ok);
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function checkFor(id: string, root: string, checked: { letters: string[]; diagnostics: { file: string; severity: string }[] }, timeout: number) {
  const { join } = await import('node:path');
  const { loadProfile } = await import('../../workspace/submission-profiles.js');
  const { checkForProfile } = await import('../../check/submission-check.js');
  const profile = await loadProfile(id, root);
  const valid = checked.letters.filter((file) => !checked.diagnostics.some((d) => d.file === file && d.severity === 'error'));
  if (!valid.length) return { profile, reports: [], diagnostics: [] };
  const { reports, diagnostics, build } = await checkForProfile({ root, profile, letters: valid.map((file) => join(root, file)), timeout });
  // A letter that could not be built for the channel (a print over --timeout, the browser gone) is said, with its exit status.
  const failed = build.letters.filter((l) => l.error).map((l) => ({ file: l.file, error: l.error! }));
  return { profile, reports, diagnostics, failed, exitCode: build.exitCode };
}
