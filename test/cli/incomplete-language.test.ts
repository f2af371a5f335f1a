/**
 * A translation still pending holds back only itself (issue 18, item 6): the complete
 * languages build, the incomplete one is reported as an error for that language, and
 * the run exits 1, or 0 when only complete languages were asked for. And a missing body
 * no longer hides the letter's other problems from `check`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInThisProcess, pdfText, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
let ws: { dir: string; cleanup: () => void };
/** The sample letter as a Spanish original whose English edition is not written yet. */
beforeEach(() => {
  ws = sampleWorkspace();
  const path = join(ws.dir, LETTER);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('languages: [en, es]', 'languages: [es, en]').replace(/::: en\n[\s\S]*?\n:::\n/, ''));
});
afterEach(() => ws.cleanup());
const out = () => (existsSync(join(ws.dir, 'out')) ? readdirSync(join(ws.dir, 'out')).sort() : []);

describe('a letter whose English is not written yet', () => {
  it('build --lang es builds the Spanish original and exits 0, saying nothing of the English', async () => {
    const result = await cliInThisProcess(['build', '--lang', 'es'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(out()).toEqual(['2022-10-12-us-mexico-security-dialogue.es.html', '2022-10-12-us-mexico-security-dialogue.es.pdf']);
    expect(pdfText(join(ws.dir, 'out', '2022-10-12-us-mexico-security-dialogue.es.pdf'))).toContain('Las organizaciones');
    expect(result.stderr).not.toContain('missing-body');
  });

  it('build (every language) builds the Spanish, reports the English as an error for that language, and exits 1', async () => {
    const result = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    expect(out()).toEqual(['2022-10-12-us-mexico-security-dialogue.es.html']);
    expect(result.stderr).toContain(`${LETTER}:8:17 error missing-body language "en" has no body`);
    expect(result.stderr).toContain(`✗ ${LETTER}: en not built`);
    expect(result.stderr).toContain('built 1 file from 1 letter; 1 with a language not built');
  });

  it('build --lang en, or a combined edition that needs the English: nothing is built, exit 1', async () => {
    expect((await cliInThisProcess(['build', '--lang', 'en', '--format', 'html'], { cwd: ws.dir })).code).toBe(1);
    const bilingual = await cliInThisProcess(['build', '--bilingual', 'parallel', '--format', 'html'], { cwd: ws.dir });
    expect(bilingual.code).toBe(1);
    expect(bilingual.stderr.match(/missing-body/g)).toHaveLength(1);
    expect(out()).toEqual([]);
  });

  it('check reports the missing English and the letter\'s other problems in the same run', async () => {
    const path = join(ws.dir, LETTER);
    writeFileSync(path, readFileSync(path, 'utf8').replace('  - serapaz\n', '  - serapas\n'));
    const result = await cliInThisProcess(['check', '--json'], { cwd: ws.dir });
    expect(result.code).toBe(1);
    const codes = (JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code);
    expect(codes).toEqual(['missing-body', 'unknown-signatory']);
  });
});
