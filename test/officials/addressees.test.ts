/**
 * `to:` with officials' ids and groups: every rule of inline addressees, and check's
 * diagnostics at the line of the `to:` item.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const DIRECTORY = `officials:
  sen-durbin:
    name: Richard J. Durbin
    title: { en: United States Senator for Illinois, es: Senador de los Estados Unidos por Illinois }
    salutation: { en: Senator Durbin, es: Senador Durbin }
    until: 2027-01-03
    groups: [senate, SSJU]
  sen-klobuchar:
    name: Amy Klobuchar
    title: { en: United States Senator for Minnesota }
    salutation: { en: Senator Klobuchar, es: Senadora Klobuchar }
    gender: f
    until: 2025-01-03
    groups: [senate, SSJU]
groups:
  SSJU:
    name: Senate Committee on the Judiciary
    members: [sen-klobuchar]
`;

const letter = (to: string, languages = '[en]') => `---
title: Letter
date: 2026-03-02
languages: ${languages}
to:
${to}
signatories: [wola]
---

${languages === '[en]' ? 'We write.' : '::: en\nWe write.\n:::\n\n::: es\nEscribimos.\n:::'}
`;

let ws: { dir: string; cleanup: () => void } | undefined;
afterEach(() => ws?.cleanup());

async function check(files: Record<string, string>, today?: string) {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, ...files });
  const result = await cliInProcess(['check', '--json', ...(today ? ['--today', today] : [])], ws.dir, { NO_COLOR: '1' });
  return (JSON.parse(result.stdout) as { file: string; line: number; column: number; severity: string; code: string; message: string }[])
    .map((d) => `${d.file}:${d.line} ${d.severity} ${d.code} ${d.message}`);
}

describe('to: ids and groups in check', () => {
  it('names an unknown id, an unknown group and an order outside the group at their lines, with suggestions', async () => {
    const found = await check({
      'officials.yaml': DIRECTORY,
      'letters/a.md': letter('  - sen-durbn\n  - { group: SSJV }\n  - { group: SSJU, order: [sen-durbin, sen-cruz] }\n  - senate'),
    });
    expect(found).toEqual(expect.arrayContaining([
      'letters/a.md:6 error unknown-official "sen-durbn" is not in officials.yaml; did you mean "sen-durbin"?',
      'letters/a.md:7 error unknown-group no official in officials.yaml is in the group "SSJV"; did you mean "SSJU"?',
      'letters/a.md:8 error not-in-group order: "sen-cruz" is not a member of the group "SSJU"',
      'letters/a.md:9 error unknown-official "senate" is not in officials.yaml',
    ]));
  });

  it('says so when the workspace has no officials.yaml', async () => {
    expect(await check({ 'letters/a.md': letter('  - sen-durbin') })).toContain(
      'letters/a.md:6 error no-officials "sen-durbin" names an official, but this workspace has no officials.yaml',
    );
  });

  it('applies the inline rule for languages: a missing translation of an official is an error at the to: line', async () => {
    const found = await check({ 'officials.yaml': DIRECTORY, 'letters/a.md': letter('  - name: Someone\n  - { group: SSJU }', '[en, es]') });
    expect(found).toContain('letters/a.md:7 error missing-translation { group: SSJU }: the title of one member in officials.yaml has no "es" text (sen-klobuchar)');
  });

  it('applies the greeting rules: an official without salutation or gender is warned of at the to: line', async () => {
    const directory = 'officials:\n  min-ortiz:\n    name: Rosa Ortiz\n    title: Presidente del Consejo\n    groups: [council]\n';
    const found = await check({
      'officials.yaml': directory,
      'letters/a.md': letter('  - { name: Ana Pérez, salutation: Ministra Pérez }\n  - { group: council }').replace('languages: [en]', 'languages: [es]'),
    });
    expect(found).toEqual([
      expect.stringMatching(/^letters\/a\.md:7 warning gender-unknown the .*\(es\) greeting agrees with Rosa Ortiz's gender/),
      expect.stringMatching(/^letters\/a\.md:7 warning salutation-missing Rosa Ortiz has no salutation in .*\(es\): the greeting reads "/),
    ]);
  });

  it('warns of an addressee whose term has ended, in the letter only (not of every entry in the directory)', async () => {
    const found = await check({ 'officials.yaml': DIRECTORY, 'letters/a.md': letter('  - sen-durbin\n  - sen-klobuchar') });
    expect(found).toEqual([
      'letters/a.md:7 warning stale-official addressed to an official whose term has ended: sen-klobuchar (until 2025-01-03)',
    ]);
  });

  it('counts `until:` as the term\'s last day: no warning on the day itself, a warning from the next', async () => {
    const files = { 'officials.yaml': DIRECTORY, 'letters/a.md': letter('  - sen-klobuchar') };
    const stale = (found: string[]) => found.filter((line) => line.includes('stale-official'));
    expect(stale(await check(files, '2025-01-03'))).toEqual([]);
    ws?.cleanup();
    expect(stale(await check(files, '2025-01-04'))).toEqual([
      'letters/a.md:6 warning stale-official addressed to an official whose term has ended: sen-klobuchar (until 2025-01-03)',
    ]);
  });

  it('keeps the messages of inline addressees as they were', async () => {
    const found = await check({ 'letters/a.md': letter('  - name: Antony Blinken\n    titel: Secretary\n  - 42') });
    expect(found).toEqual([
      'letters/a.md:7 error unknown-field to[0].titel: unknown field',
      'letters/a.md:8 error invalid-field to[1]: expected an official\'s id, { group: … }, or an addressee { name, title, salutation, … }',
    ]);
  });

  it('orders a group as the directory does, alphabetically, or with the ids given first', async () => {
    const order = async (to: string) => {
      ws?.cleanup();
      ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'officials.yaml': DIRECTORY.replace('until: 2025-01-03', 'until: 2031-01-03'), 'letters/a.md': letter(to) });
      const built = await cliInProcess(['build', '--format', 'html'], ws.dir);
      expect(built.stderr).not.toContain('error');
      const { readFileSync } = await import('node:fs');
      return /<p class="greeting">([^<]+)<\/p>/.exec(readFileSync(`${ws.dir}/out/2026-03-02-a.en.html`, 'utf8'))![1];
    };
    // The group's members: listed first, then those naming it, in file order.
    expect(await order('  - { group: SSJU }')).toBe('Dear Senator Klobuchar and Senator Durbin,');
    expect(await order('  - { group: SSJU, order: alphabetical }')).toBe('Dear Senator Durbin and Senator Klobuchar,');
    expect(await order('  - { group: senate, order: [sen-klobuchar] }')).toBe('Dear Senator Klobuchar and Senator Durbin,');
  });
});
