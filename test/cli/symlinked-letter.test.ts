import { describe, expect, it } from 'vitest';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInThisProcess, tempWorkspace } from '../helpers.js';

const LETTER = '---\ntitle: T\ndate: 2022-10-12\n---\n\nText.\n';

describe('a letter that is a symbolic link', () => {
  it('is reported, not read, when it leads out of letters/; the others build', async () => {
    const outside = tempWorkspace({ 'secret.md': LETTER.replace('Text.', 'Secret text.') });
    const ws = tempWorkspace({ 'signatories.yaml': 'signatories:\n', 'letters/good.md': LETTER });
    try {
      symlinkSync(join(outside.dir, 'secret.md'), join(ws.dir, 'letters', 'link.md'));
      const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/letters\/link\.md error letter-outside-workspace links to a file outside/);
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-good.en.html'))).toBe(true);
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-link.en.html'))).toBe(false);
      const check = await cliInThisProcess(['check'], { cwd: ws.dir });
      expect(check.code).toBe(1);
      expect(check.stdout + check.stderr).toContain('letter-outside-workspace');
    } finally {
      ws.cleanup();
      outside.cleanup();
    }
  });

  it('builds when it leads to another file inside letters/', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': 'signatories:\n', 'letters/good.md': LETTER });
    try {
      symlinkSync('good.md', join(ws.dir, 'letters', 'alias.md'));
      writeFileSync(join(ws.dir, 'letters', 'other.md'), LETTER);
      const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code, result.stderr).toBe(0);
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-alias.en.html'))).toBe(true);
    } finally {
      ws.cleanup();
    }
  });
});
