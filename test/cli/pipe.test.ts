import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, REPO } from '../helpers.js';

describe('output into a pipe that closes early', () => {
  it('stops printing quietly instead of dying on EPIPE', () => {
    // `head -c 1` exits after one byte; the CLI keeps writing a table into the closed pipe.
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} org list --csv | head -c 1 >/dev/null`], {
      cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(result.status).toBe(0);
  });
});
