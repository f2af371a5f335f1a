/**
 * Issue 28, item 6: out/ no longer mixes versions. `build --for <profile>` writes to
 * out/<profile>/, never over the plain build's files of the same name; `build` names
 * the files of the letters it built that it did not write this time (a language since
 * dropped, the letter's old date), and `--clean` removes exactly those: never another
 * letter's files, a profile's folder, or a file coalition does not name.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInProcess, sampleWorkspace } from '../helpers.js';

const SLUG = 'us-mexico-security-dialogue';
const FILE = `letters/2022-10-12-${SLUG}.md`;
const STEM = `2022-10-12-${SLUG}`;
const FOLLOW_UP = `${SLUG}-follow-up`;

const ws = sampleWorkspace();
const path = (...parts: string[]) => join(ws.dir, ...parts);
const run = (...args: string[]) => cliInProcess(args, ws.dir);
const out = (dir = 'out') => readdirSync(path(dir)).sort();

beforeAll(async () => {
  // A second letter (same date) whose slug starts with the first one's: its files are never the first one's.
  cpSync(path(FILE), path(`letters/2022-11-01-${FOLLOW_UP}.md`));
  const built = await run('build', '--format', 'html,docx');
  expect(built.code, built.stderr).toBe(0);
}, 60_000);
afterAll(() => ws.cleanup());

describe('build --for <profile>', () => {
  it('writes to out/<profile>/ (the profile named as typed), leaving the plain build\'s .docx as it was', async () => {
    const plain = readFileSync(path('out', `${STEM}.en.docx`));
    const result = await cli(['build', SLUG, '--for', 'UN-HRC-Statement'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([`out/un-hrc-statement/${STEM}.en.docx`, `out/un-hrc-statement/${STEM}.es.docx`]);
    expect(out('out/un-hrc-statement')).toEqual([`${STEM}.en.docx`, `${STEM}.es.docx`]);
    expect(readFileSync(path('out', `${STEM}.en.docx`)).equals(plain)).toBe(true);
    expect(readFileSync(path('out', 'un-hrc-statement', `${STEM}.en.docx`)).equals(plain)).toBe(false);
    // Nothing of the profile's is left over in the plain build's eyes, nor the other way round.
    expect(result.stderr).not.toContain('left from an earlier');
  });
});

describe('files an earlier build left', () => {
  it('are named after the build (a dropped language, the old date), and only the built letter\'s own', async () => {
    writeFileSync(path('out', 'notes.txt'), 'mine');
    writeFileSync(path('out', `${STEM}.en.notes.txt`), 'mine too');
    // The letter drops Spanish and moves to a new date.
    const text = readFileSync(path(FILE), 'utf8');
    writeFileSync(path(FILE), text.replace('languages: [en, es]', 'languages: [en]').replace('date: 2022-10-12', 'date: 2022-10-13').replace(/\n::: es\n[\s\S]*?\n:::\n/, '\n'));
    const result = await run('build', SLUG, '--format', 'html,docx');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`out/2022-10-13-${SLUG}.en.docx`);
    const warning = result.stderr.split('\n').find((l) => l.includes('left from an earlier one'));
    expect(warning).toBe(`warning not written by this build, left from an earlier one: ${
      [`${STEM}.en.docx`, `${STEM}.en.html`, `${STEM}.es.docx`, `${STEM}.es.html`].map((f) => `out/${f}`).join(', ')
    } (coalition build --clean removes them)`);
  });

  it('a build limited to one format or language says nothing of the others', async () => {
    const result = await run('build', SLUG, '--format', 'html', '--lang', 'en');
    expect(result.stderr).toContain(`out/${STEM}.en.html (coalition build --clean`);
    expect(result.stderr).not.toMatch(/left from an earlier one: .*\.docx/);
  });

  it('--clean removes exactly those files', async () => {
    const before = out();
    const result = await cli(['build', SLUG, '--format', 'html,docx', '--clean'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`removed 4 files an earlier build left: out/${STEM}.en.docx, out/${STEM}.en.html, out/${STEM}.es.docx, out/${STEM}.es.html`);
    expect(out()).toEqual(before.filter((f) => !f.startsWith(`${STEM}.`) || f.endsWith('.txt')));
    // The follow-up letter's files, the profile's folder and the user's own files stay.
    expect(out()).toEqual(expect.arrayContaining([`2022-10-12-${FOLLOW_UP}.en.html`, `2022-10-12-${FOLLOW_UP}.es.docx`, 'un-hrc-statement', 'notes.txt', `${STEM}.en.notes.txt`]));
    expect(existsSync(path('out', 'un-hrc-statement', `${STEM}.es.docx`))).toBe(true);
    const again = await run('build', SLUG, '--format', 'html,docx');
    expect(again.stderr).not.toContain('left from an earlier');
  });
});
