/**
 * A vitest reporter that ends every run with its slowest test files, so that the next
 * slowdown is seen by whoever adds it (the suite's budget: about 4 minutes for
 * `npm test` on a 2-core machine; docs/performance.md, "The test suite"). A file's time
 * is its import plus its tests and hooks, as one worker spent it; the files run two at
 * a time, so the run's wall time is about half their sum.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** How many files are named. */
const SHOWN = 10;

export default class SlowestFiles implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules
      .map((module) => {
        const d = module.diagnostic();
        return { file: relative(process.cwd(), module.moduleId), ms: d.collectDuration + d.duration };
      })
      .sort((a, b) => b.ms - a.ms);
    if (rows.length < 2) return;
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const lines = rows.slice(0, SHOWN).map((row) => `${seconds(row.ms)}  ${row.file}`);
    const log = (text: string) => (this.vitest ? this.vitest.logger.log(text) : console.log(text));
    log(`\n Slowest test files (import, tests and hooks; ${rows.length} files, ${seconds(total).trim()} in all):\n${lines.join('\n')}\n`);
  }
}
