import { Argument, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { completionScript, SHELLS, type Shell } from '../completion-scripts.js';

export function registerCompletion(program: Command, ctx: CommandContext): void {
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('after', '\nInstall:\n  bash: add  eval "$(coalition completion bash)"  to ~/.bashrc\n  zsh:  add  eval "$(coalition completion zsh)"  to ~/.zshrc\n  fish: coalition completion fish > ~/.config/fish/completions/coalition.fish')
    .action((shell: Shell) => {
      ctx.io.stdout.write(completionScript(program, shell));
    });
}
