/**
 * Issue 22, item 9: `check --for` is bounded. A letter holding a word of 8,000
 * characters without a break took 24 s in the Word page estimate: the estimate is now
 * made from the text's length and says it was cut short; and `check --timeout` bounds
 * the print of a channel that takes PDF, as `build --timeout` does (exit 4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const letter = (body: string) => `---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\n${body}\n`;

let ws: { dir: string; cleanup: () => void };
beforeAll(() => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/2022-10-12-x.md': letter(`We write ${'a'.repeat(8000)} to you.`) });
});
afterAll(() => ws.cleanup());

describe('9. check --for on a letter with an 8,000-character word', () => {
  it('says "about N pages, estimate cut short" instead of laying the word out', async () => {
    const result = await cliInProcess(['check', '--for', 'un-upr'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/about 3 pages \(Word, en; estimate cut short: a word of 8,000 characters without a break is not laid out; count the pages in Word\), within the limit of 5/);
  });

  it('--timeout ends the print of a PDF channel with exit 4, as build does', async () => {
    const result = await cli(['check', '--for', 'regulations-gov', '--timeout', '0.01'], { cwd: ws.dir, timeout: 60_000 });
    expect(result.code, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/within 0\.01 s/);
  }, 90_000);
});
