/**
 * Issue 22, items 6 and 7: a version folder is shared and committed, so what it holds
 * is not trusted. `release --verify` reads only regular files inside the version
 * folder, no further than its manifest records: a released file replaced by a link to
 * /dev/zero, to a file outside (a stand-in for /etc/shadow), by a named pipe, and a
 * manifest naming `../` or absolute paths, are each named as refused, unread, in
 * bounded time. `send` and `publish` read a released file through the same function
 * (release-file.ts), so a named pipe there is refused as well, never waited on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDownload } from '../../src/publish/downloads.js';
import { checkReleaseFile } from '../../src/release/release-file.js';
import { readVersion, releaseSeries } from '../../src/release/release-store.js';
import { readAttachment } from '../../src/send/attachments.js';
import { loadLetter } from '../../src/workspace/read-letter.js';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const LETTER = '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you.\n';
const V1 = 'releases/2022-10-12-x/v1';

let ws: { dir: string; cleanup: () => void };
let outside: string;
let secret: string;
let pristine: Buffer;

beforeAll(async () => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/2022-10-12-x.md': LETTER });
  outside = mkdtempSync(join(tmpdir(), 'coalition-outside-'));
  secret = join(outside, 'shadow');
  writeFileSync(secret, 'root:SECRET-HASH:19000:0:99999:7:::\n');
  const released = await cliInProcess(['release', 'x', '--format', 'html'], ws.dir);
  expect(released.code, released.stderr).toBe(0);
  pristine = readFileSync(join(ws.dir, V1, 'manifest.json'));
}, 60_000);

afterAll(() => {
  ws.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

/** The version's files as the manifest lists them. */
function manifestFiles(): Record<string, { bytes: number; sha256: string }> {
  return (JSON.parse(pristine.toString('utf8')) as { files: Record<string, { bytes: number; sha256: string }> }).files;
}

/** Runs `fn` with `name` of v1 replaced by what `replace` puts there, then puts the file back. */
async function withReplaced<T>(name: string, replace: (path: string) => void, fn: () => Promise<T>): Promise<T> {
  const path = join(ws.dir, V1, name);
  const saved = readFileSync(path);
  unlinkSync(path);
  replace(path);
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
    writeFileSync(path, saved);
  }
}

const verify = () => cliInProcess(['release', '--verify', 'x'], ws.dir);

describe('6. release --verify reads only regular files inside the version folder', () => {
  it('passes on the version as released (the fixture is sound)', async () => {
    const result = await verify();
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('names a released file replaced by a link to /dev/zero as refused, without reading it', async () => {
    const name = Object.keys(manifestFiles()).find((n) => n.endsWith('.html'))!;
    const result = await withReplaced(name, (path) => symlinkSync('/dev/zero', path), verify);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${V1}/${name}: refused — a symbolic link, not the file released: it was not followed`);
  });

  it('names a link to a file outside the workspace (as /etc/shadow would be) as refused, and prints none of its content', async () => {
    const result = await withReplaced('signatories.json', (path) => symlinkSync(secret, path), verify);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${V1}/signatories.json: refused — a symbolic link`);
    expect(result.stdout + result.stderr).not.toContain('SECRET');
  });

  it('names a released file replaced by a named pipe as refused, and does not wait on it', async () => {
    const result = await withReplaced('signatories.csv', (path) => execFileSync('mkfifo', [path]), verify);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${V1}/signatories.csv: refused — a named pipe (FIFO), not the file released: it was not read`);
  }, 5_000);

  it('refuses `../` and absolute paths named by an edited manifest, reading nothing outside the folder', { timeout: 10_000 }, async () => {
    const manifest = JSON.parse(pristine.toString('utf8')) as { files: Record<string, { bytes: number; sha256: string }> };
    const record = { bytes: readFileSync(secret).length, sha256: 'a'.repeat(64) };
    manifest.files['../../../shadow'] = record;
    manifest.files[secret] = record;
    const path = join(ws.dir, V1, 'manifest.json');
    writeFileSync(path, JSON.stringify(manifest, null, 2));
    try {
      const result = await verify();
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${V1}/manifest.json: changed`);
      expect(result.stdout).toContain(`${V1}/../../../shadow: refused — not a path inside the version folder`);
      expect(result.stdout).toContain(`${V1}/${secret}: refused — not a path inside the version folder`);
      expect(result.stdout + result.stderr).not.toContain('SECRET');
    } finally {
      writeFileSync(path, pristine);
    }
  });

  it('reads no further than the size the manifest records, even from a file that is larger', async () => {
    const [name, record] = Object.entries(manifestFiles()).find(([n]) => n.endsWith('.html'))!;
    const dir = join(ws.dir, V1);
    const path = join(dir, name);
    const saved = readFileSync(path);
    writeFileSync(path, Buffer.concat([saved, Buffer.alloc(8 * 1024 * 1024, 0x20)]));
    try {
      const result = await checkReleaseFile(dir, name, record);
      expect(result).toMatchObject({ ok: false, problem: 'changed' });
      expect((result as { detail: string }).detail).toMatch(new RegExp(`^${saved.length + 8 * 1024 * 1024} bytes; released: ${record.bytes} bytes`));
    } finally {
      writeFileSync(path, saved);
    }
  });
});

describe('7. send and publish read a released file as verify does: a named pipe is refused, never waited on', () => {
  it('readAttachment and readDownload refuse a named pipe in the version folder', async () => {
    const root = ws.dir;
    const letter = join(root, 'letters/2022-10-12-x.md');
    const series = await releaseSeries(root, await loadLetter(letter, 'letters/2022-10-12-x.md'));
    const version = await readVersion(series, 1);
    const [name, record] = Object.entries(version.manifest.files).find(([n]) => n.endsWith('.html'))!;
    await withReplaced(name, (path) => execFileSync('mkfifo', [path]), async () => {
      await expect(readAttachment(version, { file: name, ...record } as Parameters<typeof readAttachment>[1], 'letters/2022-10-12-x.md'))
        .rejects.toThrow(/cannot be read \(refused: a named pipe \(FIFO\)/);
      await expect(readDownload(version, { name, kind: 'pdf', type: 'application/pdf', ...record }))
        .rejects.toThrow(/refused: a named pipe \(FIFO\)/);
    });
  }, 5_000);
});
