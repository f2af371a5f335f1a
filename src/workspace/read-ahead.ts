/**
 * Reads letters a few at a time ahead of the one being worked on: each letter is two
 * file-system round trips (stat, read) that otherwise wait in turn, and `check` over
 * 100 letters spent about 50 ms just waiting on them (docs/performance.md). Results
 * come back in the original order; at most `ahead` are held at once.
 */
export async function* readAhead<T, R>(items: readonly T[], ahead: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const started: Promise<R>[] = [];
  const start = (i: number) => {
    if (i >= items.length) return;
    const promise = work(items[i]!);
    // Awaited in turn below; until then a failure must not count as unhandled.
    promise.catch(() => undefined);
    started[i] = promise;
  };
  for (let i = 0; i < Math.min(ahead, items.length); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const result = await started[i]!;
    delete started[i];
    start(i + ahead);
    yield result;
  }
}
