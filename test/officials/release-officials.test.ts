/**
 * A letter addressed from officials.yaml, one copy per official, released: the copies
 * and recipients.csv are part of the version (hashed, verified), and the officials'
 * entries are frozen with it, so a later edit of the directory never changes what
 * `build --release` makes again. The real binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestSchema } from '../../src/release/manifest.js';
import { cli } from '../helpers.js';
import { importCongress, officialsWorkspace } from './fixtures.js';

const LETTER = `---
title: Letter to two senators
date: 2026-03-02
languages: [en]
delivery: each
to:
  - sen-durbin
  - sen-klobuchar
signatories: [wola]
---

::: en
We write about the nomination before the committee.
:::
`;

const BASE = '2026-03-02-senators';
const V1 = join('releases', BASE, 'v1');

describe('release of a letter with a copy for each official', () => {
  const ws = officialsWorkspace({ [`letters/${BASE}.md`]: LETTER });
  let released: Awaited<ReturnType<typeof cli>>;
  const run = (...args: string[]) => cli(args, { cwd: ws.dir });

  beforeAll(async () => {
    await importCongress(ws.dir);
    released = await run('release', 'senators', '--format', 'html');
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('holds each copy and recipients.csv, listed in the manifest with their hashes', () => {
    expect(released.code, released.stderr).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(ws.dir, V1, 'manifest.json'), 'utf8')));
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining([
      `${BASE}/sen-durbin.en.html`, `${BASE}/sen-klobuchar.en.html`, `${BASE}/recipients.csv`,
    ]));
    expect(manifest.snapshot.officials?.map((o) => [o.id, o.index])).toEqual([['sen-durbin', 0], ['sen-klobuchar', 1]]);
    expect(readdirSync(join(ws.dir, V1, BASE)).sort()).toEqual(['recipients.csv', 'sen-durbin.en.html', 'sen-klobuchar.en.html']);
  });

  it('is made again from its snapshot after the directory changed, byte for byte', async () => {
    const edited = await run('officials', 'edit', 'sen-durbin', '--name', 'Dick Durbin');
    expect(edited.code, edited.stderr).toBe(0);
    const now = await run('build', 'senators', '--format', 'html', '--out', 'now');
    expect(now.code, now.stderr).toBe(0);
    expect(readFileSync(join(ws.dir, 'now', BASE, 'sen-durbin.en.html'), 'utf8')).toContain('Dick Durbin');

    const again = await run('build', 'senators', '--release', 'v1', '--out', 'again');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`again/${BASE}/sen-durbin.en.html  identical to the release`);
    expect(again.stdout).not.toContain('DIFFERS');
    expect(readFileSync(join(ws.dir, 'again', BASE, 'sen-durbin.en.html'), 'utf8')).not.toContain('Dick Durbin');
  });

  it('--verify names a copy changed inside the version', async () => {
    expect((await run('release', '--verify', 'senators')).code).toBe(0);
    const copy = join(ws.dir, V1, BASE, 'sen-klobuchar.en.html');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('Klobuchar', 'Klobucher'));
    const bad = await run('release', '--verify', 'senators');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`${BASE}/sen-klobuchar\\.en\\.html: changed`));
  });
});
