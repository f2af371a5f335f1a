/** A letter whose date moved: the output takes the new date once, check says the file name is stale, rename fixes it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInThisProcess, sampleWorkspace } from '../helpers.js';

const OLD = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const NEW = 'letters/2026-12-10-us-mexico-security-dialogue.md';
let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = sampleWorkspace();
  const path = join(ws.dir, OLD);
  writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2022-10-12', 'date: 2026-12-10'));
});
afterEach(() => ws.cleanup());

describe('a letter whose date moved after it was named', () => {
  it('builds to out/<new date>-<slug>, never with two dates', async () => {
    const result = await cliInThisProcess(['build', '--format', 'html', '--lang', 'es'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['2026-12-10-us-mexico-security-dialogue.es.html']);
  });

  it('check warns file-name-date at the date: line, naming the command that fixes it', async () => {
    const result = await cliInThisProcess(['check', '--json'], { cwd: ws.dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{
      file: OLD, line: 7, column: 1, severity: 'warning', code: 'file-name-date',
      message: 'the file name says 2022-10-12, the letter\'s date is 2026-12-10',
      hint: '`coalition rename us-mexico-security-dialogue` renames it to letters/2026-12-10-us-mexico-security-dialogue.md (its output is already out/2026-12-10-us-mexico-security-dialogue.*).',
    }]);
  });

  it('rename renames the file after its date; the letter is the same, found by the same slug, and check is quiet', async () => {
    const before = readFileSync(join(ws.dir, OLD), 'utf8');
    const result = await cliInThisProcess(['rename', 'us-mexico-security-dialogue'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${NEW}\n`);
    expect(existsSync(join(ws.dir, OLD))).toBe(false);
    expect(readFileSync(join(ws.dir, NEW), 'utf8')).toBe(before);
    expect((await cliInThisProcess(['check', '--json'], { cwd: ws.dir })).stdout.trim()).toBe('[]');
    expect((await cliInThisProcess(['status', 'us-mexico-security-dialogue'], { cwd: ws.dir })).stdout).toContain(NEW);
    const again = await cliInThisProcess(['rename', 'us-mexico-security-dialogue'], { cwd: ws.dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('nothing to do');
  });

  it('rename with a new slug; never over another letter', async () => {
    const renamed = await cliInThisProcess(['rename', 'us-mexico-security-dialogue', 'security-dialogue'], { cwd: ws.dir });
    expect(renamed.stdout).toBe('letters/2026-12-10-security-dialogue.md\n');
    writeFileSync(join(ws.dir, 'letters', '2026-12-10-other.md'), '---\ntitle: T\ndate: 2026-12-10\n---\n\nText.\n');
    const clash = await cliInThisProcess(['rename', 'security-dialogue', 'other'], { cwd: ws.dir });
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('letters/2026-12-10-other.md already exists; nothing was renamed');
    expect(readdirSync(join(ws.dir, 'letters')).sort()).toEqual(['2026-12-10-other.md', '2026-12-10-security-dialogue.md']);
  });
});
