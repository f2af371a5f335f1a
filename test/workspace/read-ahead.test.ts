/**
 * Letters are read a few ahead of the one being worked on; the results still come in
 * order, no more than `ahead` are in flight, and a failure surfaces at its turn.
 */
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/workspace/read-ahead.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('readAhead', () => {
  it('yields results in the order of the items, whatever order they finish in', async () => {
    const out: number[] = [];
    for await (const n of readAhead([1, 2, 3, 4, 5], 3, (n) => later(n, (6 - n) * 5))) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps at most `ahead` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (n: number) => {
      most = Math.max(most, ++inFlight);
      await later(n, 2);
      inFlight--;
      return n;
    };
    const out: number[] = [];
    for await (const n of readAhead(Array.from({ length: 20 }, (_, i) => i), 4, work)) out.push(n);
    expect(out).toHaveLength(20);
    expect(most).toBe(4);
  });

  it('throws a failure at its turn, after the earlier results, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const out: number[] = [];
      const failing = (n: number) => (n === 3 ? Promise.reject(new Error('three')) : later(n, 20));
      await expect((async () => {
        for await (const n of readAhead([1, 2, 3, 4], 4, failing)) out.push(n);
      })()).rejects.toThrow('three');
      expect(out).toEqual([1, 2]);
      await later(0, 50);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
