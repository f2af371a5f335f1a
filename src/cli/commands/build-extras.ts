/**
 * The parts of `coalition build` that look past the build itself: `--release vN`
 * (a released version made again from its snapshot) and the one line that says a
 * built letter is not ready to send (`--strict`: exit 1).
 */
import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../../errors.js';
import type { CheckResult } from '../../check/check-workspace.js';
import type { BuildOptions, BuildResult } from '../../pipeline/build-letters.js';
import type { OutputFormat } from '../../pipeline/output-formats.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';

export interface ReleaseBuildFlags {
  release?: string;
  lang?: string[];
  format: OutputFormat[];
  out?: string;
  chromePath?: string;
  timeout: number;
}

/**
 * The options of `build` that cannot change what a document says or looks like: where
 * it goes, which of the released formats and languages, and how the browser prints.
 */
const UNCHANGING = new Set(['release', 'out', 'format', 'lang', 'chromePath', 'timeout']);

/** `build <letter> --release vN`: into out/ (or --out), compared with the released bytes. */
export async function buildFromRelease(ctx: CommandContext, root: string, letters: string[], flags: ReleaseBuildFlags, command: Command): Promise<void> {
  const out = ctx.output();
  if (letters.length !== 1) {
    throw new CoalitionError(`--release ${flags.release} makes one letter's released version again: name that letter`, {
      code: 'release-one-letter', exitCode: ExitCode.usage, hint: `coalition build <letter> --release ${flags.release}`,
    });
  }
  // Every option given that could change a document, whatever options `build` has or will have.
  const extra = command.options
    .filter((option) => !UNCHANGING.has(option.attributeName()) && command.getOptionValueSource(option.attributeName()) === 'cli')
    .map((option) => option.long!);
  if (extra.length) {
    throw new CoalitionError(`--release makes the documents as they were released; ${extra.join(', ')} cannot apply to them`, {
      code: 'conflicting-options', exitCode: ExitCode.usage,
      hint: `Leave out ${extra.join(', ')}: with --release only --out, --format, --lang (some of the released languages), --chrome-path and --timeout apply.`,
    });
  }
  const { resolveLetterArg } = await import('../../workspace/workspace.js');
  const { parseVersion } = await import('../../release/release-store.js');
  const { rebuildRelease } = await import('../../release/rebuild-release.js');
  const version = parseVersion(flags.release!);
  const result = await rebuildRelease({
    root,
    letter: await resolveLetterArg(root, letters[0]!, ctx.io.cwd),
    version,
    ...(command.getOptionValueSource('format') === 'cli' ? { formats: flags.format } : {}),
    ...(flags.lang ? { langs: flags.lang } : {}),
    outDir: flags.out ? resolve(ctx.io.cwd, flags.out) : resolve(root, 'out'),
    chromePath: flags.chromePath,
    timeout: flags.timeout * 1000,
    onProgress: (printed, total) => out.progress(`printing PDFs ${printed}/${total}`),
  });
  out.endProgress();
  for (const file of result.outputs) {
    const same = file.identical === undefined ? '' : file.identical ? '  identical to the release' : '  DIFFERS from the release';
    out.out(`${relative(ctx.io.cwd, file.path) || file.path}${same}`);
  }
  if (result.skipped.length) out.warn(`${result.shown} also holds ${result.skipped.join(', ')}, which this version of coalition cannot write`);
  const differ = result.outputs.filter((f) => f.identical === false).length;
  if (!differ) {
    out.info(`${out.color.green('rebuilt')} ${result.shown} from its snapshot: ${result.outputs.length} file${result.outputs.length === 1 ? '' : 's'}${result.outputs.some((f) => f.identical) ? ', byte for byte as released' : ''}`);
  } else if (result.tool.released !== result.tool.now) {
    out.warn(`${differ} file${differ === 1 ? '' : 's'} differ from ${result.shown}: it was made by coalition ${result.tool.released}, this is ${result.tool.now}; the released files stay the record`);
  } else {
    out.warn(`${differ} file${differ === 1 ? '' : 's'} differ from ${result.shown} although the tool's version is the same: images are read from the workspace as they are today, and may have changed`);
  }
}

/**
 * `check` on the letters a build is about to make, with what the build read
 * (`onRendered`), to run while it prints (the PDFs keep the browser busy, not this
 * process). Every rule but `templates`, which renders each letter again: the build
 * rendered them itself, and fails on a template error. With `strict` (`build --strict`),
 * judged as `release` judges (`check --strict`).
 */
export function readinessCheck(root: string, strict = false): { onRendered: NonNullable<BuildOptions['onRendered']>; result(): Promise<CheckResult | undefined> } {
  let started: Promise<CheckResult | undefined> | undefined;
  const onRendered: NonNullable<BuildOptions['onRendered']> = (workspace, prepared) => {
    started = (async () => {
      const { checkWorkspace } = await import('../../check/check-workspace.js');
      const { RULES } = await import('../../check/rules/index.js');
      return checkWorkspace({ root, workspace, prepared, strict, rules: RULES.filter((rule) => rule.name !== 'templates') });
    })()
      // A build that stops early (wrong usage) never asks for the result; whatever broke is the build's to say.
      .catch(() => undefined);
  };
  // A build that stopped before reading its letters has no letter to call ready or not.
  return { onRendered, result: () => started ?? Promise.resolve(undefined) };
}

/**
 * After a build: one line per built letter that `check` finds errors in. With
 * `strict`, such a letter makes the build exit 1.
 */
export async function reportReadiness(ctx: CommandContext, out: Output, result: BuildResult, strict: boolean, readiness: Promise<CheckResult | undefined>): Promise<void> {
  const check = await readiness;
  const built = result.letters.filter((l) => !l.error && l.outputs.length);
  if (!check || !built.length) return;
  const letterFiles = new Set(check.letters);
  let unready = 0;
  for (const letter of built) {
    // A copy addressed to someone no longer in office may reach no one: said at build, not only by `check`.
    for (const d of check.diagnostics) if (d.code === 'stale-official' && d.file === letter.file) out.diagnostic(d);
    // A letter's own errors, and those of the files every letter uses (registry, templates).
    const errors = check.diagnostics.filter((d) => d.severity === 'error' && (d.file === letter.file || !letterFiles.has(d.file))).length;
    if (!errors) continue;
    unready++;
    out.warn(`${letter.file}: ${errors} problem${errors === 1 ? '' : 's'} — run coalition check${strict ? ' --strict' : ''}: this letter is not ready to send`);
  }
  if (strict && unready && result.exitCode === ExitCode.ok) ctx.setExitCode(ExitCode.input);
}
