/**
 * Work a command must finish before Ctrl-C ends the process: `send` waits for the
 * message the server is receiving and logs its outcome, so the delivery log says
 * exactly what went out. main.ts runs these, for a few seconds at most, before it
 * removes temporary files, releases the lock and exits.
 */

const hooks = new Set<() => Promise<void>>();

/** Registers `finish`; the returned function unregisters it (call it when the work is done). */
export function onInterrupt(finish: () => Promise<void>): () => void {
  hooks.add(finish);
  return () => hooks.delete(finish);
}

export function hasInterruptHooks(): boolean {
  return hooks.size > 0;
}

/** Runs every hook; never rejects. */
export async function runInterruptHooks(): Promise<void> {
  const running = [...hooks];
  hooks.clear();
  await Promise.allSettled(running.map((finish) => finish()));
}
