/**
 * Issue 28, item 4: run from the folder above a workspace (where it was cloned or
 * unzipped), the error points at the workspace, never at `init`; and `init` there
 * refuses to wrap an empty workspace around the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const above = tempWorkspace();
beforeAll(async () => {
  expect((await cli(['init', 'campaign'], { cwd: above.dir })).code).toBe(0);
  mkdirSync(join(above.dir, 'notes'));
});
afterAll(() => above.cleanup());

describe('the folder above a workspace', () => {
  it('a command there says "no workspace here; did you mean `-C campaign`?", not `coalition init`', async () => {
    const result = await cli(['check'], { cwd: above.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error no workspace here; did you mean `-C campaign`?');
    expect(result.stderr).toContain('campaign/ holds a signatories.yaml: run the command there (`cd campaign`) or name it with -C.');
    expect(result.stderr).not.toMatch(/coalition init/);
    // And -C campaign works.
    expect((await cli(['-C', 'campaign', 'check'], { cwd: above.dir })).code).toBe(0);
  });

  it('-C naming the folder above says which folder below it was meant', async () => {
    const result = await cliInProcess(['-C', '.', 'status', 'x'], above.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean `-C campaign`?');
  });

  it('init there is refused: nothing is written around the real workspace', async () => {
    const result = await cli(['init'], { cwd: above.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error .* holds the workspace campaign\/; a workspace around it would hide it from every command run inside it; nothing was written/);
    expect(result.stderr).toContain(`To work in it: cd ${join(above.dir, 'campaign')}`);
    expect(existsSync(join(above.dir, 'signatories.yaml'))).toBe(false);
    expect(existsSync(join(above.dir, 'letters'))).toBe(false);
  });

  it('a folder with no workspace anywhere near still gets `coalition init`', async () => {
    const empty = tempWorkspace();
    const result = await cliInProcess(['check'], empty.dir);
    empty.cleanup();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no coalition workspace here: .*Run `coalition init` to create a workspace/s);
  });
});
