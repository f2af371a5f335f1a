#!/usr/bin/env node
/**
 * `npm run bench`: builds synthetic workspaces in a temporary folder, runs the compiled
 * CLI (bin/coalition.js, as a user would) on each case several times, and reports the
 * median wall time, time per document and peak memory as a table and as JSON in
 * bench/results.json.
 *
 *   npm run bench                       every case, 3 runs each, and md-to-pdf (once
 *                                       for all 20 letters, and once per letter)
 *   npm run bench -- --runs 5           more runs
 *   npm run bench -- --only b-20,b-100  some cases (ids from the table)
 *   npm run bench -- --no-md-to-pdf     skip the comparison
 *   npm run bench -- --no-self-check    skip checking the synthetic workspaces first
 *
 * The benchmark checks itself (bench/self-check.mjs): before measuring, that its
 * workspaces are valid input that builds as its cases say; after, that every case has
 * its samples and peak memory. A failed check exits with status 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES, MD_TO_PDF_CASE, MD_TO_PDF_EACH_CASE } from './cases.mjs';
import { measure, median } from './measure.mjs';
import { checkResults, checkWorkspaces } from './self-check.mjs';
import { importSource } from './import-source.mjs';
import { startCountingServer } from './mail.mjs';
import { REPO, removeWorkspace } from './workspace.mjs';

const BIN = join(REPO, 'bin', 'coalition.js');
const RESULTS = join(REPO, 'bench', 'results.json');

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    only: { type: 'string' },
    'no-md-to-pdf': { type: 'boolean', default: false },
    'no-self-check': { type: 'boolean', default: false },
    out: { type: 'string', default: RESULTS },
  },
});
const runs = Math.max(1, Number(flags.runs) || 3);
const only = flags.only ? new Set(flags.only.split(',')) : undefined;

if (!existsSync(join(REPO, 'dist', 'main.cjs'))) {
  console.error('bench: the bundle (dist/) is missing; run `npm run build` first.');
  process.exit(1);
}

const { SYSTEM_BROWSER_PATHS } = await importSource('pdf/find-browser.ts');
const { headlessMode } = await importSource('pdf/chromium.ts');
const browser = chromiumPath();
const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: browserVersion(browser),
  loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
};

if (!flags['no-self-check']) {
  process.stderr.write('bench: checking the synthetic workspaces… ');
  failIf(checkWorkspaces(BIN));
  process.stderr.write('sound\n');
}

const selected = [...CASES, ...(flags['no-md-to-pdf'] ? [] : [MD_TO_PDF_CASE, MD_TO_PDF_EACH_CASE])].filter((c) => !only || only.has(c.id));
const results = [];
console.error(`bench: ${selected.length} cases × ${runs} runs on ${machine.cpus} × ${machine.cpu}, load ${machine.loadAverageAtStart.join(' ')}`);
for (const benchCase of selected) {
  process.stderr.write(`  ${benchCase.label} `);
  const result = await runCase(benchCase);
  process.stderr.write(`${result.status === 'ok' ? `${Math.round(result.medianMs)} ms` : result.status}\n`);
  results.push(result);
}

const byId = Object.fromEntries(results.map((r) => [r.id, r]));
const derived = {
  /** md-to-pdf's time over coalition's on the same 20 letters (target ≥ 4), md-to-pdf in one invocation. */
  speedupVsMdToPdf: ratio(byId['md-to-pdf-20'], byId['b-20']),
  /** The same with md-to-pdf run once per letter. */
  speedupVsMdToPdfEach: ratio(byId['md-to-pdf-each-20'], byId['b-20']),
  /** Per-document time at 100 letters over that at 20 (flat scaling ≈ 1). */
  perDocScaling20to100: byId['b-20']?.status === 'ok' && byId['b-100']?.status === 'ok'
    ? round(byId['b-100'].perUnitMs / byId['b-20'].perUnitMs, 2) : null,
  /** What the sample's two Word files add to its HTML-only build (target < 300 ms). */
  wordAddsMs: byId['a-html']?.status === 'ok' && byId['f-docx']?.status === 'ok' ? round(byId['f-docx'].medianMs - byId['a-html'].medianMs) : null,
  /** What each letter beyond the 20th costs: (time at 100 − time at 20) ÷ 80; the fixed costs cancel out. */
  marginalMsPerDoc20to100: byId['b-20']?.status === 'ok' && byId['b-100']?.status === 'ok'
    ? round((byId['b-100'].medianMs - byId['b-20'].medianMs) / 80, 1) : null,
  /** One copy per member of Congress: per-document time at 535 copies over that at 20 (flat ≈ 1 or below). */
  perDocScaling20to535: byId['h-each-20']?.status === 'ok' && byId['h-each-535']?.status === 'ok'
    ? round(byId['h-each-535'].perUnitMs / byId['h-each-20'].perUnitMs, 2) : null,
  /** What each copy beyond the 20th costs. */
  marginalMsPerCopy20to535: byId['h-each-20']?.status === 'ok' && byId['h-each-535']?.status === 'ok'
    ? round((byId['h-each-535'].medianMs - byId['h-each-20'].medianMs) / 515, 1) : null,
  /** send: peak memory at 535 messages over that at 20 (flat ≈ 1). */
  sendMemory20to535: byId['i-send-20']?.peakMb && byId['i-send-535']?.peakMb ? round(byId['i-send-535'].peakMb / byId['i-send-20'].peakMb, 2) : null,
};
writeFileSync(flags.out, `${JSON.stringify({ date: new Date().toISOString(), runs, machine, results, derived }, null, 2)}\n`);
printTable(results, derived);
console.log(`\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}`);
console.log(`results: ${flags.out}`);
if (!flags['no-self-check']) failIf(checkResults(results, runs, selected));

/**
 * A Chromium started as the CLI starts its own (its flags, a profile of its own), that
 * the case's commands print in through COALITION_BROWSER_WS_ENDPOINT.
 */
async function startRunningBrowser() {
  const [{ default: puppeteer }, { launchOptions }, { findBrowser, puppeteerPlaces }] = await Promise.all([
    import('puppeteer'), importSource('pdf/chromium.ts'), importSource('pdf/find-browser.ts'),
  ]);
  const profile = mkdtempSync(join(tmpdir(), 'coalition-bench-browser-'));
  const { path } = findBrowser(undefined, process.env, puppeteerPlaces(puppeteer));
  const browser = await puppeteer.launch({ ...launchOptions(path, { screenshots: false }), userDataDir: profile });
  return {
    endpoint: browser.wsEndpoint(),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A warm process (`coalition daemon start`) in a temporary folder of the bench's own
 * (TMPDIR, where its socket is looked for), that the case's commands run in.
 */
function startWarmProcess() {
  const tmp = mkdtempSync(join(tmpdir(), 'coalition-bench-warm-'));
  const env = { ...process.env, TMPDIR: tmp, COALITION_DAEMON: '', NO_COLOR: '1' };
  execFileSync(process.execPath, [BIN, 'daemon', 'start', '--idle', '10'], { env, stdio: 'ignore' });
  return {
    env: { TMPDIR: tmp, COALITION_DAEMON: '' },
    stop: () => {
      // Waits for it to end, its Chromium closed, before the folder goes.
      execFileSync(process.execPath, [BIN, 'daemon', 'stop', '--wait', '60'], { env, stdio: 'ignore' });
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Reports the self-check's problems, if any, and exits with status 1. */
function failIf(problems) {
  if (!problems.length) return;
  console.error(`\nbench: self-check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}

async function runCase(c) {
  const base = { id: c.id, label: c.label, units: c.units, unit: c.unit, target: c.target ?? null };
  if (c.needs && !commandExists(c.needs)) {
    return { ...base, status: 'unavailable', reason: `\`coalition ${c.needs}\` does not exist in this build` };
  }
  const server = c.mailServer ? await startCountingServer() : undefined;
  // Every other case runs each command on its own, even beside a warm process of the user's.
  const command = c.tool ? mdToPdfCommand(c.tool === 'md-to-pdf-each') : { cmd: process.execPath, args: [BIN, ...c.args, ...(server ? ['--smtp', server.url] : [])], env: { COALITION_DAEMON: 'off' } };
  if (!command) return { ...base, status: 'unavailable', reason: 'md-to-pdf is not installed (npm install --save-dev md-to-pdf)' };
  // One untimed warm-up run (the first run after a build pays for a cold page cache,
  // as hyperfine's --warmup knows), timed runs without the memory sampler (reading
  // /proc every 50 ms costs CPU the measured command would otherwise have), then one
  // more run that samples memory. A case with its own `runs` (a slow comparison) gets
  // only that many timed runs: no warm-up, no memory run.
  const samples = [];
  const failures = [];
  let peakMb = null;
  let dir = c.freshEachRun ? undefined : c.workspace();
  const timedRuns = Math.min(runs, c.runs ?? runs);
  let browser;
  let warm;
  try {
    browser = c.runningBrowser ? await startRunningBrowser() : undefined;
    if (browser) command.env = { ...command.env, COALITION_BROWSER_WS_ENDPOINT: browser.endpoint };
    warm = c.warmProcess ? startWarmProcess() : undefined;
    if (warm) command.env = { ...command.env, ...warm.env };
    for (let i = c.runs ? 0 : -1; i <= timedRuns; i++) {
      const warmUp = i === -1;
      const memoryRun = i === timedRuns;
      if (memoryRun && c.runs) break;
      if (c.freshEachRun) dir = c.workspace();
      else c.reset?.(dir);
      const args = c.tool ? command.args(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) : command.args;
      const received = server?.count ?? 0;
      const run = await measure(command.cmd, args, { cwd: dir, env: command.env, sampleMemory: memoryRun });
      if (c.freshEachRun) removeWorkspace(dir);
      // A send that delivered less than its round measured something else.
      if (server && run.code === 0 && server.count - received !== c.units) run.code = `${server.count - received} of ${c.units} messages arrived`;
      if (warmUp && run.code === 0) continue;
      if (run.code !== 0) {
        failures.push({ reason: `exit ${run.code}: ${firstError(run.stderr || run.stdout)}`, log: (run.stderr || run.stdout).slice(-4000) });
      } else if (memoryRun) {
        peakMb = run.peakMb === null ? null : round(run.peakMb);
      } else {
        samples.push(round(run.ms));
      }
    }
  } finally {
    // The warm process first: its last command's folder is the workspace.
    warm?.stop();
    if (dir && !c.freshEachRun) removeWorkspace(dir);
    await server?.close();
    await browser?.close();
  }
  if (!samples.length) return { ...base, status: 'failed', reason: failures[0]?.reason, failures };
  const medianMs = round(median(samples));
  const met = c.target ? (c.target.ms === undefined || medianMs <= c.target.ms) && (c.target.mb === undefined || peakMb === null || peakMb <= c.target.mb) : null;
  return { ...base, status: 'ok', medianMs, perUnitMs: round(medianMs / c.units, 2), peakMb, targetMet: met, samplesMs: samples, failures };
}

function commandExists(name) {
  try {
    execFileSync(process.execPath, [BIN, 'help', name], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    return true;
  } catch {
    return false;
  }
}

/** md-to-pdf's command for the given letters: one invocation for all, or (`each`) a shell loop with one per letter. */
function mdToPdfCommand(each) {
  let cli;
  try {
    cli = join(createRequire(join(REPO, 'package.json')).resolve('md-to-pdf/package.json'), '..', 'dist', 'cli.js');
  } catch {
    return null;
  }
  if (!browser) return null;
  // In the headless mode that browser has (the headless shell's own, like coalition's).
  const launch = { executablePath: browser, headless: headlessMode(browser), args: ['--no-sandbox', '--disable-dev-shm-usage'] };
  const base = [cli, '--launch-options', JSON.stringify(launch)];
  const env = { PUPPETEER_EXECUTABLE_PATH: browser };
  if (!each) return { cmd: process.execPath, args: (files) => [...base, ...files], env };
  // The command and the files go to sh as arguments, so nothing needs quoting.
  const loop = 'node="$1" cli="$2" options="$3"; shift 3; for f; do "$node" "$cli" --launch-options "$options" "$f" || exit 1; done';
  return { cmd: 'sh', args: (files) => ['-c', loop, 'sh', process.execPath, cli, JSON.stringify(launch), ...files], env };
}

/** The browser coalition's commands find (src/pdf/find-browser.ts), which md-to-pdf is given too. */
function chromiumPath() {
  const named = process.env.PUPPETEER_EXECUTABLE_PATH || process.env.CHROME_PATH;
  if (named) return named;
  return SYSTEM_BROWSER_PATHS.find((p) => existsSync(p)) ?? null;
}

function browserVersion(path) {
  if (!path) return 'no browser found';
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return path;
  }
}

function ratio(slow, fast) {
  return slow?.status === 'ok' && fast?.status === 'ok' ? round(slow.medianMs / fast.medianMs, 2) : null;
}

function round(n, digits = 0) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function printTable(rows, derivedFigures) {
  const header = ['case', 'median', 'per unit', 'peak mem', 'target', 'met'];
  const lines = rows.map((r) => r.status !== 'ok'
    ? [r.id, r.status, '', '', targetText(r.target), r.reason ?? '']
    : [r.id, `${r.medianMs} ms`, `${r.perUnitMs} ms/${r.unit}`, r.peakMb === null ? 'n/a' : `${r.peakMb} MB`, targetText(r.target),
      `${r.targetMet === null ? '' : r.targetMet ? 'yes' : 'NO'}${r.failures.length ? ` (${r.failures.length} run(s) failed: ${r.failures[0].reason})` : ''}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log('');
  for (const r of rows) console.log(`${r.id}: ${r.label}`);
  if (derivedFigures.speedupVsMdToPdf !== null) console.log(`\nspeed-up over md-to-pdf on 20 letters: ${derivedFigures.speedupVsMdToPdf}× (target ≥ 4×), md-to-pdf in one invocation`);
  if (derivedFigures.speedupVsMdToPdfEach !== null) console.log(`speed-up over md-to-pdf run once per letter: ${derivedFigures.speedupVsMdToPdfEach}×`);
  if (derivedFigures.wordAddsMs !== null) console.log(`the sample's Word files (en, es) add ${derivedFigures.wordAddsMs} ms to its HTML-only build (target < 300 ms)`);
  if (derivedFigures.perDocScaling20to100 !== null) {
    console.log(`per-document time, 100 letters ÷ 20 letters: ${derivedFigures.perDocScaling20to100} (1.0 = flat; below 1, start-up is shared by more letters)`);
    console.log(`each letter beyond the 20th: ${derivedFigures.marginalMsPerDoc20to100} ms`);
  }
  if (derivedFigures.sendMemory20to535 !== null) console.log(`send, peak memory at 535 messages ÷ at 20: ${derivedFigures.sendMemory20to535} (flat ≈ 1)`);
  if (derivedFigures.perDocScaling20to535 !== null) {
    console.log(`delivery each, per-document time at 535 copies ÷ at 20: ${derivedFigures.perDocScaling20to535} (flat ≈ 1); each copy beyond the 20th: ${derivedFigures.marginalMsPerCopy20to535} ms`);
  }
}

function targetText(target) {
  if (!target) return '';
  return [target.ms !== undefined ? `< ${target.ms} ms` : '', target.mb !== undefined ? `< ${target.mb} MB` : ''].filter(Boolean).join(', ');
}

/** The most telling line of a failed run's output: the first that names an error. */
function firstError(output) {
  const lines = output.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error|✖|failed/i.test(l)) ?? lines.at(-1) ?? '').slice(0, 200);
}
