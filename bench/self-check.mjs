/**
 * The benchmark checks itself. Before measuring: its synthetic workspaces are valid
 * input for the real CLI (a benchmark of failing builds, or of builds that warn,
 * measures the wrong thing) and look as their cases say. After: every measured case
 * has a sample per run and, where a memory run was made, a peak memory (a sampler
 * that stopped working would report nothing, not fail).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigLetterWorkspace, checkWorkspace, importWorkspace, lettersWorkspace, orgId, registryWorkspace, releasedBigLetterWorkspace, removeWorkspace, sampleWithNewOrg } from './workspace.mjs';
import { eachWorkspace } from './officials.mjs';

/** Problems with the generated workspaces, as sentences; none when they are sound. */
export function checkWorkspaces(bin) {
  const problems = [];
  /** Records the problem unless `ok`; returns `ok`. */
  const expect = (ok, problem) => {
    if (!ok) problems.push(problem);
    return ok;
  };
  const cli = (dir, args) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const inWorkspace = (dir, check) => {
    try {
      check(dir);
    } finally {
      removeWorkspace(dir);
    }
  };

  inWorkspace(lettersWorkspace(3), (dir) => {
    const built = cli(dir, ['build', '--format', 'html,pdf']);
    if (!expect(built.status === 0 && !/warning|error/i.test(built.stderr), `lettersWorkspace: build exited ${built.status}: ${built.stderr.trim()}`)) return;
    expect(readdirSync(join(dir, 'out')).length === 6, 'lettersWorkspace: 3 letters did not make 6 files');
    const pdf = join(dir, 'out', '2024-03-15-letter-002.en.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(/^Pages:\s+1$/m.test(info), 'lettersWorkspace: a letter is not one page long');
    expect(/^Title:\s+Joint letter number 2$/m.test(info), 'lettersWorkspace: a PDF does not carry its letter\'s title');
    expect(/^Tagged:\s+yes$/m.test(info), 'lettersWorkspace: a PDF is not tagged');
    // A font that failed to load falls back silently, and the timings would be of another face.
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).includes('SourceSerif4-Regular'), 'lettersWorkspace: the PDF does not use the bundled Source Serif 4');
  });

  inWorkspace(bigLetterWorkspace(60), (dir) => {
    const built = cli(dir, ['build', '--format', 'html']);
    if (!expect(built.status === 0, `bigLetterWorkspace: build exited ${built.status}: ${built.stderr.trim()}`)) return;
    const es = readFileSync(join(dir, 'out', '2024-03-15-big.es.html'), 'utf8');
    expect(es.includes('Justice Center 2'), 'bigLetterWorkspace: a signer is missing from the Spanish edition');
    expect(es.includes('Organización 1 (O1)'), 'bigLetterWorkspace: the Spanish edition does not use the registry\'s Spanish names');
    expect(/<h3 class="group-heading">México<\/h3>/.test(es), 'bigLetterWorkspace: the signers are not grouped by country, with headings in Spanish');
  });

  inWorkspace(releasedBigLetterWorkspace(bin, 60), (dir) => {
    const published = cli(dir, ['publish', 'big', '--out', 'site']);
    if (!expect(published.status === 0, `releasedBigLetterWorkspace: publish exited ${published.status}: ${published.stderr.trim()}`)) return;
    const page = readFileSync(join(dir, 'site', 'es', 'index.html'), 'utf8');
    expect(page.includes('Organización 1 (O1)') && page.includes('· v1, 60 firmantes'), 'releasedBigLetterWorkspace: the Spanish page does not print the released v1 and its signers');
    const files = readdirSync(join(dir, 'site'));
    expect(['2024-03-15-big.en.pdf', '2024-03-15-big.es.docx', 'og.png'].every((f) => files.includes(f)), `releasedBigLetterWorkspace: the site lacks a download or its share image (${files.join(', ')})`);
  });

  inWorkspace(checkWorkspace(3, 200), (dir) => {
    const checked = cli(dir, ['check']);
    expect(checked.status === 0 && !/error/i.test(checked.stderr), `checkWorkspace: check exited ${checked.status}: ${checked.stdout.trim()}`);
  });

  inWorkspace(eachWorkspace(bin, 3), (dir) => {
    const built = cli(dir, ['build', '--format', 'pdf']);
    if (!expect(built.status === 0 && !/warning|error/i.test(built.stderr), `eachWorkspace: build exited ${built.status}: ${built.stderr.trim()}`)) return;
    const folder = join(dir, 'out', '2024-03-15-congress');
    const files = readdirSync(folder).sort();
    expect(files.length === 4 && files.includes('recipients.csv'), `eachWorkspace: 3 copies did not make 3 PDFs and recipients.csv (${files.join(', ')})`);
    const first = files.find((f) => f.endsWith('.pdf'));
    expect(first && /Dear (Senator|Representative) [^,]+,/.test(execFileSync('pdftotext', [join(folder, first), '-'], { encoding: 'utf8' })), 'eachWorkspace: a copy is not addressed to its member');
    const officials = readFileSync(join(dir, 'officials.yaml'), 'utf8');
    const count = (group) => (officials.match(new RegExp(`groups: \\[ ${group},`, 'g')) ?? []).length;
    expect(count('senate') === 100 && count('house') === 435, `eachWorkspace: the directory has ${count('senate')} Senators and ${count('house')} voting Representatives, not 100 and 435`);
  });

  // The everyday commands on the sample (issue 29): check finds nothing, status reads it, sign adds the new entry.
  inWorkspace(sampleWithNewOrg(), (dir) => {
    const checked = cli(dir, ['check']);
    expect(checked.status === 0 && !/warning|error/i.test(checked.stdout + checked.stderr), `sampleWithNewOrg: check exited ${checked.status}: ${checked.stdout.trim()}`);
    const status = cli(dir, ['status', 'us-mexico-security-dialogue']);
    expect(status.status === 0 && /12 confirmed/.test(status.stdout), `sampleWithNewOrg: status exited ${status.status} or does not count 12 confirmed: ${status.stderr.trim()}`);
    const signed = cli(dir, ['sign', 'us-mexico-security-dialogue', 'bench-new-signer']);
    expect(signed.status === 0 && /^ {2}- (\{ id: )?bench-new-signer\b/m.test(readFileSync(join(dir, 'letters', '2022-10-12-us-mexico-security-dialogue.md'), 'utf8')), `sampleWithNewOrg: sign exited ${signed.status} or did not list the signer: ${signed.stderr.trim()}`);
  });

  inWorkspace(importWorkspace(30, 20), (dir) => {
    const lines = readFileSync(join(dir, 'responses.csv'), 'utf8').trim().split('\n');
    expect(lines[0] === 'Organization,Acronym,Country,Email,Name,Title', 'importWorkspace: the CSV header changed');
    expect(lines.length === 31, 'importWorkspace: 30 rows did not make 31 lines');
  });

  inWorkspace(registryWorkspace(20), (dir) => {
    const entries = () => readFileSync(join(dir, 'signatories.yaml'), 'utf8').match(/^ {2}org-\d+:$/gm)?.length;
    const edits = [['sign', 'campaign', orgId(19)], ['org', 'add', 'bench-added', '--name', 'Bench Added Organization', '--country', 'MX'], ['org', 'remove', orgId(10)]];
    for (const args of edits) {
      const edited = cli(dir, args);
      expect(edited.status === 0, `registryWorkspace: ${args.slice(0, 2).join(' ')} exited ${edited.status}: ${edited.stderr.trim()}`);
    }
    expect(entries() === 19, 'registryWorkspace: org remove did not leave 19 of the 20 generated entries');
    expect(readFileSync(join(dir, 'signatories.yaml'), 'utf8').endsWith('  bench-added:\n    name: Bench Added Organization\n    country: MX\n'), 'registryWorkspace: org add did not append its entry');
  });
  return problems;
}

/** Problems with the measured results: samples missing without a failed run, no peak memory. */
export function checkResults(results, runs, cases) {
  const problems = [];
  for (const r of results.filter((result) => result.status === 'ok')) {
    const c = cases.find((benchCase) => benchCase.id === r.id);
    const timedRuns = Math.min(runs, c.runs ?? runs);
    if (!r.failures.length && r.samplesMs.length !== timedRuns) problems.push(`${r.id}: ${r.samplesMs.length} samples from ${timedRuns} runs`);
    // A case with its own `runs` (a slow comparison) gets no memory run.
    // A warm process's client lives about 0.1 s: the sampler (every 50 ms) may see it only as Node starts (8 MB).
    const floorMb = c.warmProcess ? 0 : 10;
    if (!c.runs && !r.failures.length && process.platform === 'linux' && !(r.peakMb > floorMb)) problems.push(`${r.id}: peak memory ${r.peakMb} MB (is the sampler reading /proc?)`);
  }
  return problems;
}
