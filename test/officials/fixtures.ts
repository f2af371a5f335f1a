/** Workspaces for the officials tests, with the trimmed congress-legislators files (test/fixtures/us-congress). */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliInProcess, REPO, tempWorkspace } from '../helpers.js';

export const CONGRESS = join(REPO, 'test', 'fixtures', 'us-congress');

/** The members of the Senate Judiciary Committee in the fixture, in rank order (majority, then minority). */
export const SSJU = [
  'sen-grassley', 'sen-graham', 'sen-cornyn', 'sen-lee', 'sen-cruz', 'sen-hawley', 'sen-tillis', 'sen-kennedy', 'sen-blackburn', 'sen-schmitt', 'sen-britt', 'sen-moody',
  'sen-durbin', 'sen-whitehouse', 'sen-klobuchar', 'sen-coons', 'sen-blumenthal', 'sen-hirono', 'sen-booker', 'sen-padilla', 'sen-welch', 'sen-schiff',
];

/** A workspace with a one-entry registry and a copy of the congress files under `congress/`. */
export function officialsWorkspace(files: Record<string, string> = {}): { dir: string; cleanup: () => void } {
  const ws = tempWorkspace({
    'signatories.yaml': 'signatories:\n  wola:\n    name: Washington Office on Latin America\n    short: WOLA\n  dplf:\n    name: Due Process of Law Foundation\n    names: { es: Fundación para el Debido Proceso }\n',
    ...files,
  });
  cpSync(CONGRESS, join(ws.dir, 'congress'), { recursive: true });
  return ws;
}

/** Imports the fixture's legislators and committees into the workspace's officials.yaml. */
export async function importCongress(dir: string): Promise<void> {
  for (const file of ['legislators-current.yaml', 'committee-membership-current.yaml']) {
    const result = await cliInProcess(['officials', 'import', join('congress', file)], dir);
    if (result.code !== 0) throw new Error(`import ${file} failed: ${result.stderr}`);
  }
}

export const read = (dir: string, file = 'officials.yaml') => readFileSync(join(dir, file), 'utf8');
