/**
 * Where the warm process (`coalition daemon`) listens, and which commands it takes. Read
 * by the client at every start (client.ts, its own small entry of the bundle) and by the
 * server: one user's folder, `<tmp>/coalition-<uid>/`, that only they may enter, with
 * the socket in it.
 */
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOCKET_NAME = 'daemon.sock';

/** The user's folder for the socket (the temporary folder as TMPDIR names it). */
export function daemonFolder(): string {
  return join(tmpdir(), `coalition-${process.getuid?.() ?? 'user'}`);
}

export function daemonSocket(): string {
  return join(daemonFolder(), SOCKET_NAME);
}

/**
 * Whether `folder` is the user's own and closed to others: a socket someone else put in
 * a folder they can write would be handed our commands, environment and files' contents.
 */
export function isPrivateFolder(folder: string): boolean {
  try {
    const stats = lstatSync(folder);
    return stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/**
 * Removes the socket at `path` if it is still the one `seen` (by device and inode): a
 * killed process's, found by a client, or the warm process's own as it ends. Another
 * process's socket put there meanwhile stays.
 */
export function removeIfSame(path: string, seen: { dev: number; ino: number }): void {
  try {
    const now = statSync(path);
    if (now.dev === seen.dev && now.ino === seen.ino) unlinkSync(path);
  } catch {
    // Removed by someone else meanwhile.
  }
}

/**
 * The commands the warm process runs: short ones that read no input but their files and
 * options. Not `preview`, `build --watch` or `send` (long-lived, or with work Ctrl-C must let
 * finish), `release` and `publish` (Ctrl-C removes a half-made folder from its own process),
 * `doctor` (it reports on the process that runs it), `init`, `completion`, `daemon`.
 */
const TAKEN = new Set(['check', 'status', 'build', 'sign', 'unsign', 'confirm', 'withdraw', 'org', 'officials', 'new', 'rename', 'profiles', 'releases', 'import']);
/** Global options that take a value (main.ts): their value is not the command. */
const GLOBAL_VALUES = new Set(['-C', '--dir']);

/** The command named by arguments after `coalition` (global options skipped), if the warm process takes it. */
export function takenByDaemon(args: readonly string[]): boolean {
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_VALUES.has(arg)) i++;
    else if (!arg.startsWith('-')) {
      command = arg;
      break;
    }
  }
  if (!command || !TAKEN.has(command)) return false;
  // Arguments after `--` are not options; before it, a watch makes `build` long-lived.
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined);
  return !(command === 'build' && options.some((arg) => arg === '-w' || arg === '--watch' || /^-[a-zA-Z]*w/.test(arg) && !arg.startsWith('--')));
}
