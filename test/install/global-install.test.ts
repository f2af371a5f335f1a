/**
 * The README's "Install": the packed tarball installed globally into a temporary
 * prefix as on a fresh machine, with an empty npm cache and no network (npm's
 * --offline: the package carries everything it runs, bundled into dist/, so nothing
 * is fetched) and no Chrome download (the system Chromium prints), then the installed
 * `coalition` used from a folder outside the repository as a newcomer would: --help,
 * doctor, init, new, build to PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pdfText, REPO } from '../helpers.js';

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'coalition-install-'));
const prefix = join(tmp, 'prefix');
const puppeteerCache = join(tmp, 'puppeteer-cache');
/** npm's cache on a machine that never ran npm: empty. */
const npmCache = join(tmp, 'npm-cache');
const installed = join(prefix, 'lib', 'node_modules', 'coalition-letters');
const home = join(tmp, 'elsewhere');
/** The environment of a user who never heard of puppeteer's settings, nor of coalition's shared browser. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(PUPPETEER_|CHROME_PATH$|COALITION_|npm_)/i.test(key)));
let install: { code: number; output: string };

async function settle(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: options.cwd, env: options.env ?? env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const coalition = (args: string[], cwd = home) =>
  settle(join(prefix, 'bin', 'coalition'), args, { cwd, env: { ...env, NO_COLOR: '1', PATH: `${join(prefix, 'bin')}:${env.PATH}` } });

beforeAll(async () => {
  mkdirSync(home);
  // The bundle is built (`npm test` builds first); packing must not rebuild it under other tests' feet.
  const pack = await settle('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], { cwd: REPO });
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = readdirSync(tmp).find((name) => /^coalition-letters-.*\.tgz$/.test(name))!;
  const result = await settle('npm', ['install', '--global', join(tmp, tarball), '--prefix', prefix, '--offline', '--no-audit', '--no-fund'], {
    cwd: home, env: { ...env, PUPPETEER_CACHE_DIR: puppeteerCache, npm_config_cache: npmCache },
  });
  install = { code: result.code, output: result.stdout + result.stderr };
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a global install from the packed tarball, offline, with an empty npm cache', () => {
  it('installs with nothing from the registry and without downloading a browser', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {}), 'the bundle carries every library (rolldown.config.mjs): list them under devDependencies').toEqual([]);
    expect(install.code, install.output).toBe(0);
    expect(install.output).not.toMatch(/Failed to set up chrome|warn/i);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(puppeteerCache) ? readdirSync(puppeteerCache) : []).toEqual([]);
  });

  it('puts `coalition` on the prefix\'s PATH, and it runs outside the repository', async () => {
    const help = await coalition(['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('doctor');
    const doctor = await coalition(['doctor']);
    expect(doctor.code, doctor.stdout + doctor.stderr).toBe(0);
    expect(doctor.stdout).toContain(installed);
    expect(doctor.stdout).toMatch(/✓ browser\s+\S*(Chrom|Google)/);
  });

  it('makes a workspace and prints a letter to PDF with the system browser', async () => {
    expect((await coalition(['init', 'campaign'])).code).toBe(0);
    const ws = join(home, 'campaign');
    const created = await coalition(['new', 'first-letter', '--date', '2026-05-04', '--title', 'Our first letter', '--to', 'Ana Pérez'], ws);
    expect(created.code, created.stderr).toBe(0);
    const build = await coalition(['build'], ws);
    expect(build.code, build.stderr).toBe(0);
    const pdf = join(ws, 'out', '2026-05-04-first-letter.en.pdf');
    expect(pdfText(pdf)).toContain('Our first letter');
    // The font travels in the package (dist/vendor/), embedded in the PDF.
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toContain('SourceSerif4-Regular');
  });

  it('reads a country written as a name, from the name tables the package carries', async () => {
    const added = await coalition(['org', 'add', 'memorial', '--name', 'Memorial', '--country', 'Russian Federation'], join(home, 'campaign'));
    expect(added.code, added.stderr).toBe(0);
    expect(readFileSync(join(home, 'campaign', 'signatories.yaml'), 'utf8')).toMatch(/memorial:[\s\S]*country: RU/);
  });
});
