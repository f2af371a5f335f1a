/**
 * What every command is handed: the process's streams and environment, its global
 * options, its output and a way to set the exit status. Types only: main.ts makes the
 * context and each command file uses it, without importing each other.
 */
import type { ExitCode } from '../errors.js';
import type { Io, Output } from './output.js';

export interface GlobalOptions {
  dir?: string;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

export interface CommandContext {
  io: Io;
  /** Built from the global options when the command runs. */
  output(): Output;
  globals(): GlobalOptions;
  /** Set by a command to choose its exit status (default 0). */
  setExitCode(code: ExitCode): void;
  /** Runs another command line as `coalition` would, with its own streams (the warm process, src/daemon/server.ts). */
  runCommand(argv: string[], io: Io): Promise<number>;
}
