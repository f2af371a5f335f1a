/**
 * The Word letter's signatory block says what the PDF's says, line for line: the
 * heading with the as-of date joined to it (never a second noun, issue 27), and the
 * "list updated" line a re-sent letter prints under the list.
 */
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the Word signatory block', () => {
  it('prints the heading with the as-of date, and the updated line under the list', async () => {
    const ws = tempWorkspace({
      'signatories.yaml': 'signatories:\n  wola:\n    name: Washington Office on Latin America\n',
      'letters/x.md': '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\nsigning:\n  heading: "Signed,"\n  as_of: 2022-10-12\n  updated: 2022-12-03\n---\n\nWe write to you.\n',
    });
    cleanup = ws.cleanup;
    const built = await cliInProcess(['build', '--format', 'docx'], ws.dir);
    expect(built.code, built.stderr).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(ws.dir, 'out', '2022-10-12-x.en.docx') });
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    const heading = lines.indexOf('Signed as of October 12, 2022,');
    expect(heading).toBeGreaterThan(-1);
    expect(lines).not.toContain('Signatories as of October 12, 2022');
    expect(lines[heading + 1]).toBe('Washington Office on Latin America');
    expect(lines[heading + 2]).toBe('Signatory list updated December 3, 2022');
  });
});
