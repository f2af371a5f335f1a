import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { CommandContext } from '../context.js';

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('create a workspace: a commented signatories.yaml, letters/ and a .gitignore for out/')
    .argument('[dir]', 'the folder to make a workspace (created if missing; default: -C or the current folder)')
    .option('--example', 'a complete example instead: a bilingual letter, 30 organizations in 15 countries and one person, pending and withdrawn signers, and a sign-on form CSV to import', false)
    .addHelpText('after', '\nA folder inside another workspace is refused: commands there would find only the new one.\n\nExamples:\n  coalition init\n  coalition init my-coalition && cd my-coalition && coalition new first-letter\n  coalition init --example example && cd example && coalition build')
    .action(async (dir: string | undefined, flags: { example: boolean }) => {
      const out = ctx.output();
      const base = ctx.globals().dir ? resolve(ctx.io.cwd, ctx.globals().dir!) : ctx.io.cwd;
      const root = resolve(base, dir ?? '.');
      const { initWorkspace } = await import('../../scaffold/init-workspace.js');
      const { actions } = await initWorkspace(root, { example: flags.example });
      const shown = relative(ctx.io.cwd, root) || '.';
      for (const a of actions) {
        if (a.action !== 'kept') out.info(`${out.color.green(a.action)} ${shown === '.' ? a.path : `${shown}/${a.path}`}`);
      }
      out.out(root);
      const cd = shown === '.' ? '' : `cd ${shown} && `;
      if (flags.example) {
        const { EXAMPLE_CSV, EXAMPLE_SLUG } = await import('../../scaffold/example-workspace.js');
        out.info(`\nNext: ${cd}coalition build, then open out/ (coalition build --draft also prints the pending signers);\n      coalition import ${EXAMPLE_SLUG} ${EXAMPLE_CSV} --dry-run shows what the sign-on form would add`);
      } else {
        out.info(`\nNext: ${cd}coalition new <slug> --lang en,es, then coalition check`);
      }
    });
}
