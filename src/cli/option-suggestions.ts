/**
 * "Did you mean --lang?" for the long spellings people type (`--language`, `--formats`,
 * `--output`): commander suggests only options a few letters away, and `--language` is
 * four away from `--lang`. An unknown option that starts with one of the command's
 * options, or that one of them starts with, gets that option as the suggestion.
 */
import type { Command } from 'commander';

/** Words that mean an option under another name. */
const SYNONYMS: Record<string, string> = { '--output': '--out', '--directory': '--dir', '--browser': '--chrome-path' };

type WithUnknownOption = Command & { unknownOption(flag: string): void };

export function suggestLongerOptions(program: Command): void {
  const visit = (command: Command) => {
    const target = command as WithUnknownOption;
    // unknownOption is commander's own hook for this error (it builds its suggestion there).
    const original = target.unknownOption.bind(command);
    target.unknownOption = (flag: string) => {
      const name = flag.split('=')[0]!;
      const known = longOptions(command);
      const match = SYNONYMS[name] && known.includes(SYNONYMS[name]!) ? SYNONYMS[name]
        : name.startsWith('--') && name.length > 4 ? known.find((option) => name.startsWith(option) || option.startsWith(name)) : undefined;
      if (!match) return original(flag);
      command.error(`error: unknown option '${flag}'\n(Did you mean ${match}?)`, { code: 'commander.unknownOption' });
    };
    for (const sub of command.commands) visit(sub);
  };
  visit(program);
}

/** The long options `command` accepts, its ancestors' (global ones) included. */
function longOptions(command: Command): string[] {
  const all: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) if (option.long && !option.hidden) all.push(option.long);
  }
  return all;
}
