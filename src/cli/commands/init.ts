import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { CommandContext } from '../main.js';

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('create a workspace: a commented signatories.yaml, letters/ and a .gitignore for out/')
    .argument('[dir]', 'the folder to make a workspace (created if missing; default: -C or the current folder)')
    .addHelpText('after', '\nExamples:\n  coalition init\n  coalition init my-coalition && cd my-coalition && coalition new first-letter')
    .action(async (dir: string | undefined) => {
      const out = ctx.output();
      const base = ctx.globals().dir ? resolve(ctx.io.cwd, ctx.globals().dir!) : ctx.io.cwd;
      const root = resolve(base, dir ?? '.');
      const { initWorkspace } = await import('../../scaffold/init-workspace.js');
      const { actions } = await initWorkspace(root);
      const shown = relative(ctx.io.cwd, root) || '.';
      for (const a of actions) {
        if (a.action !== 'kept') out.info(`${out.color.green(a.action)} ${shown === '.' ? a.path : `${shown}/${a.path}`}`);
      }
      out.out(root);
      out.info(`\nNext: ${shown === '.' ? '' : `cd ${shown} && `}coalition new <slug> --lang en,es, then coalition check`);
    });
}
