/**
 * Shell completion scripts, written from the program's own commands and options (so
 * they never fall behind it): commands and subcommands, each command's options (the
 * global ones too), the values of options with fixed choices, and file names
 * elsewhere (letters, CSVs). Commander has no completion of its own.
 */
import type { Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Node {
  /** Space-separated command path: '' for the program, 'org add' for a subcommand. */
  path: string;
  command: Command;
}

function nodes(program: Command): Node[] {
  const all: Node[] = [];
  const visit = (command: Command, path: string) => {
    all.push({ path, command });
    for (const sub of command.commands) if (sub.name() !== 'help') visit(sub, path ? `${path} ${sub.name()}` : sub.name());
  };
  visit(program, '');
  return all;
}

const visible = (command: Command): Option[] => command.options.filter((o) => !o.hidden);
const takesValue = (o: Option) => o.required || o.optional;
const flagsOf = (o: Option) => [o.long, o.short].filter((f): f is string => Boolean(f));
const subcommands = (command: Command) => command.commands.map((c) => c.name()).filter((n) => n !== 'help');

/** The options usable at `node`: its own and the program's (global) ones. */
function optionsAt(node: Node, program: Command): Option[] {
  return node.command === program ? visible(program) : [...visible(node.command), ...visible(program)];
}

export function completionScript(program: Command, shell: Shell): string {
  switch (shell) {
    case 'bash': return bashScript(program);
    case 'zsh': return `#compdef coalition\n# coalition completion for zsh: add  eval "$(coalition completion zsh)"  to ~/.zshrc\nautoload -U +X bashcompinit && bashcompinit\n${bashScript(program, false)}`;
    case 'fish': return fishScript(program);
  }
}

/** A shell word, quoted. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bashScript(program: Command, header = true): string {
  const all = nodes(program);
  const cases = (pick: (node: Node) => string[]) => all
    .map((node) => `    ${quote(node.path)}) echo ${quote(pick(node).join(' '))} ;;`).join('\n');
  const valued = [...new Set(all.flatMap((node) => optionsAt(node, program).filter(takesValue).flatMap(flagsOf)))];
  const choices = all.flatMap((node) => optionsAt(node, program).filter((o) => o.argChoices?.length).flatMap((o) => flagsOf(o).map((f) => [f, o.argChoices!] as const)));
  const choiceCases = [...new Map(choices).entries()].map(([flag, values]) => `    ${flag}) COMPREPLY=($(compgen -W ${quote(values.join(' '))} -- "$cur")); return ;;`).join('\n');
  return `${header ? '# coalition completion for bash: add  eval "$(coalition completion bash)"  to ~/.bashrc\n' : ''}_coalition_subcommands() {
  case "$1" in
${cases((node) => subcommands(node.command))}
  esac
}
_coalition_options() {
  case "$1" in
${cases((node) => optionsAt(node, program).flatMap(flagsOf))}
  esac
}
_coalition_arguments() {
  case "$1" in
    'completion') echo ${quote(SHELLS.join(' '))} ;;
  esac
}
_coalition() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" word i skip=0
  case "$prev" in
${choiceCases}
  esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case " ${valued.join(' ')} " in *" $word "*) skip=1; continue ;; esac
    [[ $word == -* ]] && continue
    if [[ " $(_coalition_subcommands "$path") " == *" $word "* ]]; then path="\${path:+$path }$word"; fi
  done
  case " ${valued.join(' ')} " in *" $prev "*) COMPREPLY=($(compgen -f -- "$cur")); return ;; esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_coalition_options "$path")" -- "$cur"))
  elif [[ -n "$(_coalition_subcommands "$path")" ]]; then
    COMPREPLY=($(compgen -W "$(_coalition_subcommands "$path")" -- "$cur"))
  elif [[ -n "$(_coalition_arguments "$path")" ]]; then
    COMPREPLY=($(compgen -W "$(_coalition_arguments "$path")" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o default -o filenames -F _coalition coalition
`;
}

function fishScript(program: Command): string {
  const lines = ['# coalition completion for fish: coalition completion fish > ~/.config/fish/completions/coalition.fish', 'complete -c coalition -f'];
  const all = nodes(program);
  const describe = (text: string) => quote(text.split('\n')[0]!.slice(0, 100));
  for (const node of all) {
    const words = node.path ? node.path.split(' ') : [];
    const subs = subcommands(node.command);
    // At this node: its path was typed and none of its subcommands yet.
    const at = [
      words.length ? words.map((w) => `__fish_seen_subcommand_from ${w}`).join('; and ') : '__fish_use_subcommand',
      ...(words.length && subs.length ? [`not __fish_seen_subcommand_from ${subs.join(' ')}`] : []),
    ].join('; and ');
    for (const sub of node.command.commands.filter((c) => c.name() !== 'help')) {
      lines.push(`complete -c coalition -n ${quote(at)} -a ${sub.name()} -d ${describe(sub.description())}`);
    }
    if (node.command === program) continue;
    for (const option of visible(node.command)) {
      const flags = [option.long && `-l ${option.long.slice(2)}`, option.short && `-s ${option.short.slice(1)}`].filter(Boolean).join(' ');
      const value = option.argChoices?.length ? ` -x -a ${quote(option.argChoices.join(' '))}` : takesValue(option) ? ' -r -F' : '';
      lines.push(`complete -c coalition -n ${quote(at)} ${flags}${value} -d ${describe(option.description)}`);
    }
    if (!subs.length) lines.push(`complete -c coalition -n ${quote(at)} -F`);
    if (node.path === 'completion') lines.push(`complete -c coalition -n ${quote(at)} -a ${quote(SHELLS.join(' '))}`);
  }
  for (const option of visible(program)) {
    const flags = [option.long && `-l ${option.long.slice(2)}`, option.short && `-s ${option.short.slice(1)}`].filter(Boolean).join(' ');
    lines.push(`complete -c coalition ${flags}${takesValue(option) ? ' -r -F' : ''} -d ${describe(option.description)}`);
  }
  return `${lines.join('\n')}\n`;
}
