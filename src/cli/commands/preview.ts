import { InvalidArgumentError, Option, type Command } from 'commander';
import { displayPath } from '../../workspace/workspace.js';
import type { CommandContext } from '../context.js';
import { letterPath, onlyLetter, workspaceRoot } from '../workspace-arg.js';
import { languageCode } from './parsers.js';

interface PreviewFlags {
  lang?: string;
  port: number;
  host: string;
  open: boolean;
  draft: boolean;
  recipient?: string;
  for?: string;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535 (0: any free port)');
  return n;
}

export function registerPreview(program: Command, ctx: CommandContext): void {
  program
    .command('preview')
    .description('serve a letter on http://127.0.0.1: its printed pages and its text, again on every change')
    .argument('[letter]', 'the letter, by path or slug (default: the workspace\'s only letter)')
    .option('-l, --lang <lang>', 'the language shown first (default: the letter\'s first)', languageCode)
    .option('-p, --port <n>', 'the port (0: any free port)', portNumber, 0)
    .addOption(new Option('--host <host>', 'the address to listen on; anything but loopback shares the letter with your network').default('127.0.0.1'))
    .option('--open', 'open the page in the default browser', false)
    .option('--draft', 'also show pending signatories, marked, as `build --draft` does', false)
    .option('--recipient <id>', 'show the copy addressed to this addressee alone (an official\'s id, as `build --each` names the copies)')
    .option('--for <profile>', 'beside the pages, measure the letter against this channel\'s rules (pages, words, bytes…); see `coalition profiles`')
    .addHelpText('after', '\nStop with Ctrl-C.\n\nExamples:\n  coalition preview security-dialogue\n  coalition preview letters/2026-03-01-budget.md --lang es --port 8080 --open\n  coalition preview judiciary-letter --recipient sen-durbin\n  coalition preview us-mexico --for us-scotus-amicus')
    .action(async (letter: string | undefined, flags: PreviewFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const path = letter === undefined ? await onlyLetter(root, 'preview') : await letterPath(ctx, root, letter);
      const { startPreview, isLoopback } = await import('../../preview/server.js');
      const profile = flags.for ? await (await import('../../workspace/submission-profiles.js')).loadProfile(flags.for, root) : undefined;
      const server = await startPreview({
        root, letterPath: path, host: flags.host, port: flags.port, lang: flags.lang, draft: flags.draft, open: flags.open, recipient: flags.recipient,
        ...(profile ? { profile } : {}),
        onChange: ({ files, page, printed }) => {
          const problems = page.diagnostics.filter((d) => d.severity === 'error').length;
          const pages = printed?.pages ? ` ${out.color.dim(`— ${printed.pages} page${printed.pages === 1 ? '' : 's'}, printed in ${Math.round(printed.ms)} ms`)}` : '';
          out.info(`${out.color.dim('changed')} ${files.join(', ')}${problems ? ` ${out.color.red(`— ${problems} problem${problems === 1 ? '' : 's'}, shown in the page`)}` : ''}${pages}`);
        },
      });
      if (!isLoopback(flags.host)) out.warn(`listening on ${flags.host}: anyone who can reach it and has this address, token included, can read the letter`);
      out.out(server.url);
      out.info(`previewing ${displayPath(root, path)}: its printed pages, and its text (?view=text); both follow every change. Ctrl-C stops.`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          out.info('preview stopped');
          void server.close().then(resolve);
        };
        // Runs before the CLI's own handler, which then exits with status 130.
        process.prependListener('SIGINT', stop);
        process.prependListener('SIGTERM', stop);
      });
    });
}
