import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const SLUG = 'us-mexico-security-dialogue';

let ws: { dir: string; cleanup: () => void };
const read = (file = LETTER) => readFileSync(join(ws.dir, file), 'utf8');
const run = (...args: string[]) => cliInProcess(args, ws.dir);
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4));

beforeEach(() => { ws = sampleWorkspace(); });
afterEach(() => ws.cleanup());

describe('coalition sign / unsign / confirm / withdraw', () => {
  it('sign adds a confirmed entry with its date and text, touching only that line', async () => {
    await run('org', 'add', 'trade-justice', '--name', 'Trade Justice Network', '--country', 'US');
    const before = read();
    const result = await run('sign', SLUG, 'trade-justice', '--date', '2022-10-11');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('signed trade-justice (confirmed)\n');
    const status = JSON.parse((await run('status', SLUG, '--json')).stdout);
    expect(before.replace('  - wola\n', `  - wola\n  - { id: trade-justice, status: confirmed, signed_on: 2022-10-11, text: ${status.text} }\n`)).toBe(read());
  });

  it('sign --pending, then confirm records the text; withdraw and unsign change one line each', async () => {
    const original = read();
    expect((await run('sign', SLUG, 'wola', 'hrw')).stderr).toMatch(/wola is already confirmed on .*nothing to do/);
    expect(read()).toBe(original);

    await run('unsign', SLUG, 'hrw');
    expect(read()).toBe(original.replace('  - hrw\n', ''));
    await run('sign', SLUG, 'hrw', '--pending', '--date', '2022-10-10');
    expect(read()).toBe(original.replace('  - hrw\n', '').replace('  - wola\n', '  - wola\n  - { id: hrw, status: pending, signed_on: 2022-10-10 }\n'));

    const confirm = await run('confirm', SLUG, 'hrw');
    expect(confirm.stdout).toBe('confirmed hrw (was pending)\n');
    const { text } = JSON.parse((await run('status', SLUG, '--json')).stdout);
    expect(read()).toContain(`  - { id: hrw, status: confirmed, signed_on: 2022-10-10, text: ${text} }\n`);

    await run('withdraw', SLUG, 'cadhac');
    expect(read()).toContain('  - { id: cadhac, status: withdrawn }\n');
    expect(bodyOf(read())).toBe(bodyOf(original));
  });

  it('an unknown id exits 1 with the closest ids and changes nothing', async () => {
    const before = read();
    const result = await run('sign', SLUG, 'wolla', 'hrw');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"wolla" (did you mean wola?) is not in signatories.yaml');
    expect(read()).toBe(before);
    expect((await run('sign', SLUG)).code).toBe(2);
    expect((await run('sign', 'no-such-letter', 'wola')).code).toBe(2);
  });

  it('confirm of an id not on the letter exits 1 and says how to sign it', async () => {
    await run('unsign', SLUG, 'hrw');
    const result = await run('confirm', SLUG, 'hrw');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`hrw is not on ${LETTER}; sign it first: coalition sign ${SLUG} hrw`);
  });

  it('keeps the body byte for byte, CRLF line endings and a BOM', async () => {
    const crlf = `\ufeff${read().replace(/\n/g, '\r\n')}`;
    writeFileSync(join(ws.dir, LETTER), crlf);
    await run('withdraw', SLUG, 'hrw');
    const after = readFileSync(join(ws.dir, LETTER), 'utf8');
    expect(after).toBe(crlf.replace('  - hrw\r\n', '  - { id: hrw, status: withdrawn }\r\n'));
  });

  it('refuses to edit a letter whose front matter is broken, naming the line', async () => {
    writeFileSync(join(ws.dir, LETTER), read().replace('signatories:', 'signatories: [oops'));
    const before = read();
    const result = await run('sign', SLUG, 'hrw');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/letters\/2022-10-12-us-mexico-security-dialogue\.md:\d+:\d+ error/);
    expect(read()).toBe(before);
  });

  it('refuses to edit a letter over the 10 MB limit, as build does, and leaves it untouched', async () => {
    writeFileSync(join(ws.dir, LETTER), `${read()}\n${'All work and no play. '.repeat(530_000)}\n`);
    const before = readFileSync(join(ws.dir, LETTER));
    expect(before.length).toBeGreaterThan(11 * 1024 * 1024);
    for (const args of [['withdraw', SLUG, 'hrw'], ['sign', SLUG, 'hrw', '--pending']]) {
      const result = await run(...args);
      expect(result.code, args[0]).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^${LETTER} error file-too-large is 1\\d MB, over the 10 MB limit$`, 'm'));
      expect(readFileSync(join(ws.dir, LETTER)).equals(before), `${args[0]} changed the letter`).toBe(true);
    }
    expect((await run('build', '--format', 'html')).stderr).toContain(`${LETTER} error file-too-large`);
  });
});

describe('text fingerprints and coalition status', () => {
  it('lists who confirmed an earlier text until they confirm again', async () => {
    await run('confirm', SLUG, 'wola', 'hrw');
    const first = JSON.parse((await run('status', SLUG, '--json')).stdout);
    expect(first.counts).toMatchObject({ confirmed: 12, pending: 0, withdrawn: 0, outdated: 0, unrecorded: 10 });

    // Whitespace-only edits are the same text; a changed word is a new one.
    writeFileSync(join(ws.dir, LETTER), read().replace('\n\nThere is an urgent', '   \n\n\n\nThere is an urgent'));
    expect(JSON.parse((await run('status', SLUG, '--json')).stdout).counts.outdated).toBe(0);
    writeFileSync(join(ws.dir, LETTER), read().replace('Las organizaciones de la sociedad civil', 'Las organizaciones civiles'));
    const second = JSON.parse((await run('status', SLUG, '--json')).stdout);
    expect(second.text).not.toBe(first.text);
    expect(second.signers.filter((s: { text?: string }) => s.text === 'outdated').map((s: { id: string }) => s.id)).toEqual(['hrw', 'wola']);

    const table = await run('status', SLUG);
    expect(table.stdout).toContain('2 confirmed an earlier text: hrw, wola');
    expect(table.stdout).toMatch(/wola\s+\d{4}-\d{2}-\d{2}\s+OUTDATED\s+Washington Office on Latin America/);
    expect(table.stderr).toContain(`coalition confirm ${SLUG} hrw wola`);

    await run('confirm', SLUG, 'wola');
    const third = JSON.parse((await run('status', SLUG, '--json')).stdout);
    expect(third.signers.filter((s: { text?: string }) => s.text === 'outdated').map((s: { id: string }) => s.id)).toEqual(['hrw']);
  });

  it('shows pending and withdrawn signers with dates and what each language lacks', async () => {
    await run('sign', SLUG, 'x-person', '--pending');
    await run('org', 'add', 'x-person', '--individual', '--name', 'Ana Pérez', '--title-en', 'Professor');
    await run('sign', SLUG, 'x-person', '--pending', '--date', '2022-10-09');
    await run('withdraw', SLUG, 'dplf');
    const result = await run('status', SLUG);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('11 confirmed, 1 pending, 1 withdrawn (13 listed)');
    expect(result.stdout).toMatch(/pending \(1\)\n.*\n.*\n\s+x-person\s+2022-10-09\s+Ana Pérez, Professor/);
    expect(result.stdout).toMatch(/withdrawn \(1\)\n.*\n.*\n\s+dplf\s+Due Process/);
    expect(result.stdout).toContain('en: complete');
    expect(result.stdout).toContain("es: missing x-person's title (signatories.yaml)");
  });
});
