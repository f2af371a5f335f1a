/**
 * The browser a build prints with: one per build, or one kept by `build --watch`
 * (BuildOptions.printer). Apart from build-letters.ts so that the CLI can start it
 * before loading the build's own modules (src/cli/commands/build.ts).
 */
import type { Printer } from '../pdf/printer.js';
import { servedFonts } from '../render/fonts.js';

/** `remember`: a printer kept for rebuilds (`build --watch`) does not print again what it printed already (pdf/print-memo.ts). */
export async function createPrinter(options: { chromePath?: string | undefined }, remember = false): Promise<Printer> {
  const { Printer } = await import('../pdf/printer.js');
  return new Printer({ chromePath: options.chromePath, files: servedFonts(), remember });
}
