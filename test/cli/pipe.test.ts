import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, tempWorkspace } from '../helpers.js';

/** A registry whose `org list` is far larger than a pipe's 64 KB buffer. */
function largeRegistry(entries: number): string {
  const lines = ['signatories:'];
  for (let i = 1; i <= entries; i++) {
    lines.push(`  org-${String(i).padStart(5, '0')}:`, `    name: Human Rights Organization Number ${i} of the Coalition`, '    country: MX');
  }
  return `${lines.join('\n')}\n`;
}

const ws = tempWorkspace({ 'signatories.yaml': largeRegistry(2000) });
afterAll(ws.cleanup);

const sh = (command: string) => spawnSync('bash', ['-o', 'pipefail', '-c', command], {
  cwd: ws.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024,
});

describe('output into a pipe that closes early', () => {
  it('stops printing quietly instead of dying on EPIPE', () => {
    // More than the pipe holds: the CLI is still writing when `head` exits, every time.
    expect(sh(`node ${BIN} org list`).stdout.length).toBeGreaterThan(2 * 64 * 1024);
    const result = sh(`node ${BIN} org list | head -1`);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(result.stdout).toMatch(/^id\s+name\s+short\s+country\s+kind\n$/);
    expect(result.status).toBe(0);
  });
});
