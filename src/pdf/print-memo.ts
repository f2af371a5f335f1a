/**
 * What a long-lived printer printed, by its input (`build --watch`), or what the browser
 * the warm process keeps printed for any command (chromium.ts, `keepBrowser`). Chromium prints the
 * same document the same way: a page's HTML (its images inline, its fonts the package's)
 * and the metadata written into it make the PDF, byte for byte (test/cli/build-watch.test.ts
 * compares a rebuild's PDFs with a cold build's). So a rebuild whose English text did not
 * change, after an edit of the Spanish, gets the English PDF it got before without
 * printing it. The newest entries are kept, up to a size.
 */
import { createHash } from 'node:crypto';

/**
 * About 1,000 one-page letters' PDFs (55 kB each), or a few large ones: a session's
 * rebuilds, not a history. A build of more than that asks for its copies in the order
 * the last one did, so each new print pushes out the next one wanted: it gets little
 * from what is kept.
 */
const MAX_BYTES = 64 * 1024 * 1024;

export interface PrintMemoStats {
  /** PDFs kept. */
  kept: number;
  /** Their size in bytes. */
  bytes: number;
  /** Prints answered from what was kept. */
  reused: number;
}

/** `T`: a print's result (printer.ts's PrintResult), its PDF weighed against the size kept. */
export class PrintMemo<T extends { pdf: Uint8Array }> {
  private readonly printed = new Map<string, T>();
  private bytes = 0;
  private found = 0;

  /** What makes the PDF: the page, its paper, its metadata (not the time allowed to print it). */
  static key(document: { html: string; paper: string; metadata: object }): string {
    return createHash('sha256').update(document.html).update('\0').update(JSON.stringify([document.paper, document.metadata])).digest('hex');
  }

  get(key: string): T | undefined {
    const found = this.printed.get(key);
    if (found) {
      // Used again: the newest now.
      this.printed.delete(key);
      this.printed.set(key, found);
      this.found++;
    }
    return found;
  }

  /** What is kept, and how many prints it has saved so far (`coalition daemon status`). */
  get stats(): PrintMemoStats {
    return { kept: this.printed.size, bytes: this.bytes, reused: this.found };
  }

  set(key: string, result: T): void {
    // Printed twice at once (two copies alike), or too large to keep: kept once, or not at all.
    if (this.printed.has(key) || result.pdf.length > MAX_BYTES) return;
    this.printed.set(key, result);
    this.bytes += result.pdf.length;
    for (const [oldest, kept] of this.printed) {
      if (this.bytes <= MAX_BYTES) break;
      this.printed.delete(oldest);
      this.bytes -= kept.pdf.length;
    }
  }
}
