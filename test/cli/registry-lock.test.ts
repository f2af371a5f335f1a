import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { cli, cliInProcess, sampleWorkspace, tempWorkspace, type CliResult } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const LOCK = '.coalition.lock';
let ws: { dir: string; cleanup: () => void };
afterEach(() => ws.cleanup());

/** A registry big enough that one edit runs for many seconds of synchronous work. */
function bigRegistry(entries: number): string {
  const lines = ['signatories:'];
  for (let i = 0; i < entries; i++) lines.push(`  org-${i}:`, `    name: Organization number ${i}`, '    country: MX');
  return `${lines.join('\n')}\n`;
}

const ENTRIES = 40_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an edit that runs while another command waits for the workspace', () => {
  // Edits of a large registry take about as long as reading it (issue 12 item 2): at
  // 40,000 entries about 3.5 s idle (100,000: 8.7 s, which only cost the suite time),
  // against a few tenths of a second for the second command and the probe to start and
  // ask for the lock. A loaded machine slows both alike.
  beforeEach(() => { ws = tempWorkspace({ 'signatories.yaml': bigRegistry(ENTRIES) }); });

  it('never reports success for an entry that is not in the file (two `org add` on 40,000 entries)', async () => {
    const first = cli(['org', 'add', 'zz-a', '--name', 'ZZ A'], { cwd: ws.dir, timeout: 600_000 });
    // The second starts as soon as the first holds the lock.
    let owner: { pid: number } | undefined;
    while (!owner) {
      await sleep(20);
      try {
        owner = JSON.parse(readFileSync(join(ws.dir, LOCK, 'owner.json'), 'utf8')) as { pid: number };
      } catch {
        // not taken yet, or taken but its owner not yet written
      }
    }
    const second = cli(['org', 'add', 'zz-b', '--name', 'ZZ B'], { cwd: ws.dir, timeout: 600_000 });
    // Started after the second, a command that does not wait shows who held the lock
    // then: still the first, so the second asked for it while the first's edit ran.
    const probe = await cli(['org', 'add', 'zz-probe', '--name', 'Probe'], { cwd: ws.dir, env: { COALITION_LOCK_WAIT: '0' } });
    expect(probe.code).toBe(5);
    expect(probe.stderr).toContain(`another coalition command (pid ${owner.pid}) is editing this workspace`);
    const results: Array<[string, CliResult]> = [['zz-a', await first], ['zz-b', await second]];

    const registry = readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8');
    for (const [id, result] of results) {
      const present = registry.includes(`\n  ${id}:\n`);
      // Either the change is in the file and the command said so, or it failed loudly and wrote nothing.
      if (result.code === 0) expect(present, `${id} reported success but is missing`).toBe(true);
      else {
        expect(present).toBe(false);
        expect(result.stderr).toMatch(/error/);
      }
    }
    expect(results.filter(([, r]) => r.code === 0).length).toBeGreaterThan(0);
    expect(registry).not.toContain('zz-probe');
    expect(registry.match(/^ {2}org-\d+:$/gm)).toHaveLength(ENTRIES);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 600_000);
});

describe('the workspace lock', () => {
  beforeEach(() => { ws = sampleWorkspace(); });

  it('is taken over at once when the process that holds it is gone', async () => {
    // A process that has ended: its pid is free (the lock names it as owner).
    const child = execFile(process.execPath, ['-e', '0']);
    await new Promise((resolve) => child.on('exit', resolve));
    mkdirSync(join(ws.dir, LOCK));
    writeFileSync(join(ws.dir, LOCK, 'owner.json'), JSON.stringify({ pid: child.pid, host: hostname(), since: Date.now(), token: 'gone' }));
    const result = await cli(['withdraw', 'us-mexico-security-dialogue', 'hrw'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, LETTER), 'utf8')).toContain('  - { id: hrw, status: withdrawn }\n');
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('is never taken from a process that is still running, however long it holds it', async () => {
    // This test's own process is alive and holds the lock for the whole command.
    mkdirSync(join(ws.dir, LOCK));
    writeFileSync(join(ws.dir, LOCK, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now(), token: 'alive' }));
    const before = readFileSync(join(ws.dir, LETTER), 'utf8');
    const result = await cli(['withdraw', 'us-mexico-security-dialogue', 'hrw'], { cwd: ws.dir, env: { COALITION_LOCK_WAIT: '2' } });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(`another coalition command (pid ${process.pid}) is editing this workspace`);
    expect(readFileSync(join(ws.dir, LETTER), 'utf8')).toBe(before);
    expect(existsSync(join(ws.dir, LOCK, 'owner.json'))).toBe(true);
  });

  it('is released when the command fails', async () => {
    const result = await cliInProcess(['sign', 'us-mexico-security-dialogue', 'no-such-id'], ws.dir);
    expect(result.code).toBe(1);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
