/**
 * Submission profiles: the built-in ones are data with a source for every rule;
 * `build --for` builds what the channel takes; `check --for` measures the built
 * documents and warns with the figure and the limit, and is silent for a letter
 * within the limits; a rule coalition cannot meet is reported, never passed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { loadProfiles } from '../../src/workspace/submission-profiles.js';
import { cliInThisProcess, cliInProcess, REPO, tempWorkspace } from '../helpers.js';
import { REGISTRY } from '../hostile/corpus.js';


const SENTENCE = 'The committee should require that every security programme be evaluated in public against the outcomes it promised. ';

function letter(name: string, fields: string, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `${i + 1 === 1 ? 'We write' : 'Further'} to the committee. ${SENTENCE.repeat(4)}`).join('\n\n');
  return `---\ntitle: ${name}\ndate: 2024-03-01\nsignatories: [wola, hrw]\nto:\n  - name: The Clerk\n    title: Clerk of the Committee\ngreeting: Dear Clerk of the Committee,\n${fields}---\n\n${body}\n`;
}

let ws: { dir: string; cleanup: () => void };

beforeAll(() => {
  ws = tempWorkspace({
    'signatories.yaml': REGISTRY,
    // Within every limit of the UK profile: short, dated, numbered, one language.
    'letters/short.md': letter('Written evidence', 'numbered_paragraphs: true\n', 4),
    // About 3,300 words: over the Commons' recommendation, more than six pages, more than five.
    'letters/long.md': letter('Long evidence', '', 46),
    'profiles/tight.yaml': `name: A channel of our own\nformats: [docx]\nsources:\n  own: { title: Our partner's guidance, url: "https://example.org/guidance" }\nrules:\n  - { kind: max-words, limit: 50, says: at most 50 words, source: own }\n`,
  });
});

afterAll(() => ws?.cleanup());

describe('the built-in profiles', () => {
  it('are the channels the issue names, each rule with its source', async () => {
    const { profiles } = await loadProfiles();
    expect(profiles.map((p) => p.id)).toEqual(['au-senate', 'ca-house-brief', 'regulations-gov', 'uk-parliament', 'un-hrc-statement', 'un-upr', 'us-scotus-amicus']);
    for (const { profile } of profiles) {
      expect(profile.rules.length).toBeGreaterThan(0);
      for (const rule of profile.rules) expect(profile.sources[rule.source]?.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
    // One small file each.
    expect(readdirSync(join(REPO, 'profiles'))).toHaveLength(7);
  });

  it('`coalition profiles` lists them, and shows one with its rules and sources', async () => {
    const list = await cliInThisProcess(['profiles'], { cwd: ws.dir });
    expect(list.code, list.stderr).toBe(0);
    for (const id of ['uk-parliament', 'un-upr', 'un-hrc-statement', 'au-senate', 'regulations-gov', 'ca-house-brief', 'us-scotus-amicus', 'tight']) {
      expect(list.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    }
    const one = await cliInThisProcess(['profiles', 'un-upr'], { cwd: ws.dir });
    expect(one.stdout).toContain('signers-first: in a joint submission, the names of all submitting stakeholders appear at the beginning of the text [technical]');
    expect(one.stdout).toContain('[technical] Technical guidelines for the submission of stakeholders\' information to OHCHR (UPR), http://www.ohchr.org/');
    const unknown = await cliInThisProcess(['check', '--for', 'un-uprr'], { cwd: ws.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no submission profile "un-uprr"[^]*Known profiles: au-senate, /);
  });
});

describe('check --for', () => {
  it('reports nothing for a letter within the limits, and shows each rule it measured', async () => {
    const result = await cliInProcess(['check', 'short', '--for', 'uk-parliament'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/warning/);
    expect(result.stderr).toMatch(/no problems/);
    expect(result.stdout).toMatch(/✓ \d+ words \(en\) in the body, within the recommended 3,000 \[commons\]/);
    expect(result.stdout).toMatch(/✓ the body's 4 paragraphs numbered/);
    expect(result.stdout).toMatch(/✓ about 1 page \(Word, en\): no summary needed up to 6 \[lords\]/);
    expect(result.stdout).toContain('[lords] Guidance on giving evidence to a Select Committee of the House of Lords, https://www.parliament.uk/');
    // The documents were measured in a temporary folder, and nothing was left in the workspace.
    expect(readdirSync(ws.dir).sort()).toEqual(['letters', 'profiles', 'signatories.yaml']);
  }, 60_000);

  it('warns about a letter over a limit, naming the figure and the limit', async () => {
    const uk = await cliInProcess(['check', 'long', '--for', 'uk-parliament', '--json'], ws.dir);
    expect(uk.code, uk.stderr).toBe(0);
    const warnings = JSON.parse(uk.stdout) as { code: string; message: string; hint: string }[];
    const words = warnings.find((w) => w.code === 'profile-max-words')!;
    expect(words.message).toMatch(/^uk-parliament: 3,\d{3} words \(en\) in the body, over the recommended 3,000$/);
    expect(words.hint).toContain('https://publications.parliament.uk/pa/cm/written-evidence-guidance.htm');
    expect(warnings.find((w) => w.code === 'profile-numbered-paragraphs')?.message).toMatch(/not numbered/);
    expect(warnings.find((w) => w.code === 'profile-summary-over-pages')?.message).toMatch(/about \d+ pages \(Word, en\): over 6/);

    const upr = await cliInProcess(['check', 'long', '--for', 'un-upr', '--json'], ws.dir);
    const pages = (JSON.parse(upr.stdout) as { code: string; message: string }[]).find((w) => w.code === 'profile-max-pages')!;
    expect(pages.message).toMatch(/^un-upr: about (\d+) pages \(Word, en\), over the limit of 5$/);
    expect(Number(/about (\d+)/.exec(pages.message)![1])).toBeGreaterThan(5);

    const own = await cliInProcess(['check', 'short', '--for', 'tight'], ws.dir);
    expect(own.stdout).toMatch(/warning profile-max-words tight: \d+ words \(en\) in the body, over the limit of 50/);
  }, 120_000);

  it('says which languages are missing, and reads PDF/A back from the PDFs a channel that asks it gets', async () => {
    const canada = await cliInProcess(['check', 'short', '--for', 'ca-house-brief'], ws.dir);
    expect(canada.stdout).toMatch(/warning profile-languages ca-house-brief: no fr version/);
    const scotus = await cliInProcess(['check', 'short', '--for', 'us-scotus-amicus'], ws.dir);
    expect(scotus.code, scotus.stderr).toBe(0);
    expect(scotus.stdout).not.toMatch(/profile-unsupported|profile-pdfa/);
    expect(scotus.stdout).toMatch(/✓ PDF\/A-1b \(1 PDF\)/);
  }, 120_000);

  it('refuses a profile file with a mistake, naming its file and line', async () => {
    const bad = tempWorkspace({
      'signatories.yaml': REGISTRY,
      'letters/short.md': letter('Written evidence', '', 1),
      'profiles/broken.yaml': 'name: Broken\nformats: [docx]\nsources: {}\nrules:\n  - { kind: max-words, limit: 10, says: few words, source: nowhere }\n',
    });
    try {
      const result = await cliInProcess(['check', '--for', 'broken'], bad.dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/profiles\/broken\.yaml:5:\d+ error .*"nowhere" is not one of the profile's sources/);
    } finally {
      bad.cleanup();
    }
  });
});

describe('build --for', () => {
  it('un-upr: writes Word files only, the signatories\' names first', async () => {
    const result = await cliInProcess(['build', 'short', '--for', 'un-upr'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    // A channel's build has a folder of its own (issue 28, item 6).
    expect(readdirSync(join(ws.dir, 'out'))).toEqual(['un-upr']);
    expect(readdirSync(join(ws.dir, 'out', 'un-upr'))).toEqual(['2024-03-01-short.en.docx']);
    expect(result.stderr).toMatch(/✓ the signatories' names come first, before the letter \[technical\]/);
    const xml = ZipParts.read(readFileSync(join(ws.dir, 'out', 'un-upr', '2024-03-01-short.en.docx')), 'docx').text('word/document.xml')!;
    expect(xml.indexOf('Human Rights Watch')).toBeLessThan(xml.indexOf('We write to the committee'));
    expect(xml.indexOf('Written evidence')).toBeLessThan(xml.indexOf('Human Rights Watch'));
  });

  it('un-hrc-statement: sets the Word letter in Times New Roman 12, justified', async () => {
    const result = await cliInProcess(['build', 'short', '--for', 'un-hrc-statement', '--out', 'out-hrc'], ws.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/✓ the body is set in Times New Roman 12 pt/);
    const styles = ZipParts.read(readFileSync(join(ws.dir, 'out-hrc', '2024-03-01-short.en.docx')), 'docx').text('word/styles.xml')!;
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/);
    expect(styles).toMatch(/w:styleId="BodyText"[^]*?<w:jc w:val="both"\/>/);
  });
});
