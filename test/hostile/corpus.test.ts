/**
 * Table-driven: every bad input in the corpus gets its exit status, a message naming
 * the file and the fault, no stack trace, and leaves the workspace exactly as it was.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, cliInProcess } from '../helpers.js';
import { BAD_INPUTS, REGISTRY, type BadInput } from './corpus.js';

const parents: string[] = [];
afterAll(() => {
  for (const dir of parents) rmSync(dir, { recursive: true, force: true });
});

/** The workspace is `<parent>/ws`, so `../x` in a case lands in a folder of its own. */
function materialize(input: BadInput): { ws: string; before: Map<string, string> } {
  const parent = mkdtempSync(join(tmpdir(), 'coalition-hostile-'));
  parents.push(parent);
  const ws = join(parent, 'ws');
  const files = { 'signatories.yaml': REGISTRY, ...input.files };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), content);
  }
  for (const [link, target] of Object.entries(input.symlinks ?? {})) {
    mkdirSync(dirname(join(ws, link)), { recursive: true });
    symlinkSync(target, join(ws, link));
  }
  return { ws, before: snapshot(parent) };
}

/** Every file under `dir` (symlinks not followed) → a digest of its content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) continue;
    const content = entry.isFile() ? readFileSync(path) : Buffer.from('(link)');
    files.set(relative(dir, path), `${content.length}:${content.subarray(0, 64).toString('hex')}:${content.subarray(-64).toString('hex')}`);
  }
  return files;
}

describe('bad inputs: exit status, a message naming file and fault, nothing written', () => {
  it('has at least 40 cases', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', async (_name, input) => {
    await expectRefused(input, input.args ?? ['--format', 'html']);
  });
});

describe('the same bad inputs asked for as Word letters (--format docx)', () => {
  // In-process all: the cases marked `binary` ran through the binary above.
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', async (_name, input) => {
    await expectRefused(input, (input.args ?? ['--format', 'html']).map((arg) => (arg === 'html' ? 'docx' : arg)), false);
  });
});

async function expectRefused(input: BadInput, buildArgs: string[], binary = input.binary): Promise<void> {
  const { ws, before } = materialize(input);
  const args = ['build', ...buildArgs];
  const result = binary ? await cli(args, { cwd: ws }) : await cliInProcess(args, ws);

  expect(result.code, result.stderr).toBe(input.exit);
  expect(result.stderr).toContain(input.file);
  expect(result.stderr).toMatch(input.fault);
  expect(result.stderr, 'a stack trace was printed').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stdout, 'a built file was reported').not.toMatch(/\.(html|pdf|docx)$/m);
  // Nothing written: no out/ folder, no temporary file, no input changed.
  expect(snapshot(dirname(ws))).toEqual(before);
}
