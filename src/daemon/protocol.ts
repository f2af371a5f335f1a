/**
 * What the client and the warm process say to each other over the socket: one JSON object
 * a line. The client asks once (`Request`, or `ping`, or `stop`); the process answers with
 * the command's output as it comes, then its exit status.
 */

export interface Request {
  kind: 'run';
  /** Which build of coalition and Node.js the client is (identity.ts): a process of another answers `stale`. */
  identity: string;
  /** The arguments after `coalition`. */
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether the client's stdout and stderr are terminals (colours, progress lines). */
  tty: { out: boolean; err: boolean };
}

export type Ask = Request | { kind: 'ping' } | { kind: 'stop' } | { kind: 'signal'; signal: 'SIGINT' | 'SIGTERM' };

export type Answer =
  | { kind: 'out' | 'err'; data: string } // base64: a command may write any bytes
  | { kind: 'exit'; code: number }
  | { kind: 'stale' }
  | { kind: 'pong'; pid: number; identity: string; since: string; served: number; idleMinutes: number }
  | { kind: 'stopping' };

/** Splits a stream of text into lines and hands each parsed one on. */
export function jsonLines(onMessage: (message: unknown) => void): (chunk: Buffer | string) => void {
  let pending = '';
  return (chunk) => {
    pending += String(chunk);
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
