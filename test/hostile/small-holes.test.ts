/**
 * Issue 22, item 12, the smaller holes: a `mailto:…?attach=/etc/passwd` link keeps
 * no attachment in the Word letter; `contact_form: javascript:…` is refused in
 * officials.yaml (http and https only); CSV cells starting with a full-width `＝` or
 * with spaces then `=` are neutralized; one broken workspace profile does not hide
 * the others from `coalition profiles`. In-process, one small workspace each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const letter = (body: string, extra = '') => `---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n${extra}---\n\n${body}\n`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function workspace(files: Record<string, string>): string {
  const ws = tempWorkspace({ 'signatories.yaml': REGISTRY, ...files });
  cleanup = ws.cleanup;
  return ws.dir;
}

describe('12. smaller holes', () => {
  it('a mailto link asking to attach a file keeps its subject and loses attach= in the Word letter', async () => {
    const dir = workspace({ 'letters/2022-10-12-x.md': letter('Write to [us](mailto:info@example.org?subject=Hello&attach=/etc/passwd&Attachment=%2Fetc%2Fshadow).') });
    const result = await cliInProcess(['build', '--format', 'docx'], dir);
    expect(result.code, result.stderr).toBe(0);
    const parts = ZipParts.read(readFileSync(join(dir, 'out', '2022-10-12-x.en.docx')), 'x.docx');
    const rels = parts.text('word/_rels/document.xml.rels')!;
    expect(rels).toContain('mailto:info@example.org?subject=Hello');
    expect(rels).not.toMatch(/attach|passwd|shadow/i);
  });

  it('contact_form: javascript:… in officials.yaml is an error at its line; http(s) is accepted', async () => {
    const officials = 'officials:\n  ok:\n    name: Ana Ok\n    contact_form: https://example.org/contact\n  bad:\n    name: Bo Bad\n    contact_form: "javascript:alert(document.cookie)"\n';
    const dir = workspace({ 'letters/2022-10-12-x.md': letter('We write.'), 'officials.yaml': officials });
    const result = await cliInProcess(['check'], dir);
    const said = result.stdout + result.stderr;
    expect(result.code, said).toBe(1);
    expect(said).toMatch(/officials\.yaml:7:\d+.*expected a web address starting with http:\/\/ or https:\/\//);
    expect(said).not.toMatch(/officials\.yaml:4:/);
  });

  it('CSV cells starting with a full-width ＝, or spaces then =, open as text', async () => {
    const registry = 'signatories:\n  a:\n    name: "＝HYPERLINK(\\"http://127.0.0.1/\\",\\"x\\")"\n  b:\n    name: "   =1+1"\n  c:\n    name: "\\u3000＋SUM(1)"\n  d:\n    name: Plain Name\n';
    const dir = workspace({ 'signatories.yaml': registry });
    const result = await cliInProcess(['org', 'list', '--csv'], dir);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.find((l) => l.includes('HYPERLINK'))).toMatch(/,"'＝HYPERLINK\(/);
    expect(lines.find((l) => l.includes('=1+1'))).toMatch(/,'   =1\+1(,|$)/);
    expect(lines.find((l) => l.includes('SUM'))).toMatch(/,'\u3000＋SUM\(1\)(,|$)/);
    expect(lines.find((l) => l.includes('Plain Name'))).toMatch(/,Plain Name(,|$)/);
  });

  it('one broken workspace profile is named, and every other profile is still listed', async () => {
    const dir = workspace({ 'profiles/broken.yaml': 'name: [unclosed\n', 'profiles/mine.yaml': readFileSync(join(__dirname, '../../profiles/un-upr.yaml'), 'utf8') });
    const result = await cliInProcess(['profiles'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/profiles\/broken\.yaml/);
    for (const id of ['mine', 'un-upr', 'us-scotus-amicus', 'au-senate']) expect(result.stdout).toContain(id);
  });
});
