/**
 * Issue 22, item 10: terminal escapes. A name from a sign-on CSV, a front-matter key
 * or a profile's title holding `ESC ] 0 ; … BEL` (retitle the window), `ESC [ 2 J`
 * (clear the screen) or a C1 CSI is printed as the text `\x1b`, never sent to the
 * terminal: by `import`, `org list`, `status`, `check` and `profiles`; and `check`
 * flags the control characters in a registry name at its line. In-process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, REPO, tempWorkspace } from '../helpers.js';

/** Anything a terminal would act on: C0 but tab and newline, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESC = '\x1b';
const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n  evil:\n    name: "Evil\\e]0;pwned\\a Org\\e[2J"\n';
const LETTER = `---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola, evil]\n"bad\\e[2Jkey": 1\n---\n\nWe write to you.\n`;

let ws: { dir: string; cleanup: () => void };
beforeAll(() => {
  ws = tempWorkspace({
    'signatories.yaml': REGISTRY,
    'letters/2022-10-12-x.md': LETTER,
    // A built-in profile under a title that would write the clipboard (OSC 52).
    'profiles/mine.yaml': readFileSync(join(REPO, 'profiles', 'un-upr.yaml'), 'utf8').replace(/^name: .*$/m, 'name: "Mine\\e]52;c;ZXZpbA==\\a"'),
  });
});
afterAll(() => ws.cleanup());

function expectInert(result: { stdout: string; stderr: string }, visible: string): void {
  const said = result.stdout + result.stderr;
  expect(said, said).not.toMatch(RAW_CONTROL);
  expect(said).toContain(visible);
}

describe('10. control characters printed to a terminal', () => {
  it('import shows a name from the sign-on CSV with \\x1b, and org list prints it so', async () => {
    writeFileSync(join(ws.dir, 'responses.csv'), `Organization name,Siglas,País / Country\n"Csv${ESC}]0;owned${ESC}\\ Group\u009b2J",CSVG,México\n`);
    const imported = await cliInProcess(['import', 'x', 'responses.csv'], ws.dir);
    expect(imported.code, imported.stderr).toBe(0);
    expectInert(imported, 'Csv\\x1b]0;owned\\x1b\\ Group\\u009b2J');
    const listed = await cliInProcess(['org', 'list'], ws.dir);
    expect(listed.code, listed.stderr).toBe(0);
    expectInert(listed, 'Evil\\x1b]0;pwned\\x07 Org\\x1b[2J');
    expectInert(listed, 'Csv\\x1b]0;owned');
    const csv = await cliInProcess(['org', 'list', '--csv'], ws.dir);
    expectInert(csv, 'Evil\\x1b]0;pwned');
    const json = await cliInProcess(['org', 'list', '--json'], ws.dir);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    // JSON keeps each name's value: the C1 character is written as a JSON escape.
    expect(json.stdout).toContain('Group\\u009b2J');
    expect((JSON.parse(json.stdout) as { name: string }[]).map((o) => o.name)).toContain(`Csv${ESC}]0;owned${ESC}\\ Group\u009b2J`);
  });

  it('status, check and profiles show names, keys and titles with \\x1b; check flags the name at its line', async () => {
    const status = await cliInProcess(['status'], ws.dir);
    expect(status.stdout + status.stderr).not.toMatch(RAW_CONTROL);
    const check = await cliInProcess(['check'], ws.dir);
    expectInert(check, 'bad\\x1b[2Jkey');
    expect(check.stdout + check.stderr).toMatch(/signatories\.yaml:5:\d+ warning control-character evil\.name holds control characters \(\\x1b, \\x07\)/);
    const profiles = await cliInProcess(['profiles'], ws.dir);
    expectInert(profiles, 'Mine\\x1b]52;c;ZXZpbA==\\x07');
  });
});
