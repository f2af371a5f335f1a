/**
 * Issue 22, item 5: one rule for files outside the workspace, in one place
 * (src/workspace/inside-workspace.ts). A registry linked outside was read (and a line
 * of the file elsewhere printed in an error), while officials.yaml, letters, templates
 * and profiles linked outside were refused: now each is refused the same way, before
 * a byte of it is read, by `check`, `build` and the registry's own commands alike.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const LETTER = '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you.\n';
/** A file elsewhere on the machine: a valid registry (it would be used) and, in a second copy, one whose fault would quote its line. */
const SECRET_REGISTRY = 'signatories:\n  wola:\n    name: SECRET-NAME-FROM-ELSEWHERE\n';
const SECRET_BROKEN = 'root:SECRET-HASH:19000:0:99999:7:::\n  - [\n';

let outside: string;
const cleanups: (() => void)[] = [];

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'coalition-elsewhere-'));
  writeFileSync(join(outside, 'registry.yaml'), SECRET_REGISTRY);
  writeFileSync(join(outside, 'shadow'), SECRET_BROKEN);
  writeFileSync(join(outside, 'officials.yaml'), 'officials:\n  x:\n    name: SECRET-OFFICIAL\n');
  writeFileSync(join(outside, 'profile.yaml'), 'name: SECRET-PROFILE\n');
});

afterAll(() => {
  for (const c of cleanups) c();
  rmSync(outside, { recursive: true, force: true });
});

/** A workspace whose `name` is a link to `target` outside it. */
function linked(name: string, target: string, files: Record<string, string> = {}): string {
  const ws = tempWorkspace({ 'letters/2022-10-12-x.md': LETTER, ...files });
  cleanups.push(ws.cleanup);
  symlinkSync(join(outside, target), join(ws.dir, name));
  return ws.dir;
}

describe('5. a registry linked outside the workspace is refused as every other file is', () => {
  it('check, build and org list refuse it, naming the link, and print nothing of the file elsewhere', async () => {
    for (const target of ['registry.yaml', 'shadow']) {
      const dir = linked('signatories.yaml', target);
      for (const args of [['check'], ['build', '--format', 'html'], ['org', 'list']]) {
        const result = await cliInProcess(args, dir);
        const said = result.stdout + result.stderr;
        expect(result.code, `${args.join(' ')} → ${target}: ${said}`).not.toBe(0);
        expect(said).toContain('signatories.yaml');
        expect(said).toMatch(/registry-outside-workspace|links to a file outside the workspace/);
        expect(said).not.toContain('SECRET');
      }
    }
  });

  it('says so in the same words as for officials.yaml and a profile linked outside', async () => {
    const registry = await cliInProcess(['check'], linked('signatories.yaml', 'registry.yaml'));
    const officials = await cliInProcess(['check'], linked('officials.yaml', 'officials.yaml', { 'signatories.yaml': REGISTRY }));
    const profile = await cliInProcess(['profiles'], linked('profiles/mine.yaml', 'profile.yaml', { 'signatories.yaml': REGISTRY, 'profiles/.keep': '' }));
    expect(registry.stdout + registry.stderr).toMatch(/signatories\.yaml.*links to a file outside the workspace, which is not read/);
    expect(officials.stdout + officials.stderr).toMatch(/officials\.yaml.*links to a file outside the workspace, which is not read/);
    expect(profile.stdout + profile.stderr).toMatch(/profiles\/mine\.yaml.*links to a file outside the workspace, which is not read/);
    for (const r of [registry, officials, profile]) expect(r.stdout + r.stderr).not.toContain('SECRET');
  });
});
