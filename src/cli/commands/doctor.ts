import type { Command } from 'commander';
import { resolve } from 'node:path';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { packageVersion } from '../../package-root.js';

interface DoctorFlags {
  chromePath?: string;
  json: boolean;
}

export function registerDoctor(program: Command, ctx: CommandContext): void {
  program
    .command('doctor')
    .description('say what coalition found on this machine (Node.js, browser, font, LibreOffice, workspace) and how to fix what is missing')
    .option('--chrome-path <path>', 'look at this Chrome/Chromium instead of searching (as build --chrome-path)')
    .option('--json', 'print the findings as JSON', false)
    .addHelpText('after', '\nExit status: 0 when everything needed is there (optional things may be missing),\notherwise the status a command needing the missing part would end with (3: no browser, 5: cannot write).\n\nExamples:\n  coalition doctor\n  coalition doctor --chrome-path /opt/chrome/chrome')
    .action(async (flags: DoctorFlags) => {
      const out = ctx.output();
      const { checkEnvironment } = await import('../../scaffold/environment-checks.js');
      const dir = ctx.globals().dir;
      const report = await checkEnvironment({
        cwd: ctx.io.cwd, dir: dir ? resolve(ctx.io.cwd, dir) : undefined, chromePath: flags.chromePath, env: ctx.io.env,
      }, packageVersion());
      const problems = report.findings.filter((f) => f.status === 'problem');
      ctx.setExitCode(problems.length ? Math.max(...problems.map((f) => f.exitCode ?? ExitCode.input)) as ExitCode : ExitCode.ok);
      if (flags.json) {
        out.out(JSON.stringify(report, null, 2));
        return;
      }
      const c = out.outColor;
      const mark = { ok: c.green('✓'), problem: c.red('✗'), optional: c.yellow('-') };
      out.out(`coalition ${report.version} at ${report.packageRoot}`);
      const width = Math.max(...report.findings.map((f) => f.name.length));
      for (const f of report.findings) {
        out.out(`${mark[f.status]} ${f.name.padEnd(width)}  ${f.found}`);
        if (f.fix) out.out(`  ${' '.repeat(width)}  ${c.dim('fix:')} ${f.fix}`);
      }
      out.info(problems.length
        ? `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((f) => f.name).join(', ')}`
        : 'everything coalition needs is here');
    });
}
