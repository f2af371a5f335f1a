/**
 * The warm process (`coalition daemon run`): a Node.js that has loaded coalition once and
 * runs the commands its clients send (client.ts), one at a time, with the client's
 * arguments, folder, environment and terminals, through the same `run()` as a command run
 * on its own. What a command costs here is its own work: no start of Node.js, no
 * loading of modules, Intl's tables and compiled code already warm (docs/performance.md,
 * "A warm process").
 *
 * Nothing of the workspace is kept between commands: each reads its files afresh, as a
 * new process would; only caches of coalition's own package files (fonts, hyphenation
 * patterns, templates by file) live on. It ends after `idleMinutes` without a command, on
 * `daemon stop`, or as a command does after Ctrl-C (the client passes it on).
 */
import { rmSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { CoalitionError, ExitCode } from '../errors.js';
import { processIdentity } from './identity.js';
import { privateDaemonFolder } from './control.js';
import { daemonSocket } from './place.js';
import { jsonLines, type Answer, type Ask, type Request } from './protocol.js';
import { socketAnswers } from './ping.js';

export interface DaemonOptions {
  idleMinutes: number;
  /** Keeps a browser for the commands' prints (chromium.ts's keepBrowser), or none. */
  keepBrowser?: () => { close(): Promise<void> };
  /** Runs one command as `coalition <args>` would (main.ts's `run`). */
  run: (argv: string[], io: { stdout: Writable & { isTTY?: boolean }; stderr: Writable & { isTTY?: boolean }; env: NodeJS.ProcessEnv; cwd: string }) => Promise<number>;
}

/** Listens until stopped or idle; resolves when it has ended. Refuses if one is already listening. */
export async function serveDaemon(options: DaemonOptions): Promise<void> {
  privateDaemonFolder();
  const socket = daemonSocket();
  if (await socketAnswers(socket)) {
    throw new CoalitionError('a warm process is already running for you', {
      code: 'daemon-running', exitCode: ExitCode.usage, hint: '`coalition daemon status` tells about it; `coalition daemon stop` ends it.',
    });
  }
  rmSync(socket, { force: true }); // left by a process that was killed
  const identity = processIdentity();
  const browser = options.keepBrowser?.();
  const since = new Date().toISOString();
  const originalEnv = { ...process.env };
  let served = 0;
  let idle: NodeJS.Timeout | undefined;
  const queue: (() => Promise<void>)[] = [];
  let busy = false;

  const server: Server = createServer((conn) => {
    conn.on('error', () => undefined);
    let asked = false;
    conn.on('data', jsonLines((message) => {
      const ask = message as Ask;
      if (ask.kind === 'signal') {
        // The client's Ctrl-C: the command's own handler (main.ts) cleans up and ends this process.
        if (asked) process.emit(ask.signal, ask.signal);
        return;
      }
      if (asked) return;
      asked = true;
      if (ask.kind === 'ping') answer(conn, { kind: 'pong', pid: process.pid, identity, since, served, idleMinutes: options.idleMinutes }, true);
      else if (ask.kind === 'stop') {
        answer(conn, { kind: 'stopping' }, true);
        void end();
      } else if (ask.kind === 'run') {
        if (ask.identity !== identity) {
          // Another build or Node.js asks: it runs the command itself, and this process, outdated, ends.
          answer(conn, { kind: 'stale' }, true);
          void end();
          return;
        }
        queue.push(() => runOne(conn, ask));
        void pump();
      }
    }));
  });

  const pump = async () => {
    if (busy) return;
    busy = true;
    clearTimeout(idle);
    while (queue.length) await queue.shift()!();
    busy = false;
    idle = setTimeout(() => void end(), options.idleMinutes * 60_000);
  };

  const runOne = async (conn: Socket, request: Request) => {
    served++;
    if (conn.destroyed) return;
    // The command sees the client's environment and folder, also where the library reads
    // process.env or process.cwd() itself (the browser's path, CI, lock waits).
    replaceEnv(request.env);
    try {
      process.chdir(request.cwd);
    } catch {
      // run() reports a folder that no longer exists.
    }
    const stream = (kind: 'out' | 'err', tty: boolean) => Object.assign(new Writable({
      // Handed to the socket at once, which keeps the order: the exit status is written after
      // every chunk of output (a write finished only once sent let it overtake them).
      write(chunk: Buffer | string, _encoding, done) {
        if (!conn.destroyed) conn.write(`${JSON.stringify({ kind, data: Buffer.from(chunk).toString('base64') } satisfies Answer)}\n`);
        done();
      },
    }), { isTTY: tty });
    let code: number;
    try {
      code = await options.run(['node', 'coalition', ...request.args], {
        stdout: stream('out', request.tty.out), stderr: stream('err', request.tty.err), env: process.env, cwd: request.cwd,
      });
    } catch {
      code = ExitCode.internal;
    } finally {
      replaceEnv(originalEnv);
    }
    await new Promise<void>((resolve) => {
      if (conn.destroyed) return resolve();
      conn.end(`${JSON.stringify({ kind: 'exit', code } satisfies Answer)}\n`, () => resolve());
    });
  };

  let ended = false;
  let finished!: () => void;
  const over = new Promise<void>((resolve) => { finished = resolve; });
  const end = async () => {
    if (ended) return;
    ended = true;
    clearTimeout(idle);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    removeSocket();
    await browser?.close();
    await closed;
    finished();
  };
  const removeSocket = () => {
    try {
      unlinkSync(socket);
    } catch {
      // Gone already.
    }
  };
  // A command's Ctrl-C ends this process through process.exit (main.ts): the socket goes with it.
  process.once('exit', removeSocket);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Only the user may connect (the folder is theirs alone; the socket too).
    const umask = process.umask(0o177);
    server.listen(socket, () => {
      process.umask(umask);
      resolve();
    });
  });
  idle = setTimeout(() => void end(), options.idleMinutes * 60_000);
  await over;
}

function answer(conn: Socket, message: Answer, last = false): void {
  const line = `${JSON.stringify(message)}\n`;
  if (last) conn.end(line);
  else conn.write(line);
}

/** Makes process.env hold exactly `env`. */
function replaceEnv(env: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
}
