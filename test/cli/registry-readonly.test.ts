import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, cli, sampleWorkspace, type CliResult } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const run = promisify(execFile);
let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = sampleWorkspace();
  // hrw starts as not signed, so `sign` has something to write.
  const letter = join(ws.dir, LETTER);
  writeFileSync(letter, readFileSync(letter, 'utf8').replace('  - hrw\n', ''));
});
afterEach(() => {
  chmodSync(ws.dir, 0o700);
  ws.cleanup();
});

async function settle(command: Promise<{ stdout: string; stderr: string }>): Promise<CliResult> {
  try {
    return { code: 0, ...(await command) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('a workspace that cannot be written', () => {
  it('on a read-only file system: `sign` says so at once, naming the folder (exit 5)', async () => {
    // A private mount namespace (user namespace when not root): a tmpfs holding a copy
    // of the workspace, remounted read-only, gone with the command.
    const script = 'set -e; mount -t tmpfs tmpfs "$1"; cp -r "$2"/. "$1"; mount -o remount,ro "$1"; cd "$1"; shift 2; exec "$@"';
    const mountpoint = join(ws.dir, 'mnt');
    mkdirSync(mountpoint);
    const source = join(ws.dir, 'source');
    mkdirSync(source);
    for (const entry of ['signatories.yaml', 'letters']) renameSync(join(ws.dir, entry), join(source, entry));
    const result = await settle(run('unshare', ['-rm', 'sh', '-c', script, 'sh', mountpoint, source,
      process.execPath, BIN, 'sign', 'us-mexico-security-dialogue', 'hrw', '--pending'], { env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }));
    expect(result.code, result.stderr).toBe(5);
    expect(result.stderr).toContain(`${mountpoint} is not writable (read-only file system)`);
    expect(result.stderr).not.toContain('another coalition command');
  }, 120_000);

  it('without permission to write: `sign` says so at once, naming the folder (exit 5)', async () => {
    for (const dir of [ws.dir, join(ws.dir, 'letters')]) chmodSync(dir, 0o555);
    for (const file of ['signatories.yaml', LETTER]) chmodSync(join(ws.dir, file), 0o644);
    const before = readFileSync(join(ws.dir, LETTER), 'utf8');
    // Root may write anywhere: the command runs as nobody then.
    const args = [BIN, 'sign', 'us-mexico-security-dialogue', 'hrw', '--pending'];
    const result = process.getuid?.() === 0
      ? await settle(run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }))
      : await cli(args.slice(1), { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(5);
    expect(result.stderr).toContain(`${ws.dir} is not writable (permission denied)`);
    expect(result.stderr).not.toContain('another coalition command');
    expect(readFileSync(join(ws.dir, LETTER), 'utf8')).toBe(before);
    expect(readdirSync(ws.dir).sort()).toEqual(['letters', 'signatories.yaml']);
    expect(statSync(ws.dir).mode & 0o777).toBe(0o555);
  }, 120_000);
});
