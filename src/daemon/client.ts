/**
 * The client side of the warm process, run by bin/coalition.js before anything else is
 * loaded: when a warm process of this very build is listening for this user
 * (`coalition daemon start`) and it takes the command (place.ts), the command runs there
 * and this process only relays its output and exit status. Otherwise it costs one
 * `lstat`, and the command runs here as always. `COALITION_DAEMON=off` never uses one.
 */
import { statSync, type Stats } from 'node:fs';
import { processIdentity } from './identity.js';
import { daemonFolder, daemonSocket, isPrivateFolder, removeIfSame, takenByDaemon } from './place.js';
import { currentUmask, definedEnv, jsonLines, type Answer, type Request } from './protocol.js';

/** How long a warm process has to say it took the command; after that it runs here. */
const ANSWER_WAIT_MS = 3_000;

/** The command's exit status, run in the warm process; `undefined` to run it here. */
export async function runInDaemon(argv: readonly string[]): Promise<number | undefined> {
  const args = argv.slice(2);
  if (process.env.COALITION_DAEMON === 'off' || process.platform === 'win32' || !takenByDaemon(args)) return undefined;
  if (!isPrivateFolder(daemonFolder())) return undefined;
  const socket = daemonSocket();
  let found: Stats;
  try {
    found = statSync(socket);
  } catch {
    return undefined;
  }
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    return undefined; // run() here says the folder is gone
  }
  const request: Request = {
    kind: 'run', identity: processIdentity(), args, cwd, env: definedEnv(), umask: currentUmask(),
    tty: { out: Boolean(process.stdout.isTTY), err: Boolean(process.stderr.isTTY) },
  };
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const conn = connect(socket);
    /** The warm process took the command; from `started` on, it may have changed files: never run it here too. */
    let queued = false;
    let started = false;
    let settled = false;
    let interrupted: number | undefined;
    const finish = (code: number | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(waiting);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      conn.destroy();
      resolve(code);
    };
    /** Ended without a status: run here if it never started, else say so. */
    const cutOff = () => {
      if (interrupted !== undefined) return finish(interrupted);
      if (!started) return finish(undefined);
      process.stderr.write('coalition: the warm process ended during the command (coalition daemon status)\n');
      finish(70);
    };
    // A warm process stopped (Ctrl-Z) or stuck leaves the command to run here.
    const waiting = setTimeout(() => {
      if (!queued) finish(undefined);
    }, ANSWER_WAIT_MS);
    const onSignal = (signal: NodeJS.Signals) => {
      const code = signal === 'SIGTERM' ? 143 : 130;
      // A second Ctrl-C ends the client at once; the warm process finishes cleaning up on its own.
      if (interrupted !== undefined) process.exit(code);
      interrupted = code;
      if (!queued) return finish(code);
      conn.write(`${JSON.stringify({ kind: 'signal', signal })}\n`);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // A reader that went away (`| head`) ends our output, not the command: as main.ts does.
    process.stdout.on('error', () => undefined);
    conn.on('connect', () => conn.write(`${JSON.stringify(request)}\n`));
    conn.on('error', (error: NodeJS.ErrnoException) => {
      // Nobody listens: a process that was killed left its socket, which goes (unless a new
      // process has put its own there meanwhile), and the command runs here.
      if (error.code === 'ECONNREFUSED') removeIfSame(socket, found);
      cutOff();
    });
    conn.on('data', jsonLines((message) => {
      const answer = message as Answer;
      if (answer.kind === 'stale') return finish(interrupted);
      if (answer.kind === 'queued') {
        // Still waiting for it (no Ctrl-C, no time-out): it may run it now. Otherwise it never will.
        queued = true;
        conn.write(`${JSON.stringify({ kind: 'go' })}\n`);
      }
      else if (answer.kind === 'started') started = queued = true;
      else if (answer.kind === 'out') process.stdout.write(Buffer.from(answer.data, 'base64'));
      else if (answer.kind === 'err') process.stderr.write(Buffer.from(answer.data, 'base64'));
      else if (answer.kind === 'exit') finish(answer.code);
    }));
    conn.on('end', cutOff);
  });
}
