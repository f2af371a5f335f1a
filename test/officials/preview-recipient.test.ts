/** `coalition preview <letter> --recipient <id>` through the real binary: one recipient's copy. */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers.js';
import { importCongress, officialsWorkspace } from './fixtures.js';

const LETTER = `---
title: Letter to the committee
date: 2026-03-02
to: [{ group: SSJU }]
signatories: [wola]
---

We write.
`;

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** The page the preview serves, and its exit once stopped. */
async function previewPage(dir: string, args: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'preview', 'committee', ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  stops.push(() => child.kill('SIGKILL'));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/\S+\/[\w-]+\//.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
  // The text tab: the letter's own HTML (the pages tab draws the PDF in the browser).
  const page = await (await fetch(`${url}?view=text`)).text();
  child.kill('SIGTERM');
  return page;
}

describe('preview --recipient', () => {
  const ws = officialsWorkspace({ 'letters/committee.md': LETTER });

  it('shows the copy addressed to that member alone; an unknown id lists the addressees', async () => {
    await importCongress(ws.dir);
    try {
      const joint = await previewPage(ws.dir, []);
      expect(joint).toContain('Senator Grassley');
      expect(joint).toContain('Senator Durbin');
      const copy = await previewPage(ws.dir, ['--recipient', 'sen-durbin']);
      expect(copy).toContain('<p class="greeting">Dear Senator Durbin,</p>');
      expect(copy).toContain('Richard J. Durbin');
      expect(copy).not.toContain('Grassley');
      const unknown = await previewPage(ws.dir, ['--recipient', 'sen-durbn']);
      expect(unknown).toContain('&#34;sen-durbn&#34; is not one of this letter&#39;s addressees');
      expect(unknown).toContain('sen-grassley, sen-graham');
    } finally {
      ws.cleanup();
    }
  });
});
