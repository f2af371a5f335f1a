import { basename, join, resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { removeStaleTempFiles } from '../workspace/atomic-write.js';
import { findWorkspace, LETTERS_DIR, letterSlug, listLetters, resolveLetterArg } from '../workspace/workspace.js';
import type { CommandContext } from './context.js';

/**
 * The workspace a command works in: -C/--dir, or the nearest folder with signatories.yaml.
 * Found at the start of every command that uses one, which is when the temporary files
 * a killed command left there are cleared.
 */
export function workspaceRoot(ctx: CommandContext): string {
  const dir = ctx.globals().dir;
  const root = dir ? findWorkspace(resolve(ctx.io.cwd, dir), true, dir) : findWorkspace(ctx.io.cwd);
  removeStaleTempFiles([root, join(root, LETTERS_DIR), join(root, 'out')]);
  return root;
}

/** The letter named on the command line, by path (from the current folder) or slug. */
export function letterPath(ctx: CommandContext, root: string, arg: string): Promise<string> {
  return resolveLetterArg(root, arg, ctx.io.cwd);
}

/** The letters named on the command line; undefined when none is named (every letter). */
export async function letterPaths(ctx: CommandContext, root: string, args: string[]): Promise<string[] | undefined> {
  return args.length ? Promise.all(args.map((arg) => letterPath(ctx, root, arg))) : undefined;
}

/** The workspace's one letter, for a command given none; with several, which to name. */
export async function onlyLetter(root: string, command: string): Promise<string> {
  const letters = await listLetters(root);
  if (letters.length === 1) return letters[0]!;
  throw new CoalitionError(letters.length ? `name the letter to ${command}: this workspace has ${letters.length}` : 'this workspace has no letters yet', {
    code: letters.length ? 'letter-not-named' : 'letter-not-found', exitCode: ExitCode.usage,
    hint: letters.length
      ? `coalition ${command} <letter>, with one of: ${letters.map((p) => letterSlug(basename(p))).join(', ')}.`
      : 'Make one with `coalition new <slug>`.',
  });
}
