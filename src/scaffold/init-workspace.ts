/**
 * `coalition init`: a new workspace. Writes nothing when signatories.yaml already
 * exists, or when the folder is inside another workspace; an existing .gitignore is
 * kept and only gains an `out/` line if it lacks one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { LETTERS_DIR, REGISTRY_FILE, workspacesBelow } from '../workspace/workspace.js';
import { localToday } from '../i18n/intl.js';
import { EXAMPLE_CSV, EXAMPLE_SLUG, exampleLetter, exampleRegistry, exampleResponses } from './example-workspace.js';
import { GITIGNORE_LINES, GITIGNORE_TEMPLATE, REGISTRY_TEMPLATE } from './workspace-files.js';

export interface InitResult {
  /** What was done, relative to the workspace: `created signatories.yaml`, … */
  actions: { path: string; action: 'created' | 'updated' | 'kept' }[];
}

export interface InitOptions {
  /** Write the complete example (example-workspace.ts) instead of the commented skeleton. */
  example?: boolean;
  /** `YYYY-MM-DD`, the example letter's date; default: today where the user is. */
  today?: string;
}

export async function initWorkspace(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const registry = join(dir, REGISTRY_FILE);
  if (existsSync(registry)) {
    throw new CoalitionError(`${registry} already exists: this folder is already a workspace; nothing was written`, {
      code: 'workspace-exists', exitCode: ExitCode.input,
      hint: 'Add letters with `coalition new <slug>`, or run `coalition init <new-folder>` elsewhere.',
    });
  }
  const enclosing = enclosingWorkspace(dir);
  if (enclosing) {
    // Commands find the nearest signatories.yaml: a nested workspace would hide the
    // enclosing one's letters and registry from every command run inside it.
    throw new CoalitionError(`${dir} is inside the workspace ${enclosing}; a workspace in it would hide that one from every command run there; nothing was written`, {
      code: 'nested-workspace', exitCode: ExitCode.input,
      hint: `Commands already work in ${enclosing} from any folder inside it. For a new workspace, choose a folder outside it: coalition init ${join(dirname(enclosing), basename(dir))}`,
    });
  }
  const inside = workspacesBelow(dir);
  if (inside.length) {
    // The folder a workspace was cloned or unzipped into: a workspace here would wrap
    // the real one, and commands run in it would find the empty one first.
    throw new CoalitionError(`${dir} holds the workspace ${inside[0]}/${inside.length > 1 ? ` (and ${inside.length - 1} more)` : ''}; a workspace around it would hide it from every command run inside it; nothing was written`, {
      code: 'workspace-below', exitCode: ExitCode.input,
      hint: `To work in it: cd ${join(dir, inside[0]!)} (or -C ${inside[0]}). For a new workspace, name a new folder: coalition init ${join(dir, 'my-coalition')}`,
    });
  }
  const actions: InitResult['actions'] = [];
  await mkdir(join(dir, LETTERS_DIR), { recursive: true });
  actions.push({ path: `${LETTERS_DIR}/`, action: 'created' });
  if (options.example) actions.push(...(await writeExample(dir, options.today ?? localToday())));

  const gitignore = join(dir, '.gitignore');
  if (existsSync(gitignore)) {
    const text = readFileSync(gitignore, 'utf8');
    const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()));
    const missing = GITIGNORE_LINES.filter((l) => !lines.has(l) && !lines.has(`/${l}`));
    if (missing.length) {
      await writeFileAtomic(gitignore, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`, '.gitignore');
      actions.push({ path: '.gitignore', action: 'updated' });
    } else actions.push({ path: '.gitignore', action: 'kept' });
  } else {
    await writeFileAtomic(gitignore, GITIGNORE_TEMPLATE, '.gitignore');
    actions.push({ path: '.gitignore', action: 'created' });
  }
  // The registry last: until it exists the folder is not a workspace, so a failed
  // init can simply be run again.
  await writeFileAtomic(registry, options.example ? exampleRegistry() : REGISTRY_TEMPLATE, REGISTRY_FILE);
  actions.push({ path: REGISTRY_FILE, action: 'created' });
  return { actions };
}

/** The nearest folder above `dir` (not `dir` itself) holding a registry. */
function enclosingWorkspace(dir: string): string | undefined {
  for (let parent = dirname(resolve(dir)); ; parent = dirname(parent)) {
    if (existsSync(join(parent, REGISTRY_FILE))) return parent;
    if (dirname(parent) === parent) return undefined;
  }
}

/** The example's letter and sign-on responses; a file already there is kept. */
async function writeExample(dir: string, today: string): Promise<InitResult['actions']> {
  const files: [string, string][] = [
    [`${LETTERS_DIR}/${today}-${EXAMPLE_SLUG}.md`, exampleLetter(today)],
    [EXAMPLE_CSV, exampleResponses(today)],
  ];
  const actions: InitResult['actions'] = [];
  for (const [path, text] of files) {
    if (existsSync(join(dir, path))) {
      actions.push({ path, action: 'kept' });
      continue;
    }
    await writeFileAtomic(join(dir, path), text, path);
    actions.push({ path, action: 'created' });
  }
  return actions;
}
