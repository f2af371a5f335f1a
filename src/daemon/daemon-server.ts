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
import { rmSync, statSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { CoalitionError, ExitCode } from '../errors.js';
import { processIdentity } from './identity.js';
import { privateDaemonFolder } from './control.js';
import { daemonSocket, removeIfSame } from './place.js';
import { asAsk, currentUmask, definedEnv, jsonLines, type Answer, type Request } from './protocol.js';
import { probeSocket } from './ping.js';
import type { BrowserKeeper } from '../pdf/chromium.js';

export interface DaemonOptions {
  idleMinutes: number;
  /** Keeps a browser for the commands' prints (chromium.ts's keepBrowser), or none. */
  keepBrowser?: () => BrowserKeeper;
  /** Runs one command as `coalition <args>` would (main.ts's `run`). */
  run: (argv: string[], io: { stdout: Writable & { isTTY?: boolean }; stderr: Writable & { isTTY?: boolean }; env: NodeJS.ProcessEnv; cwd: string }) => Promise<number>;
}

/** A command asked for, waiting or running. */
interface Job {
  conn: Socket;
  request: Request;
}

/** Listens until stopped or idle; resolves when it has ended. Refuses if one is already listening. */
export async function serveDaemon(options: DaemonOptions): Promise<void> {
  privateDaemonFolder();
  const socket = daemonSocket();
  const identity = processIdentity();
  const since = new Date().toISOString();
  const originalEnv = definedEnv();
  const originalUmask = currentUmask();
  const idleMs = options.idleMinutes * 60_000;
  let served = 0;
  let idle: NodeJS.Timeout | undefined;
  const queue: Job[] = [];
  let running: Job | undefined;
  /** The running command's end. */
  let current: Promise<void> | undefined;
  let ended = false;
  let browser: BrowserKeeper | undefined;

  const server: Server = createServer((conn) => {
    conn.on('error', () => undefined);
    let asked = false;
    let job: Job | undefined;
    let going = false;
    conn.on('data', jsonLines((message) => {
      const ask = asAsk(message);
      if (!ask) return;
      if (ask.kind === 'go') {
        // The client still waits for it (it did not give up and run it itself): now it takes its turn.
        if (!job || going) return;
        going = true;
        // Ending meanwhile: it runs on its own.
        if (ended) return send(conn, { kind: 'stale' }, true);
        queue.push(job);
        pump();
        return;
      }
      if (ask.kind === 'signal') {
        if (!job) return;
        if (job === running) {
          // The client's Ctrl-C, to the running command's own handler (main.ts), which cleans up and ends this process.
          process.emit(ask.signal, ask.signal);
        } else if (drop(job)) {
          send(conn, { kind: 'exit', code: ask.signal === 'SIGTERM' ? 143 : ExitCode.interrupted }, true);
        }
        return;
      }
      if (asked) return;
      asked = true;
      if (ask.kind === 'ping') {
        const prints = browser?.prints();
        send(conn, { kind: 'pong', pid: process.pid, identity, since, served, waiting: queue.length, idleMinutes: options.idleMinutes, ...(prints ? { prints } : {}) }, true);
      }
      else if (ask.kind === 'stop') {
        send(conn, { kind: 'stopping', pid: process.pid }, true);
        void end();
      } else if (ended || ask.identity !== identity) {
        // Another build or Node.js asks, or this process is ending: the command runs on its own.
        send(conn, { kind: 'stale' }, true);
        if (!ended) void end();
      } else if (ask.kind === 'run') {
        job = { conn, request: ask };
        send(conn, { kind: 'queued' });
      }
    }));
    // A client that went away before its turn (Ctrl-C twice, killed) is not waited for.
    conn.on('close', () => {
      if (job) drop(job);
    });
  });

  const drop = (job: Job): boolean => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
    return at >= 0;
  };

  const pump = () => {
    if (running || ended) return;
    clearTimeout(idle);
    const next = queue.shift();
    if (!next) {
      idle = setTimeout(() => void end(), idleMs);
      return;
    }
    running = next;
    current = runOne(next).catch(() => undefined).finally(() => {
      running = undefined;
      current = undefined;
      pump();
    });
  };

  const runOne = async ({ conn, request }: Job) => {
    if (conn.destroyed) return;
    served++;
    send(conn, { kind: 'started' });
    // Handed to the socket at once, which keeps the order: the exit status is written after
    // every chunk of output.
    const stream = (kind: 'out' | 'err', tty: boolean) => Object.assign(new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        send(conn, { kind, data: Buffer.from(chunk).toString('base64') });
        done();
      },
    }), { isTTY: tty });
    let code: number;
    try {
      // The command sees the client's environment, umask and folder, also where the library
      // reads process.env or process.cwd() itself (the browser's path, CI, lock waits).
      replaceEnv(request.env);
      process.umask(request.umask);
      let cwd = request.cwd;
      try {
        process.chdir(cwd);
      } catch {
        cwd = ''; // run() says the folder no longer exists, as on its own
      }
      code = await options.run(['node', 'coalition', ...request.args], {
        stdout: stream('out', request.tty.out), stderr: stream('err', request.tty.err), env: process.env, cwd,
      });
    } catch {
      code = ExitCode.internal;
    } finally {
      replaceEnv(originalEnv);
      process.umask(originalUmask);
      // Holding no client's folder (a mount it may want to unmount).
      try {
        process.chdir('/');
      } catch {
        // Stays where it is.
      }
    }
    // Not waited for: a client that reads slowly (`| less`) must not hold up the next one.
    send(conn, { kind: 'exit', code }, true);
  };

  let finished!: () => void;
  const over = new Promise<void>((resolve) => { finished = resolve; });
  let listening: { dev: number; ino: number } | undefined;
  /** The socket, unless another process's is at its path by now. */
  const removeSocket = () => {
    if (listening) removeIfSame(socket, listening);
  };
  // A command's Ctrl-C ends this process through process.exit (main.ts): the socket goes with it.
  process.once('exit', removeSocket);

  /** Takes no new command; tells those waiting to run on their own; lets the running one finish; closes the browser. */
  const end = async () => {
    if (ended) return;
    ended = true;
    clearTimeout(idle);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    removeSocket();
    process.off('exit', removeSocket);
    for (const job of queue.splice(0)) send(job.conn, { kind: 'stale' }, true);
    await current;
    await browser?.close();
    await closed;
    finished();
  };

  const listen = () => new Promise<void>((resolve, reject) => {
    // Only the user may connect (the folder is theirs alone; the socket too).
    const umask = process.umask(0o177);
    const failed = (error: Error) => {
      process.umask(umask);
      reject(error);
    };
    server.once('error', failed);
    server.listen(socket, () => {
      process.umask(umask);
      server.off('error', failed);
      resolve();
    });
  });
  try {
    await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    // Only a socket nobody accepts on was left by a killed process; one that accepts and is
    // slow to answer (busy, or stopped with Ctrl-Z) is a warm process still.
    if ((await probeSocket(socket)) !== 'refused') {
      throw new CoalitionError('a warm process is already running for you', {
        code: 'daemon-running', exitCode: ExitCode.usage, hint: '`coalition daemon status` tells about it; `coalition daemon stop` ends it.',
      });
    }
    rmSync(socket, { force: true }); // left by a process that was killed
    await listen();
  }
  const stats = statSync(socket);
  listening = { dev: stats.dev, ino: stats.ino };
  // Accepting may fail later (no file descriptors left): end as on `stop`, not by an uncaught error.
  server.on('error', () => void end());
  browser = options.keepBrowser?.();
  idle = setTimeout(() => void end(), idleMs);
  await over;
}

function send(conn: Socket, message: Answer, last = false): void {
  if (conn.destroyed) return;
  const line = `${JSON.stringify(message)}\n`;
  if (last) conn.end(line);
  else conn.write(line);
}

/** Makes process.env hold exactly `env`. */
function replaceEnv(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
}
