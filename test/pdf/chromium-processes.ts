/**
 * Watching the processes of a CLI run that prints: the CLI, the Chromium it started
 * (read from /proc, so Linux only, like the machine the tests run on) and its profile.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);
  } catch {
    return [];
  }
}

/** A process's children, their children, and so on. */
export function descendants(pid: number): number[] {
  return childPids(pid).flatMap((child) => [child, ...descendants(child)]);
}

/** Whether a process runs: a zombie (ended, not yet reaped by its parent) does not. */
export function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The Chromium a CLI process started, once it runs. Debian's `/usr/bin/chromium` and
 * `/usr/bin/chromium-headless-shell` are shell scripts that start the browser without
 * `exec`: this may be the script's `sh` (its command line names the script), with the
 * browser its child, so a test that ends "the browser" kills its descendants too.
 */
export function chromiumOf(cliPid: number): number | undefined {
  return childPids(cliPid).find((pid) => /chrom/i.test(commandLine(pid)));
}

/** The profile folder on a Chromium's command line. */
export function profileOf(chromiumPid: number): string | undefined {
  return /--user-data-dir=([^\0]+)/.exec(commandLine(chromiumPid))?.[1];
}

/** Polls `probe` every 100 ms until it gives a value or `ms` have passed. */
export async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
