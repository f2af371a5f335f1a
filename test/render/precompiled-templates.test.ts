/**
 * The built-in templates run precompiled (scripts/precompile-templates.mjs), and that
 * must change nothing a user sees: the same letter built with every template copied
 * into the workspace as an override (so compiled from its text at run time) gives
 * byte-identical HTML, in both languages and as a combined edition.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO, sampleWorkspace } from '../helpers.js';

import { PRECOMPILED } from '../../src/render/precompiled-templates.js';

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(join(dir, 'out')).sort().map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]));
}

describe('precompiled built-in templates', () => {
  it('hold the current text of every built-in template', () => {
    const names = Object.keys(PRECOMPILED).sort();
    expect(names).toContain('letter.hbs');
    expect(names).toContain('partials/signatories.hbs');
    for (const name of names) expect(PRECOMPILED[name]!.source, name).toBe(readFileSync(join(REPO, 'templates', name), 'utf8'));
  });

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
});
