import { Option, type Command } from 'commander';
import { relative } from 'node:path';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../main.js';
import { workspaceRoot } from '../workspace-arg.js';
import { commaList, positiveNumber } from './parsers.js';
import { DEFAULT_BUILD_FORMATS, OUTPUT_FORMATS, type OutputFormat } from '../../pipeline/output-formats.js';

interface BuildFlags {
  lang?: string[];
  format: OutputFormat[];
  out?: string;
  draft: boolean;
  bilingual?: 'parallel' | 'sequential';
  chromePath?: string;
  timeout: number;
  release?: string;
  strict: boolean;
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('render letters to out/<date>-<slug>.<lang>.html and .pdf')
    .argument('[letter...]', 'letters to build, by path or slug (default: every letter)')
    .option('-l, --lang <langs>', 'only these languages, comma-separated (default: each letter\'s languages)', commaList())
    .option('-f, --format <formats>', `any of ${OUTPUT_FORMATS.join(', ')}, comma-separated`, commaList([...OUTPUT_FORMATS]), [...DEFAULT_BUILD_FORMATS])
    .option('-o, --out <dir>', 'output folder (default: <workspace>/out)')
    .option('--draft', 'also print pending signatories, marked, and mark every page DRAFT', false)
    .addOption(new Option('--bilingual <mode>', 'one combined two-language document, <date>-<slug>.<l1>-<l2>.<ext>: the languages side by side (parallel) or one after the other (sequential)').choices(['parallel', 'sequential']))
    .option('--chrome-path <path>', 'the Chrome/Chromium to print with (also PUPPETEER_EXECUTABLE_PATH, CHROME_PATH)')
    .option('--timeout <seconds>', 'give up printing one document after this long (exit 4)', positiveNumber, 60)
    .option('--release <version>', 'make a released version (v1, v2…) again from its snapshot and compare it with the released files')
    .option('--strict', 'exit 1 when a built letter is not ready to send (`coalition check` finds errors)', false)
    .addHelpText('after', '\nExamples:\n  coalition build\n  coalition build us-mexico --release v1 --out /tmp/v1\n  coalition build us-mexico --lang es --format pdf\n  coalition build --draft --out /tmp/drafts\n  coalition build us-mexico --bilingual parallel --lang en,es')
    .action(async (letters: string[], flags: BuildFlags, command: Command) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const extras = await import('./build-extras.js');
      if (flags.release) return extras.buildFromRelease(ctx, root, letters, flags, command);
      const { resolve } = await import('node:path');
      const { resolveLetterArg } = await import('../../workspace/workspace.js');
      const { buildLetters } = await import('../../pipeline/build-letters.js');
      const paths = letters.length ? await Promise.all(letters.map((l) => resolveLetterArg(root, l, ctx.io.cwd))) : undefined;
      const outDir = flags.out ? resolve(ctx.io.cwd, flags.out) : resolve(root, 'out');
      const readiness = extras.startReadiness(root, paths);
      const result = await buildLetters({
        root,
        letters: paths,
        langs: flags.lang,
        formats: flags.format,
        outDir,
        draft: flags.draft,
        bilingual: flags.bilingual,
        chromePath: flags.chromePath,
        timeout: flags.timeout * 1000,
        onProgress: (event) => {
          if (event.type === 'printed') out.progress(`printing PDFs ${event.done}/${event.total}`);
        },
      });
      out.endProgress();
      let built = 0;
      // One error can fail many letters (the browser stopped): say it once.
      const said = new Set<unknown>();
      for (const letter of result.letters) {
        for (const d of letter.diagnostics) out.diagnostic(d);
        if (letter.error) {
          if (!letter.error.diagnostics.length && !said.has(letter.error)) out.error(letter.error);
          said.add(letter.error);
          out.info(`${out.color.red('✗')} ${letter.file} was not built`);
          continue;
        }
        for (const file of letter.outputs) {
          built++;
          out.out(relative(ctx.io.cwd, file.path) || file.path);
        }
      }
      const failed = result.letters.filter((l) => l.error).length;
      if (result.letters.length === 0) out.info('no letters to build: add one with `coalition new <slug>`');
      else out.info(`${failed ? out.color.yellow('built') : out.color.green('built')} ${built} file${built === 1 ? '' : 's'} from ${result.letters.length - failed} letter${result.letters.length - failed === 1 ? '' : 's'}${failed ? `; ${failed} failed` : ''}`);
      ctx.setExitCode(result.exitCode ?? ExitCode.ok);
      await extras.reportReadiness(ctx, out, result, flags.strict, readiness);
    });
}
