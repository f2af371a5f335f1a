import { join, resolve } from 'node:path';
import { removeStaleTempFiles } from '../workspace/atomic-write.js';
import { findWorkspace, LETTERS_DIR, resolveLetterArg } from '../workspace/workspace.js';
import type { CommandContext } from './main.js';

/**
 * The workspace a command works in: -C/--dir, or the nearest folder with signatories.yaml.
 * Found at the start of every command that uses one, which is when the temporary files
 * a killed command left there are cleared.
 */
export function workspaceRoot(ctx: CommandContext): string {
  const dir = ctx.globals().dir;
  const root = dir ? findWorkspace(resolve(ctx.io.cwd, dir), true) : findWorkspace(ctx.io.cwd);
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
