import type { Command } from 'commander';
import { relative } from 'node:path';
import type { CommandContext } from '../context.js';
import { letterPath, workspaceRoot } from '../workspace-arg.js';

export function registerRename(program: Command, ctx: CommandContext): void {
  program
    .command('rename')
    .description('rename a letter\'s file after its date: letters/<date>-<slug>.md (with a new slug, if given)')
    .argument('<letter>', 'the letter, by path or slug')
    .argument('[slug]', 'a new slug (default: the current one)')
    .addHelpText('after', '\nOutputs are named out/<date>-<slug>.* from the letter\'s date: and slug, so they keep their names.\n\nExamples:\n  coalition rename security-dialogue\n  coalition rename security-dialogue security-dialogue-2027')
    .action(async (letterArg: string, slug: string | undefined) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const path = await letterPath(ctx, root, letterArg);
      const { renameLetter } = await import('../../scaffold/rename-letter.js');
      const result = await renameLetter(root, path, slug);
      const shown = (p: string) => relative(ctx.io.cwd, p) || p;
      out.out(shown(result.to));
      out.info(result.renamed ? `${out.color.green('renamed')} ${shown(result.from)} → ${shown(result.to)}` : `${shown(result.to)} is already named after its date and slug; nothing to do`);
    });
}
