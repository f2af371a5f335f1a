import { findWorkspace } from '../workspace/workspace.js';
import { resolve } from 'node:path';
import type { CommandContext } from './main.js';

/** The workspace a command works in: -C/--dir, or the nearest folder with signatories.yaml. */
export function workspaceRoot(ctx: CommandContext): string {
  const dir = ctx.globals().dir;
  return dir ? findWorkspace(resolve(ctx.io.cwd, dir), true) : findWorkspace(ctx.io.cwd);
}
