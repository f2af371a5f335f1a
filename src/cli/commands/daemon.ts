import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { formatBytes } from '../format-bytes.js';

interface StartFlags {
  idle: number;
}

/** How long `daemon start` waits for the new process to listen. */
const START_WAIT_MS = 15_000;

/** A week: longer would overflow Node's timers (2³¹ − 1 ms, 24.8 days), which then fire at once. */
const MAX_IDLE_MINUTES = 7 * 24 * 60;

function idleMinutes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_IDLE_MINUTES) throw new InvalidArgumentError(`expected a number of minutes above 0, at most ${MAX_IDLE_MINUTES} (a week); for example: 60`);
  return n;
}

function waitSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 3600) throw new InvalidArgumentError('expected a number of seconds from 0 to 3600; for example: 30');
  return n;
}

/** `--idle`, of `start` and of the `run` it starts. */
const idleOption = () => new Option('--idle <minutes>', 'stop after this many minutes without a command').argParser(idleMinutes).default(30);

export function registerDaemon(program: Command, ctx: CommandContext): void {
  const daemon = program
    .command('daemon')
    .description('a warm process that runs check, status, build, sign… without starting Node.js and loading coalition each time')
    .addHelpText('after', '\nWhile it runs, these commands run in it: check, status, build (not --watch), sign, unsign, confirm,\nwithdraw, org, officials, new, rename, profiles, releases, import. Each reads the workspace afresh.\nOnly you can reach it (a socket in a folder of yours under the temporary folder). COALITION_DAEMON=off\nruns every command on its own.\n\nExamples:\n  coalition daemon start\n  coalition daemon start --idle 120\n  coalition daemon status\n  coalition daemon stop');

  daemon
    .command('start')
    .description('start the warm process in the background (it stops after --idle minutes without a command)')
    .addOption(idleOption())
    .action(async (flags: StartFlags) => {
      const out = ctx.output();
      const { startDaemon } = await import('../../daemon/control.js');
      const started = await startDaemon(flags.idle, START_WAIT_MS);
      out.out(started.already
        ? `a warm process is already running (pid ${started.pid})`
        : `warm process started (pid ${started.pid}); it stops after ${flags.idle} minutes without a command`);
    });

  daemon
    .command('status')
    .description('say whether the warm process runs, since when, how many commands it ran and how many PDFs it keeps')
    .action(async () => {
      const out = ctx.output();
      const { daemonStatus } = await import('../../daemon/control.js');
      const status = await daemonStatus();
      if (!status) {
        out.out('no warm process is running (coalition daemon start starts one)');
        return;
      }
      out.out(`warm process running (pid ${status.pid}) since ${status.since}: ${status.served} command${status.served === 1 ? '' : 's'} run; it stops after ${status.idleMinutes} minutes without one`);
      const { prints } = status;
      out.out(prints
        ? `PDFs kept for the next builds: ${prints.kept} (${formatBytes(prints.bytes)}); ${prints.reused} print${prints.reused === 1 ? '' : 's'} saved so far`
        : 'PDFs kept for the next builds: none (its browser has printed nothing yet)');
      out.out(`socket: ${status.socket}`);
    });

  daemon
    .command('stop')
    .description('stop the warm process, waiting for it to end (its browser closed, the command it runs finished)')
    .addOption(new Option('--wait <seconds>', 'wait at most this long for it to end').argParser(waitSeconds).default(10))
    .action(async (flags: { wait: number }) => {
      const out = ctx.output();
      const { stopDaemon } = await import('../../daemon/control.js');
      const { outcome, pid } = await stopDaemon(flags.wait * 1000);
      out.out(outcome === 'stopped' ? 'warm process stopped'
        : outcome === 'stopping' ? `warm process stopping${pid === undefined ? '' : ` (pid ${pid})`}: it takes no new command, and ends once the command it runs has finished and its browser has closed`
          : 'no warm process was running');
    });

  daemon
    .command('run', { hidden: true })
    .description('be the warm process, in the foreground (what `daemon start` starts)')
    .addOption(idleOption())
    .action(async (flags: StartFlags) => {
      const { serveDaemon } = await import('../../daemon/daemon-server.js');
      const { keepBrowser } = await import('../../pdf/chromium.js');
      await serveDaemon({ idleMinutes: flags.idle, run: ctx.runCommand, keepBrowser });
    });
}
