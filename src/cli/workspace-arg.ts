import { resolve } from 'node:path';
import { findWorkspace, resolveLetterArg } from '../workspace/workspace.js';
import type { CommandContext } from './main.js';

/** The workspace a command works in: -C/--dir, or the nearest folder with signatories.yaml. */
export function workspaceRoot(ctx: CommandContext): string {
  const dir = ctx.globals().dir;
  return dir ? findWorkspace(resolve(ctx.io.cwd, dir), true) : findWorkspace(ctx.io.cwd);
}

/** The letter named on the command line, by path (from the current folder) or slug. */
export function letterPath(ctx: CommandContext, root: string, arg: string): Promise<string> {
  return resolveLetterArg(root, arg, ctx.io.cwd);
}

/** The letters named on the command line; undefined when none is named (every letter). */
export async function letterPaths(ctx: CommandContext, root: string, args: string[]): Promise<string[] | undefined> {
  return args.length ? Promise.all(args.map((arg) => letterPath(ctx, root, arg))) : undefined;
}
