/**
 * Whether a process on this machine is still running: how the workspace lock and the
 * clean-up of temporary files tell what a killed command left behind from what a
 * running one is using. No timer is involved, so a command busy for minutes in
 * synchronous work is still seen as alive.
 */
import { readFileSync } from 'node:fs';

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process has ended: gone, or a zombie its parent has not reaped yet (a
 * container's first process may never reap one). `coalition daemon stop` waits for this.
 */
export function processHasEnded(pid: number): boolean {
  if (!isProcessAlive(pid)) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state (field 3) follows the command name, which may hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/**
 * When the process started, as the kernel counts it (Linux: field 22 of /proc/<pid>/stat);
 * undefined where there is no /proc. A pid reused by a new process has another value.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
