/**
 * Every subcommand, one module each. At load time they import only what parses
 * arguments and finds the workspace (commander, errors, the workspace finder); each
 * action imports the one library module that does its work when it runs, so
 * `coalition --help` loads no renderer, no zod and no YAML parser.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerPreview } from './preview.js';
import { registerStatus } from './status.js';
import { registerSign } from './sign.js';
import { registerOrg } from './org.js';
import { registerOfficials } from './officials.js';
import { registerImport } from './import.js';
import { registerProfiles } from './profiles.js';
import { registerDoctor } from './doctor.js';
import { registerRename } from './rename.js';
import { registerCompletion } from './completion.js';
import { registerRelease } from './release.js';
import { registerSend } from './send.js';
import { registerPublish } from './publish.js';
import { registerDaemon } from './daemon.js';

export function registerCommands(program: Command, ctx: CommandContext): void {
  registerInit(program, ctx);
  registerNew(program, ctx);
  registerRename(program, ctx);
  registerBuild(program, ctx);
  registerCheck(program, ctx);
  registerPreview(program, ctx);
  registerStatus(program, ctx);
  registerSign(program, ctx);
  registerOrg(program, ctx);
  registerOfficials(program, ctx);
  registerImport(program, ctx);
  registerProfiles(program, ctx);
  registerDoctor(program, ctx);
  registerCompletion(program, ctx);
  registerRelease(program, ctx);
  registerSend(program, ctx);
  registerPublish(program, ctx);
  registerDaemon(program, ctx);
}
