/**
 * The command-line program: parses argv, runs one command, and turns every outcome
 * into output and an exit status. The only place that prints or decides exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { Writable } from 'node:stream';
import { asCoalitionError, CoalitionError, ExitCode } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { removePendingTempFiles } from '../workspace/atomic-write.js';
import { releaseHeldLocksSync } from '../workspace/lock.js';
import type { CommandContext, GlobalOptions } from './context.js';
import { Output, type Io } from './output.js';
import { registerCommands } from './commands/index.js';
import { suggestLongerOptions } from './option-suggestions.js';
import { hasInterruptHooks, runInterruptHooks } from './interrupt-hooks.js';

/** How long Ctrl-C waits for a command's unfinishable work (a message the server is receiving). */
const INTERRUPT_GRACE_MS = 10_000;

export function createProgram(ctx: CommandContext): Command {
  const program = new Command('coalition')
    .description('Joint letters for civil-society coalitions: drafts, signatories, bilingual HTML and PDF.')
    .version(packageVersion(), '-V, --version')
    .option('-C, --dir <dir>', 'the workspace folder (default: the nearest folder with signatories.yaml)')
    .option('--no-color', 'plain output without colours (also: NO_COLOR=1)')
    .option('-q, --quiet', 'print only results and errors', false)
    .addOption(new Option('--debug', 'show stack traces and browser details').default(false))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .exitOverride();
  registerCommands(program, ctx);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  suggestLongerOptions(program);
  return program;
}

/**
 * Runs the CLI; resolves to the exit status. It calls process.exit only after Ctrl-C,
 * once temporary files are removed and the browser is closed.
 */
export async function run(argv: string[], rawIo: Io = defaultIo()): Promise<number> {
  let exitCode: ExitCode = ExitCode.ok;
  // After Ctrl-C the command may still be unwinding (its browser closed under it): it must not print its failures.
  let interrupted = false;
  const muted = (stream: Io['stdout']): Io['stdout'] =>
    Object.create(stream, { write: { value: (...args: unknown[]) => interrupted || (stream.write as (...a: unknown[]) => boolean)(...args) } });
  const io: Io = { ...rawIo, stdout: muted(rawIo.stdout), stderr: muted(rawIo.stderr) };
  let program: Command | undefined;
  const globals = (): GlobalOptions => program!.opts<GlobalOptions>();
  const ctx: CommandContext = {
    io,
    globals,
    output: () => new Output(io, { color: globals().color, quiet: globals().quiet, debug: globals().debug }),
    setExitCode: (code) => { exitCode = code; },
    runCommand: (commandArgv, commandIo) => run(commandArgv, commandIo),
  };
  program = createProgram(ctx);
  if (!rawIo.cwd) {
    // The folder the command was started in was deleted (or moved) under the shell: Node's
    // process.cwd() throws, and so would every relative path. One line, exit 5, even with -C.
    new Output(io, { color: false, quiet: false, debug: false }).error(new CoalitionError('the current folder no longer exists (it was deleted or moved while the shell was in it): nothing was done', {
      code: 'cwd-missing', exitCode: ExitCode.write, hint: '`cd` to a folder that exists (`cd ..` until one does), then run the command again.',
    }));
    return ExitCode.write;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGTERM' ? 128 + 15 : ExitCode.interrupted;
    // A second Ctrl-C ends it at once.
    if (interrupted) process.exit(code);
    interrupted = true;
    if (hasInterruptHooks()) {
      // A command finishing what must not be cut (send: the message in flight, and its log row) does so first, under its lock.
      rawIo.stderr.write(`\ninterrupted (${signal}): finishing the message being sent and its log entry…\n`);
      void Promise.race([runInterruptHooks(), new Promise((resolve) => setTimeout(resolve, INTERRUPT_GRACE_MS).unref())]).finally(() => stop(signal, code));
      return;
    }
    stop(signal, code);
  };
  const stop = (signal: NodeJS.Signals, code: number) => {
    // Ctrl-C: no temporary file stays behind, and no output is half-written (writes are renames).
    removePendingTempFiles();
    releaseHeldLocksSync();
    rawIo.stderr.write(`\ninterrupted (${signal}): files already written are complete; nothing half-written was left\n`);
    // Close Chromium so its profile folder goes too; never wait long (a second Ctrl-C also ends it at once).
    // The timer keeps the process alive: were the closing to wait on something that holds
    // no handle, Node would otherwise end with the binary's 70 (a run that never finished), not 130.
    const closing = import('../pdf/printer.js').then((m) => m.closeAllPrinters()).catch(() => undefined);
    void Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 3000))]).finally(() => {
      removePendingTempFiles();
      process.exit(code);
    });
  };
  // `on`, not `once`: a second Ctrl-C must reach the handler, which then ends the process at once.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    const output = new Output(io, { color: safeOpt(program, 'color', true), quiet: false, debug: safeOpt(program, 'debug', false) });
    // A bug (not a CoalitionError) gets a status of its own, so scripts can tell it from bad input.
    const failure = asCoalitionError(error);
    output.error(failure);
    return failure.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function safeOpt<T>(program: Command | undefined, key: string, fallback: T): T {
  const value = program?.opts()[key];
  return value === undefined ? fallback : (value as T);
}

function defaultIo(): Io {
  return { stdout: tolerateClosedPipe(process.stdout), stderr: process.stderr, env: process.env, cwd: currentFolder() };
}

/** The working folder; '' when it no longer exists (process.cwd() throws ENOENT then). */
function currentFolder(): string {
  try {
    return process.cwd();
  } catch {
    return '';
  }
}

/**
 * `coalition org list | head` closes the pipe early: printing stops there (as with git),
 * while the command itself finishes its work, instead of dying on an EPIPE error.
 */
function tolerateClosedPipe(stream: NodeJS.WriteStream): Io['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  const wrapper = new Writable({
    write(chunk, _encoding, callback) {
      if (closed) return callback();
      stream.write(chunk, () => callback());
    },
  });
  return Object.assign(wrapper, { isTTY: stream.isTTY, columns: stream.columns });
}
