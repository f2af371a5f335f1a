/**
 * The warm process (`coalition daemon`, src/daemon/): the real binary starts it, and the
 * commands it takes then run in it and say, write and exit exactly as they do on their
 * own; each reads the workspace afresh. It is found only in a private folder of the
 * user's; a killed one, an outdated one or `COALITION_DAEMON=off` leave the command to
 * run on its own. The test's own temporary folder (TMPDIR) keeps its process apart from
 * any other.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takenByDaemon } from '../../src/daemon/place.js';
import { BIN, cli, REPO, sampleWorkspace } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'coalition-daemon-test-'));
const folder = join(tmp, `coalition-${process.getuid!()}`);
const socket = join(folder, 'daemon.sock');
const ws = sampleWorkspace();
/** Commands as the user runs them: the warm process of this test's TMPDIR is used when it runs. */
const warm = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(args, { cwd: ws.dir, env: { TMPDIR: tmp, COALITION_DAEMON: undefined, ...env } });
/** The same command run on its own. */
const alone = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(args, { cwd: ws.dir, env: { TMPDIR: tmp, COALITION_DAEMON: 'off', ...env } });
/** A command through the real binary, left running: its exit status and output once it ends. */
function startWarm(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ws.dir, env: { ...process.env, TMPDIR: tmp, COALITION_DAEMON: '', NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return { child, exited: new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr }))) };
}

/** The workspace lock, taken as another running command holds it: an edit waits for it until it is removed. */
function holdWorkspaceLock(): string {
  const lock = join(ws.dir, '.coalition.lock');
  mkdirSync(lock);
  writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now(), token: 'test' }));
  return lock;
}

/** Whether process `pid` has ended (a zombie no one reaped, as a container's first process leaves them, has). */
function processEnded(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** What the warm process says of itself (its `pong`). */
const pong = async () => {
  const { pingDaemon } = await import('../../src/daemon/ping.js');
  return (await pingDaemon(socket))!;
};
const served = async () => Number(/(\d+) commands? run/.exec((await alone(['daemon', 'status'])).stdout)?.[1] ?? -1);

beforeAll(async () => {
  const started = await alone(['daemon', 'start', '--idle', '5']);
  expect(started.stdout, started.stderr).toMatch(/^warm process started \(pid \d+\)/);
}, 60_000);
afterAll(async () => {
  await alone(['daemon', 'stop']);
  ws.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

describe('coalition daemon', () => {
  it('listens on a socket only its user can reach', async () => {
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(socket).mode & 0o777).toBe(0o600);
    const status = await alone(['daemon', 'status']);
    expect(status.stdout).toMatch(/^warm process running \(pid \d+\) since .*: 0 commands run; it stops after 5 minutes without one/);
    expect((await alone(['daemon', 'start'])).stdout).toMatch(/^a warm process is already running/);
  });

  it('runs the commands it takes, with the same output, files and exit status as on their own', async () => {
    const before = await served();
    for (const args of [['check'], ['status', 'us-mexico-security-dialogue'], ['org', 'list'], ['check', 'no-such-letter'], ['build', '--no-such-flag'], ['profiles']]) {
      const [inWarm, onItsOwn] = [await warm(args), await alone(args)];
      expect({ args, ...inWarm }).toEqual({ args, ...onItsOwn });
    }
    // Colours follow the client's environment, not the warm process's.
    const colored = await warm(['check'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(colored.stderr).toContain('\x1b[');
    expect(colored).toEqual(await alone(['check'], { NO_COLOR: undefined, FORCE_COLOR: '1' }));
    expect(await served()).toBe(before + 7);
  });

  it('builds the same files as a build on its own', async () => {
    const before = await served();
    const inWarm = await warm(['build', '--format', 'html', '--out', 'warm']);
    const onItsOwn = await alone(['build', '--format', 'html', '--out', 'alone']);
    expect(inWarm.code).toBe(0);
    expect(inWarm.stdout.replaceAll('warm/', '')).toBe(onItsOwn.stdout.replaceAll('alone/', ''));
    const files = readdirSync(join(ws.dir, 'alone')).sort();
    expect(readdirSync(join(ws.dir, 'warm')).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(ws.dir, 'warm', file)).equals(readFileSync(join(ws.dir, 'alone', file))), file).toBe(true);
    expect(await served()).toBe(before + 1);
  });

  it('keeps one browser for the PDFs it prints, which are the bytes a build on its own prints, and prints again only what changed', async () => {
    // Without the suite's shared browser: a build on its own starts its own Chromium, the warm process keeps one.
    const own = { COALITION_BROWSER_WS_ENDPOINT: undefined };
    const status = async () => (await alone(['daemon', 'status'])).stdout;
    const pid = Number(/pid (\d+)/.exec(await status())![1]);
    const browsers = () => execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter((line) => /chrom/i.test(line)).map((line) => Number(line.trim().split(' ')[0]));
    const args = (out: string) => ['build', '--format', 'pdf', '--lang', 'en', '--out', out];
    const pdf = (out: string) => readFileSync(join(ws.dir, out, '2022-10-12-us-mexico-security-dialogue.en.pdf'));
    expect(await status()).toContain('PDFs kept for the next builds: none');
    const first = await warm(args('warm-1'), own);
    expect(first.code, first.stderr).toBe(0);
    const kept = browsers();
    expect(kept).toHaveLength(1);
    expect(await status()).toMatch(/PDFs kept for the next builds: 1 \(\d+(\.\d)? kB\); 0 prints saved so far/);
    // The same letter again: the PDF kept, not printed again, and the command says what it says on its own.
    const second = await warm(args('warm-2'), own);
    expect(second.code).toBe(0);
    expect(second.stdout.replaceAll('warm-2/', '')).toBe(first.stdout.replaceAll('warm-1/', ''));
    expect(second.stderr.replaceAll('warm-2/', '')).toBe(first.stderr.replaceAll('warm-1/', '')); // no "not printed again
    expect(browsers()).toEqual(kept); // the same browser
    expect(await status()).toMatch(/PDFs kept for the next builds: 1 \(.*\); 1 print saved so far/);
    expect((await alone(args('alone'), own)).code).toBe(0);
    expect(pdf('warm-1').equals(pdf('alone'))).toBe(true);
    expect(pdf('warm-2').equals(pdf('alone'))).toBe(true);
    // The letter changed: printed anew, the same bytes as on its own.
    const letter = join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters')).find((name) => name.endsWith('.md'))!);
    const text = readFileSync(letter, 'utf8');
    try {
      writeFileSync(letter, text.replace('We also recall the importance', 'We recall the importance'));
      expect((await warm(args('warm-3'), own)).code).toBe(0);
      expect(await status()).toMatch(/PDFs kept for the next builds: 2 \(.*\); 1 print saved so far/);
      expect((await alone(args('alone-3'), own)).code).toBe(0);
      expect(pdf('warm-3').equals(pdf('warm-1'))).toBe(false);
      expect(pdf('warm-3').equals(pdf('alone-3'))).toBe(true);
    } finally {
      writeFileSync(letter, text);
    }
  }, 60_000);

  it('reads the workspace afresh for every command', async () => {
    const letter = join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters'))[0]!);
    const text = readFileSync(letter, 'utf8');
    expect((await warm(['check'])).code).toBe(0);
    try {
      appendFileSync(letter, '\nA stray {{placeholder}} and [TODO: fill in].\n');
      const changed = await warm(['check']);
      expect(changed).toEqual(await alone(['check']));
      expect(changed.code).not.toBe(0);
    } finally {
      writeFileSync(letter, text);
    }
    expect((await warm(['check'])).code).toBe(0);
  });

  it('leaves what it does not take to run on its own: --help of a long-lived command, the warm process untouched', async () => {
    const before = await served();
    expect((await warm(['preview', '--help'])).code).toBe(0);
    expect((await warm(['daemon', 'status'])).code).toBe(0);
    expect(await served()).toBe(before);
  });

  it('is not used with COALITION_DAEMON=off, nor from a folder others can enter', async () => {
    const before = await served();
    await alone(['check']);
    expect(await served()).toBe(before);
    chmodSync(folder, 0o755);
    try {
      expect((await warm(['check'])).code).toBe(0);
      expect(await served()).toBe(before);
      const refused = await alone(['daemon', 'start']);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('is not a folder of yours that only you can open');
    } finally {
      chmodSync(folder, 0o700);
    }
  });

  it('serves only its own build: a rebuilt coalition runs the command itself, and the outdated process ends', async () => {
    const buildId = join(REPO, 'dist', 'build-id');
    const id = readFileSync(buildId, 'utf8');
    writeFileSync(buildId, 'another-build\n');
    try {
      const result = await warm(['check']);
      expect(result.code).toBe(0);
      expect((await alone(['daemon', 'status'])).stdout).toMatch(/^no warm process is running/);
    } finally {
      writeFileSync(buildId, id);
    }
    expect((await alone(['daemon', 'start', '--idle', '5'])).stdout).toMatch(/^warm process started/);
  }, 60_000);

  it('lets the running command finish when a waiting one is interrupted, or when it is stopped', async () => {
    // `unsign` waits for the workspace lock, held here by this test, until the test lets it go.
    const letter = join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters'))[0]!);
    const before = readFileSync(letter, 'utf8');
    const lock = holdWorkspaceLock();
    try {
      const served0 = await served();
      const signing = startWarm(['unsign', 'us-mexico-security-dialogue', 'hrw']);
      for (let i = 0; i < 200 && (await served()) === served0; i++) await new Promise((r) => setTimeout(r, 25));
      const waiting = startWarm(['status', 'us-mexico-security-dialogue']);
      // Waiting in the warm process's queue, not merely connecting.
      for (let i = 0; i < 200 && (await pong()).waiting !== 1; i++) await new Promise((r) => setTimeout(r, 25));
      expect((await pong()).waiting).toBe(1);
      waiting.child.kill('SIGINT');
      expect((await waiting.exited).code).toBe(130); // told at once, without running here afterwards
      expect((await waiting.exited).stdout).toBe('');
      expect((await pong()).waiting).toBe(0);
      expect(await served()).toBe(served0 + 1); // `status` never ran there
      const { pid } = await pong();
      // Stopped while `unsign` still waits: no new command from now on, and it ends once `unsign` has finished.
      const stopping = await alone(['daemon', 'stop', '--wait', '0.5']);
      expect(stopping.stdout).toBe(`warm process stopping (pid ${pid}): it takes no new command, and ends once the command it runs has finished and its browser has closed\n`);
      expect(processEnded(pid)).toBe(false);
      expect((await alone(['daemon', 'status'])).stdout).toMatch(/^no warm process is running/);
      rmSync(lock, { recursive: true, force: true });
      expect((await signing.exited).code).toBe(0); // the running command finished
      for (let i = 0; i < 200 && !processEnded(pid); i++) await new Promise((r) => setTimeout(r, 25));
      expect(processEnded(pid)).toBe(true);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    expect(readFileSync(letter, 'utf8')).not.toBe(before);
    writeFileSync(letter, before);
    expect((await alone(['daemon', 'status'])).stdout).toMatch(/^no warm process is running/);
    expect((await alone(['daemon', 'start', '--idle', '5'])).stdout).toMatch(/^warm process started/);
  }, 60_000);

  it('passes Ctrl-C on: the command stops as it would on its own, and the warm process ends with it', async () => {
    // `sign` waits for the workspace lock, held here by this test: the command is surely running when Ctrl-C comes.
    const lock = holdWorkspaceLock();
    const letter = join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters'))[0]!);
    const before = readFileSync(letter, 'utf8');
    try {
      const served0 = await served();
      const { child, exited } = startWarm(['sign', 'us-mexico-security-dialogue', 'hrw']);
      for (let i = 0; i < 200 && (await served()) === served0; i++) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGINT');
      const { code, stderr } = await exited;
      expect(code).toBe(130);
      expect(stderr).toContain('interrupted (SIGINT)');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    expect(readFileSync(letter, 'utf8')).toBe(before);
    expect((await alone(['daemon', 'status'])).stdout).toMatch(/^no warm process is running/);
    expect((await alone(['daemon', 'start', '--idle', '5'])).stdout).toMatch(/^warm process started/);
  }, 60_000);

  it('takes no command it did not answer in time: stopped (Ctrl-Z), the command runs on its own, and never twice', async () => {
    const pid = (await pong()).pid;
    const before = await served();
    process.kill(pid, 'SIGSTOP');
    let added;
    try {
      added = await warm(['org', 'add', 'stopped-warm', '--name', 'Added While Stopped', '--country', 'MX']);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(added.code, added.stderr).toBe(0); // after 3 s without an answer, here
    await new Promise((r) => setTimeout(r, 500));
    expect(await served()).toBe(before); // and not in the warm process once it went on
    expect(readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8').match(/^ {2}stopped-warm:$/gm)).toHaveLength(1);
    expect((await alone(['org', 'remove', 'stopped-warm'])).code).toBe(0);
  }, 60_000);

  it('after being killed, leaves the next command to run on its own and its socket is cleared', async () => {
    const pid = Number(/pid (\d+)/.exec((await alone(['daemon', 'status'])).stdout)![1]);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 20));
      } catch {
        break;
      }
    }
    expect(existsSync(socket)).toBe(true); // a killed process cannot remove it
    const result = await warm(['check']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no problems');
    expect(existsSync(socket)).toBe(false);
    expect((await alone(['daemon', 'stop'])).stdout).toBe('no warm process was running\n');
    const restarted = (await alone(['daemon', 'start', '--idle', '5'])).stdout;
    expect(restarted).toMatch(/^warm process started/);
    // Stopped means ended, its browser with it: a temporary folder can be removed after.
    expect((await warm(['build', '--format', 'pdf', '--lang', 'en', '--out', 'before-stop'], { COALITION_BROWSER_WS_ENDPOINT: undefined })).code).toBe(0);
    expect((await alone(['daemon', 'stop'])).stdout).toBe('warm process stopped\n');
    expect(processEnded(Number(/pid (\d+)/.exec(restarted)![1]))).toBe(true);
    expect(existsSync(socket)).toBe(false);
  }, 60_000);
});

describe('which commands the warm process takes', () => {
  it('takes short commands, global options before them skipped; never a watch, a preview or a send', () => {
    expect(takenByDaemon(['check'])).toBe(true);
    expect(takenByDaemon(['-C', 'ws', '--quiet', 'build', '--format', 'html'])).toBe(true);
    expect(takenByDaemon(['--dir', 'check', 'status'])).toBe(true); // `check` is the folder here
    expect(takenByDaemon(['build', '--watch'])).toBe(false);
    expect(takenByDaemon(['build', '-w'])).toBe(false);
    expect(takenByDaemon(['build', 'letter', '--', '-w'])).toBe(true);
    for (const command of ['preview', 'send', 'release', 'publish', 'doctor', 'init', 'daemon', 'completion']) expect(takenByDaemon([command]), command).toBe(false);
    expect(takenByDaemon([])).toBe(false);
    expect(takenByDaemon(['--version'])).toBe(false);
  });
});
