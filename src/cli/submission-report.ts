/**
 * How `build --for` and `check --for` print a profile's findings: one line per rule
 * with its figure, marked ✓ (within), ✗ (over a limit), ! (cannot be met or measured
 * by coalition) or ☐ (for the sender to check by hand), the source of each rule by
 * key, then the sources themselves.
 */
import type { SubmissionReport } from '../check/submission-check.js';
import type { LoadedProfile } from '../workspace/submission-profiles.js';
import type { Output } from './output.js';

export function printSubmissionReport(out: Output, loaded: LoadedProfile, reports: readonly SubmissionReport[], print: (line: string) => void): void {
  const c = out.color;
  if (!reports.length) return;
  print(`${c.bold(loaded.id)}: ${loaded.profile.name}`);
  const keys = new Map(Object.entries(loaded.profile.sources).map(([key, source]) => [source.url, key]));
  for (const report of reports) {
    print(`  ${report.file}`);
    for (const f of report.findings) {
      const mark = f.status === 'ok' ? c.green('✓') : f.status === 'over' ? c.yellow('✗') : f.status === 'by-hand' ? '☐' : c.red('!');
      const text = f.status === 'by-hand' ? `by hand: ${f.message}` : f.status === 'unsupported' ? `cannot be met yet: ${f.message}` : f.message;
      print(`    ${mark} ${text} ${c.dim(`[${keys.get(f.source.url)}]`)}`);
    }
  }
  for (const [key, source] of Object.entries(loaded.profile.sources)) print(c.dim(`  [${key}] ${source.title}, ${source.url}`));
}
