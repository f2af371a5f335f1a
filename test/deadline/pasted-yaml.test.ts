/**
 * Issue 28, item 1: YAML pasted from Word or Google Docs. A letter made by
 * `coalition new`, then edited as a coordinator edits it on deadline night: lines
 * pasted from a word processor, with curly quotes, en dashes for "- " and
 * non-breaking spaces. Each slip is said in plain words, at its line, with the line
 * to write instead; nothing of the parser's own vocabulary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInProcess, tempWorkspace } from '../helpers.js';

const ws = tempWorkspace();
let letter = '';
let scaffold = '';

beforeAll(async () => {
  expect((await cli(['init', '.'], { cwd: ws.dir })).code).toBe(0);
  expect((await cli(['new', 'ministers', '--lang', 'es,en', '--title', 'Carta a los ministros', '--to', 'Carolina Vargas Ríos'], { cwd: ws.dir })).code).toBe(0);
  letter = join(ws.dir, 'letters', readdirSync(join(ws.dir, 'letters'))[0]!);
  scaffold = readFileSync(letter, 'utf8');
});
afterAll(() => ws.cleanup());

/** The scaffold with `from` replaced by `to` (which must be there), checked by the real binary. */
async function checkWith(from: string | RegExp, to: string) {
  expect(scaffold).toMatch(from);
  writeFileSync(letter, scaffold.replace(from, to));
  return cli(['check', 'ministers'], { cwd: ws.dir });
}

describe('curly quotes, dashes and odd spaces pasted into the scaffold', () => {
  it('curly quotes around values holding commas: said as curly quotes, with the line to write, not a duplicate key "”"', async () => {
    const result = await checkWith(/^closing: .*$/m, 'closing: { es: “Atentamente,”, en: “Sincerely,” }');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/duplicate-key|”" appears twice/);
    const lines = result.stdout.split('\n');
    const fault = lines.findIndex((l) => /yaml-syntax/.test(l));
    expect(lines[fault]).toMatch(/^letters\/.*-ministers\.md:\d+:16 error yaml-syntax curly quotes “ ” around a value: use straight quotes " or none$/);
    expect(lines[fault + 1]).toMatch(/\| closing: \{ es: “Atentamente,”, en: “Sincerely,” \}$/);
    expect(result.stdout).toContain('Write the line as `closing: { es: "Atentamente,", en: "Sincerely," }`');
    // One slip, one problem: nothing else is read from the front matter.
    expect(result.stdout.match(/ error /g)).toHaveLength(1);
  });

  it('a colon and a space inside a value in braces: "put the value in quotes", not "Block collections…"', async () => {
    const result = await checkWith(/^ {2}es: Carta a los ministros$/m, '  es: Carta a los ministros\n  # pasted:\nsubject: { es: Re: la reunión del 3 de marzo, en: Re: the meeting of March 3 }');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/Block collections|flow collections/);
    expect(result.stdout).toMatch(/error yaml-syntax a colon followed by a space inside a value: YAML reads it as the start of another key/);
    expect(result.stdout).toContain('hint: Put the value in quotes: subject: { es: "Re: la reunión del 3 de marzo", en: Re: the meeting of March 3 }');
  });

  it('a colon and a space in a value inside curly quotes: the curly quotes are the slip', async () => {
    const result = await checkWith(/^ {2}en: TODO title of the letter$/m, '  en: “Letter to the Ministers: security”');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/:6:7 error yaml-syntax curly quotes “ ” around a value: use straight quotes " or none/);
    expect(result.stdout).toContain('so the ": " inside ends the value. Write the line as `en: "Letter to the Ministers: security"`');
  });

  it('a value merely wrapped in curly quotes reads, and prints them: a warning that says so', async () => {
    const result = await checkWith(/^closing: .*$/m, 'closing: { es: “Atentamente”, en: Sincerely }');
    expect(result.stdout).toMatch(/warning yaml-curly-quotes the value “Atentamente” is wrapped in curly quotes, which YAML keeps as text: the letter prints them/);
    expect(result.stdout).not.toMatch(/yaml-syntax/);
  });

  it('an en dash where a list item needs "-": said, with the item to write', async () => {
    const result = await checkWith(/^signatories: \[\].*$/m, 'signatories:\n  – example-network\n  – maria-lopez');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error yaml-syntax this line starts with an en dash "–" where a list item needs a plain hyphen "-"/);
    expect(result.stdout).toContain('write the line as `- example-network`');
    expect(result.stdout).not.toMatch(/signatories.*must be|expected array/i);
  });

  it('a non-breaking space in the indentation of signatories.yaml', async () => {
    writeFileSync(letter, scaffold);
    const registry = join(ws.dir, 'signatories.yaml');
    const text = readFileSync(registry, 'utf8');
    writeFileSync(registry, text.replace('    country: MX', '\u00a0   country: MX'));
    const result = await cli(['check'], { cwd: ws.dir });
    writeFileSync(registry, text);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^signatories\.yaml:\d+:1 error yaml-syntax a non-breaking space in the indentation \(pasted from a word processor\): YAML indents with plain spaces only$/m);
  });

  it('a quote closed with a curly one: the curly quote is named', async () => {
    writeFileSync(letter, scaffold.replace(/^closing: .*$/m, 'closing: { es: "Atentamente,”, en: "Sincerely," }'));
    const result = await cliInProcess(['check', 'ministers'], ws.dir);
    expect(result.stdout).toMatch(/error yaml-syntax the " opened here ends with a curly ”: YAML needs the same straight quote at both ends/);
    expect(result.stdout).toContain('write the line as `closing: { es: "Atentamente,", en: "Sincerely," }`');
  });
});
