/**
 * Every subcommand, one module each. Modules import only commander at load time;
 * the work is imported lazily inside each action so `coalition --help` starts fast.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerBuild } from './build.js';

export function registerCommands(program: Command, ctx: CommandContext): void {
  registerBuild(program, ctx);
}
