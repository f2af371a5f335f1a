/**
 * Docs that match the tool: every `coalition …` command shown in a code block of
 * README.md or docs/*.md is run, as written, with the real binary. Each code block is
 * one session, in order: a block that starts with `coalition init` runs in an empty
 * folder (a newcomer's own), every other one in a fresh copy of the sample workspace.
 * `cd` moves the session (`cd ~` to the session's own folder); `[…]` optional parts are left out; `<…>` placeholders are
 * given real values below (an unknown placeholder fails the test: add it here). A
 * command passes when it is not refused as wrong usage (exit 2) and does not fail
 * beyond bad input (exit 3 or more) unless EXPECTED says so; exit 1 (a problem the
 * command found in the input, such as the TODOs of a new letter) is a valid outcome.
 * `preview` passes when it serves the letter at the address it prints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BIN, cli, REPO, sampleWorkspace, tempWorkspace } from '../helpers.js';

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

interface Command {
  source: string;
  line: number;
  text: string;
}

interface Block {
  source: string;
  line: number;
  commands: Command[];
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

const DOCS = [join(REPO, 'README.md'), ...readdirSync(join(REPO, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(REPO, 'docs', f))];
const blocks = DOCS.flatMap(blocksOf);
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
let ran = 0;

describe('the commands the docs show', () => {
  it('finds them (the test reads what it checks)', () => {
    const commands = blocks.flatMap((b) => b.commands).filter((c) => c.text.startsWith('coalition'));
    expect(commands.length).toBeGreaterThan(40);
    expect(commands.some((c) => c.source === 'README.md' && c.text.startsWith('coalition build'))).toBe(true);
  });

  for (const block of blocks) {
    describe(`${block.source}:${block.line}`, () => {
      const startsEmpty = block.commands.find((c) => c.text.startsWith('coalition'))?.text.startsWith('coalition init') ?? false;
      let ws: { dir: string; cleanup: () => void } | undefined;
      let cwd = '';
      for (const command of block.commands) {
        const skipped = SKIPPED.find((s) => s.match.test(command.text));
        const title = `${command.source}:${command.line} ${command.text}${skipped ? ` (not run: ${skipped.why})` : ''}`;
        it(title, async () => {
          if (!ws) {
            ws = sandbox(startsEmpty);
            cleanups.push(ws.cleanup);
            cwd = ws.dir;
          }
          if (skipped) return;
          const args = argv(command.text);
          if (args[0] === 'cd') {
            // The session's folder stands for the user's home.
            cwd = !args[1] || args[1] === '~' ? ws.dir : resolve(cwd, args[1]);
            expect(existsSync(cwd), `${command.text}: no such folder`).toBe(true);
            return;
          }
          ran++;
          const rest = args.slice(1);
          const result = rest[0] === 'preview' ? await preview(rest, cwd) : await cli(rest, { cwd });
          const allowed = EXPECTED.find((e) => e.match.test(command.text))?.codes ?? [];
          const said = `${command.text}\n→ exit ${result.code}\n${result.stdout}${result.stderr}`;
          expect(result.code, said).not.toBe(2);
          if (result.code >= 3 || result.code < 0) expect(allowed, said).toContain(result.code);
        }, 120_000);
      }
    });
  }

  it('ran them all but the skipped ones', () => {
    const all = blocks.flatMap((b) => b.commands).filter((c) => c.text.startsWith('coalition'));
    expect(ran).toBe(all.filter((c) => !SKIPPED.some((s) => s.match.test(c.text))).length);
    console.log(`docs: ${ran} commands run from ${blocks.length} code blocks; ${all.length - ran} skipped`);
  });
});
