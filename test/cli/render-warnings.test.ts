import { describe, expect, it } from 'vitest';
import { cli, tempWorkspace } from '../helpers.js';

describe('warnings met while rendering', () => {
  it('point at the line and column of the missing image, the refused one and the removed tag, each under its own code', async () => {
    const ws = tempWorkspace({
      'signatories.yaml': 'signatories:\n',
      'letters/x.md': [
        '---', 'title: T', 'date: 2022-10-12', '---', '', // lines 1-5
        'First paragraph.', '', // 6-7
        'See ![the map](../outside.png) here.', '', // 8-9
        '<iframe src="https://example.org"></iframe>', '', // 10-11
        'And ![a remote one](https://example.org/a.png).', '', // 12-13
      ].join('\n'),
    });
    try {
      const result = await cli(['build', '--format', 'html'], { cwd: ws.dir });
      expect(result.code).toBe(0);
      // A file that is not there is missing, not refused: the fix is a path or a file, not a different kind of image.
      expect(result.stderr).toMatch(/letters\/x\.md:8:16 warning image-missing image "\.\.\/outside\.png" not found\n {2}hint: Fix the path/);
      expect(result.stderr).toMatch(/letters\/x\.md:10:1 warning html-removed raw HTML removed: <iframe>/);
      expect(result.stderr).toMatch(/letters\/x\.md:12:21 warning image-refused image "https:\/\/example\.org\/a\.png" refused: only image files inside the workspace/);
    } finally {
      ws.cleanup();
    }
  });
});
