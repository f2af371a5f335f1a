/**
 * `build --for` measures the documents it wrote, not documents made again from views
 * computed anew: a copy for each addressee (`--each`) is counted as that copy, addressed
 * to one official, not as the joint letter addressed to all of them. (The measure used
 * to render the letter again itself, and so counted a copy's Word pages on the joint
 * letter's twelve address blocks.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, tempWorkspace } from '../helpers.js';
import { REGISTRY } from '../hostile/corpus.js';

const ADDRESSEES = Array.from({ length: 12 }, (_, i) => [
  `  - name: Official Number${i + 1}`,
  '    title: Member of the Committee',
  `    salutation: Member Number${i + 1}`,
  '    address: [Room 100, Long Building Name, 1 Main Street, "Capital City, ST 00000", Country]',
].join('\n')).join('\n');

const LETTER = `---
title: Letter to each member
date: 2024-03-01
signatories: [wola, hrw]
to:
${ADDRESSEES}
---

We write to ask the committee to hold a public hearing on the programme.

We thank you for your attention.
`;

// One page at most: a copy (one address block) fits; the joint letter (twelve) does not.
const PROFILE = `name: A channel that takes one page
formats: [docx]
sources:
  own: { title: Our partner's guidance, url: "https://example.org/guidance" }
rules:
  - { kind: max-pages, limit: 1, says: one page at most, source: own }
`;

let ws: { dir: string; cleanup: () => void };

beforeAll(() => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/each.md': LETTER, 'profiles/one-page.yaml': PROFILE });
});

afterAll(() => ws?.cleanup());

describe('build --for measures what it built', () => {
  it('counts each copy of --each as that copy: one page each, within the limit', async () => {
    const result = await cliInProcess(['build', 'each', '--for', 'one-page', '--each'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    const line = result.stderr.split('\n').find((l) => /^\s+[✓✗] .*limit of 1/.test(l));
    expect(line, result.stderr).toBeDefined();
    // Twelve Word copies, each about one page, and the rule met.
    expect(line!.match(/about 1 page \(Word, en\)/g)).toHaveLength(12);
    expect(line).toMatch(/✓/);
    expect(line).not.toMatch(/about [2-9] pages/);
  });

  it('the joint letter, addressed to all twelve, is counted as the longer document it is', async () => {
    const result = await cliInProcess(['build', 'each', '--for', 'one-page'], ws.dir);
    const line = result.stderr.split('\n').find((l) => /^\s+[✓✗] .*limit of 1/.test(l));
    expect(line, result.stderr).toMatch(/✗ about [2-9] pages \(Word, en\), over the limit of 1/);
  });
});
