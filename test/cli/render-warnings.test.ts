import { describe, expect, it } from 'vitest';
import { cli, tempWorkspace } from '../helpers.js';

describe('warnings met while rendering', () => {
  it('point at the line and column of the refused image and of the removed tag', async () => {
    const ws = tempWorkspace({
      'signatories.yaml': 'signatories:\n',
      'letters/x.md': [
        '---', 'title: T', 'date: 2022-10-12', '---', '', // lines 1-5
        'First paragraph.', '', // 6-7
        'See ![the map](../outside.png) here.', '', // 8-9
        '<iframe src="https://example.org"></iframe>', '', // 10-11
      ].join('\n'),
    });
    try {
      const result = await cli(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/letters\/x\.md:8:16 warning image-refused image "\.\.\/outside\.png" not found/);
      expect(result.stderr).toMatch(/letters\/x\.md:10:1 warning html-removed raw HTML removed: <iframe>/);
    } finally {
      ws.cleanup();
    }
  });
});
