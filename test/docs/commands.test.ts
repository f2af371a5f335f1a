/**
 * Docs that match the tool: every `coalition …` command shown in a code block of
 * README.md or docs/*.md is checked, as written, in two ways.
 *
 * - **Parsed**, every one, by the real commander program (`createProgram` in
 *   src/cli/main.ts) with each command's action replaced by a stub: the command, its
 *   subcommand, arguments, options and their values (choices, languages, formats,
 *   numbers, dates) must be accepted, and the action reached must be the one the words
 *   name. This is what a typo, a renamed option or a removed command breaks.
 * - **Run**, in sessions: each code block is one session, in order; a block that starts
 *   with `coalition init` runs in an empty folder (a newcomer's own), every other one in
 *   a fresh copy of the sample workspace. Commands run in-process (`run()` from
 *   src/cli/main.ts; the binary itself is run by test/cli/ and test/install/), so a
 *   session costs no Node start per command. Printing is what costs (a browser per
 *   build): a `build`, `release` (but `--verify`) or `preview` runs for real the first
 *   two times it appears with a shape (the option names) not run before, and is
 *   parsed only after that (a `release` a `send` or `publish` of its block needs always
 *   runs); every other command always runs. A run passes when it is not refused
 *   as wrong usage (exit 2) and does not fail beyond bad input (exit 3 or more) unless
 *   EXPECTED says so; exit 1 (a problem the command found in the input, such as the
 *   TODOs of a new letter) is a valid outcome. `preview` runs as the real binary and
 *   passes when it serves the letter at the address it prints.
 *
 * `cd` moves the session (`cd ~` to the session's own folder); `[…]` optional parts are
 * left out; `<…>` placeholders are given real values below (an unknown placeholder
 * fails the test: add it here).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command, CommanderError } from 'commander';
import type { CommandContext, GlobalOptions } from '../../src/cli/context.js';
import { createProgram } from '../../src/cli/main.js';
import { Output } from '../../src/cli/output.js';
import { BIN, cliInProcess, REPO, sampleWorkspace, tempWorkspace } from '../helpers.js';

/** Values for the placeholders the docs write in commands. */
const PLACEHOLDERS: Record<string, string> = {
  '<letter>': 'us-mexico-security-dialogue',
  '<slug>': 'first-letter',
  '<new-slug>': 'security-dialogue-2027',
  '<folder>': 'my-folder',
  '<dir>': 'my-folder',
  '<id>': 'wola',
  '<file>': 'officials.csv',
  '<profile>': 'un-upr',
  '<shell>': 'bash',
};

/**
 * Commands that are not run, each with why. Keep it short: a command belongs here only
 * when running it in a test would change the machine outside the test's folders.
 */
const SKIPPED: { match: RegExp; why: string }[] = [
  { match: /^coalition send (?!.*--dry-run)/, why: 'it mails through a server off this machine; test/send/ sends to one on loopback' },
];

/** Exit statuses ≥ 3 a command is documented to give, by the command's text. */
const EXPECTED: { match: RegExp; codes: number[] }[] = [];

interface DocCommand {
  source: string;
  line: number;
  text: string;
}

interface Block {
  source: string;
  line: number;
  commands: DocCommand[];
}

/** Code blocks (fenced, or indented four spaces) and the commands in them. */
function blocksOf(file: string): Block[] {
  const source = file.slice(REPO.length + 1);
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Block[] = [];
  let fenced = false;
  /** A ```text block shows output, not commands. */
  let output = false;
  let current: Block | undefined;
  const close = () => {
    if (current?.commands.length) blocks.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      if (fenced) close();
      fenced = !fenced;
      output = fenced && /^\s*```text\b/.test(line);
      if (fenced) current = { source, line: i + 1, commands: [] };
      continue;
    }
    if (output) continue;
    const indented = !fenced && /^ {4}\S/.test(line) && (current !== undefined || lines[i - 1]?.trim() === '');
    if (!fenced && !indented) {
      if (line.trim() !== '' || !current) close();
      continue;
    }
    current ??= { source, line: i + 1, commands: [] };
    let text = line.trim();
    // A command continued on the next line.
    while (text.endsWith('\\') && i + 1 < lines.length) text = `${text.slice(0, -1).trim()} ${lines[++i]!.trim()}`;
    // Two commands side by side (README's two-column examples), or a chain.
    for (const part of withoutComment(text).split(/\s{2,}(?=coalition )|\s+&&\s+/)) {
      const command = part.trim().replace(/^\$\s+/, '');
      if (/^(coalition|cd)(\s|$)/.test(command)) current.commands.push({ source, line: i + 1, text: command });
    }
  }
  close();
  return blocks;
}

/** The line without its `# comment` (a `#` inside quotes stays). */
function withoutComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === '\'') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text;
}

/** Shell words: quotes removed, optional `[…]` parts and redirections left out, placeholders filled. */
function argv(text: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let depth = 0;
  for (const match of text.matchAll(re)) {
    const [raw, doubleQuoted, singleQuoted, bare] = match;
    if (bare !== undefined && depth === 0 && /^[>|]/.test(bare)) break;
    if (bare !== undefined && bare.startsWith('[')) depth++;
    const inOptional = depth > 0;
    if (bare !== undefined && bare.endsWith(']')) depth = Math.max(0, depth - 1);
    if (inOptional) continue;
    let word = doubleQuoted ?? singleQuoted ?? bare!;
    if (bare !== undefined) {
      word = word.replace(/<[^>]+>/g, (placeholder) => {
        const value = PLACEHOLDERS[placeholder];
        if (value === undefined) throw new Error(`no value for the placeholder ${placeholder} in "${text}": add it to PLACEHOLDERS`);
        return value;
      });
    }
    if (raw !== undefined) words.push(word);
  }
  return words;
}

/** What a newcomer's session has: the sample workspace plus the files the docs' examples name. */
function sandbox(startsEmpty: boolean): { dir: string; cleanup: () => void } {
  const ws = startsEmpty ? tempWorkspace() : sampleWorkspace();
  if (!startsEmpty) {
    writeFileSync(join(ws.dir, 'responses.csv'), [
      'Timestamp,Nombre de la organización / Organization name,Siglas / Acronym,País / Country,Correo electrónico / Email',
      '2022/10/01 10:00:00,Human Rights Watch,HRW,United States,press@example.org',
      '2022/10/01 11:00:00,Trade Justice Network,TJN,Canada,info@example.org',
      '',
    ].join('\n'));
    writeFileSync(join(ws.dir, 'export.csv'), 'Grupo,Lugar\nLatin America Working Group,Estados Unidos\n');
  }
  return ws;
}

function preview(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePreview) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('exit', (code) => resolvePreview({ code: code ?? -1, stdout, stderr }));
    child.stdout.on('data', async (chunk: Buffer) => {
      stdout += chunk;
      const url = /^(http:\/\/\S+)\n/.exec(stdout)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      const response = await fetch(url).catch(() => undefined);
      const served = response?.status === 200 && (await response.text()).includes('<html');
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
      resolvePreview({ code: served ? 0 : 4, stdout, stderr });
    });
  });
}

/**
 * The command as written, then with its optional parts given: every `[…]` part in, each
 * `a | b` alternative in turn (`[--json | --csv]` is parsed with --json, then --csv).
 */
function variants(text: string): string[] {
  const groups = [...text.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!.split(/\s*\|\s*/));
  const widest = Math.max(0, ...groups.map((g) => g.length));
  const filled = Array.from({ length: widest }, (_, k) => {
    let i = 0;
    return text.replace(/\[([^[\]]*)\]/g, () => {
      const alternatives = groups[i++]!;
      return alternatives[Math.min(k, alternatives.length - 1)]!;
    });
  });
  return [text, ...filled];
}

/** The command `args` name, and what commander said if it refused them; actions are stubs that only record which one was reached. */
function parse(args: string[]): { named: string; reached?: string; refused?: string } {
  let said = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => (said += chunk));
  let program: Command | undefined;
  const ctx: CommandContext = {
    io: { stdout: sink, stderr: sink, env: { NO_COLOR: '1' }, cwd: REPO },
    globals: () => program!.opts<GlobalOptions>(),
    output: () => new Output(ctx.io, { color: false, quiet: false, debug: false }),
    setExitCode: () => undefined,
    runCommand: () => Promise.resolve(0),
  };
  program = createProgram(ctx);
  const path = (command: Command): string => (command.parent ? `${path(command.parent)} ${command.name()}`.trim() : '');
  let reached: string | undefined;
  const stub = (command: Command) => {
    // Commands that only group others (`org`, `officials`) have no action of their own.
    if ((command as unknown as { _actionHandler: unknown })._actionHandler) command.action(function (this: Command) { reached = path(this); });
    command.commands.forEach(stub);
  };
  program.commands.forEach(stub);
  // The command the words name: subcommands followed as far as they go.
  let named: Command = program;
  for (const word of args) {
    const sub = named.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    named = sub;
  }
  try {
    program.parse(['node', 'coalition', ...args]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { named: path(named), reached, refused: `${error.code}: ${said || error.message}` };
  }
  return { named: path(named), reached };
}

/** Commands that print (a browser per run) or serve: run for real twice each, with different options. */
const COSTLY = /^(build|release|preview)$/;
const COSTLY_RUNS = 2;
const costly = (args: string[]) => COSTLY.test(args[0] ?? '') && !args.includes('--verify');
/** The subcommand and the names of the options given: `build --each`, `release --updated`. */
const shapeOf = (args: string[]) => [args[0], ...args.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]).sort()].join(' ');

const DOCS = [join(REPO, 'README.md'), ...readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(REPO, 'docs', f))];
const blocks = DOCS.flatMap(blocksOf);
const commands = blocks.flatMap((b) => b.commands).filter((c) => c.text.startsWith('coalition'));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const env = { ...process.env, NO_COLOR: '1' };

/** Which commands run for real (the rest are parsed only), decided once, in the docs' order. */
const runs = new Set<DocCommand>();
const shapesRun = new Set<string>();
/** A `release` whose block goes on to `send` or `publish` it always runs: they need what it makes. */
const releasesNeeded = new Set(blocks.filter((b) => b.commands.some((c) => /^coalition (send|publish)\b/.test(c.text))).flatMap((b) => b.commands.filter((c) => /^coalition release\b/.test(c.text))));
for (const command of commands) {
  if (SKIPPED.some((s) => s.match.test(command.text))) continue;
  const args = argv(command.text).slice(1);
  if (costly(args) && !releasesNeeded.has(command)) {
    if (shapesRun.has(shapeOf(args)) || [...shapesRun].filter((shape) => shape.split(' ')[0] === args[0]).length >= COSTLY_RUNS) continue;
    shapesRun.add(shapeOf(args));
  }
  runs.add(command);
}
let ran = 0;

describe('the commands the docs show', () => {
  it('finds them (the test reads what it checks)', () => {
    expect(commands.length).toBeGreaterThan(40);
    expect(commands.some((c) => c.source === 'README.md' && c.text.startsWith('coalition build'))).toBe(true);
  });

  describe('each is accepted by the real program, reaching the command it names', () => {
    for (const command of commands) {
      it(`${command.source}:${command.line} ${command.text}`, () => {
        for (const text of variants(command.text)) {
          const result = parse(argv(text).slice(1));
          expect(result.refused, text).toBeUndefined();
          expect(result.named, `${text}: names no command`).not.toBe('');
          expect(result.reached, text).toBe(result.named);
        }
      });
    }
  });

  for (const block of blocks) {
    const session = block.commands.filter((c) => !c.text.startsWith('coalition') || runs.has(c));
    if (!session.some((c) => c.text.startsWith('coalition'))) continue;
    it(`runs ${block.source}:${block.line} as a session: ${session.map((c) => c.text.replace(/^coalition /, '')).join('; ')}`, async () => {
      const startsEmpty = block.commands.find((c) => c.text.startsWith('coalition'))?.text.startsWith('coalition init') ?? false;
      const ws = sandbox(startsEmpty);
      cleanups.push(ws.cleanup);
      let cwd = ws.dir;
      for (const command of session) {
        const args = argv(command.text);
        if (args[0] === 'cd') {
          // The session's folder stands for the user's home.
          cwd = !args[1] || args[1] === '~' ? ws.dir : resolve(cwd, args[1]);
          expect(existsSync(cwd), `${command.text}: no such folder`).toBe(true);
          continue;
        }
        ran++;
        const rest = args.slice(1);
        const result = rest[0] === 'preview' ? await preview(rest, cwd) : await cliInProcess(rest, cwd, env);
        const allowed = EXPECTED.find((e) => e.match.test(command.text))?.codes ?? [];
        const said = `${command.source}:${command.line} ${command.text}\n→ exit ${result.code}\n${result.stdout}${result.stderr}`;
        expect(result.code, said).not.toBe(2);
        if (result.code >= 3 || result.code < 0) expect(allowed, said).toContain(result.code);
      }
    }, 180_000);
  }

  it('parsed them all, ran each cheap one, and each costly command twice', () => {
    const unskipped = commands.filter((c) => !SKIPPED.some((s) => s.match.test(c.text)));
    expect(ran).toBe(runs.size);
    // Every command family (`build`, `org add`, …) ran for real at least once.
    const family = (c: { text: string }) => argv(c.text).slice(1, 3).filter((w) => !w.startsWith('-')).slice(0, /^(org|officials)$/.test(argv(c.text)[1] ?? '') ? 2 : 1).join(' ');
    expect(new Set([...runs].map(family))).toEqual(new Set(unskipped.map(family)));
    console.log(`docs: ${commands.length} commands parsed from ${blocks.length} code blocks; ${ran} run, ${unskipped.length - ran} parsed only (a costly command run twice already), ${commands.length - unskipped.length} skipped`);
  });
});
