import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withWorkspaceLock } from '../../src/workspace/lock.js';
import { openRegistryForEdit, saveRegistryEdit } from '../../src/workspace/registry-edit.js';
import { tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
let ws: { dir: string; cleanup: () => void };
beforeEach(() => { ws = tempWorkspace({ 'signatories.yaml': REGISTRY }); });
afterEach(() => ws.cleanup());

const registry = () => readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8');

/** Opens the registry under the lock, lets `meanwhile` happen, then adds an entry and saves. */
function addAfter(meanwhile: () => void): Promise<boolean> {
  return withWorkspaceLock(ws.dir, async () => {
    const edit = await openRegistryForEdit(ws.dir);
    meanwhile();
    edit.editor.addPairs(['signatories'], [['hrw', { name: 'Human Rights Watch' }]]);
    return saveRegistryEdit(edit);
  });
}

describe('an edit that lost what it relied on writes nothing', () => {
  it('when its lock was taken from it', async () => {
    const lock = join(ws.dir, '.coalition.lock');
    const save = addAfter(() => {
      // Another command's lock now (as if ours had been removed by hand, or judged abandoned).
      rmSync(lock, { recursive: true });
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: 'elsewhere', since: Date.now(), token: 'theirs' }));
    });
    await expect(save).rejects.toMatchObject({ code: 'lock-lost', exitCode: 5 });
    expect(registry()).toBe(REGISTRY);
    // Their lock stays; no temporary file is left.
    expect(readFileSync(join(lock, 'owner.json'), 'utf8')).toContain('theirs');
    expect(readdirSync(ws.dir).sort()).toEqual(['.coalition.lock', 'signatories.yaml']);
  });

  it('when another program changed the file after it was read', async () => {
    const save = addAfter(() => writeFileSync(join(ws.dir, 'signatories.yaml'), `${REGISTRY}  cmdpdh:\n    name: CMDPDH\n`));
    await expect(save).rejects.toMatchObject({ code: 'file-changed', exitCode: 5 });
    expect(registry()).toContain('cmdpdh');
    expect(registry()).not.toContain('hrw');
    expect(readdirSync(ws.dir)).toEqual(['signatories.yaml']);
  });
});
