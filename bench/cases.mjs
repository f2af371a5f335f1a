/**
 * The benchmark's cases, (a)–(e) of the performance issue, (f) the Word letters of the
 * submission-exports issue, (i) the public site of the publishing issue, plus md-to-pdf on the same
 * 20 letters for comparison. Each case names its workspace, the CLI arguments, how many
 * documents (or rows) one run handles, and the target it is judged against.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bigLetterWorkspace, checkWorkspace, editSample, importWorkspace, lettersWorkspace, orgId, orgName, releasedBigLetterWorkspace, REPO, registryWorkspace, sampleWithNewOrg, sampleWorkspace, writeWorkspace,
} from './workspace.mjs';
import { editOneOfficial, eachWorkspace, importOfficialsWorkspace } from './officials.mjs';
import { resetDeliveries, sendWorkspace } from './mail.mjs';

const BIN = join(REPO, 'bin', 'coalition.js');

/** The sample letter, by slug. */
export const SAMPLE_LETTER = 'us-mexico-security-dialogue';

/** Registry entries for the (g) cases. */
const REGISTRY_ENTRIES = 100_000;

/**
 * @typedef {object} BenchCase
 * @property {string} id
 * @property {string} label
 * @property {() => string} workspace        creates the workspace; returns its folder
 * @property {boolean} [freshEachRun]        the command changes the workspace: a new one per run
 * @property {string[]} args                 arguments after `coalition`
 * @property {number} units                  documents (or CSV rows) one run produces
 * @property {string} unit
 * @property {string} [needs]                a command that must exist, else the case is "unavailable"
 * @property {{ ms?: number, mb?: number }} [target]
 * @property {'md-to-pdf' | 'md-to-pdf-each'} [tool]
 * @property {number} [runs]                 at most this many timed runs (a slow comparison)
 * @property {boolean} [mailServer]          runs against a loopback SMTP server: `--smtp <url>` is added, and every unit must arrive
 * @property {(dir: string) => void} [reset] prepares the workspace for the next run: undoes what a run did (a send's log), or edits a letter
 * @property {boolean} [warmProcess]         runs in a warm process the bench starts first (`coalition daemon start`, in a temporary folder of its own): Node's start and the loading of coalition are not paid; the peak memory is the client's
 * @property {boolean} [runningBrowser]      prints in a Chromium the bench starts first (COALITION_BROWSER_WS_ENDPOINT), as a CI job or an editor's loop could: the command's own start of Chromium is not paid, and its memory is not counted
 */

/** @type {BenchCase[]} */
export const CASES = [
  // Issue 29's goals for the everyday commands: 250 ms for check, an HTML build, status and sign; 0.9 s for HTML+PDF.
  { id: 'a-html', label: '(a) sample letter, HTML, en+es', workspace: sampleWorkspace, args: ['build', '--format', 'html'], units: 2, unit: 'doc', target: { ms: 250 } },
  { id: 'a-pdf', label: '(a) sample letter, HTML+PDF, en+es', workspace: sampleWorkspace, args: ['build'], units: 2, unit: 'doc', target: { ms: 900 } },
  { id: 'a-check', label: '(a) check of the sample letter', workspace: sampleWorkspace, args: ['check'], units: 1, unit: 'letter', needs: 'check', target: { ms: 250 } },
  { id: 'a-status', label: '(a) status of the sample letter', workspace: sampleWorkspace, args: ['status', SAMPLE_LETTER], units: 1, unit: 'letter', needs: 'status', target: { ms: 250 } },
  { id: 'a-sign', label: '(a) sign the sample letter (one more registry entry)', workspace: sampleWithNewOrg, freshEachRun: true, args: ['sign', SAMPLE_LETTER, 'bench-new-signer'], units: 1, unit: 'edit', needs: 'sign', target: { ms: 250 } },
  { id: 'a-pdf-running', label: '(a) sample letter, HTML+PDF, en+es, in a running Chromium', workspace: sampleWorkspace, args: ['build'], units: 2, unit: 'doc', runningBrowser: true, target: { ms: 900 } },
  // The same, with a warm process running (`coalition daemon start`), as an editor's loop or a session of commands has it.
  { id: 'a-html-warm', label: '(a) sample letter, HTML, en+es, in a warm process', workspace: sampleWorkspace, args: ['build', '--format', 'html'], units: 2, unit: 'doc', needs: 'daemon', warmProcess: true, target: { ms: 250 } },
  // Edited before each run: both PDFs print, none is taken from what the warm process kept (a-pdf-warm-es).
  { id: 'a-pdf-warm', label: '(a) sample letter, HTML+PDF, en+es, in a warm process, both texts edited each run', workspace: sampleWorkspace, reset: editSample(['en', 'es']), args: ['build'], units: 2, unit: 'doc', needs: 'daemon', warmProcess: true, target: { ms: 900 } },
  { id: 'a-pdf-warm-es', label: '(a) sample letter, HTML+PDF, en+es, in a warm process, the Spanish text edited each run (the English PDF kept)', workspace: sampleWorkspace, reset: editSample(['es']), args: ['build'], units: 2, unit: 'doc', needs: 'daemon', warmProcess: true },
  { id: 'a-check-warm', label: '(a) check of the sample letter, in a warm process', workspace: sampleWorkspace, args: ['check'], units: 1, unit: 'letter', needs: 'daemon', warmProcess: true, target: { ms: 250 } },
  { id: 'a-status-warm', label: '(a) status of the sample letter, in a warm process', workspace: sampleWorkspace, args: ['status', SAMPLE_LETTER], units: 1, unit: 'letter', needs: 'daemon', warmProcess: true, target: { ms: 250 } },
  { id: 'a-sign-warm', label: '(a) sign the sample letter, in a warm process', workspace: sampleWithNewOrg, freshEachRun: true, args: ['sign', SAMPLE_LETTER, 'bench-new-signer'], units: 1, unit: 'edit', needs: 'daemon', warmProcess: true, target: { ms: 250 } },
  { id: 'b-20', label: '(b) 20 letters → PDF', workspace: () => lettersWorkspace(20), args: ['build', '--format', 'pdf'], units: 20, unit: 'doc' },
  { id: 'b-20-running', label: '(b) 20 letters → PDF, in a running Chromium', workspace: () => lettersWorkspace(20), args: ['build', '--format', 'pdf'], units: 20, unit: 'doc', runningBrowser: true },
  { id: 'b-100', label: '(b) 100 letters → PDF', workspace: () => lettersWorkspace(100), args: ['build', '--format', 'pdf'], units: 100, unit: 'doc', target: { ms: 10_000 } },
  { id: 'c-2000', label: '(c) 2,000 signers by country, en+es, HTML+PDF', workspace: () => bigLetterWorkspace(2000), args: ['build'], units: 2, unit: 'doc', target: { ms: 5_000, mb: 700 } },
  { id: 'd-check', label: '(d) check: 100 letters, 5,000-entry registry', workspace: () => checkWorkspace(100, 5000), args: ['check'], units: 100, unit: 'letter', needs: 'check', target: { ms: 1_000 } },
  { id: 'f-docx', label: '(f) sample letter, HTML+Word, en+es (compare with a-html)', workspace: sampleWorkspace, args: ['build', '--format', 'html,docx'], units: 2, unit: 'doc' },
  { id: 'f-docx-2000', label: '(f) 2,000 signers by country, one Word file (en)', workspace: () => bigLetterWorkspace(2000), args: ['build', '--format', 'docx', '--lang', 'en'], units: 1, unit: 'doc', target: { ms: 2_000 } },
  { id: 'e-import', label: '(e) import a 3,000-row CSV', workspace: () => importWorkspace(3000, 2000), freshEachRun: true, args: ['import', 'campaign', 'responses.csv'], units: 3000, unit: 'row', needs: 'import', target: { ms: 2_000 } },
  // (g) registry edits at scale (issue 12): an edit costs about what reading the registry does, which `sign` shows.
  { id: 'g-build', label: '(g) build --format html of a 3-signer letter, 100,000-entry registry', workspace: () => registryWorkspace(REGISTRY_ENTRIES), args: ['build', '--format', 'html'], units: 1, unit: 'doc' },
  { id: 'g-sign', label: '(g) sign a letter, 100,000-entry registry (what reading it costs)', workspace: () => registryWorkspace(REGISTRY_ENTRIES), freshEachRun: true, args: ['sign', 'campaign', orgId(REGISTRY_ENTRIES - 1)], units: 1, unit: 'edit' },
  { id: 'g-org-add', label: '(g) org add, 100,000-entry registry', workspace: () => registryWorkspace(REGISTRY_ENTRIES), freshEachRun: true, args: ['org', 'add', 'bench-added', '--name', 'Bench Added Organization', '--country', 'MX'], units: 1, unit: 'edit', target: { ms: 5_000 } },
  { id: 'g-org-remove', label: '(g) org remove, 100,000-entry registry', workspace: () => registryWorkspace(REGISTRY_ENTRIES), freshEachRun: true, args: ['org', 'remove', orgId(REGISTRY_ENTRIES / 2)], units: 1, unit: 'edit', target: { ms: 5_000 } },
  // The officials issue: one copy per member of Congress, and the import of the whole legislators file.
  { id: 'h-each-20', label: '(h) delivery: each, 20 members of Congress → PDF (en)', workspace: () => eachWorkspace(BIN, 20), args: ['build', '--format', 'pdf'], units: 20, unit: 'doc', needs: 'officials' },
  { id: 'h-each-535', label: '(h) delivery: each, all 535 voting members → PDF (en)', workspace: () => eachWorkspace(BIN, 'all'), args: ['build', '--format', 'pdf'], units: 535, unit: 'doc', needs: 'officials', target: { ms: 30_000, mb: 1024 } },
  // The untimed first run builds all 535 in the warm process; each timed run follows an edit of one official.
  { id: 'h-each-535-warm', label: '(h) delivery: each, 535 copies → PDF, in a warm process, after one official changed', workspace: () => eachWorkspace(BIN, 'all'), reset: editOneOfficial(), args: ['build', '--format', 'pdf'], units: 535, unit: 'doc', needs: 'daemon', warmProcess: true },
  { id: 'i-send-20', label: '(i) send: 20 copies, a message each, to a loopback SMTP server', workspace: () => sendWorkspace(BIN, 20), reset: resetDeliveries, mailServer: true, args: ['send', 'congress', '--throttle', '0'], units: 20, unit: 'message', needs: 'send' },
  { id: 'i-send-535', label: '(i) send: all 535 voting members, a message each, to a loopback SMTP server', workspace: () => sendWorkspace(BIN, 'all'), reset: resetDeliveries, mailServer: true, args: ['send', 'congress', '--throttle', '0'], units: 535, unit: 'message', needs: 'send', target: { ms: 60_000 } },
  { id: 'h-import', label: '(h) officials import of legislators-current.yaml (535 + delegates)', workspace: importOfficialsWorkspace, freshEachRun: true, args: ['officials', 'import', 'congress/legislators-current.yaml'], units: 1, unit: 'file', needs: 'officials', target: { ms: 2_000 } },
  // The public site (issue 24): both language pages, embeds, share images, the downloads copied; run again into the same folder, as a re-publish replaces it.
  { id: 'i-publish-2000', label: '(i) publish the 2,000-signer letter\'s v1: pages, share images, downloads (en+es)', workspace: () => releasedBigLetterWorkspace(BIN, 2000), args: ['publish', 'big', '--out', 'site'], units: 2, unit: 'page', needs: 'publish', target: { ms: 3_000 } },
];

/** md-to-pdf on the Markdown of the same 20 letters as (b): its front matter would be read as md-to-pdf config, so it gets the text. */
export const MD_TO_PDF_CASE = {
  id: 'md-to-pdf-20', label: 'md-to-pdf, same 20 letters → PDF', workspace: () => mdToPdfWorkspace(20), args: [], units: 20, unit: 'doc', tool: 'md-to-pdf',
};

/**
 * md-to-pdf run once per letter, as a loop in a shell script or a Makefile runs it: each
 * run starts Node and Chromium again. About 40 s, so one timed run (no warm-up, no
 * memory run) is all it gets.
 */
export const MD_TO_PDF_EACH_CASE = {
  id: 'md-to-pdf-each-20', label: 'md-to-pdf, same 20 letters, one run per letter', workspace: () => mdToPdfWorkspace(20), args: [], units: 20, unit: 'doc', tool: 'md-to-pdf-each', runs: 1,
};

const PARAGRAPH =
  'We, the undersigned civil society organizations, write to share our concern about the proposed measures and to ' +
  'recommend steps that protect human rights and the rule of law. The evidence gathered over many years shows that ' +
  'durable security depends on accountable civilian institutions, independent courts and the participation of the ' +
  'communities most affected by violence.';

function mdToPdfWorkspace(count) {
  const dir = writeWorkspace({});
  for (let i = 0; i < count; i++) {
    const signers = Array.from({ length: 10 }, (_, k) => `- ${orgName((i * 10 + k) % 200)}`);
    const text = [
      `# Joint letter number ${i + 1}`, 'March 15, 2024', 'Secretary of State Jane Official', 'Dear Secretary Official,',
      PARAGRAPH, PARAGRAPH, PARAGRAPH, '**Signed,**', ...signers, '',
    ].join('\n\n');
    writeFileSync(join(dir, `letter-${String(i + 1).padStart(3, '0')}.md`), text);
  }
  return dir;
}
