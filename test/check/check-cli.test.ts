/** `coalition check` (in-process; colour and --quiet through the real binary): every fault of a faulty letter, at its line. */
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliInThisProcess, sampleWorkspace, tempWorkspace } from '../helpers.js';
import { FAULTY_EXPECTED, faultyFiles } from './fixtures.js';

import { formatDiagnostic } from '../../src/cli/output.js';
type Problem = { file: string; line: number; column: number; severity: 'error' | 'warning'; code: string; message: string; hint?: string };
const located = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function workspace(files: Record<string, string>) {
  const ws = tempWorkspace(files);
  cleanups.push(ws.cleanup);
  return ws.dir;
}

/** The `file:line:column severity code` part of each diagnostic line (hints skipped). */
function locations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l && !l.startsWith('  ')).map((l) => l.split(' ').slice(0, 3).join(' '));
}

describe('coalition check', () => {
  it('reports every fault of a faulty workspace at its own line and column, sorted, and exits 1', async () => {
    const dir = workspace(faultyFiles());
    const json = await cliInThisProcess(['check', '--json'], { cwd: dir });
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as Problem[];
    expect(problems.map(located)).toEqual(FAULTY_EXPECTED);
    const text = await cliInThisProcess(['check'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('letters/2020-01-15-faulty.md:14:5 error unknown-signatory "wolla" is not in signatories.yaml; did you mean "wola"?\n  hint: ');
    expect(text.stdout).toContain('letters/2020-01-15-faulty.md:15:5 error duplicate-signatory "wola" is listed twice (first on line 13)');
    expect(text.stdout).toContain('letters/2020-01-15-faulty.md:33:33 error unprintable-character "😀" (U+1F600, emoji) cannot be printed: no bundled font holds it');
    expect(text.stdout).toContain('the es text has a bulleted list of 1 item where the en text has a bulleted list of 2 items (line 24)');
    expect(text.stdout).toContain("got 'EOF'");
    // Every problem has its hint on the next line.
    expect(text.stdout.split('\n').filter((l) => l.startsWith('  hint: ')).length).toBe(FAULTY_EXPECTED.length);
    expect(text.stderr).toContain('13 errors, 3 warnings');
    expect(text.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('--json gives the same problems as the text, as an array of {file,line,column,severity,code,message,hint}', async () => {
    const dir = workspace(faultyFiles());
    const text = await cliInThisProcess(['check'], { cwd: dir });
    const json = await cliInThisProcess(['check', '--json'], { cwd: dir });
    expect(json.code).toBe(1);
    const problems = JSON.parse(json.stdout) as Problem[];
    expect(problems.map((p) => formatDiagnostic(p)).join('\n') + '\n').toBe(text.stdout);
    for (const p of problems) {
      expect(Object.keys(p)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message', 'hint']);
      expect(typeof p.line).toBe('number');
      expect(typeof p.message).toBe('string');
      expect(typeof p.hint).toBe('string');
    }
    expect(problems.find((p) => p.code === 'unknown-signatory')).toMatchObject({
      file: 'letters/2020-01-15-faulty.md', line: 14, column: 5, severity: 'error',
    });
  });

  it('passes the sample workspace with no problems and an empty JSON array', async () => {
    const ws = sampleWorkspace();
    cleanups.push(ws.cleanup);
    const text = await cliInThisProcess(['check'], { cwd: ws.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('no problems');
    const json = await cliInThisProcess(['check', '--json'], { cwd: ws.dir });
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it('exits 0 when there are only warnings, and checks only the letters named', async () => {
    const dir = workspace({
      'signatories.yaml': 'signatories:\n  wola:\n    name: WOLA\n',
      'letters/2020-01-15-late.md': '---\ntitle: Late\ndate: 2020-01-15\nsignatories:\n  - { id: wola, status: pending }\n---\n\nText.\n',
      'letters/2020-01-16-broken.md': '---\ntitle: Broken\ndate: 2020-01-16\nsignatories: [nobody]\n---\n\nText.\n',
    });
    const one = await cliInThisProcess(['check', 'late'], { cwd: dir });
    expect(locations(one.stdout)).toEqual(['letters/2020-01-15-late.md:5:5 warning pending-after-date']);
    expect(one.code).toBe(0);
    // The same letter judged on its own date: nothing is late yet.
    const onTime = await cliInThisProcess(['check', 'late', '--today', '2020-01-15'], { cwd: dir });
    expect(onTime.stdout).toBe('');
    const all = await cliInThisProcess(['check'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(locations(all.stdout)).toContain('letters/2020-01-16-broken.md:4:15 error unknown-signatory');
  });

  it('colours only when asked and allowed: FORCE_COLOR colours, NO_COLOR and --no-color do not', async () => {
    const dir = workspace(faultyFiles());
    const coloured = await cli(['check'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[');
    const noColorFlag = await cli(['--no-color', 'check'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(noColorFlag.stdout).not.toContain('\x1b[');
    const noColorEnv = await cli(['check'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(noColorEnv.stdout).not.toContain('\x1b[');
    // Piped without FORCE_COLOR: plain, and --quiet drops the summary but keeps the results.
    const quiet = await cli(['--quiet', 'check'], { cwd: dir, env: { NO_COLOR: '' } });
    expect(quiet.stdout).not.toContain('\x1b[');
    expect(quiet.stdout).toBe(noColorEnv.stdout);
    expect(quiet.stderr).toBe('');
  });
});
