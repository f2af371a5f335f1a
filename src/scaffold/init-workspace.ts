/**
 * `coalition init`: a new workspace. Writes nothing when signatories.yaml already
 * exists; an existing .gitignore is kept and only gains an `out/` line if it lacks one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { REGISTRY_FILE } from '../workspace/workspace.js';
import { LETTERS_DIR } from '../workspace/workspace.js';
import { GITIGNORE_LINES, GITIGNORE_TEMPLATE, REGISTRY_TEMPLATE } from './workspace-files.js';

export interface InitResult {
  /** What was done, relative to the workspace: `created signatories.yaml`, … */
  actions: { path: string; action: 'created' | 'updated' | 'kept' }[];
}

export async function initWorkspace(dir: string): Promise<InitResult> {
  const registry = join(dir, REGISTRY_FILE);
  if (existsSync(registry)) {
    throw new CoalitionError(`${registry} already exists: this folder is already a workspace; nothing was written`, {
      code: 'workspace-exists', exitCode: ExitCode.input,
      hint: 'Add letters with `coalition new <slug>`, or run `coalition init <new-folder>` elsewhere.',
    });
  }
  const actions: InitResult['actions'] = [];
  await mkdir(join(dir, LETTERS_DIR), { recursive: true });
  actions.push({ path: `${LETTERS_DIR}/`, action: 'created' });

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
  await writeFileAtomic(registry, REGISTRY_TEMPLATE, REGISTRY_FILE);
  actions.push({ path: REGISTRY_FILE, action: 'created' });
  return { actions };
}
