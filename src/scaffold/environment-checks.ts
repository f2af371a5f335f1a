/**
 * `coalition doctor`: what this machine has of what coalition needs, each finding with
 * the fix. Nothing is installed, launched for long or written: the browser and
 * LibreOffice are asked their `--version`, folders are asked whether they may be written.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { asCoalitionError, ExitCode } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { BROWSER_ENDPOINT_VARIABLE, ENDPOINT_HINT, endpointProblem } from '../pdf/browser-endpoint.js';
import { findBrowser, NO_BROWSER_HINT, puppeteerPlaces } from '../pdf/find-browser.js';
import { bundledFamilies, FONT_FAMILY, servedFonts } from '../render/fonts.js';
import { findWorkspace, LETTERS_DIR } from '../workspace/workspace.js';

/** `ok`: found and usable; `problem`: needed and missing or broken; `optional`: missing, and only some uses need it. */
export type FindingStatus = 'ok' | 'problem' | 'optional';

export interface Finding {
  /** What was looked for: `Node.js`, `browser`, `font`, `LibreOffice`, `workspace`. */
  name: string;
  status: FindingStatus;
  /** What was found (or that nothing was). */
  found: string;
  /** What to do about it; absent when nothing needs doing. */
  fix?: string;
  /** For a problem: the exit status a command needing it would end with. */
  exitCode?: ExitCode;
}

export interface EnvironmentOptions {
  /** Where the command runs: the workspace is looked for from here. */
  cwd: string;
  /** `-C`: the workspace named explicitly. */
  dir?: string;
  /** `--chrome-path`: the browser to look at instead of searching. */
  chromePath?: string;
  env: NodeJS.ProcessEnv;
}

export interface Environment {
  version: string;
  packageRoot: string;
  findings: Finding[];
}

const MIN_NODE = 20;
/** `--version` answers in well under a second; a program that hangs is reported, not waited for. */
const VERSION_TIMEOUT_MS = 15_000;

export async function checkEnvironment(options: EnvironmentOptions, version: string): Promise<Environment> {
  const findings = await Promise.all([
    nodeFinding(),
    browserFinding(options),
    fontFinding(),
    libreOfficeFinding(options.env),
    workspaceFinding(options),
  ]);
  return { version, packageRoot: PACKAGE_ROOT, findings };
}

function nodeFinding(): Finding {
  const major = Number(process.versions.node.split('.')[0]);
  const found = `${process.versions.node} at ${process.execPath}`;
  if (major >= MIN_NODE) return { name: 'Node.js', status: 'ok', found };
  return {
    name: 'Node.js', status: 'problem', found, exitCode: ExitCode.input,
    fix: `coalition needs Node.js ${MIN_NODE} or newer: https://nodejs.org (Debian/Ubuntu: NodeSource's nodejs package; macOS: \`brew install node\`).`,
  };
}

async function browserFinding(options: EnvironmentOptions): Promise<Finding> {
  const endpoint = options.env[BROWSER_ENDPOINT_VARIABLE];
  if (endpoint && !options.chromePath) return sharedBrowserFinding(endpoint);
  let choice;
  try {
    const puppeteer = (await import('puppeteer')).default;
    choice = findBrowser(options.chromePath, options.env, puppeteerPlaces(puppeteer));
  } catch (error) {
    const failure = asCoalitionError(error);
    return { name: 'browser', status: 'problem', found: failure.message, fix: failure.hint ?? NO_BROWSER_HINT, exitCode: ExitCode.noBrowser };
  }
  const where = `${choice.path} (${choice.source})`;
  try {
    const version = (await programVersion(choice.path, options.env)) || 'no version given';
    return { name: 'browser', status: 'ok', found: `${version} at ${where}` };
  } catch (error) {
    return {
      name: 'browser', status: 'problem', found: `${where}, which did not answer \`--version\`: ${firstLine(error)}`, exitCode: ExitCode.browser,
      fix: `Check that \`${choice.path} --version\` runs, or name another browser with --chrome-path or PUPPETEER_EXECUTABLE_PATH.`,
    };
  }
}

/** A running browser that commands print in (chromium.ts): reached and asked its version, then left as it was. */
async function sharedBrowserFinding(endpoint: string): Promise<Finding> {
  const where = `${endpoint} (${BROWSER_ENDPOINT_VARIABLE})`;
  const problem = (reason: string): Finding => ({
    name: 'browser', status: 'problem', found: `${where}, which cannot be used: ${reason}`, exitCode: ExitCode.browser,
    fix: ENDPOINT_HINT,
  });
  const reason = await endpointProblem(endpoint);
  if (reason) return problem(reason);
  const puppeteer = (await import('puppeteer')).default;
  let browser: Awaited<ReturnType<typeof puppeteer.connect>> | undefined;
  try {
    browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: 10_000 });
    return { name: 'browser', status: 'ok', found: `${await browser.version()}, running at ${where}` };
  } catch (error) {
    return problem(firstLine(error));
  } finally {
    await browser?.disconnect().catch(() => undefined);
  }
}

function fontFinding(): Finding {
  try {
    const files = servedFonts().size;
    return {
      name: 'font', status: 'ok',
      found: `${bundledFamilies().join(', ')}, bundled with coalition (${files} files); letters use no system font, so fontconfig and installed fonts do not matter`,
    };
  } catch (error) {
    return {
      name: 'font', status: 'problem', found: `the bundled ${FONT_FAMILY} could not be read: ${firstLine(error)}`, exitCode: ExitCode.internal,
      fix: 'The fonts come with coalition (@fontsource/source-serif-4, noto-serif-sc, noto-serif-tc, noto-naskh-arabic): install coalition again (see the README, "Install").',
    };
  }
}

const NOT_WRITABLE: Record<string, string> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

const LIBREOFFICE_APP = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

async function libreOfficeFinding(env: NodeJS.ProcessEnv): Promise<Finding> {
  const path = onPath(['soffice', 'libreoffice'], env) ?? (existsSync(LIBREOFFICE_APP) ? LIBREOFFICE_APP : undefined);
  const use = 'Word letters (--format docx) are written without it; it is only needed to turn them into PDF yourself or to run coalition\'s own tests';
  if (!path) {
    return {
      name: 'LibreOffice', status: 'optional', found: 'not found',
      fix: `Optional. ${use}. Debian/Ubuntu: \`sudo apt-get install libreoffice-writer-nogui\`; macOS: \`brew install --cask libreoffice\`.`,
    };
  }
  try {
    return { name: 'LibreOffice', status: 'ok', found: `${(await programVersion(path, env)) || 'no version given'} at ${path} (optional: ${use})` };
  } catch (error) {
    return { name: 'LibreOffice', status: 'optional', found: `${path}, which did not answer \`--version\`: ${firstLine(error)}`, fix: `Optional. ${use}.` };
  }
}

async function workspaceFinding(options: EnvironmentOptions): Promise<Finding> {
  let root: string;
  try {
    root = options.dir ? findWorkspace(options.dir, true) : findWorkspace(options.cwd);
  } catch {
    return {
      name: 'workspace', status: 'optional', found: `none in ${options.dir ?? options.cwd} or any folder above it`,
      fix: 'Make one with `coalition init <folder>` (or `coalition init --example <folder>` for a complete example), then run commands inside it.',
    };
  }
  // A build creates out/ in the workspace, and edits replace files in it and in letters/.
  const folders = [root, join(root, LETTERS_DIR), join(root, 'out')].filter((dir) => dir === root || existsSync(dir));
  for (const dir of folders) {
    try {
      await access(dir, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return {
        name: 'workspace', status: 'problem', exitCode: ExitCode.write,
        found: `${dir} is not writable (${NOT_WRITABLE[code] ?? (code || firstLine(error))})`,
        fix: code === 'EROFS'
          ? 'Copy the workspace to a writable disk; `coalition build --out <dir>` writes the output elsewhere, but edits need the workspace writable.'
          : `Make it writable (\`chmod -R u+w ${root}\`) or work on a writable copy; \`coalition build --out <dir>\` writes the output elsewhere.`,
      };
    }
  }
  return { name: 'workspace', status: 'ok', found: `${root}: writable (${folders.map((dir) => (dir === root ? 'signatories.yaml' : `${dir.slice(root.length + 1)}/`)).join(', ')})` };
}

/** The first line a program prints for `--version`. */
function programVersion(path: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(path, ['--version'], { timeout: VERSION_TIMEOUT_MS, env, encoding: 'utf8' }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout.split('\n').map((line) => line.trim()).find(Boolean) ?? '');
    });
  });
}

/** The first of `names` found as an executable file on PATH. */
function onPath(names: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

function firstLine(error: unknown): string {
  const e = error as { killed?: boolean; message?: string };
  if (e.killed) return `no answer within ${VERSION_TIMEOUT_MS / 1000} s`;
  return String(e.message ?? error).split('\n')[0]!.trim();
}
