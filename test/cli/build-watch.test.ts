/**
 * `coalition build --watch` through the real binary, on a copy of the sample: a change
 * to the letter rebuilds its files, byte for byte what a cold build writes; a change no
 * letter reads rebuilds nothing; a bad edit prints its error and the watch goes on;
 * Ctrl-C ends it. HTML only: the browser it keeps is the printer every PDF build uses.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli, sampleWorkspace, tempWorkspace } from '../helpers.js';
import { lettersConcerned } from '../../src/cli/commands/build-watch.js';

const ws = sampleWorkspace();
const coldDir = tempWorkspace();
const LETTER = join(ws.dir, 'letters', '2022-10-12-us-mexico-security-dialogue.md');
const HTML = ['en', 'es'].map((lang) => `out/2022-10-12-us-mexico-security-dialogue.${lang}.html`);
let child: ChildProcessWithoutNullStreams | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  ws.cleanup();
  coldDir.cleanup();
});

/** The watching process, its output so far, and a wait for a line of its standard error. */
function startWatch(format = 'html', dir = ws.dir) {
  const proc = spawn(process.execPath, [BIN, 'build', '--watch', '--format', format], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  const io = { stdout: '', stderr: '' };
  proc.stdout.on('data', (chunk: Buffer) => (io.stdout += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (io.stderr += chunk.toString()));
  /** Resolves once standard error holds `count` matches of `pattern` in all. */
  const waitFor = (pattern: RegExp, count = 1) => new Promise<void>((resolve, reject) => {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; stderr:\n${io.stderr}`)), 60_000);
    const poll = setInterval(() => {
      if ((io.stderr.match(global) ?? []).length >= count) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });
  return { proc, io, waitFor };
}

describe('build --watch', () => {
  it('rebuilds what a change concerns, as a cold build would, and keeps watching after an error', async () => {
    const watch = startWatch();
    child = watch.proc;
    await watch.waitFor(/watching \. for changes/);
    expect(watch.io.stdout.trim().split('\n')).toEqual(HTML);

    // A change to the letter: its two files again, the same bytes as a cold build of the changed letter.
    const original = readFileSync(LETTER, 'utf8');
    expect(original).toContain('Dear');
    writeFileSync(LETTER, original.replace('We hope that the', 'We trust that the'));
    await watch.waitFor(/^built 2 files from 1 letter$/m, 2);
    expect(watch.io.stderr).toMatch(/changed letters\/2022-10-12-us-mexico-security-dialogue\.md: building letters\/2022-10-12-us-mexico-security-dialogue\.md/);
    expect(watch.io.stdout.trim().split('\n')).toEqual([...HTML, ...HTML]);
    const watched = HTML.map((file) => readFileSync(join(ws.dir, file)));
    const cold = await cli(['build', '--format', 'html', '--out', coldDir.dir], { cwd: ws.dir });
    expect(cold.code).toBe(0);
    HTML.forEach((file, i) => expect(readFileSync(join(coldDir.dir, file.replace('out/', ''))).equals(watched[i]!)).toBe(true));
    expect(watched[0]!.toString()).toContain('We trust that the');

    // A file no letter reads (notes beside the letters, in the folder it watches): nothing is built.
    writeFileSync(join(ws.dir, 'letters', 'call-notes.txt'), 'Call notes\n');
    await watch.waitFor(/changed letters\/call-notes\.txt: no letter reads it, nothing to build/);
    expect(watch.io.stdout.trim().split('\n')).toHaveLength(4);

    // A bad edit: its error, no file, and the watch goes on; fixed, the letter is built again.
    writeFileSync(LETTER, original.replace(/^title:/m, 'title: [unclosed\ntitle:'));
    await watch.waitFor(/error yaml-syntax/);
    await watch.waitFor(/was not built/);
    writeFileSync(LETTER, original);
    await watch.waitFor(/^built 2 files from 1 letter$/m, 3);
    expect(watch.io.stdout.trim().split('\n')).toHaveLength(6);

    // Ctrl-C: it says so and ends, as every interrupted command does (status 130).
    const exit = new Promise<number | null>((resolve) => watch.proc.on('exit', (code) => resolve(code)));
    watch.proc.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(watch.io.stderr).toContain('watch stopped');
  }, 120_000);

  it('prints again only the PDFs whose page changed: an edit of the Spanish reprints the Spanish PDF alone, both as a cold build prints them', async () => {
    const pdfWs = sampleWorkspace();
    const letter = join(pdfWs.dir, 'letters', '2022-10-12-us-mexico-security-dialogue.md');
    const pdfs = ['en', 'es'].map((lang) => `out/2022-10-12-us-mexico-security-dialogue.${lang}.pdf`);
    const watch = startWatch('pdf', pdfWs.dir);
    try {
      await watch.waitFor(/watching \. for changes/);
      expect(watch.io.stdout.trim().split('\n')).toEqual(pdfs);
      expect(watch.io.stderr).not.toContain('not printed again');
      const original = readFileSync(letter, 'utf8');
      expect(original).toContain('Esperamos que el Diálogo');
      writeFileSync(letter, original.replace('Esperamos que el Diálogo', 'Confiamos en que el Diálogo'));
      await watch.waitFor(/^built 2 files from 1 letter$/m, 2);
      expect(watch.io.stdout.trim().split('\n')).toEqual([...pdfs, ...pdfs]);
      expect(watch.io.stderr).toMatch(/2022-10-12-us-mexico-security-dialogue\.en\.pdf unchanged, not printed again/);
      expect(watch.io.stderr).not.toMatch(/\.es\.pdf unchanged/);
      const cold = await cli(['build', '--format', 'pdf', '--out', 'cold'], { cwd: pdfWs.dir });
      expect(cold.code).toBe(0);
      for (const file of pdfs) expect(readFileSync(join(pdfWs.dir, file)).equals(readFileSync(join(pdfWs.dir, file.replace('out/', 'cold/')))), file).toBe(true);
    } finally {
      watch.proc.kill('SIGKILL');
      pdfWs.cleanup();
    }
  }, 120_000);

  it('refuses --strict and --for, which judge one build', async () => {
    const result = await cli(['build', '--watch', '--strict'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--watch cannot be used with --strict');
  });

  it('rebuilds a changed letter alone, every letter for a file letters read, none for a file none reads', () => {
    const root = '/ws';
    const a = join(root, 'letters', 'a.md');
    const b = join(root, 'letters', 'b.md');
    expect(lettersConcerned(root, ['letters/a.md'], undefined)).toEqual([a]);
    expect(lettersConcerned(root, ['letters/b.md', 'letters/a.md'], undefined)).toEqual([a, b]);
    // Only the letters named on the command line are watched.
    expect(lettersConcerned(root, ['letters/b.md'], [a])).toEqual([]);
    for (const file of ['signatories.yaml', 'officials.yaml', 'templates/letter.hbs', 'templates/i18n/es.yaml', 'letters/logo.png', 'images/seal.svg']) {
      expect(lettersConcerned(root, ['letters/a.md', file], [a])).toBe('all');
    }
    expect(lettersConcerned(root, ['notes.md', 'responses.csv', 'letters/a.md~', 'signatories.yaml.bak', 'letters/drafts/old.md', 'todo.txt'], undefined)).toEqual([]);
  });
});
