/**
 * `coalition publish <letter> [vN] --out <dir> [--base-url <url>]`: a static site of a
 * released version (src/publish/).
 */
import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { workspaceRoot } from '../workspace-arg.js';
import { positiveNumber } from './parsers.js';
import { formatBytes } from '../format-bytes.js';

interface PublishFlags {
  out: string;
  baseUrl?: string;
  chromePath?: string;
  timeout: number;
}

export function registerPublish(program: Command, ctx: CommandContext): void {
  program
    .command('publish')
    .description('make a static site of a released letter: a page per language, downloads with their SHA-256, a share image, in --out <dir>')
    .argument('<letter>', 'the letter, by path or slug')
    .argument('[version]', 'the released version to publish (default: the latest)')
    .requiredOption('-o, --out <dir>', 'the site\'s folder, replaced whole (new, empty, or made by an earlier publish)')
    .option('--base-url <url>', 'the address the folder is served at: absolute links for link previews (og:url, og:image) and the canonical link')
    .option('--chrome-path <path>', 'the Chrome/Chromium that captures the share image (also PUPPETEER_EXECUTABLE_PATH, CHROME_PATH)')
    .option('--timeout <seconds>', 'give up capturing the share image after this long (exit 4)', positiveNumber, 60)
    .addHelpText('after', '\nExamples:\n  coalition publish us-mexico --out site\n  coalition publish us-mexico v1 --out site --base-url https://example.org/letters/us-mexico')
    .action(async (letterArg: string, versionArg: string | undefined, flags: PublishFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { resolveLetterArg } = await import('../../workspace/workspace.js');
      const { parseVersion } = await import('../../release/release-store.js');
      const { parseBaseUrl } = await import('../../publish/site-meta.js');
      const version = versionArg === undefined ? undefined : parseVersion(versionArg);
      const baseUrl = flags.baseUrl === undefined ? undefined : parseBaseUrl(flags.baseUrl);
      const letter = await resolveLetterArg(root, letterArg, ctx.io.cwd);
      const { publishSite } = await import('../../publish/publish-site.js');
      out.progress('publishing…');
      let result;
      try {
        result = await publishSite({
          root, letter, outDir: resolve(ctx.io.cwd, flags.out), chromePath: flags.chromePath, timeout: flags.timeout * 1000,
          ...(version === undefined ? {} : { version }), ...(baseUrl ? { baseUrl } : {}),
        });
      } finally {
        out.endProgress();
      }
      const shownDir = relative(ctx.io.cwd, result.dir) || '.';
      const width = Math.max(...result.files.map((f) => f.name.length));
      for (const f of result.files) out.out(`${`${shownDir}/${f.name}`.padEnd(shownDir.length + 1 + width)}  ${formatBytes(f.bytes)}`);
      for (const d of result.warnings) out.diagnostic(d);
      const total = result.files.reduce((sum, f) => sum + f.bytes, 0);
      out.info(`${out.color.green('published')} v${result.version} of ${result.file} (${result.release}): ${result.langs.join(', ')}, ${result.signers} signator${result.signers === 1 ? 'y' : 'ies'}, ${result.files.length} files, ${formatBytes(total)} in ${shownDir}/`);
      out.info(`${out.color.dim('open:')} ${shownDir}/index.html`);
    });
}
