import { findWorkspace, LETTERS_DIR } from '../workspace/workspace.js';
import { removeStaleTempFiles } from '../workspace/atomic-write.js';
import { join, resolve } from 'node:path';
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
