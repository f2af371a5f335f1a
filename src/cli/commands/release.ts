/**
 * `coalition release <letter>` (freeze what is sent), `release --verify <letter> [vN]`
 * (is it still what was sent?) and `coalition releases <letter>` (the versions).
 */
import { Option, type Command } from 'commander';
import { relative } from 'node:path';
import { ExitCode, isCoalitionError } from '../../errors.js';
import { DEFAULT_RELEASE_FORMATS, OUTPUT_FORMATS, type OutputFormat } from '../../pipeline/output-formats.js';
import type { CommandContext } from '../context.js';
import { formatBytes } from '../format-bytes.js';
import { formatTable } from './org-view.js';
import type { Output } from '../output.js';
import { workspaceRoot } from '../workspace-arg.js';
import { commaList, positiveNumber } from './parsers.js';
import { calendarDate } from './sign.js';

interface ReleaseFlags {
  format?: OutputFormat[];
  for?: string;
  verify: boolean;
  updated?: string | true;
  acceptOutdated: boolean;
  chromePath?: string;
  timeout: number;
  today?: string;
}

/** regulations.gov's comment box, the tightest common limit on a pasted letter. */
const COMMENT_BOX = 5000;

export function registerRelease(program: Command, ctx: CommandContext): void {
  program
    .command('release')
    .description('freeze a letter as sent: every language and format, its plain text, its signatory list and a manifest, in releases/<date>-<slug>/v<N>/')
    .argument('<letter>', 'the letter, by path or slug')
    .argument('[version]', 'with --verify: the version to verify (default: every version)')
    .option('-f, --format <formats>', `formats to release (default: ${DEFAULT_RELEASE_FORMATS.join(', ')})`, commaList([...OUTPUT_FORMATS]))
    .option('--for <profile>', 'the formats a submission profile asks for')
    .option('--verify', 'hash every released file again and name any that differs (exit 1)', false)
    .option('--updated [date]', 'print "Signatory list updated <date>" under the list (signing.updated; default today)', calendarDate)
    .option('--accept-outdated', 'release although some confirmed signers saw an earlier text (else refused; `coalition confirm <letter> --outdated` once they agree)', false)
    .option('--chrome-path <path>', 'the Chrome/Chromium to print with (also PUPPETEER_EXECUTABLE_PATH, CHROME_PATH)')
    .option('--timeout <seconds>', 'give up printing one document after this long (exit 4)', positiveNumber, 60)
    .addOption(new Option('--today <date>', 'judge dates as if today were this YYYY-MM-DD').hideHelp())
    .addHelpText('after', '\nRefused while `coalition check` finds errors, while confirmed signers saw an earlier text (unless --accept-outdated), or when nothing changed since the last version.\n\nExamples:\n  coalition release us-mexico\n  coalition release us-mexico --format pdf --updated\n  coalition release --verify us-mexico v1')
    .action(async (letterArg: string, versionArg: string | undefined, flags: ReleaseFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { resolveLetterArg } = await import('../../workspace/workspace.js');
      const { parseVersion } = await import('../../release/release-store.js');
      const { CoalitionError } = await import('../../errors.js');
      const letter = await resolveLetterArg(root, letterArg, ctx.io.cwd);
      if (flags.verify) return verify(ctx, out, root, letter, versionArg === undefined ? undefined : parseVersion(versionArg));
      if (versionArg !== undefined) {
        throw new CoalitionError(`a version (${versionArg}) is named only with --verify: a release always makes the next version`, {
          code: 'unexpected-version', exitCode: ExitCode.usage, hint: `coalition release --verify ${letterArg} ${versionArg}`,
        });
      }
      if (flags.for && flags.format) {
        throw new CoalitionError('--for and --format both choose the formats: give one of them', { code: 'conflicting-options', exitCode: ExitCode.usage });
      }
      const { profileFormats } = await import('../../release/profile-formats.js');
      const formats = flags.for ? await profileFormats(root, flags.for) : flags.format ?? [...DEFAULT_RELEASE_FORMATS];
      const { releaseLetter } = await import('../../release/make-release.js');
      const { localToday } = await import('../../i18n/intl.js');
      let result;
      try {
        result = await releaseLetter({
          root, letter, formats,
          ...(flags.updated ? { updated: flags.updated === true ? localToday() : flags.updated } : {}),
          acceptOutdated: flags.acceptOutdated, letterArg,
          chromePath: flags.chromePath, timeout: flags.timeout * 1000, today: flags.today,
          onProgress: (printed, total) => out.progress(`printing PDFs ${printed}/${total}`),
        });
      } catch (error) {
        out.endProgress();
        if (!isCoalitionError(error) || error.code !== 'release-refused') throw error;
        out.error(error);
        out.info(`${out.color.red('✗')} ${error.message}`);
        if (error.hint) out.info(`  ${out.color.dim('hint:')} ${error.hint}`);
        ctx.setExitCode(error.exitCode);
        return;
      }
      out.endProgress();
      for (const d of result.warnings) out.diagnostic(d);
      const shownDir = relative(ctx.io.cwd, result.dir) || result.dir;
      const width = Math.max(...result.files.map((f) => f.name.length));
      for (const f of result.files) {
        const size = f.characters === undefined
          ? formatBytes(f.bytes)
          : `${f.characters.toLocaleString('en-US')} characters${f.characters > COMMENT_BOX ? ` (over the ${COMMENT_BOX.toLocaleString('en-US')} a regulations.gov comment box takes)` : ''}`;
        out.out(`${`${shownDir}/${f.name}`.padEnd(shownDir.length + 1 + width)}  ${size}`);
      }
      const total = result.files.reduce((sum, f) => sum + f.bytes, 0);
      out.info(`${out.color.green('released')} v${result.version} of ${result.file}: ${result.signers} signator${result.signers === 1 ? 'y' : 'ies'}, ${result.files.length} files, ${formatBytes(total)} in ${result.shown}/`);
      if (result.changes) {
        const { changeLines } = await import('../../release/changes.js');
        const lines = changeLines(result.changes);
        out.info(`since v${result.changes.since} (${result.changes.sinceDate}):${lines.length ? '' : ' the documents differ, no signer or text changed'}`);
        for (const line of lines) out.info(`  ${line}`);
      }
      if (result.offerUpdated) {
        out.info(`${out.color.dim('hint:')} the signatories changed since v${result.changes!.since}; \`signing.updated: ${result.offerUpdated.date}\` prints "${result.offerUpdated.line}" under the list (\`coalition release ${letterArg} --updated\` sets it and releases)`);
      }
      out.info(`${out.color.dim('hint:')} commit ${result.shown}/ with the workspace: it is the record of what was sent`);
    });

  program
    .command('releases')
    .description('list a letter\'s released versions: date, signatories, files')
    .argument('<letter>', 'the letter, by path or slug')
    .option('--json', 'as JSON', false)
    .action(async (letterArg: string, flags: { json: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { resolveLetterArg, displayPath } = await import('../../workspace/workspace.js');
      const { loadLetter } = await import('../../workspace/read-letter.js');
      const { releaseSeries, readVersion } = await import('../../release/release-store.js');
      const { releasedOn } = await import('../../release/manifest.js');
      const letter = await resolveLetterArg(root, letterArg, ctx.io.cwd);
      const series = await releaseSeries(root, await loadLetter(letter, displayPath(root, letter)));
      const rows = [];
      for (const n of series.versions) {
        const { manifest, shown } = await readVersion(series, n);
        const files = Object.values(manifest.files);
        rows.push({
          version: `v${n}`, released: releasedOn(manifest), released_at: manifest.released_at, signers: manifest.signers,
          files: files.length + 1, bytes: files.reduce((s, f) => s + f.bytes, 0), formats: manifest.formats,
          folder: shown, recorded: series.records.some((r) => r.version === n), tool: manifest.tool.version,
        });
      }
      if (flags.json) {
        out.out(JSON.stringify(rows, null, 2));
        return;
      }
      if (!rows.length) {
        out.info(`${displayPath(root, letter)} has no release yet: \`coalition release ${letterArg}\` makes v1`);
        return;
      }
      const table = formatTable(['version', 'released', 'signers', 'files', 'size', 'formats'], rows.map((r) => [
        r.version, r.released, String(r.signers), String(r.files), formatBytes(r.bytes), `${r.formats.join(', ')}${r.recorded ? '' : ' (not recorded in the letter)'}`,
      ]));
      for (const line of table) out.out(line);
      out.info(`in ${series.shown}/`);
    });
}

async function verify(ctx: CommandContext, out: Output, root: string, letter: string, version: number | undefined): Promise<void> {
  const { verifyReleases } = await import('../../release/verify-release.js');
  const result = await verifyReleases(root, letter, version);
  let failed = false;
  for (const v of result.versions) {
    if (!v.problems.length) {
      out.out(`${v.shown}: ${v.checked} files as released${v.recorded ? '' : ' (this version is not recorded in the letter\'s releases:)'}`);
      continue;
    }
    failed = true;
    for (const p of v.problems) out.out(`${v.shown}/${p.file}: ${p.problem} — ${p.detail}`);
  }
  if (failed) {
    out.info(`${out.color.red('✗')} ${result.file}: a released file differs from what was released`);
    out.info(`  ${out.color.dim('hint:')} restore the version folder from version control; \`coalition build ${result.file} --release vN --out <dir>\` makes its documents again`);
    ctx.setExitCode(ExitCode.input);
  } else {
    out.info(`${out.color.green('✓')} ${result.file}: ${result.versions.length} version${result.versions.length === 1 ? '' : 's'} verified`);
  }
}
