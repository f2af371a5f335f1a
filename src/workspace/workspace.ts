/**
 * Finding a workspace (like git finds a repository) and naming its letters.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { isInside } from '../paths.js';
import { placeInWorkspace } from './inside-workspace.js';

/** The registry's file name; the folder holding it is the workspace. */
export const REGISTRY_FILE = 'signatories.yaml';
export const LETTERS_DIR = 'letters';

/** `YYYY-MM-DD-` at the start of a letter's file name. */
const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-(?=.)/;

/**
 * A letter's slug: its file name without `.md` and without a leading date, whatever
 * that date is (the letter's `date:` may have moved since the file was named).
 */
export function letterSlug(name: string): string {
  return name.replace(/\.md$/i, '').replace(DATE_PREFIX, '');
}

/** The date a letter's file name starts with, if any. */
export function fileNameDate(name: string): string | undefined {
  return DATE_PREFIX.exec(name)?.[1];
}

/** The folder holding `signatories.yaml`: `dir` itself or its nearest ancestor. */
export function findWorkspace(startDir: string, explicit = false, shown = startDir): string {
  let dir = resolve(startDir);
  if (explicit) {
    if (existsSync(join(dir, REGISTRY_FILE))) return dir;
    const below = workspacesBelow(dir);
    throw new CoalitionError(`${dir} is not a coalition workspace: it has no ${REGISTRY_FILE}${below.length ? `; did you mean ${didYouMeanFolders(shown, below)}?` : ''}`, {
      code: 'no-workspace', exitCode: ExitCode.usage,
      hint: below.length
        ? `The workspace is the folder holding ${REGISTRY_FILE}, ${join(shown, below[0]!)}/.`
        : `Run \`coalition init ${startDir}\` to create one, or point -C at the folder holding ${REGISTRY_FILE}.`,
    });
  }
  for (;;) {
    if (existsSync(join(dir, REGISTRY_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Run from the folder above a workspace (where it was cloned or unzipped): point at
  // it, never at `init`, which would wrap an empty workspace around the real one.
  const below = workspacesBelow(resolve(startDir));
  if (below.length) {
    throw new CoalitionError(`no workspace here; did you mean ${didYouMeanFolders('', below)}?`, {
      code: 'no-workspace', exitCode: ExitCode.usage,
      hint: `${below.length === 1 ? `${below[0]}/ holds` : `${below.join('/, ')}/ hold`} a ${REGISTRY_FILE}: run the command there (\`cd ${below[0]}\`) or name it with -C.`,
    });
  }
  throw new CoalitionError(`no coalition workspace here: neither ${resolve(startDir)} nor any folder above it has a ${REGISTRY_FILE}`, {
    code: 'no-workspace', exitCode: ExitCode.usage,
    hint: 'Run `coalition init` to create a workspace, or use -C <dir> to name one.',
  });
}

/** "`-C campaign`", "`-C a` or `-C b`": the -C a user meant, for each workspace found below. */
function didYouMeanFolders(base: string, below: readonly string[]): string {
  return below.slice(0, 3).map((b) => `\`-C ${join(base, b)}\``).join(' or ');
}

/** Folders skipped when looking down for a workspace: they never hold one, and can be huge. */
const NOT_WORKSPACES = new Set(['node_modules', 'out', 'letters', 'releases', 'templates']);

/**
 * The workspaces in `dir`'s folders, one or two levels down (`campaign/`,
 * `campaigns/2026/`), as paths relative to `dir`, nearest first. Hidden folders and
 * node_modules are not looked into; a folder that cannot be read is skipped.
 */
export function workspacesBelow(dir: string, depth = 2): string[] {
  const found: string[] = [];
  let level = [''];
  for (let d = 0; d < depth && level.length && found.length === 0; d++) {
    const next: string[] = [];
    for (const rel of level.slice(0, 200)) {
      let entries: Dirent[];
      try {
        entries = readdirSync(join(dir, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (!e.isDirectory() || e.name.startsWith('.') || NOT_WORKSPACES.has(e.name)) continue;
        const path = rel ? join(rel, e.name) : e.name;
        if (existsSync(join(dir, path, REGISTRY_FILE))) found.push(path);
        else next.push(path);
      }
    }
    level = next;
  }
  return found.sort();
}

/**
 * Every `letters/*.md`, sorted by name. Symbolic links are listed too, so that one
 * leading out of the workspace is reported (by `prepareLetter`) rather than skipped.
 */
export async function listLetters(root: string): Promise<string[]> {
  const dir = join(root, LETTERS_DIR);
  if (!existsSync(dir)) return [];
  return lettersAmong(dir, await readdir(dir, { withFileTypes: true }));
}

/** `listLetters`, for a caller that cannot wait (`build --watch`'s watcher asks on each change). */
export function listLettersSync(root: string): string[] {
  const dir = join(root, LETTERS_DIR);
  if (!existsSync(dir)) return [];
  return lettersAmong(dir, readdirSync(dir, { withFileTypes: true }));
}

function lettersAmong(dir: string, entries: readonly Dirent[]): string[] {
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.md'))
    .map((e) => join(dir, e.name))
    .sort();
}

/**
 * A `<letter>` argument is a path (relative to the current folder or the workspace)
 * or a slug: `us-mexico` finds `letters/us-mexico.md` or `letters/<date>-us-mexico.md`.
 * Whatever it names must be a file inside the workspace's `letters/`.
 */
export async function resolveLetterArg(root: string, arg: string, cwd = process.cwd()): Promise<string> {
  const lettersDir = join(root, LETTERS_DIR);
  const candidates = [resolve(cwd, arg), resolve(root, arg), join(lettersDir, arg), join(lettersDir, `${arg}.md`)];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return insideLetters(root, arg, candidate);
  }
  const slug = arg.replace(/\.md$/i, '');
  if (!/[\\/]/.test(slug)) {
    const matches = (await listLetters(root)).filter((file) => {
      const name = file.slice(lettersDir.length + 1).replace(/\.md$/i, '');
      return name === slug || letterSlug(name) === slug;
    });
    if (matches.length === 1) return insideLetters(root, arg, matches[0]!);
    if (matches.length > 1) {
      throw new CoalitionError(`"${arg}" names ${matches.length} letters`, {
        code: 'ambiguous-letter', exitCode: ExitCode.usage,
        hint: `Name one of them by file: ${matches.map((m) => relative(root, m)).join(', ')}.`,
      });
    }
  }
  const known = (await listLetters(root)).map((m) => relative(root, m));
  throw new CoalitionError(`no letter named "${arg}"`, {
    code: 'letter-not-found', exitCode: ExitCode.usage,
    hint: known.length ? `Letters in this workspace: ${known.join(', ')}.` : 'This workspace has no letters yet: `coalition new <slug>` makes one.',
  });
}

/** `path` when it is in letters/ and, a symbolic link followed, still there; an error otherwise. */
function insideLetters(root: string, arg: string, path: string): string {
  if (isInside(join(root, LETTERS_DIR), path) && leadsIntoLetters(root, path)) return path;
  throw new CoalitionError(`${arg} is not inside the workspace's ${LETTERS_DIR}/ folder`, {
    code: 'letter-outside-workspace', exitCode: ExitCode.usage,
    hint: `Letters live in ${join(root, LETTERS_DIR)}; copy the file there first (a link must lead to a file inside it).`,
  });
}

/** False when `path`, a symbolic link followed, leads out of letters/ (a dangling link: reading it says so). */
export function leadsIntoLetters(root: string, path: string): boolean {
  const placement = placeInWorkspace(root, path, 'letter');
  return placement.inside || placement.missing;
}

/** The path to show a user for a file: relative to the workspace when inside it. */
export function displayPath(root: string, path: string): string {
  return isInside(root, path) ? relative(root, path) || '.' : path;
}
