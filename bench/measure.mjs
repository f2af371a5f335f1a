/**
 * Runs one command as a child process and measures it from outside: wall time, and
 * peak memory of the whole process tree (the CLI and every Chromium process it starts),
 * sampled from /proc. Memory is the sum of PSS (proportional set size), which counts
 * pages shared between Chromium's processes once instead of once per process; where
 * /proc is missing (not Linux) only wall time is reported.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 50;

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, sampleMemory?: boolean }} options
 * @returns {Promise<{ code: number | null, ms: number, peakMb: number | null, stdout: string, stderr: string }>}
 */
export function measure(command, args, options) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      // No stdin: md-to-pdf reads Markdown from a piped stdin and would wait forever.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let peakKb = 0;
    const sample = () => {
      const kb = treeMemoryKb(child.pid);
      if (kb !== null && kb > peakKb) peakKb = kb;
    };
    const timer = options.sampleMemory === false ? undefined : setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ code, ms, peakMb: hasProc && timer ? peakKb / 1024 : null, stdout, stderr });
    });
  });
}

let hasProc = true;
try {
  readdirSync('/proc/self/task');
} catch {
  hasProc = false;
}

/** PSS (or RSS) of `pid` and all its descendants, in KB; null without /proc. */
function treeMemoryKb(pid) {
  if (!hasProc || pid === undefined) return null;
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop();
    total += processKb(p);
    queue.push(...childrenOf(p));
  }
  return total;
}

/** Children from /proc/<pid>/task/<tid>/children: cheap, no scan of every process. */
function childrenOf(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return []; // The process ended while we looked.
  }
}

function processKb(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = /^Pss:\s+(\d+)/m.exec(rollup);
    if (pss) return Number(pss[1]);
  } catch {
    // Fall back to RSS below (smaps_rollup needs Linux 4.14).
  }
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0; // The process ended between listing and reading.
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
