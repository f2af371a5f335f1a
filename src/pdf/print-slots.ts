/**
 * The printing slots of one browser: `size` documents print at once, and a large
 * document takes every slot, so it prints alone. First come, first served: a small
 * document asked for after a large one waits for it, so a large one is never starved.
 * The slots may grow (`grow`), never shrink: a printer starts with one page and opens
 * a second only when documents queue up (printer.ts).
 */
export class PrintSlots {
  private used = 0;
  private readonly waiting: { slots: number; resolve: (granted: number) => void }[] = [];

  constructor(private capacity: number) {}

  get size(): number {
    return this.capacity;
  }

  /**
   * Resolves once `slots` (at most `size`) are free, with the number granted; give
   * exactly those back with release().
   */
  acquire(slots: number): Promise<number> {
    const granted = this.fit(slots);
    if (this.waiting.length === 0 && this.used + granted <= this.capacity) {
      this.used += granted;
      return Promise.resolve(granted);
    }
    return new Promise((resolve) => this.waiting.push({ slots, resolve }));
  }

  release(granted: number): void {
    this.used -= granted;
    this.admit();
  }

  /** Makes `size` slots (if more than now), letting in those waiting that now fit. */
  grow(size: number): void {
    if (size <= this.capacity) return;
    this.capacity = size;
    this.admit();
  }

  private fit(slots: number): number {
    return Math.min(Math.max(1, slots), this.capacity);
  }

  private admit(): void {
    while (this.waiting.length && this.used + this.fit(this.waiting[0]!.slots) <= this.capacity) {
      const next = this.waiting.shift()!;
      const granted = this.fit(next.slots);
      this.used += granted;
      next.resolve(granted);
    }
  }
}
