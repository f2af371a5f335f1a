import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, REPO, sampleWorkspace, tempWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const SLUG = 'us-mexico-security-dialogue';
let ws: { dir: string; cleanup: () => void };
const path = (file: string) => join(ws.dir, file);
const read = (file: string) => readFileSync(path(file), 'utf8');
const run = (...args: string[]) => cliInProcess(args, ws.dir);

beforeEach(() => { ws = sampleWorkspace(); });
afterEach(() => ws.cleanup());

describe('an edit updates the file it was given', () => {
  it('keeps the mode of the registry and of a letter (0600 stays 0600)', async () => {
    chmodSync(path('signatories.yaml'), 0o600);
    chmodSync(path(LETTER), 0o640);
    expect((await run('org', 'add', 'zz', '--name', 'ZZ')).code).toBe(0);
    expect((await run('withdraw', SLUG, 'hrw')).code).toBe(0);
    expect(statSync(path('signatories.yaml')).mode & 0o7777).toBe(0o600);
    expect(statSync(path(LETTER)).mode & 0o7777).toBe(0o640);
    expect(read('signatories.yaml')).toContain('\n  zz:\n    name: ZZ\n');
  });

  it('keeps the owner and group of the file it replaces', async () => {
    // Only a privileged process may hand a file to another owner, so this runs as root.
    expect(process.getuid?.()).toBe(0);
    chownSync(path('signatories.yaml'), 65534, 65534);
    chownSync(path(LETTER), 65534, 65534);
    expect((await run('org', 'add', 'zz', '--name', 'ZZ')).code).toBe(0);
    expect((await run('withdraw', SLUG, 'hrw')).code).toBe(0);
    for (const file of ['signatories.yaml', LETTER]) expect(statSync(path(file))).toMatchObject({ uid: 65534, gid: 65534 });
  });

  it('writes through a symbolic link to a registry elsewhere in the workspace', async () => {
    mkdirSync(path('shared'));
    renameSync(path('signatories.yaml'), path('shared/registry.yaml'));
    symlinkSync('shared/registry.yaml', path('signatories.yaml'));
    expect((await run('org', 'add', 'zz', '--name', 'ZZ')).code).toBe(0);
    expect(lstatSync(path('signatories.yaml')).isSymbolicLink()).toBe(true);
    expect(read('shared/registry.yaml')).toContain('\n  zz:\n    name: ZZ\n');
    expect(readdirSync(path('shared'))).toEqual(['registry.yaml']);
  });

  it('refuses a registry that links out of the workspace and leaves it as it was', async () => {
    const outside = tempWorkspace();
    try {
      renameSync(path('signatories.yaml'), join(outside.dir, 'registry.yaml'));
      symlinkSync(join(outside.dir, 'registry.yaml'), path('signatories.yaml'));
      const before = readFileSync(join(outside.dir, 'registry.yaml'), 'utf8');
      const result = await run('org', 'add', 'zz', '--name', 'ZZ');
      expect(result.code).toBe(5);
      expect(result.stderr).toContain('signatories.yaml error registry-outside-workspace links to a file outside the workspace, which was not changed');
      expect(readFileSync(join(outside.dir, 'registry.yaml'), 'utf8')).toBe(before);
      expect(lstatSync(path('signatories.yaml')).isSymbolicLink()).toBe(true);
      expect(readdirSync(outside.dir)).toEqual(['registry.yaml']);
    } finally {
      outside.cleanup();
    }
  });

  it('writes through a letter linked to another letter in letters/', async () => {
    symlinkSync('2022-10-12-us-mexico-security-dialogue.md', path('letters/2022-10-12-alias.md'));
    expect((await run('withdraw', 'alias', 'hrw')).code).toBe(0);
    expect(lstatSync(path('letters/2022-10-12-alias.md')).isSymbolicLink()).toBe(true);
    expect(read(LETTER)).toContain('  - { id: hrw, status: withdrawn }\n');
  });

  it('refuses a letter linked out of letters/, however it is named, for every command that edits letters', async () => {
    const outside = tempWorkspace({ 'secret.md': read(LETTER) });
    const secret = join(outside.dir, 'secret.md');
    const before = readFileSync(secret, 'utf8');
    try {
      symlinkSync(secret, path('letters/2022-10-13-linked.md'));
      for (const args of [['unsign', 'linked', 'hrw'], ['sign', 'linked', 'zz'], ['confirm', 'linked', 'hrw'], ['withdraw', 'linked', 'hrw'],
        ['import', 'linked', join(REPO, 'test', 'fixtures', 'registry', 'responses.csv')]]) {
        const result = await run(...args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toContain('linked is not inside the workspace\'s letters/ folder');
      }
      // org remove --force takes the entry out of the workspace's letters only.
      const removed = await run('org', 'remove', 'hrw', '--force');
      expect(removed.code, removed.stderr).toBe(0);
      expect(read(LETTER)).not.toMatch(/^ {2}- hrw$/m);
      expect(readFileSync(secret, 'utf8')).toBe(before);
      expect(readdirSync(outside.dir)).toEqual(['secret.md']);
    } finally {
      outside.cleanup();
    }
  });
});

describe('temporary files', () => {
  it('left behind by a killed process are removed by the next command; those of running ones stay', async () => {
    const child = execFile(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    const stale = `.coalition-${child.pid}-0badf00d.tmp`;
    const live = `.coalition-${process.pid}-0000beef.tmp`;
    mkdirSync(path('out'));
    for (const dir of ['.', 'letters', 'out']) {
      writeFileSync(path(join(dir, stale)), '');
      writeFileSync(path(join(dir, live)), '');
    }
    writeFileSync(path('letters/.coalition-notes.tmp'), 'not ours');
    const result = await cli(['org', 'list'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    for (const dir of ['.', 'letters', 'out']) {
      expect(existsSync(path(join(dir, stale))), join(dir, stale)).toBe(false);
      expect(existsSync(path(join(dir, live)))).toBe(true);
    }
    expect(existsSync(path('letters/.coalition-notes.tmp'))).toBe(true);
  });
});
