/**
 * The browser's printing slots: small documents share them, a large one prints alone,
 * and nobody overtakes a document that asked first. Driven step by step (no timers).
 */
import { describe, expect, it } from 'vitest';
import { PrintSlots } from '../../src/pdf/print-slots.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Asks for slots for each named document; `printing()` lists those that got them. */
function asks(slots: PrintSlots, docs: Record<string, number>) {
  const started = new Set<string>();
  for (const [name, n] of Object.entries(docs)) void slots.acquire(n).then(() => started.add(name));
  return async () => {
    await settle();
    return [...started].sort();
  };
}

describe('PrintSlots', () => {
  it('lets as many small documents print at once as there are slots', async () => {
    const slots = new PrintSlots(2);
    const printing = asks(slots, { a: 1, b: 1, c: 1 });
    expect(await printing()).toEqual(['a', 'b']);
    slots.release(1);
    expect(await printing()).toEqual(['a', 'b', 'c']);
  });

  it('prints a large document alone: it waits for the ones printing, and the next ones wait for it', async () => {
    const slots = new PrintSlots(2);
    const printing = asks(slots, { a: 1, big: 2, b: 1 });
    expect(await printing()).toEqual(['a']); // b may not overtake big, though a slot is free
    slots.release(1); // a is done
    expect(await printing()).toEqual(['a', 'big']);
    slots.release(2); // big is done
    expect(await printing()).toEqual(['a', 'b', 'big']);
  });

  it('gives a document asking for more slots than exist all of them, instead of waiting forever', async () => {
    const slots = new PrintSlots(2);
    expect(await slots.acquire(5)).toBe(2);
    const printing = asks(slots, { a: 1 });
    expect(await printing()).toEqual([]);
    slots.release(2);
    expect(await printing()).toEqual(['a']);
  });

  it('grows when asked: those waiting get the new slot, and a large document granted one slot gives back one', async () => {
    const slots = new PrintSlots(1);
    expect(await slots.acquire(2)).toBe(1); // large, alone on the one page
    const printing = asks(slots, { a: 1, b: 1 });
    expect(await printing()).toEqual([]);
    slots.grow(2);
    expect(slots.size).toBe(2);
    expect(await printing()).toEqual(['a']);
    slots.release(1); // the large one is done
    expect(await printing()).toEqual(['a', 'b']);
    slots.grow(1); // never shrinks
    expect(slots.size).toBe(2);
  });
});
