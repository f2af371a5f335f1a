import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
let ws: { dir: string; cleanup: () => void };
beforeEach(() => { ws = sampleWorkspace(); });
afterEach(() => ws.cleanup());

describe('concurrent edits', () => {
  it('ten `coalition sign` processes started at once on one letter keep all ten', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `org-${i}`);
    for (const id of ids) expect((await cliInProcess(['org', 'add', id, '--name', `Organization ${id}`], ws.dir)).code).toBe(0);
    const before = readFileSync(join(ws.dir, LETTER), 'utf8');

    const results = await Promise.all(ids.map((id) => cli(['sign', 'us-mexico-security-dialogue', id, '--pending', '--date', '2022-10-10'], { cwd: ws.dir })));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const after = readFileSync(join(ws.dir, LETTER), 'utf8');
    for (const id of ids) expect(after).toContain(`  - { id: ${id}, status: pending, signed_on: 2022-10-10 }\n`);
    // Nothing else changed, and no lock or temporary file is left behind.
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toHaveLength(10);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(ws.dir, 'letters'))).toEqual(['2022-10-12-us-mexico-security-dialogue.md']);
  }, 120_000);

  it('concurrent registry additions keep every entry', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => cli(['org', 'add', `new-${i}`, '--name', `New ${i}`], { cwd: ws.dir })));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const registry = readFileSync(join(ws.dir, 'signatories.yaml'), 'utf8');
    for (let i = 0; i < 6; i++) expect(registry).toContain(`\n  new-${i}:\n    name: New ${i}\n`);
  }, 120_000);

  it('takes over a lock left behind by a killed process', async () => {
    const lock = join(ws.dir, '.coalition.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const result = await cliInProcess(['withdraw', 'us-mexico-security-dialogue', 'hrw'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, LETTER), 'utf8')).toContain('  - { id: hrw, status: withdrawn }\n');
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
