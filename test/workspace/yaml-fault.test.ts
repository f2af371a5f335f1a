/**
 * One YAML slip, one problem: the first real fault, at the slip itself, in plain words,
 * and nothing after it (issue 18, item 3).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry } from '../../src/workspace/read-registry.js';
import { parseLetter } from '../../src/workspace/read-letter.js';
import { cliInThisProcess, sampleWorkspace } from '../helpers.js';

const REGISTRY = [
  'signatories:',
  '  wola:',
  '    name: Washington Office on Latin America',
  '    short: WOLA',
  '    country: US',
  '  cmdpdh:',
  '    name: Comisión Mexicana de Defensa y Promoción de los Derechos Humanos',
  '    country: MX',
  '',
].join('\n');

function registryFault(from: string, to: string) {
  expect(REGISTRY).toContain(from);
  const { diagnostics } = parseRegistry(REGISTRY.replace(from, to), 'signatories.yaml');
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

describe('the first fault of a YAML slip', () => {
  it('a tab: the line and column of the tab, said as such', () => {
    const d = registryFault('    short: WOLA', '\tshort: WOLA');
    expect(d).toMatchObject({ line: 4, column: 1, code: 'yaml-syntax', excerpt: '\tshort: WOLA' });
    expect(d.message).toBe('a tab in the indentation: YAML indents with spaces only');
    expect(d.hint).toMatch(/Replace the tab with spaces/);
  });

  it('a field indented less or more than its neighbours: indentation, on that line', () => {
    for (const indent of ['  ', '   ', '      ']) {
      const d = registryFault('    short: WOLA', `${indent}short: WOLA`);
      expect(d).toMatchObject({ line: 4, column: indent.length + 1 });
      expect(d.message).toContain(`indented ${indent.length} spaces, the line above it 4`);
      expect(d.hint).toContain('in the same column, 5');
    }
  });

  it('a key without its colon, whether the parser stumbles on that line or the next', () => {
    expect(registryFault('    short: WOLA', '    short WOLA')).toMatchObject({
      line: 4, column: 10, message: '"short WOLA" has no ":" after its key', hint: 'Write the key, a colon and a space, then the value: short: WOLA',
    });
    expect(registryFault('  cmdpdh:', '  cmdpdh')).toMatchObject({ line: 6, message: '"cmdpdh" has no ":" after its key', hint: 'Write a colon after it: cmdpdh:' });
  });

  it('a value holding ": ", an unclosed quote, an unclosed list: at the line where it starts', () => {
    expect(registryFault('    short: WOLA', '    short: Re: WOLA')).toMatchObject({ line: 4, hint: 'Put the value in quotes: short: "Re: WOLA".' });
    expect(registryFault('    short: WOLA', '    short: "WOLA')).toMatchObject({ line: 4, column: 12, message: 'the " opened here is never closed' });
    const letter = parseLetter('---\ntitle: T\nlanguages: [en, es\ndate: 2022-10-12\n---\n\nText\n', 'letters/x.md');
    expect(letter.diagnostics).toMatchObject([{ line: 3, column: 12, code: 'yaml-syntax', message: 'the list opened here with "[" is never closed with "]"' }]);
  });
});

describe('in the CLI', () => {
  const ws = sampleWorkspace();
  afterAll(() => ws.cleanup());
  const letter = join(ws.dir, 'letters', '2022-10-12-us-mexico-security-dialogue.md');
  const original = readFileSync(letter, 'utf8');

  it('check: one problem with the line and a caret under the column, no library warnings, exit 1', async () => {
    writeFileSync(letter, original.replace('    salutation: { en: Secretary Ebrard, es: Secretario Ebrard }\n    gender: m', '    salutation: { en: Secretary Ebrard, es: Secretario Ebrard }\n  gender: f'));
    const result = await cliInThisProcess(['check'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe([
      'letters/2022-10-12-us-mexico-security-dialogue.md:19:3 error yaml-syntax this line is indented 2 spaces, the line above it 4: YAML groups fields by their indentation',
      '  19 |   gender: f',
      '     |   ^',
      '  hint: If it belongs with the field above (line 18), start it in the same column, 5, with spaces.',
      '',
    ].join('\n'));
    expect(result.stderr).toBe('1 error, 0 warnings in 1 letter and signatories.yaml\n');
    // The same slip through build, which reads the YAML too: no "Keys with collection values" from the library.
    const build = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
    expect(build.code).toBe(1);
    expect(build.stderr).not.toMatch(/Warning|stringified/);
    expect(build.stderr.match(/yaml-syntax/g)).toHaveLength(1);
    writeFileSync(letter, original);
  });

  it('a tab in signatories.yaml: one problem, not one per entry after it', async () => {
    const registry = join(ws.dir, 'signatories.yaml');
    const text = readFileSync(registry, 'utf8');
    writeFileSync(registry, text.replace('    country: MX', '\tcountry: MX'));
    const result = await cliInThisProcess(['check'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(result.stdout.match(/error/g)).toHaveLength(1);
    expect(result.stdout).toContain('→country: MX');
    expect(result.stderr).not.toMatch(/Warning/);
    writeFileSync(registry, text);
  });
});
