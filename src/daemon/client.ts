/**
 * The client side of the warm process, run by bin/coalition.js before anything else is
 * loaded: when a warm process of this very build is listening for this user
 * (`coalition daemon start`) and it takes the command (place.ts), the command runs there
 * and this process only relays its output and exit status. Otherwise it costs one
 * `lstat`, and the command runs here as always. `COALITION_DAEMON=off` never uses one.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { processIdentity } from './identity.js';
import { daemonFolder, daemonSocket, isPrivateFolder, takenByDaemon } from './place.js';
import { jsonLines, type Answer, type Request } from './protocol.js';

/** The command's exit status, run in the warm process; `undefined` to run it here. */
export async function runInDaemon(argv: readonly string[]): Promise<number | undefined> {
  const args = argv.slice(2);
  if (process.env.COALITION_DAEMON === 'off' || process.platform === 'win32' || !takenByDaemon(args)) return undefined;
  if (!isPrivateFolder(daemonFolder())) return undefined;
  const socket = daemonSocket();
  if (!existsSync(socket)) return undefined;
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    return undefined; // run() here says the folder is gone
  }
  const request: Request = {
    kind: 'run', identity: processIdentity(), args, cwd, env: { ...process.env },
    tty: { out: Boolean(process.stdout.isTTY), err: Boolean(process.stderr.isTTY) },
  };
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const conn = connect(socket);
    let answered = false;
    let settled = false;
    let interrupted: number | undefined;
    const finish = (code: number | undefined) => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      conn.destroy();
      resolve(code);
    };
    const onSignal = (signal: NodeJS.Signals) => {
      const code = signal === 'SIGTERM' ? 143 : 130;
      // A second Ctrl-C ends the client at once; the warm process finishes cleaning up on its own.
      if (interrupted !== undefined) process.exit(code);
      interrupted = code;
      conn.write(`${JSON.stringify({ kind: 'signal', signal })}\n`);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    // A reader that went away (`| head`) ends our output, not the command: as main.ts does.
    process.stdout.on('error', () => undefined);
    conn.on('connect', () => conn.write(`${JSON.stringify(request)}\n`));
    conn.on('error', (error: NodeJS.ErrnoException) => {
      // Nobody listens (the process was killed): its socket is removed, and the command runs here.
      if (!answered && error.code === 'ECONNREFUSED') {
        try {
          unlinkSync(socket);
        } catch {
          // Removed by someone else meanwhile.
        }
      }
      finish(answered ? interrupted ?? 70 : undefined);
    });
    conn.on('data', jsonLines((message) => {
      const answer = message as Answer;
      if (answer.kind === 'stale') return finish(undefined);
      answered = true;
      if (answer.kind === 'out') process.stdout.write(Buffer.from(answer.data, 'base64'));
      else if (answer.kind === 'err') process.stderr.write(Buffer.from(answer.data, 'base64'));
      else if (answer.kind === 'exit') finish(answer.code);
    }));
    conn.on('end', () => {
      if (settled) return;
      // Ended without a status: it stopped during the command (Ctrl-C, or it was killed).
      if (answered) {
        if (interrupted === undefined) process.stderr.write('coalition: the warm process ended during the command (coalition daemon status)\n');
        finish(interrupted ?? 70);
      } else finish(undefined);
    });
  });
}
