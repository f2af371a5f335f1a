import type { Command } from 'commander';
import { relative } from 'node:path';
import type { CommandContext } from '../context.js';
import { workspaceRoot } from '../workspace-arg.js';
import { languageList } from './parsers.js';

interface NewFlags {
  title?: string;
  date?: string;
  lang?: string[];
  to: string[];
}

export function registerNew(program: Command, ctx: CommandContext): void {
  program
    .command('new')
    .description('scaffold letters/<date>-<slug>.md: front matter and one ::: <lang> block per language')
    .argument('<slug>', 'a short name: lowercase letters, digits and "-" (e.g. security-dialogue)')
    .option('-t, --title <title>', 'the title in the first language')
    .option('-d, --date <date>', 'the letter\'s date, YYYY-MM-DD (default: today)')
    .option('-l, --lang <langs>', 'languages, the original first (default: en)', languageList)
    .option('--to <name>', 'an addressee (repeat for several)', (value: string, all: string[]) => [...all, value], [] as string[])
    .addHelpText('after', '\nExamples:\n  coalition new security-dialogue --lang en,es --title "Letter to Secretary Blinken"\n  coalition new budget-cuts --date 2026-03-01 --to "Jane Smith" --to "John Doe"')
    .action(async (slug: string, flags: NewFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { createLetter } = await import('../../scaffold/new-letter.js');
      const path = await createLetter({
        root, slug, title: flags.title, date: flags.date, langs: flags.lang, to: flags.to,
      });
      const shown = relative(ctx.io.cwd, path) || path;
      out.out(shown);
      out.info(`${out.color.green('created')} ${shown}: replace its TODOs; \`coalition check\` lists what is left, \`coalition preview ${shown}\` shows it`);
    });
}
