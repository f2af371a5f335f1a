/**
 * The printing slots of one browser: `size` documents print at once, and a large
 * document takes every slot, so it prints alone. First come, first served: a small
 * document asked for after a large one waits for it, so a large one is never starved.
 */
export class PrintSlots {
  private used = 0;
  private readonly waiting: { slots: number; resolve: () => void }[] = [];

  constructor(readonly size: number) {}

  /** Resolves once `slots` (at most `size`) are free; give them back with release(). */
  acquire(slots: number): Promise<void> {
    const wanted = Math.min(Math.max(1, slots), this.size);
    if (this.waiting.length === 0 && this.used + wanted <= this.size) {
      this.used += wanted;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ slots: wanted, resolve }));
  }

  release(slots: number): void {
    this.used -= Math.min(Math.max(1, slots), this.size);
    while (this.waiting.length && this.used + this.waiting[0]!.slots <= this.size) {
      const next = this.waiting.shift()!;
      this.used += next.slots;
      next.resolve();
    }
  }
}
