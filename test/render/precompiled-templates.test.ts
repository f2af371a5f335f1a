/**
 * The bundle runs the built-in templates precompiled (scripts/precompile-templates.mjs),
 * and that must change nothing a user sees: the same letter built with every template
 * copied into the workspace as an override (so compiled from its text at run time)
 * gives byte-identical HTML, in both languages and as a combined edition; and a
 * built-in template edited after the build is used as edited, not as precompiled.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO, sampleWorkspace } from '../helpers.js';

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(join(dir, 'out')).sort().map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]));
}

describe('precompiled built-in templates', () => {
  it('render exactly what the same templates compiled at run time render', async () => {
    const builtin = sampleWorkspace();
    const copied = sampleWorkspace();
    try {
      cpSync(join(REPO, 'templates'), join(copied.dir, 'templates'), { recursive: true });
      for (const ws of [builtin, copied]) {
        for (const args of [['build', '--format', 'html', '--draft'], ['build', '--format', 'html', '--bilingual', 'parallel']]) {
          const result = await cli(args, { cwd: ws.dir });
          expect(result.code, result.stderr).toBe(0);
        }
      }
      const expected = outputs(copied.dir);
      expect(Object.keys(expected)).toHaveLength(3);
      expect(outputs(builtin.dir)).toEqual(expected);
    } finally {
      builtin.cleanup();
      copied.cleanup();
    }
  });

  it('give way to a built-in template edited after the build', async () => {
    // An installed copy of the package whose templates/ no longer match the bundle.
    const pkg = mkdtempSync(join(tmpdir(), 'coalition-package-'));
    const ws = sampleWorkspace();
    try {
      for (const entry of ['package.json', 'bin', 'dist', 'templates']) cpSync(join(REPO, entry), join(pkg, entry), { recursive: true });
      symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
      const partial = join(pkg, 'templates', 'partials', 'signatories.hbs');
      writeFileSync(partial, `<p class="edited-after-build"></p>\n${readFileSync(partial, 'utf8')}`);
      const layout = join(pkg, 'templates', 'letter.hbs');
      writeFileSync(layout, readFileSync(layout, 'utf8').replace('<meta name="generator" content="coalition">', '<meta name="generator" content="coalition, edited">'));

      execFileSync(process.execPath, [join(pkg, 'bin', 'coalition.js'), 'build', '--format', 'html', '--lang', 'en'], { cwd: ws.dir, stdio: 'pipe' });
      const html = readFileSync(join(ws.dir, 'out', '2022-10-12-us-mexico-security-dialogue.en.html'), 'utf8');
      expect(html).toContain('<meta name="generator" content="coalition, edited">');
      expect(html).toContain('<p class="edited-after-build"></p>');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
      ws.cleanup();
    }
  });
});
