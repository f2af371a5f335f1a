/**
 * The PDF side of one build: the shared browser session and pdf-lib (for metadata).
 * Both are started by `warmUp()` while the letters are still being rendered, so the
 * browser's start-up (about a second, in its own processes) overlaps the rendering
 * instead of following it. Imported lazily: an HTML-only build never loads this file.
 */
import { BrowserSession, type SessionOptions } from './browser-session.js';

type MetadataModule = typeof import('./metadata.js');

export class Printer {
  readonly session: BrowserSession;
  private metadata?: Promise<MetadataModule>;

  constructor(options: SessionOptions) {
    this.session = new BrowserSession(options);
  }

  /** Starts launching the browser and loading pdf-lib; errors surface on first use. */
  warmUp(): void {
    this.session.warmUp();
    this.loadMetadata().catch(() => undefined);
  }

  loadMetadata(): Promise<MetadataModule> {
    this.metadata ??= import('./metadata.js');
    return this.metadata;
  }

  /** Closes the browser if it was launched; safe to call more than once. */
  close(): Promise<void> {
    return this.session.close();
  }
}
