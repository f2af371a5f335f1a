import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess, sampleWorkspace } from '../helpers.js';

const LETTER = 'letters/2022-10-12-us-mexico-security-dialogue.md';
const SLUG = 'us-mexico-security-dialogue';
let ws: { dir: string; cleanup: () => void };
const run = (...args: string[]) => cliInProcess(args, ws.dir);
beforeEach(() => { ws = sampleWorkspace(); });
afterEach(() => ws.cleanup());

describe('coalition check and text fingerprints', () => {
  it('warns (outdated-text) at the signer\'s line when the text changed after they confirmed', async () => {
    await run('confirm', SLUG, 'hrw');
    expect(JSON.parse((await run('check', SLUG, '--json')).stdout).filter((d: { code: string }) => d.code === 'outdated-text')).toEqual([]);
    const path = join(ws.dir, LETTER);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('There is an urgent need', 'There is a pressing need'));
    const line = text.split('\n').findIndex((l) => l.includes('id: hrw')) + 1;

    const result = await run('check', SLUG, '--json');
    expect(result.code).toBe(0);
    const outdated = JSON.parse(result.stdout).filter((d: { code: string }) => d.code === 'outdated-text');
    expect(outdated).toEqual([expect.objectContaining({ file: LETTER, line, column: 5, severity: 'warning', message: expect.stringContaining('"hrw" confirmed an earlier text') })]);

    await run('confirm', SLUG, 'hrw');
    expect(JSON.parse((await run('check', SLUG, '--json')).stdout).filter((d: { code: string }) => d.code === 'outdated-text')).toEqual([]);
  });
});
