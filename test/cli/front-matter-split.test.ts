/**
 * `build`, `check` and the editing commands find the end of a letter's front matter
 * by one rule (src/workspace/front-matter.ts, gray-matter's). They used to use three:
 * gray-matter for reading (any line starting with `---` closes), and a line `---`
 * alone for the editor's span and check's printable lines, so a letter could build
 * cleanly and then crash `sign`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: WOLA\n    country: US\n  hrw:\n    name: Human Rights Watch\n    country: US\n';
const LETTER = 'letters/2022-10-12-x.md';

let ws: { dir: string; cleanup: () => void };
afterEach(() => ws.cleanup());
const run = (...args: string[]) => cliInProcess(args, ws.dir);
const read = () => readFileSync(join(ws.dir, LETTER));

function workspace(letter: string): void {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, [LETTER]: letter });
}

describe('one front matter splitter for build, check and sign', () => {
  it('reads the unusual but valid shapes alike: `--- yaml`, CRLF, a closing `---` with spaces, `---` in a block scalar, a rule in the body', async () => {
    const lines = [
      '--- yaml', // 1
      'title: T', // 2
      'date: 2022-10-12', // 3
      'subject: |', // 4
      '  Part one', // 5
      '  ---', // 6: inside the block scalar, not the end
      '  Part two', // 7
      '# TODO: a YAML comment is never printed', // 8
      'signatories:', // 9
      '  - wola', // 10
      '--- \t', // 11: the end, spaces and a tab after it
      '', // 12
      'First paragraph.', // 13
      '', // 14
      '---', // 15: a horizontal rule in the body
      '', // 16
      'Second paragraph, TODO.', // 17
      '',
    ];
    workspace(lines.join('\r\n'));
    const body = (bytes: Buffer) => bytes.toString('utf8').split('--- \t\r\n')[1];

    const build = await run('build', '--format', 'html');
    expect(build.code, build.stderr).toBe(0);
    const html = readFileSync(join(ws.dir, 'out', '2022-10-12-x.en.html'), 'utf8');
    expect(html).toMatch(/<p>First paragraph\.<\/p>\s*<hr \/>\s*<p>Second paragraph, TODO\.<\/p>/);
    expect(html).toContain('Part one\n---\nPart two');

    // check sees line 17 as printed body text (its TODO counts) and line 8 as a YAML comment.
    const check = JSON.parse((await run('check', '--json')).stdout) as { line: number; code: string }[];
    expect(check.map((d) => `${d.line} ${d.code}`)).toEqual(['17 placeholder']);

    const before = read();
    const sign = await run('sign', 'x', 'hrw', '--pending', '--date', '2022-10-01');
    expect(sign.code, sign.stderr).toBe(0);
    const after = read();
    expect(after.toString('utf8')).toContain('  - wola\r\n  - { id: hrw, status: pending, signed_on: 2022-10-01 }\r\n--- \t\r\n');
    expect(body(after)).toBe(body(before));
  });

  it('reports a line that only starts with `---` (`----`) the same way in build, check and sign, and changes nothing', async () => {
    // Reading ended the front matter at `----` and built a body starting "-"; the
    // editor's span ran on to the rule below and `sign` failed with an internal error.
    // Now all three end it there, and all three say the closing line is wrong.
    workspace('---\ntitle: T\ndate: 2022-10-12\nsignatories:\n  - wola\n----\n\nBody.\n\n---\n\nMore.\n');
    const before = read();
    const where = /^letters\/2022-10-12-x\.md:6:1 error front-matter-closing /m;
    for (const args of [['build', '--format', 'html'], ['check'], ['sign', 'x', 'hrw']]) {
      const result = await run(...args);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(1);
      const output = result.stdout + result.stderr;
      expect(output, args[0]).toMatch(where);
      expect(output).not.toContain('internal error');
    }
    expect(read().equals(before)).toBe(true);
  });
});
