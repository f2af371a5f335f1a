/**
 * What the client and the warm process say to each other over the socket: one JSON object
 * a line. The client asks once (`Request`, or `ping`, or `stop`); the process answers
 * `queued`; only then does the client say `go`, and the command waits its turn. So a
 * client that gave up waiting for `queued` (and ran the command itself) never has it run
 * here too. Then `started` when the command begins, its output as it comes, its exit
 * status. The client may pass on a signal at any time.
 */
import { StringDecoder } from 'node:string_decoder';
import type { PrintMemoStats } from '../pdf/print-memo.js';

export interface Request {
  kind: 'run';
  /** Which build of coalition and Node.js the client is (identity.ts): a process of another answers `stale`. */
  identity: string;
  /** The arguments after `coalition`. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** The client's umask: files the command makes get the modes they would get on its own. */
  umask: number;
  /** Whether the client's stdout and stderr are terminals (colours, progress lines). */
  tty: { out: boolean; err: boolean };
}

/** The environment's set variables, as a request carries them (and the warm process restores its own). */
export function definedEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/** The process's umask (Node reads it only by setting it: set back at once). */
export function currentUmask(): number {
  const mask = process.umask(0o077);
  process.umask(mask);
  return mask;
}

export const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type Signal = (typeof SIGNALS)[number];

export type Ask = Request | { kind: 'ping' } | { kind: 'stop' } | { kind: 'go' } | { kind: 'signal'; signal: Signal };

export type Answer =
  | { kind: 'queued' }
  | { kind: 'started' }
  | { kind: 'out' | 'err'; data: string } // base64: a command may write any bytes
  | { kind: 'exit'; code: number }
  | { kind: 'stale' }
  | { kind: 'pong'; pid: number; identity: string; since: string; served: number; waiting: number; idleMinutes: number; prints?: PrintMemoStats }
  | { kind: 'stopping'; pid?: number };

/**
 * Splits a byte stream into lines and hands each parsed one on; a line that is not JSON is
 * skipped. Decoded as a stream: a character cut between two reads is joined again.
 */
export function jsonLines(onMessage: (message: unknown) => void): (chunk: Buffer) => void {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  return (chunk) => {
    pending += decoder.write(chunk);
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (!line) continue;
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        continue; // not ours: only coalition's client and process write here
      }
      onMessage(message);
    }
  };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The message as an `Ask`, if it is one in shape (the socket is the user's alone; still, a wrong line must not end the process). */
export function asAsk(message: unknown): Ask | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  if (m.kind === 'ping' || m.kind === 'stop' || m.kind === 'go') return { kind: m.kind };
  if (m.kind === 'signal') return SIGNALS.includes(m.signal as Signal) ? { kind: 'signal', signal: m.signal as Signal } : undefined;
  if (m.kind !== 'run') return undefined;
  const env = m.env as Record<string, unknown> | null;
  const tty = m.tty as Record<string, unknown> | null;
  if (typeof m.identity !== 'string' || !isStrings(m.args) || typeof m.cwd !== 'string' || typeof m.umask !== 'number') return undefined;
  if (!env || typeof env !== 'object' || !Object.values(env).every((v) => typeof v === 'string')) return undefined;
  if (!tty || typeof tty !== 'object') return undefined;
  return {
    kind: 'run', identity: m.identity, args: m.args, cwd: m.cwd, env: env as Record<string, string>, umask: m.umask & 0o777,
    tty: { out: tty.out === true, err: tty.err === true },
  };
}
