/** What users reached for (issue 18, item 7): preview with no argument, shell completion, --lang in capitals, --language. */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cli, cliInThisProcess, sampleWorkspace } from '../helpers.js';

const ws = sampleWorkspace();
afterAll(() => ws.cleanup());

describe('preview with no letter named', () => {
  it('previews the workspace\'s only letter', async () => {
    const child = spawn(process.execPath, [BIN, 'preview'], { cwd: ws.dir, env: { ...process.env, NO_COLOR: '1' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk;
          if (out.includes('\n')) resolve(out.trim());
        });
        child.on('exit', (code) => reject(new Error(`preview exited ${code}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('Letter from Human Rights Groups');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('asks which one when there are several, naming them (exit 2)', async () => {
    const second = join(ws.dir, 'letters', '2023-01-01-second.md');
    writeFileSync(second, '---\ntitle: T\ndate: 2023-01-01\n---\n\nText.\n');
    try {
      const result = await cli(['preview'], { cwd: ws.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('name the letter to preview: this workspace has 2');
      expect(result.stderr).toContain('with one of: us-mexico-security-dialogue, second.');
    } finally {
      execFileSync('rm', [second]);
    }
  });
});

describe('language options', () => {
  it('--lang ES is es', async () => {
    const result = await cliInThisProcess(['build', '--lang', 'ES', '--format', 'html', '--out', 'caps'], { cwd: ws.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(ws.dir, 'caps', '2022-10-12-us-mexico-security-dialogue.es.html'))).toBe(true);
  });

  it('--language suggests --lang, --output --out (exit 2)', async () => {
    const result = await cliInThisProcess(['build', '--language', 'es'], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--language'\n(Did you mean --lang?)\n");
    expect((await cliInThisProcess(['build', '--output', 'x'], { cwd: ws.dir })).stderr).toContain('(Did you mean --out?)');
    expect((await cliInThisProcess(['check', '--language', 'es'], { cwd: ws.dir })).stderr).not.toContain('Did you mean --lang');
  });

  it('build prints how many signers each letter printed', async () => {
    const result = await cliInThisProcess(['build', '--format', 'html', '--out', 'count'], { cwd: ws.dir });
    expect(result.stderr).toContain('letters/2022-10-12-us-mexico-security-dialogue.md: 12 signers printed\n');
  });
});

describe('coalition completion', () => {
  /** What bash completes for the words typed (the last one being completed). */
  async function complete(...words: string[]): Promise<string[]> {
    const script = (await cliInThisProcess(['completion', 'bash'])).stdout;
    const file = join(ws.dir, 'completion.bash');
    writeFileSync(file, script);
    const line = ['coalition', ...words];
    const program = `source ${JSON.stringify(file)}; COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${line.length - 1}; _coalition; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('bash', ['-c', program], { cwd: ws.dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  }

  it('bash: commands, subcommands, options (global ones too), choices', async () => {
    expect(await complete('bu')).toEqual(['build']);
    expect(await complete('org', 'a')).toEqual(['add']);
    expect(await complete('build', '--la')).toEqual(['--lang']);
    expect(await complete('build', '--no-')).toEqual(['--no-color']);
    expect(await complete('build', '--bilingual', '')).toEqual(['parallel', 'sequential']);
    expect(await complete('-C', 'ws', 'ch')).toEqual(['check']);
    expect(await complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
    expect(await complete('build', 'let')).toEqual(['letters']);
  });

  it('zsh and fish scripts cover every command; an unknown shell is a usage error', async () => {
    const zsh = (await cliInThisProcess(['completion', 'zsh'])).stdout;
    expect(zsh).toMatch(/^#compdef coalition\n/);
    expect(zsh).toContain('bashcompinit');
    const fish = (await cliInThisProcess(['completion', 'fish'])).stdout;
    for (const command of ['init', 'new', 'rename', 'build', 'check', 'preview', 'status', 'sign', 'org', 'import', 'profiles', 'doctor', 'completion']) {
      expect(fish).toContain(`-a ${command} -d`);
      expect(zsh).toContain(`${command}`);
    }
    expect(fish).toContain("complete -c coalition -n '__fish_seen_subcommand_from build' -l lang -s l -r -F");
    expect((await cliInThisProcess(['completion', 'tcsh'])).code).toBe(2);
  });
});

describe('help', () => {
  it('`coalition help <command>` and `<command> --help` print its help and exit 0, through the real binary', async () => {
    for (const args of [['help', 'status'], ['status', '--help'], ['help', 'daemon'], ['--help']]) {
      const result = await cli(args, { cwd: ws.dir });
      expect({ args, code: result.code }).toEqual({ args, code: 0 });
      expect(result.stdout).toMatch(/^Usage: coalition/);
    }
  });
});
