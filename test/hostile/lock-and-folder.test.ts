/**
 * Issue 22, items 7, 11 and 12 (the lock's part): the workspace lock reads only a
 * regular owner.json (a named pipe there is never waited on), a wait for the lock
 * ends within a second of Ctrl-C with the files as they were, a lock from another
 * host dated in the future goes stale, a full disk is said as such, and a working
 * folder deleted under the shell is one line and exit 5. Real binary, bounded waits.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cli, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const LETTER = '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you.\n';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function workspace(): string {
  const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/2022-10-12-x.md': LETTER });
  cleanup = ws.cleanup;
  return ws.dir;
}

/** A lock folder whose owner.json is a named pipe, last changed `ageSeconds` ago. */
function fifoLock(dir: string, ageSeconds: number): void {
  const lock = join(dir, '.coalition.lock');
  mkdirSync(lock);
  execFileSync('mkfifo', [join(lock, 'owner.json')]);
  const when = Date.now() / 1000 - ageSeconds;
  utimesSync(lock, when, when);
}

describe('7. a named pipe as the lock\'s owner.json', () => {
  it('is not waited on: a lock with no readable owner, long unchanged, is taken over and the edit is made', async () => {
    const dir = workspace();
    fifoLock(dir, 60);
    const result = await cli(['org', 'add', 'zz', '--name', 'ZZ'], { cwd: dir, timeout: 20_000, env: { COALITION_LOCK_WAIT: '15' } });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'signatories.yaml'), 'utf8')).toContain('zz:');
  }, 30_000);

  it('a wait for a fresh lock ends within a second of Ctrl-C, exit 130, the registry as it was', async () => {
    const dir = workspace();
    fifoLock(dir, 0);
    const child = spawn(process.execPath, [BIN, 'org', 'add', 'zz', '--name', 'ZZ'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', COALITION_LOCK_WAIT: '60' } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Long enough for the command to start and wait (a loaded machine starts Node slowly).
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const sent = Date.now();
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await ended;
    clearTimeout(timer);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(code, stderr).toBe(130);
    expect(readFileSync(join(dir, 'signatories.yaml'), 'utf8')).toBe(REGISTRY);
  }, 30_000);
});

describe('12. the lock: another host\'s clock, a full disk', () => {
  it('a lock from another host dated a day in the future is stale, not waited on forever', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.coalition.lock'));
    writeFileSync(join(dir, '.coalition.lock', 'owner.json'), JSON.stringify({ pid: 1, host: 'another-host.example', since: Date.now() + 86_400_000, token: 'x'.repeat(24) }));
    const result = await cli(['org', 'add', 'zz', '--name', 'ZZ'], { cwd: dir, timeout: 20_000, env: { COALITION_LOCK_WAIT: '2' } });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'signatories.yaml'), 'utf8')).toContain('zz:');
  }, 30_000);

  it('a disk too full for the lock says "the disk is full" (disk-full, exit 5), nothing changed', () => {
    // A 64 KB file system of its own, in a mount namespace of its own: nothing outside this command sees it.
    const script = [
      'exec 2>&1', 'set -e', 'mkdir -p "$D"', 'mount -t tmpfs -o size=64k tmpfs "$D"', 'mkdir -p "$D/ws/letters"',
      'printf "%s" "$REGISTRY" > "$D/ws/signatories.yaml"',
      'dd if=/dev/zero of="$D/ws/fill" bs=4k 2>/dev/null || true',
      'cd "$D/ws"', 'set +e', `"$NODE" "${BIN}" org add zz --name ZZ; echo "exit=$?"`, 'cat signatories.yaml',
    ].join('\n');
    const dir = workspace();
    const out = execFileSync('unshare', ['-m', 'sh', '-c', script], {
      encoding: 'utf8', timeout: 20_000,
      env: { ...process.env, NO_COLOR: '1', D: join(dir, 'small'), REGISTRY, NODE: process.execPath, COALITION_LOCK_WAIT: '2' },
    });
    expect(out).toMatch(/the disk is full: nothing was changed/);
    expect(out).toContain('exit=5');
    expect(out).toContain(REGISTRY.trim());
    expect(out).not.toMatch(/workspace-not-writable/);
  }, 30_000);
});

describe('11. a working folder deleted under the shell', () => {
  it('is one line and exit 5, with or without -C, never a stack trace', () => {
    const dir = workspace();
    for (const extra of [[], ['-C', dir]]) {
      const script = `mkdir -p "$D" && cd "$D" && rmdir "$D" && exec "$NODE" "${BIN}" ${extra.map((a) => `"${a}"`).join(' ')} status; `;
      let code = 0;
      let said = '';
      try {
        execFileSync('sh', ['-c', `${script}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000, env: { ...process.env, NO_COLOR: '1', D: join(dir, 'gone'), NODE: process.execPath } });
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        code = e.status;
        said = e.stdout + e.stderr;
      }
      expect(code, said).toBe(5);
      expect(said).toMatch(/the current folder no longer exists/);
      expect(said).not.toMatch(/ at |uv_cwd|node:internal/);
      expect(said.trim().split('\n').filter((l) => !/^\s*hint:|^\s*→/.test(l)).length).toBeLessThanOrEqual(2);
    }
  });
});
