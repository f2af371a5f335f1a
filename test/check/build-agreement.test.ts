import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInThisProcess, tempWorkspace } from '../helpers.js';

/** A letter with `body` after a front matter holding `extra` lines (line numbers: the front matter is 4 + extra lines). */
function letter(extra: string[], body: string): string {
  return ['---', 'title: T', 'date: 2022-10-12', ...extra, 'signatories: [wola, hrw]', '---', '', body, ''].join('\n');
}

const REGISTRY = (wolaLogo?: string, hrwLogo?: string) => [
  'signatories:',
  '  wola:',
  '    name: Washington Office on Latin America',
  ...(wolaLogo ? [`    logo: ${wolaLogo}`] : []),
  '  hrw:',
  '    name: Human Rights Watch',
  ...(hrwLogo ? [`    logo: ${hrwLogo}`] : []),
  '',
].join('\n');

/** Each workspace holds one kind of fault, and where `build` reports it. */
const FAULTY: { name: string; files: Record<string, string>; at: string }[] = [
  {
    name: 'a remote <img> in raw HTML',
    files: { 'signatories.yaml': REGISTRY(), 'letters/x.md': letter([], 'Text.\n\n<img src="https://example.org/a.png" alt="remote">') },
    at: 'letters/x.md:9:11 image-refused',
  },
  {
    name: 'an <img> in raw HTML leading out of the workspace',
    files: { 'signatories.yaml': REGISTRY(), 'letters/x.md': letter([], '<p>See <img src="../../outside.png"> here.</p>') },
    at: 'letters/x.md:7:18 image-refused',
  },
  {
    name: 'a Markdown image outside the workspace',
    files: { 'signatories.yaml': REGISTRY(), 'letters/x.md': letter([], 'See ![map](../../map.png).') },
    at: 'letters/x.md:7:12 image-refused',
  },
  {
    name: 'missing images, in Markdown and in raw HTML',
    files: { 'signatories.yaml': REGISTRY(), 'letters/x.md': letter([], '![a](gone.png)\n\n<img src="gone-too.png">') },
    at: 'letters/x.md:9:11 image-missing',
  },
  {
    name: 'a registry logo outside the workspace',
    files: { 'signatories.yaml': REGISTRY('../outside.png'), 'letters/x.md': letter(['signing: { logos: true }'], 'Text.') },
    at: 'signatories.yaml:4:5 image-refused',
  },
  {
    name: 'a missing registry logo',
    files: { 'signatories.yaml': REGISTRY(undefined, 'logos/hrw.png'), 'letters/x.md': letter(['signing: { logos: true }'], 'Text.') },
    at: 'signatories.yaml:6:5 image-missing',
  },
  {
    name: "a letter's own letterhead logo that is missing",
    files: { 'signatories.yaml': REGISTRY(), 'letters/x.md': letter(['letterhead:', '  name: Coalition', '  logo: ../logo.png'], 'Text.') },
    at: 'letters/x.md:6:3 image-missing',
  },
  {
    name: 'a letterhead naming a registry entry whose logo is remote',
    files: { 'signatories.yaml': REGISTRY('https://example.org/wola.png'), 'letters/x.md': letter(['letterhead: wola'], 'Text.') },
    at: 'signatories.yaml:4:5 image-refused',
  },
];

/** `file:line[:column] code` of every problem printed (build and check print them alike). */
function problems(output: string): string[] {
  return [...output.matchAll(/^(\S+?:\d+(?::\d+)?) (?:warning|error) (\S+)/gm)].map(([, place, code]) => `${place} ${code}`);
}

describe('check reports every problem build reports, at the same file, line and column', () => {
  it.each(FAULTY)('$name', async ({ files, at }) => {
    const ws = tempWorkspace(files);
    try {
      const build = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      const check = await cliInThisProcess(['check'], { cwd: ws.dir });
      const built = problems(build.stderr);
      expect(built).toContain(at);
      expect(problems(check.stdout + check.stderr)).toEqual(expect.arrayContaining(built));
      // An image that will not print is an error for check (exit 1); build warns and builds.
      expect(check.code).toBe(1);
      expect(build.code).toBe(0);
    } finally {
      ws.cleanup();
    }
  });
});

describe('a character no bundled font holds (issue 30): an error in check and in build', () => {
  const registry = ['signatories:', '  wola:', '    name: Washington Office on Latin America', '  hrw:', '    name: Human Rights Watch', '  gyla:', '    name: საიას', ''].join('\n');
  it('refuses the letter that prints it, at its line, with the character, its code point and script, and builds nothing', async () => {
    const ws = tempWorkspace({ 'signatories.yaml': registry, 'letters/x.md': letter([], 'Text in Chinese 中文 and Arabic عربي prints.\n\nThis does not: მ.') });
    try {
      const build = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      const check = await cliInThisProcess(['check'], { cwd: ws.dir });
      expect(build.code).toBe(1);
      expect(build.stderr).toContain('letters/x.md:9:16 error unprintable-character "მ" (U+10DB, Georgian) cannot be printed: no bundled font holds it');
      expect(build.stderr).toContain('hint: The bundled fonts print');
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-x.en.html'))).toBe(false);
      expect(check.code).toBe(1);
      expect(problems(check.stdout)).toEqual(expect.arrayContaining(['letters/x.md:9:16 unprintable-character', 'signatories.yaml:7:11 unprintable-character']));
    } finally {
      ws.cleanup();
    }
  });
  it('refuses a letter a signer with such a name signs, at the registry line; builds one that does not print it', async () => {
    const ws = tempWorkspace({
      'signatories.yaml': registry,
      'letters/signed.md': letter([], 'Text.').replace('[wola, hrw]', '[wola, gyla]'),
      'letters/other.md': letter([], 'Text.'),
    });
    try {
      const build = await cliInThisProcess(['build', '--format', 'html'], { cwd: ws.dir });
      expect(build.code).toBe(1);
      expect(problems(build.stderr)).toEqual(['signatories.yaml:7:11 unprintable-character']);
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-other.en.html'))).toBe(true);
      expect(existsSync(join(ws.dir, 'out', '2022-10-12-signed.en.html'))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });
});
