/**
 * The folder of the run's LibreOffice instances (vitest's globalSetup): each worker that
 * converts Word files starts one there, with its profile and the id of its process group
 * (test/docx/libreoffice.ts). A worker ends without running exit handlers, so the
 * instances are ended here, after the last test, and the folder and their pipes removed.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where workers start their LibreOffice and leave `<name>.pgid`. */
    officeFolder: string;
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const startedAt = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'coalition-test-office-'));
  project.provide('officeFolder', folder);
  return async () => {
    const names = readdirSync(folder).filter((f) => f.endsWith('.pgid')).map((f) => f.slice(0, -'.pgid'.length));
    const groups = names.map((name) => Number(readFileSync(join(folder, `${name}.pgid`), 'utf8')));
    for (const group of groups) signal(group, 'SIGKILL');
    // Their sockets are refused only once they have ended.
    for (let waited = 0; waited < 3000 && groups.some((group) => signal(group, 0)); waited += 50) await new Promise((r) => setTimeout(r, 50));
    rmSync(folder, { recursive: true, force: true });
    // LibreOffice leaves its pipes' sockets behind however it ends: the UNO pipe, named
    // after the worker's office, and the single-instance pipe of every office the run
    // started (a worker's, or a conversion's own, test/docx/libreoffice.ts), named by a
    // hash of its profile. Those made during the run that nobody listens on any more go.
    // Only this user's: the name carries the owner's uid (`OSL_PIPE_<uid>_…`).
    const prefix = `OSL_PIPE_${process.getuid?.() ?? 0}_`;
    for (const dir of new Set([tmpdir(), '/tmp'])) {
      for (const socket of readdirSync(dir).filter((f) => f.startsWith(prefix))) {
        const path = join(dir, socket);
        const ours = names.some((name) => socket.endsWith(`_coalition-test-${name}`));
        const leftOver = /_SingleOfficeIPC_/.test(socket) && madeByMeSince(path, startedAt) && (await refused(path));
        if (!ours && !leftOver) continue;
        try {
          rmSync(path, { force: true });
        } catch {
          // Not ours to remove after all: a leftover socket is not worth failing a run that passed.
        }
      }
    }
  };
}

/** Sends `sig` to a process group; whether there was one. */
function signal(group: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, sig);
    return true;
  } catch {
    return false;
  }
}

/** A socket of this user's, made during the run. */
function madeByMeSince(path: string, time: number): boolean {
  try {
    const stats = lstatSync(path);
    return stats.isSocket() && stats.uid === (process.getuid?.() ?? stats.uid) && stats.mtimeMs >= time - 1000;
  } catch {
    return false;
  }
}

/**
 * Whether connecting to the Unix socket is refused, so that no process listens on it any
 * more. Anything else (accepted, a permission error, no answer within a second) keeps it:
 * a LibreOffice of the user's, say.
 */
function refused(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), 1000);
    socket.once('connect', () => done(false));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}
