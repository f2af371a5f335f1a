/**
 * The error model as a user meets it: wrong usage is exit 2, no stack trace unless
 * --debug, every problem of a file in one run, a batch that keeps going past a broken
 * letter, inputs that are odd but fine (BOM, CRLF, huge names, a large registry), and
 * images and templates that try to leave the workspace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliInProcess, normalizeSpace, pdfText, tempWorkspace } from '../helpers.js';
import { letter, REGISTRY } from './corpus.js';

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function workspace(files: Record<string, string | Uint8Array>) {
  const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, ...files });
  cleanup = ws.cleanup;
  return ws.dir;
}

describe('wrong usage exits 2 with a message and no stack trace', () => {
  it.each([
    [['build', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['build', '--format', 'odt'], /odt is not one of html, pdf, docx/],
    [['build', '--for', 'no-such-channel'], /no submission profile "no-such-channel"/],
    [['build', '--timeout'], /argument missing/],
    [['-C', '/nonexistent/coalition', 'build'], /\/nonexistent\/coalition is not a coalition workspace/],
    [['build', 'no-such-letter'], /no letter named "no-such-letter"/],
  ])('%j', async (args, message) => {
    const dir = workspace({ 'letters/x.md': letter() });
    const result = await cliInProcess(args, dir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('outside any workspace, the real binary says how to make one (exit 2)', async () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const result = await cli(['build'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no coalition workspace here.*\n.*coalition init/);
  });
});

describe('--debug', () => {
  it('adds the stack trace of the underlying error; without it there is none', async () => {
    const dir = workspace({ 'letters/x.md': letter(), 'templates/letter.hbs': '<html>{{#if title}}<body></html>\n' });
    const plain = await cli(['build', '--format', 'html'], { cwd: dir });
    const debug = await cli(['--debug', 'build', '--format', 'html'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(debug.code).toBe(1);
    expect(plain.stderr).toMatch(/templates\/letter\.hbs/);
    expect(plain.stderr).not.toMatch(STACK);
    expect(debug.stderr).toMatch(STACK);
  });
});

describe('a bug in coalition is not bad input', () => {
  it('exits 70 (not 1), says it is a bug, and shows the stack trace only with --debug', async () => {
    const dir = workspace({ 'letters/x.md': letter() });
    const { run } = await import('../../src/cli/main.js');
    const attempt = async (...args: string[]) => {
      let err = '';
      const stderr = new PassThrough().on('data', (chunk) => (err += chunk));
      // A fault no workspace can cause: printing itself fails with a plain TypeError.
      const stdout = { write: () => { throw new TypeError('stdout is broken'); } } as unknown as NodeJS.WritableStream;
      const code = await run(['node', 'coalition', '-C', dir, ...args], { stdout, stderr, env: { NO_COLOR: '1' }, cwd: dir });
      return { code, stderr: err };
    };
    const plain = await attempt('org', 'list');
    expect(plain.code).toBe(70);
    expect(plain.stderr).toMatch(/^error internal error: stdout is broken\n {2}hint: This is a bug in coalition/);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await attempt('--debug', 'org', 'list');
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(STACK);
  });
});

describe('every problem at once', () => {
  it('reports each fault of a letter, at its own line, in one run', async () => {
    const dir = workspace({
      'letters/x.md': '---\ntitle: { en: T }\ndate: 2022-02-30\nlanguages: [en, es]\npaper: legal\nrecipient: X\nsignatories: [wola]\n---\n\n::: en\nText.\n:::\n',
    });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code).toBe(1);
    for (const expected of [/x\.md:3:1 .*date/, /x\.md:4:\d+ .*language "es" has no body/, /x\.md:5:1 .*paper/, /x\.md:6:1 .*recipient: unknown field/]) {
      expect(result.stderr).toMatch(expected);
    }
  });

  it('reports every bad entry of the registry in one run', async () => {
    const dir = workspace({
      'signatories.yaml': 'signatories:\n  a:\n    name: A\n    country: mx\n  b:\n    kind: robot\n    name: B\n  c:\n    country: US\n  Bad_ID:\n    name: D\n',
      'letters/x.md': letter(),
    });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code).toBe(1);
    for (const line of [':4:', ':6:', ':8:', ':10:']) expect(result.stderr).toContain(`signatories.yaml${line}`);
  });
});

describe('a batch keeps going', () => {
  it('builds the good letters, reports and skips the broken one, and exits 1', async () => {
    const dir = workspace({
      'letters/a-good.md': letter(),
      'letters/b-broken.md': letter('paper: legal\n'),
      'letters/c-good.md': letter('', 'Another letter.\n'),
    });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/letters\/b-broken\.md:5:1 error .*paper/);
    expect(result.stderr).toContain('letters/b-broken.md was not built');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2022-10-12-a-good.en.html', '2022-10-12-c-good.en.html']);
    expect(result.stdout.trim().split('\n')).toEqual(['out/2022-10-12-a-good.en.html', 'out/2022-10-12-c-good.en.html']);
  });
});

describe('odd but valid input builds', () => {
  it.each([
    ['a UTF-8 byte order mark', `\ufeff${letter()}`],
    ['CRLF line endings', letter('', 'Line one.\r\n\r\nLine two.\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')],
    ['old Mac CR line endings', letter('', 'Line one.\n\nLine two.\n').replace(/\n/g, '\r')],
    ['a 10,000-character title', letter('', 'Text.\n', `title: ${'Long '.repeat(2000)}\ndate: 2022-10-12\nsignatories: [wola]\n`)],
  ])('%s', async (_name, text) => {
    const dir = workspace({ 'letters/x.md': text });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', '2022-10-12-x.en.html'), 'utf8');
    expect(html).not.toContain('\ufeff');
    expect(html).not.toContain('\r');
  });

  it('a 10,000-character signatory name is printed whole, in HTML and PDF', async () => {
    const name = `Coalition ${'of many voices '.repeat(714)}`.trim();
    expect(name.length).toBeGreaterThanOrEqual(10_000);
    const dir = workspace({ 'signatories.yaml': `signatories:\n  long:\n    name: ${name}\n`, 'letters/x.md': letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories: [long]\n') });
    const result = await cli(['build', '--format', 'html,pdf'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', '2022-10-12-x.en.html'), 'utf8')).toContain(name);
    const text = normalizeSpace(pdfText(join(dir, 'out', '2022-10-12-x.en.pdf')));
    // Page breaks put the running footer inside the name now and then, so count words, not the exact string.
    expect(text).toContain('Coalition of many voices');
    expect((text.match(/voices/g) ?? []).length).toBeGreaterThanOrEqual(700);
  });

  // Its size alone (100,000 entries: what a build costs then) is the benchmark's g-build case.
  it('a registry of 5,000 signatories: entries anywhere in it are found, and an unknown id is named at its line', async () => {
    let registry = 'signatories:\n';
    for (let i = 0; i < 5_000; i++) registry += `  org-${i}:\n    name: Organization number ${i}\n    country: MX\n`;
    const dir = workspace({ 'signatories.yaml': registry, 'letters/x.md': letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories: [org-1, org-4999, org-2500]\n') });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', '2022-10-12-x.en.html'), 'utf8');
    for (const n of [1, 4999, 2500]) expect(html).toContain(`Organization number ${n}<`);

    writeFileSync(join(dir, 'letters', 'x.md'), letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories: [org-1, org-5000]\n'));
    const unknown = await cliInProcess(['build', '--format', 'html'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/letters\/x\.md:4:\d+ error .*"org-5000" is not in signatories\.yaml/);
  });
});

describe('paths cannot leave the workspace', () => {
  it('an image linking outside the workspace is refused; one inside is embedded', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
    const outside = tempWorkspace({ 'secret.png': Buffer.concat([png, Buffer.from('OUTSIDE-MARKER')]) });
    const dir = workspace({ 'letters/img/inside.png': png, 'letters/x.md': letter('', '![in](img/inside.png)\n\n![out](img/link.png)\n\n![abs](/etc/hostname.png)\n\n![up](../../secret.png)\n') });
    const done = cleanup;
    cleanup = () => { done?.(); outside.cleanup(); };
    symlinkSync(join(outside.dir, 'secret.png'), join(dir, 'letters', 'img', 'link.png'));
    mkdirSync(join(dir, 'letters', 'img', 'folder.png'));

    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/image "img\/link\.png" refused: it links to a file outside the workspace/);
    expect(result.stderr).toMatch(/image "\/etc\/hostname\.png" refused: absolute paths are not allowed/);
    expect(result.stderr).toMatch(/image "\.\.\/\.\.\/secret\.png" refused: it is outside the workspace/);
    const html = readFileSync(join(dir, 'out', '2022-10-12-x.en.html'), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    expect(html).not.toContain(Buffer.concat([png, Buffer.from('OUTSIDE-MARKER')]).toString('base64'));
  });

  it('an image that is a folder or a named pipe is refused without blocking the build', async () => {
    const dir = workspace({ 'letters/x.md': letter('', '![folder](folder.png) ![pipe](pipe.png)\n') });
    mkdirSync(join(dir, 'letters', 'folder.png'));
    execFileSync('mkfifo', [join(dir, 'letters', 'pipe.png')]);
    const result = await cli(['build', '--format', 'html'], { cwd: dir, timeout: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/image "folder\.png" is not a regular file/);
    expect(result.stderr).toMatch(/image "pipe\.png" is not a regular file/);
  });

  it('output names stay in the output folder whatever the letter is called', async () => {
    const dir = workspace({ 'letters/..md': letter(), 'letters/-- --.md': letter() });
    const result = await cliInProcess(['build', '--format', 'html'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['2022-10-12--- --.en.html', '2022-10-12-..en.html']);
    expect(existsSync(join(dir, '2022-10-12-.en.html'))).toBe(false);
  });
});
