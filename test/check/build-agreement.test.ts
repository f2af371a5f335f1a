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
