/** `coalition daemon start | status | stop`: the warm process (daemon-server.ts) seen from outside. */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { PrintMemoStats } from '../pdf/print-memo.js';
import { processHasEnded } from '../workspace/process-alive.js';
import { processIdentity } from './identity.js';
import { ask, pingDaemon } from './ping.js';
import { daemonFolder, daemonSocket, isPrivateFolder } from './place.js';

export interface DaemonStatus {
  pid: number;
  since: string;
  served: number;
  idleMinutes: number;
  socket: string;
  /** The PDFs its browser keeps for the next commands; none before a first print. */
  prints?: PrintMemoStats;
}

export async function daemonStatus(): Promise<DaemonStatus | undefined> {
  const socket = daemonSocket();
  const pong = await pingDaemon(socket);
  if (!pong) return undefined;
  return { pid: pong.pid, since: pong.since, served: pong.served, idleMinutes: pong.idleMinutes, socket, ...(pong.prints ? { prints: pong.prints } : {}) };
}

/** How long `daemon stop` waits for the process to end: its Chromium closed, its running command (if any) finished. */
const STOP_WAIT_MS = 10_000;

/**
 * Stops the warm process: `stopped` once it has ended (its Chromium closed with it),
 * `stopping` while it is still ending after `waitMs` (a command it runs has yet to
 * finish), `none` if none was running.
 */
export async function stopDaemon(waitMs = STOP_WAIT_MS): Promise<{ outcome: 'stopped' | 'stopping' | 'none'; pid?: number }> {
  const socket = daemonSocket();
  const answer = await ask(socket, { kind: 'stop' });
  if (answer?.kind !== 'stopping') return { outcome: 'none' };
  // It removes its socket at once, so that new commands run on their own, then lets the
  // running one finish and closes its browser: what a caller that removes the temporary
  // folder next (the bench, a test) must wait for. Its pid comes with the answer.
  const { pid } = answer;
  const which = pid === undefined ? {} : { pid };
  const ended = async () => (pid === undefined ? !(await pingDaemon(socket, 200)) : processHasEnded(pid));
  for (const until = Date.now() + waitMs; !(await ended());) {
    if (Date.now() >= until) return { outcome: 'stopping', ...which };
    await new Promise((r) => setTimeout(r, 50));
  }
  return { outcome: 'stopped', ...which };
}

/** The folder of the socket, made if missing; refused unless it is the user's alone. */
export function privateDaemonFolder(): string {
  if (process.platform === 'win32') {
    // No owner and mode to check a folder by, and the client never looks (client.ts).
    throw new CoalitionError('the warm process does not run on Windows', {
      code: 'daemon-unsupported', exitCode: ExitCode.usage, hint: 'Commands run on their own there, as always.',
    });
  }
  const folder = daemonFolder();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!isPrivateFolder(folder)) {
    throw new CoalitionError(`${folder} is not a folder of yours that only you can open: the warm process does not listen there`, {
      code: 'daemon-folder', exitCode: ExitCode.write, hint: 'Remove it (or make it yours, mode 700), or point TMPDIR to a private folder.',
    });
  }
  return folder;
}

/**
 * Starts the warm process in the background, detached from this terminal, and waits until
 * it listens. One of another build (an upgrade, another Node.js) is stopped first.
 */
export async function startDaemon(idleMinutes: number, waitMs: number): Promise<{ pid: number; already: boolean }> {
  const folder = privateDaemonFolder();
  const socket = daemonSocket();
  const running = await pingDaemon(socket);
  if (running?.identity === processIdentity()) return { pid: running.pid, already: true };
  if (running) await stopDaemon();
  // What it says on stderr (it should say nothing) goes to a log beside its socket, not to this terminal.
  const log = join(folder, 'daemon.log');
  const fd = openSync(log, 'w', 0o600);
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'coalition.js'), 'daemon', 'run', '--idle', String(idleMinutes)], {
    detached: true, stdio: ['ignore', 'ignore', fd], cwd: PACKAGE_ROOT, env: process.env,
  });
  closeSync(fd);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && !exited) {
    const pong = await pingDaemon(socket, 500);
    if (pong) {
      child.unref();
      return { pid: pong.pid, already: false };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  const said = readFileSync(log, 'utf8');
  throw new CoalitionError(`the warm process did not start${said.trim() ? `: ${said.trim().split('\n').slice(-3).join(' ')}` : ''}`, {
    code: 'daemon-start', exitCode: ExitCode.internal, hint: 'Run `coalition daemon run` to see it start in the foreground.',
  });
}
