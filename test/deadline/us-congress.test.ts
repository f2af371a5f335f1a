/**
 * Issue 28, item 8: the Congress data ships with the package (data/us-congress/, the
 * public-domain congress-legislators snapshot), so `officials import --us-congress`
 * works offline; a stale official is said only for letters addressed to them, and at
 * build too. The repository's copy is what the test reads (PACKAGE_ROOT), never /work/shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, REPO, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
let imported: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  imported = await cli(['officials', 'import', '--us-congress'], { cwd: ws.dir });
  writeFileSync(join(ws.dir, 'letters', '2026-12-10-judiciary.md'), [
    '---', 'title: Letter', 'date: 2026-12-10', 'to: [sen-durbin]', 'closing: "Sincerely,"', 'signatories: [example-network]', '---', '',
    '::: en', 'We write about the border.', ':::', '',
  ].join('\n'));
}, 120_000);
afterAll(() => ws.cleanup());

describe('the bundled Congress snapshot', () => {
  it('is in the package, with where it comes from and its licence', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('data');
    const readme = readFileSync(join(REPO, 'data', 'us-congress', 'README.md'), 'utf8');
    expect(readme).toContain('https://github.com/unitedstates/congress-legislators');
    expect(readme).toContain('CC0');
    expect(readFileSync(join(REPO, 'docs', 'officials.md'), 'utf8')).toContain('officials import --us-congress');
  });

  it('officials import --us-congress brings every member and committee, offline', () => {
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('legislators-current.yaml (bundled) (legislators): 537 added');
    expect(imported.stderr).toMatch(/committee-membership-current\.yaml \(bundled\) \(committees\): .*groups: 228 added/);
    const directory = readFileSync(join(ws.dir, 'officials.yaml'), 'utf8');
    expect(directory).toContain('  sen-durbin:');
    expect(directory).toContain('  SSJU:');
  });

  it('says which officials to import when given neither a file nor --us-congress', async () => {
    const result = await cliInProcess(['officials', 'import'], ws.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('coalition officials import --us-congress');
  });

  it('warns of a term that ended only in letters addressed to that official', async () => {
    // By February 2027 every term ending in January 2027 is over: a third of the Senate.
    const json = JSON.parse((await cliInProcess(['check', '--json', '--today', '2027-02-01'], ws.dir)).stdout);
    const stale = json.filter((d: { code: string }) => d.code === 'stale-official');
    expect(stale).toEqual([expect.objectContaining({ file: 'letters/2026-12-10-judiciary.md', message: 'addressed to an official whose term has ended: sen-durbin (until 2027-01-03)' })]);
  });

  it('build says it too', async () => {
    expect((await cliInProcess(['officials', 'edit', 'sen-durbin', '--until', '2025-01-03'], ws.dir)).code).toBe(0);
    const build = await cli(['build', 'judiciary', '--format', 'html'], { cwd: ws.dir });
    expect(build.code).toBe(0);
    expect(build.stderr).toContain('stale-official addressed to an official whose term has ended: sen-durbin (until 2025-01-03)');
  });
});
